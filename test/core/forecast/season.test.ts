/**
 * Season length detection on real series (R datasets): the expected lengths are the series'
 * own frequencies as R records them (frequency(AirPassengers) = 12, frequency(UKgas) = 4, ...);
 * Nile and airmiles are annual series (no season).
 */
import * as fs from "fs";
import * as path from "path";
import { detectSeasonLength } from "../../../src/core/forecast";
import { despiked, isSeasonal, robustDetrended, seasonTest } from "../../../src/core/forecast/season";
import { fUpperTail } from "../../../src/core/forecast/fdist";

const ets = JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/forecast/ets.json"), "utf8")) as {
  series: Record<string, { frequency: number; train: number[] }>;
};
const fixed = JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/forecast/fixed.json"), "utf8")) as Record<
  string,
  { y: number[] }
>;
/** The robust detrending written with R's lm, median and mad (scripts/reference/season.R). */
const robust = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../fixtures/forecast/season.json"), "utf8"),
) as Record<"even" | "odd", { m: number; y: number[]; detrended: number[]; f: number; p: number }>;

describe("detectSeasonLength", () => {
  it.each(Object.keys(ets.series))("finds R's frequency for %s", (name) => {
    const s = ets.series[name];
    expect(detectSeasonLength(s.train)).toBe(s.frequency);
  });

  it("finds 12 in the last four years of a monthly series", () => {
    expect(detectSeasonLength(ets.series.ldeaths.train.slice(-48))).toBe(12);
    expect(detectSeasonLength(ets.series.AirPassengers.train.slice(-48))).toBe(12);
  });

  it.each([
    ["Nile", fixed.ses_nile.y],
    ["airmiles", fixed.holt_airmiles.y],
  ])("finds no season in the annual series %s", (_name, y) => {
    expect(detectSeasonLength(y)).toBe(1);
  });

  it("returns 1 for a straight line, a constant and a very short history", () => {
    expect(detectSeasonLength(Array.from({ length: 40 }, (_, i) => 3 * i + 5))).toBe(1);
    expect(detectSeasonLength(new Array(40).fill(7))).toBe(1);
    expect(detectSeasonLength([1, 2, 3, 4, 5])).toBe(1);
  });

  it("finds 12 in two years of monthly data (24 values), where the lag-12 autocorrelation test cannot", () => {
    // Summer peak of about +/-25 % around 2,000 with a little growth and alternating noise.
    const y = Array.from(
      { length: 24 },
      (_, t) => (2000 + 5 * t) * (1 + 0.25 * Math.cos((2 * Math.PI * (t - 5)) / 12)) + (t % 2 ? 40 : -40),
    );
    expect(detectSeasonLength(y)).toBe(12);
    // Every real monthly series of the reference set, cut to its 24 months before the last 12.
    for (const name of Object.keys(ets.series)) {
      const s = ets.series[name];
      const all = [...s.train, ...(ets.series[name] as unknown as { test: number[] }).test];
      const window = all.slice(-3 * s.frequency, -s.frequency);
      expect([name, detectSeasonLength(window)]).toEqual([name, s.frequency]);
    }
  });

  it("never answers 13 (or any other length than 4, 7, 12, 52)", () => {
    for (const name of Object.keys(ets.series)) {
      const y = ets.series[name].train;
      for (let len = 24; len <= y.length; len += 7)
        expect([4, 7, 12, 52, 1]).toContain(detectSeasonLength(y.slice(-len)));
    }
  });

  it("keeps the season through one outlier", () => {
    const y = Array.from({ length: 24 }, (_, t) => 100 + 30 * Math.sin((2 * Math.PI * t) / 12) + (t % 3) - 1);
    expect(detectSeasonLength(y)).toBe(12);
    y[9] = 2000; // one mistyped month, 20 times the level
    expect(detectSeasonLength(y)).toBe(12);
  });

  it("finds 4 in two years of quarters", () => {
    expect(detectSeasonLength([12, 30, 18, 7, 15, 34, 17, 10])).toBe(4);
  });

  it("F statistic and p-value of the stable-seasonality test agree with R's anova on the detrended series", () => {
    // R: y <- c(12, 30, 18, 7, 15, 34, 17, 10, 14, 31, 21, 9); t <- seq_along(y)
    //    anova(lm(resid(lm(y ~ t)) ~ factor((t - 1) %% 4)))  ->  F 73.2976930339477, p 3.6842459640044e-06
    const t = seasonTest([12, 30, 18, 7, 15, 34, 17, 10, 14, 31, 21, 9], 4)!;
    expect(t.f).toBeCloseTo(73.2976930339477, 9);
    expect(t.pValue / 3.6842459640044e-6).toBeCloseTo(1, 9);
    expect(isSeasonal([12, 30, 18, 7, 15, 34, 17, 10, 14, 31, 21, 9], 4)).toBe(true);
    expect(seasonTest([1, 2, 3, 4, 5, 6, 7], 4)).toBeUndefined();
  });

  it("F upper tail agrees with R's pf", () => {
    // R: pf(f, d1, d2, lower.tail = FALSE)
    expect(fUpperTail(2.21, 11, 12)).toBeCloseTo(0.0944183417806854, 12);
    expect(fUpperTail(4.42, 11, 12)).toBeCloseTo(0.008287175438316, 12);
    expect(fUpperTail(1.5, 3, 20)).toBeCloseTo(0.245052011593967, 12);
    expect(fUpperTail(0.3, 1, 1)).toBeCloseTo(0.680994279960023, 12);
    expect(fUpperTail(30, 4, 100) / 2.13911268328871e-16).toBeCloseTo(1, 9);
    expect(fUpperTail(2.16603061709638, 11, 12)).toBeCloseTo(0.1, 12); // qf(0.9, 11, 12)
  });
});

describe("the stable-seasonality test by hand", () => {
  // Histories symmetric about their middle have a flat least-squares line: the detrended values
  // are the values minus their mean. None of these has a spike (each value's deviation from its
  // neighbours is within 4 robust standard deviations of all of them) or a value to clip.
  // F(2, 3) has a closed upper tail: P(F > f) = (1 + 2 f / 3)^(-3 / 2).
  it("groups by position in the cycle: F, its p-value and the adjusted R^2 (m = 3)", () => {
    // 1 5 3 3 5 1, mean 3: x = -2 2 0 0 2 -2. Position means -1, 2, -1 (mean 0).
    // SSB = 2 (1 + 4 + 1) = 12, SSW = (1 + 1) + 0 + (1 + 1) = 4, SST = 16.
    // F = (12 / 2) / (4 / 3) = 4.5, p = 4^(-3/2) = 0.125; adjusted R^2 = 1 - (4 / 3) / (16 / 5) = 7 / 12.
    const t = seasonTest([1, 5, 3, 3, 5, 1], 3)!;
    expect(t.m).toBe(3);
    expect(t.f).toBeCloseTo(4.5, 10);
    expect(t.pValue).toBeCloseTo(0.125, 10);
    expect(t.adjustedR2).toBeCloseTo(7 / 12, 10);
    expect(isSeasonal([1, 5, 3, 3, 5, 1], 3)).toBe(false);
    expect(robustDetrended([1, 5, 3, 3, 5, 1], 3).map((v) => v + 0)).toEqual(
      [-2, 2, 0, 0, 2, -2].map((v) => expect.closeTo(v, 12)),
    );
  });

  it("is significant below 10 %: the same season with less noise", () => {
    // 1.5 5 2.5 2.5 5 1.5, mean 3: x = -1.5 2 -0.5 -0.5 2 -1.5; position means -1, 2, -1.
    // SSB = 12, SSW = 0.5 + 0 + 0.5 = 1, SST = 13: F = 6 / (1 / 3) = 18, p = 13^(-3/2) = 0.0213346;
    // adjusted R^2 = 1 - (1 / 3) / (13 / 5) = 34 / 39.
    const y = [1.5, 5, 2.5, 2.5, 5, 1.5];
    const t = seasonTest(y, 3)!;
    expect(t.f).toBeCloseTo(18, 9);
    expect(t.pValue).toBeCloseTo(13 ** -1.5, 10);
    expect(t.adjustedR2).toBeCloseTo(34 / 39, 10);
    expect(isSeasonal(y, 3)).toBe(true);
  });

  it("has an infinite F for a season without noise, and none for a constant", () => {
    // 1 4 1 1 4 1 (m = 3): every position holds equal values, SSW = 0.
    expect(seasonTest([1, 4, 1, 1, 4, 1], 3)).toEqual({ m: 3, f: Number.POSITIVE_INFINITY, pValue: 0, adjustedR2: 1 });
    expect(seasonTest([5, 5, 5, 5, 5, 5], 3)).toEqual({ m: 3, f: 0, pValue: 1, adjustedR2: 0 });
    expect(isSeasonal([5, 5, 5, 5, 5, 5], 3)).toBe(false);
  });

  it("tests a season of length 2 (F(1, 2) has the upper tail 1 - sqrt(f / (2 + f)))", () => {
    // 1 5 1 5 against 1..4: slope 4 / 5 = 0.8, intercept 3 - 0.8 x 2.5 = 1; line 1.8 2.6 3.4 4.2,
    // x = -0.8 2.4 -2.4 0.8 (nothing to clip: bound 3 x 1.4826 x 1.6). Position means -1.6, 1.6:
    // SSB = 4 x 2.56 = 10.24, SSW = 4 x 0.64 = 2.56, SST = 12.8. F = 10.24 / (2.56 / 2) = 8,
    // p = 1 - sqrt(0.8); adjusted R^2 = 1 - (2.56 / 2) / (12.8 / 3) = 0.7.
    const t = seasonTest([1, 5, 1, 5], 2)!;
    expect(t.f).toBeCloseTo(8, 9);
    expect(t.pValue).toBeCloseTo(1 - Math.sqrt(0.8), 10);
    expect(t.adjustedR2).toBeCloseTo(0.7, 10);
  });

  it("needs a whole season length of 2 or more and two full cycles", () => {
    expect(seasonTest([1, 5, 3, 3, 5, 1], 2.5)).toBeUndefined();
    expect(seasonTest([1, 5, 3, 3, 5, 1], 1)).toBeUndefined();
    expect(seasonTest([1, 5, 3, 3, 5], 3)).toBeUndefined();
    expect(seasonTest([1, 5, 3, 3, 5, 1, 2], 3)).toBeDefined();
    expect(isSeasonal([1, 5, 3, 3, 5], 3)).toBe(false);
  });
});

describe("the robust detrending against R", () => {
  // 12 and 15 values without a one-off spike: the medians of an even and of an odd count, the
  // residuals pulled back to 3 robust standard deviations and the three refits of the line all
  // move the result (without the pull-back the largest residual of the 12 would be 5.61, not 4.24).
  it.each(["even", "odd"] as const)("pulls back and refits the line as R does (%s count)", (name) => {
    const r = robust[name];
    expect(robustDetrended(r.y, r.m)).toEqual(r.detrended.map((v) => expect.closeTo(v, 9)));
    const t = seasonTest(r.y, r.m)!;
    expect(t.f).toBeCloseTo(r.f, 9);
    expect(t.pValue).toBeCloseTo(r.p, 9);
  });
});

describe("despiked", () => {
  // 10 11 10 11 40 11 10 11 10 11: deviations from the neighbours' mean
  // -1 1 -1 -14 29 -14 -1 1 -1 1; their median -1, absolute deviations from it
  // 0 2 0 13 30 13 0 2 0 2, median 2: bound 4 x 1.4826 x 2 = 11.86. Three exceed it; the largest,
  // 29 at period 4, is replaced by its neighbours' mean, 11 (one round: n / 10 = 1).
  const y = [10, 11, 10, 11, 40, 11, 10, 11, 10, 11];

  it("replaces the largest one-off spike by its neighbours' mean", () => {
    expect(despiked(y, 1)).toEqual([10, 11, 10, 11, 11, 11, 10, 11, 10, 11]);
    // With m = 2 the same position of the other cycles (periods 0, 2, 6, 8) deviates the other way.
    expect(despiked(y, 2)).toEqual([10, 11, 10, 11, 11, 11, 10, 11, 10, 11]);
  });

  it("keeps a peak that recurs a cycle later, at least half as large", () => {
    // 24 values alternating 10 and 11 with 40 at periods 4 and 16 (m = 12). Deviations: 29 at
    // each peak, -14 on either side of it, +-1 elsewhere: median -1, absolute deviations from it
    // 13 (4), 0 (10), 2 (8), 30 (2), median 2: the same bound, 11.86. With m = 12 each peak
    // (and each -14 beside it) has its like a cycle away: nothing is replaced.
    const peaks = Array.from({ length: 24 }, (_, t) => (t === 4 || t === 16 ? 40 : t % 2 === 0 ? 10 : 11));
    expect(despiked(peaks, 12)).toEqual(peaks);
    // Without a season both are replaced, the first of the equal two first (three rounds:
    // 24 / 10 rounded up; the third finds no deviation beyond the bound).
    const flat = peaks.map((v, t) => (t === 4 || t === 16 ? 11 : v));
    expect(despiked(peaks, 1)).toEqual(flat);
  });

  it("replaces a spike at either end by its one neighbour", () => {
    expect(despiked([40, 11, 10, 11, 10, 11, 10, 11, 10, 11], 1)[0]).toBe(11);
    expect(despiked([10, 11, 10, 11, 10, 11, 10, 11, 10, 40], 1)[9]).toBe(10);
  });

  it("replaces a spike by the mean of its two neighbours, not of one of them", () => {
    // 10 11 10 11 40 12 10 11 10 11: deviations -1 1 -1 -14 28.5 -13 -1.5 1 -1 1, median -1;
    // absolute deviations from it 0 2 0 13 29.5 12 0.5 2 0 2, median 2: bound 11.86. The largest,
    // 28.5 at period 4, becomes (11 + 12) / 2.
    expect(despiked([10, 11, 10, 11, 40, 12, 10, 11, 10, 11], 1)[4]).toBe(11.5);
  });

  it("keeps peaks that recur at season length 2", () => {
    // 20 values alternating 10 and 11, with 40 at periods 4 and 6 (the same position for m = 2).
    // Deviations: -14 29 -29 29 -14 at periods 3..7, -1 (eight) and +1 (seven) elsewhere: median
    // -1, absolute deviations from it 0 (eight), 2 (seven), 13, 13, 28, 30, 30, median 2: bound
    // 11.86; two rounds (20 / 10).
    const y = Array.from({ length: 20 }, (_, t) => (t === 4 || t === 6 ? 40 : t % 2 === 0 ? 10 : 11));
    // m = 1: the first 29 (period 4) becomes 11; then period 6 deviates 40 - 11 = 29: 11 too.
    expect(despiked(y, 1).slice(2, 9)).toEqual([10, 11, 11, 11, 11, 11, 10]);
    // m = 2: each peak has the other 2 periods away, and each -14 another -14 4 periods away;
    // the trough -29 at period 5 has no like among the odd periods (-14 is less than half): it is
    // the one replaced, by (40 + 40) / 2. Then 14.5 at periods 4 and 6 recur: nothing more.
    expect(despiked(y, 2).slice(2, 9)).toEqual([10, 11, 40, 40, 40, 11, 10]);
  });

  it("despikes three values, and leaves a history whose typical deviation is 0 as it is", () => {
    // 0 10 1: deviations -10, 9.5, -9, median -9; absolute deviations 1, 18.5, 0, median 1:
    // bound 5.93. The largest, -10 at period 0, takes its one neighbour's value.
    expect(despiked([0, 10, 1], 1)).toEqual([10, 10, 1]);
    // Ten 1s and a 5: deviations 0 (nine), -2, 4; median 0 and median absolute deviation 0: no
    // bound, nothing replaced (the 5 is not measured against a spread of 0).
    const y = [...new Array<number>(10).fill(1), 5];
    expect(despiked(y, 1)).toEqual(y);
  });

  // 40 10 11 10 11 11 10 11 10 40: deviations 30 -15.5 1 -1 0.5 0.5 -1 1 -15.5 30, median
  // (0.5 + 0.5) / 2 = 0.5; absolute deviations from it 29.5 16 0.5 1.5 0 0 1.5 0.5 16 29.5, median
  // 1.5: bound 4 x 1.4826 x 1.5 = 8.90. One round (10 / 10).
  it("replaces the earlier of two equally large spikes when only one round is allowed", () => {
    // Both ends deviate by 30: the first, period 0, takes its neighbour's 10; period 9 stays.
    expect(despiked([40, 10, 11, 10, 11, 11, 10, 11, 10, 40], 1)).toEqual([10, 10, 11, 10, 11, 11, 10, 11, 10, 40]);
  });

  it("does not keep a spike because the same position of another cycle deviates the other way", () => {
    // The last value -20 instead of 40: deviations 30 -15.5 1 -1 0.5 0.5 -1 1 14.5 -30, the
    // same median 0.5 and absolute deviations 29.5 16 0.5 1.5 0 0 1.5 0.5 14 30.5 (median 1.5).
    // With m = 3, periods 0 and 9 are one position: +30 and -30 are no recurring peak, and each
    // is larger than 8.90. The first of the two is replaced (one round); were the opposite signs
    // taken as recurring, both would stay and the -15.5 at period 1 would be replaced instead.
    expect(despiked([40, 10, 11, 10, 11, 11, 10, 11, 10, -20], 3)).toEqual([10, 10, 11, 10, 11, 11, 10, 11, 10, -20]);
  });

  it("leaves fewer than three values, and a history without spread, as they are", () => {
    expect(despiked([1, 100], 1)).toEqual([1, 100]);
    expect(despiked([5, 5, 5, 5, 5], 1)).toEqual([5, 5, 5, 5, 5]);
  });
});
