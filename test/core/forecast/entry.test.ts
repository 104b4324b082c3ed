/**
 * The entry points of src/core/forecast/forecast.ts on small histories, each in milliseconds:
 * their errors with their messages, a history of zeros, the clipping at 0 of forecasts and
 * bands, the band's options and the one-step forecasts' clipping. (forecast.test.ts checks the
 * methods and AUTO on AirPassengers, in seconds.) Expected values are hand calculations.
 */
import { isSopError, SopError } from "../../../src/core/errors";
import {
  choose,
  forecast,
  forecastInterval,
  forecastWithBand,
  historyBand,
  oneStepForecasts,
} from "../../../src/core/forecast/forecast";
import type { FittedModel } from "../../../src/core/forecast/types";

function ok<T>(r: T | SopError): T {
  if (isSopError(r)) throw new Error(`${r.code} ${r.message}`);
  return r;
}

/** R's qnorm(0.9). */
const Z80 = 1.2815515655446004;

/** A straight line down to 0 in steps of 2: Holt fits it exactly and continues it below 0. */
const downToZero = [10, 8, 6, 4, 2, 0];

describe("the history's errors", () => {
  it("names the first value that is not a finite number, counting from 1", () => {
    expect(forecast([1, NaN, 3], 2)).toMatchObject({
      code: "#VALUE!",
      message: "history value 2 is not a finite number",
    });
    expect(forecast([Infinity, 1, 2], 2)).toMatchObject({
      code: "#VALUE!",
      message: "history value 1 is not a finite number",
    });
  });

  it("needs two values, except one 0", () => {
    for (const y of [[5], []]) {
      expect(forecast(y, 2)).toMatchObject({ code: "#N/A", message: "history needs at least 2 values" });
    }
    expect(ok(forecast([0], 2)).values).toEqual([0, 0]);
  });

  it("checks every value before the one-step forecasts, not only those before `from`", () => {
    expect(oneStepForecasts([1, 2, 3, NaN, 5], 2, { method: "NAIVE" })).toMatchObject({
      code: "#VALUE!",
      message: "history value 4 is not a finite number",
    });
  });
});

describe("the options' errors", () => {
  it("answers a season length below 1 or not whole with #NUM!, and accepts 1", () => {
    for (const seasonLength of [0, -1, 2.5]) {
      expect(forecast([1, 2, 3, 4], 2, { seasonLength })).toMatchObject({
        code: "#NUM!",
        message: "season length must be a whole number of at least 1",
      });
    }
    expect(ok(forecast([1, 2, 3, 4], 2, { method: "NAIVE", seasonLength: 1 })).values).toEqual([4, 4]);
  });

  it("answers a horizon outside 1..120 or not whole with #NUM!, and accepts 1 and 120", () => {
    for (const h of [0, -1, 121, 2.5, NaN]) {
      expect(forecast([1, 2, 3], h, { method: "NAIVE" })).toMatchObject({
        code: "#NUM!",
        message: "horizon must be a whole number from 1 to 120",
      });
    }
    expect(ok(forecast([1, 2, 3], 1, { method: "NAIVE" })).values).toEqual([3]);
    expect(ok(forecast([1, 2, 3], 120, { method: "NAIVE" })).values).toHaveLength(120);
  });

  it("answers a level outside (0, 1) with #NUM!, and passes the forecast's errors on under a valid level", () => {
    expect(forecastWithBand([1, 2, 3], 2, 1.5)).toMatchObject({
      code: "#NUM!",
      message: "level must be a fraction between 0 and 1, e.g. 0.8 for an 80 % interval",
    });
    expect(forecastWithBand([1, 2, 3], 0, 0.8)).toMatchObject({ code: "#NUM!" });
    expect(forecastInterval([5], 2, 0.8)).toMatchObject({ code: "#N/A" });
  });

  it("answers #N/A for a band of fewer than 8 in-sample errors", () => {
    expect(forecastInterval([0, 3, 0, 4, 0, 2], 2, 0.8, { method: "SBA" })).toMatchObject({
      code: "#N/A",
      message: "history too short for a prediction interval of this method",
    });
  });

  it("answers #NUM! when the fitted method's forecast overflows", () => {
    // Holt on the line k c, k = 0..5, c = 2^1018: the forecast k steps ahead is (5 + k) c, which
    // passes the largest double (just under 2^1024 = 64 c) from k = 59 on.
    const c = 2 ** 1018;
    const y = [0, 1, 2, 3, 4, 5].map((k) => k * c);
    const near = ok(forecast(y, 58, { method: "HOLT" }));
    expect(near.values[57] / (63 * c)).toBeCloseTo(1, 9);
    expect(forecast(y, 120, { method: "HOLT" })).toMatchObject({
      code: "#NUM!",
      message: "the fitted method produced a non-finite forecast",
    });
  });
});

describe("a history of zeros", () => {
  it("is fitted by NAIVE on the history itself, or on two zeros for a single one", () => {
    const one = ok(choose([0], {}));
    expect(one.method).toBe("NAIVE");
    expect(one.nErrors).toBe(1);
    expect(one.forecast(2)).toEqual([0, 0]);
    const four = ok(choose([0, 0, 0, 0], {}));
    expect(four.method).toBe("NAIVE");
    expect(four.nErrors).toBe(3);
  });

  it("forecasts zeros whatever the method asked for, even one that refuses a value <= 0", () => {
    const r = ok(forecast([0, 0, 0, 0, 0, 0], 2, { method: "HW_MULTIPLICATIVE", seasonLength: 2 }));
    expect(r).toEqual({ values: [0, 0], method: "NAIVE", params: {}, seasonLength: 1 });
  });
});

describe("clipping at 0", () => {
  it("clips the forecast of a history with a 0 and no negative value", () => {
    // the line continues -2, -4, -6: clipped
    expect(ok(forecast(downToZero, 3, { method: "HOLT" })).values).toEqual([0, 0, 0]);
  });

  it("keeps a negative forecast when the history has a negative value", () => {
    const r = ok(forecast([12, 9, 6, 3, 0, -3], 2, { method: "HOLT" }));
    expect(r.values[0]).toBeCloseTo(-6, 6);
    expect(r.values[1]).toBeCloseTo(-9, 6);
  });

  it("clips the forecast and its band in forecastWithBand, and hands out the model's parameters", () => {
    // Holt fits the line exactly: SSE 0, a band of no width around the clipped forecast
    const r = ok(forecastWithBand(downToZero, 2, 0.8, { method: "HOLT" }));
    expect(r.values).toEqual([0, 0]);
    expect(r.band).toEqual({ lower: [0, 0], upper: [0, 0], source: "analytic" });
    // MA over a level shift: every window up to 5 forecasts the last period (20) exactly, the first kept
    const ma = ok(forecastWithBand([10, 10, 10, 10, 20, 20, 20, 20, 20, 20], 2, 0.8, { method: "MA" }));
    expect(ma.values).toEqual([20, 20]);
    expect(ma.params).toEqual({ window: 1 });
  });

  it("historyBand clips the band at 0 for a history with a 0 and no negative value, not for one with a negative", () => {
    // NAIVE's steps: -5, 6, -6, 5, -5, 7, -7 (or their negatives), squares 245, sigma2 = 245 / 7 = 35,
    // v_k = 35 k; no season asked for and NAIVE's is 1: the long factor 1.4
    const band = (y: number[]) => {
      const model: FittedModel = ok(choose(y, { method: "NAIVE" }));
      return historyBand(y, {}, model, model.forecast(2), 0.8)!;
    };
    const half = [1, 2].map((k) => 1.4 * Z80 * Math.sqrt(35 * k));
    const up = band([5, 0, 6, 0, 5, 0, 7, 0]);
    expect(up.lower).toEqual([0, 0]);
    half.forEach((w, i) => expect(up.upper[i]).toBeCloseTo(w, 8));
    const down = band([-5, 0, -6, 0, -5, 0, -7, 0]);
    half.forEach((w, i) => expect(down.lower[i]).toBeCloseTo(-w, 8));
  });
});

describe("oneStepForecasts' clipping", () => {
  it("does not clip when a value before `from` is negative", () => {
    // seasonal naive, m = 2: the forecast of period 4 is period 2's value, -5
    expect(ok(oneStepForecasts([-5, 3, -5, 3, -5], 4, { method: "SNAIVE", seasonLength: 2 }))).toEqual([-5]);
  });

  it("clips while every value so far is >= 0 (0 included), and stops at the first negative one", () => {
    // Holt fitted on the line 10..0 forecasts -2 for period 6: clipped. Period 6 is -5, an error
    // of -3: level -2 - 3 alpha, trend -2 - 3 alpha beta, so period 7's forecast is
    // -4 - 3 alpha (1 + beta) <= -4, kept below 0 since a value before it is negative.
    const f = ok(oneStepForecasts([...downToZero, -5, 9], 6, { method: "HOLT" }));
    expect(f[0]).toBe(0);
    expect(f[1]).toBeLessThanOrEqual(-4);
  });
});
