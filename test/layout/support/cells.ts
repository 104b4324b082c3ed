/** The cells a sheet builder writes, as its unit tests spell them out: headers, labels, formulas. */
import type { Cell } from "../../../src/layout/types";

/** A header cell. */
export const header = (value: string): Cell => ({ value, style: "header" });
/** A label cell. */
export const label = (value: string): Cell => ({ value, style: "label" });
/** A formula cell with its cached value ("" for a blank result) and number format. */
export const formula = (f: string, value: string | number, numberFormat: string): Cell => ({
  formula: f,
  value,
  style: "formula",
  numberFormat,
});
