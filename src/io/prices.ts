/**
 * prices.csv: prices and unit costs that change by month, one row per family and plan month
 * (columns family, month, price, unit_cost; a blank price or unit cost keeps the Families value
 * for that month). Optional: without it every month uses the Families price and unit cost.
 */
import type { PriceRow } from "../core/model";
import { FAMILY_NUMBER_FIELDS } from "../core/schema";
import { formatCsv, neutraliseFormula as text } from "./csv";
import { parseField, parseMonth } from "./fields";
import { planMonthProblem, repeatsFamilyMonth, type Window } from "./readers";
import type { Resolve } from "./families";
import { ImportIssue, readTable } from "./table";

export const PRICES_FILE = "prices.csv";
export const PRICES_COLUMNS = ["family", "month", "price", "unit_cost"] as const;

/** The rows of prices.csv; a second row for the same family and month is a problem. */
export function readPrices(csv: string, resolve: Resolve, w: Window | undefined, issues: ImportIssue[]): PriceRow[] {
  const table = readTable(PRICES_FILE, csv, PRICES_COLUMNS, [], issues);
  if (!table) return [];
  const out: PriceRow[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const family = resolve(row);
    const month = row.get("month", parseMonth);
    const price = row.optional<number | null>("price", parseField(FAMILY_NUMBER_FIELDS.price), null);
    const unitCost = row.optional<number | null>("unit_cost", parseField(FAMILY_NUMBER_FIELDS.unitCost), null);
    const outside = month !== undefined && w !== undefined ? planMonthProblem(month, w) : undefined;
    if (outside !== undefined) row.report("month", outside);
    if (family === undefined || month === undefined || outside !== undefined) continue;
    if (price === undefined || unitCost === undefined) continue;
    if (repeatsFamilyMonth(seen, row, family, month)) continue;
    out.push({ family, month, price, unitCost });
  }
  return out;
}

/** prices.csv's text for `rows` (a blank for a value not given). */
export function pricesCsv(rows: ReadonlyArray<PriceRow>): string {
  const n = (v: number | null): string => (v === null ? "" : String(v));
  return formatCsv(
    PRICES_COLUMNS,
    rows.map((r) => [text(r.family), r.month, n(r.price), n(r.unitCost)]),
  );
}
