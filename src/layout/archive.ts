/**
 * The plan archive: what every earlier cycle planned, per family and target month (statistical
 * baseline, sales override with its reason and comment, consensus, and the naive forecast of the
 * time), so accuracy can be measured at each lag and forecast value added step by step.
 *
 * Its rows come from the cycle data (`planArchive`: the sample, plan_history.csv) and from the
 * workbook (typed or carried cells, keyed by meaning: `Archive|cycle|target|field|family`); a
 * cell of the workbook wins over the data's value. Rows are never dropped: a family no longer on
 * Families, or a target month out of the history window, keeps its archive rows.
 */
import { ArchiveRow } from "../core/model";
import type { ArchiveEntry } from "../core/plan-model/types";
import { DEFAULT_ACCURACY_LAGS } from "../core/schema";
import { isMonth, monthDiff } from "../core/plan-model/months";
import { keys } from "./keys";
import { TypedInputs, asText as textOrNull, pick } from "./typed";
import { CellValue } from "./types";

/** The archive's sheet. */
export const ARCHIVE_SHEET = "Plan archive";

/** The archive fields a row holds as values (the identifiers and computed columns aside). */
export const ARCHIVE_FIELDS = ["naive", "baseline", "override", "reason", "comment", "consensus"] as const;
export type ArchiveField = (typeof ARCHIVE_FIELDS)[number];
const NUMERIC: ReadonlySet<string> = new Set(["naive", "baseline", "override", "consensus"]);

export type { ArchiveEntry };

/** "Archive|2026-01|2026-03|baseline|Widgets" -> its parts, or null for another key. */
export function archiveKeyParts(
  key: string,
): { cycle: string; target: string; field: ArchiveField; family: string } | null {
  if (!key.startsWith("Archive|")) return null;
  const parts = key.split("|");
  const [cycle, target, field] = [parts[1], parts[2], parts[3]];
  const family = parts.slice(4).join("|");
  if (
    !isMonth(cycle) ||
    !isMonth(target) ||
    family === "" ||
    !(ARCHIVE_FIELDS as ReadonlyArray<string>).includes(field)
  )
    return null;
  return { cycle, target, field: field as ArchiveField, family };
}

const numberOrNull = (v: CellValue): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** One row's field as the data holds it (for `pick`'s fallback). */
function dataValue(row: ArchiveRow | undefined, field: ArchiveField): CellValue {
  return row === undefined ? null : row[field];
}

/**
 * Every archive row: the data's and the workbook's, one per (cycle, family, target), ordered by
 * cycle month, then family (the cycle's families first, in their order, then the others by
 * name), then target month.
 */
export function resolveArchive(
  rows: ReadonlyArray<ArchiveRow>,
  familyOrder: ReadonlyArray<string>,
  typed: TypedInputs,
): ArchiveEntry[] {
  const id = (cycle: string, family: string, target: string): string => `${cycle}|${target}|${family}`;
  const fromData = new Map<string, ArchiveRow>();
  for (const r of rows) fromData.set(id(r.cycleMonth, r.family, r.targetMonth), r);
  const ids = new Map<string, { cycle: string; family: string; target: string }>();
  for (const r of fromData.values())
    ids.set(id(r.cycleMonth, r.family, r.targetMonth), {
      cycle: r.cycleMonth,
      family: r.family,
      target: r.targetMonth,
    });
  for (const [k, v] of typed) {
    const p = archiveKeyParts(k);
    if (p === null || v === null || v === "") continue;
    ids.set(id(p.cycle, p.family, p.target), { cycle: p.cycle, family: p.family, target: p.target });
  }
  const order = new Map(familyOrder.map((f, i) => [f, i]));
  const famRank = (name: string): number => order.get(name) ?? familyOrder.length;
  const sorted = [...ids.values()].sort(
    (a, b) =>
      a.cycle.localeCompare(b.cycle) ||
      famRank(a.family) - famRank(b.family) ||
      a.family.localeCompare(b.family) ||
      a.target.localeCompare(b.target),
  );
  return sorted.map(({ cycle, family, target }) => {
    const d = fromData.get(id(cycle, family, target));
    const get = (field: ArchiveField): CellValue =>
      pick(typed, keys.archive(cycle, target, field, family), dataValue(d, field));
    const num = (field: ArchiveField): number | null => numberOrNull(get(field));
    const txt = (field: ArchiveField): string | null => textOrNull(get(field));
    return {
      cycleMonth: cycle,
      family,
      targetMonth: target,
      lag: monthDiff(cycle, target) + 1,
      naive: num("naive"),
      baseline: num("baseline"),
      override: num("override"),
      reason: txt("reason"),
      comment: txt("comment"),
      consensus: num("consensus"),
    };
  });
}

/** The archive rows of a workbook's typed values (for readCycleData and the CSV export). */
export function archiveOf(typed: TypedInputs): ArchiveRow[] {
  return resolveArchive([], [], typed).map(({ lag: _lag, ...row }) => row);
}

/** Whether an archive field holds a number (naive, baseline, override, consensus) rather than text. */
export const isNumericArchiveField = (field: string): boolean => NUMERIC.has(field);

/**
 * The lags the KPIs sheet measures, from the Settings cell ("1, 3", or one number): whole
 * numbers 1..120, at most four, in the order typed; the default lags when nothing usable is typed.
 */
export function accuracyLags(typed: TypedInputs): { lags: number[]; lagsInput: CellValue } {
  const v = typed.get(keys.accuracyLags());
  const words = v === undefined || v === null ? [] : String(v).split(/[,;\s]+/);
  const out: number[] = [];
  for (const w of words) {
    const n = Number(w);
    if (Number.isInteger(n) && n >= 1 && n <= 120 && !out.includes(n) && out.length < 4) out.push(n);
  }
  const lags = out.length > 0 ? out : [...DEFAULT_ACCURACY_LAGS];
  return { lags, lagsInput: pick(typed, keys.accuracyLags(), DEFAULT_ACCURACY_LAGS.join(", ")) };
}
