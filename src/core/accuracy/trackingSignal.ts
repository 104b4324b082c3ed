import { Result, divZeroError } from "../errors";
import { Series, finite, overflowed, sameSize } from "../numeric";

/**
 * Tracking signal: the running sum of forecast errors in units of the mean absolute deviation.
 *
 * TS = sum(A - F) / MAD, MAD = mean|A - F|, over the pairs where both values are present.
 * Sign (statistics convention, e = A - F): positive = actuals above forecast (under-forecast),
 * negative = over-forecast. A value outside about +/-4 signals a biased forecast. Ranges from -n
 * to +n for n pairs.
 *
 * Errors: different sizes -> `#VALUE!`; no pair, or every error zero (MAD = 0) -> `#DIV/0!`.
 *
 * @example trackingSignal([100, 120, 90], [90, 100, 100]) // (10+20-10) / (40/3) = 1.5
 */
export function trackingSignal(actuals: Series, forecasts: Series): Result<number> {
  const bad = sameSize(actuals, "actuals", forecasts, "forecasts");
  if (bad) return bad;
  let sumErr = 0;
  let sumAbs = 0;
  let n = 0;
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i];
    const f = forecasts[i];
    if (a !== a || f !== f) continue;
    const e = a - f;
    sumErr += e;
    sumAbs += Math.abs(e);
    n++;
  }
  const big = overflowed("tracking signal", sumErr, sumAbs);
  if (big) return big;
  if (n === 0) return divZeroError("no pair has both an actual and a forecast");
  if (sumAbs === 0) return divZeroError("every forecast equals its actual, so the mean absolute deviation is zero");
  return finite((sumErr / sumAbs) * n, "tracking signal");
}
