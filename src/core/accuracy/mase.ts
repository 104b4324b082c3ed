import { Result, divZeroError, numError } from "../errors";
import { Series, finite, overflowed, sameSize } from "../numeric";

/**
 * Mean absolute scaled error (Hyndman and Koehler, 2006).
 *
 * MASE = MAE / Q, MAE = mean|A - F| over the evaluated pairs, and
 * Q = mean(|y_t - y_(t-m)|, t = m+1..n) is the in-sample MAE of the naive (m = 1) or seasonal
 * naive (m = season length, e.g. 12 for monthly data) forecast on the history y. Below 1 the
 * forecast beats the naive method on average; above 1 it does worse. Unsigned.
 * The same scale as R `forecast::accuracy(f, x)` when `history` is the training series and
 * `seasonLength` its frequency.
 *
 * Blanks (NaN) are skipped: evaluated pairs need both values; naive differences need both ends.
 *
 * Errors: actuals/forecasts of different sizes -> `#VALUE!`; season length not a whole number
 * >= 1 -> `#NUM!`; no evaluated pair, a history too short for one naive difference, or a
 * constant history (Q = 0) -> `#DIV/0!`; overflow -> `#NUM!`.
 */
export function mase(actuals: Series, forecasts: Series, history: Series, seasonLength = 1): Result<number> {
  const bad = sameSize(actuals, "actuals", forecasts, "forecasts");
  if (bad) return bad;
  if (!Number.isInteger(seasonLength) || seasonLength < 1) {
    return numError(`season length must be a whole number of at least 1 (got ${seasonLength})`);
  }
  let absErr = 0;
  let n = 0;
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i];
    const f = forecasts[i];
    if (a !== a || f !== f) continue;
    absErr += Math.abs(a - f);
    n++;
  }
  if (n === 0) return divZeroError("no pair has both an actual and a forecast");
  let scaleSum = 0;
  let scaleN = 0;
  for (let t = seasonLength; t < history.length; t++) {
    const y = history[t];
    const lag = history[t - seasonLength];
    if (y !== y || lag !== lag) continue;
    scaleSum += Math.abs(y - lag);
    scaleN++;
  }
  const big = overflowed("MASE", absErr, scaleSum);
  if (big) return big;
  if (scaleN === 0) return divZeroError(`history needs more than ${seasonLength} values to scale by the naive error`);
  if (scaleSum === 0) return divZeroError("the history is constant, so the naive error is zero");
  // (absErr / n) / (scaleSum / scaleN), ordered to avoid overflow of either mean.
  return finite((absErr / scaleSum) * (scaleN / n), "MASE");
}
