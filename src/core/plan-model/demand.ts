/**
 * Demand rows of one family, as the Demand sheet's formulas compute them.
 *
 * - Weighted pipeline (plan month m) = sum over the family's deals closing in m of quantity x win probability.
 * - Consensus (plan month) = (sales override if typed, else baseline) + weighted pipeline.
 * - Consensus (history month) = the consensus that month's own cycle planned, when it was
 *   archived (scaffolding the next cycle does it); else the lag-1 baseline (blank where there is none).
 * - Actual sales (history) = the Actuals cell, blank while it is blank.
 * - Diff (history) = actual - consensus: positive = sold more than planned (under-forecast);
 *   blank when either is blank.
 * - Cumulative diff = running sum of the diffs (blanks skipped).
 */
import { excelSerialFromIso } from "../dates";
import { weightedPipeline } from "../plan";
import { isSopError } from "../errors";
import { isMonth } from "./months";
import { Blank, FamilyBaseline, FamilyDemand, PipelineRowInput } from "./types";

const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** The Pipeline sheet's helper column: weighted quantity = quantity x win probability (blank as 0). */
export function weightedQuantity(row: PipelineRowInput): number {
  return num(row.quantity) * num(row.winProbability);
}

/**
 * The rows of each family, in their order, by the family's name ignoring case (as the sheets'
 * formulas compare text): `of(name)` is what filtering `rows` on that name gives. Rows whose
 * `family` is undefined (not a name) belong to none.
 */
export function byFamily<T>(rows: ReadonlyArray<T>, family: (row: T) => string | undefined): (name: string) => T[] {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const f = family(r);
    if (f === undefined) continue;
    const k = f.toLowerCase();
    let list = groups.get(k);
    if (list === undefined) groups.set(k, (list = []));
    list.push(r);
  }
  return (name) => groups.get(name.toLowerCase()) ?? [];
}

/** Pipeline deals by family (`byFamily`): a deal whose family is not text is no family's. */
export const pipelineByFamily = (rows: ReadonlyArray<PipelineRowInput>): ((name: string) => PipelineRowInput[]) =>
  byFamily(rows, (r) => (typeof r.family === "string" ? r.family : undefined));

/** Weighted pipeline per plan month of one family's deals, `mine` (`pipelineByFamily`). */
export function familyPipeline(mine: ReadonlyArray<PipelineRowInput>, plan: ReadonlyArray<string>): number[] {
  const amounts = mine.map((r) => num(r.quantity));
  const probabilities = mine.map((r) => num(r.winProbability));
  const closeDates = mine.map((r) =>
    typeof r.closeMonth === "string" && isMonth(r.closeMonth) ? (excelSerialFromIso(r.closeMonth) ?? NaN) : NaN,
  );
  return plan.map((month) => {
    const serial = excelSerialFromIso(month) ?? NaN;
    const w = weightedPipeline(amounts, probabilities, { closeDates, month: serial });
    if (!isSopError(w)) return w;
    // Out-of-domain probabilities (outside 0..1) are still multiplied by the sheet's formula.
    return mine.reduce((s, r) => (r.closeMonth === month ? s + weightedQuantity(r) : s), 0);
  });
}

export function familyDemand(
  actuals: ReadonlyArray<Blank>,
  overrides: ReadonlyArray<Blank>,
  baseline: FamilyBaseline,
  pipeline: ReadonlyArray<number>,
  archived: ReadonlyArray<Blank> = [],
): FamilyDemand {
  const actual = actuals.slice();
  const consensusHistory = baseline.history.map((b, j) => archived[j] ?? b);
  const consensus = baseline.plan.map((b, i) => {
    const o = overrides[i];
    return (o !== null && o !== undefined ? o : b) + pipeline[i];
  });
  const diff = consensusHistory.map((c, i) => {
    const a = actual[i];
    return c === null || a === null ? null : a - c;
  });
  let running = 0;
  const cumDiff = diff.map((d) => (running += d ?? 0));
  return { actual, baseline, pipeline, consensusHistory, consensus, diff, cumDiff };
}
