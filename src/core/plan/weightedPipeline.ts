import { Result, numError } from "../errors";
import { monthKey } from "../dates";
import { Series, finite, sameSize } from "../numeric";

/** Restricts the pipeline to deals closing in one calendar month. */
export interface PipelineFilter {
  /** Each deal's expected close date as an Excel serial (NaN = none: never matches). */
  readonly closeDates: Series;
  /** Any Excel serial date inside the month wanted. */
  readonly month: number;
}

/**
 * Weighted pipeline = sum(amount x win probability), optionally only over deals whose close
 * date falls in the given calendar month.
 *
 * Probabilities are fractions 0..1 (0.4 = 40 %; format the cells as %). A deal with a blank
 * amount or probability (NaN) is skipped; on desktop a blank probability arrives as 0 and
 * weighs the deal at 0, which gives the same sum.
 *
 * Errors: sizes differ -> `#VALUE!` naming the two arguments; a probability below 0 or above 1
 * -> `#NUM!`; overflow -> `#NUM!`. No deals -> 0.
 *
 * @example weightedPipeline([1000, 500], [0.5, 0.2]) // 500 + 100 = 600
 */
export function weightedPipeline(amounts: Series, probabilities: Series, filter?: PipelineFilter): Result<number> {
  const bad = sameSize(amounts, "amounts", probabilities, "probabilities");
  if (bad) return bad;
  if (filter !== undefined) {
    const badDates = sameSize(amounts, "amounts", filter.closeDates, "close months");
    if (badDates) return badDates;
    if (!Number.isFinite(filter.month)) return numError("month must be a date");
  }
  const key = filter === undefined ? 0 : monthKey(filter.month);
  let sum = 0;
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    const p = probabilities[i];
    if (p < 0 || p > 1) return numError(`probability must be a fraction between 0 and 1 (got ${p} in cell ${i + 1})`);
    if (a !== a || p !== p) continue;
    if (filter !== undefined) {
      const d = filter.closeDates[i];
      if (d !== d || monthKey(d) !== key) continue;
    }
    sum += a * p;
  }
  return finite(sum, "weighted pipeline");
}
