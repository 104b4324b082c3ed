/**
 * SOP.FORECASTMETHOD's text (describeMethod) on hand-made series, whole strings. The band widths
 * are hand calculations with z = qnorm(0.9) = 1.2815515655446004; percentages are rounded.
 */
import { describeMethod } from "../../../src/core/forecast";

const INDEX = [0.8, 0.9, 1.0, 1.2, 1.3, 1.1, 1.0, 0.9, 0.8, 0.9, 1.0, 1.1];

describe("SOP.FORECASTMETHOD in a planner's words", () => {
  it("a season length of 1 given, naive: the band from the mean squared step", () => {
    // Steps 2, -1, 2: sigma2 = 9 / 3 = 3. Next period: z sqrt(3) = 2.2197 of 13 = 17.1 %;
    // 12 ahead: z sqrt(36) = 7.6893 of 13 = 59.1 %. Four values: too few for a holdout (4 needed
    // to fit after leaving 1 out).
    expect(describeMethod([10, 12, 11, 13], { method: "NAIVE", seasonLength: 1 })).toBe(
      "No season (season length 1 given); Naive (method given); 80 % band ±17 % of the forecast next period, ±59 % at 12 periods",
    );
  });

  it("a season found by the F test, seasonal naive", () => {
    // Two cycles of 500 x the indices, the second +20 / -20 in turn: a season every position
    // repeats (p far below 0.001). Seasonal steps y(t) - y(t - 12) = +-20: sigma2 = 400,
    // half-width z x 20 = 25.631 at every step of the first cycle. Next period's forecast is
    // the second cycle's first value 400 + 20 = 420: 6.1 %; 12 ahead, its last, 550 - 20 = 530:
    // 4.8 %. Holdout: a seasonal method needs 24 values after leaving 12 out.
    const y = Array.from({ length: 24 }, (_, t) => 500 * INDEX[t % 12] + (t >= 12 ? (t % 2 === 0 ? 20 : -20) : 0));
    expect(describeMethod(y, { method: "SNAIVE" })).toBe(
      "Season of 12 periods (found: stable-seasonality F test p < 0.001); Seasonal naive (method given); 80 % band ±6 % of the forecast next period, ±5 % at 12 periods",
    );
  });

  it("a season given on fewer than two cycles, with a holdout", () => {
    // 18 values: fourteen 10s, then 12, 8, 10, 10. Holdout: naive on the first 14 forecasts 10
    // for 12, 8, 10, 10: sMAPE (2 x 2 / 22 + 2 x 2 / 18 + 0 + 0) / 4 = 10.1 %. Steps: 2, -4, 2,
    // 0 and thirteen 0s: sigma2 = 24 / 17; next period z sqrt(24 / 17) = 1.5227 of 10 = 15.2 %,
    // 12 ahead z sqrt(12 x 24 / 17) = 5.2748 of 10 = 52.7 %.
    const y = [...new Array<number>(14).fill(10), 12, 8, 10, 10];
    expect(describeMethod(y, { method: "NAIVE", seasonLength: 12 })).toBe(
      "No season (12 given, but 18 values are fewer than two cycles); Naive (method given); holdout sMAPE 10.1 %; 80 % band ±15 % of the forecast next period, ±53 % at 12 periods",
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
    // Next period z sqrt(41 / 9) = 2.7353 of 9 = 30.4 %; 12 ahead z sqrt(66 / 8) sqrt(6) = 9.0164:
    // 9 + 9.0164 = +100.2 %, and 9 - 9.0164 clipped at 0 = -100 %.
    expect(describeMethod([0, 0, 0, 5, 5, 5, 5, 5, 5, 9])).toBe(
      "Moving average (intermittent demand, 3 of 10 periods zero; lowest holdout error of moving average, SES, Croston and SBA); window 1; holdout sMAPE 28.6 %; 80 % band ±30 % of the forecast next period, ±100 % at 12 periods",
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
