import { Result } from "../errors";
import { Series } from "../numeric";
import { pairedRatio } from "./ratio";

/**
 * Revenue vs plan = sum(actual revenue) / sum(planned revenue), over the periods where both are
 * present (NaN = blank, so months without actuals yet drop out). 1 = on plan, 1.05 = 5 % above
 * plan, 0.95 = 5 % below.
 *
 * Errors: different sizes -> `#VALUE!`; plan total 0 -> `#DIV/0!`; negative -> `#NUM!`.
 *
 * @example revenueVsPlan([95, 110], [100, 100]) // 205 / 200 = 1.025
 */
export function revenueVsPlan(actualRevenue: Series, plannedRevenue: Series): Result<number> {
  return pairedRatio(actualRevenue, "actual revenue", plannedRevenue, "planned revenue");
}
