/**
 * Support for driving the task pane's host against the recording Excel double
 * (test/doubles/excel.ts): cached values for formula cells (the double does not calculate),
 * and `NamedItem.getRangeOrNullObject` (ExcelApi 1.4) when the double lacks it.
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

interface NamedItemInternals {
  readonly ctx: Double.DoubleRequestContext;
  readonly path: string;
  resolveTarget(): { formula: string } | null;
}

/** Adds `NamedItem.getRangeOrNullObject()` to the double if it does not have it yet. */
export function ensureNamedRangeOrNull(): void {
  const proto = Double.DoubleNamedItem.prototype as unknown as Record<string, unknown>;
  if (typeof proto.getRangeOrNullObject === "function") return;
  proto.getRangeOrNullObject = function getRangeOrNullObject(this: NamedItemInternals): Double.DoubleRange {
    const state = this.ctx.engine.state;
    const owner = this;
    return new Double.DoubleRange(
      this.ctx,
      `${this.path}.getRangeOrNullObject()`,
      () => {
        const n = owner.resolveTarget();
        if (!n) return null;
        const { sheet, local } = Double.splitSheet(n.formula.slice(1));
        const s = sheet === null ? undefined : state.findSheet(sheet);
        return s ? { sheet: s, rect: Double.parseRect(local) } : null;
      },
      true,
    );
  };
}
