/** The cells a sheet builder writes, as its unit tests spell them out: titles, headers, labels, inputs, formulas. */
import type { Cell, CellValue } from "../../../src/layout/types";

/** A sheet's or table's title cell. */
export const title = (value: string): Cell => ({ value, style: "title" });
/** A subtitle cell. */
export const subtitle = (value: string): Cell => ({ value, style: "subtitle" });
/** A header cell. */
export const header = (value: string): Cell => ({ value, style: "header" });
/** A label cell. */
export const label = (value: string): Cell => ({ value, style: "label" });
/** An input cell with its input key, and its number format when it has one. */
export const input = (key: string, value: CellValue, numberFormat?: string): Cell => ({
  value,
  style: "input",
  key,
  ...(numberFormat === undefined ? {} : { numberFormat }),
});
/** A formula cell with its cached value ("" for a blank result), and its number format when it has one. */
export const formula = (f: string, value: string | number, numberFormat?: string): Cell => ({
  formula: f,
  value,
  style: "formula",
  ...(numberFormat === undefined ? {} : { numberFormat }),
});
/** A label of a totals block. */
export const totalLabel = (value: string): Cell => ({ value, style: "total" });
/** A formula of a totals block with its cached value and number format. */
export const totalFormula = (f: string, value: CellValue, numberFormat: string): Cell => ({
  formula: f,
  value,
  style: "total",
  numberFormat,
});
/** A row of a totals block: column A empty, the total's label, then its cells. */
export const totalRow = (name: string, ...cells: Array<Cell | null>): Array<Cell | null> => [
  null,
  totalLabel(name),
  ...cells,
];
/** A note cell. */
export const note = (value: string): Cell => ({ value, style: "note" });
