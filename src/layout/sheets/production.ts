/**
 * The Production sheet (input): actual production (units made) by family and history month, and
 * the production each month's own cycle planned (the lag-1 supply plan, carried from the Supply
 * sheet when the next cycle is scaffolded). Plan adherence compares the two; while either is blank
 * it shows "no data" and says which. A rebuild finds each value by its family (column A), measure
 * (column B) and month.
 */
import { PRODUCTION_FIELDS, ProductionField, productionRow } from "../geometry";
import { FMT } from "../formats";
import { keys } from "../keys";
import { SheetSpec } from "../types";
import { BuildContext } from "./context";
import { monthBlocksSheet } from "./monthBlocks";

export const PRODUCTION_SHEET = "Production";

/** The measure's label in column B (a rebuild finds the measure by it). */
export const PRODUCTION_LABELS: Readonly<Record<ProductionField, string>> = {
  quantity: "Actual production",
  planned: "Planned production (lag 1)",
};

export function productionSheet(ctx: BuildContext): SheetSpec {
  return monthBlocksSheet(ctx, {
    sheet: PRODUCTION_SHEET,
    title: "Production actuals",
    subtitle:
      "units produced by family and history month, and what the month's own cycle planned to produce (filled from the Supply sheet when the next cycle is scaffolded); plan adherence compares the two; blank = not known",
    fields: PRODUCTION_FIELDS,
    labels: PRODUCTION_LABELS,
    months: ctx.inputs.history,
    values: { quantity: ctx.inputs.productionActuals, planned: ctx.inputs.productionPlanned },
    row: (field, f) => productionRow(ctx.geo, field, f),
    key: keys.production,
    format: () => FMT.units,
    validation: (_field, range) => ({ kind: "decimal", range, min: 0 }),
  });
}
