/**
 * The holdout error AUTO ranks intermittent-demand methods by. sMAPE and MASE live in
 * src/core/accuracy, shared with the SOP.* accuracy functions.
 */

/** Mean absolute error. */
export function mae(actual: readonly number[], fcst: readonly number[]): number {
  const n = Math.min(actual.length, fcst.length);
  let acc = 0;
  for (let i = 0; i < n; i++) acc += Math.abs(actual[i] - fcst[i]);
  return acc / n;
}
