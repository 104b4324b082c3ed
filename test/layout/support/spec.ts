/** Small helpers for reading a WorkbookSpec in tests. */
import { CellValue, SheetSpec, WorkbookSpec } from "../../../src/layout/types";

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

/** Row index on `sheet` whose column B is `b`, in the block of family (or "All families") `a`: column A of that row or the last one above. */
export function blockRowOf(spec: WorkbookSpec, sheet: string, a: string, b: string): number {
  const s = spec.sheets.find((x) => x.name === sheet)!;
  let block: string | null = null;
  for (let r = 0; r < s.cells.length; r++) {
    const first = s.cells[r][0]?.value;
    if (typeof first === "string" && first !== "") block = first;
    if (s.cells[r][1]?.value === b && block === a) return r;
  }
  throw new Error(`no row ${a}/${b} on ${sheet}`);
}

/** A sheet's properties other than its cells. */
export const sheetShape = (s: SheetSpec) => ({
  name: s.name,
  kind: s.kind,
  tabColor: s.tabColor,
  columnWidths: s.columnWidths,
  freeze: s.freeze,
  protect: s.protect,
  validations: s.validations,
  conditionalFormats: s.conditionalFormats,
  charts: s.charts,
});
