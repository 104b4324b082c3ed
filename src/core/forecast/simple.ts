/**
 * Benchmark methods: naive, seasonal naive and moving average.
 * - NAIVE: F(n+h) = y(n).
 * - SNAIVE: F(n+h) = y(n + h - m * ceil(h / m)), the same season one cycle earlier.
 * - MA: F(n+h) = mean of the last k values; k in 1..min(12, n - 1) minimises the in-sample
 *   SSE of one-step forecasts over the periods every candidate k can forecast.
 */
import { flatStepErrors } from "./interval";
import type { FittedModel } from "./types";

/** Mean squared one-step error (the random walk's sigma^2); 0 without errors. */
const meanSquare = (sse: number, count: number): number => (count > 0 ? sse / count : 0);

function sseOf(errors: number[]): number {
  return errors.reduce((a, e) => a + e * e, 0);
}

export function fitNaive(y: readonly number[]): FittedModel {
  const errs: number[] = [];
  for (let t = 1; t < y.length; t++) errs.push(y[t] - y[t - 1]);
  const last = y[y.length - 1];
  return {
    method: "NAIVE",
    params: {},
    seasonLength: 1,
    sse: sseOf(errs),
    nErrors: errs.length,
    nParams: 0,
    forecast: (h) => new Array<number>(h).fill(last),
    oneStep: (z) => z.map((_, t) => (t >= 1 ? z[t - 1] : Number.NaN)),
    // Random walk: v_k = k sigma^2 (Hyndman & Athanasopoulos, FPP3 table 5.2).
    variance: (h) => Array.from({ length: h }, (_, i) => (i + 1) * meanSquare(sseOf(errs), errs.length)),
  };
}

/** Needs y.length >= m >= 2. */
export function fitSeasonalNaive(y: readonly number[], m: number): FittedModel {
  const errs: number[] = [];
  for (let t = m; t < y.length; t++) errs.push(y[t] - y[t - m]);
  const n = y.length;
  const lastCycle = y.slice(n - m);
  return {
    method: "SNAIVE",
    params: {},
    seasonLength: m,
    sse: sseOf(errs),
    nErrors: errs.length,
    nParams: 0,
    forecast: (h) => Array.from({ length: h }, (_, i) => lastCycle[i % m]),
    oneStep: (z) => z.map((_, t) => (t >= m ? z[t - m] : Number.NaN)),
    // Seasonal random walk: v_k = ceil(k / m) sigma^2 (FPP3 table 5.2).
    variance: (h) => Array.from({ length: h }, (_, i) => Math.ceil((i + 1) / m) * meanSquare(sseOf(errs), errs.length)),
  };
}

/** Needs y.length >= 2. */
export function fitMovingAverage(y: readonly number[], maxWindow = 12): FittedModel {
  const n = y.length;
  const kmax = Math.max(1, Math.min(maxWindow, n - 1));
  let bestK = 1;
  let bestSse = Number.POSITIVE_INFINITY;
  let bestCount = 0;
  for (let k = 1; k <= kmax; k++) {
    let acc = 0;
    let sum = 0;
    for (let i = kmax - k; i < kmax; i++) sum += y[i];
    for (let t = kmax; t < n; t++) {
      const e = y[t] - sum / k;
      acc += e * e;
      sum += y[t] - y[t - k];
    }
    if (k === 1 || acc < bestSse - 1e-12 * Math.abs(bestSse)) {
      bestSse = acc;
      bestK = k;
      bestCount = n - kmax;
    }
  }
  /** The mean of the `bestK` values before period t, once there are that many. */
  const windowMean = (z: readonly number[], t: number): number | undefined =>
    t >= bestK ? z.slice(t - bestK, t).reduce((a, b) => a + b, 0) / bestK : undefined;
  const tail = y.slice(n - bestK);
  const mean = tail.reduce((a, b) => a + b, 0) / bestK;
  return {
    method: "MA",
    params: { window: bestK },
    seasonLength: 1,
    sse: bestSse,
    nErrors: bestCount,
    nParams: 1,
    forecast: (h) => new Array<number>(h).fill(mean),
    oneStep: (z) => z.map((_, t) => windowMean(z, t) ?? Number.NaN),
    stepErrors: (h) => flatStepErrors(y, h, (t) => windowMean(y, t)),
  };
}
