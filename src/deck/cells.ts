/**
 * Reading plain cell values back from the workbook for the deck.
 *
 * Values arrive as Office.js `range.values` give them (blank = "", errors as "#N/A" text) or as
 * the cached values of a layout spec (blank = null). Dates may be Excel serial numbers.
 */
import type { CellValue } from "../layout/types";
import { isoDateFromExcelSerial } from "../core/dates";
import { addr } from "../layout/a1";

/** A cell as a number: `null` when blank, `undefined` when it holds text, an error or a boolean. */
export function cellNumber(v: CellValue | undefined): number | null | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "boolean") return undefined;
  const s = v.trim();
  if (s === "") return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** A cell as trimmed text ("" when blank). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  return String(v);
}

/** True when the cell holds nothing. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** An Excel date serial as "YYYY-MM-DD" (time of day dropped). */
export const serialToIsoDate = isoDateFromExcelSerial;

/** A month cell ("YYYY-MM", "YYYY-MM-DD" text or a date serial) as "YYYY-MM", or `undefined`. */
export function cellMonth(v: CellValue | undefined): string | undefined {
  if (typeof v === "number" && Number.isFinite(v) && v >= 1) return serialToIsoDate(v).slice(0, 7);
  const s = cellText(v);
  const m = /^(\d{4})-(\d{2})(-\d{2})?/.exec(s);
  if (!m) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-${m[2]}` : undefined;
}

/** A date cell ("YYYY-MM-DD" text or a date serial) as "YYYY-MM-DD"; "" when blank; `undefined` when not a date. */
export function cellDate(v: CellValue | undefined): string | undefined {
  if (isBlank(v)) return "";
  if (typeof v === "number" && Number.isFinite(v) && v >= 1) return serialToIsoDate(v);
  const s = cellText(v);
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;
}

/** The first column (or, for a single row, the row) of a one-dimensional range. */
export function flatten(grid: ReadonlyArray<ReadonlyArray<CellValue>>): ReadonlyArray<CellValue> | undefined {
  if (grid.length === 1) return grid[0];
  if (grid.every((row) => row.length === 1)) return grid.map((row) => row[0]);
  return undefined;
}

/** "A1"-style address of a 0-based (row, col). */
export function a1(row: number, col: number): string {
  return addr(row, col);
}
