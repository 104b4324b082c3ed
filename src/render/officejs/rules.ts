/**
 * Data validation and conditional-format payloads for Office.js, from the layout's
 * `Validation` and `ConditionalFormat`.
 */
import { describeNumberRule } from "../../core/numberRule";
import type { Validation } from "../../layout/types";

/** Bounds of a number validation as an Office.js condition. */
function condition(min?: number, max?: number): Excel.BasicDataValidation {
  if (min !== undefined && max !== undefined) return { formula1: min, formula2: max, operator: "Between" };
  if (min !== undefined) return { formula1: min, operator: "GreaterThanOrEqualTo" };
  if (max !== undefined) return { formula1: max, operator: "LessThanOrEqualTo" };
  return { formula1: -1e300, formula2: 1e300, operator: "Between" };
}

/**
 * The `DataValidation.rule` for a validation: a drop-down list (values joined with commas, so a
 * value must not contain a comma), a decimal or whole number within bounds, or any date.
 */
export function validationRule(v: Validation): Excel.DataValidationRule {
  switch (v.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: v.values.join(",") } };
    case "decimal":
      return { decimal: condition(v.min, v.max) };
    case "whole":
      return { wholeNumber: condition(v.min, v.max) };
    case "date":
      return { date: { formula1: "1900-01-01", operator: "GreaterThanOrEqualTo" } };
  }
}

/** The message Excel shows when a typed value breaks the rule. */
export function validationAlert(v: Validation): Excel.DataValidationErrorAlert {
  const message =
    v.kind === "list"
      ? `Choose one of: ${v.values.join(", ")}.`
      : v.kind === "date"
        ? "Enter a date."
        : `Enter ${describeNumberRule({ min: v.min, max: v.max, integer: v.kind === "whole" })}.`;
  return { showAlert: true, style: "Stop", title: "Invalid value", message };
}
