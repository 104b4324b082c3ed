/**
 * A workbook built earlier, as a renderer reads it back: each sheet's values from A1. The
 * inputs are found in it by meaning (./harvest.ts); ./cycle.ts reads the cycle it describes.
 */
import { isoDateFromExcelSerial } from "../core/dates";
import { isMonth } from "../core/plan-model/months";
import { CellValue } from "./types";

/** Sheet values by sheet name, each grid from A1. */
export type ExistingSheets = ReadonlyMap<string, ReadonlyArray<ReadonlyArray<CellValue>>>;

/** ISO date "YYYY-MM-DD" of an Excel serial. */
export const isoFromSerial = isoDateFromExcelSerial;

export function cellAt(existing: ExistingSheets, sheet: string, row: number, col: number): CellValue {
  const v = existing.get(sheet)?.[row]?.[col];
  return v === undefined ? null : v;
}

/** A cell as trimmed text; null for a blank. */
export const text = (v: CellValue): string | null => (v === null ? null : typeof v === "string" ? v.trim() : String(v));

/** A cell as a number (typed, or numeric text); `fallback` otherwise. */
export const numberOr = (v: CellValue, fallback: number): number => {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return fallback;
};

/** A month cell: "YYYY-MM" text, or a date serial Excel made of it. */
export function monthOf(v: CellValue): string | null {
  if (typeof v === "number" && v > 0) return isoFromSerial(v).slice(0, 7);
  const t = text(v);
  if (t === null) return null;
  if (isMonth(t)) return t;
  return /^\d{4}-\d{2}-\d{2}/.test(t) && isMonth(t.slice(0, 7)) ? t.slice(0, 7) : null;
}
