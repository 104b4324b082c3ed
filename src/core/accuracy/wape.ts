import { Result, divZeroError } from "../errors";
import { Series, finite, overflowed, sameSize } from "../numeric";

/**
 * Weighted absolute percentage error (WAPE, also MAD/mean ratio).
 *
 * WAPE = sum|A - F| / sum|A| over the pairs where both the actual and the forecast are present
 * (NaN = blank, skipped). Returned as a fraction: 0.12 = 12 %. Unsigned: 0 = perfect.
 *
 * Errors: different sizes -> `#VALUE!`; sum|A| = 0 (no pairs, or every actual zero) -> `#DIV/0!`;
 * overflow -> `#NUM!`.
 *
 * @example wape([100, 200], [110, 170]) // (10 + 30) / 300 = 0.1333
 */
export function wape(actuals: Series, forecasts: Series): Result<number> {
  const bad = sameSize(actuals, "actuals", forecasts, "forecasts");
  if (bad) return bad;
  let absErr = 0;
  let absAct = 0;
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i];
    const f = forecasts[i];
    if (a !== a || f !== f) continue;
    absErr += Math.abs(a - f);
    absAct += Math.abs(a);
  }
  const big = overflowed("WAPE", absErr, absAct);
  if (big) return big;
  if (absAct === 0) return divZeroError("every actual is zero or blank");
  return finite(absErr / absAct, "WAPE");
}
