/**
 * The Budget sheet (input): the annual operating plan by family and plan month: units, revenue
 * and gross margin, one block of family rows per measure. Blank everywhere = no budget (Finance
 * then shows no plan vs budget). A month with any number is a budget month, where a blank cell
 * counts as 0; a rebuild finds each value by its family (column A), measure (column B) and month.
 */
import { BUDGET_FIELDS, BudgetField, budgetRow } from "../geometry";
import { FMT } from "../formats";
import { keys } from "../keys";
import { SheetSpec } from "../types";
import { BuildContext } from "./context";
import { monthBlocksSheet } from "./monthBlocks";

export const BUDGET_SHEET = "Budget";

/** Each measure's label in column B (a rebuild finds the measure by it). */
export const BUDGET_LABELS: Readonly<Record<BudgetField, string>> = {
  units: "Budget units",
  revenue: "Budget revenue",
  grossMargin: "Budget gross margin",
};

export function budgetSheet(ctx: BuildContext): SheetSpec {
  return monthBlocksSheet(ctx, {
    sheet: BUDGET_SHEET,
    title: "Budget (annual operating plan)",
    subtitle:
      "units, revenue and gross margin by family and month; leave a month blank where there is no budget (a blank cell in a budgeted month counts as 0)",
    fields: BUDGET_FIELDS,
    labels: BUDGET_LABELS,
    values: ctx.inputs.budget,
    row: (field, f) => budgetRow(ctx.geo, field, f),
    key: keys.budget,
    format: (field) => (field === "units" ? FMT.units : FMT.currency),
    validation: (field, range) => (field === "units" ? { kind: "decimal", range, min: 0 } : { kind: "decimal", range }),
  });
}
