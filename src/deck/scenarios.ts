/**
 * Scenarios and response options for the executive review. A scenario says what might happen
 * (demand and capacity multipliers); a response option is what the executives can decide. Each
 * option is run under each scenario by a small pure simulation, per family and plan month t:
 *
 *   demand_t    = max(0, plan demand_t x demandMultiplier)
 *   supply_t    = the option's supply (below)
 *   inventory_t = inventory_{t-1} + supply_t - demand_t   (inventory_0 = opening; negative = backorders)
 *   shipped_t   = demand_t + backorders_{t-1} - backorders_t   (backorders_t = max(0, -inventory_t))
 *   late_t, lost_t as `lateAndLost` defines them for the Supply sheet
 *   revenue_t   = shipped_t x price_t;   COGS_t = shipped_t x cost_t
 *   price_t and cost_t = the month's price and unit cost (the Finance sheet's: the Prices sheet's,
 *   else the Families ones; `price`, `unitCost`)
 * Inventory on hand (max(0, inventory_t)) is valued at cost_t. Late demand value = late units
 * x price_t (revenue delayed); lost demand value = lost units x price_t (revenue lost), and its
 * margin = lost units x (price_t - cost_t), as the Gaps sheet values them.
 *
 * What each option's supply is under a scenario:
 * - "Plan as is" (asIs): the Supply sheet's plan as it stands, every month scaled with demand
 *   (supplyMultiplier, default the demand multiplier) and capped by the family's capacity x the
 *   capacity multiplier: supply_t = max(0, min(plan supply_t x supplyMultiplier, capacity_t x
 *   capacityMultiplier)), where a month the planner typed beyond capacity (blank in the proposed
 *   plan) counts what it makes as its capacity. Under Base it is the Supply sheet's plan, so its
 *   late and lost demand are the sheet's, unit for unit. It is not re-planned: scaled up, it is
 *   not held to the shared resources' hours.
 * - "Build ahead" (buildAhead): the plan re-proposed for the scenario (`replan`), by the Supply
 *   sheet's own proposal (`proposeSupply` through `proposeWithin`): the workbook's strategy
 *   (Settings; target-seeking by default, which builds ahead of peaks in earlier months with spare
 *   capacity and clears backlogs; chase and level do as their rule says and build nothing ahead),
 *   its inventory target (target days of supply x the scenario's demand, or the sheet's safety
 *   stock + cycle stock), lot size and minimum run (Families), months the planner typed kept as
 *   typed (not scaled, even beyond capacity), on the scenario's demand, within the family's
 *   capacity x the capacity multiplier and within the hours the shared resources (their capacity x
 *   the capacity multiplier) leave it, families in Families order, as on the Supply sheet. Under
 *   Base it is the Supply sheet's plan.
 * - "Allocate by margin" (byMargin): the same re-proposal, but the families take a scarce shared
 *   resource's hours in order of gross margin per hour of the binding resource (`marginOrder`):
 *   the resource most overloaded by what the families would make without the resources' limit;
 *   a family's unit margin is the month's price less the month's unit cost, averaged over the
 *   months by the units it would make in them (`horizonMargin`).
 *   Where nothing is scarce it is "Build ahead"; it is offered only where it can differ
 *   (`marginCanDiffer`). A family's own capacity is not shared, so margin order changes nothing there.
 * - "Overtime" (overtime): "Plan as is", plus, in each month where the month-end inventory would
 *   be negative (demand late or lost), overtime_t = min(overtime capacity_t, -inventory_t) units,
 *   overtime capacity_t = the family's overtime units per month x the capacity multiplier; each
 *   costs the family's overtime premium on top of the unit cost, so gross margin = revenue - COGS
 *   - overtime units x premium. Only families that give both overtime inputs use it.
 */
import { lateAndLost } from "../core/plan-model/supply";
import { SCENARIO_FIELDS, SCENARIO_FIELD_NAMES, SCENARIO_MULTIPLIERS, type ScenarioField } from "../core/schema";
import {
  familyOvertime,
  finite,
  monthRate,
  overtimeWhereShort,
  replan,
  RESPONSE_OPTIONS,
  scenarioDemand,
  type ReplanPlan,
  type ResponseOption,
  type SupplyPolicy,
} from "./options";

/** A scenario, and the response option simulated under it. */
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

/**
 * What the simulation needs: per family price, unit cost, opening inventory; F x H plan grids;
 * for the options that re-plan, the supply policy and resources (`ReplanPlan`, defaults when absent).
 */
export interface ScenarioPlan extends ReplanPlan {
  readonly families: ReadonlyArray<
    ReplanPlan["families"][number] & {
      /** Optional overtime inputs (the "overtime" option uses a family only when both are given). */
      readonly overtimePerMonth?: number;
      readonly overtimePremium?: number;
    }
  >;
}

export interface ScenarioFamilyMonth {
  readonly demand: number;
  readonly supply: number;
  readonly shipped: number;
  readonly inventory: number;
  readonly late: number;
  readonly lost: number;
  /** Shipped x the month's price, and that less shipped x the month's unit cost and the overtime premium. */
  readonly revenue: number;
  readonly grossMargin: number;
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
  const scaled = scenarioDemand(plan.demand, dm);
  const replanned =
    spec.supplyPolicy === "buildAhead" || spec.supplyPolicy === "byMargin"
      ? replan(plan, dm, cm, spec.supplyPolicy === "byMargin")
      : undefined;

  plan.families.forEach((fam, f) => {
    const d: number[] = [];
    const s: number[] = [];
    const inv: number[] = [];
    for (let t = 0; t < h; t++) {
      d.push(scaled[f][t]);
      // A month the planner typed beyond the family's capacity counts what it makes as its capacity.
      const typed = plan.proposed !== undefined && plan.proposed[f][t] === null;
      const cap = Math.max(
        0,
        finite((typed ? Math.max(plan.capacity[f][t], plan.supply[f][t]) : plan.capacity[f][t]) * cm),
      );
      s.push(replanned?.[f][t] ?? Math.max(0, Math.min(finite(plan.supply[f][t] * sm), cap)));
    }
    const ot = familyOvertime(fam);
    const premium = new Array<number>(h).fill(0);
    if (spec.supplyPolicy === "overtime" && ot !== null) {
      const otCap = d.map(() => Math.max(0, finite(ot.perMonth * cm)));
      overtimeWhereShort(d, s, otCap, finite(fam.openingInventory)).forEach((x, t) => {
        s[t] += x;
        overtimeUnits += x;
        premium[t] = x * ot.premium;
        overtimeCost += premium[t];
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
      const price = monthRate(plan.price, f, t, fam.price);
      const cost = monthRate(plan.unitCost, f, t, fam.unitCost);
      const sales = ship * price;
      rows.push({
        demand: d[t],
        supply: s[t],
        shipped: ship,
        inventory: onHand,
        late: late[t],
        lost: lost[t],
        revenue: sales,
        grossMargin: sales - ship * cost - premium[t],
      });
      demand += d[t];
      shipped += ship;
      demandValue += d[t] * price;
      revenue += sales;
      revenueByMonth[t] += sales;
      cogs += ship * cost;
      lateUnits += late[t];
      lateValue += late[t] * price;
      lostUnits += lost[t];
      lostValue += lost[t] * price;
      lostMargin += lost[t] * (price - cost);
      valueByMonth[t] += onHand * cost;
    }
    endingInventoryValue +=
      h > 0
        ? Math.max(0, inv[h - 1]) * monthRate(plan.unitCost, f, h - 1, fam.unitCost)
        : Math.max(0, finite(fam.openingInventory)) * fam.unitCost;
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
