/**
 * What the executive deck needs from the workbook, and how it is read there: by workbook
 * name (src/layout/names.ts), never by cell address.
 */
import { isSopError, type Result } from "../core/errors";
import type { BusinessType } from "../core/model";
import {
  DEFAULT_BUSINESS_TYPE,
  INVENTORY_TARGETS,
  SCENARIO_FIELDS,
  SCENARIO_FIELD_NAMES,
  SUPPLY_STRATEGIES,
  isBusinessType,
  type InventoryTarget,
  type ScenarioField,
  type SupplyStrategy,
} from "../core/schema";
import { meetsNumberRule } from "../core/numberRule";
import { scenarioSpecs, type ScenarioSpec } from "./scenarios";
import { NAMES } from "../layout/names";
import { readFva, type FvaLine } from "./sheetFva";
import { readBudget, type DeckBudget } from "./budget";
import { readForecastability, type ForecastabilityLine } from "./forecastability";
import { readResources, type DeckResource } from "./resources";
import { readOverrides, type DeckOverrides } from "./overrides";
import { cellMonth, cellNumber, cellText } from "./cells";
import {
  bad,
  blankableGrid,
  list,
  optionalWord,
  planGrid,
  single,
  singleNumber,
  type NamedReader,
  type PlanGrid,
} from "./read";
import {
  actionTable,
  familyTable,
  gapTable,
  gapTotalsTable,
  kpiTable,
  type DeckAction,
  type DeckFamily,
  type DeckGap,
  type DeckGapTotals,
  type DeckKpi,
} from "./tables";

export type { NamedReader, PlanGrid } from "./read";
export type { DeckAction, DeckFamily, DeckGap, DeckGapTotals, DeckKpi } from "./tables";

/** Everything the deck shows, as read from the workbook. Grids are F x H in the order of `families` and `months`. */
export interface DeckInput {
  readonly company: string;
  readonly cycleMonth: string;
  readonly businessType: BusinessType;
  readonly months: ReadonlyArray<string>;
  readonly families: ReadonlyArray<DeckFamily>;
  readonly demand: PlanGrid;
  readonly supply: PlanGrid;
  readonly capacity: PlanGrid;
  readonly inventory: PlanGrid;
  /** Demand shipped after its month, and demand not shipped by the end of the plan (units; `lateAndLost`). */
  readonly late: PlanGrid;
  readonly lost: PlanGrid;
  /** The proposed supply plan, null where the plan is typed (SOP_ProposedSupply; absent in a workbook built before it: every month reads as proposed). */
  readonly proposed?: ReadonlyArray<ReadonlyArray<number | null>>;
  /** Target inventory (units; SOP_TargetInventory; absent in a workbook built before it). */
  readonly targetInventory?: PlanGrid;
  /** The supply policy (Settings; absent = the defaults, target-seeking and days of supply). */
  readonly supplyStrategy?: SupplyStrategy;
  readonly inventoryTarget?: InventoryTarget;
  /** Supply plan above capacity and inventory above target (units; the Gaps sheet's grids; absent in a workbook built before them). */
  readonly overCapacity?: PlanGrid;
  readonly excessInventory?: PlanGrid;
  readonly revenue: PlanGrid;
  readonly cogs: PlanGrid;
  readonly grossMargin: PlanGrid;
  readonly inventoryValue: PlanGrid;
  /** The month's price (the Finance sheet's: Prices, else Families; SOP_Price; absent in a workbook built before it: the Families price). */
  readonly price?: PlanGrid;
  /** The month's unit cost (the Finance sheet's: Prices, else Families; SOP_UnitCost; absent in a workbook built before it: the Families unit cost). */
  readonly unitCost?: PlanGrid;
  readonly targets: {
    readonly revenuePerMonth: number;
    readonly grossMarginPct: number;
    readonly inventoryValueCeiling: number;
  };
  readonly kpis: ReadonlyArray<DeckKpi>;
  /** The largest gaps, as the workbook lists them (SOP_Gaps: the top of the ranking, not every gap). */
  readonly gaps: ReadonlyArray<DeckGap>;
  /** Every gap of the plan: count and total (absent: the listed gaps are all of them). */
  readonly gapTotals?: DeckGapTotals;
  readonly actions: ReadonlyArray<DeckAction>;
  /** Forecast value added over the plan archive (SOP_FVA; absent in a workbook built before it). */
  readonly fva?: ReadonlyArray<FvaLine>;
  /** The budget by family and plan month (SOP_BudgetUnits, SOP_BudgetRevenue, SOP_BudgetMargin); absent = no budget. */
  readonly budget?: DeckBudget;
  /** This cycle's overrides and the past value added by reason (SOP_OverrideDiff, SOP_OverrideReason, SOP_FVAByReason; absent in a workbook built before them). */
  readonly overrides?: DeckOverrides;
  /** Forecastability and bias by family (SOP_Forecastability; absent in a workbook built before it). */
  readonly forecastability?: ReadonlyArray<ForecastabilityLine>;
  /** Load and capacity by resource (SOP_Resources, SOP_ResourceCapacity, SOP_ResourceLoad); absent = no resources. */
  readonly resources?: ReadonlyArray<DeckResource>;
  /** Base, Upside and Downside with the Settings sheet's multipliers (SOP_ScenarioMultipliers); absent in a workbook without them. */
  readonly scenarios?: ReadonlyArray<ScenarioSpec>;
}

/**
 * The scenarios with the workbook's multipliers, SOP_ScenarioMultipliers in SCENARIO_FIELDS'
 * order; a cell that is blank or outside its rule takes the default (the Settings sheet's
 * validation refuses such a value as it is typed). Undefined when the workbook has no such name.
 */
export function readScenarios(get: NamedReader): ScenarioSpec[] | undefined {
  const cells = get(NAMES.scenarioMultipliers);
  if (cells === undefined || cells.length === 0) return undefined;
  const multipliers = Object.fromEntries(
    SCENARIO_FIELD_NAMES.map((f, i) => {
      const v = cellNumber(cells[i]?.[0] ?? null);
      const def = SCENARIO_FIELDS[f];
      return [f, typeof v === "number" && meetsNumberRule(v, def.rule) ? v : def.fallback];
    }),
  ) as Record<ScenarioField, number>;
  return scenarioSpecs(multipliers);
}

export { monthPrice, monthUnitCost } from "./tables";

/**
 * Reads the deck's numbers from the workbook names. A missing name gives `#N/A` naming it
 * ("the workbook has no SOP_Demand range: scaffold the workbook first"); a malformed one gives
 * `#VALUE!` naming it and the offending cell. SOP_BusinessType is optional (default manufacturing).
 */
export function deckInputFromNames(get: NamedReader): Result<DeckInput> {
  const company = single(get, NAMES.company);
  if (isSopError(company)) return company;
  const cycle = single(get, NAMES.cycleMonth);
  if (isSopError(cycle)) return cycle;
  const cycleMonth = cellMonth(cycle);
  if (cycleMonth === undefined) return bad(NAMES.cycleMonth, `holds "${cellText(cycle)}", not a month YYYY-MM`);
  const bt = get(NAMES.businessType);
  const btText = bt && bt.length > 0 && bt[0].length > 0 ? cellText(bt[0][0]).toLowerCase() : "";
  const businessType = isBusinessType(btText) ? btText : DEFAULT_BUSINESS_TYPE;

  const monthCells = list(get, NAMES.months);
  if (isSopError(monthCells)) return monthCells;
  const months: string[] = [];
  for (const v of monthCells) {
    const m = cellMonth(v);
    if (m === undefined) return bad(NAMES.months, `holds "${cellText(v)}", not a month YYYY-MM`);
    months.push(m);
  }
  if (months.length === 0) return bad(NAMES.months, "is empty");

  const familyCells = list(get, NAMES.families);
  if (isSopError(familyCells)) return familyCells;
  const familyNames = familyCells.map(cellText).filter((s) => s !== "");
  if (familyNames.length === 0) return bad(NAMES.families, "lists no families");
  const families = familyTable(get, familyNames);
  if (isSopError(families)) return families;

  const f = families.length;
  const h = months.length;
  const grids: Record<string, PlanGrid> = {};
  const gridNames = {
    demand: NAMES.demand,
    supply: NAMES.supply,
    capacity: NAMES.capacity,
    inventory: NAMES.inventory,
    late: NAMES.late,
    lost: NAMES.lost,
    revenue: NAMES.revenue,
    cogs: NAMES.cogs,
    grossMargin: NAMES.grossMargin,
    inventoryValue: NAMES.inventoryValue,
  } as const;
  for (const [key, name] of Object.entries(gridNames)) {
    const g = planGrid(get, name, f, h);
    if (isSopError(g)) return g;
    grids[key] = g;
  }

  const optionalGrids: {
    overCapacity?: PlanGrid;
    excessInventory?: PlanGrid;
    targetInventory?: PlanGrid;
    price?: PlanGrid;
    unitCost?: PlanGrid;
  } = {};
  for (const key of ["overCapacity", "excessInventory", "targetInventory", "price", "unitCost"] as const) {
    const g = get(NAMES[key]);
    if (g === undefined || g.length === 0) continue;
    const grid = planGrid(get, NAMES[key], f, h);
    if (isSopError(grid)) return grid;
    optionalGrids[key] = grid;
  }

  const proposed = blankableGrid(get, NAMES.proposedSupply, f, h);
  if (isSopError(proposed)) return proposed;
  const supplyStrategy = optionalWord(get, NAMES.supplyStrategy, SUPPLY_STRATEGIES);
  const inventoryTarget = optionalWord(get, NAMES.inventoryTarget, INVENTORY_TARGETS);

  const revenuePerMonth = singleNumber(get, NAMES.revenueTarget);
  if (isSopError(revenuePerMonth)) return revenuePerMonth;
  const grossMarginPct = singleNumber(get, NAMES.marginTarget);
  if (isSopError(grossMarginPct)) return grossMarginPct;
  const inventoryValueCeiling = singleNumber(get, NAMES.inventoryCeiling);
  if (isSopError(inventoryValueCeiling)) return inventoryValueCeiling;

  const kpis = kpiTable(get);
  if (isSopError(kpis)) return kpis;
  const gaps = gapTable(get);
  if (isSopError(gaps)) return gaps;
  const gapTotals = gapTotalsTable(get);
  if (isSopError(gapTotals)) return gapTotals;
  const actions = actionTable(get);
  if (isSopError(actions)) return actions;
  const budget = readBudget(get, f, h);
  if (isSopError(budget)) return budget;
  const overrides = readOverrides(get, families, months, optionalGrids.price);

  // Each optional part read once (each is a pass over its names).
  const fva = readFva(get);
  const forecastability = readForecastability(get);
  const resources = readResources(get);
  const scenarios = readScenarios(get);
  return {
    company: cellText(company),
    cycleMonth,
    businessType,
    months,
    families,
    demand: grids.demand,
    supply: grids.supply,
    capacity: grids.capacity,
    inventory: grids.inventory,
    late: grids.late,
    lost: grids.lost,
    ...optionalGrids,
    ...(proposed !== undefined ? { proposed } : {}),
    ...(supplyStrategy !== undefined ? { supplyStrategy } : {}),
    ...(inventoryTarget !== undefined ? { inventoryTarget } : {}),
    revenue: grids.revenue,
    cogs: grids.cogs,
    grossMargin: grids.grossMargin,
    inventoryValue: grids.inventoryValue,
    targets: { revenuePerMonth, grossMarginPct, inventoryValueCeiling },
    kpis,
    gaps,
    ...(gapTotals ? { gapTotals } : {}),
    ...(fva.length > 0 ? { fva } : {}),
    ...(budget !== undefined ? { budget } : {}),
    ...(overrides !== undefined ? { overrides } : {}),
    ...(forecastability.length > 0 ? { forecastability } : {}),
    ...(resources.length > 0 ? { resources } : {}),
    ...(scenarios !== undefined ? { scenarios } : {}),
    actions,
  };
}
