import { Result, divZeroError, numError } from "../errors";
import { Series, finite, overflowed, pairedSums, sameSize } from "../numeric";

/**
 * sum(numerator) / sum(denominator) over the periods where both are present (NaN = blank),
 * so months not yet reported (blank actuals) drop out of both sums.
 *
 * Errors: different sizes -> `#VALUE!` naming both; denominator total 0 -> `#DIV/0!`;
 * denominator total negative -> `#NUM!`; overflow -> `#NUM!`.
 */
export function pairedRatio(num: Series, numName: string, den: Series, denName: string): Result<number> {
  const bad = sameSize(num, numName, den, denName);
  if (bad) return bad;
  const { sumA, sumB } = pairedSums(num, den);
  const big = overflowed(`${numName} / ${denName}`, sumA, sumB);
  if (big) return big;
  if (sumB === 0) return divZeroError(`${denName} total zero`);
  if (sumB < 0) return numError(`${denName} must not total below zero`);
  return finite(sumA / sumB, `${numName} / ${denName}`);
}
