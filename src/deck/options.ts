/**
 * The response options the executives can decide between, and the pure supply responses they
 * stand for. Each is run under every scenario by `src/deck/scenarios.ts`, which says exactly what
 * each does under a scenario. The options that re-plan ("Build ahead", "Allocate by margin") re-run
 * the Supply sheet's own proposal (`replan`: the core's `proposeSupply` within the resources'
 * hours), never a second rule.
 */
import { type ResourceRates, loadOf, marginOrder, proposeInOrder, rateAllocator } from "../core/plan-model/capacity";
import { proposeWithin, targetInventoryRow } from "../core/plan-model/supply";
import type { SupplyProposalInput } from "../core/plan-model/proposeSupply";
import {
  DEFAULT_INVENTORY_TARGET,
  DEFAULT_SUPPLY_STRATEGY,
  type InventoryTarget,
  type SupplyStrategy,
} from "../core/schema";

/** How supply answers a scenario. */
export type SupplyPolicy = "asIs" | "buildAhead" | "byMargin" | "overtime";

/** A family's optional overtime inputs (Families sheet, families.csv). */
export interface OvertimeInputs {
  readonly overtimePerMonth?: number;
  readonly overtimePremium?: number;
}

/** What the executives can decide: each option is run under every scenario. */
export interface ResponseOption {
  readonly name: string;
  readonly policy: SupplyPolicy;
}

/**
 * The response options the deck costs: the plan as it stands, re-planning ahead of the scenario
 * (the Supply sheet's proposal, which builds ahead of peaks), the same giving a scarce shared
 * resource's hours by margin (offered only when that can differ: `offeredOptions`), and overtime
 * at a premium (offered only when the families give its inputs).
 */
export const RESPONSE_OPTIONS: ReadonlyArray<ResponseOption> = [
  { name: "Plan as is", policy: "asIs" },
  { name: "Build ahead", policy: "buildAhead" },
  { name: "Allocate by margin", policy: "byMargin" },
  { name: "Overtime", policy: "overtime" },
];

/** What re-planning reads from the workbook beyond the plan grids (absent: the Supply sheet's defaults). */
export interface ReplanPlan {
  readonly families: ReadonlyArray<{
    readonly price: number;
    readonly unitCost: number;
    readonly openingInventory: number;
    /** Target days of supply (absent = 0) and the lot rules (absent = none). */
    readonly targetDaysOfSupply?: number;
    readonly lotSize?: number;
    readonly minimumRun?: number;
  }>;
  readonly demand: ReadonlyArray<ReadonlyArray<number>>;
  readonly supply: ReadonlyArray<ReadonlyArray<number>>;
  readonly capacity: ReadonlyArray<ReadonlyArray<number>>;
  /** The month's price and unit cost by family (Prices, else Families; absent: the Families ones every month). */
  readonly price?: ReadonlyArray<ReadonlyArray<number>>;
  readonly unitCost?: ReadonlyArray<ReadonlyArray<number>>;
  /** The Supply sheet's proposed plan, null where the plan is typed (absent: every month proposed). */
  readonly proposed?: ReadonlyArray<ReadonlyArray<number | null>>;
  /** The Supply sheet's target inventory (read for the "safety stock" target: safety stock + cycle stock). */
  readonly targetInventory?: ReadonlyArray<ReadonlyArray<number>>;
  readonly supplyStrategy?: SupplyStrategy;
  readonly inventoryTarget?: InventoryTarget;
  /** Shared resources: hours per unit of each family and capacity by month (null = missing: no limit known; absent = none). */
  readonly resources?: ReadonlyArray<{
    readonly hours: ReadonlyArray<number>;
    readonly capacity: ReadonlyArray<number | null>;
  }>;
}

/** A number as the deck reads it: 0 where a cell is not a finite number. */
export const finite = (x: number): number => (Number.isFinite(x) ? x : 0);

type Grid = ReadonlyArray<ReadonlyArray<number>>;

/** Family f's price or unit cost in month t: the month's where `grid` has one (Finance's row), else the family's `fallback`. */
export const monthRate = (grid: Grid | undefined, f: number, t: number, fallback: number): number =>
  grid?.[f]?.[t] ?? fallback;

/**
 * Family f's gross margin per unit over the horizon, for margin order: the month's price less the
 * month's unit cost, averaged over the months weighted by the units the family would make in
 * them (`made`, a proposal: never below 0); the plain average where it would make nothing, the
 * Families margin without months.
 */
export function horizonMargin(plan: ReplanPlan, f: number, made: ReadonlyArray<number>): number {
  const { price, unitCost } = plan.families[f];
  if (made.length === 0) return price - unitCost;
  let weighted = 0;
  let units = 0;
  let plain = 0;
  made.forEach((u, t) => {
    const m = monthRate(plan.price, f, t, price) - monthRate(plan.unitCost, f, t, unitCost);
    plain += m;
    weighted += u * m;
    units += u;
  });
  return units > 0 ? weighted / units : plain / made.length;
}

/** Each demand grid scaled by each multiplier, worked out once: every option of a scenario reads the same grid. */
const SCALED = new WeakMap<Grid, Map<number, Grid>>();

/**
 * The plan's demand (F x H) under a scenario's demand multiplier, never below 0. Computed once
 * per grid and multiplier (neither the grid given nor the one returned is modified).
 */
export function scenarioDemand(demand: Grid, multiplier: number): Grid {
  let byMultiplier = SCALED.get(demand);
  if (byMultiplier === undefined) SCALED.set(demand, (byMultiplier = new Map()));
  let scaled = byMultiplier.get(multiplier);
  if (scaled === undefined) {
    scaled = demand.map((row) => row.map((d) => Math.max(0, finite(d * multiplier))));
    byMultiplier.set(multiplier, scaled);
  }
  return scaled;
}

/**
 * Each family's proposal input under a scenario (demand already scaled): the family's capacity x
 * `capacityMultiplier`; the target inventory from the scenario's demand (target days of supply),
 * or the sheet's (safety stock + cycle stock); typed months kept as typed; the workbook's strategy
 * and lot rules. The resources' capacity x `capacityMultiplier` (a missing month: no limit).
 */
function scenarioProposal(
  plan: ReplanPlan,
  demand: ReadonlyArray<ReadonlyArray<number>>,
  capacityMultiplier: number,
): { readonly inputs: SupplyProposalInput[]; readonly rates: ResourceRates[] } {
  const basis = plan.inventoryTarget ?? DEFAULT_INVENTORY_TARGET;
  const inputs = plan.families.map((fam, f) => ({
    demand: demand[f],
    capacity: plan.capacity[f].map((c) => Math.max(0, finite(c * capacityMultiplier))),
    openingInventory: finite(fam.openingInventory),
    targetInventory: targetInventoryRow(
      demand[f],
      basis,
      fam.targetDaysOfSupply ?? 0,
      plan.targetInventory?.[f]?.[0] ?? 0,
    ),
    fixed: demand[f].map((_, t) =>
      plan.proposed === undefined || plan.proposed[f][t] !== null ? null : plan.supply[f][t],
    ),
    strategy: plan.supplyStrategy ?? DEFAULT_SUPPLY_STRATEGY,
    lotSize: fam.lotSize ?? 0,
    minimumRun: fam.minimumRun ?? 0,
  }));
  const rates = (plan.resources ?? []).map((r) => ({
    hours: r.hours,
    capacity: r.capacity.map((c) =>
      c === null ? Number.POSITIVE_INFINITY : Math.max(0, finite(c * capacityMultiplier)),
    ),
  }));
  return { inputs, rates };
}

/** The order "Allocate by margin" proposes the families in under a scenario (`marginOrder` over the load of the unconstrained proposals). */
function scenarioMarginOrder(
  plan: ReplanPlan,
  inputs: ReadonlyArray<SupplyProposalInput>,
  rates: ReadonlyArray<ResourceRates>,
): number[] {
  const unconstrained = inputs.map((input) => proposeWithin(input).supply);
  return marginOrder(
    rates,
    loadOf(rates, unconstrained),
    unconstrained.map((made, f) => horizonMargin(plan, f, made)),
  );
}

/** What re-planning under one scenario starts from: each family's proposal input and the resources' rates. */
interface ScenarioSetup {
  readonly inputs: SupplyProposalInput[];
  readonly rates: ResourceRates[];
  /** The order "Allocate by margin" proposes the families in, computed when first asked. */
  readonly marginOrder: () => number[];
}

/**
 * Each plan's scenario set-ups, by demand and capacity multiplier: `marginCanDiffer` and
 * `replan` ("Allocate by margin") read the same ones, computed once per scenario.
 */
const SETUPS = new WeakMap<ReplanPlan, Map<string, ScenarioSetup>>();

function scenarioSetup(plan: ReplanPlan, demandMultiplier: number, capacityMultiplier: number): ScenarioSetup {
  let setups = SETUPS.get(plan);
  if (setups === undefined) SETUPS.set(plan, (setups = new Map()));
  const key = `${demandMultiplier}|${capacityMultiplier}`;
  let setup = setups.get(key);
  if (setup === undefined) {
    const { inputs, rates } = scenarioProposal(plan, scenarioDemand(plan.demand, demandMultiplier), capacityMultiplier);
    let order: number[] | undefined;
    setup = { inputs, rates, marginOrder: () => (order ??= scenarioMarginOrder(plan, inputs, rates)) };
    setups.set(key, setup);
  }
  return setup;
}

/**
 * The supply plan re-proposed under a scenario (F x H): the Supply sheet's proposal
 * (`proposeWithin`) on the plan's demand x `demandMultiplier`, each family within the hours of
 * the resources the families before it leave (`proposeInOrder`), in Families order, or with
 * `byMargin` in `marginOrder`. Under multipliers 1 it is the Supply sheet's plan. Pure (the
 * scenario's set-up is remembered for the plan, which is not modified).
 */
export function replan(
  plan: ReplanPlan,
  demandMultiplier: number,
  capacityMultiplier: number,
  byMargin: boolean,
): number[][] {
  const setup = scenarioSetup(plan, demandMultiplier, capacityMultiplier);
  const { inputs, rates } = setup;
  const months = plan.demand.length > 0 ? plan.demand[0].length : 0;
  const order = byMargin ? setup.marginOrder() : inputs.map((_, f) => f);
  return proposeInOrder(order, rateAllocator(rates, months), (f, limit) => proposeWithin(inputs[f], limit)).map(
    (p) => p.supply,
  );
}

/**
 * True when "Allocate by margin" can differ from "Build ahead" under one of the scenarios
 * (demand and capacity multipliers): a shared resource is overloaded by what the families would
 * make without it, and the margin order is not Families order.
 */
export function marginCanDiffer(
  plan: ReplanPlan,
  scenarios: ReadonlyArray<{ readonly demandMultiplier: number; readonly capacityMultiplier: number }>,
): boolean {
  if ((plan.resources ?? []).length === 0) return false;
  return scenarios.some((s) =>
    scenarioSetup(plan, s.demandMultiplier, s.capacityMultiplier)
      .marginOrder()
      .some((f, i) => f !== i),
  );
}

/** The overtime inputs of one family, when it gives both (capacity above 0, premium at least 0); else null. */
export function familyOvertime(f: OvertimeInputs): { readonly perMonth: number; readonly premium: number } | null {
  const perMonth = f.overtimePerMonth;
  const premium = f.overtimePremium;
  if (perMonth === undefined || premium === undefined || !(perMonth > 0) || !(premium >= 0)) return null;
  return { perMonth, premium };
}

/** The inputs that enable the overtime option, as the deck names them. */
export const OVERTIME_INPUTS =
  "Overtime units / month and Overtime premium / unit on the Families sheet (overtime_per_month and overtime_premium in families.csv)";

/** Why "Allocate by margin" is left out when the workbook has resources but no scenario makes them scarce. */
export const MARGIN_NOT_OFFERED =
  "Allocate by margin is not offered: no shared resource is short of hours under any scenario (or Families order already ranks the families by margin per hour), so it would be Build ahead.";

/**
 * The options that can be costed with the inputs given, and a sentence for each left out saying
 * which input would enable it (nothing is invented in its place). "Allocate by margin" is offered
 * only when `marginCanDiffer` (`byMargin`); a workbook without resources does not mention it.
 */
export function offeredOptions(
  families: ReadonlyArray<OvertimeInputs>,
  options: ReadonlyArray<ResponseOption> = RESPONSE_OPTIONS,
  byMargin: { readonly offered: boolean; readonly resources: boolean } = { offered: false, resources: false },
): { readonly offered: ReadonlyArray<ResponseOption>; readonly notes: ReadonlyArray<string> } {
  const withOvertime = families.filter((f) => familyOvertime(f) !== null).length;
  const offered = options.filter(
    (o) => (o.policy !== "overtime" || withOvertime > 0) && (o.policy !== "byMargin" || byMargin.offered),
  );
  const note = (o: ResponseOption): string => {
    if (o.policy === "byMargin") return !byMargin.offered && byMargin.resources ? MARGIN_NOT_OFFERED : "";
    if (o.policy !== "overtime") return "";
    if (withOvertime === 0)
      return `${o.name} is not offered: no family gives its inputs; type ${OVERTIME_INPUTS} to cost it.`;
    if (withOvertime < families.length)
      return `${o.name} uses overtime only in the ${withOvertime} of ${families.length} families that give ${OVERTIME_INPUTS}.`;
    return "";
  };
  const notes = options.map(note).filter((s) => s !== "");
  return { offered, notes };
}

/**
 * Overtime where the plan runs short, month by month from `opening`: with I_t the month-end
 * inventory without overtime in month t (but with the overtime of the months before),
 * extra_t = min(overtime_t, max(0, -I_t)), so overtime only serves demand that would otherwise be
 * late or lost, and never builds stock. Pure.
 */
export function overtimeWhereShort(
  demand: ReadonlyArray<number>,
  supply: ReadonlyArray<number>,
  overtime: ReadonlyArray<number>,
  opening: number,
): number[] {
  const extra: number[] = [];
  let net = opening;
  for (let t = 0; t < demand.length; t++) {
    net += supply[t] - demand[t];
    const add = Math.min(Math.max(0, overtime[t]), Math.max(0, -net));
    extra.push(add);
    net += add;
  }
  return extra;
}
