/**
 * Accuracy measures on small series with the arithmetic written out (independent of the code).
 * Blanks are NaN in the core.
 */
import { forecastAccuracy, forecastBias, fva, mape, mase, smape, trackingSignal, wape } from "../../../src/core";
import { expectClose, expectError } from "../kpi/expectClose";

const B = NaN;

describe("wape", () => {
  it("divides the absolute errors by the absolute actuals", () => {
    // |100-110| + |200-170| = 40; |100| + |200| = 300; 40 / 300
    expectClose(wape([100, 200], [110, 170]), 40 / 300);
  });
  it("skips a pair when either side is blank", () => {
    // only (100,110) and (50,40) count: (10 + 10) / 150
    expectClose(wape([100, B, 50, 70], [110, 90, 40, B]), 20 / 150);
  });
  it("returns #DIV/0! when every actual is zero", () => {
    expectError(wape([0, 0], [1, 2]), "#DIV/0!");
  });
  it("returns #VALUE! naming both arguments when sizes differ", () => {
    expectError(wape([1, 2, 3], [1, 2]), "#VALUE!", "actuals and forecasts must be the same size (3 and 2 cells)");
  });
  it("returns #NUM! when the sums overflow", () => {
    expectError(wape([1e308, 1e308], [-1e308, -1e308]), "#NUM!");
  });
  it("returns #NUM! when the actuals' sum overflows even where the errors sum to zero", () => {
    // |A - F| = 0 twice, sum|A| = 2e308 = Infinity: 0 / Infinity would be a plausible 0.
    expectError(wape([1e308, 1e308], [1e308, 1e308]), "#NUM!", "WAPE is too large to compute");
  });
  it("returns #NUM! when the quotient of two finite sums overflows", () => {
    // |1e-300 - 1e300| / 1e-300 = 1e600: beyond the largest double.
    expectError(wape([1e-300], [1e300]), "#NUM!", "WAPE is too large to compute");
  });
  it("weighs negative actuals by their size", () => {
    // |-100 - (-90)| + |50 - 60| = 20; |-100| + |50| = 150 (not -100 + 50 = -50)
    expectClose(wape([-100, 50], [-90, 60]), 20 / 150);
  });
  it("says why it cannot divide when every actual is zero or blank", () => {
    expectError(wape([0, B], [1, 2]), "#DIV/0!", "every actual is zero or blank");
  });
});

describe("mape", () => {
  it("averages |A-F|/|A|", () => {
    // 10/100 = 0.10, 30/200 = 0.15 -> mean 0.125
    expectClose(mape([100, 200], [110, 170]), 0.125);
  });
  it("leaves out pairs whose actual is zero", () => {
    // (0, 5) dropped; 10/100 -> 0.1
    expectClose(mape([100, 0], [110, 5]), 0.1);
  });
  it("uses |A| so negative actuals give positive errors", () => {
    // |-100 - (-90)| / 100 = 0.1
    expectClose(mape([-100], [-90]), 0.1);
  });
  it("returns #DIV/0! when every actual is zero or blank", () => {
    expectError(mape([0, B], [3, 4]), "#DIV/0!");
  });
  it("skips a pair when either side is blank, and says why it cannot divide", () => {
    // (100,110) only: 10 / 100
    expectClose(mape([100, B, 50], [110, 5, B]), 0.1);
    expectError(mape([0, B], [3, 4]), "#DIV/0!", "every actual is zero or blank");
  });
  it("returns #VALUE! naming both sizes, and #NUM! when a percentage error overflows", () => {
    expectError(mape([1, 2], [1]), "#VALUE!", "actuals and forecasts must be the same size (2 and 1 cells)");
    // |1e-300 - 1e300| / 1e-300 = 1e600
    expectError(mape([1e-300], [1e300]), "#NUM!", "MAPE is too large to compute");
  });
});

describe("smape (M4)", () => {
  it("averages 2|A-F|/(|A|+|F|) and counts a 0/0 pair as 0", () => {
    // pair 1: 2*10/210 = 0.095238...; pair 2: 0/0 -> 0; mean = 0.047619...
    expectClose(smape([100, 0], [110, 0]), (20 / 210) / 2);
  });
  it("reaches 2 when forecast and actual have opposite signs", () => {
    // 2*|5 - (-5)| / (5 + 5) = 2
    expectClose(smape([5], [-5]), 2);
  });
  it("stays finite for values near the float limit", () => {
    // 2*|1.5e308 - 1e308| / 2.5e308 = 0.4
    expectClose(smape([1.5e308], [1e308]), 0.4);
  });
  it("returns #DIV/0! when no pair has both values", () => {
    expectError(smape([B], [1]), "#DIV/0!");
  });
  it("skips a pair when either side is blank and counts the others, a 0/0 pair included", () => {
    // (100,110): 2 x 10 / 210; (0,0): 0; the blank pairs neither add nor count: mean over 2
    expectClose(smape([100, B, 0, 7], [110, 3, 0, B]), (20 / 210) / 2);
  });
  it("names the problem: sizes, or no pair with both values", () => {
    expectError(smape([1, 2], [1]), "#VALUE!", "actuals and forecasts must be the same size (2 and 1 cells)");
    expectError(smape([B, 1], [1, B]), "#DIV/0!", "no pair has both an actual and a forecast");
  });
});

describe("mase", () => {
  it("scales the MAE by the in-sample naive MAE", () => {
    // history 10, 12, 11, 15: naive errors 2, 1, 4 -> Q = 7/3
    // test errors |16-14| = 2, |18-17| = 1 -> MAE 1.5; MASE = 1.5 / (7/3) = 0.642857...
    expectClose(mase([16, 18], [14, 17], [10, 12, 11, 15]), 1.5 / (7 / 3));
  });
  it("uses the seasonal naive with a season length", () => {
    // m = 2, history 10, 20, 12, 24, 13: |12-10|=2, |24-20|=4, |13-12|=1 -> Q = 7/3
    // MAE = |30-27| = 3 -> 3 / (7/3) = 9/7
    expectClose(mase([30], [27], [10, 20, 12, 24, 13], 2), 9 / 7);
  });
  it("returns #DIV/0! when the history is constant", () => {
    expectError(mase([1], [2], [5, 5, 5]), "#DIV/0!");
  });
  it("returns #DIV/0! when the history is shorter than a season plus one", () => {
    expectError(mase([1], [2], [5, 6], 2), "#DIV/0!");
  });
  it("returns #NUM! for a season length that is not a whole number of at least 1", () => {
    expectError(mase([1], [2], [5, 6, 7], 0), "#NUM!");
    expectError(mase([1], [2], [5, 6, 7], 1.5), "#NUM!");
  });
  it("skips blank pairs and naive differences with a blank end", () => {
    // pairs (16,14) (18,17): MAE 1.5; history 10, -, 12, 11, 15: differences 12-blank and
    // blank-10 drop out, |11-12| = 1, |15-11| = 4 -> Q = 5/2; MASE = 1.5 / 2.5 = 0.6
    expectClose(mase([16, B, 18], [14, 5, 17], [10, B, 12, 11, 15]), 0.6);
    // and a blank forecast beside a present actual
    expectClose(mase([16, 9, 18], [14, B, 17], [10, B, 12, 11, 15]), 0.6);
  });
  it("names each problem in its message", () => {
    expectError(mase([1, 2], [1], [5, 6]), "#VALUE!", "actuals and forecasts must be the same size (2 and 1 cells)");
    expectError(mase([1], [2], [5, 6, 7], 0), "#NUM!", "season length must be a whole number of at least 1 (got 0)");
    expectError(mase([B], [2], [5, 6, 7]), "#DIV/0!", "no pair has both an actual and a forecast");
    expectError(mase([1], [2], [5, 6], 2), "#DIV/0!", "history needs more than 2 values to scale by the naive error");
    expectError(mase([1], [2], [5, 5, 5]), "#DIV/0!", "the history is constant, so the naive error is zero");
  });
  it("returns #NUM! when a sum or the quotient overflows", () => {
    // |1e308 - (-1e308)| = Infinity
    expectError(mase([1e308], [-1e308], [1, 2]), "#NUM!", "MASE is too large to compute");
    // naive differences 2e308 = Infinity; MAE 1 / Infinity would be a plausible 0
    expectError(mase([1], [2], [1e308, -1e308]), "#NUM!", "MASE is too large to compute");
    // MAE 1e300 over Q 1e-300 = 1e600
    expectError(mase([1e300], [0], [0, 1e-300]), "#NUM!", "MASE is too large to compute");
  });
});

describe("trackingSignal", () => {
  it("is the sum of errors (A - F) over the MAD, positive when under-forecast", () => {
    // errors 10, 20, -10: sum 20; MAD = 40/3; TS = 20 / (40/3) = 1.5
    expectClose(trackingSignal([100, 120, 90], [90, 100, 100]), 1.5);
  });
  it("reaches -n when every forecast is too high", () => {
    expectClose(trackingSignal([1, 2, 3], [2, 3, 4]), -3);
  });
  it("returns #DIV/0! when every forecast equals its actual", () => {
    expectError(trackingSignal([1, 2], [1, 2]), "#DIV/0!");
  });
  it("skips a pair when either side is blank", () => {
    // (100,90) (120,100) (90,100) count, as in the first case: 1.5; (blank, 70) and (50, blank) do not
    expectClose(trackingSignal([100, 120, 90, B, 50], [90, 100, 100, 70, B]), 1.5);
  });
  it("says which division failed: no complete pair, or a zero mean absolute deviation", () => {
    expectError(trackingSignal([B, 1], [2, B]), "#DIV/0!", "no pair has both an actual and a forecast");
    expectError(trackingSignal([1, 2], [1, 2]), "#DIV/0!", "every forecast equals its actual, so the mean absolute deviation is zero");
  });
  it("returns #NUM! when the absolute errors' sum overflows, even where the errors cancel", () => {
    // errors +1e308 and -1e308: sum 0, sum of sizes Infinity; 0 / Infinity x 2 would be 0.
    expectError(trackingSignal([1e308, -1e308], [0, 0]), "#NUM!", "tracking signal is too large to compute");
  });
  it("returns #VALUE! naming both sizes when actuals and forecasts differ in size", () => {
    expectError(trackingSignal([1, 2, 3], [1, 2]), "#VALUE!", "actuals and forecasts must be the same size (3 and 2 cells)");
  });
});

describe("forecastBias", () => {
  it("is sum(F - A) / sum(A), positive when over-forecast", () => {
    // F - A = 10 + 20 = 30; sum A = 300 -> 0.1
    expectClose(forecastBias([100, 200], [110, 220]), 0.1);
  });
  it("is negative when under-forecast", () => {
    // (90-100) + (180-200) = -30 -> -0.1
    expectClose(forecastBias([100, 200], [90, 180]), -0.1);
  });
  it("MEAN gives mean(F - A) in units", () => {
    // (10 - 5) / 2 = 2.5
    expectClose(forecastBias([100, 100], [110, 95], "MEAN"), 2.5);
  });
  it("returns #DIV/0! when the actuals sum to zero", () => {
    expectError(forecastBias([5, -5], [1, 1]), "#DIV/0!");
  });
  it("returns #DIV/0! for MEAN with no complete pair", () => {
    expectError(forecastBias([B], [1], "MEAN"), "#DIV/0!");
  });
  it("skips the whole pair when the forecast is blank beside a present actual", () => {
    // Pairs (100,110), (200,220) count; (50, blank) drops out of both sums:
    // PERCENT 30 / 300 = 0.1 (not 30 / 350); MEAN 30 / 2 = 15 (not 30 / 3).
    expectClose(forecastBias([100, 200, 50], [110, 220, B]), 0.1);
    expectClose(forecastBias([100, 200, 50], [110, 220, B], "MEAN"), 15);
    // and a blank actual beside a present forecast: (100,110) only -> 10 / 100
    expectClose(forecastBias([100, B], [110, 500]), 0.1);
  });
  it("returns #VALUE! naming both sizes when actuals and forecasts differ in size", () => {
    expectError(forecastBias([100, 200], [110, 220, 90]), "#VALUE!", "actuals and forecasts must be the same size (2 and 3 cells)");
    expectError(forecastBias([100, 200, 50], [110], "MEAN"), "#VALUE!", "(3 and 1 cells)");
  });
  it("divides by the size of the actuals' sum, so the sign still says over or under", () => {
    // F - A = 10 + 30 = 40 (forecasts above actuals); sum A = -300, |sum A| = 300 -> +0.1333
    expectClose(forecastBias([-100, -200], [-90, -170]), 40 / 300);
  });
  it("says why it cannot divide", () => {
    expectError(forecastBias([5, -5], [1, 1]), "#DIV/0!", "the actuals sum to zero");
    expectError(forecastBias([B], [1], "MEAN"), "#DIV/0!", "no pair has both an actual and a forecast");
  });
  it("returns #NUM! when the actuals' sum overflows, even where forecast and actual agree", () => {
    // F - A = 0 twice; sum A = Infinity: 0 / Infinity would be a plausible 0.
    expectError(forecastBias([1e308, 1e308], [1e308, 1e308]), "#NUM!", "bias is too large to compute");
  });
  it("returns #NUM! when the quotient of two finite sums overflows", () => {
    // (1e300 - 1e-300) / 1e-300 = 1e600: beyond the largest double.
    expectError(forecastBias([1e-300], [1e300]), "#NUM!", "bias is too large to compute");
  });
});

describe("forecastAccuracy", () => {
  it("is 1 - WAPE", () => {
    expectClose(forecastAccuracy([100, 200], [110, 170]), 1 - 40 / 300);
  });
  it("is floored at 0 when errors exceed the actuals", () => {
    // WAPE = |10 - 40| / 10 = 3 -> 1 - 3 < 0 -> 0
    expectClose(forecastAccuracy([10], [40]), 0);
  });
});

describe("fva", () => {
  it("compares against the naive forecast by default, positive when the step helped", () => {
    // actuals 100, 120, 110, 130; forecasts -, 118, 112, 125 (first period has no naive baseline)
    // naive for periods 2..4: 100, 120, 110 -> |20| + |10| + |20| = 50; sum A = 360 -> 50/360
    // forecast errors: 2 + 2 + 5 = 9 -> 9/360; FVA = 41/360
    expectClose(fva([100, 120, 110, 130], [999, 118, 112, 125]), 41 / 360);
  });
  it("uses a given baseline over every period", () => {
    // baseline errors 10 + 10 = 20, forecast errors 5 + 25 = 30; MAE: 10 - 15 = -5
    expectClose(fva([100, 100], [105, 75], { baseline: [110, 90], metric: "MAE" }), -5);
  });
  it("compares MAPE when asked", () => {
    // baseline: 10/100 and 20/200 -> 0.1; forecast: 0 and 10/200 -> 0.025; FVA = 0.075
    expectClose(fva([100, 200], [100, 210], { baseline: [110, 180], metric: "MAPE" }), 0.075);
  });
  it("returns #VALUE! naming the baseline when its size differs", () => {
    expectError(fva([1, 2], [1, 2], { baseline: [1] }), "#VALUE!", "actuals and baseline");
  });
  it("returns #DIV/0! with a single period and the naive baseline", () => {
    expectError(fva([5], [5]), "#DIV/0!");
  });
  it("compares sMAPE when asked", () => {
    // period 2 only (naive baseline 100): baseline 2 x 20 / 220, forecast 2 x 10 / 230
    expectClose(fva([100, 120], [999, 110], { metric: "SMAPE" }), 40 / 220 - 20 / 230);
  });
  it("measures both errors over the periods where the actual, the forecast and the baseline are all present", () => {
    // period 1 counts (100; forecast 90; baseline 95); period 2 has no actual, period 3 no
    // forecast, period 4 no baseline. MAE: 5 - 10 = -5; WAPE: 5/100 - 10/100 = -0.05.
    const a = [100, B, 110, 120];
    const f = [90, 5, B, 110];
    const baseline = [95, 6, 100, B];
    expectClose(fva(a, f, { baseline, metric: "MAE" }), -5);
    expectClose(fva(a, f, { baseline }), -0.05);
  });
  it("names each problem: sizes, no common period, or the metric's own error", () => {
    expectError(fva([1, 2], [1]), "#VALUE!", "actuals and forecasts must be the same size (2 and 1 cells)");
    // the naive baseline leaves out period 1 and period 2 has no actual: nothing to compare
    expectError(fva([1, B], [1, 2], { metric: "MAE" }), "#DIV/0!", "no pair has both an actual and a forecast");
    expectError(fva([0, 0], [1, 2]), "#DIV/0!", "every actual is zero or blank");
  });
  it("returns the error of whichever side overflows, not a difference", () => {
    // forecast error |1e-300 - 1e300| / 1e-300 = 1e600; the baseline's is 0
    expectError(fva([1e-300], [1e300], { baseline: [1e-300] }), "#NUM!", "WAPE is too large to compute");
    expectError(fva([1e-300], [1e-300], { baseline: [1e300] }), "#NUM!", "WAPE is too large to compute");
    // MAE: |1e308 - (-1e308)| = Infinity
    expectError(fva([0, 1e308], [0, -1e308], { metric: "MAE" }), "#NUM!", "MAE is too large to compute");
  });
});
