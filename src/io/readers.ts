/**
 * Readers for the data files of a cycle folder. Each collects every problem it finds and
 * returns only the rows that are entirely valid.
 */
import type { ActionItem, ActualRow, OrderLine, OverrideRow, PipelineDeal, PreviousKpi } from "../core/model";
import { KPI_DEFS } from "../core/plan-model/kpis";
import { addMonths, monthDiff } from "../core/plan-model/months";
import { ACTION_STATUSES } from "../core/schema";
import { allPresent, parseChoice, parseDate, parseMonth, parseNumber, parseText, Parsed } from "./fields";
import { ImportIssue, readTable, Row } from "./table";
import { FAMILIES_CSV_COLUMNS, type Resolve } from "./families";
import { parseOverrideReason } from "./planHistory";

const nonNegative = (r: string): Parsed<number> => parseNumber(r, { min: 0 });
const probability = (r: string): Parsed<number> => parseNumber(r, { min: 0, max: 1, percent: true });

/** Column lists per file: what the documentation and the sample folder use. */
export const COLUMNS = {
  "families.csv": FAMILIES_CSV_COLUMNS,
  "actuals.csv": ["family", "month", "quantity"],
  "overrides.csv": ["family", "month", "quantity"],
  "supply_plan.csv": ["family", "month", "quantity"],
  "previous_consensus.csv": ["family", "month", "quantity"],
  "pipeline.csv": ["deal", "family", "quantity", "stage", "win_probability", "close_month"],
  "orders.csv": [
    "order",
    "line",
    "family",
    "quantity_ordered",
    "quantity_delivered",
    "promised_date",
    "delivered_date",
  ],
  "actions.csv": ["decision", "owner", "due_date", "status"],
  "kpis.csv": ["kpi", "previous"],
} as const;

export type DataFile = keyof typeof COLUMNS;

/** Plan window of a cycle, for month checks. */
export interface Window {
  readonly cycleMonth: string;
  readonly historyMonths: number;
  readonly horizonMonths: number;
}

/** The optional columns of overrides.csv: why sales overrode the baseline (a reason code) and a comment. */
export const OVERRIDE_NOTE_COLUMNS = ["reason", "comment"] as const;

function readMonthly(
  file: "actuals.csv" | "overrides.csv" | "supply_plan.csv" | "previous_consensus.csv",
  text: string,
  resolve: Resolve,
  inRange: (month: string) => string | undefined,
  issues: ImportIssue[],
): OverrideRow[] {
  const notes = file === "overrides.csv";
  const table = readTable(file, text, COLUMNS[file], notes ? OVERRIDE_NOTE_COLUMNS : [], issues);
  if (!table) return [];
  const seen = new Map<string, number>();
  const out: OverrideRow[] = [];
  for (const row of table.rows) {
    const family = resolve(row);
    const month = row.get("month", parseMonth);
    const quantity = row.get("quantity", nonNegative);
    const reason = notes ? row.optional("reason", parseOverrideReason, null) : null;
    const comment = notes ? row.optional("comment", parseText, null) : null;
    const outside = month !== undefined ? inRange(month) : undefined;
    if (outside !== undefined) row.report("month", outside);
    if (family === undefined || month === undefined || quantity === undefined || outside !== undefined) continue;
    if (reason === undefined || comment === undefined) continue;
    if (repeatsFamilyMonth(seen, row, family, month)) continue;
    out.push({
      family,
      month,
      quantity,
      ...(reason !== null ? { reason } : {}),
      ...(comment !== null ? { comment } : {}),
    });
  }
  return out;
}

/**
 * Whether `row` repeats a family and month seen before in its file (reported on its month
 * column); otherwise records it in `seen` (family and month -> first line).
 */
export function repeatsFamilyMonth(seen: Map<string, number>, row: Row, family: string, month: string): boolean {
  const key = `${family}\u0000${month}`;
  const first = seen.get(key);
  if (first !== undefined) {
    row.report("month", `a second row for ${family} in ${month} (first on line ${first})`);
    return true;
  }
  seen.set(key, row.line);
  return false;
}

/**
 * actuals.csv: monthly sales before the cycle month, at most one row per family and month.
 * Without a window (settings.csv is invalid) months are checked for their format only.
 */
export function readActuals(text: string, resolve: Resolve, w: Window | undefined, issues: ImportIssue[]): ActualRow[] {
  return readMonthly(
    "actuals.csv",
    text,
    resolve,
    (m) => (w === undefined ? undefined : historyMonthProblem(m, w)),
    issues,
  );
}

/** Why `month` is not before the window's cycle month (undefined when it is history). */
export function historyMonthProblem(month: string, w: Window): string | undefined {
  return monthDiff(month, w.cycleMonth) > 0
    ? undefined
    : `expected a month before the cycle month ${w.cycleMonth} (actuals are history), got "${month}"`;
}

/** Why `month` is not a plan month of the window (undefined when it is). */
export function planMonthProblem(month: string, w: Window): string | undefined {
  const d = monthDiff(w.cycleMonth, month);
  const last = addMonths(w.cycleMonth, w.horizonMonths - 1);
  return d >= 0 && d < w.horizonMonths
    ? undefined
    : `expected a plan month from ${w.cycleMonth} to ${last}, got "${month}"`;
}

/** overrides.csv: sales overrides inside the plan horizon, each with an optional reason (a reason code) and comment. */
export function readOverrides(
  text: string,
  resolve: Resolve,
  w: Window | undefined,
  issues: ImportIssue[],
  file: "overrides.csv" | "supply_plan.csv" = "overrides.csv",
): OverrideRow[] {
  return readMonthly(file, text, resolve, (m) => (w === undefined ? undefined : planMonthProblem(m, w)), issues);
}

/**
 * previous_consensus.csv: earlier cycles' consensus: for plan months, last cycle's plan; for
 * history months, the plan each month's own cycle made (what the consensus accuracy is
 * measured against).
 */
export function readPreviousConsensus(
  text: string,
  resolve: Resolve,
  w: Window | undefined,
  issues: ImportIssue[],
): OverrideRow[] {
  return readMonthly(
    "previous_consensus.csv",
    text,
    resolve,
    (m) => {
      if (w === undefined) return undefined;
      const d = monthDiff(w.cycleMonth, m);
      const first = addMonths(w.cycleMonth, -w.historyMonths);
      const last = addMonths(w.cycleMonth, w.horizonMonths - 1);
      return d >= -w.historyMonths && d < w.horizonMonths
        ? undefined
        : `expected a month from ${first} to ${last} (history or plan), got "${m}"`;
    },
    issues,
  );
}

/** pipeline.csv: CRM deals. */
export function readPipeline(text: string, resolve: Resolve, issues: ImportIssue[]): PipelineDeal[] {
  const table = readTable("pipeline.csv", text, COLUMNS["pipeline.csv"], [], issues);
  if (!table) return [];
  const out: PipelineDeal[] = [];
  for (const row of table.rows) {
    const deal = row.get("deal", parseText);
    const family = resolve(row);
    const values = [row.get("quantity", nonNegative), row.get("win_probability", probability)];
    const stage = row.get("stage", parseText);
    const closeMonth = row.get("close_month", parseMonth);
    if (
      deal === undefined ||
      family === undefined ||
      stage === undefined ||
      closeMonth === undefined ||
      !allPresent(values)
    )
      continue;
    out.push({ deal, family, quantity: values[0], stage, winProbability: values[1], closeMonth });
  }
  return out;
}

/** orders.csv: order lines; delivered_date blank = not delivered yet. */
export function readOrders(text: string, resolve: Resolve, issues: ImportIssue[]): OrderLine[] {
  const table = readTable("orders.csv", text, COLUMNS["orders.csv"], [], issues);
  if (!table) return [];
  const seen = new Map<string, number>();
  const out: OrderLine[] = [];
  for (const row of table.rows) {
    const order = row.get("order", parseText);
    const line = row.get("line", (r) => parseNumber(r, { integer: true, min: 1 }));
    const family = resolve(row);
    const qty = [row.get("quantity_ordered", nonNegative), row.get("quantity_delivered", nonNegative)];
    const promisedDate = row.get("promised_date", parseDate);
    const deliveredDate = row.optional<string | null>("delivered_date", parseDate, null);
    if (order === undefined || line === undefined || family === undefined || !allPresent(qty)) continue;
    if (promisedDate === undefined || deliveredDate === undefined) continue;
    const key = `${order}\u0000${line}`;
    const first = seen.get(key);
    if (first !== undefined) {
      row.report("line", `order ${JSON.stringify(order)} line ${line} appears twice (first on line ${first})`);
      continue;
    }
    seen.set(key, row.line);
    out.push({ order, line, family, quantityOrdered: qty[0], quantityDelivered: qty[1], promisedDate, deliveredDate });
  }
  return out;
}

/** actions.csv: the decisions log. */
export function readActions(text: string, issues: ImportIssue[]): ActionItem[] {
  const table = readTable("actions.csv", text, COLUMNS["actions.csv"], [], issues);
  if (!table) return [];
  const out: ActionItem[] = [];
  for (const row of table.rows) {
    const decision = row.get("decision", parseText);
    const owner = row.get("owner", parseText);
    const dueDate = row.get("due_date", parseDate);
    const status = row.get("status", (r) => parseChoice(r, ACTION_STATUSES));
    if (decision === undefined || owner === undefined || dueDate === undefined || status === undefined) continue;
    out.push({ decision, owner, dueDate, status });
  }
  return out;
}

/** kpis.csv: last cycle's value of each KPI, by KPI id (ACCURACY, BIAS, ..., CLOSURE); each KPI once. */
export function readPreviousKpis(text: string, issues: ImportIssue[]): PreviousKpi[] {
  const table = readTable("kpis.csv", text, COLUMNS["kpis.csv"], [], issues);
  if (!table) return [];
  const ids = KPI_DEFS.map((d) => d.id);
  const seen = new Set<string>();
  const out: PreviousKpi[] = [];
  for (const row of table.rows) {
    const kpi = row.get("kpi", (r) => parseChoice(r, ids));
    const value = row.get("previous", (r) => parseNumber(r, { percent: true }));
    if (kpi === undefined || value === undefined) continue;
    if (seen.has(kpi)) {
      row.report("kpi", `${kpi} is listed twice`);
      continue;
    }
    seen.add(kpi);
    out.push({ kpi, value });
  }
  return out;
}
