/**
 * AUTO with two cycles of history (issue 12), against R's forecast package on the same real series
 * as accuracyVsR.test.ts. scripts/reference/forecast.R takes each series' last three cycles (36
 * months, or 12 quarters for UKgas and woolyrnq), fits ets(), snaive() and thetaf() on the first
 * two and forecasts the third; test/fixtures/forecast/short.json holds the data, the forecasts,
 * sMAPE and MASE (scaled by the in-sample seasonal naive MAE). AUTO gets the same 24 (or 8)
 * values and detects the season length itself; R knows the frequency from the ts object.
 *
 * Stated margins: AUTO's mean sMAPE is no worse than seasonal naive's and no worse than ets's
 * (which, with two cycles, fits no season). Measured: docs/forecast.md.
 */
import { forecast } from "../../../src/core/forecast";
import { isSopError } from "../../../src/core/errors";
import { mase, mean, readFixture, smape } from "./rMeasures";

interface Scored {
  forecast: number[];
  smape: number;
  mase: number;
}
interface ShortFixture {
  frequency: number;
  horizon: number;
  train: number[];
  test: number[];
  ets: Scored & { model: string };
  snaive: Scored;
  thetaf: Scored;
}

const fixture = readFixture<{ series: Record<string, ShortFixture> }>("short.json");
const names = Object.keys(fixture.series);

const ours = names.map((name) => {
  const s = fixture.series[name];
  const r = forecast(s.train, s.horizon);
  if (isSopError(r)) throw new Error(`${name}: ${r.toString()}`);
  return { name, r, smape: smape(s.test, r.values), mase: mase(s.test, r.values, s.train, s.frequency), s };
});

describe("two cycles of history: the fixture", () => {
  it("holds the twelve real series, two cycles to fit and one held out", () => {
    expect(names.length).toBe(12);
    for (const name of names) {
      const s = fixture.series[name];
      expect([name, s.train.length, s.test.length]).toEqual([name, 2 * s.frequency, s.frequency]);
    }
  });

  it.each(names)("%s: sMAPE and MASE of R's forecasts agree with the shared accuracy core", (name) => {
    const s = fixture.series[name];
    for (const k of ["ets", "snaive", "thetaf"] as const) {
      expect(smape(s.test, s[k].forecast)).toBeCloseTo(s[k].smape, 9);
      expect(mase(s.test, s[k].forecast, s.train, s.frequency)).toBeCloseTo(s[k].mase, 9);
    }
  });
});

describe("AUTO on two cycles of history", () => {
  it("finds each series' season length", () => {
    for (const o of ours) expect([o.name, o.r.seasonLength]).toEqual([o.name, o.s.frequency]);
  });

  it("has a mean sMAPE no worse than seasonal naive", () => {
    expect(mean(ours.map((o) => o.smape))).toBeLessThanOrEqual(mean(ours.map((o) => o.s.snaive.smape)));
  });

  it("has a mean sMAPE and MASE no worse than R's ets", () => {
    expect(mean(ours.map((o) => o.smape))).toBeLessThanOrEqual(mean(ours.map((o) => o.s.ets.smape)));
    expect(mean(ours.map((o) => o.mase))).toBeLessThanOrEqual(mean(ours.map((o) => o.s.ets.mase)));
  });
});
