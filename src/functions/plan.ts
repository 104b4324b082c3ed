/**
 * SOP.* plan arithmetic. Each is declared once in src/core/sop/plan.ts; the JSDoc here is what
 * Excel's functions.json is generated from (test/functions/declarations.test.ts keeps the two in
 * step).
 */
import { DAYSOFSUPPLY, PROJECTEDINVENTORY, SAFETYSTOCK, WEIGHTEDPIPELINE } from "../core/sop";
import { number, spilled } from "./shell";

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
  amounts: unknown[][],
  probabilities: unknown[][],
  closeMonths?: unknown[][],
  month?: unknown,
): number {
  return number(WEIGHTEDPIPELINE, [amounts, probabilities, closeMonths, month]);
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
  opening: unknown,
  supply: unknown[][],
  demand: unknown[][],
): Array<Array<number | string | CustomFunctions.Error>> {
  return spilled(PROJECTEDINVENTORY, [opening, supply, demand]);
}

/**
 * Days of supply = inventory / (average monthly demand of the coming months / days per month). Negative inventory gives negative days.
 * @customfunction DAYSOFSUPPLY
 * @param inventory Inventory on hand now (blank = 0).
 * @param futureDemand Demand of the coming months (blanks skipped), averaged.
 * @param daysPerMonth Optional days in a month, default 30.4375 (365.25 / 12).
 * @returns Days of supply; #DIV/0! when there is no future demand.
 */
export function daysOfSupply(inventory: unknown, futureDemand: unknown[][], daysPerMonth?: unknown): number {
  return number(DAYSOFSUPPLY, [inventory, futureDemand, daysPerMonth]);
}

/**
 * Safety stock = z(service level) x sigma x sqrt(lead time in months), sigma = root mean square of the past forecast errors (actual - forecast). Units to hold above the forecast.
 * @customfunction SAFETYSTOCK
 * @param actuals Actual demand of past months. Months with a blank cell are skipped with their pair.
 * @param forecasts The forecasts made for those months, same size.
 * @param serviceLevel Optional target cycle service level as a fraction strictly between 0 and 1, default 0.95.
 * @param leadTimeMonths Optional supply lead time in months (0 or more), default 1.
 * @returns Safety stock in units; #DIV/0! when no month has both values.
 */
export function safetyStock(
  actuals: unknown[][],
  forecasts: unknown[][],
  serviceLevel?: unknown,
  leadTimeMonths?: unknown,
): number {
  return number(SAFETYSTOCK, [actuals, forecasts, serviceLevel, leadTimeMonths]);
}
