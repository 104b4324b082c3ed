/**
 * The S&OP cycle as data: what a user describes (settings, families, targets) and the
 * inputs the workbook holds (actuals, overrides, pipeline, orders, actions).
 *
 * Months are ISO strings "YYYY-MM". Monetary amounts are in the company's currency;
 * quantities in each family's unit.
 */

import {
  BUSINESS_TYPES,
  type ActionStatus,
  type BusinessType,
  type BusinessVocabulary,
  type InventoryTarget,
  type ScenarioField,
  type SupplyStrategy,
} from "./schema";

export type { ActionStatus, BusinessType, BusinessVocabulary, InventoryTarget, SupplyStrategy } from "./schema";

export interface FamilyConfig {
  /** Short unique name, e.g. "Widgets". Used as a row label in every sheet. */
  readonly name: string;
  /** Unit of measure, e.g. "units", "seats", "hours", "pallets". */
  readonly unit: string;
  /** Selling price per unit. */
  readonly price: number;
  /** Cost per unit (COGS per unit). */
  readonly unitCost: number;
  /** Inventory (or backlog, for make-to-order / services) at the start of the first plan month. */
  readonly openingInventory: number;
  /** Available capacity per month, in units. */
  readonly capacityPerMonth: number;
  /** Target days of supply for projected inventory. */
  readonly targetDaysOfSupply: number;
  /** Optional: extra units a month overtime can make beyond the capacity (absent = not given). */
  readonly overtimePerMonth?: number;
  /** Optional: extra cost per overtime unit over the unit cost (absent = not given). */
  readonly overtimePremium?: number;
  /** Supply in multiples of this many units (absent = any whole quantity). */
  readonly lotSize?: number;
  /** A month's supply is 0 or at least this many units (absent = no minimum). */
  readonly minimumRun?: number;
  /** Supply lead time in months, for the safety stock (absent = 1). */
  readonly leadTimeMonths?: number;
}

/** How the Supply sheet's starting values are proposed (absent fields: the schema's defaults). */
export interface SupplyPolicy {
  readonly strategy?: SupplyStrategy;
  /** Service level the safety stock aims at, a fraction (0.95 = 95 %). */
  readonly serviceLevel?: number;
  readonly inventoryTarget?: InventoryTarget;
}

export interface FinancialTargets {
  /** Revenue target per month (same for every plan month). */
  readonly revenuePerMonth: number;
  /** Gross margin target, as a fraction (0.35 = 35 %). */
  readonly grossMarginPct: number;
  /** Ceiling on inventory value (or working capital) at any month end. */
  readonly inventoryValueCeiling: number;
}

/** Finance inputs the working-capital KPI needs (currency, at the start of the cycle month); absent = not given. */
export interface FinanceInputs {
  readonly receivables?: number;
  readonly payables?: number;
}

export interface CycleConfig {
  readonly company: string;
  /** The cycle month "YYYY-MM": the first plan (future) month. History ends the month before. */
  readonly cycleMonth: string;
  /** Months of history shown, default 12. */
  readonly historyMonths: number;
  /** Months of plan horizon, default 18. */
  readonly horizonMonths: number;
  readonly businessType: BusinessType;
  readonly families: ReadonlyArray<FamilyConfig>;
  readonly targets: FinancialTargets;
  /** Trade receivables and payables, when the cycle's inputs give them. */
  readonly finance?: FinanceInputs;
  /** The supply policy, when the cycle's inputs give one. */
  readonly supplyPolicy?: SupplyPolicy;
  /** Scenario multipliers the cycle's inputs give (the others take SCENARIO_FIELDS' fallbacks). */
  readonly scenarios?: Partial<Record<ScenarioField, number>>;
}

/** Monthly actual sales of one family. */
export interface ActualRow {
  readonly family: string;
  readonly month: string;
  readonly quantity: number;
}

/** A CRM opportunity. */
export interface PipelineDeal {
  readonly deal: string;
  readonly family: string;
  /** Quantity in the family's unit. */
  readonly quantity: number;
  readonly stage: string;
  /** Win probability as a fraction 0..1. */
  readonly winProbability: number;
  /** Expected close month "YYYY-MM". */
  readonly closeMonth: string;
}

/** One order line, for OTIF and service level. Dates are ISO "YYYY-MM-DD". */
export interface OrderLine {
  readonly order: string;
  readonly line: number;
  readonly family: string;
  readonly quantityOrdered: number;
  readonly quantityDelivered: number;
  readonly promisedDate: string;
  readonly deliveredDate: string | null;
}

/** A decision or action item from the S&OP meetings. */
export interface ActionItem {
  readonly decision: string;
  readonly owner: string;
  readonly dueDate: string;
  readonly status: ActionStatus;
}

/** A planner's sales override for one family and plan month (replaces the baseline). */
export interface OverrideRow {
  readonly family: string;
  readonly month: string;
  readonly quantity: number;
  /** Why sales overrode the baseline: one of OVERRIDE_REASONS (schema.ts); absent or null = not given. */
  readonly reason?: string | null;
  /** The planner's comment on the override; absent or null = none. */
  readonly comment?: string | null;
}

/**
 * One line of the plan archive: what the cycle `cycleMonth` planned for one family and target
 * month, as it was published. Numbers are in the family's unit; null = none (no override).
 */
export interface ArchiveRow {
  readonly cycleMonth: string;
  readonly family: string;
  readonly targetMonth: string;
  /** The naive forecast: the last actual known when the plan was made (the month before the cycle). */
  readonly naive: number | null;
  readonly baseline: number | null;
  readonly override: number | null;
  /** Why sales overrode the baseline: one of OVERRIDE_REASONS (schema.ts), or null. */
  readonly reason: string | null;
  readonly comment: string | null;
  readonly consensus: number | null;
}

/**
 * One line of the budget (annual operating plan): what the budget holds for one family and
 * month, in the family's unit and the company's currency. The Budget sheet and budget.csv.
 */
export interface BudgetRow {
  readonly family: string;
  readonly month: string;
  readonly units: number;
  readonly revenue: number;
  readonly grossMargin: number;
}

/**
 * A family's price and unit cost for one month, where they differ from the Families sheet (the
 * Prices sheet, prices.csv); null = the Families value.
 */
export interface PriceRow {
  readonly family: string;
  readonly month: string;
  readonly price: number | null;
  readonly unitCost: number | null;
}

/**
 * Actual production of a family in a history month (units made) and, when known, what the
 * month's own cycle planned to produce (the lag-1 supply plan; null = not known).
 */
export interface ProductionRow {
  readonly family: string;
  readonly month: string;
  readonly quantity: number;
  readonly planned: number | null;
}

/**
 * A resource of the rough-cut capacity check (a line, a team, a warehouse): its capacity per
 * month, in hours or in the unit its routings' rates use, and where a month differs, that
 * month's capacity (the Resources sheet, resources.csv).
 */
export interface Resource {
  readonly name: string;
  readonly capacityPerMonth: number;
  /** Capacity of a plan month ("YYYY-MM") where it differs from capacityPerMonth. */
  readonly capacityByMonth?: Readonly<Record<string, number>>;
}

/** How much of a resource one unit of a family takes: hours (or units) per unit (the Routings sheet, routings.csv). */
export interface Routing {
  readonly family: string;
  readonly resource: string;
  readonly hoursPerUnit: number;
}

/**
 * Last cycle's value of one of the twelve KPIs, by KPI id ("ACCURACY", "OTIF"...; see the KPIs
 * sheet), for the month-on-month change on the KPIs sheet and the deck.
 */
export interface PreviousKpi {
  readonly kpi: string;
  readonly value: number;
}

/**
 * The value one KPI showed in an earlier cycle month (the KPIs sheet's trend cells,
 * kpi_history.csv), by KPI id, for the KPI's 12-cycle trend.
 */
export interface KpiHistoryRow {
  readonly kpi: string;
  /** The cycle month "YYYY-MM" the value was the KPI's value in. */
  readonly month: string;
  readonly value: number;
}

/** Everything a cycle needs: config plus the inputs. */
export interface CycleData {
  readonly config: CycleConfig;
  readonly actuals: ReadonlyArray<ActualRow>;
  readonly overrides: ReadonlyArray<OverrideRow>;
  readonly pipeline: ReadonlyArray<PipelineDeal>;
  readonly orders: ReadonlyArray<OrderLine>;
  readonly actions: ReadonlyArray<ActionItem>;
  /** Optional: last cycle's consensus demand by family and month (for demand volatility). */
  readonly previousConsensus?: ReadonlyArray<OverrideRow>;
  /** Optional: last cycle's KPI values. */
  readonly previousKpis?: ReadonlyArray<PreviousKpi>;
  /** Optional: the KPIs' values in earlier cycle months (the last 11 make each KPI's trend). */
  readonly kpiHistory?: ReadonlyArray<KpiHistoryRow>;
  /**
   * Optional: the supply / production plan by family and plan month, as the planner or the ERP
   * gives it (the Supply sheet's input cells). Months left out start at the proposal (`proposeSupply`).
   */
  readonly supplyPlan?: ReadonlyArray<OverrideRow>;
  /** Optional: the plans of earlier cycles (the Plan archive sheet, plan_history.csv). */
  readonly planArchive?: ReadonlyArray<ArchiveRow>;
  /**
   * Optional: the budget (annual operating plan) by family and month (the Budget sheet,
   * budget.csv). Absent: Finance shows no plan vs budget and the deck says the budget is missing.
   */
  readonly budget?: ReadonlyArray<BudgetRow>;
  /** Optional: prices and unit costs by family and plan month, overriding the Families values for that month. */
  readonly prices?: ReadonlyArray<PriceRow>;
  /**
   * Optional: actual production (units made) by family and history month (the Production sheet,
   * production_actuals.csv), for plan adherence. Absent: plan adherence shows "no data".
   */
  readonly productionActuals?: ReadonlyArray<ProductionRow>;
  /**
   * Optional: the resources of the rough-cut capacity check and the families' routings on them
   * (Resources and Routings sheets, resources.csv and routings.csv). Absent: each family's own
   * capacity per month is the only capacity.
   */
  readonly resources?: ReadonlyArray<Resource>;
  readonly routings?: ReadonlyArray<Routing>;
}

/** Supply-side words per business type (declared with the business types in schema.ts). */
export const VOCABULARY: Readonly<Record<BusinessType, BusinessVocabulary>> = Object.fromEntries(
  BUSINESS_TYPES.map((b) => [b.value, b.vocabulary]),
) as Record<BusinessType, BusinessVocabulary>;
