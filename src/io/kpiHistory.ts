/**
 * kpi_history.csv: the KPIs' values in earlier cycle months (the KPIs sheet's trend cells), one
 * row per KPI and cycle month: kpi (a KPI id: ACCURACY, BIAS, ...), month (the cycle month the
 * value was the KPI's), value. Optional; the KPIs sheet shows the 11 months before the cycle
 * month, so other months are read and not shown. A month at or after the cycle month, or a
 * KPI and month twice, is a problem.
 */
import type { KpiHistoryRow } from "../core/model";
import { KPI_DEFS } from "../core/plan-model/kpis";
import { formatCsv } from "./csv";
import { parseChoice, parseMonth, parseNumber } from "./fields";
import type { Window } from "./readers";
import { ImportIssue, readTable } from "./table";

export const KPI_HISTORY_FILE = "kpi_history.csv";
const COLUMNS = ["kpi", "month", "value"] as const;

/** The rows of kpi_history.csv. */
export function readKpiHistory(csv: string, w: Window | undefined, issues: ImportIssue[]): KpiHistoryRow[] {
  const table = readTable(KPI_HISTORY_FILE, csv, COLUMNS, [], issues);
  if (!table) return [];
  const ids = KPI_DEFS.map((d) => d.id);
  const out: KpiHistoryRow[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const kpi = row.get("kpi", (r) => parseChoice(r, ids));
    const month = row.get("month", parseMonth);
    const value = row.get("value", (r) => parseNumber(r, { percent: true }));
    if (month !== undefined && w !== undefined && month >= w.cycleMonth) {
      row.report(
        "month",
        `${month} is not before the cycle month ${w.cycleMonth}; the history holds earlier cycles' values`,
      );
      continue;
    }
    if (kpi === undefined || month === undefined || value === undefined) continue;
    const first = seen.get(`${kpi}|${month}`);
    if (first !== undefined) {
      row.report("month", `${kpi} ${month} appears twice (first on line ${first})`);
      continue;
    }
    seen.set(`${kpi}|${month}`, row.line);
    out.push({ kpi, month, value });
  }
  return out;
}

/** kpi_history.csv's text for `rows`. */
export function kpiHistoryCsv(rows: ReadonlyArray<KpiHistoryRow>): string {
  return formatCsv(
    COLUMNS,
    rows.map((r) => [r.kpi, r.month, String(r.value)]),
  );
}
