/**
 * Intermittent demand: Croston (1972) and the Syntetos-Boylan approximation (SBA, 2005).
 *
 * Non-zero demand sizes z and the intervals p between them (counted from the start of the
 * history for the first demand, as R `forecast::croston`) are each smoothed by simple exponential
 * smoothing with the same alpha, initialised at their first values:
 *   z' = z + alpha (size - z),   p' = p + alpha (interval - p)   (updated only in demand periods).
 * Forecast per period: Croston z / p; SBA (1 - alpha / 2) z / p. Flat over the horizon.
 * alpha is chosen on a grid 0.05, 0.10, ..., 0.50 by the in-sample SSE of the one-step forecasts
 * of every period after the first demand.
 */
import { flatStepErrors } from "./interval";
import type { FittedModel } from "./types";

export type CrostonVariant = "CROSTON" | "SBA";

export interface CrostonRun {
  /** One-step forecasts for every period after the first demand (undefined before). */
  readonly fitted: (number | undefined)[];
  readonly size: number;
  readonly interval: number;
  readonly forecast: number;
  readonly sse: number;
  readonly nErrors: number;
}

/** Run Croston/SBA with a fixed alpha. Needs at least one positive value; values must be >= 0. */
export function crostonRun(y: readonly number[], alpha: number, variant: CrostonVariant): CrostonRun {
  const factor = variant === "SBA" ? 1 - alpha / 2 : 1;
  const fitted: (number | undefined)[] = new Array(y.length).fill(undefined);
  let z: number | undefined;
  let p: number | undefined;
  let since = 0;
  let sse = 0;
  let nErrors = 0;
  for (let t = 0; t < y.length; t++) {
    since += 1;
    if (z !== undefined && p !== undefined) {
      const f = (factor * z) / p;
      fitted[t] = f;
      sse += (y[t] - f) ** 2;
      nErrors += 1;
    }
    if (y[t] > 0) {
      if (z === undefined || p === undefined) {
        z = y[t];
        p = since;
      } else {
        z += alpha * (y[t] - z);
        p += alpha * (since - p);
      }
      since = 0;
    }
  }
  const size = z ?? 0;
  const interval = p ?? 1;
  return { fitted, size, interval, forecast: (factor * size) / interval, sse, nErrors };
}

/** Fit alpha on the grid and return the model. Needs y >= 0 with at least two positive values. */
export function fitCroston(y: readonly number[], variant: CrostonVariant): FittedModel {
  let best = crostonRun(y, 0.05, variant);
  let bestAlpha = 0.05;
  for (let i = 2; i <= 10; i++) {
    const a = i * 0.05;
    const r = crostonRun(y, a, variant);
    if (r.sse < best.sse - 1e-12 * best.sse) {
      best = r;
      bestAlpha = a;
    }
  }
  const value = best.forecast;
  return {
    method: variant,
    params: { alpha: bestAlpha },
    seasonLength: 1,
    sse: best.sse,
    nErrors: best.nErrors,
    nParams: 3,
    forecast: (h) => new Array<number>(h).fill(value),
    oneStep: (z) => crostonRun(z, bestAlpha, variant).fitted.map((f) => f ?? Number.NaN),
    stepErrors: (h) => flatStepErrors(y, h, (t) => best.fitted[t]),
  };
}
