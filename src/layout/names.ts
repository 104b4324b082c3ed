/**
 * Workbook-level names the layout defines. They are the contract between the workbook and
 * whatever reads it back (the executive deck, the task pane's settings form): readers find
 * numbers by name, never by guessing cell addresses, so the layout can change freely.
 *
 * F = number of families, H = number of plan (horizon) months, in the order of SOP_Families
 * and SOP_Months.
 */
export const NAMES = {
  /** 1 cell: company name. */
  company: "SOP_Company",
  /** 1 cell: cycle month as text "YYYY-MM". */
  cycleMonth: "SOP_CycleMonth",
  /** 1 cell: business type ("manufacturing" | "saas" | "services" | "distribution"). */
  businessType: "SOP_BusinessType",
  /** 1 x H: plan month labels "YYYY-MM". */
  months: "SOP_Months",
  /** F x 1: family names. */
  families: "SOP_Families",
  /** F x 12: name, unit, price, unit cost, opening inventory, capacity per month, target days of supply, overtime units per month, overtime premium per unit (the Families columns, geometry.ts FAMILY_COLS; the last two blank when not given), then the supply policy's lot size, minimum run and lead time (blank = none, none, 1 month). */
  familyTable: "SOP_FamilyTable",
  /** F x H each: the plan by family and plan month. */
  demand: "SOP_Demand", // consensus demand (units)
  supply: "SOP_Supply", // supply / production plan (units)
  capacity: "SOP_Capacity", // available capacity (units)
  inventory: "SOP_Inventory", // projected inventory at month end (units)
  late: "SOP_LateDemand", // demand shipped after its month (units, >= 0)
  lost: "SOP_LostDemand", // demand not shipped by the end of the horizon (units, >= 0)
  proposedSupply: "SOP_ProposedSupply", // the proposed supply plan (units; blank where the plan is typed)
  targetInventory: "SOP_TargetInventory", // target inventory at month end (units)
  overCapacity: "SOP_OverCapacity", // supply plan above capacity (units, >= 0; the Gaps sheet's grid)
  excessInventory: "SOP_ExcessInventory", // projected inventory above target (units, >= 0; the Gaps sheet's grid)
  revenue: "SOP_Revenue",
  cogs: "SOP_COGS",
  grossMargin: "SOP_GrossMargin",
  inventoryValue: "SOP_InventoryValue",
  price: "SOP_Price", // the month's price (Prices sheet, else Families): late and lost demand are valued at it
  unitCost: "SOP_UnitCost", // the month's unit cost (Prices sheet, else Families): gaps in units of stock and the deck's scenarios are costed at it
  /** F x H each: the budget by family and plan month (the Budget sheet's input cells; blank = not budgeted). */
  budgetUnits: "SOP_BudgetUnits",
  budgetRevenue: "SOP_BudgetRevenue",
  budgetMargin: "SOP_BudgetMargin",
  /** 1 cell each (Settings): the supply strategy ("target-seeking" | "chase" | "level") and the inventory target ("days of supply" | "safety stock"); blank = the default. */
  supplyStrategy: "SOP_SupplyStrategy",
  inventoryTarget: "SOP_InventoryTarget",
  /** 1 cell each: financial targets. */
  revenueTarget: "SOP_RevenueTarget", // per month
  marginTarget: "SOP_MarginTarget", // fraction
  /** 4 x 1: the scenario multipliers, Upside demand and capacity, Downside demand and capacity (Settings; SCENARIO_FIELDS' order). */
  scenarioMultipliers: "SOP_ScenarioMultipliers",
  inventoryCeiling: "SOP_InventoryCeiling", // value
  /** 12 x 7: KPI name, category, value, target, status text, previous value, unit ("%", "x", "currency", "ratio"). */
  kpis: "SOP_KPIs",
  /** 13 x 16 (the KPI rows of SOP_KPIs): the 12-cycle trend: sparkline text, cycles recorded, low, high, then the value of each of the 11 cycle months before this one and this cycle's (blank = not recorded). */
  kpiTrend: "SOP_KPITrend",
  /** N x 6: rank, family, month, gap type, gap (units), value at stake (currency); ranked by value at stake. */
  gaps: "SOP_Gaps",
  /** 1 cell: how many gaps the plan has (every candidate with a value at stake above 0, not only the ranked rows). */
  gapCount: "SOP_GapCount",
  /** 1 cell: their total value at stake (currency). */
  gapTotal: "SOP_GapTotal",
  /** N x 4: decision, owner, due date, status. */
  actions: "SOP_Actions",
  /** A x 1 each: the Plan archive's columns over its A rows (one blank row when it is empty). */
  archiveFamily: "SOP_ArchiveFamily",
  archiveLag: "SOP_ArchiveLag",
  archiveActual: "SOP_ArchiveActual",
  archiveNaive: "SOP_ArchiveNaive",
  archiveBaseline: "SOP_ArchiveBaseline",
  archiveSales: "SOP_ArchiveSales",
  archiveConsensus: "SOP_ArchiveConsensus",
  /** (1 + families with archived plans) x 9: forecast value added at the first lag: family ("All families" first, then each family of the cycle with archived plans), WAPE of naive, statistical, sales, consensus, then the value added in points of each step and in total. */
  fva: "SOP_FVA",
  /** F x H each (Demand): this cycle's sales override minus the statistical baseline, and the override's reason ("" where none). */
  overrideDiff: "SOP_OverrideDiff",
  overrideReason: "SOP_OverrideReason",
  /** A x 1: the Plan archive's override reason column. */
  archiveReason: "SOP_ArchiveReason",
  /** A x 1: the Plan archive's consensus error column (actual - consensus, "" unless both are numbers). */
  archiveError: "SOP_ArchiveError",
  /** A x 1 each: the Plan archive's actual revenue (actual x Families price) and revenue error (consensus error x price), "" unless both are measured. */
  archiveActualRevenue: "SOP_ArchiveActualRevenue",
  archiveRevenueError: "SOP_ArchiveRevenueError",
  /** 6 x 5 (KPIs): the sales override's value added at the first lag by reason: reason, archived overrides with an actual, WAPE of the statistical baseline and of the sales forecast on those rows, value added in points. */
  fvaByReason: "SOP_FVAByReason",
  /** F x 7 (Demand): family, revenue of the last 12 history months, ABC, coefficient of variation, XYZ, tracking signal, bias exception. */
  forecastability: "SOP_Forecastability",
  /** K x 1 (Supply): the resources of the rough-cut capacity check (one blank cell when there are none). */
  resources: "SOP_Resources",
  /** K x H each (Supply): capacity and load by resource and plan month (hours, or the routings' unit). */
  resourceCapacity: "SOP_ResourceCapacity",
  resourceLoad: "SOP_ResourceLoad",
  /** K x H each (Supply): overload (load above capacity) and its value at stake (production cost) by resource and plan month. */
  resourceOverload: "SOP_ResourceOverload",
  resourceValue: "SOP_ResourceValue",
  /** F x K (Supply): hours per unit of each family (rows) on each resource (columns, in SOP_Resources order); 0 = not routed. */
  hoursPerUnit: "SOP_HoursPerUnit",
} as const;

export type SopName = (typeof NAMES)[keyof typeof NAMES];

/**
 * The name anchoring a layout sheet ("SOP_Sheet_KeptInputs" -> 'Kept inputs'!$A$1). Excel
 * updates a name's reference when its sheet is renamed, so a rebuild finds an input sheet the
 * user renamed by its anchor, not by its title.
 */
export function sheetAnchor(sheet: string): string {
  return `SOP_Sheet_${sheet.replace(/[^A-Za-z0-9]/g, "")}`;
}

/** The anchor name of every sheet, for a layout's names. */
export function sheetAnchors(sheets: ReadonlyArray<string>): Array<{ name: string; ref: string }> {
  return sheets.map((s) => ({ name: sheetAnchor(s), ref: `${/^[A-Za-z0-9_]+$/.test(s) ? s : `'${s}'`}!$A$1` }));
}
