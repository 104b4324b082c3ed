/** SOP.* plan functions as a cell sees them (hand-calculated values; errors as Excel shows them). */
import { daysOfSupply, projectedInventory, weightedPipeline } from "../../src/functions/plan";
import { cell, cells, col, row } from "./excel";

describe("SOP.WEIGHTEDPIPELINE", () => {
  it("sums amount x probability", () => {
    expect(cell(() => weightedPipeline(col(1000, 500), col(0.5, 0.2)))).toBeCloseTo(600, 12);
  });
  it("filters by close month given as dates or ISO text", () => {
    // January 2025: 100 x 0.5 + 200 x 0.25 = 100
    expect(cell(() => weightedPipeline(col(100, 200, 400), col(0.5, 0.25, 1), cells("2025-01-15", 45688, "2025-02"), "2025-01"))).toBeCloseTo(100, 12);
    expect(cell(() => weightedPipeline(col(100, 200, 400), col(0.5, 0.25, 1), cells("2025-01-15", 45688, "2025-02"), 45658))).toBeCloseTo(100, 12);
  });
  it("returns #NUM! when a probability is typed as a percent number", () => {
    expect(cell(() => weightedPipeline(col(100), col(40)))).toEqual({ error: "#NUM!", message: "" });
  });
  it("returns #VALUE! when a month is given without close months", () => {
    expect((cell(() => weightedPipeline(col(100), col(0.4), undefined, 45658)) as { error: string }).error).toBe("#VALUE!");
  });
});

describe("SOP.PROJECTEDINVENTORY", () => {
  it("spills a row when supply is a row", () => {
    // 100 + 50 - 80 = 70; 70 + 50 - 90 = 30
    expect(cell(() => projectedInventory(100, row(50, 50), row(80, 90)))).toEqual([[70, 30]]);
  });
  it("spills a column when supply is a column", () => {
    expect(cell(() => projectedInventory(100, col(50, 50), row(80, 90)))).toEqual([[70], [30]]);
  });
  it("treats a blank opening as 0", () => {
    expect(cell(() => projectedInventory(null as unknown as number, row(5), row(2)))).toEqual([[3]]);
  });
  it("returns #VALUE! naming supply and demand when sizes differ", () => {
    expect(cell(() => projectedInventory(0, row(1, 2), row(1)))).toEqual({
      error: "#VALUE!",
      message: "supply and demand must be the same size (2 and 1 cells)",
    });
  });
});

describe("SOP.DAYSOFSUPPLY", () => {
  it("divides inventory by average daily demand with 30.4375-day months", () => {
    // 150 / ((200 + 400) / 2 / 30.4375) = 15.21875
    expect(cell(() => daysOfSupply(150, row(200, 400)))).toBeCloseTo(15.21875, 12);
  });
  it("takes a month length", () => {
    expect(cell(() => daysOfSupply(300, row(300, 300), 30))).toBeCloseTo(30, 12);
  });
  it("returns #DIV/0! when there is no future demand", () => {
    expect(cell(() => daysOfSupply(10, row(0, 0)))).toEqual({ error: "#DIV/0!", message: "" });
  });
  it("returns #NUM! for a negative month length", () => {
    expect(cell(() => daysOfSupply(10, row(1), -30))).toEqual({ error: "#NUM!", message: "" });
  });
});
