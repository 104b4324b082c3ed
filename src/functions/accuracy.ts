/**
 * SOP.* forecast-accuracy functions. Each is declared once in src/core/sop/accuracy.ts; the JSDoc
 * here is what Excel's functions.json is generated from (test/functions/declarations.test.ts
 * keeps the two in step).
 */
import { FVA, LAGACCURACY, LAGBIAS, LAGWAPE, MAPE, MASE, SMAPE, TRACKINGSIGNAL, WAPE } from "../core/sop";
import { number } from "./shell";

/**
 * Mean absolute percentage error: mean(|A - F| / |A|) as a fraction (0.08 = 8 %), over pairs where both cells are filled and the actual is not 0. Unsigned; 0 = perfect.
 * @customfunction MAPE
 * @param actuals Actual values (a row, column or block). Blank cells are skipped with their pair.
 * @param forecasts Forecasts for the same periods, same size as actuals.
 * @returns MAPE as a fraction; #DIV/0! when every actual is zero or blank.
 */
export function mape(actuals: unknown[][], forecasts: unknown[][]): number {
  return number(MAPE, [actuals, forecasts]);
}

/**
 * Weighted absolute percentage error: sum|A - F| / sum|A| as a fraction (0.12 = 12 %). Unsigned; 0 = perfect. Pairs with a blank cell are skipped.
 * @customfunction WAPE
 * @param actuals Actual values (a row, column or block).
 * @param forecasts Forecasts for the same periods, same size as actuals.
 * @returns WAPE as a fraction; #DIV/0! when every actual is zero or blank.
 */
export function wape(actuals: unknown[][], forecasts: unknown[][]): number {
  return number(WAPE, [actuals, forecasts]);
}

/**
 * Symmetric MAPE (M4): mean(2|A - F| / (|A| + |F|)) as a fraction from 0 to 2 (0.1 = 10 %); a pair with A = F = 0 counts 0. Unsigned; 0 = perfect.
 * @customfunction SMAPE
 * @param actuals Actual values (a row, column or block).
 * @param forecasts Forecasts for the same periods, same size as actuals.
 * @returns sMAPE as a fraction; #DIV/0! when no pair has both values.
 */
export function smape(actuals: unknown[][], forecasts: unknown[][]): number {
  return number(SMAPE, [actuals, forecasts]);
}

/**
 * Mean absolute scaled error: MAE / mean|y(t) - y(t-m)| of the history (in-sample naive, or seasonal naive with season length m). Below 1 = better than the naive method.
 * @customfunction MASE
 * @param actuals Actual values of the evaluated periods.
 * @param forecasts Forecasts for the same periods, same size as actuals.
 * @param history The history the forecast was made from (training data), used to scale the error.
 * @param seasonLength Optional season length m: 1 = naive (default), 12 = seasonal naive for monthly data, 4 for quarterly.
 * @returns MASE; #DIV/0! when the history is constant or too short.
 */
export function mase(
  actuals: unknown[][],
  forecasts: unknown[][],
  history: unknown[][],
  seasonLength?: unknown,
): number {
  return number(MASE, [actuals, forecasts, history, seasonLength]);
}

/**
 * Tracking signal: sum(A - F) / MAD with MAD = mean|A - F|. Positive = actuals above forecast (under-forecast), negative = over-forecast; outside about +/-4 signals bias.
 * @customfunction TRACKINGSIGNAL
 * @param actuals Actual values (a row, column or block).
 * @param forecasts Forecasts for the same periods, same size as actuals.
 * @returns The tracking signal; #DIV/0! when every forecast equals its actual.
 */
export function trackingSignal(actuals: unknown[][], forecasts: unknown[][]): number {
  return number(TRACKINGSIGNAL, [actuals, forecasts]);
}

/**
 * Forecast value added: error(baseline) - error(forecast). Positive = the forecasting step helped; negative = it made things worse. Baseline defaults to the naive forecast (previous period's actual).
 * @customfunction FVA
 * @param actuals Actual values, in period order.
 * @param forecasts The forecast being judged (e.g. consensus), same size as actuals.
 * @param baseline Optional baseline forecast (e.g. statistical), same size; omitted = naive forecast, which leaves out the first period.
 * @param metric Optional error metric: "WAPE" (default), "MAPE", "SMAPE" or "MAE".
 * @returns FVA: a fraction (percentage points) for WAPE/MAPE/SMAPE, units for MAE.
 */
export function fva(actuals: unknown[][], forecasts: unknown[][], baseline?: unknown[][], metric?: unknown): number {
  return number(FVA, [actuals, forecasts, baseline, metric]);
}

/**
 * Forecast accuracy at one lag over the plan archive: max(0, 1 - WAPE) of the rows at that lag (and family). 1 = perfect.
 * @customfunction LAGACCURACY
 * @param actuals The plan archive's Actual column (blank where the month is not history yet).
 * @param forecasts The archive column judged: Consensus, Statistical baseline, Sales forecast or Naive; same size as actuals.
 * @param lags The archive's Lag column, same size.
 * @param lag The lag measured: 1 = planned in the target month's own cycle, 3 = two cycles before.
 * @param families Optional: the archive's Family column, same size.
 * @param family Optional: one family; blank = every family.
 * @returns Accuracy as a fraction; #DIV/0! when no archived plan at that lag has an actual yet.
 */
export function lagAccuracy(
  actuals: unknown[][],
  forecasts: unknown[][],
  lags: unknown[][],
  lag: unknown,
  families?: unknown[][],
  family?: unknown,
): number {
  return number(LAGACCURACY, [actuals, forecasts, lags, lag, families, family]);
}

/**
 * Forecast bias at one lag over the plan archive: sum(F - A) / |sum(A)| of the rows at that lag (and family). Positive = over-forecast.
 * @customfunction LAGBIAS
 * @param actuals The plan archive's Actual column (blank where the month is not history yet).
 * @param forecasts The archive column judged: Consensus, Statistical baseline, Sales forecast or Naive; same size as actuals.
 * @param lags The archive's Lag column, same size.
 * @param lag The lag measured: 1 = planned in the target month's own cycle, 3 = two cycles before.
 * @param families Optional: the archive's Family column, same size.
 * @param family Optional: one family; blank = every family.
 * @returns Bias as a fraction; #DIV/0! when no archived plan at that lag has an actual yet.
 */
export function lagBias(
  actuals: unknown[][],
  forecasts: unknown[][],
  lags: unknown[][],
  lag: unknown,
  families?: unknown[][],
  family?: unknown,
): number {
  return number(LAGBIAS, [actuals, forecasts, lags, lag, families, family]);
}

/**
 * WAPE at one lag over the plan archive: sum|A - F| / sum|A| of the rows at that lag (and family); one step of the forecast value added stairstep. 0 = perfect.
 * @customfunction LAGWAPE
 * @param actuals The plan archive's Actual column (blank where the month is not history yet).
 * @param forecasts The archive column judged: Consensus, Statistical baseline, Sales forecast or Naive; same size as actuals.
 * @param lags The archive's Lag column, same size.
 * @param lag The lag measured: 1 = planned in the target month's own cycle, 3 = two cycles before.
 * @param families Optional: the archive's Family column, same size.
 * @param family Optional: one family; blank = every family.
 * @returns WAPE as a fraction; #DIV/0! when no archived plan at that lag has an actual yet.
 */
export function lagWape(
  actuals: unknown[][],
  forecasts: unknown[][],
  lags: unknown[][],
  lag: unknown,
  families?: unknown[][],
  family?: unknown,
): number {
  return number(LAGWAPE, [actuals, forecasts, lags, lag, families, family]);
}
