/**
 * Where everything sits. Every sheet builder and every cross-sheet reference takes its rows and
 * columns from here, so a reference always points at the cell the other sheet wrote.
 *
 * All sheets: row 0 title, row 1 subtitle, row 3 the column header, data from row 4 (Excel row 5).
 * Month sheets: column A family, column B measure, months from column C.
 */
export const FIRST_ROW = 4;
export const HEADER_ROW = 3;
export const FIRST_MONTH_COL = 2;

/** Settings rows (column B holds the values). */
export const SETTINGS_ROWS = {
  company: 4,
  cycleMonth: 5,
  historyMonths: 6,
  horizonMonths: 7,
  businessType: 8,
  revenueTarget: 9,
  marginTarget: 10,
  inventoryCeiling: 11,
} as const;
export type SettingsField = keyof typeof SETTINGS_ROWS;
export const SETTINGS_VALUE_COL = 1;

/** Families sheet columns (the SOP_FamilyTable order). */
export const FAMILY_COLS = [
  "name",
  "unit",
  "price",
  "unitCost",
  "openingInventory",
  "capacityPerMonth",
  "targetDaysOfSupply",
  "overtimePerMonth",
  "overtimePremium",
] as const;
export type FamilyField = (typeof FAMILY_COLS)[number];
export const familyCol = (field: FamilyField): number => FAMILY_COLS.indexOf(field);

export const PIPELINE_COLS = [
  "deal",
  "family",
  "quantity",
  "stage",
  "winProbability",
  "closeMonth",
  "weighted",
] as const;
export const ORDER_COLS = [
  "order",
  "line",
  "family",
  "quantityOrdered",
  "quantityDelivered",
  "promisedDate",
  "deliveredDate",
] as const;
export const ACTION_COLS = ["decision", "owner", "dueDate", "status"] as const;
export const pipelineCol = (f: (typeof PIPELINE_COLS)[number]): number => PIPELINE_COLS.indexOf(f);
export const orderCol = (f: (typeof ORDER_COLS)[number]): number => ORDER_COLS.indexOf(f);
export const actionCol = (f: (typeof ACTION_COLS)[number]): number => ACTION_COLS.indexOf(f);

/** Rows of a family block on the Demand sheet (offset 0 = the family's title row). */
export const DEMAND_ROWS = [
  "actual",
  "baseline",
  "bandLow",
  "bandHigh",
  "override",
  "reason",
  "comment",
  "pipeline",
  "consensus",
  "previous",
  "diff",
  "cumDiff",
] as const;
export type DemandRow = (typeof DEMAND_ROWS)[number];
export const DEMAND_TOTAL_ROWS: ReadonlyArray<DemandRow> = [
  "actual",
  "baseline",
  "pipeline",
  "consensus",
  "diff",
  "cumDiff",
];

export const SUPPLY_ROWS = [
  "demand",
  "capacity",
  "proposed",
  "supply",
  "inventory",
  "targetDos",
  "safetyStock",
  "safetyStockDays",
  "dos",
  "targetInventory",
  "utilization",
  "late",
  "lost",
] as const;
export type SupplyRow = (typeof SUPPLY_ROWS)[number];
export const SUPPLY_TOTAL_ROWS: ReadonlyArray<SupplyRow> = [
  "demand",
  "capacity",
  "supply",
  "inventory",
  "targetInventory",
  "utilization",
  "late",
  "lost",
];
/**
 * The Supply sheet's tables by family (families down, plan months across), in order; the proposed
 * plan (blank where typed) and the target inventory let the deck re-run the proposal.
 */
export const SUPPLY_SUMMARIES = [
  "capacity",
  "supply",
  "inventory",
  "late",
  "lost",
  "proposed",
  "targetInventory",
] as const;

/** Plan vs budget rows, after the plan's own (per family and in the totals block). */
export const FINANCE_BUDGET_ROWS = [
  "units",
  "budgetUnits",
  "unitsVsBudget",
  "budgetRevenue",
  "revenueVsBudget",
  "budgetMargin",
  "marginVsBudget",
] as const;
export const FINANCE_ROWS = [
  "price",
  "unitCost",
  "revenue",
  "cogs",
  "grossMargin",
  "marginPct",
  "inventoryValue",
  ...FINANCE_BUDGET_ROWS,
] as const;
export type FinanceRow = (typeof FINANCE_ROWS)[number];
export const FINANCE_TOTAL_ROWS = [
  "revenue",
  "cogs",
  "grossMargin",
  "marginPct",
  "inventoryValue",
  "revenueTarget",
  "revenueVsTarget",
  "marginTarget",
  "marginVsTarget",
  "inventoryCeiling",
  "inventoryVsCeiling",
  "budgetMonth",
  ...FINANCE_BUDGET_ROWS,
] as const;
export type FinanceTotalRow = (typeof FINANCE_TOTAL_ROWS)[number];
/**
 * The Finance sheet's tables by family, in order. The month's price (Prices, else Families) values
 * late and lost demand; the month's unit cost over capacity, excess inventory and resource
 * overloads; both the deck's scenarios.
 */
export const FINANCE_SUMMARIES = ["revenue", "cogs", "grossMargin", "inventoryValue", "price", "unitCost"] as const;

export const GAP_GRIDS = ["late", "lost", "overCapacity", "excessInventory"] as const;
export type GapGrid = (typeof GAP_GRIDS)[number];
export const GAP_FINANCIAL_ROWS = ["revenueVsTarget", "marginVsTarget", "inventoryVsCeiling"] as const;
export const GAP_CANDIDATE_COLS = ["family", "month", "type", "units", "value", "score"] as const;
export const GAP_RANK_COLS = ["rank", "family", "month", "type", "units", "value", "position"] as const;

export interface Geometry {
  readonly families: number;
  readonly history: number;
  readonly plan: number;
  readonly pipelineRows: number;
  readonly orderRows: number;
  readonly actionRows: number;
  readonly candidates: number;
  readonly ranked: number;
  /** Resources with a name (the rough-cut capacity section of the Supply sheet; 0 = none). */
  readonly resources: number;
}

/** Spare rows left for new entries below the data on the Pipeline, Orders and Actions sheets. */
/** The Routings sheet's columns, and the Resources sheet's fixed columns (plan months follow them). */
export const ROUTING_COLS = ["family", "resource", "hoursPerUnit"] as const;
export const RESOURCE_COLS = ["resource", "capacity"] as const;

export const spareRows = {
  pipeline: (n: number): number => Math.max(25, Math.ceil(n / 2)),
  orders: (n: number): number => Math.max(25, Math.ceil(n / 5)),
  actions: (n: number): number => Math.max(15, n),
  resources: (n: number): number => Math.max(5, Math.ceil(n / 2)),
  routings: (n: number): number => Math.max(10, Math.ceil(n / 2)),
};

// ---- Demand ----
const demandBlock = DEMAND_ROWS.length + 2;
const demandTotalBlock = DEMAND_TOTAL_ROWS.length + 2;
/** Demand column of history month j or plan month H + t. */
export const demandCol = (monthIndex: number): number => FIRST_MONTH_COL + monthIndex;
export const demandPlanCol = (g: Geometry, t: number): number => FIRST_MONTH_COL + g.history + t;
export const demandTotalRow = (row: DemandRow): number => FIRST_ROW + 1 + DEMAND_TOTAL_ROWS.indexOf(row);
export const demandBlockStart = (f: number): number => FIRST_ROW + demandTotalBlock + demandBlock * f;
export const demandRow = (f: number, row: DemandRow): number => demandBlockStart(f) + 1 + DEMAND_ROWS.indexOf(row);
export const demandBlocksEnd = (g: Geometry): number => demandBlockStart(g.families) - 1;
/** Consensus-by-family summary: title row, then F rows. */
export const demandSummaryTitle = (g: Geometry): number => demandBlockStart(g.families) + 1;
export const demandSummaryRow = (g: Geometry, f: number): number => demandSummaryTitle(g) + 1 + f;
/** Previous cycle's consensus by family (plan months, "" where there is none): title row, then F rows. */
export const previousSummaryTitle = (g: Geometry): number => demandSummaryRow(g, Math.max(g.families, 1) - 1) + 2;
export const previousSummaryRow = (g: Geometry, f: number): number => previousSummaryTitle(g) + 1 + f;
/** Actual sales by family (history months, "" where not yet known): title row, then F rows. */
export const actualSummaryTitle = (g: Geometry): number => previousSummaryRow(g, Math.max(g.families, 1) - 1) + 2;
export const actualSummaryRow = (g: Geometry, f: number): number => actualSummaryTitle(g) + 1 + f;
/** Statistical baseline by family (history months, the lag-1 forecasts, "" where none): title row, then F rows. */
export const baselineSummaryTitle = (g: Geometry): number => actualSummaryRow(g, Math.max(g.families, 1) - 1) + 2;
export const baselineSummaryRow = (g: Geometry, f: number): number => baselineSummaryTitle(g) + 1 + f;
/** Forecastability and bias by family (title, header, one row per family), below the baseline summary. */
export const forecastabilityTitle = (g: Geometry): number => baselineSummaryRow(g, Math.max(g.families, 1) - 1) + 2;
export const forecastabilityRow = (g: Geometry, f: number): number => forecastabilityTitle(g) + 2 + f;
/** This cycle's overrides by family (override - baseline, then the reason), below the forecastability table and its note. */
export const overrideSummaryTitle = (g: Geometry, s: "diff" | "reason"): number =>
  forecastabilityRow(g, Math.max(g.families, 1)) + 2 + (s === "diff" ? 0 : Math.max(g.families, 1) + 2);
export const overrideSummaryRow = (g: Geometry, s: "diff" | "reason", f: number): number =>
  overrideSummaryTitle(g, s) + 1 + f;

// ---- Supply ----
const supplyBlock = SUPPLY_ROWS.length + 2;
const supplyTotalBlock = SUPPLY_TOTAL_ROWS.length + 2;
export const planCol = (t: number): number => FIRST_MONTH_COL + t;
export const supplyTotalRow = (row: SupplyRow): number => FIRST_ROW + 1 + SUPPLY_TOTAL_ROWS.indexOf(row);
export const supplyBlockStart = (f: number): number => FIRST_ROW + supplyTotalBlock + supplyBlock * f;
export const supplyRow = (f: number, row: SupplyRow): number => supplyBlockStart(f) + 1 + SUPPLY_ROWS.indexOf(row);
export const supplySummaryTitle = (g: Geometry, s: (typeof SUPPLY_SUMMARIES)[number]): number =>
  supplyBlockStart(g.families) + 1 + SUPPLY_SUMMARIES.indexOf(s) * (g.families + 2);
export const supplySummaryRow = (g: Geometry, s: (typeof SUPPLY_SUMMARIES)[number], f: number): number =>
  supplySummaryTitle(g, s) + 1 + f;
/** The safety stock by family table, below the summaries: title, header, one row per family, note. */
export const supplySigmaTitle = (g: Geometry): number =>
  supplySummaryTitle(g, SUPPLY_SUMMARIES[SUPPLY_SUMMARIES.length - 1]) + g.families + 2;
export const supplySigmaRow = (g: Geometry, f: number): number => supplySigmaTitle(g) + 2 + f;

// ---- Finance ----
const financeBlock = FINANCE_ROWS.length + 2;
const financeTotalBlock = FINANCE_TOTAL_ROWS.length + 2;
export const financeTotalRow = (row: FinanceTotalRow): number => FIRST_ROW + 1 + FINANCE_TOTAL_ROWS.indexOf(row);
export const financeBlockStart = (f: number): number => FIRST_ROW + financeTotalBlock + financeBlock * f;
export const financeRow = (f: number, row: FinanceRow): number => financeBlockStart(f) + 1 + FINANCE_ROWS.indexOf(row);
/** Revenue history table: title/header row, actual revenue row, planned revenue row. */
export const financeHistoryTitle = (g: Geometry): number => financeBlockStart(g.families) + 1;
export const financeHistoryActual = (g: Geometry): number => financeHistoryTitle(g) + 1;
export const financeHistoryPlanned = (g: Geometry): number => financeHistoryTitle(g) + 2;
export const financeSummaryTitle = (g: Geometry, s: (typeof FINANCE_SUMMARIES)[number]): number =>
  financeHistoryTitle(g) + 4 + FINANCE_SUMMARIES.indexOf(s) * (g.families + 2);
export const financeSummaryRow = (g: Geometry, s: (typeof FINANCE_SUMMARIES)[number], f: number): number =>
  financeSummaryTitle(g, s) + 1 + f;

/** The budget bridge tables (revenue, then gross margin) below the summaries: title, header, F family rows, a total row. */
export const FINANCE_BRIDGES = ["revenue", "margin"] as const;
export type FinanceBridge = (typeof FINANCE_BRIDGES)[number];
export const financeBridgeTitle = (g: Geometry, b: FinanceBridge): number =>
  financeSummaryTitle(g, FINANCE_SUMMARIES[FINANCE_SUMMARIES.length - 1]) +
  g.families +
  2 +
  FINANCE_BRIDGES.indexOf(b) * (g.families + 4);
export const financeBridgeRow = (g: Geometry, b: FinanceBridge, f: number): number => financeBridgeTitle(g, b) + 2 + f;
export const financeBridgeTotal = (g: Geometry, b: FinanceBridge): number => financeBridgeRow(g, b, g.families);
/** Revenue accuracy by lag, below the bridges: title, header, one row per lag, note. */
export const financeRevenueLagTitle = (g: Geometry): number => financeBridgeTotal(g, "margin") + 2;

// ---- Budget ----
/** The Budget sheet's measures, one block of F rows each (families in Families order), months from column C. */
export const BUDGET_FIELDS = ["units", "revenue", "grossMargin"] as const;
export type BudgetField = (typeof BUDGET_FIELDS)[number];
/** Row of family f in the `block`-th block of F family rows: the blocks follow one another with a blank row between. */
const blockRow = (g: Pick<Geometry, "families">, block: number, f: number): number =>
  FIRST_ROW + block * (Math.max(g.families, 1) + 1) + f;
export const budgetRow = (g: Pick<Geometry, "families">, field: BudgetField, f: number): number =>
  blockRow(g, BUDGET_FIELDS.indexOf(field), f);

// ---- Prices ----
/** The Prices sheet's measures, one block of F rows each, months from column C (plan months). */
export const PRICE_FIELDS = ["price", "unitCost"] as const;
export type PriceField = (typeof PRICE_FIELDS)[number];
export const priceRow = (g: Pick<Geometry, "families">, field: PriceField, f: number): number =>
  blockRow(g, PRICE_FIELDS.indexOf(field), f);

// ---- Production ----
/**
 * The Production sheet's measures (actual production, the lag-1 planned production), one block of
 * F rows each, months from column C (history months).
 */
export const PRODUCTION_FIELDS = ["quantity", "planned"] as const;
export type ProductionField = (typeof PRODUCTION_FIELDS)[number];
export const productionRow = (g: Pick<Geometry, "families">, field: ProductionField, f: number): number =>
  blockRow(g, PRODUCTION_FIELDS.indexOf(field), f);

// ---- Gaps ----
/** Ranked agenda: header at row 4, rows from 5. */
export const GAP_RANK_HEADER = 4;
/** The row above the agenda's header: the number of gaps and their total value (SOP_GapCount, SOP_GapTotal). */
export const GAP_SUMMARY_ROW = GAP_RANK_HEADER - 1;
/** The bias exceptions line, above the gaps summary. */
export const GAP_BIAS_ROW = GAP_SUMMARY_ROW - 1;
export const gapRankRow = (k: number): number => GAP_RANK_HEADER + 1 + k;
export const gapGridTitle = (g: Geometry, grid: GapGrid): number =>
  gapRankRow(g.ranked) + 1 + GAP_GRIDS.indexOf(grid) * (g.families + 2);
export const gapGridRow = (g: Geometry, grid: GapGrid, f: number): number => gapGridTitle(g, grid) + 1 + f;
export const gapFinancialTitle = (g: Geometry): number => gapGridTitle(g, "excessInventory") + g.families + 2;
export const gapFinancialRow = (g: Geometry, r: (typeof GAP_FINANCIAL_ROWS)[number]): number =>
  gapFinancialTitle(g) + 1 + GAP_FINANCIAL_ROWS.indexOf(r);
export const gapCandidateHeader = (g: Geometry): number => gapFinancialTitle(g) + GAP_FINANCIAL_ROWS.length + 2;
export const gapCandidateRow = (g: Geometry, i: number): number => gapCandidateHeader(g) + 1 + i;
