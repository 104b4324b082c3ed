import { Result, divZeroError, numError } from "../errors";
import { Series, countSkip, finite, overflowed, sumSkip } from "../numeric";

/**
 * Inventory turns = COGS / average inventory.
 *
 * COGS is the sum of the cost-of-goods-sold cells for the period (a year of monthly COGS gives
 * annual turns); the average inventory is the mean of all the period's balances (e.g. 13
 * month-end balances), not only the start and end. Blanks (NaN) are skipped in both. Higher =
 * inventory converts to sales faster.
 *
 * Errors: no balances or an average of 0 -> `#DIV/0!`; negative COGS total or average
 * inventory -> `#NUM!`; overflow -> `#NUM!`.
 *
 * @example inventoryTurns([600, 600], [100, 200, 300]) // 1200 / 200 = 6
 */
export function inventoryTurns(cogs: Series, inventoryBalances: Series): Result<number> {
  const n = countSkip(inventoryBalances);
  if (n === 0) return divZeroError("no inventory balances");
  const total = sumSkip(inventoryBalances);
  const c = sumSkip(cogs);
  const big = overflowed("inventory turns", total, c);
  if (big) return big;
  if (total === 0) return divZeroError("average inventory is zero");
  if (total < 0) return numError("average inventory must not be negative");
  if (c < 0) return numError("COGS must not be negative");
  return finite((c / total) * n, "inventory turns");
}
