/**
 * SOP.FORECASTMETHOD's text (describeMethod) on hand-made series, whole strings. The band widths
 * are hand calculations with z = qnorm(0.9) = 1.2815515655446004 and the band calibration 1.4
 * (every band's distances from the forecast times 1.4, see interval.ts); percentages are rounded.
 */
import { describeMethod } from "../../../src/core/forecast";
import { SopError } from "../../../src/core/errors";

const INDEX = [0.8, 0.9, 1.0, 1.2, 1.3, 1.1, 1.0, 0.9, 0.8, 0.9, 1.0, 1.1];

describe("SOP.FORECASTMETHOD in a planner's words", () => {
  it("a season length of 1 given, naive: the band from the mean squared step", () => {
    // Steps 2, -1, 2: sigma2 = 9 / 3 = 3. Next period: 1.4 z sqrt(3) = 3.1076 of 13 = 23.9 %;
    // 12 ahead: 1.4 z sqrt(36) = 10.7650 of 13 = 82.8 %. Four values: too few for a holdout (4 needed
    // to fit after leaving 1 out).
    expect(describeMethod([10, 12, 11, 13], { method: "NAIVE", seasonLength: 1 })).toBe(
      "No season (season length 1 given); Naive (method given); 80 % band ±24 % of the forecast next period, ±83 % at 12 periods",
    );
  });

  it("a season found by the F test, seasonal naive", () => {
    // Two cycles of 500 x the indices, the second +20 / -20 in turn: a season every position
    // repeats (p far below 0.001). Seasonal steps y(t) - y(t - 12) = +-20: sigma2 = 400; two
    // cycles are fewer than three, so the short-history calibration 1.7: half-width
    // 1.7 z x 20 = 1.7 x 1.2815516 x 20 = 43.573 at every step of the first cycle. Next period's
    // forecast is the second cycle's first value 400 + 20 = 420: 10.4 %; 12 ahead, its last,
    // 550 - 20 = 530: 8.2 %. Holdout: a seasonal method needs 24 values after leaving 12 out.
    const y = Array.from({ length: 24 }, (_, t) => 500 * INDEX[t % 12] + (t >= 12 ? (t % 2 === 0 ? 20 : -20) : 0));
    expect(describeMethod(y, { method: "SNAIVE" })).toBe(
      "Season of 12 periods (found: stable-seasonality F test p < 0.001); Seasonal naive (method given); 80 % band ±10 % of the forecast next period, ±8 % at 12 periods",
    );
  });

  it("a season given on fewer than two cycles, with a holdout", () => {
    // 18 values: fourteen 10s, then 12, 8, 10, 10. Holdout: naive on the first 14 forecasts 10
    // for 12, 8, 10, 10: sMAPE (2 x 2 / 22 + 2 x 2 / 18 + 0 + 0) / 4 = 10.1 %. Steps: 2, -4, 2,
    // 0 and thirteen 0s: sigma2 = 24 / 17; 18 values are fewer than three cycles of 12, so the
    // short-history calibration 1.7: next period 1.7 z sqrt(24 / 17) = 1.7 x 1.2815516 x 1.18818
    // = 2.5886 of 10 = 25.9 %, 12 ahead 1.7 z sqrt(12 x 24 / 17) = 1.7 x 1.2815516 x 4.11597
    // = 8.9673 of 10 = 89.7 %.
    const y = [...new Array<number>(14).fill(10), 12, 8, 10, 10];
    expect(describeMethod(y, { method: "NAIVE", seasonLength: 12 })).toBe(
      "No season (12 given, but 18 values are fewer than two cycles); Naive (method given); holdout sMAPE 10.1 %; 80 % band ±26 % of the forecast next period, ±90 % at 12 periods",
    );
  });

  it("no season where the F test finds none (a flat history: nothing between positions)", () => {
    // 24 equal values: the detrended history is 0, so every test has p = 1; naive forecasts 50
    // with no error in or out of sample.
    expect(describeMethod(new Array<number>(24).fill(50), { method: "NAIVE" })).toBe(
      "No season (stable-seasonality F test p = 1.000 at 4, p = 1.000 at 7, p = 1.000 at 12; none below 0.10); Naive (method given); holdout sMAPE 0.0 %; 80 % band ±0 % of the forecast next period, ±0 % at 12 periods",
    );
  });

  it("intermittent demand under AUTO: the winner of the holdout and its empirical band", () => {
    // 0 0 0 5 5 5 5 5 5 9: 3 zeros of 10. Moving average of window 1 wins the holdout (see
    // auto.test.ts) with sMAPE 28.6 %, refitted: forecast 9. Its in-sample errors (the value
    // before as the forecast): step 1 from 9 origins 0 0 5 0 0 0 0 0 4, mean square 41 / 9;
    // step 2 from 8: 0 5 5 0 0 0 0 4, 66 / 8; step 3 has 7 (fewer than 8), so steps 3..12 borrow
    // step 2 scaled by sqrt(k / 2). Fewer than 20 errors: +- z x root mean square.
    // Next period 1.4 z sqrt(41 / 9) = 3.8294 of 9 = 42.5 %; 12 ahead 1.4 z sqrt(66 / 8) sqrt(6) =
    // 12.6230: 9 + 12.6230 = +140.3 %, and 9 - 12.6230 clipped at 0 = -100 %.
    expect(describeMethod([0, 0, 0, 5, 5, 5, 5, 5, 5, 9])).toBe(
      "Moving average (intermittent demand, 3 of 10 periods zero; lowest holdout error of moving average, SES, Croston, SBA and TSB); window 1; holdout sMAPE 28.6 %; 80 % band ±43 % of the forecast next period, -100 % / +140 % at 12 periods",
    );
  });

  it("says when a model has no band yet, and when every value is 0", () => {
    // Six values: SBA without comparison; 5 in-sample errors, 8 needed for an empirical band.
    expect(describeMethod([0, 3, 0, 4, 0, 2])).toMatch(
      /^Syntetos-Boylan \(SBA\) \(intermittent demand, 3 of 6 periods zero; too few values to compare methods\); alpha 0\.\d\d; .*; no 80 % band \(too few in-sample errors for this method\)$/,
    );
    expect(describeMethod([0, 0, 0])).toBe("Every value is 0: the forecast and its 80 % band are 0");
  });

  it("AUTO on a seasonal history names the season, the model with its trend, the criterion and the band", () => {
    const air = [
      112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114,
      140, 145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166,
    ];
    expect(describeMethod(air)).toMatch(
      /^Season of 12 periods \(found: stable-seasonality F test p < 0\.001\); (Holt-Winters (additive|multiplicative)|Seasonal decomposition), (no|linear|damped) trend \(lowest AICc of 6 methods\); alpha \d\.\d\d(, \w+( \w+)? \d\.\d\d)*; holdout sMAPE \d+\.\d %; 80 % band (±\d+ %|-\d+ % \/ \+\d+ %) of the forecast next period, (±\d+ %|-\d+ % \/ \+\d+ %) at 12 periods$/,
    );
  });
});

/** The clauses of a text: split at each "; " outside brackets. */
function clauses(text: unknown): string[] {
  const out = [""];
  let depth = 0;
  for (const part of String(text).split(/(?=; )/)) {
    if (depth === 0 && out[out.length - 1] !== "") out.push(part.slice(2));
    else out[out.length - 1] += part;
    depth += (part.match(/\(/g) ?? []).length - (part.match(/\)/g) ?? []).length;
  }
  return out;
}

/** Two years of quarters with a season (the p-value below is worked out by hand). */
const QUARTERS = [12, 30, 18, 7, 15, 34, 17, 10];

describe("SOP.FORECASTMETHOD: the season clause", () => {
  it("returns the forecast's own error for a history it cannot fit", () => {
    expect(describeMethod([5])).toEqual(new SopError("#N/A", "history needs at least 2 values"));
  });

  it("too short to test a season, AUTO falls back to naive because no other method could be fitted", () => {
    // 4 values, fewer than two cycles of the shortest candidate (4). AUTO compares SES, HOLT and
    // HOLT_DAMPED: with 4 values every AICc is infinite (k = 3 for SES, n - k - 1 = 0), so
    // naive, which is not among them. Its band is the first test's: ±24 %, ±83 %; no holdout
    // (4 values must remain after leaving 1 out).
    expect(describeMethod([10, 12, 11, 13])).toBe(
      "No season (4 values: fewer than two cycles of 4 periods to test one); Naive (no other method could be fitted); 80 % band ±24 % of the forecast next period, ±83 % at 12 periods",
    );
  });

  it("a method given that falls back names the method given and why", () => {
    // Seasonal naive without a season length (none detected below two cycles) is naive.
    expect(describeMethod([10, 12, 11, 13], { method: "SNAIVE" })).toBe(
      "No season (4 values: fewer than two cycles of 4 periods to test one); Naive (Seasonal naive given; 4 values are too few for it); 80 % band ±24 % of the forecast next period, ±83 % at 12 periods",
    );
  });

  it("a season given on exactly two cycles of a flat history, with a method that has none", () => {
    // 8 values = two cycles of 4: tested. A flat history leaves nothing after detrending, so
    // p = 1. Naive: holdout of min(12, 8 / 4) = 2 periods after 6, forecast 50 for 50, 50:
    // 0.0 %; every step is 0, so the band has no width.
    expect(describeMethod(new Array<number>(8).fill(50), { method: "NAIVE", seasonLength: 4 })).toBe(
      "No season (4 given; stable-seasonality F test p = 1.000, the method has no season); Naive (method given); holdout sMAPE 0.0 %; 80 % band ±0 % of the forecast next period, ±0 % at 12 periods",
    );
  });

  // A flat history of 50s with season length 4 given, under AUTO (p = 1). Two cycles (8 values):
  // AUTO compares SES, HOLT and HOLT_DAMPED only; three cycles (12): those, DECOMP and both
  // Holt-Winters (every value > 0), 6 methods. Each fits the flat history exactly (SSE 0, AICc
  // -Infinity) and the first, SES, is kept. Holdout of min(12, n / 4) periods: 0.0 %; no error,
  // no band width.
  it.each([
    [8, "not below 0.10 with two cycles", 3],
    [12, "a model without season has the lower AICc", 6],
  ])("a season given on %i values of a flat history under AUTO: %s", (n, why, count) => {
    const c = clauses(describeMethod(new Array<number>(n).fill(50), { seasonLength: 4 }));
    expect([c[0], c[1], c[3], c[4]]).toEqual([
      `No season (4 given; stable-seasonality F test p = 1.000, ${why})`,
      `Simple exponential smoothing (lowest AICc of ${count} methods)`,
      "holdout sMAPE 0.0 %",
      "80 % band ±0 % of the forecast next period, ±0 % at 12 periods",
    ]);
    expect(c[2]).toMatch(/^alpha \d\.\d\d$/);
    expect(c).toHaveLength(5);
  });

  it("a season given, significant on fewer than three cycles, where no seasonal fit can be compared", () => {
    // 10 20 12 20 10, season length 2 given. Symmetric, so its least-squares line is flat at
    // the mean 14.4; no value is despiked (deviations from the neighbours -10, 9, -8, 9, -10,
    // bound 4 x 1.4826 x MAD 2 = 11.86) or pulled back (residuals -4.4 5.6 -2.4 5.6 -4.4,
    // median -2.4, bound 3 x 1.4826 x 2 = 8.90 > 8). Positions: -4.4 -2.4 -4.4 (mean -11.2 / 3)
    // and 5.6 5.6: SSB = 3 (11.2 / 3)^2 + 2 x 5.6^2 = 104.533, SSW = 2 (2 / 3)^2 + (4 / 3)^2
    // = 2.6667, F = 104.533 / (2.6667 / 3) = 117.6 on (1, 3) degrees of freedom: p = P(|t3| >
    // 10.844) = 1 - (2 / pi)(atan(6.2608) + 6.2608 / 40.2) = 0.0017. Fewer than three cycles and
    // significant: AUTO compares the seasonal methods only (DECOMP and both Holt-Winters), and
    // with 5 values each AICc is infinite (DECOMP: SES's 2 + 1 index + 1, n - k - 1 = 0), so
    // naive. Holdout: naive on 10 20 12 20 forecasts 20 for 10: 2 x 10 / 30 = 66.7 %. Steps 10,
    // -8, 8, -10: sigma2 = 328 / 4 = 82; 5 values are fewer than three cycles of 2: 1.7. Next
    // period 1.7 z sqrt(82) = 19.728 of 10: +197 %, the lower bound clipped at 0 (-100 %); 12
    // ahead 1.7 z sqrt(12 x 82) = 68.341: +683 %.
    expect(describeMethod([10, 20, 12, 20, 10], { seasonLength: 2 })).toBe(
      "No season (2 given; stable-seasonality F test p = 0.002, not used); Naive (no other method could be fitted); holdout sMAPE 66.7 %; 80 % band -100 % / +197 % of the forecast next period, -100 % / +683 % at 12 periods",
    );
  });

  it("a season given and used: the test's p-value beside it", () => {
    // 10 30 30 10 twice: -3 x 10 - 30 + 30 + 3 x 10 = 0, so the line is flat at 20 and every
    // position holds one value: SSW = 0, F infinite, p < 0.001 (no despiking: deviations -20 10
    // 10 -10 -10 10 10 -20 against 4 x 1.4826 x 10). Seasonal naive repeats the last cycle
    // without error: no band width; a holdout would need 2 x 4 values before the last 4.
    expect(describeMethod([10, 30, 30, 10, 10, 30, 30, 10], { method: "SNAIVE", seasonLength: 4 })).toBe(
      "Season of 4 periods (given; stable-seasonality F test p < 0.001); Seasonal naive (method given); 80 % band ±0 % of the forecast next period, ±0 % at 12 periods",
    );
  });

  it("a season of 2 given: the holdout leaves out one cycle, refitted on the values before it", () => {
    // 10 20 12 22 14 24: the least-squares line 10.8 + 1.7714 t (t = 1..6) leaves -2.571 5.657
    // -4.114 4.114 -5.657 2.571 (none pulled back: 3 x 1.4826 x MAD 4.114 = 18.3); positions
    // -4.114 and +4.114 on average: SSB = 6 x 4.114^2 = 101.56, SSW = 4 x 1.543^2 = 9.52, F =
    // 101.56 / (9.52 / 4) = 42.67 on (1, 4): p = 0.0028 (scipy.stats.f.sf). Holdout: the last
    // cycle (2), seasonal naive on 10 20 12 22 forecasts 12, 22 for 14, 24: (2 x 2 / 26 + 2 x 2
    // / 46) / 2 = 12.0 %. Seasonal steps all 2: sigma2 = 4, three cycles: 1.4. Next period (14):
    // 1.4 z x 2 = 3.588, 25.6 %; 12 ahead (24), ceil(12 / 2) = 6 cycles: 1.4 z x 2 sqrt(6) =
    // 8.790, 36.6 %.
    expect(describeMethod([10, 20, 12, 22, 14, 24], { method: "SNAIVE", seasonLength: 2 })).toBe(
      "Season of 2 periods (given; stable-seasonality F test p = 0.003); Seasonal naive (method given); holdout sMAPE 12.0 %; 80 % band ±26 % of the forecast next period, ±37 % at 12 periods",
    );
  });

  it("a season found with p between 0.001 and 0.1 gives its p-value", () => {
    // QUARTERS: line 19.107 - 0.27381 t; no value despiked (largest deviation 18 < 4 x 1.4826 x
    // 4.5 = 26.7) or pulled back (18.05 < 23.85); SSB = 597.97, SSW = 29.756 by position, F =
    // (597.97 / 3) / (29.756 / 4) = 26.79 on (3, 4): p = 0.0041 (scipy.stats.f.sf). Two cycles,
    // significant: AUTO fits a seasonal method.
    expect(clauses(describeMethod(QUARTERS))[0]).toBe(
      "Season of 4 periods (found: stable-seasonality F test p = 0.004)",
    );
  });

  it("a season found but not used names the length with the highest adjusted R2 (the first of two)", () => {
    // 10 20 30 40 six times. The line 21.739 + 0.26087 t leaves, by position, a within spread
    // from the slope only: SSW = 76.22 at 4, 58.80 at 12 (SSB 2845.5 and 2862.9), both p far
    // below 0.001 (F = 248.9 on (3, 20), 53.1 on (11, 12)); 7 is not (p = 0.97). Adjusted R2 =
    // 1 - (SSW / (n - m)) / (SST / 23): 0.970 at 4 against 0.961 at 12, so 4. Naive: holdout of
    // 6 after 18 (forecast 20) for 30 40 10 20 30 40: (0.4 + 0.6667 + 0.6667 + 0 + 0.4 + 0.6667)
    // / 6 = 46.7 %. Steps: eighteen of 10 and five of -30, sigma2 = 6300 / 23 = 273.91; next
    // period 1.4 z sqrt(273.91) = 29.694 of 40 = 74.2 %; 12 ahead 1.4 z sqrt(12 x 273.91) =
    // 102.86: +257 %, the lower bound clipped at 0.
    const y = Array.from({ length: 24 }, (_, t) => [10, 20, 30, 40][t % 4]);
    expect(describeMethod(y, { method: "NAIVE" })).toBe(
      "No season (found 4 periods: stable-seasonality F test p < 0.001, but the method has no season); Naive (method given); holdout sMAPE 46.7 %; 80 % band ±74 % of the forecast next period, -100 % / +257 % at 12 periods",
    );
  });

  it("a season found at two lengths that explain it equally names the shorter one", () => {
    // 10 30 30 10 six times: -9 x 10 - 3 x 30 + 3 x 30 + 9 x 10 = 0 (each position's sum of
    // t - 11.5 is 6 x its index - 9 over the six cycles), so the line is flat at 20 and the
    // residuals -10 10 10 -10 repeat exactly: SSW = 0 at 4 and at 12 alike, both adjusted R2 = 1
    // and p = 0 (7 is not significant: p = 0.98). The first of equals, 4, is kept.
    const y = Array.from({ length: 24 }, (_, t) => [10, 30, 30, 10][t % 4]);
    expect(clauses(describeMethod(y, { method: "NAIVE" }))[0]).toBe(
      "No season (found 4 periods: stable-seasonality F test p < 0.001, but the method has no season)",
    );
  });

  it("a season found but not used names the length with the highest adjusted R2 (a later one)", () => {
    // The quarters above plus 0, +6, -6 by third of the year: at 4 the thirds are spread within
    // each position (SSW = 621.9, F = 31.6 on (3, 20), p = 9e-8, adjusted R2 0.799), at 12 only
    // the slope is (SSW = 7.62, F = 509 on (11, 12), p = 3e-14, adjusted R2 0.996): 12.
    const third = [0, 6, -6];
    const y = Array.from({ length: 24 }, (_, t) => [10, 20, 30, 40][t % 4] + third[Math.floor((t % 12) / 4)]);
    expect(clauses(describeMethod(y, { method: "NAIVE" }))[0]).toBe(
      "No season (found 12 periods: stable-seasonality F test p < 0.001, but the method has no season)",
    );
  });
});

describe("SOP.FORECASTMETHOD: the model and its parameters", () => {
  // The Holt-Winters trend variant each history gets, by AICc, is worked out in methods.test.ts
  // from the same histories: linear on a straight trend, damped on a flattening one, and the
  // first, no trend, on QUARTERS, where every variant's AICc is infinite (8 values, k >= 7; the
  // multiplicative season has as many states as the additive one).
  const wobble = (t: number): number => [3, -2, 5, -6][t % 4] + [0.3, -0.2, 0.1, -0.4, 0.2][t % 5];

  it("Holt-Winters names its trend form", () => {
    const straight = Array.from({ length: 16 }, (_, t) => 20 + 4 * t + wobble(t));
    const flattening = Array.from({ length: 16 }, (_, t) => 20 + 30 * (1 - 0.75 ** t) + wobble(t));
    const hw = (y: number[], method: "HW_ADDITIVE" | "HW_MULTIPLICATIVE") =>
      clauses(describeMethod(y, { method, seasonLength: 4 }))[1];
    expect([hw(straight, "HW_ADDITIVE"), hw(flattening, "HW_ADDITIVE"), hw(QUARTERS, "HW_MULTIPLICATIVE")]).toEqual([
      "Holt-Winters additive, linear trend (method given)",
      "Holt-Winters additive, damped trend (method given)",
      "Holt-Winters multiplicative, no trend (method given)",
    ]);
  });

  it("the decomposition names its trend form and its season weight", () => {
    const c = clauses(describeMethod(QUARTERS, { method: "DECOMP", seasonLength: 4 }));
    expect(c[1]).toMatch(/^Seasonal decomposition, (no|damped) trend \(method given\)$/);
    expect(c[2]).toMatch(/^alpha \d\.\d\d(, beta \d\.\d\d, phi \d\.\d\d)?, season weight \d\.\d\d$/);
  });

  it("a method given on intermittent demand keeps the season clause", () => {
    // 0 0 0 5 5 5 5: 3 zeros of 7, but the moving average was asked for. Window 1 (the one
    // period every window forecasts, the last, is 5 after 5; larger windows only tie or do
    // worse, and a tie keeps the smaller). Holdout of 1 after 6: 5 for 5, 0.0 %. Six one-step
    // errors, fewer than the 8 an empirical band needs.
    expect(describeMethod([0, 0, 0, 5, 5, 5, 5], { method: "MA" })).toBe(
      "No season (7 values: fewer than two cycles of 4 periods to test one); Moving average (method given); window 1; holdout sMAPE 0.0 %; no 80 % band (too few in-sample errors for this method)",
    );
  });

  it("intermittent demand under AUTO compares the methods from 8 values", () => {
    // 0 0 0 5 5 5 5 5: 3 zeros of 8 (30 % or more). Holdout of 2 after 6 (0 0 0 5 5 5): the
    // moving average of window 1 forecasts 5 for 5, 5, an error of 0 no later candidate can
    // beat; refitted on all 8, window 1 again. Its own holdout is the same: 0.0 %. Seven one-step
    // errors: no band.
    expect(describeMethod([0, 0, 0, 5, 5, 5, 5, 5])).toBe(
      "Moving average (intermittent demand, 3 of 8 periods zero; lowest holdout error of moving average, SES, Croston, SBA and TSB); window 1; holdout sMAPE 0.0 %; no 80 % band (too few in-sample errors for this method)",
    );
  });

  it("seasonal intermittent demand: the seasonal candidates too, and a band in units where the forecast is 0", () => {
    // 0 0 0 9 three times: 9 zeros of 12. The season test at 4 finds it (despiked nothing; after
    // three rounds of line and pull-back the 9s sit at 3.35 against -0.1 to -2.5, F = 24.6 on
    // (3, 8), p = 0.0002), so seasonal naive and the decomposition compete too. Holdout of 3
    // after 9: seasonal naive forecasts 0 0 9, exact; every flat forecast c misses by
    // (2c + |9 - c|) / 3 >= 3. Refitted: seasonal naive, season 4. Its own holdout leaves out
    // the last cycle and forecasts it exactly (0 = 0 counts as no error): 0.0 %. No seasonal
    // step differs: no width; the next forecast is 0, given in units, the 12th is 9.
    expect(describeMethod([0, 0, 0, 9, 0, 0, 0, 9, 0, 0, 0, 9])).toBe(
      "Seasonal naive (intermittent demand, 9 of 12 periods zero; lowest holdout error of moving average, SES, Croston, SBA, TSB, seasonal naive and seasonal decomposition); holdout sMAPE 0.0 %; 80 % band 0 to 0 next period, ±0 % at 12 periods",
    );
  });

  it("seasonal intermittent demand with season length 1 given compares the plain methods only", () => {
    expect(describeMethod([0, 0, 0, 9, 0, 0, 0, 9, 0, 0, 0, 9], { seasonLength: 1 })).toMatch(
      /^[^;]+ \(intermittent demand, 9 of 12 periods zero; lowest holdout error of moving average, SES, Croston, SBA and TSB\); /,
    );
  });
});

describe("SOP.FORECASTMETHOD: the holdout and the band on a straight line", () => {
  // 85 75 ... 5: a straight line, which Holt's linear trend fits exactly. Holdout of
  // min(12, 12 / 4) = 3 after the first 9 values (85 to 5): -5, -15, -25.

  it("a history with negative values is neither forecast nor banded above 0", () => {
    // Going on below 0: the holdout forecasts match exactly (0.0 %); the whole line fitted
    // without error, next period -35 and 12 ahead -25 - 120 = -145, a band of no width in units.
    const y = Array.from({ length: 12 }, (_, t) => 85 - 10 * t);
    const c = clauses(describeMethod(y, { method: "HOLT" }));
    expect([c[1], c[3], c[4]]).toEqual([
      "Holt linear trend (method given)",
      "holdout sMAPE 0.0 %",
      "80 % band -35 to -35 next period, -145 to -145 at 12 periods",
    ]);
  });

  it("a history below 0 throughout is not clipped at 0 either", () => {
    // Naive on -10 -12 -11 -13: forecast -13; steps -2, 1, -2, sigma2 = 9 / 3 = 3. Next period
    // -13 -+ 1.4 z sqrt(3) = -13 -+ 3.1076: -16.11 to -9.89; 12 ahead -13 -+ 1.4 z sqrt(36) =
    // -13 -+ 10.7650: -23.77 to -2.23. A forecast below 0 is given in units.
    expect(describeMethod([-10, -12, -11, -13], { method: "NAIVE" })).toBe(
      "No season (4 values: fewer than two cycles of 4 periods to test one); Naive (method given); 80 % band -16.11 to -9.89 next period, -23.77 to -2.23 at 12 periods",
    );
  });

  it("demand is forecast at 0, not below, on the holdout and in the band", () => {
    // Then 0 0 0: the holdout forecasts -5 -15 -25 are clipped at 0 for demand and meet the
    // three 0s (0 = 0 counts as no error): 0.0 %, not 200 %. The forecast of the whole history
    // is clipped at 0 too, so the band is in units from 0.
    const y = [85, 75, 65, 55, 45, 35, 25, 15, 5, 0, 0, 0];
    const c = clauses(describeMethod(y, { method: "HOLT" }));
    expect([c[1], c[3]]).toEqual(["Holt linear trend (method given)", "holdout sMAPE 0.0 %"]);
    expect(c[4]).toMatch(/^80 % band 0 to \d+(\.\d\d)? next period, 0 to \d+(\.\d\d)? at 12 periods$/);
  });
});
