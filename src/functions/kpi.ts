/**
 * SOP.* KPI functions (the twelve S&OP KPIs). Each is declared once in src/core/sop/kpi.ts
 * (parameters, parsing, computation); the JSDoc here is what Excel's functions.json is generated
 * from, and test/functions/declarations.test.ts keeps the two in step.
 */
import {
  CAPACITYUTILIZATION,
  DECISIONCLOSURE,
  DEMANDVOLATILITY,
  FORECASTACCURACY,
  FORECASTBIAS,
  INVENTORYTURNS,
  OTIF,
  PLANADHERENCE,
  REVENUEVSPLAN,
  SCHEDULEADHERENCE,
  SERVICELEVEL,
  WORKINGCAPITAL,
} from "../core/sop";
import { number } from "./shell";

/**
 * Forecast accuracy = max(0, 1 - sum|A - F| / sum|A|), i.e. 1 - WAPE floored at 0. A fraction: 1 = perfect, higher is better. Pairs with a blank cell are skipped.
 * @customfunction FORECASTACCURACY
 * @param actuals Actual values (a row, column or block).
 * @param forecasts Forecasts for the same periods, same size as actuals.
 * @returns Accuracy between 0 and 1; #DIV/0! when every actual is zero or blank.
 */
export function forecastAccuracy(actuals: unknown[][], forecasts: unknown[][]): number {
  return number(FORECASTACCURACY, [actuals, forecasts]);
}

/**
 * Forecast bias = sum(F - A) / |sum(A)|. Positive = over-forecast, negative = under-forecast. Variant "MEAN" gives mean(F - A) in units.
 * @customfunction FORECASTBIAS
 * @param actuals Actual values (a row, column or block).
 * @param forecasts Forecasts for the same periods, same size as actuals.
 * @param variant Optional: "PERCENT" (default, a fraction: 0.05 = 5 % over) or "MEAN" (mean error F - A, in units).
 * @returns The bias; #DIV/0! when the actuals sum to zero.
 */
export function forecastBias(actuals: unknown[][], forecasts: unknown[][], variant?: unknown): number {
  return number(FORECASTBIAS, [actuals, forecasts, variant]);
}

/**
 * Plan adherence = sum(actual) / sum(plan): 1 = on plan, above 1 = more than planned. Variant "ABS" = max(0, 1 - sum|actual - plan| / sum(plan)).
 * @customfunction PLANADHERENCE
 * @param actual Actual output per period. Periods with a blank cell are skipped with their pair.
 * @param plan Planned output for the same periods, same size.
 * @param variant Optional: "RATIO" (default) or "ABS" (over and under both count against).
 * @returns The adherence as a fraction; #DIV/0! when the plan totals zero.
 */
export function planAdherence(actual: unknown[][], plan: unknown[][], variant?: unknown): number {
  return number(PLANADHERENCE, [actual, plan, variant]);
}

/**
 * Inventory turns = sum(COGS) / average(inventory balances), averaging every balance of the period (not only start and end). Higher = faster turning stock.
 * @customfunction INVENTORYTURNS
 * @param cogs Cost of goods sold for the period (one cell or the monthly cells, summed).
 * @param inventoryBalances The period's inventory balances (e.g. month ends), averaged; blanks skipped.
 * @returns Turns; #DIV/0! when the average inventory is zero.
 */
export function inventoryTurns(cogs: unknown[][], inventoryBalances: unknown[][]): number {
  return number(INVENTORYTURNS, [cogs, inventoryBalances]);
}

/**
 * Customer service level = orders delivered on time / all orders (every line by its promised date). Variants give fill rates: "ORDER", "LINE", "UNIT", "VALUE". Higher is better.
 * @customfunction SERVICELEVEL
 * @param orderIds Order id of each line (lines with the same id form one order; blank = the line is its own order).
 * @param promisedDates Promised date of each line (date cells or ISO text).
 * @param deliveredDates Delivery date of each line; blank = not delivered.
 * @param qtyOrdered Optional quantity ordered per line (needed by the fill-rate variants).
 * @param qtyDelivered Optional quantity delivered per line (needed by the fill-rate variants).
 * @param variant Optional: "ONTIME" (default), "ORDER" (orders complete), "LINE" (lines complete), "UNIT" (units delivered / ordered), "VALUE" (units weighted by unit price).
 * @param toleranceDays Optional days late still counted on time (ONTIME only), default 0.
 * @param unitPrices Optional price per unit of each line (needed by "VALUE").
 * @param asOfDate Optional date the measure is taken at (e.g. the first day of the cycle month): undelivered lines not yet due by then are left out. Default: every line counts.
 * @returns The service level as a fraction; #DIV/0! when there are no order lines.
 */
export function serviceLevel(
  orderIds: unknown[][],
  promisedDates: unknown[][],
  deliveredDates: unknown[][],
  qtyOrdered?: unknown[][],
  qtyDelivered?: unknown[][],
  variant?: unknown,
  toleranceDays?: unknown,
  unitPrices?: unknown[][],
  asOfDate?: unknown,
): number {
  return number(SERVICELEVEL, [
    orderIds,
    promisedDates,
    deliveredDates,
    qtyOrdered,
    qtyDelivered,
    variant,
    toleranceDays,
    unitPrices,
    asOfDate,
  ]);
}

/**
 * OTIF = deliveries on time and in full / all deliveries. A line counts when delivered <= promised + tolerance and qty delivered >= qty ordered; per "ORDER" (default) every line of the order must. Higher is better.
 * @customfunction OTIF
 * @param orderIds Order id of each line (lines with the same id form one order; blank = the line is its own order).
 * @param promisedDates Promised date of each line (date cells or ISO text).
 * @param deliveredDates Delivery date of each line; blank = not delivered (not OTIF).
 * @param qtyOrdered Quantity ordered per line.
 * @param qtyDelivered Quantity delivered per line.
 * @param basis Optional: "ORDER" (default: an order counts when all its lines are OTIF) or "LINE".
 * @param toleranceDays Optional days late still counted on time, default 0.
 * @param asOfDate Optional date the measure is taken at (e.g. the first day of the cycle month): undelivered lines not yet due by then are left out. Default: every line counts.
 * @returns OTIF as a fraction; #DIV/0! when there are no order lines.
 */
export function otif(
  orderIds: unknown[][],
  promisedDates: unknown[][],
  deliveredDates: unknown[][],
  qtyOrdered: unknown[][],
  qtyDelivered: unknown[][],
  basis?: unknown,
  toleranceDays?: unknown,
  asOfDate?: unknown,
): number {
  return number(OTIF, [
    orderIds,
    promisedDates,
    deliveredDates,
    qtyOrdered,
    qtyDelivered,
    basis,
    toleranceDays,
    asOfDate,
  ]);
}

/**
 * Capacity utilization = sum(actual output) / sum(available capacity). 0.85 = 85 % used; above 1 = beyond stated capacity.
 * @customfunction CAPACITYUTILIZATION
 * @param output Actual output per period. Periods with a blank cell are skipped with their pair.
 * @param capacity Available capacity for the same periods, same size.
 * @returns Utilization as a fraction; #DIV/0! when capacity totals zero.
 */
export function capacityUtilization(output: unknown[][], capacity: unknown[][]): number {
  return number(CAPACITYUTILIZATION, [output, capacity]);
}

/**
 * Revenue vs plan = sum(actual revenue) / sum(planned revenue). 1 = on plan, 1.05 = 5 % above, 0.95 = 5 % below. Months without actuals (blank) are skipped with their plan.
 * @customfunction REVENUEVSPLAN
 * @param actualRevenue Actual revenue per period.
 * @param plannedRevenue Planned revenue for the same periods, same size.
 * @returns The ratio; #DIV/0! when the plan totals zero.
 */
export function revenueVsPlan(actualRevenue: unknown[][], plannedRevenue: unknown[][]): number {
  return number(REVENUEVSPLAN, [actualRevenue, plannedRevenue]);
}

/**
 * Working capital = sum(current assets) - sum(current liabilities), in currency. Variant "CCC": cash conversion cycle in days = DIO + DSO - DPO.
 * @customfunction WORKINGCAPITAL
 * @param currentAssets Current assets (one or more cells, summed); for "CCC": days inventory outstanding (DIO).
 * @param currentLiabilities Current liabilities (one or more cells, summed); for "CCC": days sales outstanding (DSO).
 * @param variant Optional: "NET" (default) or "CCC".
 * @param dpo Optional, for "CCC" only: days payables outstanding (DPO).
 * @returns Net working capital (positive = assets cover liabilities) or the cycle in days (lower = cash back sooner).
 */
export function workingCapital(
  currentAssets: unknown[][],
  currentLiabilities: unknown[][],
  variant?: unknown,
  dpo?: unknown,
): number {
  return number(WORKINGCAPITAL, [currentAssets, currentLiabilities, variant, dpo]);
}

/**
 * Demand volatility = sum|F_now - F_prev| / sum|F_prev|: how much the plan moved between two cycles over the same months (0 = stable). Variant "CV" = sample stdev / mean of one demand series.
 * @customfunction DEMANDVOLATILITY
 * @param currentForecasts This cycle's forecasts (or, for "CV", the demand series).
 * @param previousForecasts Optional: the previous cycle's forecasts for the same months, same size (needed by "CHANGE").
 * @param variant Optional: "CHANGE" (default) or "CV" (coefficient of variation, STDEV.S / mean).
 * @returns Volatility as a fraction; #DIV/0! when the previous forecasts total zero.
 */
export function demandVolatility(
  currentForecasts: unknown[][],
  previousForecasts?: unknown[][],
  variant?: unknown,
): number {
  return number(DEMANDVOLATILITY, [currentForecasts, previousForecasts, variant]);
}

/**
 * Schedule adherence = sum(min(actual, scheduled)) / sum(scheduled): the share of scheduled quantity made as scheduled. Over-production in one period does not offset a miss in another; never above 1.
 * @customfunction SCHEDULEADHERENCE
 * @param actual Actual quantity per period (or per scheduled job).
 * @param scheduled Scheduled quantity for the same periods, same size.
 * @param dueDates Optional due date of each period or job, same size.
 * @param asOfDate Optional date the measure is taken at (e.g. the first day of the cycle month): a job due on or after it and not yet complete is left out. Default: every job counts.
 * @returns Adherence between 0 and 1; #DIV/0! when nothing was scheduled.
 */
export function scheduleAdherence(
  actual: unknown[][],
  scheduled: unknown[][],
  dueDates?: unknown[][],
  asOfDate?: unknown,
): number {
  return number(SCHEDULEADHERENCE, [actual, scheduled, dueDates, asOfDate]);
}

/**
 * Meeting decision closure = closed action items / all action items (non-blank statuses). Status match ignores case. Higher is better.
 * @customfunction DECISIONCLOSURE
 * @param statuses Status of each action item; blank cells are not items.
 * @param closedLabel Optional status that means closed, default "Closed".
 * @returns The closed share as a fraction; #DIV/0! when there are no items.
 */
export function decisionClosure(statuses: unknown[][], closedLabel?: unknown): number {
  return number(DECISIONCLOSURE, [statuses, closedLabel]);
}
