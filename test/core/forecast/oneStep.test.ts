/**
 * `oneStepForecasts`: the method fitted once before period `from`, its parameters held, the
 * states updated by every later value. Expected values are hand calculations written below.
 */
import { isSopError } from "../../../src/core/errors";
import { forecast, oneStepForecasts } from "../../../src/core/forecast";

const ok = (r: ReturnType<typeof oneStepForecasts>): number[] => {
  if (isSopError(r)) throw new Error(r.message);
  return r;
};

describe("oneStepForecasts", () => {
  it("naive: each period's forecast is the value before it", () => {
    expect(ok(oneStepForecasts([10, 12, 11, 13, 9], 2, { method: "NAIVE" }))).toEqual([12, 11, 13]);
  });

  it("seasonal naive: the same season one cycle earlier", () => {
    expect(ok(oneStepForecasts([1, 2, 3, 4, 11, 12, 13, 14], 4, { method: "SNAIVE", seasonLength: 4 }))).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it("moving average: the window fitted before `from` is kept, the values in it move on", () => {
    // Fitted on 10 x4, 20 x6: window 1 (a level shift). Later forecasts: the previous value.
    const y = [10, 10, 10, 10, 20, 20, 20, 20, 20, 20, 5, 7, 30];
    expect(ok(oneStepForecasts(y, 10, { method: "MA" }))).toEqual([20, 5, 7]);
  });

  it("Croston: size and interval smoothed with the alpha fitted before `from`", () => {
    // Before `from`: a demand of 4 every second period, so size 4 and interval 2 whatever alpha
    // is, every alpha fits equally and the grid's first, 0.05, is kept. Forecast 4 / 2 = 2 until
    // the demand of 10 (interval 2): size 4 + 0.05 (10 - 4) = 4.3, interval 2 -> 2.15.
    const y = [0, 4, 0, 4, 0, 4, 0, 4, 0, 10, 0];
    const f = ok(oneStepForecasts(y, 8, { method: "CROSTON" }));
    expect(f[0]).toBe(2);
    expect(f[1]).toBe(2);
    expect(f[2]).toBeCloseTo(2.15, 12);
  });

  it("simple exponential smoothing: alpha fitted before `from`, then f' = f + alpha (y - f)", () => {
    const y = [100, 104, 97, 103, 99, 108, 95, 101, 106, 98, 102, 100, 140, 90, 110];
    const from = 12;
    const fit = forecast(y.slice(0, from), 1, { method: "SES" });
    if (isSopError(fit)) throw new Error(fit.message);
    const alpha = fit.params.alpha;
    const f = ok(oneStepForecasts(y, from, { method: "SES" }));
    expect(f).toHaveLength(3);
    // The first is the forecast made at `from` itself.
    expect(f[0]).toBeCloseTo(fit.values[0], 9);
    // Then the SES error-correction recursion with the held alpha.
    expect(f[1]).toBeCloseTo(f[0] + alpha * (y[12] - f[0]), 9);
    expect(f[2]).toBeCloseTo(f[1] + alpha * (y[13] - f[1]), 9);
  });

  it("seasonal methods: the first forecast is the plain forecast made at `from`", () => {
    const season = [0.8, 0.9, 1.0, 1.2, 1.3, 1.1];
    const y = Array.from({ length: 30 }, (_, t) => Math.round(100 * season[t % 6] * (1 + 0.01 * t)));
    for (const method of ["HW_ADDITIVE", "HW_MULTIPLICATIVE", "DECOMP", "HOLT_DAMPED"] as const) {
      const plain = forecast(y.slice(0, 24), 1, { method, seasonLength: 6 });
      if (isSopError(plain)) throw new Error(plain.message);
      const f = ok(oneStepForecasts(y, 24, { method, seasonLength: 6 }));
      expect(f).toHaveLength(6);
      expect(f[0]).toBeCloseTo(plain.values[0], 6);
    }
  });

  it("clips at 0 like forecast while the values so far are >= 0, and not after a negative one", () => {
    // A straight line down by 20: Holt's trend carries the forecast after the 0 to about -20.
    const f = ok(oneStepForecasts([100, 80, 60, 40, 20, 0, 0], 5, { method: "HOLT" }));
    expect(f[0]).toBeCloseTo(0, 3);
    expect(f[1]).toBe(0);
    // Naive on a series through zero: the forecast after -2 is -2.
    expect(ok(oneStepForecasts([5, 3, 1, -2, -4], 2, { method: "NAIVE" }))).toEqual([3, 1, -2]);
  });

  it("answers the errors forecast answers for the values before `from`", () => {
    const r = oneStepForecasts([5, 6, 7], 1, { method: "SES" });
    expect(isSopError(r) && r.code).toBe("#N/A");
  });
});
