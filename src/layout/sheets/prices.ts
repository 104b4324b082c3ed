/**
 * The Prices sheet (input): a family's price and unit cost for a plan month where they differ
 * from the Families sheet (a price increase, a new cost); blank = the Families value. Finance
 * reads the month's price and unit cost from here.
 */
import { FAMILY_NUMBER_FIELDS } from "../../core/schema";
import { PRICE_FIELDS, PriceField, priceRow } from "../geometry";
import { FMT } from "../formats";
import { keys } from "../keys";
import { SheetSpec } from "../types";
import { BuildContext } from "./context";
import { ruleValidation } from "./common";
import { monthBlocksSheet } from "./monthBlocks";

export const PRICES_SHEET = "Prices";

/** Each measure's label in column B (a rebuild finds the measure by it). */
export const PRICE_LABELS: Readonly<Record<PriceField, string>> = {
  price: "Price",
  unitCost: "Unit cost",
};

export function pricesSheet(ctx: BuildContext): SheetSpec {
  return monthBlocksSheet(ctx, {
    sheet: PRICES_SHEET,
    title: "Prices and unit costs by month",
    subtitle: "where a month's price or unit cost differs from the Families sheet; blank = the Families value",
    fields: PRICE_FIELDS,
    labels: PRICE_LABELS,
    values: ctx.inputs.prices,
    row: (field, f) => priceRow(ctx.geo, field, f),
    key: keys.price,
    format: () => FMT.currency,
    validation: (field, range) => ruleValidation(range, FAMILY_NUMBER_FIELDS[field].rule),
  });
}
