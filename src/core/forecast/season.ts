/**
 * Is a history seasonal, and with which season length?
 *
 * Only the season lengths real data has are considered: 4 (quarters), 7 (days of a week),
 * 12 (months) and 52 (weeks), each only when the history holds at least two full cycles.
 * A length m is tested with the F test for stable seasonality of X-11 / X-13ARIMA-SEATS: a
 * one-way analysis of variance of the detrended history (one-off spikes replaced, least-squares
 * line removed, values beyond 3 robust standard deviations (3 x 1.4826 x MAD) pulled back to
 * that bound and the line refitted, so one outlier can neither tilt the line nor hide a season)
 * grouped by position in the cycle,
 *   F = (SSB / (m - 1)) / (SSW / (n - m)),
 * seasonal when P(F(m - 1, n - m) > F) < 10 % (the 90 % level M4 uses for its seasonality test).
 * M4's autocorrelation test at lag m cannot pass with two cycles (r_m is a sum of n - m
 * products over n, so at most about 0.5 when n = 2m, against a bound above 0.6); the F test
 * compares each position with its own cycle-to-cycle spread and works from two cycles.
 * Several significant lengths: the one with the highest adjusted R^2 = 1 - (SSW / (n - m)) /
 * (SST / (n - 1)) wins (a multiple of the true length, e.g. 12 on quarterly data, explains no
 * more and pays for its extra positions).
 * @example detectSeasonLength(twoYearsOfMonthlySalesWithASummerPeak) // 12
 */
import { lineFit } from "./etsInit";
import { fUpperTail } from "./fdist";

/** The season lengths detection considers. */
export const SEASON_CANDIDATES: readonly number[] = [4, 7, 12, 52];
/** Significance level of the stable-seasonality test. */
export const SEASON_TEST_LEVEL = 0.1;

export interface SeasonTest {
  readonly m: number;
  readonly f: number;
  readonly pValue: number;
  readonly adjustedR2: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const k = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[k] : (s[k - 1] + s[k]) / 2;
}

const robustSd = (xs: readonly number[]): number => {
  const med = median(xs);
  return 1.4826 * median(xs.map((v) => Math.abs(v - med)));
};

/** Deviation of each value from the mean of its neighbours (from its one neighbour at the ends). */
function localDeviation(x: readonly number[]): number[] {
  const n = x.length;
  return x.map((v, t) => (t === 0 ? v - x[1] : t === n - 1 ? v - x[n - 2] : v - (x[t - 1] + x[t + 1]) / 2));
}

/**
 * One-off spikes replaced by the mean of their neighbours, the largest first: a value whose
 * deviation from its neighbours exceeds 4 robust standard deviations of all such deviations
 * (measured before any replacement; at most n / 10 replacements), unless the same position
 * of another cycle (m apart) deviates the same way by at least half as much (a recurring peak,
 * such as a December high, is the season, not an outlier). m = 1: any such spike.
 */
export function despiked(y: readonly number[], m: number): number[] {
  const n = y.length;
  const out = [...y];
  if (n < 3) return out;
  const bound = 4 * robustSd(localDeviation(y));
  if (!(bound > 0)) return out;
  // The largest spike first, then the deviations again (a spike also moves its neighbours').
  for (let round = 0; round < Math.ceil(n / 10); round++) {
    const d = localDeviation(out);
    const recurs = (t: number): boolean => {
      for (let u = t % m; m >= 2 && u < n; u += m) {
        if (u !== t && Math.sign(d[u]) === Math.sign(d[t]) && Math.abs(d[u]) >= Math.abs(d[t]) / 2) return true;
      }
      return false;
    };
    let worst = -1;
    d.forEach((v, t) => {
      if (Math.abs(v) > bound && !recurs(t) && (worst < 0 || Math.abs(v) > Math.abs(d[worst]))) worst = t;
    });
    if (worst < 0) break;
    out[worst] = worst === 0 ? out[1] : worst === n - 1 ? out[n - 2] : (out[worst - 1] + out[worst + 1]) / 2;
  }
  return out;
}

function clipped(x: readonly number[]): number[] {
  const med = median(x);
  const bound = 3 * robustSd(x);
  return bound > 0 ? x.map((v) => Math.min(med + bound, Math.max(med - bound, v))) : [...x];
}

/**
 * The history with one-off spikes replaced (see `despiked`), minus its least-squares line,
 * values beyond 3 robust standard deviations pulled back to that bound and the line refitted to
 * the pulled-back values (three rounds) so an outlier does not tilt it.
 */
export function robustDetrended(y: readonly number[], m: number): number[] {
  const clean = despiked(y, m);
  let w: readonly number[] = clean;
  let x: number[] = [];
  for (let round = 0; round < 3; round++) {
    const { intercept, slope } = lineFit(w);
    const line = clean.map((_, t) => intercept + slope * (t + 1));
    x = clipped(clean.map((v, t) => v - line[t]));
    w = x.map((v, t) => v + line[t]);
  }
  return x;
}

/** The stable-seasonality F test at season length m; undefined below two full cycles. */
export function seasonTest(y: readonly number[], m: number): SeasonTest | undefined {
  const n = y.length;
  if (!Number.isInteger(m) || m < 2 || n < 2 * m) return undefined;
  const x = robustDetrended(y, m);
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  x.forEach((v, t) => {
    sums[t % m] += v;
    counts[t % m] += 1;
  });
  let ssb = 0;
  let ssw = 0;
  x.forEach((v, t) => {
    const g = sums[t % m] / counts[t % m];
    ssb += (g - mean) ** 2;
    ssw += (v - g) ** 2;
  });
  const sst = ssb + ssw;
  if (!(sst > 0)) return { m, f: 0, pValue: 1, adjustedR2: 0 };
  const f = ssw > 0 ? ssb / (m - 1) / (ssw / (n - m)) : Number.POSITIVE_INFINITY;
  const pValue = Number.isFinite(f) ? fUpperTail(f, m - 1, n - m) : 0;
  return { m, f, pValue, adjustedR2: 1 - ssw / (n - m) / (sst / (n - 1)) };
}

/** True when the history has a significant stable season of length m (two cycles at least). */
export function isSeasonal(y: readonly number[], m: number): boolean {
  const t = seasonTest(y, m);
  return t !== undefined && t.pValue < SEASON_TEST_LEVEL;
}

/** The detected season length among 4, 7, 12 and 52; 1 when none is significant. */
export function detectSeasonLength(history: readonly number[]): number {
  let best: SeasonTest | undefined;
  for (const m of SEASON_CANDIDATES) {
    const t = seasonTest(history, m);
    if (t && t.pValue < SEASON_TEST_LEVEL && (!best || t.adjustedR2 > best.adjustedR2)) best = t;
  }
  return best?.m ?? 1;
}
