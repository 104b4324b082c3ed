/**
 * A small row-by-row writer for the deck sheet, and the cell shapes it uses.
 */
import type { Cell, CellValue, StyleName } from "../layout/types";
import { range } from "../layout/a1";

export const FMT = {
  int: "#,##0",
  money: "#,##0",
  pct: "0.0%",
  mult: '0.00"x"',
  date: "yyyy-mm-dd",
} as const;

export class RowWriter {
  private readonly rows: Array<Array<Cell | null>> = [];

  /** Index of the row the next `row()` call writes. */
  get next(): number {
    return this.rows.length;
  }

  /** Appends a row and returns its 0-based index. */
  row(cells: ReadonlyArray<Cell | null>): number {
    this.rows.push([...cells]);
    return this.rows.length - 1;
  }

  /** Puts a cell into a row already written (beside what it holds), padding the row with empty cells. */
  put(row: number, col: number, cell: Cell): void {
    const r = this.rows[row];
    while (r.length < col) r.push(null);
    r[col] = cell;
  }

  blank(count = 1): void {
    for (let i = 0; i < count; i++) this.rows.push([]);
  }

  /** The rows written so far (a copy). */
  cells(): Array<Array<Cell | null>> {
    return this.rows.map((r) => [...r]);
  }
}

export function text(value: string, style?: StyleName): Cell {
  return style ? { value, style } : { value };
}

/** A number cell; a non-finite or missing number becomes an empty cell. */
export function num(value: number | null | undefined, numberFormat: string, style?: StyleName): Cell | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const v: CellValue = Object.is(value, -0) ? 0 : value;
  return style ? { value: v, numberFormat, style } : { value: v, numberFormat };
}

export function headers(labels: ReadonlyArray<string>): Cell[] {
  return labels.map((l) => text(l, "header"));
}

/** "A1:C4"-style address of a 0-based rectangle. */
export function a1Range(top: number, left: number, bottom: number, right: number): string {
  return range(top, left, bottom, right);
}
