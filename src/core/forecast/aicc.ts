/** The information criterion AUTO and Holt-Winters use to compare least-squares fits. */

/** AICc of a least-squares fit; Infinity when there are too few errors for the parameters. */
export function aicc(sse: number, nErrors: number, nParams: number): number {
  const k = nParams + 1;
  if (nErrors - k - 1 <= 0 || !(sse >= 0)) return Number.POSITIVE_INFINITY;
  const s = Math.max(sse, 1e-300 * nErrors);
  return nErrors * Math.log(s / nErrors) + 2 * k + (2 * k * (k + 1)) / (nErrors - k - 1);
}
