import { Result } from "../errors";
import { Series } from "../numeric";
import { pairedRatio } from "./ratio";

/**
 * Capacity utilization = sum(actual output) / sum(available capacity), over the periods where
 * both are present (NaN = blank). 0.85 = 85 % of capacity used; above 1 = output beyond the
 * stated capacity (overtime, outsourcing).
 *
 * Errors: different sizes -> `#VALUE!`; capacity total 0 -> `#DIV/0!`; negative -> `#NUM!`.
 *
 * @example capacityUtilization([80, 90], [100, 100]) // 170 / 200 = 0.85
 */
export function capacityUtilization(output: Series, capacity: Series): Result<number> {
  return pairedRatio(output, "output", capacity, "capacity");
}
