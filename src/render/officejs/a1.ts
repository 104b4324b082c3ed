/**
 * A1 addresses for the Office.js renderer: column letters, cell and rectangle addresses,
 * sheet-qualified references. Rows and columns are 0-based here and 1-based in A1 text.
 */
import { colIndex as columnIndex, colName as columnLetter } from "../../layout/a1";

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** Excel's last row and column (1,048,576 rows x 16,384 columns). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** 0 -> "A", 25 -> "Z", 26 -> "AA"; "A" -> 0, "AA" -> 26; sheet names quoted when needed. */
export { colName as columnLetter, colIndex as columnIndex, quoteSheetName } from "../../layout/a1";

/** (0, 0) -> "A1". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A rectangle as "B2:D9", or "B2" for one cell. */
export function rectAddress(r: Rect): string {
  const tl = cellAddress(r.r0, r.c0);
  return r.r0 === r.r1 && r.c0 === r.c1 ? tl : `${tl}:${cellAddress(r.r1, r.c1)}`;
}

/** Rows r0..r1 (0-based) as "4:6". */
export function rowsAddress(r0: number, r1: number): string {
  return `${r0 + 1}:${r1 + 1}`;
}

/** Columns c0..c1 as "B:D". */
export function columnsAddress(c0: number, c1: number): string {
  return `${columnLetter(c0)}:${columnLetter(c1)}`;
}

/** Splits "Demand!B3:C4" or "'Exec Summary'!A1" into its sheet (null if none) and local address. */
export function splitReference(ref: string): { readonly sheet: string | null; readonly local: string } {
  const text = ref.startsWith("=") ? ref.slice(1) : ref;
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: text.trim() };
  let sheet = text.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: text.slice(bang + 1).trim() };
}

/** Parses "B3", "$B$3:$D$9" into a rectangle; null when it is not a cell or cell range. */
export function parseRect(local: string): Rect | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(local.trim());
  if (!m) return null;
  const r0 = Number(m[2]) - 1;
  const c0 = columnIndex(m[1]);
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  const c1 = m[3] ? columnIndex(m[3]) : c0;
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}
