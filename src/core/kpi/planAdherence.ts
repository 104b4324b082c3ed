import { Result, divZeroError, numError } from "../errors";
import { Series, finite, overflowed, sameSize } from "../numeric";
import { pairedRatio } from "./ratio";

/** How `planAdherence` scores actual against plan. */
export type AdherenceVariant = "RATIO" | "ABS";
export const ADHERENCE_VARIANTS: ReadonlyArray<AdherenceVariant> = ["RATIO", "ABS"];

/**
 * Plan adherence: how closely actual output followed the planned output.
 *
 * - "RATIO" (default, seed definition): sum(actual) / sum(plan). 1 = on plan, above 1 = produced
 *   more than planned, below 1 = less.
 * - "ABS": max(0, 1 - sum|actual - plan| / sum(plan)). 1 = every period exactly on plan; over- and
 *   under-production both lower the score (they do not cancel across periods).
 *
 * Only periods where both values are present count (NaN = blank; a month with no actual yet drops
 * out).
 *
 * Errors: different sizes -> `#VALUE!`; plan total 0 -> `#DIV/0!`; plan total negative -> `#NUM!`.
 *
 * @example planAdherence([90, 110], [100, 100])        // 200 / 200 = 1
 * @example planAdherence([90, 110], [100, 100], "ABS") // 1 - 20/200 = 0.9
 */
export function planAdherence(actual: Series, plan: Series, variant: AdherenceVariant = "RATIO"): Result<number> {
  if (variant === "RATIO") return pairedRatio(actual, "actual", plan, "plan");
  const bad = sameSize(actual, "actual", plan, "plan");
  if (bad) return bad;
  let dev = 0;
  let planned = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    const p = plan[i];
    if (a !== a || p !== p) continue;
    dev += Math.abs(a - p);
    planned += p;
  }
  const big = overflowed("plan adherence", dev, planned);
  if (big) return big;
  if (planned === 0) return divZeroError("plan total zero");
  if (planned < 0) return numError("plan must not total below zero");
  const r = finite(dev / planned, "plan adherence");
  return typeof r === "number" ? Math.max(0, 1 - r) : r;
}
