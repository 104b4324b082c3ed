/**
 * Heuristic initial states for exponential smoothing, following R `forecast:::initstate`:
 * - seasonal: classical decomposition (2 x m centred moving average) of the first three cycles
 *   when there are that many, else a linear trend fit and the mean deviation per season;
 * - level and trend: least-squares line through the first max(10, 2m) seasonally adjusted
 *   values (level = intercept at period 0, trend = slope); no trend: their mean.
 */
import type { EtsInit, SeasonType, TrendType } from "./ets";

/** Least-squares line through (1, y0), (2, y1), ...: intercept at 0 and slope. */
export function lineFit(y: readonly number[]): { intercept: number; slope: number } {
  const n = y.length;
  if (n === 0) return { intercept: 0, slope: 0 };
  if (n === 1) return { intercept: y[0], slope: 0 };
  const mx = (n + 1) / 2;
  let my = 0;
  for (const v of y) my += v / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i + 1 - mx) * (y[i] - my);
    sxx += (i + 1 - mx) * (i + 1 - mx);
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  return { intercept: my - slope * mx, slope };
}

/** Centred moving average of order m (2 x m for even m); undefined where the window does not fit. */
export function centredMovingAverage(y: readonly number[], m: number): (number | undefined)[] {
  const out: (number | undefined)[] = new Array(y.length).fill(undefined);
  const w: number[] =
    m % 2 === 0 ? [0.5, ...new Array<number>(m - 1).fill(1), 0.5].map((v) => v / m) : new Array<number>(m).fill(1 / m);
  const half = Math.floor(w.length / 2);
  for (let t = half; t + half < y.length; t++) {
    let acc = 0;
    for (let k = 0; k < w.length; k++) acc += w[k] * y[t - half + k];
    out[t] = acc;
  }
  return out;
}

/**
 * Seasonal indices by position j = t mod m (additive: sum 0; multiplicative: mean 1).
 * Multiplicative indices are floored at 0.01 as in R.
 */
export function seasonalIndices(y: readonly number[], m: number, type: "A" | "M"): number[] {
  const n = y.length;
  const dev: number[][] = Array.from({ length: m }, () => []);
  if (n >= 3 * m) {
    const head = y.slice(0, 3 * m);
    const trend = centredMovingAverage(head, m);
    head.forEach((v, t) => {
      const tr = trend[t];
      if (tr === undefined) return;
      if (type === "A") dev[t % m].push(v - tr);
      else if (tr !== 0) dev[t % m].push(v / tr);
    });
  } else {
    const { intercept, slope } = lineFit(y);
    y.forEach((v, t) => {
      const tr = intercept + slope * (t + 1);
      if (type === "A") dev[t % m].push(v - tr);
      else if (tr !== 0) dev[t % m].push(v / tr);
    });
  }
  const fig = dev.map((d) => (d.length ? d.reduce((a, b) => a + b, 0) / d.length : type === "A" ? 0 : 1));
  const mean = fig.reduce((a, b) => a + b, 0) / m;
  if (type === "A") return fig.map((v) => v - mean);
  return fig.map((v) => Math.max(mean > 0 ? v / mean : 1, 0.01));
}

/** Initial level, trend and seasonal states for a model of the given shape. */
export function initialStates(y: readonly number[], trend: TrendType, season: SeasonType, m: number): EtsInit {
  let sa: number[] = y.slice();
  let s: number[] = [];
  if (season !== "N") {
    s = seasonalIndices(y, m, season);
    sa = y.map((v, t) => (season === "A" ? v - s[t % m] : v / s[t % m]));
  }
  const maxn = Math.min(Math.max(10, 2 * m), sa.length);
  const head = sa.slice(0, maxn);
  if (trend === "N") {
    return { level: head.reduce((a, b) => a + b, 0) / head.length, trend: 0, season: s };
  }
  const { intercept, slope } = lineFit(head);
  return { level: intercept, trend: slope, season: s };
}
