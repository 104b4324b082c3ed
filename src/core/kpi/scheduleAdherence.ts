import { Result, divZeroError, numError } from "../errors";
import { Series, finite, overflowed, sameSize } from "../numeric";

/**
 * Schedule adherence = sum(min(actual, scheduled)) / sum(scheduled), per period (or per
 * scheduled job), over the pairs where both are present (NaN = blank).
 *
 * Why the min: the schedule is met in a period only up to what was scheduled. Producing more
 * than scheduled in one period does not make up for a shortfall in another (that would be plan
 * adherence, a volume ratio); it is off-schedule work too. So the score is the share of the
 * scheduled quantity delivered as scheduled: 1 = every period met, never above 1.
 *
 * With due dates and an as-of date, a job not yet due (due on or after `asOf`) that is not yet
 * complete (actual < scheduled) is left out: it has not missed its schedule. A job done early
 * counts, as met.
 *
 * Errors: different sizes -> `#VALUE!`; a negative value -> `#NUM!`; scheduled total 0 -> `#DIV/0!`.
 *
 * @example scheduleAdherence([100, 120, 70], [100, 100, 100]) // (100 + 100 + 70) / 300 = 0.9
 */
export function scheduleAdherence(actual: Series, scheduled: Series, due?: Series, asOf?: number): Result<number> {
  const bad =
    sameSize(actual, "actual", scheduled, "scheduled") ?? (due ? sameSize(actual, "actual", due, "dueDates") : null);
  if (bad) return bad;
  if (asOf !== undefined && !(Number.isFinite(asOf) && asOf >= 1))
    return numError(`the as-of date is not a date (got ${asOf})`);
  let met = 0;
  let total = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    const s = scheduled[i];
    if (a !== a || s !== s) continue;
    if (a < 0 || s < 0) return numError(`actual and scheduled must not be negative (cell ${i + 1})`);
    const d = due ? due[i] : NaN;
    if (asOf !== undefined && d === d && d >= asOf && a < s) continue;
    met += a < s ? a : s;
    total += s;
  }
  const big = overflowed("schedule adherence", met, total);
  if (big) return big;
  if (total === 0) return divZeroError("scheduled total zero");
  return finite(met / total, "schedule adherence");
}
