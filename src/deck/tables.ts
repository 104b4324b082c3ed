/**
 * The workbook's tables as the deck reads them: family table, KPIs, gaps and actions.
 * Fully blank rows are skipped (tables may reserve rows for typing).
 */
import { isSopError, type Result } from "../core/errors";
import { GAP_TYPES } from "../core/plan-model/gaps";
import { NO_DATA } from "../core/plan-model/kpiExpr";
import { familyCol } from "../layout/geometry";
import { familyPolicyCol } from "../layout/sheets/setup";
import { NAMES } from "../layout/names";
import type { CellValue } from "../layout/types";
import { cellDate, cellMonth, cellNumber, cellText } from "./cells";
import { bad, singleNumber, table, type NamedReader, type PlanGrid } from "./read";
import { monthRate } from "./options";

/** One product family as the family table holds it. */
export interface DeckFamily {
  readonly name: string;
  readonly unit: string;
  readonly price: number;
  readonly unitCost: number;
  readonly openingInventory: number;
  readonly capacityPerMonth: number;
  readonly targetDaysOfSupply: number;
  /** Extra units a month overtime can make, and its premium per unit over the unit cost; absent when blank (or in a workbook built before them). */
  readonly overtimePerMonth?: number;
  readonly overtimePremium?: number;
  /** The supply policy's lot size and minimum run (Families); absent when blank (or in a workbook built before the table held them). */
  readonly lotSize?: number;
  readonly minimumRun?: number;
}

/** Family f's price in month t: the workbook's month price (SOP_Price), else the Families price. */
export function monthPrice(
  input: { readonly families: ReadonlyArray<DeckFamily>; readonly price?: PlanGrid },
  f: number,
): (t: number) => number {
  return (t) => monthRate(input.price, f, t, input.families[f].price);
}

/** Family f's unit cost in month t: the workbook's month unit cost (SOP_UnitCost), else the Families unit cost. */
export function monthUnitCost(
  input: { readonly families: ReadonlyArray<DeckFamily>; readonly unitCost?: PlanGrid },
  f: number,
): (t: number) => number {
  return (t) => monthRate(input.unitCost, f, t, input.families[f].unitCost);
}

/** One of the twelve KPIs: value and previous value are `null` where the workbook shows an error or a blank. */
export interface DeckKpi {
  readonly name: string;
  readonly category: string;
  readonly value: number | null;
  readonly target: number | null;
  readonly status: string;
  readonly previous: number | null;
  /** "%", "x", "currency" or "ratio". */
  readonly unit: string;
  /** True when the workbook shows "no data": an input the KPI needs is blank. */
  readonly noData?: boolean;
  /** The 12-cycle trend as the KPIs sheet draws it (SOP_KPITrend: a bar per cycle, "·" = not recorded); absent in a workbook built before it. */
  readonly trend?: string;
}

/** A supply/demand/financial gap from the Gaps sheet. */
export interface DeckGap {
  readonly rank: number;
  readonly family: string;
  readonly month: string;
  readonly type: string;
  /** Gap in the family's units; `null` for a company-level gap measured in currency only (revenue, inventory value). */
  readonly gap: number | null;
  /** Value at stake in currency. */
  readonly valueAtStake: number;
}

/** A decision or action item from the actions log. */
export interface DeckAction {
  readonly decision: string;
  readonly owner: string;
  /** "YYYY-MM-DD", or "" when no due date is set. */
  readonly dueDate: string;
  readonly status: string;
}

/**
 * F x 7 or wider: name, unit, price, unit cost, opening inventory, capacity per month, target days
 * of supply; then the optional inputs (overtime; the supply policy's lot size and minimum run), found
 * at their Families columns when the table is that wide and read only when they hold numbers.
 */
export function familyTable(get: NamedReader, names: ReadonlyArray<string>): Result<DeckFamily[]> {
  const rows = table(get, NAMES.familyTable, 7, true);
  if (isSopError(rows)) return rows;
  if (rows.length !== names.length) {
    return bad(NAMES.familyTable, `has ${rows.length} rows but ${NAMES.families} lists ${names.length} families`);
  }
  const out: DeckFamily[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const name = cellText(row[0]);
    if (name !== names[i])
      return bad(NAMES.familyTable, `row ${i + 1} is "${name}" but ${NAMES.families} says "${names[i]}"`);
    const nums: number[] = [];
    for (let c = 2; c < 7; c++) {
      const n = cellNumber(row[c]);
      if (n === undefined)
        return bad(NAMES.familyTable, `row ${i + 1}, column ${c + 1} holds "${cellText(row[c])}", not a number`);
      nums.push(n ?? 0);
    }
    out.push({
      name,
      unit: cellText(row[1]) || "units",
      price: nums[0],
      unitCost: nums[1],
      openingInventory: nums[2],
      capacityPerMonth: nums[3],
      targetDaysOfSupply: nums[4],
      ...optionalNumber(row, "overtimePerMonth", familyCol("overtimePerMonth")),
      ...optionalNumber(row, "overtimePremium", familyCol("overtimePremium")),
      ...optionalNumber(row, "lotSize", familyPolicyCol("lotSize")),
      ...optionalNumber(row, "minimumRun", familyPolicyCol("minimumRun")),
    });
  }
  return out;
}

/** `{ [field]: n }` when the family table's column `col` holds a number; `{}` when it is blank, not a number or absent. */
function optionalNumber(
  row: ReadonlyArray<CellValue>,
  field: "overtimePerMonth" | "overtimePremium" | "lotSize" | "minimumRun",
  col: number,
): Partial<DeckFamily> {
  const n = cellNumber(row[col]);
  return typeof n === "number" ? { [field]: n } : {};
}

/** N x 7: name, category, value, target, status, previous, unit; rows without a name are skipped. */
export function kpiTable(get: NamedReader): Result<DeckKpi[]> {
  const rows = table(get, NAMES.kpis, 7);
  if (isSopError(rows)) return rows;
  const num = (v: CellValue): number | null => cellNumber(v) ?? null; // an error or text reads as "no value"
  // The trend's rows are the KPI rows (SOP_KPITrend beside SOP_KPIs); its first column is the sparkline.
  const trends = get(NAMES.kpiTrend) ?? [];
  return rows
    .map((row, i) => ({ row, trend: cellText(trends[i]?.[0] ?? null) }))
    .filter(({ row }) => cellText(row[0]) !== "")
    .map(({ row, trend }) => ({
      name: cellText(row[0]),
      category: cellText(row[1]),
      value: num(row[2]),
      target: num(row[3]),
      status: cellText(row[4]),
      previous: num(row[5]),
      unit: cellText(row[6]),
      ...(cellText(row[2]).trim().toLowerCase() === NO_DATA ? { noData: true } : {}),
      ...(trend !== "" ? { trend } : {}),
    }));
}

/** Gap types measured in currency only: their units column is blank (or a meaningless 0). */
const CURRENCY_GAPS: ReadonlySet<string> = new Set(
  [GAP_TYPES.revenue, GAP_TYPES.inventoryCeiling].map((t) => t.toLowerCase()),
);

/** N x 6: rank, family, month, gap type, gap, value at stake; rows with neither family nor type are skipped. */
export function gapTable(get: NamedReader): Result<DeckGap[]> {
  const rows = table(get, NAMES.gaps, 6);
  if (isSopError(rows)) return rows;
  const out: DeckGap[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (cellText(row[1]) === "" && cellText(row[3]) === "") continue; // a reserved row: rank only
    const gap = cellNumber(row[4]);
    const value = cellNumber(row[5]);
    if (gap === undefined || value === undefined)
      return bad(NAMES.gaps, `row ${i + 1} has a gap or value that is not a number`);
    const type = cellText(row[3]);
    out.push({
      rank: cellNumber(row[0]) ?? i + 1,
      family: cellText(row[1]),
      month: cellMonth(row[2]) ?? cellText(row[2]),
      type,
      gap: CURRENCY_GAPS.has(type.toLowerCase()) ? null : gap,
      valueAtStake: value ?? 0,
    });
  }
  return out;
}

/** How many gaps the plan has and their total value, where the workbook says so (SOP_GapCount, SOP_GapTotal). */
export interface DeckGapTotals {
  readonly count: number;
  readonly totalValueAtStake: number;
}

/**
 * SOP_GapCount and SOP_GapTotal; `undefined` when the workbook has neither (a workbook built
 * before they existed: the deck then counts the rows SOP_Gaps lists).
 */
export function gapTotalsTable(get: NamedReader): Result<DeckGapTotals | undefined> {
  const count = get(NAMES.gapCount);
  const total = get(NAMES.gapTotal);
  if ((count === undefined || count.length === 0) && (total === undefined || total.length === 0)) return undefined;
  const c = singleNumber(get, NAMES.gapCount);
  if (isSopError(c)) return c;
  const t = singleNumber(get, NAMES.gapTotal);
  if (isSopError(t)) return t;
  return { count: c, totalValueAtStake: t };
}

/** N x 4: decision, owner, due date, status (blank = Open); rows without a decision are skipped. */
export function actionTable(get: NamedReader): Result<DeckAction[]> {
  const rows = table(get, NAMES.actions, 4);
  if (isSopError(rows)) return rows;
  const out: DeckAction[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (cellText(row[0]) === "") continue; // no decision written in this row
    const due = cellDate(row[2]);
    if (due === undefined) return bad(NAMES.actions, `row ${i + 1} has due date "${cellText(row[2])}", not a date`);
    out.push({ decision: cellText(row[0]), owner: cellText(row[1]), dueDate: due, status: cellText(row[3]) || "Open" });
  }
  return out;
}
