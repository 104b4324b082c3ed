/**
 * Finance rows of one family, as the Finance sheet's formulas compute them (plan months).
 *
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
): FamilyFinance {
  const revenue = demand.map((d) => d * family.price);
  const cogs = demand.map((d) => d * family.unitCost);
  const grossMargin = revenue.map((r, t) => r - cogs[t]);
  const marginPct: Blank[] = revenue.map((r, t) => (r === 0 ? null : grossMargin[t] / r));
  const inventoryValue = inventory.map((i) => Math.max(0, i) * family.unitCost);
  return { revenue, cogs, grossMargin, marginPct, inventoryValue };
}
