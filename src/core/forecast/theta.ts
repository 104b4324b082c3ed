/**
 * THETA: the Theta method (Assimakopoulos & Nikolopoulos 2000) in the form Hyndman & Billah (2003)
 * showed it equivalent to, and as R's `forecast::thetaf` computes it:
 * 1. Season: with m >= 2, more than two full cycles (n > 2m) and a non-constant history, the
 *    autocorrelation at lag m is tested against 0 at 90 % (|r_m| / sqrt((1 + 2 sum_{k<m} r_k^2) / n)
 *    > z(0.95)); when it is significant and every value is > 0, the history is divided by the
 *    seasonal indices of a classical multiplicative decomposition (centred moving average of order
 *    m, 2 x m for even m; per position the mean ratio to it, normalised to mean 1), as R's
 *    `decompose`.
 * 2. Simple exponential smoothing of the (adjusted) history: level l_n and alpha.
 * 3. Drift b = half the slope of the least-squares line through the (adjusted) history; the
 *    forecast h steps ahead is l_n + b ((h - 1) + (1 - (1 - alpha)^n) / alpha).
 * 4. The forecasts are multiplied by the seasonal indices again.
 * Parameters: alpha and `drift` = b; the season length is m when the history was deseasonalised, else 1.
 * In-sample one-step forecasts are those of the smoothing (reseasonalised), as R's; the k-step
 * errors for the band add the drift the forecast from each origin would carry.
 */
import { centredMovingAverage, lineFit } from "./etsInit";
import { fitEts } from "./etsFit";
import { etsOriginForecasts } from "./ets";
import { collectErrors } from "./interval";
import type { FittedModel } from "./types";

/** z(0.95), the one-sided 95 % normal quantile of R's `qnorm(0.95)`. */
const Z95 = 1.6448536269514722;

/** Autocorrelations r_1..r_maxLag of `y` (R's `acf`: lag-k products over the full-series variance). */
export function autocorrelations(y: readonly number[], maxLag: number): number[] {
  const n = y.length;
  const mean = y.reduce((a, b) => a + b, 0) / n;
  const d = y.map((v) => v - mean);
  const c0 = d.reduce((a, v) => a + v * v, 0);
  const out: number[] = [];
  for (let k = 1; k <= maxLag; k++) {
    let c = 0;
    for (let t = 0; t + k < n; t++) c += d[t] * d[t + k];
    out.push(c0 > 0 ? c / c0 : 0);
  }
  return out;
}

/** Whether thetaf deseasonalises `y` at season length m (see step 1). */
export function thetaSeasonal(y: readonly number[], m: number): boolean {
  const n = y.length;
  if (m < 2 || n <= 2 * m || y.every((v) => v === y[0]) || y.some((v) => v < 0)) return false;
  const r = autocorrelations(y, m);
  const stat = Math.sqrt((1 + 2 * r.slice(0, m - 1).reduce((a, v) => a + v * v, 0)) / n);
  return Math.abs(r[m - 1]) / stat > Z95;
}

/** Multiplicative seasonal indices of R's `decompose` by position j = t mod m (mean 1). */
export function multiplicativeIndices(y: readonly number[], m: number): number[] {
  const trend = centredMovingAverage(y, m);
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  y.forEach((v, t) => {
    const tr = trend[t];
    if (tr === undefined || tr <= 0) return;
    sums[t % m] += v / tr;
    counts[t % m] += 1;
  });
  const figure = sums.map((s, j) => s / counts[j]);
  const mean = figure.reduce((a, b) => a + b, 0) / m;
  return figure.map((v) => v / mean);
}

/** Theta forecasts from the smoothed level, alpha, the drift b and the history length n. */
export function thetaForecast(level: number, alpha: number, drift: number, n: number, h: number): number[] {
  const a = Math.max(1e-10, alpha);
  const start = (1 - (1 - a) ** n) / a;
  return Array.from({ length: h }, (_, i) => level + drift * (i + start));
}

/** Fit THETA to `y` (at least 2 values) with season length m; undefined when SES does not fit. */
export function fitTheta(y: readonly number[], m: number): FittedModel | undefined {
  const n = y.length;
  const found = thetaSeasonal(y, m) ? multiplicativeIndices(y, m) : undefined;
  // As R: indices near 0 (or undefined where the trend is 0) leave the history as it is.
  const seasonal = found !== undefined && found.every((v) => v >= 1e-4);
  const indices = seasonal ? found : [1];
  const s = (t: number): number => indices[t % indices.length];
  const adjusted = y.map((v, t) => v / s(t));
  const fit = fitEts(adjusted, { trend: "N", season: "N", m: 1 }, false);
  if (!fit) return undefined;
  const alpha = fit.par.alpha;
  const drift = lineFit(adjusted).slope / 2;
  const level = fit.forecast(1)[0];
  const sse = y.reduce((acc, v, t) => acc + (v - fit.run.fitted[t] * s(t)) ** 2, 0);
  const a = Math.max(1e-10, alpha);
  return {
    method: "THETA",
    params: { alpha, drift },
    seasonLength: seasonal ? m : 1,
    sse,
    nErrors: n,
    nParams: fit.nParams + 1 + (seasonal ? m - 1 : 0),
    forecast: (h) => thetaForecast(level, alpha, drift, n, h).map((v, i) => v * s(n + i)),
    oneStep: (z) => fit.oneStep(z.map((v, t) => v / s(t))).map((v, t) => v * s(t)),
    stepErrors: (h) =>
      collectErrors(y, h, (visit) =>
        etsOriginForecasts(adjusted, fit.spec, fit.par, fit.init, h, (p, k, f) => {
          const origin = p - k + 1;
          visit(p, k, (f + drift * (k - 1 + (1 - (1 - a) ** origin) / a)) * s(p));
        }),
      ),
  };
}
