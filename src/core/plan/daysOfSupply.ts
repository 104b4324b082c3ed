import { Result, divZeroError, numError, valueError } from "../errors";
import { Series, countSkip, finite, overflowed, sumSkip } from "../numeric";

/** Average days in a month, 365.25 / 12. */
export const DAYS_PER_MONTH = 30.4375;

/**
 * Days of supply = inventory / average daily demand of the coming months
 *                = inventory / (mean(monthly demand) / daysPerMonth).
 *
 * `futureDemand` holds the coming months' demand (blanks skipped); `daysPerMonth` defaults to
 * 30.4375 (365.25 / 12, the calendar average). A negative inventory gives negative days (days of
 * backlog).
 *
 * Errors: inventory not a number -> `#VALUE!`; daysPerMonth <= 0 -> `#NUM!`; no demand or an
 * average demand of 0 -> `#DIV/0!`; negative average demand -> `#NUM!`; overflow -> `#NUM!`.
 *
 * @example daysOfSupply(300, [300, 300, 300], 30) // 300 / (300 / 30) = 30
 */
export function daysOfSupply(
  inventory: number,
  futureDemand: Series,
  daysPerMonth: number = DAYS_PER_MONTH,
): Result<number> {
  if (!Number.isFinite(inventory)) return valueError("inventory must be a number");
  if (!Number.isFinite(daysPerMonth) || daysPerMonth <= 0)
    return numError(`days per month must be above 0 (got ${daysPerMonth})`);
  const n = countSkip(futureDemand);
  const total = sumSkip(futureDemand);
  const big = overflowed("days of supply", total);
  if (big) return big;
  if (n === 0 || total === 0) return divZeroError("no future demand");
  if (total < 0) return numError("future demand must not be negative on average");
  // inventory / (total / n / daysPerMonth), ordered to keep intermediates in range.
  return finite((inventory / total) * n * daysPerMonth, "days of supply");
}
