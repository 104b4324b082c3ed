/**
 * Prediction intervals around a fitted model's point forecasts.
 *
 * - Models with a closed-form forecast variance (the linear exponential smoothing models with
 *   additive errors, Hyndman et al. 2008 "Forecasting with Exponential Smoothing", ch. 6, class 1;
 *   naive and seasonal naive): forecast +- z((1 + level) / 2) sqrt(v_k), as R's `forecast`.
 * - Every other model (multiplicative season, seasonal decomposition, moving average, Croston,
 *   SBA): its in-sample k-step errors, each the actual minus the forecast made k periods before
 *   with the fitted parameters (Hyndman & Athanasopoulos, "Forecasting: Principles and Practice",
 *   3rd ed., 5.5, intervals from the errors themselves rather than a normal assumption). With at
 *   least QUANTILE_ERRORS errors at step k, their quantiles (1 - level) / 2 and (1 + level) / 2
 *   (R's default type 7); with fewer, quantiles of so few errors are mostly noise (the 10 % quantile
 *   of 12 errors is nearly their minimum, and a biased fit puts it on the wrong side of 0), so the
 *   band is forecast +- z sqrt(mean squared error at step k): the root mean square, so a bias
 *   widens the band. A step with fewer than MIN_ERRORS errors borrows those of the longest step K
 *   that has enough, scaled by sqrt(k / K) (errors of a random walk grow with the square root of
 *   the step).
 * Both are calibrated: the distances of the bounds from the forecast are multiplied by a factor
 * that depends on how much history the fit had and on the level (`bandCalibration`). A band from
 * one fit's in-sample errors leaves out the error of the fitted parameters and of the model choice,
 * so it is too narrow ahead, and the more so the shorter the history (on the forecast benchmark's
 * real series, 69.6 % of the calibration points of histories of three cycles or more fell inside
 * the uncalibrated 80 % band, 61.8 % of those of two-cycle histories; 86.4 % and 78.0 % inside the
 * 95 % band).
 * Both bounds are clipped at 0 when the history has no negative value, like the forecast.
 */
import { normalQuantile } from "../plan/safetyStock";
import type { FittedModel } from "./types";

/** Fewest in-sample errors an empirical band is read from. */
export const MIN_ERRORS = 8;

/** Fewest in-sample errors whose quantiles give the band (fewer: their root mean square). */
export const QUANTILE_ERRORS = 20;

/** Histories of fewer cycles than this get the short-history factor. */
export const SHORT_HISTORY_CYCLES = 3;

/** The factors on the band's width at one level: for histories of SHORT_HISTORY_CYCLES cycles or more, and for shorter ones. */
export interface LevelCalibration {
  readonly level: number;
  readonly long: number;
  readonly short: number;
}

/**
 * The calibrated levels, ascending. Each factor is the smallest tenth that brings the band's
 * coverage at its level to that level on its own calibration points of the forecast benchmark
 * (test/core/forecast/benchmark.test.ts, `calibration`), built from the full-history protocol's
 * fitting histories only (the held-out test points were not used): the last h values of a fitting
 * history (h = 18 months / 8 quarters for long histories, 12 months / 4 quarters, the short
 * protocol's horizon, for short ones) forecast from the values before them, all of them when they
 * are SHORT_HISTORY_CYCLES cycles or more (long: 114 series, 1,262 points), only the last two
 * cycles (24 months / 8 quarters) for short ones (119 series, 764 points).
 * - 80 %: long 1.4 covers 82.0 % (1.3: 79.3 %, 1: 69.6 %); short 1.7 covers 81.8 % (1.6: 79.6 %, 1: 61.8 %).
 * - 95 %: long 1.4 covers 95.0 % (1.3: 93.2 %, 1: 86.4 %); short 2.5 covers 95.3 % (2.4: 94.9 %, 1: 78.0 %).
 * Errors from two cycles have heavier tails than their in-sample spread shows, so the short factor
 * grows with the level.
 */
export const BAND_CALIBRATIONS: readonly LevelCalibration[] = [
  { level: 0.8, long: 1.4, short: 1.7 },
  { level: 0.95, long: 1.4, short: 2.5 },
];

/** The normal quantile a band at `level` is built on: z((1 + level) / 2). */
const levelZ = (level: number): number => normalQuantile((1 + level) / 2);

/**
 * The factor on the band at `level` of a fit on `historyLength` values with cycles of `cycle`
 * periods (the season length asked for, else the model's; 1 or less: no cycle, the long-history
 * factor). Between two calibrated levels the factor is interpolated linearly in the band's normal
 * quantile z((1 + level) / 2) (the width the factor multiplies); below the lowest and above the
 * highest calibrated level it is that level's factor. The factors do not fall as the level rises,
 * so neither does the band's width.
 */
export function bandCalibration(historyLength: number, cycle: number, level: number): number {
  const short = cycle > 1 && historyLength < SHORT_HISTORY_CYCLES * cycle;
  const factor = (c: LevelCalibration): number => (short ? c.short : c.long);
  const z = levelZ(level);
  const above = BAND_CALIBRATIONS.findIndex((c) => z <= levelZ(c.level));
  if (above === 0) return factor(BAND_CALIBRATIONS[0]);
  if (above < 0) return factor(BAND_CALIBRATIONS[BAND_CALIBRATIONS.length - 1]);
  const lo = BAND_CALIBRATIONS[above - 1];
  const hi = BAND_CALIBRATIONS[above];
  const t = (z - levelZ(lo.level)) / (levelZ(hi.level) - levelZ(lo.level));
  return factor(lo) + t * (factor(hi) - factor(lo));
}

/** A band around point forecasts. */
export interface Band {
  readonly lower: number[];
  readonly upper: number[];
  /** How the width was obtained. */
  readonly source: "analytic" | "empirical";
}

/**
 * Gather in-sample k-step errors from a producer of origin forecasts (see `etsOriginForecasts`):
 * the producer calls `visit(period, step, forecast)` for every forecast it made of a period.
 */
export function collectErrors(
  y: readonly number[],
  h: number,
  produce: (visit: (period: number, step: number, forecast: number) => void) => void,
): number[][] {
  const errors: number[][] = Array.from({ length: h }, () => []);
  produce((p, k, f) => {
    if (k >= 1 && k <= h && Number.isFinite(f)) errors[k - 1].push(y[p] - f);
  });
  return errors;
}

/**
 * k-step errors of a flat forecast made at each origin: `origin(t)` is the forecast made after t
 * observations (undefined where the method cannot forecast yet), used for every step ahead.
 */
export function flatStepErrors(y: readonly number[], h: number, origin: (t: number) => number | undefined): number[][] {
  return collectErrors(y, h, (visit) => {
    for (let t = 0; t < y.length; t++) {
      const f = origin(t);
      if (f === undefined) continue;
      for (let k = 1; k <= h && t + k - 1 < y.length; k++) visit(t + k - 1, k, f);
    }
  });
}

/** Sample quantile, R's type 7: linear interpolation between order statistics. `sorted` ascending, non-empty. */
export function quantile7(sorted: readonly number[], p: number): number {
  const x = (sorted.length - 1) * p;
  const lo = Math.floor(x);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (x - lo) * (sorted[hi] - sorted[lo]);
}

/** Lower and upper error quantiles per step, or undefined when even step 1 has too few errors. */
function empiricalOffsets(errors: number[][], level: number): { lo: number[]; hi: number[] } | undefined {
  const sorted = errors.map((e) => e.slice().sort((a, b) => a - b));
  let K = 0;
  while (K < sorted.length && sorted[K].length >= MIN_ERRORS) K += 1;
  if (K === 0) return undefined;
  const pLo = (1 - level) / 2;
  const pHi = (1 + level) / 2;
  const z = normalQuantile(pHi);
  const lo: number[] = [];
  const hi: number[] = [];
  for (let k = 1; k <= sorted.length; k++) {
    const own = k <= K;
    const e = sorted[own ? k - 1 : K - 1];
    const scale = own ? 1 : Math.sqrt(k / K);
    if (e.length >= QUANTILE_ERRORS) {
      lo.push(Math.min(0, quantile7(e, pLo)) * scale);
      hi.push(Math.max(0, quantile7(e, pHi)) * scale);
    } else {
      const rms = Math.sqrt(e.reduce((a, x) => a + x * x, 0) / e.length);
      lo.push(-z * rms * scale);
      hi.push(z * rms * scale);
    }
  }
  return { lo, hi };
}

/**
 * The band at `level` (0 < level < 1) for steps 1..h around `point` (the model's forecasts before
 * clipping), widened by `calibration` (see `bandCalibration`); undefined when the model has
 * neither a variance nor enough in-sample errors.
 */
export function band(
  model: FittedModel,
  point: readonly number[],
  level: number,
  nonNegative: boolean,
  calibration: number,
): Band | undefined {
  const h = point.length;
  const clip = (v: number): number => (nonNegative ? Math.max(0, v) : v);
  if (model.variance) {
    const z = calibration * normalQuantile((1 + level) / 2);
    const v = model.variance(h);
    return {
      lower: point.map((f, i) => clip(f - z * Math.sqrt(Math.max(0, v[i])))),
      upper: point.map((f, i) => clip(f + z * Math.sqrt(Math.max(0, v[i])))),
      source: "analytic",
    };
  }
  if (!model.stepErrors) return undefined;
  const off = empiricalOffsets(model.stepErrors(h), level);
  if (!off) return undefined;
  return {
    lower: point.map((f, i) => clip(f + calibration * off.lo[i])),
    upper: point.map((f, i) => clip(f + calibration * off.hi[i])),
    source: "empirical",
  };
}
