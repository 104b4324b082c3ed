/**
 * Season length detection from the autocorrelation function (ACF).
 *
 * The ACF r_k is computed on the first differences of the history (removing trend, which would
 * otherwise dominate every lag). A lag k is a seasonal candidate when r_k is a local peak and
 * exceeds the Bartlett bound 1.645 * sqrt((1 + 2 * sum_{j<k} r_j^2) / n) (the test R's
 * `forecast` uses to decide seasonality). The smallest candidate wins, except that 12 is preferred
 * when it is a multiple of the winner with a higher autocorrelation (monthly data with a yearly cycle).
 * Only lags with at least three full cycles in the history (n >= 3k) and k <= 24 are considered.
 * Returns 1 when no seasonality is found.
 */
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
  const d: number[] = [];
  for (let t = 1; t < history.length; t++) d.push(history[t] - history[t - 1]);
  const n = d.length;
  const maxLag = Math.min(24, Math.floor(history.length / 3));
  if (maxLag < 2 || n < 6) return 1;
  const r = acf(d, maxLag + 1);
  const candidates: number[] = [];
  let cum = 1;
  for (let k = 1; k <= maxLag; k++) {
    const bound = 1.645 * Math.sqrt(cum / n);
    cum += 2 * r[k] * r[k];
    if (k < 2) continue;
    const peak = r[k] >= r[k - 1] && r[k] >= r[k + 1];
    if (peak && r[k] > bound) candidates.push(k);
  }
  if (candidates.length === 0) return 1;
  const first = candidates[0];
  if (first !== 12 && 12 % first === 0 && candidates.includes(12) && r[12] > r[first]) return 12;
  return first;
}
