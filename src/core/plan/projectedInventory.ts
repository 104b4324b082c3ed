import { Result, numError, valueError } from "../errors";
import { Series, sameSize } from "../numeric";

/**
 * Projected inventory, period by period: I_t = I_(t-1) + supply_t - demand_t, with
 * I_0 = the opening inventory. One value per period (the closing balance).
 *
 * A blank supply or demand (NaN) counts as 0: no receipt, no demand that month. A negative
 * balance is returned as is: it is the shortfall (backorders) the plan runs into.
 *
 * Errors: supply and demand of different sizes -> `#VALUE!`; opening not a number ->
 * `#VALUE!`; a balance beyond the floating-point range -> `#NUM!`.
 *
 * @example projectedInventory(100, [50, 50], [80, 90]) // [70, 30]
 */
export function projectedInventory(opening: number, supply: Series, demand: Series): Result<number[]> {
  const bad = sameSize(supply, "supply", demand, "demand");
  if (bad) return bad;
  if (!Number.isFinite(opening)) return valueError("opening inventory must be a number");
  const out = new Array<number>(supply.length);
  let level = opening;
  for (let i = 0; i < supply.length; i++) {
    const s = supply[i];
    const d = demand[i];
    level += (s === s ? s : 0) - (d === d ? d : 0);
    if (!Number.isFinite(level)) return numError(`projected inventory is too large to compute (period ${i + 1})`);
    out[i] = level;
  }
  return out;
}
