/**
 * Supply rows of one family, as the Supply sheet's formulas compute them (plan months).
 *
 * - Supply plan: an input; the months not typed start at the proposal of the family's supply policy
 *   (`proposeSupply`: target-seeking by default, aiming at the target inventory below), whole units.
 * - Projected inventory_t = inventory_(t-1) + (supply_t - demand_t), inventory_0 = opening inventory.
 *   Negative = backorders.
 * - Days of supply_t = inventory_t / (average demand of the next DOS_WINDOW months / DAYS_PER_MONTH);
 *   the window is months t+1..t+3 (fewer near the end of the horizon; the last month uses its
 *   own demand); blank when that demand is 0 or less.
 * - Target inventory_t = target days of supply x average daily demand of the same window.
 * - Capacity utilization = supply / capacity (blank when capacity is 0).
 * - Late and lost demand (`lateAndLost`), one definition for the Supply sheet, the Gaps agenda,
 *   the deck's summaries, scenarios and decisions, and the command line's summary.
 */
import { isSopError } from "../errors";
import { capacityUtilization } from "../kpi";
import { FamilyConfig } from "../model";
import { DAYS_PER_MONTH, daysOfSupply, projectedInventory } from "../plan";
import { round6 } from "./gaps";
import { proposeSupply } from "./proposeSupply";
import { Blank, FamilySupply, FamilySupplyPolicy } from "./types";
import { DEFAULT_SUPPLY_STRATEGY, SupplyStrategy } from "../schema";

/** Months ahead whose demand sets the days of supply. */
export const DOS_WINDOW = 3;

/** First and last plan-month index (inclusive) of the days-of-supply window for month `t` of `h`. */
export function dosWindow(t: number, h: number): { readonly from: number; readonly to: number } {
  if (t >= h - 1) return { from: t, to: t };
  return { from: t + 1, to: Math.min(t + DOS_WINDOW, h - 1) };
}

/**
 * Late and lost demand of one family, from its monthly demand and projected inventory (negative
 * = backorders, served first in, first out):
 * - unserved_t = max(0, min(demand_t, -inventory_t)): month t's demand not shipped by the end of
 *   month t;
 * - lost_t = max(0, min(demand_t, backlog_end - demand after t)), backlog_end =
 *   max(0, -inventory at the end of the horizon): the part of month t's demand still not shipped
 *   when the horizon ends (the latest demand is served last, so the backlog left is made of it);
 * - late_t = unserved_t - lost_t: shipped, but in a later month.
 * Flows: months add up, each unit counted once, in the month it was demanded. Both are rounded to
 * 6 decimals (ROUND(x, 6) on the sheet), so the core and a spreadsheet, adding the later months
 * in a different order, agree on which months have any.
 */
export function lateAndLost(
  demand: ReadonlyArray<number>,
  inventory: ReadonlyArray<number>,
): { readonly late: number[]; readonly lost: number[] } {
  const h = demand.length;
  const backlogEnd = h > 0 ? Math.max(0, -inventory[h - 1]) : 0;
  const late: number[] = new Array<number>(h).fill(0);
  const lost: number[] = new Array<number>(h).fill(0);
  let after = 0;
  for (let t = h - 1; t >= 0; t--) {
    lost[t] = Math.max(0, Math.min(demand[t], round6(backlogEnd - after)));
    late[t] = Math.min(demand[t] - lost[t], Math.max(0, round6(Math.min(demand[t], -inventory[t]) - lost[t])));
    after += demand[t];
  }
  return { late, lost };
}

/** The supply policy when none is given: target-seeking, no lot size, no minimum run, lead time 1 month. */
export const NO_POLICY: { readonly strategy: SupplyStrategy; readonly family: FamilySupplyPolicy } = {
  strategy: DEFAULT_SUPPLY_STRATEGY,
  family: { lotSize: null, minimumRun: null, leadTimeMonths: 1 },
};

export function familySupply(
  family: FamilyConfig,
  demand: ReadonlyArray<number>,
  typed: ReadonlyArray<Blank>,
  strategy: SupplyStrategy = NO_POLICY.strategy,
  policy: FamilySupplyPolicy = NO_POLICY.family,
): FamilySupply {
  const h = demand.length;
  const capacity = demand.map(() => family.capacityPerMonth);
  const targetInventory: number[] = [];
  const windowTotals: number[] = [];
  for (let t = 0; t < h; t++) {
    const { from, to } = dosWindow(t, h);
    const window = demand.slice(from, to + 1);
    const total = window.reduce((s, x) => s + x, 0);
    windowTotals.push(total);
    targetInventory.push((family.targetDaysOfSupply * total) / window.length / DAYS_PER_MONTH);
  }
  const proposal = proposeSupply({
    demand,
    capacity,
    openingInventory: family.openingInventory,
    targetInventory,
    fixed: typed,
    strategy,
    lotSize: policy.lotSize ?? 0,
    minimumRun: policy.minimumRun ?? 0,
  });
  const supply = proposal.supply;
  const inv = projectedInventory(family.openingInventory, supply, demand);
  if (isSopError(inv)) throw new Error(`projected inventory of ${family.name}: ${inv.message}`);
  const daysOfSupplyRow: Blank[] = [];
  for (let t = 0; t < h; t++) {
    const { from, to } = dosWindow(t, h);
    const dos = windowTotals[t] > 0 ? daysOfSupply(inv[t], demand.slice(from, to + 1), DAYS_PER_MONTH) : null;
    daysOfSupplyRow.push(dos === null || isSopError(dos) ? null : dos);
  }
  const utilization = supply.map((s, t) => {
    if (!(capacity[t] > 0)) return null;
    const u = capacityUtilization([s], [capacity[t]]);
    return isSopError(u) ? null : u;
  });
  const { late, lost } = lateAndLost(demand, inv);
  return {
    capacity,
    proposed: supply.map((x, t) => (typed[t] === null || typed[t] === undefined ? x : null)),
    supply,
    strategy,
    buildAhead: proposal.buildAhead,
    inventory: inv,
    daysOfSupply: daysOfSupplyRow,
    targetInventory,
    utilization,
    late,
    lost,
  };
}
