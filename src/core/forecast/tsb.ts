/**
 * TSB: Teunter, Syntetos & Babai (2011), "Intermittent demand: linking forecasting to inventory
 * obsolescence", EJOR 214. The demand size z and the probability p that a period has demand are
 * smoothed every period, so a run of zeros lowers the forecast (Croston's waits for the next
 * demand):
 *   demand (y > 0):  z' = z + alpha (y - z),  p' = p + beta (1 - p)
 *   no demand:       z' = z,                  p' = p - beta p
 * Forecast per period: p z, flat over the horizon. Initial states as R's tsintermittent::tsb
 * (init "mean"): z = the mean of the non-zero values, p = the share of periods with demand.
 * alpha and beta are chosen on the grid 0.05, 0.10, ..., 0.50 each by the in-sample SSE of the
 * one-step forecasts of every period.
 */
import { flatStepErrors } from "./interval";
import type { FittedModel } from "./types";

export interface TsbRun {
  /** One-step forecasts of every period. */
  readonly fitted: number[];
  readonly forecast: number;
  readonly sse: number;
}

/** Initial size and probability of `y` (values >= 0); both 0 without demand. */
export function tsbInit(y: readonly number[]): {
  size: number;
  probability: number;
} {
  const demand = y.filter((v) => v > 0);
  if (demand.length === 0) return { size: 0, probability: 0 };
  return {
    size: demand.reduce((a, b) => a + b, 0) / demand.length,
    probability: demand.length / y.length,
  };
}

/** Run TSB over `z` from the initial states with fixed alpha and beta. */
export function tsbRun(
  z: readonly number[],
  alpha: number,
  beta: number,
  init: { size: number; probability: number },
): TsbRun {
  let size = init.size;
  let p = init.probability;
  let sse = 0;
  const fitted: number[] = [];
  for (const v of z) {
    const f = p * size;
    fitted.push(f);
    sse += (v - f) ** 2;
    if (v > 0) {
      size += alpha * (v - size);
      p += beta * (1 - p);
    } else p -= beta * p;
  }
  return { fitted, forecast: p * size, sse };
}

/** Fit TSB to `y` (values >= 0). */
export function fitTsb(y: readonly number[]): FittedModel {
  const init = tsbInit(y);
  let best = { alpha: 0.05, beta: 0.05, run: tsbRun(y, 0.05, 0.05, init) };
  for (let i = 1; i <= 10; i++) {
    for (let j = 1; j <= 10; j++) {
      const run = tsbRun(y, i * 0.05, j * 0.05, init);
      if (run.sse < best.run.sse - 1e-12 * best.run.sse) best = { alpha: i * 0.05, beta: j * 0.05, run };
    }
  }
  const { alpha, beta, run } = best;
  return {
    method: "TSB",
    params: { alpha, beta },
    seasonLength: 1,
    sse: run.sse,
    nErrors: y.length,
    nParams: 4,
    forecast: (h) => new Array<number>(h).fill(run.forecast),
    oneStep: (z) => tsbRun(z, alpha, beta, init).fitted,
    stepErrors: (h) => flatStepErrors(y, h, (t) => run.fitted[t]),
  };
}
