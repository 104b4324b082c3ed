/**
 * Season length detection on real series (R datasets): the expected lengths are the series'
 * own frequencies as R records them (frequency(AirPassengers) = 12, frequency(UKgas) = 4, ...);
 * Nile and airmiles are annual series (no season).
 */
import * as fs from "fs";
import * as path from "path";
import { detectSeasonLength } from "../../../src/core/forecast";
import { isSeasonal, seasonTest } from "../../../src/core/forecast/season";
import { fUpperTail } from "../../../src/core/forecast/fdist";

const ets = JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/forecast/ets.json"), "utf8")) as {
  series: Record<string, { frequency: number; train: number[] }>;
};
const fixed = JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/forecast/fixed.json"), "utf8")) as Record<
  string,
  { y: number[] }
>;

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
