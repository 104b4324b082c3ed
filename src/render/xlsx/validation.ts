/**
 * Data validations and conditional formats of a sheet.
 *
 * A list validation whose values fit Excel's 255-character limit for an inline list
 * (and contain no comma or quote) is written inline ("Open,In progress,Closed"); a longer
 * list (e.g. a thousand family names) is written to a hidden lists sheet and referenced.
 */
import type { DataValidation, Worksheet } from "exceljs";
import { describeNumberRule } from "../../core/numberRule";
import type { ConditionalFormat, Validation } from "../../layout/types";
import { CustomFunctionStorage, toStoredFormula } from "./formula";
import { statusDxf } from "./styles";

/** Excel's limit on the text of an inline list validation. */
export const INLINE_LIST_LIMIT = 255;

/** Where long lists live: a hidden sheet; `place` writes one list and returns its absolute reference. */
export interface ListPlacer {
  place(values: ReadonlyArray<string>): string;
}

/** "Demand!$B$5:$C$9" or "$B$5:$C$9" -> "B5:C9" (validation ranges are sheet-local). */
export function localRange(range: string): string {
  const bang = range.lastIndexOf("!");
  return (bang >= 0 ? range.slice(bang + 1) : range).replace(/\$/g, "");
}

function bounds(
  min: number | undefined,
  max: number | undefined,
  integer: boolean,
): Pick<DataValidation, "operator" | "formulae" | "error"> {
  const error = `Enter ${describeNumberRule({ min, max, integer })}.`;
  if (min !== undefined && max !== undefined) return { operator: "between", formulae: [min, max], error };
  if (min !== undefined) return { operator: "greaterThanOrEqual", formulae: [min], error };
  if (max !== undefined) return { operator: "lessThanOrEqual", formulae: [max], error };
  return { operator: "between", formulae: [-1e307, 1e307], error };
}

/** The ExcelJS rule for a layout validation. */
export function toDataValidation(v: Validation, lists: ListPlacer): DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop", errorTitle: "Invalid value" };
  switch (v.kind) {
    case "list": {
      const inline = v.values.join(",");
      const fits = inline.length <= INLINE_LIST_LIMIT && v.values.every((x) => !/[,"]/.test(x));
      const source = fits ? `"${inline}"` : lists.place(v.values);
      return { ...common, type: "list", formulae: [source], error: "Choose a value from the list." };
    }
    case "decimal":
      return { ...common, type: "decimal", ...bounds(v.min, v.max, false) };
    case "whole":
      return { ...common, type: "whole", ...bounds(v.min, v.max, true) };
    case "date":
      return {
        ...common,
        type: "date",
        operator: "greaterThanOrEqual",
        formulae: [1],
        error: "Enter a date (yyyy-mm-dd).",
      };
  }
}

/** Adds the conditional formats of a sheet to `ws`, as expression rules in their order. */
export function renderConditionalFormats(
  ws: Worksheet,
  formats: ReadonlyArray<ConditionalFormat>,
  storage: CustomFunctionStorage,
): void {
  formats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: localRange(cf.range),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [toStoredFormula(cf.formula, storage)],
          style: statusDxf(cf.style),
        },
      ],
    });
  });
}
