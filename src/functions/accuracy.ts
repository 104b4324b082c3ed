/**
 * SOP.* forecast-accuracy functions: thin wrappers over src/core/accuracy.
 * Blank cells (null on the web, or "") are skipped pair-wise; a desktop blank arrives as 0 and
 * counts as a real zero.
 */
import { andThen, numberParam, numbers, optionParam, pairedNumbers } from "../core/args";
import {
  FVA_METRICS,
  fvaOfRanges,
  mape as mapeCore,
  mase as maseCore,
  smape as smapeCore,
  trackingSignal as tsCore,
  wape as wapeCore,
} from "../core/accuracy";
import { isSopError } from "../core/errors";
import { scalar } from "./shell";

/**
 * Mean absolute percentage error: mean(|A - F| / |A|) as a fraction (0.08 = 8 %), over pairs where both cells are filled and the actual is not 0. Unsigned; 0 = perfect.
 * @customfunction MAPE
 * @param actuals Actual values (a row, column or block). Blank cells are skipped with their pair.
 * @param forecasts Forecasts for the same periods, same size as actuals.
 * @returns MAPE as a fraction; #DIV/0! when every actual is zero or blank.
 */
export function mape(actuals: number[][], forecasts: number[][]): number {
  return scalar(andThen(pairedNumbers(actuals, "actuals", forecasts, "forecasts"), ([a, f]) => mapeCore(a, f)));
}

/**
 * Weighted absolute percentage error: sum|A - F| / sum|A| as a fraction (0.12 = 12 %). Unsigned; 0 = perfect. Pairs with a blank cell are skipped.
 * @customfunction WAPE
 * @param actuals Actual values (a row, column or block).
 * @param forecasts Forecasts for the same periods, same size as actuals.
 * @returns WAPE as a fraction; #DIV/0! when every actual is zero or blank.
 */
export function wape(actuals: number[][], forecasts: number[][]): number {
  return scalar(andThen(pairedNumbers(actuals, "actuals", forecasts, "forecasts"), ([a, f]) => wapeCore(a, f)));
}

/**
 * Symmetric MAPE (M4): mean(2|A - F| / (|A| + |F|)) as a fraction from 0 to 2 (0.1 = 10 %); a pair with A = F = 0 counts 0. Unsigned; 0 = perfect.
 * @customfunction SMAPE
 * @param actuals Actual values (a row, column or block).
 * @param forecasts Forecasts for the same periods, same size as actuals.
 * @returns sMAPE as a fraction; #DIV/0! when no pair has both values.
 */
export function smape(actuals: number[][], forecasts: number[][]): number {
  return scalar(andThen(pairedNumbers(actuals, "actuals", forecasts, "forecasts"), ([a, f]) => smapeCore(a, f)));
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
export function mase(actuals: number[][], forecasts: number[][], history: number[][], seasonLength?: number): number {
  const m = numberParam(seasonLength, "seasonLength", 1, { min: 1, integer: true });
  const h = numbers(history, "history");
  const p = pairedNumbers(actuals, "actuals", forecasts, "forecasts");
  if (isSopError(p)) return scalar(p);
  if (isSopError(h)) return scalar(h);
  if (isSopError(m)) return scalar(m);
  return scalar(maseCore(p[0], p[1], h, m));
}

/**
 * Tracking signal: sum(A - F) / MAD with MAD = mean|A - F|. Positive = actuals above forecast (under-forecast), negative = over-forecast; outside about +/-4 signals bias.
 * @customfunction TRACKINGSIGNAL
 * @param actuals Actual values (a row, column or block).
 * @param forecasts Forecasts for the same periods, same size as actuals.
 * @returns The tracking signal; #DIV/0! when every forecast equals its actual.
 */
export function trackingSignal(actuals: number[][], forecasts: number[][]): number {
  return scalar(andThen(pairedNumbers(actuals, "actuals", forecasts, "forecasts"), ([a, f]) => tsCore(a, f)));
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
export function fva(actuals: number[][], forecasts: number[][], baseline?: number[][], metric?: string): number {
  const met = optionParam(metric, "metric", FVA_METRICS, "WAPE");
  if (isSopError(met)) return scalar(met);
  return scalar(fvaOfRanges(actuals, forecasts, baseline, met));
}
