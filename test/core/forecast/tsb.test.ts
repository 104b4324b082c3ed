/**
 * TSB (Teunter, Syntetos & Babai 2011): the recursion by hand, the grid fit's forecast falling
 * through a run of zeros, and TSB among AUTO's intermittent methods.
 */
import { fitTsb, tsbInit, tsbRun } from "../../../src/core/forecast/tsb";
import { forecast } from "../../../src/core/forecast";
import { candidates } from "../../../src/core/forecast/auto";
import { isSopError } from "../../../src/core/errors";

describe("TSB", () => {
  it("smooths the size in demand periods and the probability every period (hand calculation)", () => {
    // 0 4 0 0 2 0: sizes 4 and 2, mean 3; 2 of 6 periods with demand: p = 1/3.
    // alpha 0.2, beta 0.1; forecast p z before each period, then
    //   t0 y 0: f = 1/3 x 3 = 1;                 p = 0.9 x 1/3 = 0.3
    //   t1 y 4: f = 0.3 x 3 = 0.9;               p = 0.3 + 0.1 x 0.7 = 0.37, z = 3 + 0.2 x 1 = 3.2
    //   t2 y 0: f = 0.37 x 3.2 = 1.184;          p = 0.333
    //   t3 y 0: f = 0.333 x 3.2 = 1.0656;        p = 0.2997
    //   t4 y 2: f = 0.2997 x 3.2 = 0.95904;      p = 0.2997 + 0.1 x 0.7003 = 0.36973, z = 3.2 - 0.2 x 1.2 = 2.96
    //   t5 y 0: f = 0.36973 x 2.96 = 1.0944008;  p = 0.332757
    // forecast 0.332757 x 2.96 = 0.98496072; SSE 1 + 3.1^2 + 1.184^2 + 1.0656^2 + 1.04096^2 +
    // 1.0944008^2 = 1 + 9.61 + 1.401856 + 1.13550336 + 1.0835977216 + 1.19771311... = 15.42867...
    const y = [0, 4, 0, 0, 2, 0];
    expect(tsbInit(y)).toEqual({ size: 3, probability: 1 / 3 });
    const r = tsbRun(y, 0.2, 0.1, tsbInit(y));
    [1, 0.9, 1.184, 1.0656, 0.95904, 1.0944008].forEach((f, t) => expect(r.fitted[t]).toBeCloseTo(f, 12));
    expect(r.forecast).toBeCloseTo(0.98496072, 12);
    expect(r.sse).toBeCloseTo(1 + 9.61 + 1.401856 + 1.13550336 + 1.0835977216 + 1.0944008 ** 2, 12);
  });

  it("lowers the forecast by (1 - beta) each period without demand, where Croston's would wait", () => {
    const y = [0, 3, 0, 4, 0, 0, 5, 0, 3, 0, 0, 4, 0, 2, 0, 0, 0, 0, 0, 0];
    const model = fitTsb(y);
    const beta = model.params.beta;
    const steps = model.oneStep([...y, 0, 0]);
    // The forecast of period 21 is the forecast of period 20 after one more zero, and so on.
    expect(steps[21] / steps[20]).toBeCloseTo(1 - beta, 12);
    expect(model.forecast(1)[0]).toBeCloseTo(steps[20], 12);
    expect(model.forecast(3)).toEqual(new Array(3).fill(model.forecast(1)[0]));
  });

  it("is one of AUTO's intermittent methods, and is refused on a negative value", () => {
    expect(candidates([0, 3, 0, 4, 0, 2, 0, 0, 5, 0], 1)).toContain("TSB");
    const r = forecast([0, 3, 0, 4, 0, 2, 0, 0, 5, 0], 2, { method: "TSB" });
    if (isSopError(r)) throw new Error(r.message);
    expect(r.method).toBe("TSB");
    expect(forecast([0, 3, -1, 4], 2, { method: "TSB" })).toMatchObject({
      code: "#NUM!",
    });
  });
});

/**
 * The SSE of TSB's one-step forecasts, from the paper's two equations as the header above writes
 * them (an oracle independent of src/core/forecast/tsb.ts): size = the mean of the non-zero
 * values, probability = their share, forecast p z before each period.
 */
function tsbSse(y: readonly number[], alpha: number, beta: number): number {
  const demand = y.filter((v) => v > 0);
  let z = demand.reduce((a, b) => a + b, 0) / demand.length;
  let p = demand.length / y.length;
  let sse = 0;
  for (const v of y) {
    sse += (v - p * z) ** 2;
    if (v > 0) {
      z = z + alpha * (v - z);
      p = p + beta * (1 - p);
    } else p = p - beta * p;
  }
  return sse;
}

/** The grid point (alpha, beta in 0.05..0.5) of least SSE, the first of equal ones. */
function gridBest(y: readonly number[]): { alpha: number; beta: number } {
  let best = { alpha: 0.05, beta: 0.05, sse: tsbSse(y, 0.05, 0.05) };
  for (let i = 1; i <= 10; i++) {
    for (let j = 1; j <= 10; j++) {
      const sse = tsbSse(y, i * 0.05, j * 0.05);
      if (sse < best.sse * (1 - 1e-12)) best = { alpha: i * 0.05, beta: j * 0.05, sse };
    }
  }
  return { alpha: best.alpha, beta: best.beta };
}

describe("TSB: the grid of alpha and beta", () => {
  it("picks the largest beta when demand starts, alpha left at the grid's first (every size is 2)", () => {
    // Every size is 2, so z = 2 whatever alpha: all alphas tie and the first, 0.05, stays.
    const y = [0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2];
    expect(gridBest(y)).toEqual({ alpha: 0.05, beta: 0.5 });
    const model = fitTsb(y);
    expect(model.params).toEqual({ alpha: 0.05, beta: 0.5 });
    expect(model.sse).toBeCloseTo(tsbSse(y, 0.05, 0.5), 12);
    // At the same scale divided by 1e5 the choice is the same (the tie tolerance is relative).
    expect(fitTsb(y.map((v) => v * 1e-5)).params).toEqual({ alpha: 0.05, beta: 0.5 });
  });

  it("picks the largest alpha when the size steps up, beta left at the grid's first (demand every period)", () => {
    // Demand every period: p = 1 whatever beta, so all betas tie and 0.05 stays.
    const y = [3, 3, 3, 3, 9, 9, 9, 9];
    expect(gridBest(y)).toEqual({ alpha: 0.5, beta: 0.05 });
    const model = fitTsb(y);
    expect(model.params).toEqual({ alpha: 0.5, beta: 0.05 });
    expect(model.sse).toBeCloseTo(tsbSse(y, 0.5, 0.05), 12);
    expect(model.nErrors).toBe(8);
  });

  it("starts a history without demand at size 0 and probability 0, forecasting 0 with no error", () => {
    expect(tsbInit([0, 0, 0])).toEqual({ size: 0, probability: 0 });
    const model = fitTsb([0, 0, 0, 0]);
    expect(model.forecast(2)).toEqual([0, 0]);
    // k-step errors: every period's forecast, 0, from each origin that has the period ahead.
    expect(model.stepErrors!(2)).toEqual([
      [0, 0, 0, 0],
      [0, 0, 0],
    ]);
  });
});
