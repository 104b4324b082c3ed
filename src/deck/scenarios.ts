/**
 * Scenario options for the executive review: the plan re-run with demand and capacity
 * multipliers by a small pure simulation, per family and month t:
 *
 *   demand_t    = max(0, plan demand_t x demandMultiplier)
 *   supply_t    = max(0, min(plan supply_t x supplyMultiplier, capacity_t x capacityMultiplier))
 *   shipped_t   = min(demand_t, inventory_{t-1} + supply_t)
 *   inventory_t = inventory_{t-1} + supply_t - shipped_t          (inventory_0 = max(0, opening))
 *   unmet_t     = demand_t - shipped_t                             (lost, not backordered)
 *   revenue_t   = shipped_t x price;   COGS_t = shipped_t x unit cost
 *
 * The supply plan follows demand unless told otherwise (supplyMultiplier defaults to the
 * demand multiplier): an upside scenario asks the plant for more, capped by (scaled) capacity.
 * Inventory is valued at unit cost. Unmet demand value = unmet units x price (revenue at stake).
 */

export interface ScenarioSpec {
  readonly name: string;
  readonly demandMultiplier: number;
  readonly capacityMultiplier: number;
  /** Multiplier on the planned supply before the capacity cap; default: the demand multiplier. */
  readonly supplyMultiplier?: number;
}

/** Base (the plan as is), upside (demand x1.10) and downside (demand x0.85, capacity x0.95). */
export const DEFAULT_SCENARIOS: ReadonlyArray<ScenarioSpec> = [
  { name: "Base", demandMultiplier: 1, capacityMultiplier: 1 },
  { name: "Upside", demandMultiplier: 1.1, capacityMultiplier: 1 },
  { name: "Downside", demandMultiplier: 0.85, capacityMultiplier: 0.95 },
];

/** What the simulation needs: per family price, unit cost, opening inventory; F x H plan grids. */
export interface ScenarioPlan {
  readonly families: ReadonlyArray<{
    readonly price: number;
    readonly unitCost: number;
    readonly openingInventory: number;
  }>;
  readonly demand: ReadonlyArray<ReadonlyArray<number>>;
  readonly supply: ReadonlyArray<ReadonlyArray<number>>;
  readonly capacity: ReadonlyArray<ReadonlyArray<number>>;
}

export interface ScenarioFamilyMonth {
  readonly demand: number;
  readonly supply: number;
  readonly shipped: number;
  readonly inventory: number;
  readonly unmet: number;
}

export interface ScenarioResult {
  readonly name: string;
  readonly demandMultiplier: number;
  readonly capacityMultiplier: number;
  readonly supplyMultiplier: number;
  /** Totals over all families and months. */
  readonly demand: number;
  readonly shipped: number;
  readonly demandValue: number;
  readonly revenue: number;
  readonly cogs: number;
  readonly grossMargin: number;
  /** grossMargin / revenue; `null` without revenue. */
  readonly grossMarginPct: number | null;
  /** Inventory value (at cost) at the end of the horizon. */
  readonly endingInventoryValue: number;
  /** Highest month-end inventory value over the horizon. */
  readonly peakInventoryValue: number;
  readonly unmetUnits: number;
  readonly unmetValue: number;
  /** Revenue per month, all families. */
  readonly revenueByMonth: ReadonlyArray<number>;
  /** detail[family][month]. */
  readonly detail: ReadonlyArray<ReadonlyArray<ScenarioFamilyMonth>>;
}

const finite = (x: number): number => (Number.isFinite(x) ? x : 0);

/** Runs one scenario over the plan. Pure; the plan is not modified. */
export function simulateScenario(plan: ScenarioPlan, spec: ScenarioSpec): ScenarioResult {
  const dm = spec.demandMultiplier;
  const cm = spec.capacityMultiplier;
  const sm = spec.supplyMultiplier ?? dm;
  const h = plan.demand.length > 0 ? plan.demand[0].length : 0;
  const valueByMonth = new Array<number>(h).fill(0);
  const revenueByMonth = new Array<number>(h).fill(0);
  let demand = 0;
  let shipped = 0;
  let demandValue = 0;
  let revenue = 0;
  let cogs = 0;
  let unmetUnits = 0;
  let unmetValue = 0;
  let endingInventoryValue = 0;
  const detail: ScenarioFamilyMonth[][] = [];

  plan.families.forEach((fam, f) => {
    let inv = Math.max(0, finite(fam.openingInventory));
    const rows: ScenarioFamilyMonth[] = [];
    for (let t = 0; t < h; t++) {
      const d = Math.max(0, finite(plan.demand[f][t] * dm));
      const s = Math.max(0, Math.min(finite(plan.supply[f][t] * sm), finite(plan.capacity[f][t] * cm)));
      const available = inv + s;
      const ship = Math.min(d, available);
      inv = available - ship;
      const unmet = d - ship;
      rows.push({ demand: d, supply: s, shipped: ship, inventory: inv, unmet });
      demand += d;
      shipped += ship;
      demandValue += d * fam.price;
      revenue += ship * fam.price;
      revenueByMonth[t] += ship * fam.price;
      cogs += ship * fam.unitCost;
      unmetUnits += unmet;
      unmetValue += unmet * fam.price;
      valueByMonth[t] += inv * fam.unitCost;
    }
    endingInventoryValue += inv * fam.unitCost;
    detail.push(rows);
  });

  const grossMargin = revenue - cogs;
  return {
    name: spec.name,
    demandMultiplier: dm,
    capacityMultiplier: cm,
    supplyMultiplier: sm,
    demand,
    shipped,
    demandValue,
    revenue,
    cogs,
    grossMargin,
    grossMarginPct: revenue === 0 ? null : grossMargin / revenue,
    endingInventoryValue,
    peakInventoryValue: h > 0 ? Math.max(...valueByMonth) : 0,
    unmetUnits,
    unmetValue,
    revenueByMonth,
    detail,
  };
}

/** Runs each scenario over the same plan, side by side, in the order given. */
export function runScenarios(
  plan: ScenarioPlan,
  specs: ReadonlyArray<ScenarioSpec> = DEFAULT_SCENARIOS,
): ScenarioResult[] {
  return specs.map((s) => simulateScenario(plan, s));
}
