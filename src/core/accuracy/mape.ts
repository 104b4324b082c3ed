import { Result, divZeroError } from "../errors";
import { Series, finite, sameSize } from "../numeric";

/**
 * Mean absolute percentage error.
 *
 * MAPE = mean(|A - F| / |A|) over the pairs where both values are present and the actual is not
 * zero (a percentage error is undefined at A = 0, so those pairs are left out, as are blank pairs).
 * Returned as a fraction: 0.08 = 8 % (R `forecast::accuracy` reports the same number x 100).
 * Unsigned: 0 = perfect.
 *
 * Errors: different sizes -> `#VALUE!`; no pair with a non-zero actual -> `#DIV/0!`;
 * overflow -> `#NUM!`.
 *
 * @example mape([100, 200], [110, 170]) // (0.10 + 0.15) / 2 = 0.125
 */
export function mape(actuals: Series, forecasts: Series): Result<number> {
  const bad = sameSize(actuals, "actuals", forecasts, "forecasts");
  if (bad) return bad;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i];
    const f = forecasts[i];
    if (a !== a || f !== f || a === 0) continue;
    sum += Math.abs((a - f) / a);
    n++;
  }
  if (n === 0) return divZeroError("every actual is zero or blank");
  return finite(sum / n, "MAPE");
}
