/**
 * Finance rows of one family, as the Finance sheet's formulas compute them (plan months).
 *
 * Price and unit cost are the month's: the Prices sheet's value where one is typed, else the
 * family's (Families sheet).
 * Revenue is planned revenue: consensus demand x price (what the demand plan is worth). The
 * part of it at risk because supply falls short is shown on the Gaps sheet (shortfall x price).
 * - COGS = consensus demand x unit cost; gross margin = revenue - COGS;
 *   margin % = gross margin / revenue (blank when revenue is 0).
 * - Inventory value = max(0, projected inventory) x unit cost (backorders carry no value).
 */
import { FamilyConfig } from "../model";
import { Blank, FamilyFinance } from "./types";

export function familyFinance(
  family: FamilyConfig,
  demand: ReadonlyArray<number>,
  inventory: ReadonlyArray<number>,
  monthly: { readonly price: ReadonlyArray<Blank>; readonly unitCost: ReadonlyArray<Blank> } = {
    price: [],
    unitCost: [],
  },
): FamilyFinance {
  const price = demand.map((_, t) => monthly.price[t] ?? family.price);
  const unitCost = demand.map((_, t) => monthly.unitCost[t] ?? family.unitCost);
  const revenue = demand.map((d, t) => d * price[t]);
  const cogs = demand.map((d, t) => d * unitCost[t]);
  const grossMargin = revenue.map((r, t) => r - cogs[t]);
  const marginPct: Blank[] = revenue.map((r, t) => (r === 0 ? null : grossMargin[t] / r));
  const inventoryValue = inventory.map((i, t) => Math.max(0, i) * unitCost[t]);
  return { price, unitCost, revenue, cogs, grossMargin, marginPct, inventoryValue };
}
