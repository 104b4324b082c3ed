/**
 * Finding typed inputs by meaning, wherever the user moved them.
 *
 * A planner edits the workbook with ordinary Excel actions: inserts a row or a column in
 * Actuals, leaves a blank row in Families, sorts the order lines, adds rows below a list, types
 * a formula into an override cell, writes a note beside the table. A rebuild that read each
 * input at the position the old layout gave it would hand one family's history to another.
 * Here every input is found by what labels it, never by position alone:
 * - Settings: the row whose column A holds the setting's label;
 * - Families: every row below the header whose first cell holds a name (blank rows are skipped,
 *   not the end of the table); each field by its column header;
 * - Actuals, Budget, Prices, Production, Demand, Supply: the family by the name in column A (a Demand or Supply block's
 *   name row labels the rows below it), the measure by its label in column B, the month by the
 *   month in the header row; the header row is found by its months, wherever it moved;
 * - Pipeline, Orders, Actions, Routings, Resources (its months by their header): each field by its column header, every row that holds anything,
 *   in sheet order (a sorted, filtered or extended list reads back whole), numbered again 1..n;
 * - KPIs: the KPI by its label in column A, the field by its column header;
 * - Kept inputs: the key in column A.
 *
 * Each value keeps its formula when the cell holds one, and the address it was found at.
 * On the sheets a user may edit freely (unprotected: Settings, Families, Actuals, Budget, Prices, Production, Orders,
 * Actions, Kept inputs), anything else that holds a value or a formula is the user's own
 * (a note, a helper formula): it is returned as an orphan with its address, so the rebuild can
 * keep it rather than clear it.
 */
import {
  ACTION_COLS,
  BUDGET_FIELDS,
  ORDER_COLS,
  PIPELINE_COLS,
  PRICE_FIELDS,
  PRODUCTION_FIELDS,
  ROUTING_COLS,
} from "../geometry";
import { keys } from "../keys";
import { Found, Orphan, SheetReader } from "../sheetReader";
import { ACTION_HEADERS, ORDER_HEADERS, PIPELINE_HEADERS } from "../sheets/tables";
import { BUDGET_LABELS, BUDGET_SHEET } from "../sheets/budget";
import { PRICE_LABELS, PRICES_SHEET } from "../sheets/prices";
import { PRODUCTION_LABELS, PRODUCTION_SHEET } from "../sheets/production";
import { ARCHIVE_SHEET } from "../archive";
import { families, settings } from "./setup";
import { Grids, monthBlocks, monthGrid } from "./grid";
import { archive, kept, kpis, list, resources } from "./lists";
import { RESOURCES_SHEET, ROUTINGS_SHEET, ROUTING_HEADERS } from "../sheets/resources";
import { demandGrid, supplyGrid } from "./plan";

export type { Found, Orphan } from "../sheetReader";
export type { Grids } from "./grid";
export { measureValues } from "./grid";
export { kpiValues } from "./lists";

export interface Harvest {
  readonly found: ReadonlyArray<Found>;
  readonly orphans: ReadonlyArray<Orphan>;
}

/** The sheet the rebuild keeps values it cannot place on. */
export const KEPT_SHEET = "Kept inputs";

/** How each layout sheet is read, and whether users may edit it freely (unprotected). */
const READERS: ReadonlyArray<{ sheet: string; free: boolean; read: (s: SheetReader, out: Found[]) => void }> = [
  { sheet: "Settings", free: true, read: settings },
  { sheet: "Families", free: true, read: families },
  {
    sheet: "Actuals",
    free: true,
    read: (s, out) => monthGrid(s, out, (f, _m, month) => keys.actual(f, month), false),
  },
  { sheet: BUDGET_SHEET, free: true, read: monthBlocks(BUDGET_FIELDS, BUDGET_LABELS, keys.budget) },
  { sheet: PRICES_SHEET, free: true, read: monthBlocks(PRICE_FIELDS, PRICE_LABELS, keys.price) },
  { sheet: PRODUCTION_SHEET, free: true, read: monthBlocks(PRODUCTION_FIELDS, PRODUCTION_LABELS, keys.production) },
  { sheet: RESOURCES_SHEET, free: true, read: resources },
  {
    sheet: ROUTINGS_SHEET,
    free: true,
    read: (s, out) => list(s, out, ROUTING_HEADERS, ROUTING_COLS, keys.routing),
  },
  { sheet: "Demand", free: false, read: demandGrid },
  { sheet: "Supply", free: false, read: supplyGrid },
  {
    sheet: "Pipeline",
    free: false,
    read: (s, out) => list(s, out, PIPELINE_HEADERS, PIPELINE_COLS, keys.pipeline, ["weighted"]),
  },
  { sheet: "Orders", free: true, read: (s, out) => list(s, out, ORDER_HEADERS, ORDER_COLS, keys.order) },
  { sheet: "Actions", free: true, read: (s, out) => list(s, out, ACTION_HEADERS, ACTION_COLS, keys.action) },
  { sheet: "KPIs", free: false, read: kpis },
  { sheet: ARCHIVE_SHEET, free: false, read: archive },
  { sheet: KEPT_SHEET, free: true, read: kept },
];

/** The sheets a rebuild reads inputs from. */
export const INPUT_SHEETS: ReadonlyArray<string> = READERS.map((r) => r.sheet);

/** Every typed input of the workbook, found by meaning, and what the user put elsewhere. */
export function harvest(grids: Grids): Harvest {
  const found: Found[] = [];
  const orphans: Orphan[] = [];
  for (const { sheet, free, read } of READERS) {
    const values = grids.values.get(sheet);
    if (values === undefined) continue;
    const s = new SheetReader(sheet, values, grids.formulas?.get(sheet));
    read(s, found);
    if (free) orphans.push(...s.orphans());
  }
  return { found, orphans };
}
