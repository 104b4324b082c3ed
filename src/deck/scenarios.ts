/**
 * Scenario options for the executive review: the plan re-run with demand and capacity
 * multipliers by a small pure simulation, per family and month t:
 *
 *   demand_t    = max(0, plan demand_t x demandMultiplier)
 *   supply_t    = max(0, min(plan supply_t x supplyMultiplier, capacity_t x capacityMultiplier))
 *   inventory_t = inventory_{t-1} + supply_t - demand_t   (inventory_0 = opening; negative = backorders)
 *   shipped_t   = demand_t + backorders_{t-1} - backorders_t   (backorders_t = max(0, -inventory_t))
 *   late_t, lost_t as `lateAndLost` defines them for the Supply sheet (the Base scenario is the
 *   Supply sheet's plan, so its late and lost demand are the sheet's, unit for unit)
 *   revenue_t   = shipped_t x price;   COGS_t = shipped_t x unit cost
 *
 * The supply plan follows demand unless told otherwise (supplyMultiplier defaults to the
 * demand multiplier): an upside scenario asks the plant for more, capped by (scaled) capacity.
 * Inventory on hand (max(0, inventory_t)) is valued at unit cost. Late demand value = late units
 * x price (revenue delayed); lost demand value = lost units x price (revenue lost), and its
 * margin = lost units x (price - unit cost).
 *
 * The "overtime" option adds, in each month where the month-end inventory would be negative
 * (demand late or lost), overtime_t = min(overtime capacity_t, -inventory_t) units, overtime
 * capacity_t = the family's overtime units per month x the capacity multiplier; each costs the
 * family's overtime premium on top of the unit cost, so
 *   gross margin = revenue - COGS - overtime units x premium.
 * Only families that give both overtime inputs use it.
 */
import { lateAndLost } from "../core/plan-model/supply";
import { SCENARIO_FIELDS, SCENARIO_FIELD_NAMES, SCENARIO_MULTIPLIERS, type ScenarioField } from "../core/schema";
import {
  buildAhead,
  familyOvertime,
  overtimeWhereShort,
  RESPONSE_OPTIONS,
  type ResponseOption,
  type SupplyPolicy,
} from "./options";

/**
 * How supply answers a scenario (a response option the executives can choose):
 * - "asIs": the supply plan as it stands (scaled with demand, capped by capacity);
 * - "buildAhead": the same, and wherever inventory would run short, the shortfall is made
 *   earlier in the latest months with spare capacity (the month itself first, then back);
 * - "overtime": the plan as it stands, plus overtime in the months that would otherwise end with
 *   backorders, at the family's overtime premium per unit (`overtimeWhereShort`).
 *
 * The plan is the Supply sheet's (read from the workbook): months typed by the planner, the
 * others as proposed (`proposeSupply`, target-seeking by default). A target-seeking plan already
 * builds ahead of the peaks of the consensus, so in the Base scenario "Build ahead" only adds
 * what typed months (or the chase and level strategies) leave short; its value is under the
 * other scenarios, where more demand or less capacity creates shortfalls the plan as is only
 * scales: "Build ahead" is the decision to re-plan ahead of them, "Plan as is" to keep the plan.
 */
export interface ScenarioSpec {
  readonly name: string;
  readonly demandMultiplier: number;
  readonly capacityMultiplier: number;
  /** Multiplier on the planned supply before the capacity cap; default: the demand multiplier. */
  readonly supplyMultiplier?: number;
  /** The response option simulated under the scenario; default "asIs". */
  readonly supplyPolicy?: SupplyPolicy;
}

/** One response option's results under each scenario (in the scenarios' order). */
export interface OptionResult {
  readonly name: string;
  readonly policy: SupplyPolicy;
  readonly byScenario: ReadonlyArray<ScenarioResult>;
}

/**
 * Base (the plan as it stands, x1 / x1), then the Upside and Downside scenarios with the given
 * multipliers (the Settings sheet's, SOP_ScenarioMultipliers).
 */
export function scenarioSpecs(multipliers: Readonly<Record<ScenarioField, number>>): ScenarioSpec[] {
  return [
    { name: "Base", demandMultiplier: 1, capacityMultiplier: 1 },
    ...SCENARIO_MULTIPLIERS.map((s) => ({
      name: s.name,
      demandMultiplier: multipliers[s.demand],
      capacityMultiplier: multipliers[s.capacity],
    })),
  ];
}

/** The scenarios with the schema's default multipliers: Upside demand x1.10, Downside demand x0.85 and capacity x0.95. */
export const DEFAULT_SCENARIOS: ReadonlyArray<ScenarioSpec> = scenarioSpecs(
  Object.fromEntries(SCENARIO_FIELD_NAMES.map((f) => [f, SCENARIO_FIELDS[f].fallback])) as Record<
    ScenarioField,
    number
  >,
);

/** What the simulation needs: per family price, unit cost, opening inventory; F x H plan grids. */
export interface ScenarioPlan {
  readonly families: ReadonlyArray<{
    readonly price: number;
    readonly unitCost: number;
    readonly openingInventory: number;
    /** Optional overtime inputs (the "overtime" option uses a family only when both are given). */
    readonly overtimePerMonth?: number;
    readonly overtimePremium?: number;
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
  readonly late: number;
  readonly lost: number;
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
  /** Units made on overtime, and their premium over the unit cost (0 unless the option is "overtime"). */
  readonly overtimeUnits: number;
  readonly overtimeCost: number;
  /** revenue - COGS - overtime cost. */
  readonly grossMargin: number;
  /** grossMargin / revenue; `null` without revenue. */
  readonly grossMarginPct: number | null;
  /** Inventory value (at cost) at the end of the horizon. */
  readonly endingInventoryValue: number;
  /** Highest month-end inventory value over the horizon. */
  readonly peakInventoryValue: number;
  /** Demand shipped after its month: units and revenue delayed. */
  readonly lateUnits: number;
  readonly lateValue: number;
  /** Demand not shipped by the end of the horizon: units, revenue lost and margin lost. */
  readonly lostUnits: number;
  readonly lostValue: number;
  readonly lostMargin: number;
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
  let overtimeUnits = 0;
  let overtimeCost = 0;
  let lateUnits = 0;
  let lateValue = 0;
  let lostUnits = 0;
  let lostValue = 0;
  let lostMargin = 0;
  let endingInventoryValue = 0;
  const detail: ScenarioFamilyMonth[][] = [];

  plan.families.forEach((fam, f) => {
    const d: number[] = [];
    const s: number[] = [];
    const inv: number[] = [];
    const cap: number[] = [];
    for (let t = 0; t < h; t++) {
      d.push(Math.max(0, finite(plan.demand[f][t] * dm)));
      cap.push(Math.max(0, finite(plan.capacity[f][t] * cm)));
      s.push(Math.max(0, Math.min(finite(plan.supply[f][t] * sm), cap[t])));
    }
    if (spec.supplyPolicy === "buildAhead") s.splice(0, h, ...buildAhead(d, s, cap, finite(fam.openingInventory)));
    const ot = familyOvertime(fam);
    if (spec.supplyPolicy === "overtime" && ot !== null) {
      const otCap = d.map(() => Math.max(0, finite(ot.perMonth * cm)));
      overtimeWhereShort(d, s, otCap, finite(fam.openingInventory)).forEach((x, t) => {
        s[t] += x;
        overtimeUnits += x;
        overtimeCost += x * ot.premium;
      });
    }
    let net = finite(fam.openingInventory);
    for (let t = 0; t < h; t++) {
      net += s[t] - d[t];
      inv.push(net);
    }
    const { late, lost } = lateAndLost(d, inv);
    const rows: ScenarioFamilyMonth[] = [];
    let backorders = Math.max(0, -finite(fam.openingInventory));
    for (let t = 0; t < h; t++) {
      const after = Math.max(0, -inv[t]);
      const ship = d[t] + backorders - after;
      backorders = after;
      const onHand = Math.max(0, inv[t]);
      rows.push({ demand: d[t], supply: s[t], shipped: ship, inventory: onHand, late: late[t], lost: lost[t] });
      demand += d[t];
      shipped += ship;
      demandValue += d[t] * fam.price;
      revenue += ship * fam.price;
      revenueByMonth[t] += ship * fam.price;
      cogs += ship * fam.unitCost;
      lateUnits += late[t];
      lateValue += late[t] * fam.price;
      lostUnits += lost[t];
      lostValue += lost[t] * fam.price;
      lostMargin += lost[t] * (fam.price - fam.unitCost);
      valueByMonth[t] += onHand * fam.unitCost;
    }
    endingInventoryValue +=
      (h > 0 ? Math.max(0, inv[h - 1]) : Math.max(0, finite(fam.openingInventory))) * fam.unitCost;
    detail.push(rows);
  });

  const grossMargin = revenue - cogs - overtimeCost;
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
    overtimeUnits,
    overtimeCost,
    grossMargin,
    grossMarginPct: revenue === 0 ? null : grossMargin / revenue,
    endingInventoryValue,
    peakInventoryValue: h > 0 ? Math.max(...valueByMonth) : 0,
    lateUnits,
    lateValue,
    lostUnits,
    lostValue,
    lostMargin,
    revenueByMonth,
    detail,
  };
}

/** Runs each response option under each scenario. */
export function runOptions(
  plan: ScenarioPlan,
  specs: ReadonlyArray<ScenarioSpec> = DEFAULT_SCENARIOS,
  options: ReadonlyArray<ResponseOption> = RESPONSE_OPTIONS,
): OptionResult[] {
  return options.map((o) => ({
    name: o.name,
    policy: o.policy,
    byScenario: specs.map((s) => simulateScenario(plan, { ...s, supplyPolicy: o.policy })),
  }));
}

/** Runs each scenario over the same plan, side by side, in the order given. */
export function runScenarios(
  plan: ScenarioPlan,
  specs: ReadonlyArray<ScenarioSpec> = DEFAULT_SCENARIOS,
): ScenarioResult[] {
  return specs.map((s) => simulateScenario(plan, s));
}
