/**
 * The plan model's inputs and results: every number the workbook's formulas compute, computed
 * in TypeScript so each formula cell is written with its cached result.
 *
 * A `null` is a blank cell (written empty, or as "" where a formula returns "").
 */
import { CellInput } from "../cells";
import { ArchiveRow, CycleConfig } from "../model";
import type { InventoryTarget, ScenarioField, SupplyStrategy } from "../schema";

export type Blank = number | null;

/** One row of the Pipeline sheet as typed (spare rows are all blank). */
export interface PipelineRowInput {
  readonly deal: CellInput;
  readonly family: CellInput;
  readonly quantity: CellInput;
  readonly stage: CellInput;
  readonly winProbability: CellInput;
  readonly closeMonth: CellInput;
}

/** One row of the Orders sheet as typed; dates are Excel serial numbers (or blank). */
export interface OrderRowInput {
  readonly order: CellInput;
  readonly line: CellInput;
  readonly family: CellInput;
  readonly quantityOrdered: CellInput;
  readonly quantityDelivered: CellInput;
  readonly promisedDate: CellInput;
  readonly deliveredDate: CellInput;
}

/** One row of the Actions sheet as typed; the due date is an Excel serial number (or blank). */
export interface ActionRowInput {
  readonly decision: CellInput;
  readonly owner: CellInput;
  readonly dueDate: CellInput;
  readonly status: CellInput;
}

/** One row of the Resources sheet as typed: the resource, its capacity per month, and by plan month (blank = the monthly capacity). */
export interface ResourceRowInput {
  readonly resource: CellInput;
  readonly capacity: CellInput;
  /** One cell per plan month. */
  readonly byMonth: ReadonlyArray<CellInput>;
}

/** One row of the Routings sheet as typed: a family's rate (hours, or units, per unit) on a resource. */
export interface RoutingRowInput {
  readonly family: CellInput;
  readonly resource: CellInput;
  readonly hoursPerUnit: CellInput;
}

/** A row of the plan archive as the Plan archive sheet shows it, with its lag (1 = planned in the target month's own cycle). */
export interface ArchiveEntry extends ArchiveRow {
  readonly lag: number;
}

/** The values of every input cell of the workbook, resolved (typed value, else the default). */
export interface PlanInputs {
  readonly config: CycleConfig;
  /** History months, oldest first (config.historyMonths of them, ending the month before the cycle). */
  readonly history: ReadonlyArray<string>;
  /** Plan months from the cycle month (config.horizonMonths of them). */
  readonly plan: ReadonlyArray<string>;
  /** F x history: actual sales; null = blank. */
  readonly actuals: ReadonlyArray<ReadonlyArray<Blank>>;
  /** F x plan: sales overrides; null = blank (use the baseline). */
  readonly overrides: ReadonlyArray<ReadonlyArray<Blank>>;
  /**
   * F x plan: why each override was made (a reason code) and the planner's comment, as typed
   * (a number typed there stays a number); null = none.
   */
  readonly overrideNotes: {
    readonly reason: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>;
    readonly comment: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>;
  };
  /** F x plan: last cycle's consensus for the same months; null = none (no snapshot for that month). */
  readonly previousConsensus: ReadonlyArray<ReadonlyArray<Blank>>;
  /**
   * F x history: the consensus each history month's own cycle planned for it (archived when the
   * next cycle was scaffolded); null = none, the lag-1 baseline stands in.
   */
  readonly archivedConsensus: ReadonlyArray<ReadonlyArray<Blank>>;
  /** F x plan: supply plan typed by the planner; null = not typed (the proposal, `proposeSupply`, is used). */
  readonly supplyPlan: ReadonlyArray<ReadonlyArray<Blank>>;
  /** The supply policy the proposal follows (typed on Settings and Families, else the cycle's, else the defaults). */
  readonly supplyPolicy: ResolvedSupplyPolicy;
  /** Each scenario multiplier: typed on Settings, else the cycle's, else SCENARIO_FIELDS' fallback. */
  readonly scenarios: Readonly<Record<ScenarioField, number>>;
  /** The Settings cells of the multipliers: a typed value as typed (even outside its rule, so no typing is lost), else the number used. */
  readonly scenarioCells: Readonly<Record<ScenarioField, CellInput>>;
  readonly pipeline: ReadonlyArray<PipelineRowInput>;
  readonly orders: ReadonlyArray<OrderRowInput>;
  readonly actions: ReadonlyArray<ActionRowInput>;
  /** The Resources sheet's rows as typed (spare rows blank), and the Routings sheet's. */
  readonly resources: ReadonlyArray<ResourceRowInput>;
  readonly routings: ReadonlyArray<RoutingRowInput>;
  /** F x plan: the budget (Budget sheet, budget.csv): units, revenue, gross margin; null = blank. */
  readonly budget: BudgetGrids;
  /** F x history: actual production in units (Production sheet, production_actuals.csv); null = blank. */
  readonly productionActuals: ReadonlyArray<ReadonlyArray<Blank>>;
  /**
   * F x history: what each history month's own cycle planned to produce (its Supply sheet's plan,
   * carried when the next cycle is scaffolded, or production_actuals.csv's planned); null = blank.
   */
  readonly productionPlanned: ReadonlyArray<ReadonlyArray<Blank>>;
  /** F x plan: the month's price and unit cost (Prices sheet, prices.csv); null = the Families value. */
  readonly prices: {
    readonly price: ReadonlyArray<ReadonlyArray<Blank>>;
    readonly unitCost: ReadonlyArray<ReadonlyArray<Blank>>;
  };
  /** The plan archive's rows (the data's and the typed ones, resolved: src/layout/archive.ts). */
  readonly archive: ReadonlyArray<ArchiveEntry>;
  /** KPI inputs by key ("target|ACCURACY", "band|ACCURACY", "previous|ACCURACY", "receivables", "payables"); null = blank. */
  readonly kpiInputs: ReadonlyMap<string, Blank>;
}

/** One family's supply policy (Families sheet): null = none. */
export interface FamilySupplyPolicy {
  readonly lotSize: number | null;
  readonly minimumRun: number | null;
  /** Months (blank on the sheet = 1). */
  readonly leadTimeMonths: number;
}

/** The supply policy, every value resolved. */
export interface ResolvedSupplyPolicy {
  readonly strategy: SupplyStrategy;
  readonly serviceLevel: number;
  readonly inventoryTarget: InventoryTarget;
  /** By family index. */
  readonly families: ReadonlyArray<FamilySupplyPolicy>;
}

/** The statistical baseline of one family. */
export interface FamilyBaseline {
  /** History months: the lag-1 forecast (made the month before, from the actuals up to then); null where none. */
  readonly history: ReadonlyArray<Blank>;
  /** Plan months: the forecast from the whole history. */
  readonly plan: ReadonlyArray<number>;
  /**
   * Plan months: the 80 % prediction interval of `plan` from the same fit (lower and upper
   * bounds, lower80 <= plan <= upper80); null where the model has no band (history too short).
   */
  readonly lower80: ReadonlyArray<Blank>;
  readonly upper80: ReadonlyArray<Blank>;
  /** The method that produced the plan values, e.g. "HW_ADDITIVE (m=12)". */
  readonly method: string;
}

/** Demand rows of one family (history months then plan months where both apply). */
export interface FamilyDemand {
  /** History: the Actual sales row (the Actuals cell; null while blank). */
  readonly actual: ReadonlyArray<Blank>;
  readonly baseline: FamilyBaseline;
  /** Plan: weighted pipeline (quantity x win probability by close month). */
  readonly pipeline: ReadonlyArray<number>;
  /** History: consensus = baseline (null where no baseline). */
  readonly consensusHistory: ReadonlyArray<Blank>;
  /** Plan: consensus = (override if typed, else baseline) + weighted pipeline. */
  readonly consensus: ReadonlyArray<number>;
  /** History: actual - consensus (null where no consensus). Positive = sold more than planned. */
  readonly diff: ReadonlyArray<Blank>;
  /** History: running sum of diff. */
  readonly cumDiff: ReadonlyArray<number>;
}

/** Where a family's sigma came from, the Supply sheet's "Sigma source" column in words. */
export type SigmaSource = "archive" | "history" | "none";

/** A family's sigma of the monthly forecast error, both candidates and the one used. */
export interface FamilySigma {
  /** Consensus errors at lag 1 (`SIGMA_LAG`) in the archive, and their RMS (null without any). */
  readonly archiveErrors: number;
  readonly archiveSigma: Blank;
  /** History months with an actual and a consensus (the Demand sheet's diff row), and their RMS. */
  readonly historyMonths: number;
  readonly historySigma: Blank;
  readonly source: SigmaSource;
  /** The sigma used: the archive's with at least 6 (`MIN_ARCHIVE_ERRORS`) errors, else the history's. */
  readonly sigma: Blank;
  /** "archive, 9 errors at lag 1", "history, 12 months" or "none". */
  readonly sourceText: string;
}

/** Supply rows of one family (plan months). */
export interface FamilySupply {
  readonly capacity: ReadonlyArray<number>;
  /** The proposal (`proposeSupply`) for the months not typed; null where the plan is typed. */
  readonly proposed: ReadonlyArray<Blank>;
  /** The supply plan cell values (typed, else proposed by `proposeSupply`). */
  readonly supply: ReadonlyArray<number>;
  /** The strategy that proposed the months not typed. */
  readonly strategy: SupplyStrategy;
  /** Units the proposal builds ahead of a later month's peak (target-seeking only). */
  readonly buildAhead: ReadonlyArray<BuildAhead>;
  /** Month-end projected inventory = previous + (supply - demand); may be negative (backorders). */
  readonly inventory: ReadonlyArray<number>;
  /** Days of supply = inventory / average daily demand of the next months; null when that demand is 0. */
  readonly daysOfSupply: ReadonlyArray<Blank>;
  /** Sigma of the monthly forecast error the safety stock uses, with both candidates and its source (`familySigma`). */
  readonly sigma: FamilySigma;
  /**
   * Safety stock = z(service level) x sigma x sqrt(lead time in months), sigma = the RMS of the
   * archive's lag-1 consensus errors (at least 6), else of the history's errors actual -
   * consensus (`safetyStock`); the same every month; null without a pair.
   */
  readonly safetyStock: ReadonlyArray<Blank>;
  /** Safety stock / average daily demand of the days-of-supply window; null when that demand is 0 or no safety stock. */
  readonly safetyStockDays: ReadonlyArray<Blank>;
  /**
   * Target inventory = target days of supply x average daily demand of the next months; with the
   * inventory target "safety stock": safety stock + cycle stock (half the larger of lot size and minimum run).
   */
  readonly targetInventory: ReadonlyArray<number>;
  /** supply / capacity; null when capacity is 0. */
  readonly utilization: ReadonlyArray<Blank>;
  /** Demand of the month shipped in a later month (units; `lateAndLost`). */
  readonly late: ReadonlyArray<number>;
  /** Demand of the month not shipped by the end of the horizon (units; `lateAndLost`). */
  readonly lost: ReadonlyArray<number>;
}

/** Units one earlier month builds ahead for a later month whose requirement exceeds capacity (plan-month indexes). */
export interface BuildAhead {
  readonly peak: number;
  readonly month: number;
  readonly units: number;
}

/** Finance rows of one family (plan months). */
export interface FamilyFinance {
  /** The month's price and unit cost: the Prices sheet's, else the Families value. */
  readonly price: ReadonlyArray<number>;
  readonly unitCost: ReadonlyArray<number>;
  readonly revenue: ReadonlyArray<number>;
  readonly cogs: ReadonlyArray<number>;
  readonly grossMargin: ReadonlyArray<number>;
  /** gross margin / revenue; null when revenue is 0. */
  readonly marginPct: ReadonlyArray<Blank>;
  readonly inventoryValue: ReadonlyArray<number>;
}

/** Gap grids of one family (plan months, units). */
export interface FamilyGaps {
  readonly late: ReadonlyArray<number>;
  readonly lost: ReadonlyArray<number>;
  readonly overCapacity: ReadonlyArray<number>;
  readonly excessInventory: ReadonlyArray<number>;
}

export interface FamilyPlan {
  readonly name: string;
  readonly demand: FamilyDemand;
  readonly supply: FamilySupply;
  readonly finance: FamilyFinance;
  /** Plan vs budget by month (blank outside the budget months). */
  readonly vsBudget: FamilyVsBudget;
  readonly gaps: FamilyGaps;
}

/** The budget's F x P grids (plan months); null = blank. */
export interface BudgetGrids {
  readonly units: ReadonlyArray<ReadonlyArray<Blank>>;
  readonly revenue: ReadonlyArray<ReadonlyArray<Blank>>;
  readonly grossMargin: ReadonlyArray<ReadonlyArray<Blank>>;
}

/** Plan vs budget by family and month (plan months): null outside the budget months. */
export interface FamilyVsBudget {
  /** The budget as it counts: the typed number, 0 where blank in a budget month; null outside them. */
  readonly budgetUnits: ReadonlyArray<Blank>;
  readonly unitsVsBudget: ReadonlyArray<Blank>;
  readonly budgetRevenue: ReadonlyArray<Blank>;
  readonly revenueVsBudget: ReadonlyArray<Blank>;
  readonly budgetMargin: ReadonlyArray<Blank>;
  readonly marginVsBudget: ReadonlyArray<Blank>;
}
