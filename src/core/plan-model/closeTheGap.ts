/**
 * Close the gap to budget: per family, over the budget months (the bridge's), the revenue the plan
 * is short of budget, the units at the plan's price that would close it, and whether the family's
 * spare capacity in those months allows them (the Finance sheet's "Close the gap to budget" table,
 * below revenue accuracy by lag).
 *
 * - Gap = plan revenue - budget revenue (the bridge's revenue vs budget; negative = short).
 * - Plan price = plan revenue / plan units over the budget months; the Families price when the
 *   plan has no units there.
 * - Units to close = -gap / plan price when the plan is short, else 0.
 * - Spare capacity = sum over the budget months of MAX(0, capacity - supply plan): the family's
 *   own capacity (the Supply sheet's capacity row), not its resources'.
 * - Capacity allows: "yes" when the units fit in the spare capacity, "partly" when some spare
 *   capacity is left, "no" when none (or the price is 0); "no gap" when the plan is not short;
 *   "no budget" without a budget month. Comparisons on values rounded to 6 decimals (ROUND(x, 6)),
 *   so the core and a spreadsheet agree at a gap of 0.
 */
import { BridgeLine } from "./budget";
import { round6 } from "./gaps";

export const CLOSE_GAP_COLS = ["gap", "price", "units", "spare", "allows"] as const;
export type CloseGapCol = (typeof CLOSE_GAP_COLS)[number];
export const CLOSE_GAP_HEADERS: Readonly<Record<CloseGapCol, string>> = {
  gap: "Revenue vs budget",
  price: "Plan price",
  units: "Units to close the gap",
  spare: "Spare capacity",
  allows: "Capacity allows",
};

export type CapacityAllows = "yes" | "partly" | "no" | "no gap" | "no budget";

export interface GapToClose {
  readonly gap: number;
  readonly price: number;
  readonly units: number;
  readonly spare: number;
  readonly allows: CapacityAllows;
}

/** One family's line, from its bridge line, Families price, capacity and supply plan by plan month. */
export function closeTheGap(
  line: Pick<BridgeLine, "planUnits" | "planRevenue" | "revenueVsBudget">,
  familyPrice: number,
  capacity: ReadonlyArray<number>,
  supply: ReadonlyArray<number>,
  budgetMonths: ReadonlyArray<boolean>,
): GapToClose {
  const gap = line.revenueVsBudget;
  const price = line.planUnits > 0 ? line.planRevenue / line.planUnits : familyPrice;
  const short = round6(gap) < 0;
  const units = short && price > 0 ? -gap / price : 0;
  const spare = budgetMonths.reduce((s, b, j) => (b ? s + Math.max(0, capacity[j] - supply[j]) : s), 0);
  const allows: CapacityAllows = !budgetMonths.some((b) => b)
    ? "no budget"
    : !short
      ? "no gap"
      : price > 0 && round6(units - spare) <= 0
        ? "yes"
        : price > 0 && spare > 0
          ? "partly"
          : "no";
  return { gap, price, units, spare, allows };
}
