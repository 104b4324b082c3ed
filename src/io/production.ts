/**
 * production_actuals.csv: actual production by family and history month (columns family, month,
 * quantity) and optionally what the month's own cycle planned to produce (column planned: the
 * lag-1 supply plan; blank = not known). Optional: without it plan adherence shows "no data".
 */
import type { ProductionRow } from "../core/model";
import { formatCsv, neutraliseFormula as text } from "./csv";
import { parseMonth, parseNumber } from "./fields";
import { historyMonthProblem, repeatsFamilyMonth, type Window } from "./readers";
import type { Resolve } from "./families";
import { ImportIssue, readTable } from "./table";

export const PRODUCTION_FILE = "production_actuals.csv";
export const PRODUCTION_COLUMNS = ["family", "month", "quantity"] as const;
export const PRODUCTION_OPTIONAL_COLUMNS = ["planned"] as const;

const units = (raw: string) => parseNumber(raw, { min: 0 });

/** The rows of production_actuals.csv; a second row for the same family and month is a problem. */
export function readProduction(
  csv: string,
  resolve: Resolve,
  w: Window | undefined,
  issues: ImportIssue[],
): ProductionRow[] {
  const table = readTable(PRODUCTION_FILE, csv, PRODUCTION_COLUMNS, PRODUCTION_OPTIONAL_COLUMNS, issues);
  if (!table) return [];
  const out: ProductionRow[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const family = resolve(row);
    const month = row.get("month", parseMonth);
    const quantity = row.get("quantity", units);
    const planned = row.optional<number | null>("planned", units, null);
    const outside = month !== undefined && w !== undefined ? historyMonthProblem(month, w) : undefined;
    if (outside !== undefined) row.report("month", outside);
    if (family === undefined || month === undefined || outside !== undefined) continue;
    if (quantity === undefined || planned === undefined) continue;
    if (repeatsFamilyMonth(seen, row, family, month)) continue;
    out.push({ family, month, quantity, planned });
  }
  return out;
}

/** production_actuals.csv's text for `rows` (the planned column only when a row has a plan). */
export function productionCsv(rows: ReadonlyArray<ProductionRow>): string {
  const withPlan = rows.some((r) => r.planned !== null);
  const columns = withPlan ? [...PRODUCTION_COLUMNS, ...PRODUCTION_OPTIONAL_COLUMNS] : PRODUCTION_COLUMNS;
  return formatCsv(
    columns,
    rows.map((r) => [
      text(r.family),
      r.month,
      String(r.quantity),
      ...(withPlan ? [r.planned === null ? "" : String(r.planned)] : []),
    ]),
  );
}
