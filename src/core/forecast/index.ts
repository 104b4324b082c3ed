/**
 * Statistical forecasting for the demand plan's baseline.
 *
 * `forecast(history, horizon, { method, seasonLength })` returns the next `horizon` values and the
 * method that produced them; `describeMethod(history, opts)` explains the choice in one line.
 */
export { forecast, forecastInterval, forecastWithBand, oneStepForecasts, MAX_HORIZON } from "./forecast";
export { describeMethod } from "./explain";
export type { ForecastWithBand } from "./forecast";
export type { MethodName, ForecastResult, ForecastInterval, ForecastOptions, FittedModel } from "./types";
export { CONCRETE_METHODS, METHOD_LABELS } from "./types";
export { parseMethodName } from "./methodNames";
export { detectSeasonLength } from "./season";
export { historyFromRange, fillGaps } from "./history";
export type { History, Orientation } from "./history";
