/**
 * A sheet's cells as the two grids Office.js takes: what to enter in each cell (`Range.formulas`)
 * and each cell's number format (`Range.numberFormat`).
 */
import type { Cell, SheetSpec } from "../../layout/types";

/** What is entered in a cell through `Range.formulas`. */
export type Entered = string | number | boolean;

/**
 * The entry for one cell: a formula as is; a number or boolean as is; text with a leading
 * apostrophe, so Excel keeps it as text ("=cmd", "+1", "-x", "@x", "2026-03", "1e5" and "TRUE"
 * stay text and never become a formula, a number or a date); "" for an empty cell (clears it).
 * A non-finite number (which Excel rejects) is entered as an empty cell.
 */
export function enteredContent(cell: Cell | null | undefined): Entered {
  if (!cell) return "";
  if (cell.formula !== undefined && cell.formula !== "") {
    return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  }
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  if (typeof v === "boolean") return v;
  return v === "" ? "" : `'${v}`;
}

/** Rows and columns the sheet's cells span from A1 (0 x 0 for an empty sheet). */
export function sheetExtent(sheet: SheetSpec): { readonly rows: number; readonly columns: number } {
  let columns = 0;
  for (const row of sheet.cells) columns = Math.max(columns, row.length);
  return { rows: columns === 0 ? 0 : sheet.cells.length, columns };
}

/** The rectangular grid of entries, rows padded with "" to `columns`. */
export function contentGrid(sheet: SheetSpec, columns: number): Entered[][] {
  return sheet.cells.map((row) => {
    const out: Entered[] = new Array<Entered>(columns);
    for (let c = 0; c < columns; c++) out[c] = enteredContent(row[c]);
    return out;
  });
}

/**
 * The rectangular grid of number formats. A cell without one gets "": Office.js sets General
 * for a blank number format, in 2 bytes of request instead of 9 for "General".
 */
export function numberFormatGrid(sheet: SheetSpec, columns: number): string[][] {
  return sheet.cells.map((row) => {
    const out: string[] = new Array<string>(columns);
    for (let c = 0; c < columns; c++) {
      const f = row[c]?.numberFormat;
      out[c] = f === undefined || f === "General" ? "" : f;
    }
    return out;
  });
}
