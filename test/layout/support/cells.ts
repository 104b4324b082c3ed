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
