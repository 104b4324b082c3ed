/**
 * Forecast accuracy measures used to choose and report methods.
 */

/**
 * Symmetric MAPE in percent, M4 definition: mean of 200 |A - F| / (|A| + |F|).
 * A period where actual and forecast are both 0 counts as a perfect 0.
 * Returns NaN for empty input (callers guard).
 * @example smape([100, 200], [110, 180]) // (200*10/210 + 200*20/380) / 2 = 10.025...
 */
export function smape(actual: readonly number[], fcst: readonly number[]): number {
  const n = Math.min(actual.length, fcst.length);
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const den = Math.abs(actual[i]) + Math.abs(fcst[i]);
    acc += den === 0 ? 0 : (200 * Math.abs(actual[i] - fcst[i])) / den;
  }
  return acc / n;
}

/**
 * Mean absolute scaled error (Hyndman & Koehler 2006): MAE of the forecast divided by the in-sample
 * MAE of the seasonal naive forecast with lag m (m = 1: naive) on the training history.
 * Returns NaN when the scale is 0 or undefined.
 */
export function mase(actual: readonly number[], fcst: readonly number[], train: readonly number[], m = 1): number {
  const lag = train.length > m ? m : 1;
  let scale = 0;
  for (let t = lag; t < train.length; t++) scale += Math.abs(train[t] - train[t - lag]);
  scale /= train.length - lag;
  const n = Math.min(actual.length, fcst.length);
  let mae = 0;
  for (let i = 0; i < n; i++) mae += Math.abs(actual[i] - fcst[i]) / n;
  return scale > 0 ? mae / scale : Number.NaN;
}

/** Mean absolute error. */
export function mae(actual: readonly number[], fcst: readonly number[]): number {
  const n = Math.min(actual.length, fcst.length);
  let acc = 0;
  for (let i = 0; i < n; i++) acc += Math.abs(actual[i] - fcst[i]);
  return acc / n;
}
