/**
 * plan_history.csv: the plan archive (the workbook's Plan archive sheet), one row per cycle
 * month, family and target month. Optional; a family need not be on families.csv (the archive
 * keeps the plans of families since removed).
 *
 * Columns: cycle_month, family, target_month (required), and naive, statistical_baseline,
 * sales_override, override_reason (one of the reason codes), override_comment, consensus
 * (optional; blank = none).
 */
import type { ArchiveRow } from "../core/model";
import { OVERRIDE_REASONS } from "../core/schema";
import { formatCsv, neutraliseFormula as text } from "./csv";
import { parseChoice, parseFamilyName, parseMonth, parseNumber, parseText, Parsed } from "./fields";
import { ImportIssue, readTable } from "./table";

export const PLAN_HISTORY_FILE = "plan_history.csv";
const REQUIRED = ["cycle_month", "family", "target_month"] as const;
const OPTIONAL = [
  "naive",
  "statistical_baseline",
  "sales_override",
  "override_reason",
  "override_comment",
  "consensus",
] as const;

const quantity = (r: string): Parsed<number | null> => parseNumber(r, { min: 0 });
/** An override's reason: one of the reason codes (OVERRIDE_REASONS), in its canonical spelling. */
export const parseOverrideReason = (r: string): Parsed<string | null> => parseChoice(r, OVERRIDE_REASONS);

/** The archive rows of plan_history.csv; a second row for the same cycle, family and target month is a problem. */
export function readPlanHistory(csv: string, issues: ImportIssue[]): ArchiveRow[] {
  const table = readTable(PLAN_HISTORY_FILE, csv, REQUIRED, OPTIONAL, issues);
  if (!table) return [];
  const out: ArchiveRow[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const cycleMonth = row.get("cycle_month", parseMonth);
    const family = row.get("family", parseFamilyName);
    const targetMonth = row.get("target_month", parseMonth);
    const naive = row.optional("naive", quantity, null);
    const baseline = row.optional("statistical_baseline", quantity, null);
    const override = row.optional("sales_override", quantity, null);
    const why = row.optional("override_reason", parseOverrideReason, null);
    const comment = row.optional("override_comment", parseText, null);
    const consensus = row.optional("consensus", quantity, null);
    if (cycleMonth === undefined || family === undefined || targetMonth === undefined) continue;
    if ([naive, baseline, override, why, comment, consensus].includes(undefined)) continue;
    if (targetMonth < cycleMonth) {
      row.report("target_month", `expected a month from the cycle month ${cycleMonth} on, got "${targetMonth}"`);
      continue;
    }
    const id = `${cycleMonth}|${family.toLowerCase()}|${targetMonth}`;
    if (seen.has(id)) {
      row.report(undefined, `a second row for cycle ${cycleMonth}, ${family}, ${targetMonth}`);
      continue;
    }
    seen.add(id);
    out.push({
      cycleMonth,
      family,
      targetMonth,
      naive: naive ?? null,
      baseline: baseline ?? null,
      override: override ?? null,
      reason: why ?? null,
      comment: comment ?? null,
      consensus: consensus ?? null,
    });
  }
  return out;
}

/** plan_history.csv for the archive rows (a blank field for a missing number or text). */
export function planHistoryCsv(rows: ReadonlyArray<ArchiveRow>): string {
  const n = (v: number | null): string => (v === null ? "" : String(v));
  return formatCsv(
    [...REQUIRED, ...OPTIONAL],
    rows.map((r) => [
      r.cycleMonth,
      text(r.family),
      r.targetMonth,
      n(r.naive),
      n(r.baseline),
      n(r.override),
      r.reason ?? "",
      r.comment === null ? "" : text(r.comment),
      n(r.consensus),
    ]),
  );
}
