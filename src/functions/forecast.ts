/**
 * SOP.FORECAST, SOP.FORECASTINTERVAL and SOP.FORECASTMETHOD: the statistical baseline in a cell, declared once in
 * src/core/sop/forecast.ts; the JSDoc here is what Excel's functions.json is generated from.
 */
import { FORECAST, FORECASTINTERVAL, FORECASTMETHOD } from "../core/sop";
import { spilled, text } from "./shell";

/**
 * Statistical forecast of the next periods (spills horizon values: a row, or a column when the history is a column).
 * Methods: AUTO (default: exponential smoothing family chosen by AICc; Croston/SBA/TSB/SES/MA by holdout error for intermittent demand),
 * NAIVE, SNAIVE, MA, SES, HOLT, HOLT_DAMPED, HW_ADDITIVE, HW_MULTIPLICATIVE, DECOMP, CROSTON, SBA, TSB, THETA.
 * Leading blanks/zeros and trailing blanks are ignored; interior blanks are missing values (interpolated); text gives #VALUE!.
 * @customfunction FORECAST
 * @param history Past values, oldest first, as one row or one column (at least 2 values).
 * @param horizon Number of periods to forecast, 1 to 120.
 * @param method Optional method name (default "AUTO"): AUTO, NAIVE, SNAIVE, MA, SES, HOLT, HOLT_DAMPED, HW_ADDITIVE, HW_MULTIPLICATIVE, DECOMP, CROSTON, SBA, TSB or THETA.
 * @param seasonLength Optional periods per seasonal cycle, e.g. 12 for monthly data (default: detected; 1 = no seasonality).
 * @returns The forecast values.
 */
export function sopForecast(
  history: unknown[][],
  horizon: unknown,
  method?: unknown,
  seasonLength?: unknown,
): Array<Array<number | string | CustomFunctions.Error>> {
  return spilled(FORECAST, [history, horizon, method, seasonLength]);
}

/**
 * Prediction interval of SOP.FORECAST's forecasts: the range the actuals should fall in with the given probability.
 * From the fitted model's forecast variance (exponential smoothing, naive), else from quantiles of its in-sample errors; never below 0 for demand.
 * @customfunction FORECASTINTERVAL
 * @param history Past values, oldest first, as one row or one column (at least 2 values).
 * @param horizon Number of periods to forecast, 1 to 120.
 * @param level Optional probability the interval covers, a fraction (default 0.8 = 80 %).
 * @param bound Optional "BOTH" (default: lower bounds then upper bounds, two rows or two columns), "LOWER" or "UPPER".
 * @param method Optional method name (default "AUTO"), as in SOP.FORECAST.
 * @param seasonLength Optional periods per seasonal cycle, e.g. 12 for monthly data (default: detected; 1 = no seasonality).
 * @returns The bounds, one per forecast period.
 */
export function sopForecastInterval(
  history: unknown[][],
  horizon: unknown,
  level?: unknown,
  bound?: unknown,
  method?: unknown,
  seasonLength?: unknown,
): Array<Array<number | string | CustomFunctions.Error>> {
  return spilled(FORECASTINTERVAL, [history, horizon, level, bound, method, seasonLength]);
}

/**
 * Why SOP.FORECAST's AUTO forecasts a history as it does: season found or not and by which test, the model and why,
 * its fitted parameters, holdout sMAPE and the 80 % band's width.
 * Parameters are smoothing weights in state-space form (as R's ets): alpha level, beta trend, gamma season, phi damping.
 * @customfunction FORECASTMETHOD
 * @param history Past values, oldest first, as one row or one column (at least 2 values).
 * @param seasonLength Optional periods per seasonal cycle (default: detected; 1 = no seasonality).
 * @returns One line, e.g. "Season of 12 periods (found: stable-seasonality F test p < 0.001); Holt-Winters additive, no trend (lowest AICc of 6 methods); alpha 0.78, gamma 0.00; holdout sMAPE 12.9 %; 80 % band ±5 % of the forecast next period, ±13 % at 12 periods".
 */
export function sopForecastMethod(history: unknown[][], seasonLength?: unknown): string {
  return text(FORECASTMETHOD, [history, seasonLength]);
}
