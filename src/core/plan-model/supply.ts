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
 * - Target inventory_t = target days of supply x average daily demand of the same window; with the
 *   inventory target "safety stock": safety stock + cycle stock (half the larger of the lot size
 *   and the minimum run: the average a run adds above the buffer).
 * - Safety stock = z(service level) x sigma x sqrt(lead time in months) (`safetyStock`), sigma =
 *   the root mean square of the consensus errors actual - consensus at lag 1 in the Plan archive
 *   when it holds at least 6 of them for the family, else of the history's errors (the Demand
 *   sheet's history: the archived consensus, else the lag-1 baseline); bias counts as error, pairs
 *   with a blank left out (`familySigma`, ./archiveErrors.ts, says why lag 1 and why 6). Safety
 *   stock in days = safety stock / average daily demand of the days-of-supply window.
 * - Capacity utilization = supply / capacity (blank when capacity is 0).
 * - Late and lost demand (`lateAndLost`), one definition for the Supply sheet, the Gaps agenda,
 *   the deck's summaries, scenarios and decisions, and the command line's summary.
 */
import { isSopError } from "../errors";
import { capacityUtilization } from "../kpi";
import { FamilyConfig } from "../model";
import { DAYS_PER_MONTH, daysOfSupply, projectedInventory } from "../plan";
import { round6 } from "./gaps";
import { proposeSupply, type SupplyProposal, type SupplyProposalInput } from "./proposeSupply";
import { Blank, FamilySupply, FamilySupplyPolicy } from "./types";
import { DEFAULT_INVENTORY_TARGET, DEFAULT_SUPPLY_STRATEGY, InventoryTarget, SupplyStrategy } from "../schema";
import { safetyStock } from "../plan/safetyStock";
import { FamilySigma, consensusError, familySigma } from "./archiveErrors";

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

/**
 * Target inventory by plan month: target days of supply x the average daily demand of the
 * days-of-supply window (`dosWindow`); with the inventory target "safety stock", `bufferUnits`
 * (safety stock + cycle stock) every month.
 */
export function targetInventoryRow(
  demand: ReadonlyArray<number>,
  basis: InventoryTarget,
  targetDaysOfSupply: number,
  bufferUnits: number,
): number[] {
  return demand.map((_, t) => {
    if (basis === "safety stock") return bufferUnits;
    const { from, to } = dosWindow(t, demand.length);
    const total = demand.slice(from, to + 1).reduce((s, x) => s + x, 0);
    return targetDaysOfSupply * (total / (to - from + 1) / DAYS_PER_MONTH);
  });
}

/** `proposeSupply` with each month's capacity lowered to what the resources leave (`limit`; absent = no resources). */
export function proposeWithin(input: SupplyProposalInput, limit?: ReadonlyArray<number>): SupplyProposal {
  return limit === undefined
    ? proposeSupply(input)
    : proposeSupply({ ...input, capacity: input.capacity.map((c, t) => Math.min(c, limit[t] ?? c)) });
}

/** How one family's supply is proposed and buffered (defaults: `NO_POLICY`). */
export interface SupplyOptions {
  readonly strategy: SupplyStrategy;
  readonly family: FamilySupplyPolicy;
  readonly serviceLevel: number;
  readonly inventoryTarget: InventoryTarget;
  /** History months: actual sales and the consensus planned for them (the Demand sheet's rows), for sigma. */
  readonly actual: ReadonlyArray<Blank>;
  readonly forecast: ReadonlyArray<Blank>;
  /** The Plan archive's rows of the family at lag 1 (`SIGMA_LAG`): actual and archived consensus, for sigma. */
  readonly archived?: { readonly actual: ReadonlyArray<Blank>; readonly forecast: ReadonlyArray<Blank> };
  /** Per plan month, the most the resources leave for this family's proposal (absent = no resources). */
  readonly resourceLimit?: ReadonlyArray<number>;
}

/** The supply policy when none is given: target-seeking, no lot size, no minimum run, lead time 1 month, 95 %, days of supply. */
export const NO_POLICY: SupplyOptions = {
  strategy: DEFAULT_SUPPLY_STRATEGY,
  family: { lotSize: null, minimumRun: null, leadTimeMonths: 1 },
  serviceLevel: 0.95,
  inventoryTarget: DEFAULT_INVENTORY_TARGET,
  actual: [],
  forecast: [],
};

/**
 * Safety stock of one family (`safetyStock` over the pairs of the source `familySigma` chooses:
 * the archive's lag-1 pairs, else the history's), null without any pair; and the sigma with its source.
 */
export function familySafetyStock(opts: SupplyOptions): { safetyStock: Blank; sigma: FamilySigma } {
  const nan = (v: Blank): number => (v === null ? NaN : v);
  const pairs = (actual: ReadonlyArray<Blank>, forecast: ReadonlyArray<Blank>): Array<[Blank, Blank]> =>
    actual.slice(0, Math.min(actual.length, forecast.length)).map((a, i) => [a, forecast[i]]);
  const history = pairs(opts.actual, opts.forecast);
  const archived = pairs(opts.archived?.actual ?? [], opts.archived?.forecast ?? []);
  const errors = (ps: ReadonlyArray<[Blank, Blank]>): Blank[] => ps.map(([a, f]) => consensusError(a, f));
  const sigma = familySigma(errors(archived), errors(history));
  const chosen = sigma.source === "archive" ? archived : history;
  const ss = safetyStock(
    chosen.map(([a]) => nan(a)),
    chosen.map(([, f]) => nan(f)),
    opts.serviceLevel,
    opts.family.leadTimeMonths,
  );
  return { safetyStock: isSopError(ss) ? null : ss, sigma };
}

export function familySupply(
  family: FamilyConfig,
  demand: ReadonlyArray<number>,
  typed: ReadonlyArray<Blank>,
  opts: SupplyOptions = NO_POLICY,
): FamilySupply {
  const { strategy, family: policy } = opts;
  const h = demand.length;
  const capacity = demand.map(() => family.capacityPerMonth);
  const { safetyStock: ss, sigma } = familySafetyStock(opts);
  const cycleStock = Math.max(policy.lotSize ?? 0, policy.minimumRun ?? 0) / 2;
  const targetInventory = targetInventoryRow(
    demand,
    opts.inventoryTarget,
    family.targetDaysOfSupply,
    (ss ?? 0) + cycleStock,
  );
  const windowTotals: number[] = [];
  const safetyStockDays: Blank[] = [];
  for (let t = 0; t < h; t++) {
    const { from, to } = dosWindow(t, h);
    const total = demand.slice(from, to + 1).reduce((s, x) => s + x, 0);
    windowTotals.push(total);
    safetyStockDays.push(ss === null || !(total > 0) ? null : ss / (total / (to - from + 1) / DAYS_PER_MONTH));
  }
  const proposal = proposeWithin(
    {
      demand,
      capacity,
      openingInventory: family.openingInventory,
      targetInventory,
      fixed: typed,
      strategy,
      lotSize: policy.lotSize ?? 0,
      minimumRun: policy.minimumRun ?? 0,
    },
    opts.resourceLimit,
  );
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
    sigma,
    safetyStock: demand.map(() => ss),
    safetyStockDays,
    targetInventory,
    utilization,
    late,
    lost,
  };
}
