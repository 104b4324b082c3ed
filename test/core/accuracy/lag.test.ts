/**
 * Accuracy, WAPE and bias at one lag of a plan archive, in the core (SOP.LAG* over the same
 * functions: test/functions/lag.test.ts). Every expected value worked out by hand below.
 *
 * | row | family  | lag | actual  | forecast |
 * |-----|---------|-----|---------|----------|
 * | 1   | W       | 1   | 100     | 110      |
 * | 2   | W       | 3   | 90      | 120      |
 * | 3   | G       | 1   | 50      | 40       |
 * | 4   | W       | 1   | 200     | 170      |
 * | 5   | G       | 3   | 60      | (blank)  |
 * | 6   | (blank) | 1   | 80      | 80       |
 * | 7   | G       | 1   | (blank) | 30       |
 */
import { atLag, lagAccuracy, lagBias, lagWape } from "../../../src/core/accuracy/lag";
import { expectClose, expectError } from "../kpi/expectClose";

const B = NaN;
const families = ["W", "W", "G", "W", "G", null, "G"];
const lags = [1, 3, 1, 1, 3, 1, 1];
const actuals = [100, 90, 50, 200, 60, 80, B];
const forecasts = [110, 120, 40, 170, B, 80, 30];

describe("atLag", () => {
  it("keeps the rows at the lag, in archive order", () => {
    // the documented example
    expect(atLag([10, 20, 30], [11, 18, 33], { lags: [1, 3, 1], lag: 1 })).toEqual({ a: [10, 30], f: [11, 33] });
    // lag 3: rows 2 and 5 (a blank stays a blank: the measure skips it)
    expect(atLag(actuals, forecasts, { lags, lag: 3 })).toEqual({ a: [90, 60], f: [120, B] });
  });

  it("keeps one family when given, ignoring case and surrounding spaces; a blank family never matches", () => {
    expect(atLag(actuals, forecasts, { lags, lag: 1, families, family: " w " })).toEqual({ a: [100, 200], f: [110, 170] });
    expect(atLag(actuals, forecasts, { lags, lag: 1, families, family: "G" })).toEqual({ a: [50, B], f: [40, 30] });
    // the archive's family cells are compared the same way: " w " and "W" are one family
    expect(atLag([1, 2, 3], [4, 5, 6], { lags: [1, 1, 1], lag: 1, families: [" w ", "W", "G"], family: "w" })).toEqual({ a: [1, 2], f: [4, 5] });
  });

  it("keeps every family when none is named, or when no family column is given", () => {
    const all = { a: [100, 50, 200, 80, B], f: [110, 40, 170, 80, 30] };
    expect(atLag(actuals, forecasts, { lags, lag: 1, families, family: "" })).toEqual(all);
    expect(atLag(actuals, forecasts, { lags, lag: 1, families })).toEqual(all);
    expect(atLag(actuals, forecasts, { lags, lag: 1, family: "W" })).toEqual(all);
  });

  it("returns #VALUE! naming the column whose size differs from the actuals'", () => {
    expectError(atLag(actuals, forecasts.slice(1), { lags, lag: 1 }), "#VALUE!", "actuals and forecasts must be the same size (7 and 6 cells)");
    expectError(atLag(actuals, forecasts, { lags: lags.slice(1), lag: 1 }), "#VALUE!", "actuals and lags must be the same size (7 and 6 cells)");
    expectError(atLag(actuals, forecasts, { lags, lag: 1, families: ["W", "G"] }), "#VALUE!", "actuals and families must be the same size (7 and 2 cells)");
  });
});

describe("lagWape, lagAccuracy and lagBias", () => {
  it("measure the rows at the lag whose actual and forecast are both present", () => {
    // lag 1: (100,110) (50,40) (200,170) (80,80); row 7 has no actual.
    // sum|A - F| = 10 + 10 + 30 + 0 = 50; sum A = 430; sum(F - A) = 10 - 10 - 30 + 0 = -30.
    expectClose(lagWape(actuals, forecasts, { lags, lag: 1 }), 50 / 430);
    expectClose(lagAccuracy(actuals, forecasts, { lags, lag: 1 }), 1 - 50 / 430);
    expectClose(lagBias(actuals, forecasts, { lags, lag: 1 }), -30 / 430);
    // lag 3: (90,120) only; row 5 has no forecast: WAPE 30 / 90, bias +30 / 90.
    expectClose(lagWape(actuals, forecasts, { lags, lag: 3 }), 1 / 3);
    expectClose(lagAccuracy(actuals, forecasts, { lags, lag: 3 }), 2 / 3);
    expectClose(lagBias(actuals, forecasts, { lags, lag: 3 }), 1 / 3);
  });

  it("measure one family when given", () => {
    // W at lag 1: (100,110) (200,170): 40 / 300; bias (10 - 30) / 300.
    expectClose(lagWape(actuals, forecasts, { lags, lag: 1, families, family: "w" }), 40 / 300);
    expectClose(lagAccuracy(actuals, forecasts, { lags, lag: 1, families, family: "w" }), 1 - 40 / 300);
    expectClose(lagBias(actuals, forecasts, { lags, lag: 1, families, family: "w" }), -20 / 300);
    // G at lag 1: (50,40) only: 10 / 50; bias -10 / 50.
    expectClose(lagWape(actuals, forecasts, { lags, lag: 1, families, family: "G" }), 0.2);
    expectClose(lagBias(actuals, forecasts, { lags, lag: 1, families, family: "G" }), -0.2);
  });

  it("returns #DIV/0! naming the lag when the archive has no plan at it, and the measure's own error otherwise", () => {
    expectError(lagWape(actuals, forecasts, { lags, lag: 2 }), "#DIV/0!", "no archived plan at lag 2");
    expectError(lagAccuracy(actuals, forecasts, { lags, lag: 2 }), "#DIV/0!", "no archived plan at lag 2");
    expectError(lagBias(actuals, forecasts, { lags, lag: 2 }), "#DIV/0!", "no archived plan at lag 2");
    // G at lag 3: row 5 is archived, but without a forecast: no pair, WAPE's own #DIV/0!.
    expectError(lagWape(actuals, forecasts, { lags, lag: 3, families, family: "G" }), "#DIV/0!", "every actual is zero or blank");
    expectError(lagBias(actuals, forecasts, { lags, lag: 3, families, family: "G" }), "#DIV/0!", "the actuals sum to zero");
    expectError(lagWape(actuals, forecasts.slice(1), { lags, lag: 1 }), "#VALUE!", "actuals and forecasts must be the same size (7 and 6 cells)");
  });
});
