/**
 * The exponential smoothing recursions of src/core/forecast/ets.ts on small histories worked
 * by hand from the equations in its header (ets.test.ts compares them with R on long series):
 * what a model without a trend or season ignores, where the next seasonal states start, a run
 * that breaks down, the forecasts from every origin, the damped forecasts and the class-1
 * variance with a damped trend.
 */
import {
  class1Variance,
  etsForecast,
  etsOriginForecasts,
  runEts,
  type EtsInit,
  type EtsParams,
  type EtsSpec,
} from "../../../src/core/forecast/ets";

const SES: EtsSpec = { trend: "N", season: "N", m: 4 };
const HOLT: EtsSpec = { trend: "A", season: "N", m: 1 };
const ADD2: EtsSpec = { trend: "N", season: "A", m: 2 };
const MULT2: EtsSpec = { trend: "N", season: "M", m: 2 };
const par = (alpha: number, beta = 0, gamma = 0, phi = 1): EtsParams => ({ alpha, beta, gamma, phi });
const init = (level: number, trend = 0, season: number[] = []): EtsInit => ({ level, trend, season });

/** Every visit of `etsOriginForecasts`, as [period, step, forecast]. */
function origins(y: readonly number[], spec: EtsSpec, p: EtsParams, i: EtsInit, h: number): number[][] {
  const out: number[][] = [];
  etsOriginForecasts(y, spec, p, i, h, (period, step, f) => out.push([period, step, f]));
  return out;
}

describe("runEts", () => {
  it("SES: a trend, beta and phi given are ignored; no seasonal states out", () => {
    // y = 1, 3, 2, 6 from level 2, alpha 0.5: forecasts 2, 1.5, 2.25, 2.125, final level 4.0625.
    const run = runEts([1, 3, 2, 6], SES, par(0.5, 0.3, 0, 0.9), init(2, 5, [7, 7, 7, 7]));
    expect(run).toEqual({
      fitted: [2, 1.5, 2.25, 2.125],
      sse: 1 + 2.25 + 0.0625 + 3.875 ** 2,
      level: 4.0625,
      trend: 0,
      season: [],
      ok: true,
    });
  });

  it("without the fitted values kept: the same SSE and states, no fitted values", () => {
    const y = [1, 5, 2, 6, 3];
    const kept = runEts(y, ADD2, par(0.5, 0, 0.5), init(3, 0, [-2, 2]));
    const notKept = runEts(y, ADD2, par(0.5, 0, 0.5), init(3, 0, [-2, 2]), false);
    expect(notKept).toEqual({ ...kept, fitted: [] });
    expect(kept.fitted).toHaveLength(5);
  });

  it("the next seasonal states start at the position after the last value", () => {
    // m = 3, gamma = 0: the states stay 1, -3, 2. After 4 values the next period is position 1,
    // after 3 values position 0. alpha = 0: the level stays 10.
    const spec: EtsSpec = { trend: "N", season: "A", m: 3 };
    const after = (n: number): number[] =>
      runEts([11, 7, 12, 11].slice(0, n), spec, par(0), init(10, 0, [1, -3, 2])).season;
    expect(after(4)).toEqual([-3, 2, 1]);
    expect(after(3)).toEqual([1, -3, 2]);
    expect(after(2)).toEqual([2, 1, -3]);
  });

  it("the initial seasonal states are not changed", () => {
    const season = [-2, 2];
    runEts([1, 5, 2, 6], ADD2, par(0.5, 0, 0.5), init(3, 0, season));
    expect(season).toEqual([-2, 2]);
  });

  it("a multiplicative run breaks down at a level <= 0: Infinity, not ok, the states where it stopped", () => {
    // From level 4, states 0.5 and 1.5, alpha = gamma = 0.5: 2 and 6 fit exactly; -100 against
    // a forecast of 2 (error -102) takes the level to 4 - 0.5 x 102 / 0.5 = -98, so the fourth
    // value has no forecast.
    const run = runEts([2, 6, -100, 9], MULT2, par(0.5, 0, 0.5), init(4, 0, [0.5, 1.5]));
    expect([run.ok, run.sse, run.level, run.trend]).toEqual([false, Number.POSITIVE_INFINITY, -98, 0]);
    expect(run.fitted.slice(0, 3)).toEqual([2, 6, 2]);
    expect(3 in run.fitted).toBe(false);
  });

  it("a multiplicative run breaks down at a level of 0 or a seasonal state of 0 or below, before any update", () => {
    for (const [level, season] of [
      [0, [1, 1]],
      [4, [0, 2]],
      [4, [-0.5, 2.5]],
      [Number.NaN, [1, 1]],
    ] as const) {
      const run = runEts([2, 6], MULT2, par(0.5, 0, 0.5), init(level, 0, [...season]));
      expect([level, season, run.ok, run.sse, run.fitted.length, 0 in run.fitted]).toEqual([
        level,
        season,
        false,
        Number.POSITIVE_INFINITY,
        2,
        false,
      ]);
      expect(run.level).toBe(level);
    }
    // a state of 0 at the second position: the first value fits (forecast 4 x 2 = 8, error 0).
    const second = runEts([8, 6], MULT2, par(0.5, 0, 0.5), init(4, 0, [2, 0]));
    expect([second.ok, second.fitted[0], second.level]).toEqual([false, 8, 4]);
  });

  it("a run whose trend overflows while the level stays finite is not ok", () => {
    // From level -1e308 and trend 1e308 the forecast is 0; the error 1.5e308 moves the level by
    // 1e-4 of it (finite) and the trend by all of it (1e308 + 1.5e308 overflows).
    const run = runEts([1.5e308], HOLT, par(1e-4, 1, 0, 1), init(-1e308, 1e308));
    expect([run.ok, run.fitted[0], Number.isFinite(run.level), run.trend]).toEqual([
      false,
      0,
      true,
      Number.POSITIVE_INFINITY,
    ]);
  });

  it("a run whose level overflows is not ok: its forecast kept, no later one", () => {
    // alpha 19 (the recursion takes any) from level 0: 1e307 moves the level to 1.9e308, which
    // overflows; the value after it gets no forecast.
    const run = runEts([1e307, 5], SES, par(19), init(0));
    expect([run.ok, run.level, run.sse, run.fitted[0], 1 in run.fitted]).toEqual([
      false,
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      0,
      false,
    ]);
  });
});

describe("etsForecast", () => {
  it("damped trend: the level plus (phi + ... + phi^k) times the trend", () => {
    const run = { fitted: [], sse: 0, level: 10, trend: 2, season: [], ok: true };
    expect(etsForecast(run, HOLT, par(0.5, 0.1, 0, 0.5), 3)).toEqual([11, 11.5, 11.75]);
    expect(etsForecast(run, HOLT, par(0.5, 0.1, 0, 1), 3)).toEqual([12, 14, 16]);
    // no trend: the trend state and phi are not read
    expect(etsForecast(run, SES, par(0.5, 0.1, 0, 0.5), 2)).toEqual([10, 10]);
    expect(etsForecast(run, HOLT, par(0.5), 0)).toEqual([]);
  });

  it("seasons repeat past one cycle, added or multiplied", () => {
    const run = { fitted: [], sse: 0, level: 10, trend: 1, season: [2, 0.5], ok: true };
    const addTrend: EtsSpec = { trend: "A", season: "A", m: 2 };
    expect(etsForecast(run, addTrend, par(0.5), 3)).toEqual([13, 12.5, 15]);
    expect(etsForecast(run, { trend: "A", season: "M", m: 2 }, par(0.5), 3)).toEqual([22, 6, 26]);
    expect(etsForecast(run, MULT2, par(0.5), 3)).toEqual([20, 5, 20]);
  });
});

describe("etsOriginForecasts", () => {
  it("SES: from each origin the level so far, for each step that stays inside the history", () => {
    // Levels 2, 1.5, 2.25, 2.125 after 0..3 values (alpha 0.5 from 2 on 1, 3, 2, 6).
    expect(origins([1, 3, 2, 6], SES, par(0.5), init(2), 2)).toEqual([
      [0, 1, 2],
      [1, 2, 2],
      [1, 1, 1.5],
      [2, 2, 1.5],
      [2, 1, 2.25],
      [3, 2, 2.25],
      [3, 1, 2.125],
    ]);
  });

  it("damped Holt: each step adds phi^k of the trend", () => {
    // y = 3, 5, 4 from level 1, trend 2, alpha 0.5, beta 0.25, phi 0.5. Origin 0: 1 + 1,
    // 1 + 1.5, 1 + 1.75. Then error 3 - 2 = 1: level 2.5, trend 1 + 0.25 = 1.25; origin 1:
    // 2.5 + 0.625, 2.5 + 0.9375. Then error 5 - 3.125 = 1.875: level 4.0625, trend 0.625 +
    // 0.46875 = 1.09375; origin 2: 4.0625 + 0.546875.
    expect(origins([3, 5, 4], HOLT, par(0.5, 0.25, 0, 0.5), init(1, 2), 3)).toEqual([
      [0, 1, 2],
      [1, 2, 2.5],
      [2, 3, 2.75],
      [1, 1, 3.125],
      [2, 2, 3.4375],
      [2, 1, 4.609375],
    ]);
  });

  it("additive season: the state of the forecast period's own position", () => {
    // y = 1, 5, 2, 6 from level 3, states -2, 2, alpha = gamma = 0.5: the first two fit exactly;
    // 2 against 1 moves the level to 3.5 and the first state to -1.5.
    expect(origins([1, 5, 2, 6], ADD2, par(0.5, 0, 0.5), init(3, 0, [-2, 2]), 2)).toEqual([
      [0, 1, 1],
      [1, 2, 5],
      [1, 1, 5],
      [2, 2, 1],
      [2, 1, 1],
      [3, 2, 5],
      [3, 1, 5.5],
    ]);
  });

  it("multiplicative season: the level times the state; no origin after the run breaks down", () => {
    // As in runEts's breakdown: after -100 the level is -98 and the first state 0.5 - 0.5 x 102
    // / 4 = -12.25. The origin after it still forecasts -98 x 1.5 = -147, then the update fails
    // (the level is not above 0) and no later origin is visited.
    expect(origins([2, 6, -100, 9, 3], MULT2, par(0.5, 0, 0.5), init(4, 0, [0.5, 1.5]), 1)).toEqual([
      [0, 1, 2],
      [1, 1, 6],
      [2, 1, 2],
      [3, 1, -147],
    ]);
  });

  it("no origin after the level overflows", () => {
    // alpha 19 from 0 on 1e307: the level becomes 1.9e308, Infinity.
    expect(origins([1e307, 5], SES, par(19), init(0), 1)).toEqual([[0, 1, 0]]);
  });

  it("the initial seasonal states are not changed", () => {
    const season = [-2, 2];
    origins([1, 5, 2, 6], ADD2, par(0.5, 0, 0.5), init(3, 0, season), 2);
    expect(season).toEqual([-2, 2]);
  });
});

describe("class1Variance", () => {
  it("damped trend and additive season: c_j = alpha + beta (phi + ... + phi^j) + gamma at whole cycles", () => {
    // alpha 0.5, beta 0.1, gamma 0.2, phi 0.5, m = 2: c1 = 0.5 + 0.1 x 0.5 = 0.55,
    // c2 = 0.5 + 0.1 x 0.75 + 0.2 = 0.775, c3 = 0.5 + 0.1 x 0.875 = 0.5875.
    const v = class1Variance({ trend: "A", season: "A", m: 2 }, par(0.5, 0.1, 0.2, 0.5), 2, 4);
    const c = [0.55, 0.775, 0.5875].map((x) => x * x);
    expect(v).toEqual(
      [2, 2 * (1 + c[0]), 2 * (1 + c[0] + c[1]), 2 * (1 + c[0] + c[1] + c[2])].map((x) => expect.closeTo(x, 12)),
    );
  });

  it("reads beta and phi only with a trend, gamma only with an additive season", () => {
    // c_j = alpha = 0.5 every step: 1, 1.25, 1.5
    expect(class1Variance(SES, par(0.5, 0.1, 0.2, 0.5), 1, 3)).toEqual([1, 1.25, 1.5]);
    expect(class1Variance(MULT2, par(0.5, 0.1, 0.2, 0.5), 1, 3)).toEqual([1, 1.25, 1.5]);
    expect(class1Variance(HOLT, par(0.5, 0.1, 0.2, 0.5), 1, 1)).toEqual([1]);
  });
});

describe("the recursions' edges", () => {
  it("an empty history: the initial states, no trend without a trend", () => {
    expect(runEts([], SES, par(0.5, 0.3, 0, 0.9), init(2, 5))).toEqual({
      fitted: [],
      sse: 0,
      level: 2,
      trend: 0,
      season: [],
      ok: true,
    });
    expect(runEts([], ADD2, par(0.5), init(3, 0, [-2, 2])).season).toEqual([-2, 2]);
    expect(origins([], SES, par(0.5), init(2), 2)).toEqual([]);
  });

  it("no origin after the trend overflows while the level stays finite", () => {
    // As in runEts's case: from level -1e308 and trend 1e308 the forecast is 0, then the trend
    // overflows (1e308 + 1.5e308) while the level moves by 1e-4 of the error.
    expect(origins([1.5e308, 5], HOLT, par(1e-4, 1, 0, 1), init(-1e308, 1e308), 1)).toEqual([[0, 1, 0]]);
  });
});

describe("forecasts without a trend", () => {
  it("never read the trend state, even one that is not finite", () => {
    const run = { fitted: [], sse: 0, level: 10, trend: Number.NaN, season: [], ok: true };
    expect(etsForecast(run, SES, par(0.5), 2)).toEqual([10, 10]);
    expect(etsForecast({ ...run, trend: Number.POSITIVE_INFINITY }, SES, par(0.5), 1)).toEqual([10]);
  });
});
