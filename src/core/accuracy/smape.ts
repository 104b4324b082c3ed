import { Result, divZeroError } from "../errors";
import { Series, finite, sameSize } from "../numeric";

/**
 * Symmetric mean absolute percentage error, M4 competition definition.
 *
 * sMAPE = mean(2|A - F| / (|A| + |F|)) over the pairs where both values are present; a pair with
 * A = F = 0 counts as 0 (a perfect forecast of nothing). Returned as a fraction between 0 and 2
 * (the M4 paper's 200 x ... percent, divided by 100): 0.1 = 10 %. Unsigned: 0 = perfect.
 *
 * Errors: different sizes -> `#VALUE!`; no pair -> `#DIV/0!`; overflow -> `#NUM!`.
 *
 * @example smape([100, 0], [110, 0]) // (2*10/210 + 0) / 2 = 0.0476
 */
export function smape(actuals: Series, forecasts: Series): Result<number> {
  const bad = sameSize(actuals, "actuals", forecasts, "forecasts");
  if (bad) return bad;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i];
    const f = forecasts[i];
    if (a !== a || f !== f) continue;
    n++;
    const denom = Math.abs(a) + Math.abs(f);
    if (denom === 0) continue;
    // |A| + |F| >= |A - F|, so a finite denominator keeps the ratio finite; when the sum of two
    // near-1e308 values overflows, halving both (exact at that size) keeps it representable.
    sum += Number.isFinite(denom)
      ? Math.abs(a - f) / denom
      : Math.abs(a / 2 - f / 2) / (Math.abs(a) / 2 + Math.abs(f) / 2);
  }
  if (n === 0) return divZeroError("no pair has both an actual and a forecast");
  return finite((2 * sum) / n, "sMAPE");
}
