/** Small helpers for reading a WorkbookSpec in tests. */
import { CellValue, WorkbookSpec } from "../../../src/layout/types";

export interface Located {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

/** Every keyed cell of a spec, by key. */
export function keyedCells(spec: WorkbookSpec): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const s of spec.sheets)
    s.cells.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c?.key !== undefined) out.set(c.key, { sheet: s.name, row: r, col, value: c.value ?? null });
      }),
    );
  return out;
}

/** Each sheet's values from A1, as a renderer would read the workbook back. */
export function valuesOf(spec: WorkbookSpec): Map<string, CellValue[][]> {
  return new Map(spec.sheets.map((s) => [s.name, s.cells.map((row) => row.map((c) => (c === null ? null : (c.value ?? null))))]));
}
