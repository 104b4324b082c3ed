/** Ratio KPIs with hand calculations; NaN = blank cell. */
import {
  capacityUtilization,
  cashConversionCycle,
  demandVolatility,
  inventoryTurns,
  planAdherence,
  revenueVsPlan,
  scheduleAdherence,
  workingCapital,
} from "../../../src/core";
import { expectClose, expectError } from "./expectClose";

const B = NaN;

describe("planAdherence", () => {
  it("is sum(actual) / sum(plan)", () => {
    // (90 + 130) / (100 + 100) = 1.1
    expectClose(planAdherence([90, 130], [100, 100]), 1.1);
  });
  it("skips months whose actual is still blank", () => {
    // only month 1 counts: 95 / 100
    expectClose(planAdherence([95, B, B], [100, 100, 100]), 0.95);
  });
  it("ABS penalises over and under production alike", () => {
    // 1 - (|90-100| + |110-100|) / 200 = 0.9
    expectClose(planAdherence([90, 110], [100, 100], "ABS"), 0.9);
  });
  it("ABS is floored at 0", () => {
    // 1 - |400 - 100| / 100 = -2 -> 0
    expectClose(planAdherence([400], [100], "ABS"), 0);
  });
  it("returns #DIV/0! when the plan totals zero", () => {
    expectError(planAdherence([5], [0]), "#DIV/0!");
  });
  it("returns #NUM! when the plan totals below zero", () => {
    expectError(planAdherence([5], [-1]), "#NUM!");
  });
  it("returns #VALUE! naming actual and plan when sizes differ", () => {
    expectError(planAdherence([1, 2], [1]), "#VALUE!", "actual and plan must be the same size (2 and 1 cells)");
  });
  it("ABS skips a month when either side is blank", () => {
    // (90,100) (110,100) count; (5, blank) and (blank, 100) do not: 1 - 20 / 200
    expectClose(planAdherence([90, 5, B, 110], [100, B, 100, 100], "ABS"), 0.9);
  });
  it("ABS names each problem in its message", () => {
    expectError(planAdherence([1, 2], [1], "ABS"), "#VALUE!", "actual and plan must be the same size (2 and 1 cells)");
    expectError(planAdherence([5], [0], "ABS"), "#DIV/0!", "plan total zero");
    expectError(planAdherence([5], [-1], "ABS"), "#NUM!", "plan must not total below zero");
    expectError(planAdherence([5], [0]), "#DIV/0!", "plan total zero");
  });
  it("ABS returns #NUM! when a sum or the quotient overflows", () => {
    expectError(planAdherence([1e308], [-1e308], "ABS"), "#NUM!", "plan adherence is too large to compute");
    // deviations 0, plan total Infinity: 1 - 0 / Infinity would be a plausible 1
    expectError(planAdherence([1e308, 1e308], [1e308, 1e308], "ABS"), "#NUM!", "plan adherence is too large to compute");
    // |1e300 - 1e-300| / 1e-300 = 1e600
    expectError(planAdherence([1e300], [1e-300], "ABS"), "#NUM!", "plan adherence is too large to compute");
  });
});

describe("inventoryTurns", () => {
  it("divides COGS by the average of every balance", () => {
    // COGS 600 + 600 = 1200; balances 100, 200, 300 -> average 200; 1200 / 200 = 6
    expectClose(inventoryTurns([600, 600], [100, 200, 300]), 6);
  });
  it("averages all balances, not only the first and last", () => {
    // start/end average would be (100 + 100)/2 = 100 -> 12; the true average is (100+400+100)/3 = 200 -> 6
    expectClose(inventoryTurns([1200], [100, 400, 100]), 6);
  });
  it("skips blank balances", () => {
    expectClose(inventoryTurns([1200], [100, B, 300]), 6);
  });
  it("returns #DIV/0! when the average inventory is zero", () => {
    expectError(inventoryTurns([100], [0, 0]), "#DIV/0!");
    expectError(inventoryTurns([100], [B]), "#DIV/0!");
  });
  it("returns #NUM! for negative COGS", () => {
    expectError(inventoryTurns([-5], [10]), "#NUM!");
  });
  it("skips blank COGS cells", () => {
    // 600 + 600 over the average balance 200
    expectClose(inventoryTurns([600, B, 600], [100, 200, 300]), 6);
  });
  it("names each problem in its message", () => {
    expectError(inventoryTurns([100], [B]), "#DIV/0!", "no inventory balances");
    expectError(inventoryTurns([100], [0, 0]), "#DIV/0!", "average inventory is zero");
    expectError(inventoryTurns([5], [-10]), "#NUM!", "average inventory must not be negative");
    expectError(inventoryTurns([-5], [10]), "#NUM!", "COGS must not be negative");
    // no COGS is zero turns, not an error
    expectClose(inventoryTurns([0], [10]), 0);
  });
  it("returns #NUM! when a sum or the quotient overflows", () => {
    expectError(inventoryTurns([1e308, 1e308], [1]), "#NUM!", "inventory turns is too large to compute");
    // balances sum to Infinity: 1 / Infinity x 2 would be a plausible 0
    expectError(inventoryTurns([1], [1e308, 1e308]), "#NUM!", "inventory turns is too large to compute");
    // 1e300 / 1e-300 = 1e600
    expectError(inventoryTurns([1e300], [1e-300]), "#NUM!", "inventory turns is too large to compute");
  });
});

describe("capacityUtilization and revenueVsPlan", () => {
  it("utilization is output / capacity", () => {
    // 170 / 200 = 0.85
    expectClose(capacityUtilization([80, 90], [100, 100]), 0.85);
  });
  it("revenue vs plan is actual / planned revenue over the reported months", () => {
    // (95 + 110) / (100 + 100) = 1.025; month 3 has no actual yet
    expectClose(revenueVsPlan([95, 110, B], [100, 100, 100]), 1.025);
  });
  it("returns #DIV/0! when capacity totals zero", () => {
    expectError(capacityUtilization([1], [0]), "#DIV/0!");
  });
  it("names output and capacity when sizes differ", () => {
    expectError(capacityUtilization([1], [1, 2]), "#VALUE!", "output and capacity");
  });
  it("names actual and planned revenue in its errors", () => {
    expectError(revenueVsPlan([1], [1, 2]), "#VALUE!", "actual revenue and planned revenue must be the same size (1 and 2 cells)");
    expectError(revenueVsPlan([5], [0]), "#DIV/0!", "planned revenue total zero");
    expectError(revenueVsPlan([5], [-5]), "#NUM!", "planned revenue must not total below zero");
    // sums beyond the largest double, or a quotient beyond it
    expectError(revenueVsPlan([1e308, 1e308], [1, 1]), "#NUM!", "actual revenue / planned revenue is too large to compute");
    // capacity sums to Infinity: 1 / Infinity would be a plausible 0
    expectError(capacityUtilization([1, 1], [1e308, 1e308]), "#NUM!", "output / capacity is too large to compute");
    expectError(capacityUtilization([1e300], [1e-300]), "#NUM!", "output / capacity is too large to compute");
  });
});

describe("workingCapital", () => {
  it("is current assets minus current liabilities", () => {
    // 500 + 300 + 200 - (400 + 100) = 500
    expectClose(workingCapital([500, 300, 200], [400, 100]), 500);
  });
  it("is negative when liabilities exceed assets", () => {
    expectClose(workingCapital([100, B], [250]), -150);
  });
  it("cash conversion cycle is DIO + DSO - DPO", () => {
    // 45 + 30 - 40 = 35
    expectClose(cashConversionCycle(45, 30, 40), 35);
  });
  it("returns #NUM! for negative days", () => {
    expectError(cashConversionCycle(-1, 30, 40), "#NUM!");
  });
  it("names the part that is not a number of days", () => {
    expectError(cashConversionCycle(-1, 30, 40), "#NUM!", "DIO must be zero or more days (got -1)");
    expectError(cashConversionCycle(45, NaN, 40), "#NUM!", "DSO must be zero or more days (got NaN)");
    expectError(cashConversionCycle(45, 30, Infinity), "#NUM!", "DPO must be zero or more days (got Infinity)");
    // zero days is a number of days: 0 + 0 - 0
    expectClose(cashConversionCycle(0, 0, 0), 0);
  });
  it("returns #NUM! when the arithmetic overflows", () => {
    // 1e308 - (-1e308) = Infinity; 1e308 + 1e308 = Infinity
    expectError(workingCapital([1e308], [-1e308]), "#NUM!", "working capital is too large to compute");
    expectError(workingCapital([1e308, 1e308], [1]), "#NUM!", "working capital is too large to compute");
    expectError(cashConversionCycle(1e308, 1e308, 0), "#NUM!", "cash conversion cycle is too large to compute");
  });
});

describe("demandVolatility", () => {
  it("CHANGE is sum|F_now - F_prev| / sum F_prev", () => {
    // |110-100| + |90-100| = 20; 200 -> 0.1 (changes in both directions add up)
    expectClose(demandVolatility([110, 90], [100, 100]), 0.1);
  });
  it("CV uses the sample standard deviation", () => {
    // 2, 4, 6: mean 4; squared deviations 4 + 0 + 4 = 8; s = sqrt(8/2) = 2; CV = 0.5
    expectClose(demandVolatility([2, 4, 6], undefined, "CV"), 0.5);
  });
  it("CV does not overflow on huge values", () => {
    // same shape scaled by 1e300: CV is scale-free -> 0.5
    expectClose(demandVolatility([2e300, 4e300, 6e300], undefined, "CV"), 0.5);
  });
  it("returns #DIV/0! for CV of a single value", () => {
    expectError(demandVolatility([5], undefined, "CV"), "#DIV/0!");
  });
  it("returns #VALUE! for CHANGE without previous forecasts", () => {
    expectError(demandVolatility([5]), "#VALUE!");
  });
  it("returns #DIV/0! when previous forecasts total zero", () => {
    expectError(demandVolatility([5], [0]), "#DIV/0!");
  });
  it("CHANGE skips a month when either forecast is blank and weighs negative forecasts by size", () => {
    // (110,100) counts; (5, blank) and (blank, 100) do not: 10 / 100
    expectClose(demandVolatility([110, 5, B], [100, B, 100]), 0.1);
    // |-110 - (-100)| / |-100|
    expectClose(demandVolatility([-110], [-100]), 0.1);
  });
  it("CV skips blanks and divides by the size of the mean", () => {
    expectClose(demandVolatility([2, B, 4, 6], undefined, "CV"), 0.5);
    // -2, -4, -6: s = 2, |mean| = 4
    expectClose(demandVolatility([-2, -4, -6], undefined, "CV"), 0.5);
  });
  it("names each problem in its message", () => {
    expectError(demandVolatility([5]), "#VALUE!", "previous forecasts are needed for the CHANGE variant");
    expectError(demandVolatility([5], [1, 2]), "#VALUE!", "current forecasts and previous forecasts must be the same size (1 and 2 cells)");
    expectError(demandVolatility([5], [0]), "#DIV/0!", "previous forecasts total zero");
    expectError(demandVolatility([5, B], undefined, "CV"), "#DIV/0!", "need at least two demand values");
    expectError(demandVolatility([0, 0], undefined, "CV"), "#DIV/0!", "mean demand is zero");
    expectError(demandVolatility([3, -3], undefined, "CV"), "#DIV/0!", "mean demand is zero");
    // two values are enough: 2, 6: mean 4, s = sqrt((4 + 4) / 1); CV = sqrt(8) / 4
    expectClose(demandVolatility([2, 6], undefined, "CV"), Math.sqrt(8) / 4);
    // the last value 0 is not the scale: 2, 4, 6, 0: mean 3, squares 1 + 1 + 9 + 9 = 20, s = sqrt(20/3)
    expectClose(demandVolatility([2, 4, 6, 0], undefined, "CV"), Math.sqrt(20 / 3) / 3);
  });
  it("returns #NUM! when a sum or the quotient overflows, or a value is infinite", () => {
    expectError(demandVolatility([1e308], [-1e308]), "#NUM!", "demand volatility is too large to compute");
    // changes 0, previous total Infinity: 0 / Infinity would be a plausible 0
    expectError(demandVolatility([1e308, 1e308], [1e308, 1e308]), "#NUM!", "demand volatility is too large to compute");
    expectError(demandVolatility([1e300], [1e-300]), "#NUM!", "demand volatility is too large to compute");
    expectError(demandVolatility([Infinity, 1], undefined, "CV"), "#NUM!", "demand volatility is too large to compute");
    // 1, -1 and 1e-320: s = 1 (about), mean 1e-320 / 3 (subnormal): s / |mean| is about 3e320
    expectError(demandVolatility([1, -1, 1e-320], undefined, "CV"), "#NUM!", "demand volatility is too large to compute");
  });
});

describe("scheduleAdherence", () => {
  it("counts each period only up to the scheduled quantity", () => {
    // min(100,100) + min(120,100) + min(70,100) = 270; / 300 = 0.9
    expectClose(scheduleAdherence([100, 120, 70], [100, 100, 100]), 0.9);
  });
  it("does not let over-production offset a miss", () => {
    // plan adherence would be 200/200 = 1; schedule adherence (50 + 100) / 200 = 0.75
    expectClose(scheduleAdherence([50, 150], [100, 100]), 0.75);
  });
  it("returns #NUM! for a negative quantity", () => {
    expectError(scheduleAdherence([-1], [5]), "#NUM!");
  });
  it("returns #DIV/0! when nothing was scheduled", () => {
    expectError(scheduleAdherence([3], [0]), "#DIV/0!");
  });
  it("leaves out open jobs not yet due at the as-of date, and counts jobs done early", () => {
    // As of serial 100: job 1 due 90, 8 of 10 made (a miss: 8 of 10); job 2 due 100, nothing
    // made yet (not due: left out); job 3 due 120, done early, 5 of 5 (counts, met); job 4 due
    // 130, 2 of 4 made (open, not due: left out). (8 + 5) / (10 + 5) = 13 / 15.
    expectClose(scheduleAdherence([8, 0, 5, 2], [10, 6, 5, 4], [90, 100, 120, 130], 100), 13 / 15);
    // Without the as-of date every job counts: (8 + 0 + 5 + 2) / 25 = 0.6.
    expectClose(scheduleAdherence([8, 0, 5, 2], [10, 6, 5, 4], [90, 100, 120, 130]), 0.6);
    // A job without a due date always counts.
    expectClose(scheduleAdherence([0, 5], [4, 5], [B, 200], 100), 5 / 9);
  });
  it("returns #VALUE! for due dates of another size, #NUM! for an as-of date that is not a date", () => {
    expectError(scheduleAdherence([1, 2], [2, 2], [1], 100), "#VALUE!");
    expectError(scheduleAdherence([1], [2], [1], 0), "#NUM!");
  });
  it("skips a period when either side is blank", () => {
    // (100,100) and (70,100) count; (5, blank) and (blank, 100) do not: 170 / 200
    expectClose(scheduleAdherence([100, 5, B, 70], [100, B, 100, 100]), 0.85);
  });
  it("counts a job due on the as-of date with a shortfall as not yet due, and one met in full as met", () => {
    // as of 100: job 1 due 100, 4 of 4 made (met, counts); job 2 due 100, 1 of 3 (open, left out)
    expectClose(scheduleAdherence([4, 1], [4, 3], [100, 100], 100), 1);
    // an as-of date of 1 is a date (1900-01-01): every job is due later, job 2 left out
    expectClose(scheduleAdherence([4, 1], [4, 3], [100, 100], 1), 1);
  });
  it("names each problem in its message", () => {
    expectError(scheduleAdherence([1, 2], [2]), "#VALUE!", "actual and scheduled must be the same size (2 and 1 cells)");
    expectError(scheduleAdherence([1, 2], [2, 2], [1], 100), "#VALUE!", "actual and dueDates must be the same size (2 and 1 cells)");
    expectError(scheduleAdherence([1], [2], [1], 0), "#NUM!", "the as-of date is not a date (got 0)");
    expectError(scheduleAdherence([1, 2], [2, -2]), "#NUM!", "actual and scheduled must not be negative (cell 2)");
    expectError(scheduleAdherence([3], [0]), "#DIV/0!", "scheduled total zero");
  });
  it("returns #NUM! when a sum or the quotient overflows", () => {
    expectError(scheduleAdherence([1e308, 1e308], [1e308, 1e308]), "#NUM!", "schedule adherence is too large to compute");
    // nothing made against a schedule summing to Infinity: 0 / Infinity would be a plausible 0
    expectError(scheduleAdherence([0, 0], [1e308, 1e308]), "#NUM!", "schedule adherence is too large to compute");
  });
});
