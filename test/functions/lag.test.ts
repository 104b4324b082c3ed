/**
 * SOP.LAGACCURACY, SOP.LAGBIAS and SOP.LAGWAPE as Excel calls them, over a small plan archive
 * (family, lag, actual, forecast); every expected value worked out by hand below.
 *
 * | row | family | lag | actual | forecast |
 * |---|---|---|---|---|
 * | 1 | Widgets | 1 | 100 | 110 |
 * | 2 | Widgets | 3 | 90 | 120 |
 * | 3 | Gadgets | 1 | 50 | 45 |
 * | 4 | Widgets | 1 | 120 | 108 |
 * | 5 | Gadgets | 3 | 60 | (blank) |
 * | 6 | Gadgets | 1 | "" (not history yet) | 40 |
 */
import { lagAccuracy, lagBias, lagWape } from "../../src/functions/accuracy";
import { cell, col, cells } from "./excel";

const fam = cells("Widgets", "Widgets", "Gadgets", "Widgets", "Gadgets", "Gadgets");
const lags = col(1, 3, 1, 1, 3, 1);
const act = cells(100, 90, 50, 120, 60, "");
const fc = col(110, 120, 45, 108, null, 40);

describe("SOP.LAGACCURACY", () => {
  it("is 1 - WAPE over the rows at that lag, the rows without an actual left out", () => {
    // lag 1: rows 1, 3, 4 (row 6 has no actual): |errors| 10 + 5 + 12 = 27 over 100 + 50 + 120 = 270 -> 0.1
    expect(cell(() => lagAccuracy(act, fc, lags, 1))).toBeCloseTo(0.9, 12);
    // lag 3: row 2 (row 5 has no forecast): 30 / 90
    expect(cell(() => lagAccuracy(act, fc, lags, 3))).toBeCloseTo(1 - 30 / 90, 12);
  });

  it("measures one family when given, in any case", () => {
    // Widgets lag 1: rows 1, 4: (10 + 12) / 220 = 0.1
    expect(cell(() => lagAccuracy(act, fc, lags, 1, fam, "widgets"))).toBeCloseTo(0.9, 12);
    // Gadgets lag 1: row 3: 5 / 50
    expect(cell(() => lagAccuracy(act, fc, lags, 1, fam, "Gadgets"))).toBeCloseTo(0.9, 12);
    // a blank family = every family
    expect(cell(() => lagAccuracy(act, fc, lags, 1, fam, ""))).toBeCloseTo(0.9, 12);
  });

  it("answers #DIV/0! when no archived plan at that lag has an actual, #NUM! for lag 0, #VALUE! for sizes", () => {
    expect(cell(() => lagAccuracy(act, fc, lags, 2))).toEqual({ error: "#DIV/0!", message: "" });
    expect(cell(() => lagAccuracy(act, fc, lags, 3, fam, "Gadgets"))).toEqual({ error: "#DIV/0!", message: "" });
    expect(cell(() => lagAccuracy(act, fc, lags, 0))).toEqual({ error: "#NUM!", message: "" });
    expect(cell(() => lagAccuracy(act, fc, col(1, 1), 1))).toEqual({
      error: "#VALUE!",
      message: "actuals and lags must be the same size (6 and 2 cells)",
    });
  });
});

describe("SOP.LAGBIAS", () => {
  it("is sum(F - A) / |sum(A)| at that lag: positive = over-forecast", () => {
    // lag 1: (110 - 100) + (45 - 50) + (108 - 120) = -7 over 270
    expect(cell(() => lagBias(act, fc, lags, 1))).toBeCloseTo(-7 / 270, 12);
    // Widgets lag 1: 10 - 12 = -2 over 220; Gadgets lag 1: -5 / 50; lag 3: +30 / 90
    expect(cell(() => lagBias(act, fc, lags, 1, fam, "Widgets"))).toBeCloseTo(-2 / 220, 12);
    expect(cell(() => lagBias(act, fc, lags, 1, fam, "Gadgets"))).toBeCloseTo(-0.1, 12);
    expect(cell(() => lagBias(act, fc, lags, 3))).toBeCloseTo(30 / 90, 12);
  });
});

describe("SOP.LAGWAPE", () => {
  it("is sum|A - F| / sum|A| at that lag, not floored", () => {
    expect(cell(() => lagWape(act, fc, lags, 1))).toBeCloseTo(0.1, 12);
    // a forecast error above the actuals: |100 - 350| / 100 = 2.5 (accuracy would floor at 0)
    expect(cell(() => lagWape(col(100), col(350), col(1), 1))).toBeCloseTo(2.5, 12);
    expect(cell(() => lagAccuracy(col(100), col(350), col(1), 1))).toBe(0);
  });
});
