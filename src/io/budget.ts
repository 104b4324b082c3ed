/**
 * budget.csv: the budget (annual operating plan), one row per family and month: units, revenue
 * and gross margin (all required; units and revenue not negative). Optional: without it the
 * Budget sheet starts blank. A family must be on families.csv; a month may lie outside the plan
 * (a fiscal year that started before the cycle month): the workbook shows the plan months.
 */
import type { BudgetRow } from "../core/model";
import { formatCsv, neutraliseFormula as text } from "./csv";
import { parseMonth, parseNumber, Parsed } from "./fields";
import { repeatsFamilyMonth } from "./readers";
import type { Resolve } from "./families";
import { ImportIssue, readTable } from "./table";

export const BUDGET_FILE = "budget.csv";
export const BUDGET_COLUMNS = ["family", "month", "units", "revenue", "gross_margin"] as const;

const nonNegative = (r: string): Parsed<number> => parseNumber(r, { min: 0 });
const anyNumber = (r: string): Parsed<number> => parseNumber(r);

/** The rows of budget.csv; a second row for the same family and month is a problem. */
export function readBudget(csv: string, resolve: Resolve, issues: ImportIssue[]): BudgetRow[] {
  const table = readTable(BUDGET_FILE, csv, BUDGET_COLUMNS, [], issues);
  if (!table) return [];
  const out: BudgetRow[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const family = resolve(row);
    const month = row.get("month", parseMonth);
    const units = row.get("units", nonNegative);
    const revenue = row.get("revenue", nonNegative);
    const grossMargin = row.get("gross_margin", anyNumber);
    if (family === undefined || month === undefined) continue;
    if (units === undefined || revenue === undefined || grossMargin === undefined) continue;
    if (repeatsFamilyMonth(seen, row, family, month)) continue;
    out.push({ family, month, units, revenue, grossMargin });
  }
  return out;
}

/** budget.csv's text for `rows`. */
export function budgetCsv(rows: ReadonlyArray<BudgetRow>): string {
  return formatCsv(
    BUDGET_COLUMNS,
    rows.map((r) => [text(r.family), r.month, String(r.units), String(r.revenue), String(r.grossMargin)]),
  );
}
