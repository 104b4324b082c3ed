/**
 * Season length detection from the autocorrelation function (ACF).
 *
 * The ACF r_k is computed on the history minus its least-squares line (so a trend does not
 * dominate every lag). A lag k in 2..min(24, n/3) is a seasonal candidate when r_k is a local
 * peak (r_k >= r_{k-1} and r_k >= r_{k+1}), exceeds the white-noise bound 1.645 / sqrt(n), and
 * rises at least 0.3 above the lowest autocorrelation at a shorter lag (a real cycle has a trough
 * between its peaks; a slowly decaying ACF has none). The candidate with the highest r_k wins,
 * except that 12 is preferred when r_12 is at least 90% of the best (monthly data with a
 * yearly cycle). Returns 1 when no lag qualifies.
 * @example detectSeasonLength(monthlySalesWithYearlyPeak) // 12
 */
import { lineFit } from "./etsInit";

/** Sample autocorrelations r_0..r_maxLag (r_0 = 1; all 0 for a constant series). */
export function acf(x: readonly number[], maxLag: number): number[] {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  let c0 = 0;
  for (const v of x) c0 += (v - mean) ** 2;
  const out: number[] = [1];
  for (let k = 1; k <= maxLag; k++) {
    let ck = 0;
    for (let t = k; t < n; t++) ck += (x[t] - mean) * (x[t - k] - mean);
    out.push(c0 > 0 ? ck / c0 : 0);
  }
  return out;
}

export function detectSeasonLength(history: readonly number[]): number {
  const n = history.length;
  const maxLag = Math.min(24, Math.floor(n / 3));
  if (maxLag < 2) return 1;
  const { intercept, slope } = lineFit(history);
  const x = history.map((v, t) => v - intercept - slope * (t + 1));
  const r = acf(x, maxLag + 1);
  const bound = 1.645 / Math.sqrt(n);
  let trough = r[1];
  let best = 1;
  let bestR = -Infinity;
  for (let k = 2; k <= maxLag; k++) {
    const peak = r[k] >= r[k - 1] && r[k] >= r[k + 1];
    if (peak && r[k] > bound && r[k] - trough >= 0.3) {
      const prefer12 = k === 12 && r[k] >= 0.9 * bestR;
      if (r[k] > bestR || prefer12) {
        best = k;
        bestR = prefer12 ? Math.max(bestR, r[k]) : r[k];
      }
    }
    trough = Math.min(trough, r[k]);
  }
  return best;
}
