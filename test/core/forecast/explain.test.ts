/**
 * SOP.FORECASTMETHOD's text (describeMethod) on hand-made series, whole strings. The band widths
 * are hand calculations with z = qnorm(0.9) = 1.2815515655446004 and the band calibration 1.4
 * (every band's distances from the forecast times 1.4, see interval.ts); percentages are rounded.
 */
import { describeMethod } from "../../../src/core/forecast";

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
