/** Reading a built spec back by name: the cached values of a named range. */
import { parseRef } from "./a1";
import { CellValue, WorkbookSpec } from "./types";

/**
 * The cached values of the named range `name` in `spec`, row by row (empty cells are null).
 * An unknown name, or one pointing at a sheet the spec does not have, gives [].
 */
export function readNamedRange(spec: WorkbookSpec, name: string): CellValue[][] {
  const n = spec.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (n === undefined) return [];
  const { sheet, r1, c1, r2, c2 } = parseRef(n.ref);
  const s = spec.sheets.find((x) => x.name === sheet);
  if (s === undefined) return [];
  const out: CellValue[][] = [];
  for (let r = r1; r <= r2; r++) {
    const row: CellValue[] = [];
    for (let c = c1; c <= c2; c++) {
      const v = s.cells[r]?.[c]?.value;
      row.push(v === undefined || v === "" ? null : v);
    }
    out.push(row);
  }
  return out;
}
