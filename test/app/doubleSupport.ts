/**
 * Support for driving the task pane's host against the recording Excel double
 * (test/doubles/excel.ts): cached values for formula cells (the double does not calculate).
 * No Node imports: the e2e page bundle uses this too.
 */
import * as Double from "../doubles/excel";
import type { WorkbookSpec } from "../../src/layout/types";

type FormulaValue = (sheet: string, row: number, col: number, formula: string) => Double.DoubleCellValue;

/**
 * What Excel would show in a formula cell: the cached value the layout computed for the same
 * formula at the same place in `spec` (the layout's tests prove formulas and cached values
 * agree); `override(formula)` may replace it (e.g. "#NAME?" for SOP.* calls).
 */
export function cachedValues(spec: WorkbookSpec, override?: (formula: string) => Double.DoubleCellValue | undefined): FormulaValue {
  const bySheet = new Map(spec.sheets.map((s) => [s.name.toLowerCase(), s]));
  return (sheet, row, col, formula) => {
    const forced = override?.(formula);
    if (forced !== undefined) return forced;
    const cell = bySheet.get(sheet.toLowerCase())?.cells[row]?.[col];
    if (!cell?.formula) return "";
    const same = cell.formula.replace(/^=/, "").toUpperCase() === formula.replace(/^=/, "").toUpperCase();
    return same ? (cell.value ?? "") : "";
  };
}
