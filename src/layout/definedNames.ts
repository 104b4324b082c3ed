/**
 * The workbook names of NAMES (src/layout/names.ts), with the shapes documented there: readers
 * (the executive deck, the task pane) find every number by name.
 */
import { SCENARIO_FIELD_NAMES } from "../core/schema";
import { SCENARIO_ROWS } from "./sheets/setup";
import { abs, range } from "./a1";
import {
  ACTION_COLS,
  FINANCE_SUMMARIES,
  FIRST_ROW,
  GAP_RANK_COLS,
  GAP_SUMMARY_ROW,
  Geometry,
  HEADER_ROW,
  SETTINGS_ROWS,
  SETTINGS_VALUE_COL,
  SUPPLY_SUMMARIES,
  budgetRow,
  demandCol,
  demandSummaryRow,
  financeSummaryRow,
  gapGridRow,
  forecastabilityRow,
  gapRankRow,
  planCol,
  supplySummaryRow,
} from "./geometry";
import { NAMES } from "./names";
import { KPI_DEFS } from "../core/plan-model/kpis";
import { NamedRange } from "./types";
import { capacityMatrixCol, capacityMatrixRow, resourceTableRow } from "./sheets/supplyCapacity";
import { FAMILY_POLICY_FIELDS, SUPPLY_POLICY_ROWS, familyPolicyCol } from "./sheets/setup";

export function definedNames(geo: Geometry): NamedRange[] {
  const F = geo.families;
  const P = geo.plan;
  const H = geo.history;
  const setting = (f: keyof typeof SETTINGS_ROWS): string => `Settings!${abs(SETTINGS_ROWS[f], SETTINGS_VALUE_COL)}`;
  const fxh = (sheet: string, row: (f: number) => number, col0: number): string =>
    `${sheet}!${range(row(0), col0, row(F - 1), col0 + P - 1, true)}`;
  const supply = (s: (typeof SUPPLY_SUMMARIES)[number]): string =>
    fxh("Supply", (f) => supplySummaryRow(geo, s, f), planCol(0));
  const finance = (s: (typeof FINANCE_SUMMARIES)[number]): string =>
    fxh("Finance", (f) => financeSummaryRow(geo, s, f), planCol(0));
  const K = Math.max(geo.resources, 1);
  const resourceTable = (row: "capacity" | "load" | "overload" | "value"): string =>
    `Supply!${range(resourceTableRow(geo, row, 0), planCol(0), resourceTableRow(geo, row, K - 1), planCol(P - 1), true)}`;
  const rows: Array<[string, string]> = [
    [NAMES.company, setting("company")],
    [NAMES.cycleMonth, setting("cycleMonth")],
    [NAMES.businessType, setting("businessType")],
    [NAMES.months, `Supply!${range(HEADER_ROW, planCol(0), HEADER_ROW, planCol(P - 1), true)}`],
    [NAMES.families, `Families!${range(FIRST_ROW, 0, FIRST_ROW + F - 1, 0, true)}`],
    [
      NAMES.familyTable,
      `Families!${range(FIRST_ROW, 0, FIRST_ROW + F - 1, familyPolicyCol(FAMILY_POLICY_FIELDS[FAMILY_POLICY_FIELDS.length - 1]), true)}`,
    ],
    [NAMES.demand, fxh("Demand", (f) => demandSummaryRow(geo, f), demandCol(H))],
    [NAMES.supply, supply("supply")],
    [NAMES.capacity, supply("capacity")],
    [NAMES.inventory, supply("inventory")],
    [NAMES.late, supply("late")],
    [NAMES.lost, supply("lost")],
    [NAMES.proposedSupply, supply("proposed")],
    [NAMES.targetInventory, supply("targetInventory")],
    [NAMES.overCapacity, fxh("Gaps", (f) => gapGridRow(geo, "overCapacity", f), planCol(0))],
    [NAMES.excessInventory, fxh("Gaps", (f) => gapGridRow(geo, "excessInventory", f), planCol(0))],
    [NAMES.revenue, finance("revenue")],
    [NAMES.cogs, finance("cogs")],
    [NAMES.grossMargin, finance("grossMargin")],
    [NAMES.inventoryValue, finance("inventoryValue")],
    [NAMES.price, finance("price")],
    [NAMES.unitCost, finance("unitCost")],
    [NAMES.budgetUnits, fxh("Budget", (f) => budgetRow(geo, "units", f), planCol(0))],
    [NAMES.budgetRevenue, fxh("Budget", (f) => budgetRow(geo, "revenue", f), planCol(0))],
    [NAMES.budgetMargin, fxh("Budget", (f) => budgetRow(geo, "grossMargin", f), planCol(0))],
    [NAMES.supplyStrategy, `Settings!${abs(SUPPLY_POLICY_ROWS.strategy, SETTINGS_VALUE_COL)}`],
    [NAMES.inventoryTarget, `Settings!${abs(SUPPLY_POLICY_ROWS.inventoryTarget, SETTINGS_VALUE_COL)}`],
    [NAMES.revenueTarget, setting("revenueTarget")],
    [NAMES.marginTarget, setting("marginTarget")],
    [NAMES.inventoryCeiling, setting("inventoryCeiling")],
    [
      NAMES.scenarioMultipliers,
      `Settings!${range(SCENARIO_ROWS[SCENARIO_FIELD_NAMES[0]], SETTINGS_VALUE_COL, SCENARIO_ROWS[SCENARIO_FIELD_NAMES[SCENARIO_FIELD_NAMES.length - 1]], SETTINGS_VALUE_COL, true)}`,
    ],
    [NAMES.kpis, `KPIs!${range(FIRST_ROW, 0, FIRST_ROW + KPI_DEFS.length - 1, 6, true)}`],
    [
      NAMES.gaps,
      `Gaps!${range(gapRankRow(0), 0, gapRankRow(Math.max(geo.ranked, 1) - 1), GAP_RANK_COLS.indexOf("value"), true)}`,
    ],
    [NAMES.gapCount, `Gaps!${abs(GAP_SUMMARY_ROW, GAP_RANK_COLS.indexOf("units"))}`],
    [NAMES.gapTotal, `Gaps!${abs(GAP_SUMMARY_ROW, GAP_RANK_COLS.indexOf("value"))}`],
    [
      NAMES.forecastability,
      `Demand!${range(forecastabilityRow(geo, 0), 0, forecastabilityRow(geo, Math.max(F, 1) - 1), 6, true)}`,
    ],
    [
      NAMES.resources,
      `Supply!${range(resourceTableRow(geo, "load", 0), 0, resourceTableRow(geo, "load", K - 1), 0, true)}`,
    ],
    [NAMES.resourceCapacity, resourceTable("capacity")],
    [NAMES.resourceLoad, resourceTable("load")],
    [NAMES.resourceOverload, resourceTable("overload")],
    [NAMES.resourceValue, resourceTable("value")],
    [
      NAMES.hoursPerUnit,
      `Supply!${range(capacityMatrixRow(geo, 0), capacityMatrixCol(0), capacityMatrixRow(geo, F - 1), capacityMatrixCol(K - 1), true)}`,
    ],
    [NAMES.actions, `Actions!${range(FIRST_ROW, 0, FIRST_ROW + geo.actionRows - 1, ACTION_COLS.length - 1, true)}`],
  ];
  return rows.map(([name, ref]) => ({ name, ref }));
}
