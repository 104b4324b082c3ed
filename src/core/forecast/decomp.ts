/**
 * DECOMP: classical decomposition forecast, for seasonal histories as short as two cycles.
 *
 * 1. Trend: centred moving average of order m (2 x m for even m); at the ends, where it does not
 *    fit, the least-squares line through the moving-average values.
 * 2. Seasonal indices: per position j = t mod m, the mean ratio of the history (one-off spikes
 *    replaced, see `despiked`) to the trend, normalised to mean 1 (multiplicative, every value
 *    > 0); otherwise the mean difference, normalised to mean 0 (additive).
 * 3. Shrinkage toward no season (empirical Bayes, James-Stein): with F = the variance of the
 *    indices over the variance of their own estimate (the within-position variance of the
 *    ratios / the number of cycles), each index keeps the weight w = max(0, 1 - 1 / F) of its
 *    distance from 1 (or 0). Two cycles of a clear season keep most of it; a faint or noisy one
 *    is pulled toward a flat forecast.
 * 4. The seasonally adjusted history (divided by, or minus, the shrunk indices) is forecast by SES
 *    or damped Holt (the lower AICc), and the forecasts are seasonalised again.
 * Parameters: alpha (beta, phi) of that method and `weight` = w. The in-sample one-step errors are
 * on the original scale, and the fitted quantities counted for AICc include the m - 1 indices,
 * so AUTO compares it with Holt-Winters on equal terms.
 */
import { aicc } from "./aicc";
import { centredMovingAverage, lineFit } from "./etsInit";
import { EtsFit, fitEts } from "./etsFit";
import { etsOriginForecasts } from "./ets";
import { collectErrors } from "./interval";
import { despiked } from "./season";
import type { FittedModel } from "./types";

export interface Decomposition {
  /** Shrunk seasonal index of each position j = t mod m (t = 0 for the first value). */
  readonly indices: number[];
  readonly multiplicative: boolean;
  /** Weight the raw indices kept (1 = no shrinkage, 0 = no season). */
  readonly weight: number;
}

/** Seasonal indices of `y` (at least two cycles of m >= 2), shrunk toward no season. */
export function decompose(y: readonly number[], m: number): Decomposition {
  const n = y.length;
  const clean = despiked(y, m);
  const cma = centredMovingAverage(clean, m);
  const known = cma.map((v, t) => ({ v, t })).filter((p): p is { v: number; t: number } => p.v !== undefined);
  const { intercept, slope } = lineFit(known.map((p) => p.v));
  // lineFit numbers its points 1, 2, ...: point i is period known[0].t + i - 1.
  const trend = cma.map((v, t) => v ?? intercept + slope * (t - known[0].t + 1));
  const multiplicative = y.every((v) => v > 0) && trend.every((v) => v > 0);
  const ratio = clean.map((v, t) => (multiplicative ? v / trend[t] : v - trend[t]));
  const centre = multiplicative ? 1 : 0;
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  ratio.forEach((r, t) => {
    sums[t % m] += r;
    counts[t % m] += 1;
  });
  const raw = sums.map((s, j) => s / counts[j]);
  const within = ratio.reduce((a, r, t) => a + (r - raw[t % m]) ** 2, 0) / Math.max(1, n - m);
  const mean = raw.reduce((a, b) => a + b, 0) / m;
  const indices = raw.map((v) => (multiplicative ? v / mean : v - mean));
  const spread = indices.reduce((a, s) => a + (s - centre) ** 2, 0) / (m - 1);
  const f = within > 0 ? spread / (within / (n / m)) : Number.POSITIVE_INFINITY;
  const weight = f > 1 ? 1 - 1 / f : 0;
  return { indices: indices.map((s) => centre + weight * (s - centre)), multiplicative, weight };
}

/** Fit DECOMP to `y` (n >= 2m, m >= 2); undefined when no smoothing model fits the adjusted history. */
export function fitDecomposition(y: readonly number[], m: number): FittedModel | undefined {
  const n = y.length;
  const d = decompose(y, m);
  const s = (t: number): number => d.indices[t % m];
  const adjust = (v: number, t: number): number => (d.multiplicative ? v / s(t) : v - s(t));
  const adjusted = y.map(adjust);
  let inner: EtsFit | undefined;
  let bestIc = Number.POSITIVE_INFINITY;
  for (const damped of [false, true]) {
    const fit = fitEts(
      adjusted,
      damped ? { trend: "A", season: "N", m: 1 } : { trend: "N", season: "N", m: 1 },
      damped,
    );
    const ic = fit ? aicc(fit.sse, n, fit.nParams) : Number.POSITIVE_INFINITY;
    if (fit && (inner === undefined || ic < bestIc)) {
      inner = fit;
      bestIc = ic;
    }
  }
  if (!inner) return undefined;
  const fit = inner;
  const reseason = (v: number, t: number): number => (d.multiplicative ? v * s(t) : v + s(t));
  const sse = y.reduce((a, v, t) => a + (v - reseason(fit.run.fitted[t], t)) ** 2, 0);
  const params: Record<string, number> = { alpha: fit.par.alpha };
  if (fit.spec.trend === "A") {
    params.beta = fit.par.beta;
    params.phi = fit.par.phi;
  }
  params.weight = d.weight;
  return {
    method: "DECOMP",
    params,
    seasonLength: m,
    sse,
    nErrors: n,
    nParams: fit.nParams + m - 1,
    forecast: (h) => fit.forecast(h).map((v, i) => reseason(v, n + i)),
    oneStep: (z) => fit.oneStep(z.map(adjust)).map(reseason),
    stepErrors: (h) =>
      collectErrors(y, h, (visit) =>
        etsOriginForecasts(adjusted, fit.spec, fit.par, fit.init, h, (p, k, f) => visit(p, k, reseason(f, p))),
      ),
  };
}
