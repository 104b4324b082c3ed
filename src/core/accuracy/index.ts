/** Forecast-accuracy measures: percentage errors, scaled error, bias, tracking signal, FVA. */
export { mape } from "./mape";
export { wape } from "./wape";
export { smape } from "./smape";
export { mase } from "./mase";
export { trackingSignal } from "./trackingSignal";
export { fva, FVA_METRICS } from "./fva";
export type { FvaMetric, FvaOptions } from "./fva";
export { forecastBias, BIAS_VARIANTS } from "./bias";
export type { BiasVariant } from "./bias";
export { forecastAccuracy } from "./forecastAccuracy";
export { atLag, lagAccuracy, lagBias, lagWape } from "./lag";
export type { LagFilter } from "./lag";
