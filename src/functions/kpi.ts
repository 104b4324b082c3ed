/**
 * SOP.* KPI functions (the twelve S&OP KPIs): thin wrappers over src/core/kpi and
 * src/core/accuracy. Pair-wise functions skip a pair when either cell is blank (null on the
 * web); a desktop blank arrives as 0 and counts as a real zero.
 */
import {
  andThen,
  labels,
  numberParam,
  numbers,
  omitted,
  optionParam,
  optionalDateParam,
  pairedNumbers,
  textParam,
} from "../core/args";
import {
  ADHERENCE_VARIANTS,
  BIAS_VARIANTS,
  OTIF_BASES,
  SERVICE_LEVEL_VARIANTS,
  VOLATILITY_VARIANTS,
  WORKING_CAPITAL_VARIANTS,
  capacityUtilization as capacityCore,
  cashConversionCycle,
  decisionClosure as closureCore,
  demandVolatility as volatilityCore,
  forecastAccuracy as accuracyCore,
  forecastBias as biasCore,
  inventoryTurns as turnsCore,
  otif as otifCore,
  planAdherence as adherenceCore,
  revenueVsPlan as revenueCore,
  scheduleAdherence as scheduleCore,
  serviceLevel as serviceCore,
  workingCapital as workingCapitalCore,
} from "../core/kpi";
import { isSopError, valueError } from "../core/errors";
import { deliveryLines } from "../core/lines";
import { scalar } from "./shell";

/**
 * Forecast accuracy = max(0, 1 - sum|A - F| / sum|A|), i.e. 1 - WAPE floored at 0. A fraction: 1 = perfect, higher is better. Pairs with a blank cell are skipped.
 * @customfunction FORECASTACCURACY
 * @param actuals Actual values (a row, column or block).
 * @param forecasts Forecasts for the same periods, same size as actuals.
 * @returns Accuracy between 0 and 1; #DIV/0! when every actual is zero or blank.
 */
export function forecastAccuracy(actuals: number[][], forecasts: number[][]): number {
  return scalar(andThen(pairedNumbers(actuals, "actuals", forecasts, "forecasts"), ([a, f]) => accuracyCore(a, f)));
}

/**
 * Forecast bias = sum(F - A) / |sum(A)|. Positive = over-forecast, negative = under-forecast. Variant "MEAN" gives mean(F - A) in units.
 * @customfunction FORECASTBIAS
 * @param actuals Actual values (a row, column or block).
 * @param forecasts Forecasts for the same periods, same size as actuals.
 * @param variant Optional: "PERCENT" (default, a fraction: 0.05 = 5 % over) or "MEAN" (mean error F - A, in units).
 * @returns The bias; #DIV/0! when the actuals sum to zero.
 */
export function forecastBias(actuals: number[][], forecasts: number[][], variant?: string): number {
  const v = optionParam(variant, "variant", BIAS_VARIANTS, "PERCENT");
  if (isSopError(v)) return scalar(v);
  return scalar(andThen(pairedNumbers(actuals, "actuals", forecasts, "forecasts"), ([a, f]) => biasCore(a, f, v)));
}

/**
 * Plan adherence = sum(actual) / sum(plan): 1 = on plan, above 1 = more than planned. Variant "ABS" = max(0, 1 - sum|actual - plan| / sum(plan)).
 * @customfunction PLANADHERENCE
 * @param actual Actual output per period. Periods with a blank cell are skipped with their pair.
 * @param plan Planned output for the same periods, same size.
 * @param variant Optional: "RATIO" (default) or "ABS" (over and under both count against).
 * @returns The adherence as a fraction; #DIV/0! when the plan totals zero.
 */
export function planAdherence(actual: number[][], plan: number[][], variant?: string): number {
  const v = optionParam(variant, "variant", ADHERENCE_VARIANTS, "RATIO");
  if (isSopError(v)) return scalar(v);
  return scalar(andThen(pairedNumbers(actual, "actual", plan, "plan"), ([a, p]) => adherenceCore(a, p, v)));
}

/**
 * Inventory turns = sum(COGS) / average(inventory balances), averaging every balance of the period (not only start and end). Higher = faster turning stock.
 * @customfunction INVENTORYTURNS
 * @param cogs Cost of goods sold for the period (one cell or the monthly cells, summed).
 * @param inventoryBalances The period's inventory balances (e.g. month ends), averaged; blanks skipped.
 * @returns Turns; #DIV/0! when the average inventory is zero.
 */
export function inventoryTurns(cogs: number[][], inventoryBalances: number[][]): number {
  const c = numbers(cogs, "cogs");
  if (isSopError(c)) return scalar(c);
  return scalar(andThen(numbers(inventoryBalances, "inventoryBalances"), (b) => turnsCore(c, b)));
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
  orderIds: Array<Array<string | number | boolean | null>>,
  promisedDates: Array<Array<string | number | boolean | null>>,
  deliveredDates: Array<Array<string | number | boolean | null>>,
  qtyOrdered?: number[][],
  qtyDelivered?: number[][],
  variant?: string,
  toleranceDays?: number,
  unitPrices?: number[][],
  asOfDate?: string | number,
): number {
  const v = optionParam(variant, "variant", SERVICE_LEVEL_VARIANTS, "ONTIME");
  if (isSopError(v)) return scalar(v);
  const tol = numberParam(toleranceDays, "toleranceDays", 0, { min: 0 });
  if (isSopError(tol)) return scalar(tol);
  const asOf = optionalDateParam(asOfDate, "asOfDate");
  if (isSopError(asOf)) return scalar(asOf);
  const noQty = (q: number[][] | undefined): boolean => q === undefined || q === null || omitted(q);
  if (v !== "ONTIME" && (noQty(qtyOrdered) || noQty(qtyDelivered))) {
    return scalar(valueError(`qtyOrdered and qtyDelivered are needed for the ${v} fill rate`));
  }
  const lines = deliveryLines({ orderIds, promisedDates, deliveredDates, qtyOrdered, qtyDelivered, unitPrices });
  return scalar(andThen(lines, (ls) => serviceCore(ls, { variant: v, toleranceDays: tol, asOf })));
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
  orderIds: Array<Array<string | number | boolean | null>>,
  promisedDates: Array<Array<string | number | boolean | null>>,
  deliveredDates: Array<Array<string | number | boolean | null>>,
  qtyOrdered: number[][],
  qtyDelivered: number[][],
  basis?: string,
  toleranceDays?: number,
  asOfDate?: string | number,
): number {
  const b = optionParam(basis, "basis", OTIF_BASES, "ORDER");
  if (isSopError(b)) return scalar(b);
  const tol = numberParam(toleranceDays, "toleranceDays", 0, { min: 0 });
  if (isSopError(tol)) return scalar(tol);
  const asOf = optionalDateParam(asOfDate, "asOfDate");
  if (isSopError(asOf)) return scalar(asOf);
  const lines = deliveryLines({ orderIds, promisedDates, deliveredDates, qtyOrdered, qtyDelivered });
  return scalar(andThen(lines, (ls) => otifCore(ls, { basis: b, toleranceDays: tol, asOf })));
}

/**
 * Capacity utilization = sum(actual output) / sum(available capacity). 0.85 = 85 % used; above 1 = beyond stated capacity.
 * @customfunction CAPACITYUTILIZATION
 * @param output Actual output per period. Periods with a blank cell are skipped with their pair.
 * @param capacity Available capacity for the same periods, same size.
 * @returns Utilization as a fraction; #DIV/0! when capacity totals zero.
 */
export function capacityUtilization(output: number[][], capacity: number[][]): number {
  return scalar(andThen(pairedNumbers(output, "output", capacity, "capacity"), ([o, c]) => capacityCore(o, c)));
}

/**
 * Revenue vs plan = sum(actual revenue) / sum(planned revenue). 1 = on plan, 1.05 = 5 % above, 0.95 = 5 % below. Months without actuals (blank) are skipped with their plan.
 * @customfunction REVENUEVSPLAN
 * @param actualRevenue Actual revenue per period.
 * @param plannedRevenue Planned revenue for the same periods, same size.
 * @returns The ratio; #DIV/0! when the plan totals zero.
 */
export function revenueVsPlan(actualRevenue: number[][], plannedRevenue: number[][]): number {
  return scalar(
    andThen(pairedNumbers(actualRevenue, "actualRevenue", plannedRevenue, "plannedRevenue"), ([a, p]) =>
      revenueCore(a, p),
    ),
  );
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
  currentAssets: number[][],
  currentLiabilities: number[][],
  variant?: string,
  dpo?: number,
): number {
  const v = optionParam(variant, "variant", WORKING_CAPITAL_VARIANTS, "NET");
  if (isSopError(v)) return scalar(v);
  if (v === "NET") {
    const a = numbers(currentAssets, "currentAssets");
    if (isSopError(a)) return scalar(a);
    return scalar(andThen(numbers(currentLiabilities, "currentLiabilities"), (l) => workingCapitalCore(a, l)));
  }
  const dio = numberParam(currentAssets, "DIO", NaN);
  const dso = numberParam(currentLiabilities, "DSO", NaN);
  const dp = numberParam(dpo, "DPO", NaN);
  for (const x of [dio, dso, dp]) if (isSopError(x)) return scalar(x);
  const days = [dio, dso, dp] as number[];
  if (days.some((d) => Number.isNaN(d))) return scalar(valueError("CCC needs DIO, DSO and DPO"));
  return scalar(cashConversionCycle(days[0], days[1], days[2]));
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
  currentForecasts: number[][],
  previousForecasts?: number[][],
  variant?: string,
): number {
  const v = optionParam(variant, "variant", VOLATILITY_VARIANTS, "CHANGE");
  if (isSopError(v)) return scalar(v);
  if (v === "CV")
    return scalar(andThen(numbers(currentForecasts, "currentForecasts"), (c) => volatilityCore(c, undefined, "CV")));
  if (previousForecasts === undefined || previousForecasts === null) {
    return scalar(valueError("previousForecasts are needed for the CHANGE variant"));
  }
  return scalar(
    andThen(pairedNumbers(currentForecasts, "currentForecasts", previousForecasts, "previousForecasts"), ([c, p]) =>
      volatilityCore(c, p, "CHANGE"),
    ),
  );
}

/**
 * Schedule adherence = sum(min(actual, scheduled)) / sum(scheduled): the share of scheduled quantity made as scheduled. Over-production in one period does not offset a miss in another; never above 1.
 * @customfunction SCHEDULEADHERENCE
 * @param actual Actual quantity per period (or per scheduled job).
 * @param scheduled Scheduled quantity for the same periods, same size.
 * @returns Adherence between 0 and 1; #DIV/0! when nothing was scheduled.
 */
export function scheduleAdherence(actual: number[][], scheduled: number[][]): number {
  return scalar(andThen(pairedNumbers(actual, "actual", scheduled, "scheduled"), ([a, s]) => scheduleCore(a, s)));
}

/**
 * Meeting decision closure = closed action items / all action items (non-blank statuses). Status match ignores case. Higher is better.
 * @customfunction DECISIONCLOSURE
 * @param statuses Status of each action item; blank cells are not items.
 * @param closedLabel Optional status that means closed, default "Closed".
 * @returns The closed share as a fraction; #DIV/0! when there are no items.
 */
export function decisionClosure(
  statuses: Array<Array<string | number | boolean | null>>,
  closedLabel?: string,
): number {
  const label = textParam(closedLabel, "closedLabel", "Closed");
  if (isSopError(label)) return scalar(label);
  return scalar(closureCore(labels(statuses), label));
}
