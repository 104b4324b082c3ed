/**
 * Two small tables of the plan model on their own: the KPI trend's sparkline
 * (src/core/plan-model/kpiTrend.ts) and revenue accuracy by lag (revenueAccuracy.ts), with the
 * expected characters and amounts worked out in the comments.
 */
import { sparkline, trendMonths } from "../../src/core/plan-model/kpiTrend";
import { NO_DATA, revenueAccuracyByLag, valueArchiveRow } from "../../src/core/plan-model/revenueAccuracy";
import { ArchiveEntry, PlanInputs } from "../../src/core/plan-model/types";
import { archiveRow } from "../layout/support/handArchive";

describe("the KPI trend", () => {
  it("covers the 11 cycle months before this one, oldest first", () => {
    expect(trendMonths("2026-04")).toEqual([
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
    ]);
  });

  it("draws U+2581 + ROUND((v - low) / (high - low) x 7), a dot where nothing was recorded", () => {
    // Low 1, high 5: 1 -> 0 (U+2581), 3 -> ROUND(3.5) = 4 (U+2585), 5 -> 7 (U+2588), 2 -> ROUND(1.75) = 2 (U+2583).
    expect(sparkline([1, null, 3, 5, NaN, 2])).toBe("\u2581\u00b7\u2585\u2588\u00b7\u2583");
  });

  it("draws every bar at the middle height when the recorded values are all the same", () => {
    expect(sparkline([0.4, null, 0.4])).toBe("\u2584\u00b7\u2584");
    expect(sparkline([-2])).toBe("\u2584");
  });

  it("is dots only without a recorded value", () => {
    expect(sparkline([null, Infinity])).toBe("\u00b7\u00b7");
    expect(sparkline([])).toBe("");
  });
});

describe("revenue accuracy by lag", () => {
  const inputs = {
    config: { families: [{ name: "W", price: 10 }] },
    history: ["2026-01", "2026-02"],
    actuals: [[100, null]],
  } as unknown as Pick<PlanInputs, "config" | "history" | "actuals">;
  const entry = (family: string, targetMonth: string, consensus: number | null, lag: number): ArchiveEntry => ({
    ...archiveRow("2025-12", family, targetMonth, { consensus }),
    lag,
  });

  it("values an archive row at its family's price (found without case) when it has an actual and a consensus", () => {
    // Actual 100 x 10 = 1000; error (100 - 90) x 10 = 100.
    expect(valueArchiveRow(inputs, entry("w", "2026-01", 90, 1))).toEqual({
      lag: 1,
      price: 10,
      actualRevenue: 1000,
      revenueError: 100,
    });
    // No actual typed for February; a family not on Families; no consensus.
    expect(valueArchiveRow(inputs, entry("W", "2026-02", 90, 1))).toEqual({
      lag: 1,
      price: 10,
      actualRevenue: null,
      revenueError: null,
    });
    expect(valueArchiveRow(inputs, entry("X", "2026-01", 90, 2))).toEqual({
      lag: 2,
      price: null,
      actualRevenue: null,
      revenueError: null,
    });
    expect(valueArchiveRow(inputs, entry("W", "2026-01", null, 3))).toMatchObject({
      actualRevenue: null,
      revenueError: null,
    });
  });

  it("adds each lag's measured rows: WAPE = sum|error| / sum actual, bias = (planned - actual) / |actual|", () => {
    const rows = [
      { lag: 1, price: 10, actualRevenue: 1000, revenueError: 100 },
      { lag: 1, price: 10, actualRevenue: 500, revenueError: -200 },
      { lag: 1, price: 10, actualRevenue: null, revenueError: null }, // not measured
      { lag: 2, price: 5, actualRevenue: 0, revenueError: 50 },
      { lag: 4, price: 5, actualRevenue: 100, revenueError: 10 }, // a lag the table does not show
    ];
    const [one, two, three] = revenueAccuracyByLag(rows);
    // Lag 1: actual 1500, errors 100 - 200 = -100, planned 1500 - (-100) = 1600, |errors| 300.
    expect(one).toMatchObject({ lag: 1, plans: 2, actual: 1500, planned: 1600, absError: 300 });
    expect(one.wape).toBeCloseTo(300 / 1500, 12);
    expect(one.bias).toBeCloseTo(100 / 1500, 12);
    // Lag 2: no actual revenue to divide by: no data, though the sums are shown.
    expect(two).toEqual({ lag: 2, plans: 1, actual: 0, planned: -50, absError: 50, wape: NO_DATA, bias: NO_DATA });
    // Lag 3: no row.
    expect(three).toEqual({
      lag: 3,
      plans: 0,
      actual: null,
      planned: null,
      absError: null,
      wape: NO_DATA,
      bias: NO_DATA,
    });
  });
});
