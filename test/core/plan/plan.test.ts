/** Plan arithmetic with hand calculations. Dates are Excel serials: 45658 = 2025-01-01. */
import { DAYS_PER_MONTH, daysOfSupply, excelSerialFromIso, monthKey, projectedInventory, weightedPipeline } from "../../../src/core";
import { expectClose, expectError } from "../kpi/expectClose";

describe("weightedPipeline", () => {
  it("sums amount x probability", () => {
    // 1000 x 0.5 + 500 x 0.2 = 600
    expectClose(weightedPipeline([1000, 500], [0.5, 0.2]), 600);
  });
  it("keeps only deals closing in the given month", () => {
    // Jan 15 (45672) and Jan 31 (45688) are January 2025; Feb 1 (45689) is not.
    // month = 2025-01-01: 100 x 0.5 + 200 x 0.25 = 100
    const closes = [45672, 45688, 45689];
    expectClose(weightedPipeline([100, 200, 400], [0.5, 0.25, 1], { closeDates: closes, month: 45658 }), 100);
  });
  it("skips deals without a close date when filtering", () => {
    expectClose(weightedPipeline([100, 200], [1, 1], { closeDates: [45658, NaN], month: 45658 }), 100);
  });
  it("returns #NUM! for a probability above 1 (percent typed as 40)", () => {
    expectError(weightedPipeline([100], [40]), "#NUM!");
  });
  it("returns #VALUE! naming amounts and probabilities when sizes differ", () => {
    expectError(weightedPipeline([1, 2], [0.1]), "#VALUE!", "amounts and probabilities must be the same size (2 and 1 cells)");
  });
  it("returns 0 for an empty pipeline", () => {
    expectClose(weightedPipeline([], []), 0);
  });
  it("returns #NUM! for a negative probability, naming the value and its cell", () => {
    expectError(
      weightedPipeline([100, 200], [0.5, -0.1]),
      "#NUM!",
      "probability must be a fraction between 0 and 1 (got -0.1 in cell 2)",
    );
  });
  it("accepts the bounds 0 and 1", () => {
    // 100 x 0 + 200 x 1 = 200
    expectClose(weightedPipeline([100, 200], [0, 1]), 200);
  });
  it("skips a deal whose amount or probability alone is blank", () => {
    // only (300, 0.5) counts: 150
    expectClose(weightedPipeline([NaN, 100, 300], [0.5, NaN, 0.5]), 150);
  });
  it("returns #VALUE! naming amounts and close months when the filter's sizes differ", () => {
    expectError(
      weightedPipeline([100, 200], [1, 1], { closeDates: [45658], month: 45658 }),
      "#VALUE!",
      "amounts and close months must be the same size (2 and 1 cells)",
    );
  });
  it("returns #NUM! when the filter's month is not a date", () => {
    expectError(weightedPipeline([100], [1], { closeDates: [45658], month: NaN }), "#NUM!", "month must be a date");
  });
  it("returns #NUM! when the sum overflows", () => {
    // 1e308 x 1 + 1e308 x 1 is beyond the floating-point range
    expectError(weightedPipeline([1e308, 1e308], [1, 1]), "#NUM!", "weighted pipeline is too large to compute");
  });
});

describe("projectedInventory", () => {
  it("rolls previous + supply - demand from the opening balance", () => {
    // 100 + 50 - 80 = 70; 70 + 50 - 90 = 30; 30 + 0 - 40 = -10 (shortfall)
    expect(projectedInventory(100, [50, 50, 0], [80, 90, 40])).toEqual([70, 30, -10]);
  });
  it("treats blank supply or demand as zero", () => {
    // 10 + 0 - 5 = 5; 5 + 7 - 0 = 12
    expect(projectedInventory(10, [NaN, 7], [5, NaN])).toEqual([5, 12]);
  });
  it("returns #VALUE! naming supply and demand when sizes differ", () => {
    expectError(projectedInventory(0, [1, 2], [1]), "#VALUE!", "supply and demand");
  });
  it("returns #NUM! when a balance overflows", () => {
    expectError(projectedInventory(1e308, [1e308], [0]), "#NUM!");
  });
  it("names the period whose balance overflows", () => {
    // 0 + 1 = 1; 1 + 1e308 = 1e308; 1e308 + 1e308 overflows in period 3
    expectError(
      projectedInventory(0, [1, 1e308, 1e308], [0, 0, 0]),
      "#NUM!",
      "projected inventory is too large to compute (period 3)",
    );
  });
  it("returns #VALUE! when the opening balance is not a number", () => {
    expectError(projectedInventory(NaN, [1], [1]), "#VALUE!", "opening inventory must be a number");
  });
});

describe("daysOfSupply", () => {
  it("divides inventory by the average daily demand", () => {
    // average monthly demand 300, 30-day months -> 10 a day; 300 / 10 = 30 days
    expectClose(daysOfSupply(300, [300, 300, 300], 30), 30);
  });
  it("uses 365.25 / 12 days a month by default", () => {
    expect(DAYS_PER_MONTH).toBe(365.25 / 12);
    // average (200 + 400) / 2 = 300 a month; 150 / (300 / 30.4375) = 15.21875
    expectClose(daysOfSupply(150, [200, 400]), 15.21875);
  });
  it("skips blank months", () => {
    expectClose(daysOfSupply(300, [300, NaN], 30), 30);
  });
  it("returns #DIV/0! when there is no future demand", () => {
    expectError(daysOfSupply(10, [0, 0]), "#DIV/0!");
    expectError(daysOfSupply(10, []), "#DIV/0!");
  });
  it("returns #NUM! for a non-positive month length", () => {
    expectError(daysOfSupply(10, [1], 0), "#NUM!", "days per month must be above 0 (got 0)");
  });
  it("names the missing demand", () => {
    expectError(daysOfSupply(10, [0, 0]), "#DIV/0!", "no future demand");
  });
  it("returns #VALUE! when the inventory is not a number", () => {
    expectError(daysOfSupply(NaN, [1]), "#VALUE!", "inventory must be a number");
  });
  it("returns #NUM! for a negative average demand", () => {
    // (-5 + 1) / 2 = -2 a month
    expectError(daysOfSupply(10, [-5, 1], 30), "#NUM!", "future demand must not be negative on average");
  });
  it("gives negative days for a negative inventory (days of backlog)", () => {
    // 10 a day; -50 / 10 = -5
    expectClose(daysOfSupply(-50, [300, 300], 30), -5);
  });
  it("returns #NUM! when the demand sum overflows", () => {
    expectError(daysOfSupply(1, [1e308, 1e308]), "#NUM!", "days of supply is too large to compute");
  });
  it("returns #NUM! when the quotient overflows", () => {
    // 1e308 / (1e-10 / 30 a day) = 3e319, beyond the range
    expectError(daysOfSupply(1e308, [1e-10], 30), "#NUM!", "days of supply is too large to compute");
  });
});

describe("dates", () => {
  it("converts ISO text to Excel serials", () => {
    // Excel: DATE(2025,1,1) = 45658; DATE(1900,3,1) = 61; DATE(1900,1,1) = 1
    expect(excelSerialFromIso("2025-01-01")).toBe(45658);
    expect(excelSerialFromIso("2025-01")).toBe(45658);
    expect(excelSerialFromIso("1900-03-01")).toBe(61);
    expect(excelSerialFromIso("1900-01-01")).toBe(1);
    expect(excelSerialFromIso("2025-01-01T12:00")).toBe(45658.5);
  });
  it("rejects text that is not an ISO date", () => {
    expect(excelSerialFromIso("2025-02-30")).toBeNull();
    expect(excelSerialFromIso("1/2/2025")).toBeNull();
  });
  it("gives dates in one month the same month key", () => {
    expect(monthKey(45658)).toBe(2025 * 12);
    expect(monthKey(45688.9)).toBe(2025 * 12);
    expect(monthKey(45689)).toBe(2025 * 12 + 1);
  });
});
