/**
 * Finding `SOP.*` formulas that are not calculating.
 *
 * Excel stores a JavaScript custom function in the file as `_xldudf_SOP_NAME(...)` and shows it
 * as `SOP.NAME(...)` once the add-in's metadata is loaded. A formula written by another program
 * (the headless pack) or typed while the add-in was absent may stay `#NAME?` after the add-in
 * loads until the formula is entered again (OfficeDev/Excel-Custom-Functions#108). These
 * helpers find such cells in the areas Excel returns for a sheet's formula cells that show an
 * error (`Range.getSpecialCellsOrNullObject("Formulas", "Errors")`: a `RangeAreas` whose
 * `areas` each carry `address`, `formulas` and `values`) so the task pane can re-enter them in
 * one batch.
 */
import { colName } from "../layout/a1";

/** A cell to re-enter: 0-based position within the grid (area) read, and the formula to write. */
export interface StaleFormula {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

const SOP_CALL = /(^|[^A-Za-z0-9_.])(?:_xldudf_SOP_|SOP\.)[A-Za-z][A-Za-z0-9]*\s*\(/i;
/**
 * The stored spelling, with the external-reference prefix Excel sometimes leaves in front of it
 * when a workbook moves between machines: a link index (`[1]!_xldudf_SOP_OTIF(`) or the
 * add-in file that held the function (`'C:\...\FUNCRES.XLAM'!_xldudf_SOP_OTIF(`).
 */
const STORED_NAME = /(?:\[\d+\]!|'(?:[^']|'')*'!|[A-Za-z0-9_.]+\.xlam!)?_xldudf_SOP_([A-Za-z][A-Za-z0-9]*)\s*\(/gi;

/** True when the formula calls an `SOP.*` custom function (in its shown or stored spelling). */
export function callsSopFunction(formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && SOP_CALL.test(formula);
}

/** The formula as a user types it: `_xldudf_SOP_OTIF(` (with any prefix before it) becomes `SOP.OTIF(`. */
export function normaliseSopFormula(formula: string): string {
  return formula.replace(STORED_NAME, (_m, name: string) => `SOP.${name.toUpperCase()}(`);
}

/** Values that show a custom function is not resolved (the cell is not calculating). */
function showsUnresolved(value: unknown): boolean {
  return value === "#NAME?";
}

/**
 * The `SOP.*` cells of one grid (a used range, or one area of a `RangeAreas`) that are not
 * calculating: the value is `#NAME?`, or the formula still carries the stored `_xldudf_`
 * spelling. `formulas` and `values` are the same range's `formulas` and `values` (Excel
 * returns error values as text such as "#NAME?").
 */
export function findStaleSopFormulas(
  formulas: ReadonlyArray<ReadonlyArray<unknown>>,
  values: ReadonlyArray<ReadonlyArray<unknown>>,
): StaleFormula[] {
  const out: StaleFormula[] = [];
  formulas.forEach((row, r) => {
    row.forEach((f, c) => {
      if (!callsSopFunction(f)) return;
      const stored = /_xldudf_/i.test(f);
      if (stored || showsUnresolved(values[r]?.[c])) out.push({ row: r, col: c, formula: normaliseSopFormula(f) });
    });
  });
  return out;
}

/** "A1"-style column letters for a 0-based column index. */
export { colName as columnLetters } from "../layout/a1";

/** The A1 address of a cell at (row, col) counted from `origin` (0-based row and column of the grid's top-left cell). */
export function cellAddress(origin: { readonly row: number; readonly col: number }, row: number, col: number): string {
  return `${colName(origin.col + col)}${origin.row + row + 1}`;
}

/** The 0-based top-left (row, col) of an address such as "KPIs!B3:H20" or "'My sheet'!A1". */
export function addressOrigin(address: string): { row: number; col: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Za-z]+)\$?(\d+)/.exec(local);
  if (!m) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** One rectangle read from Excel: its address ("KPIs!C3:C14") and its `formulas` and `values`. */
export interface AreaRead {
  readonly address: string;
  readonly formulas: ReadonlyArray<ReadonlyArray<unknown>>;
  readonly values: ReadonlyArray<ReadonlyArray<unknown>>;
}

/** What the areas of one sheet hold: the `SOP.*` formulas seen, and the cells to re-enter by A1 address. */
export interface StaleInAreas {
  readonly sopFormulas: number;
  readonly stale: ReadonlyArray<{ readonly address: string; readonly formula: string }>;
}

/**
 * The `SOP.*` cells to re-enter across the areas of one sheet (addresses local to the sheet,
 * such as "C7"), and how many `SOP.*` formulas the areas hold (calculating or not).
 */
export function findStaleInAreas(areas: ReadonlyArray<AreaRead>): StaleInAreas {
  let sopFormulas = 0;
  const stale: { address: string; formula: string }[] = [];
  for (const area of areas) {
    sopFormulas += area.formulas.reduce((n, row) => n + row.filter((f) => callsSopFunction(f)).length, 0);
    const origin = addressOrigin(area.address);
    for (const s of findStaleSopFormulas(area.formulas, area.values)) {
      stale.push({ address: cellAddress(origin, s.row, s.col), formula: s.formula });
    }
  }
  return { sopFormulas, stale };
}
