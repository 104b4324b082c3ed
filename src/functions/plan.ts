/**
 * SOP.* plan arithmetic: thin wrappers over src/core/plan.
 */
import {
  andThen,
  asRange,
  dateParam,
  dates,
  numberParam,
  numbers,
  omitted,
  pairedNumbers,
  pairable,
} from "../core/args";
import {
  DAYS_PER_MONTH,
  daysOfSupply as dosCore,
  projectedInventory as projectedCore,
  weightedPipeline as pipelineCore,
} from "../core/plan";
import { isSopError, valueError } from "../core/errors";
import { scalar, spill } from "./shell";

/**
 * Weighted pipeline = sum(amount x win probability), probabilities as fractions 0..1. With closeMonths and month: only deals closing in that calendar month.
 * @customfunction WEIGHTEDPIPELINE
 * @param amounts Deal amounts (quantity or value). Deals with a blank amount or probability are skipped.
 * @param probabilities Win probability of each deal as a fraction 0..1 (40 % = 0.4), same size as amounts.
 * @param closeMonths Optional expected close date of each deal (date cells or ISO text such as 2025-03), same size.
 * @param month Optional: any date in the month to total (with closeMonths).
 * @returns The weighted amount; #NUM! when a probability is outside 0..1.
 */
export function weightedPipeline(
  amounts: number[][],
  probabilities: number[][],
  closeMonths?: Array<Array<string | number | boolean | null>>,
  month?: string | number,
): number {
  const p = pairedNumbers(amounts, "amounts", probabilities, "probabilities");
  if (isSopError(p)) return scalar(p);
  const noDates = closeMonths === undefined || closeMonths === null || omitted(closeMonths);
  const noMonth = month === undefined || month === null || month === "" || month === 0;
  if (noDates && noMonth) return scalar(pipelineCore(p[0], p[1]));
  if (noDates) return scalar(valueError("closeMonths are needed to total one month"));
  if (noMonth) return scalar(valueError("month is needed with closeMonths"));
  const bad = pairable(amounts, "amounts", closeMonths, "closeMonths");
  if (bad) return scalar(bad);
  const d = dates(closeMonths, "closeMonths");
  if (isSopError(d)) return scalar(d);
  return scalar(andThen(dateParam(month, "month"), (m) => pipelineCore(p[0], p[1], { closeDates: d, month: m })));
}

/**
 * Projected inventory, spilled one value per period: I(t) = I(t-1) + supply(t) - demand(t), starting from the opening inventory. Negative = shortfall. Spills a column when supply is a column, else a row.
 * @customfunction PROJECTEDINVENTORY
 * @param opening Opening inventory before the first period (blank = 0).
 * @param supply Supply (production, receipts) per period; blank = 0.
 * @param demand Demand per period, same size as supply; blank = 0.
 * @returns The closing inventory of each period.
 */
export function projectedInventory(
  opening: number,
  supply: number[][],
  demand: number[][],
): Array<Array<number | string | CustomFunctions.Error>> {
  const o = numberParam(opening, "opening", 0);
  if (isSopError(o)) return spill(o);
  const p = pairedNumbers(supply, "supply", demand, "demand");
  if (isSopError(p)) return spill(p);
  const r = projectedCore(o, p[0], p[1]);
  if (isSopError(r)) return spill(r);
  const rows = asRange(supply);
  const column = rows.length > 1 && rows.every((row) => row.length === 1);
  return spill(column ? r.map((v) => [v]) : [r]);
}

/**
 * Days of supply = inventory / (average monthly demand of the coming months / days per month). Negative inventory gives negative days.
 * @customfunction DAYSOFSUPPLY
 * @param inventory Inventory on hand now (blank = 0).
 * @param futureDemand Demand of the coming months (blanks skipped), averaged.
 * @param daysPerMonth Optional days in a month, default 30.4375 (365.25 / 12).
 * @returns Days of supply; #DIV/0! when there is no future demand.
 */
export function daysOfSupply(inventory: number, futureDemand: number[][], daysPerMonth?: number): number {
  const inv = numberParam(inventory, "inventory", 0);
  if (isSopError(inv)) return scalar(inv);
  const dpm = numberParam(daysPerMonth, "daysPerMonth", DAYS_PER_MONTH, { above: 0 });
  if (isSopError(dpm)) return scalar(dpm);
  return scalar(andThen(numbers(futureDemand, "futureDemand"), (d) => dosCore(inv, d, dpm)));
}
