/**
 * A sheet under construction: cells placed by (row, col), validations, conditional formats,
 * then frozen into a `SheetSpec`.
 */
import { Cell, CellValue, ConditionalFormat, SheetSpec, StyleName, Validation } from "./types";

export class SheetGrid {
  private readonly rows: Array<Array<Cell | null>> = [];
  readonly validations: Validation[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];

  constructor(readonly name: string) {}

  set(row: number, col: number, cell: Cell): void {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row];
    while (r.length < col) r.push(null);
    r[col] = cell;
  }

  /** A plain value with an optional style and number format. */
  value(row: number, col: number, value: CellValue, style?: StyleName, numberFormat?: string): void {
    this.set(row, col, { value, ...(style ? { style } : {}), ...(numberFormat ? { numberFormat } : {}) });
  }

  /** A formula with its cached result (null = blank result, written as ""). */
  formula(
    row: number,
    col: number,
    formula: string,
    cached: CellValue,
    numberFormat?: string,
    style: StyleName = "formula",
  ): void {
    this.set(row, col, {
      formula,
      value: cached === null ? "" : cached,
      style,
      ...(numberFormat ? { numberFormat } : {}),
    });
  }

  /** An input cell: the input style and its stable key; `formula`: a default that typing replaces. */
  input(row: number, col: number, key: string, value: CellValue, numberFormat?: string, formula?: string): void {
    this.set(row, col, {
      value,
      style: "input",
      key,
      ...(numberFormat ? { numberFormat } : {}),
      ...(formula !== undefined ? { formula } : {}),
    });
  }

  get rowCount(): number {
    return this.rows.length;
  }

  toSpec(
    rest: Omit<SheetSpec, "name" | "cells" | "validations" | "conditionalFormats" | "charts"> & {
      readonly charts?: SheetSpec["charts"];
    },
  ): SheetSpec {
    return {
      name: this.name,
      cells: this.rows,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      charts: rest.charts ?? [],
      ...rest,
    };
  }
}
