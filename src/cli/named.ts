/**
 * Reads the values of a workbook name ("SOP_Demand" -> "Plan!$C$5:$T$9") from a
 * `WorkbookSpec`, as the deck and the summary read the workbook: by name, never by address.
 */
import type { CellValue, WorkbookSpec } from "../layout/types";

export interface CellRange {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const colNumber = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Parses "'My sheet'!$B$3:$D$9" or "Plan!C5" into 0-based bounds; undefined if it is not a range. */
export function parseRef(ref: string): CellRange | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(
    ref.trim(),
  );
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const top = Number(m[4]) - 1;
  const left = colNumber(m[3]);
  const bottom = m[6] !== undefined ? Number(m[6]) - 1 : top;
  const right = m[5] !== undefined ? colNumber(m[5]) : left;
  return {
    sheet,
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** A reader of named ranges' values (cached results for formulas; empty cells are null). */
export function specReader(spec: WorkbookSpec): (name: string) => CellValue[][] | undefined {
  const refs = new Map(spec.names.map((n) => [n.name, n.ref]));
  const sheets = new Map(spec.sheets.map((s) => [s.name, s]));
  return (name) => {
    const ref = refs.get(name);
    const range = ref !== undefined ? parseRef(ref) : undefined;
    const sheet = range ? sheets.get(range.sheet) : undefined;
    if (!range || !sheet) return undefined;
    const out: CellValue[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: CellValue[] = [];
      for (let c = range.left; c <= range.right; c++) row.push(sheet.cells[r]?.[c]?.value ?? null);
      out.push(row);
    }
    return out;
  };
}
