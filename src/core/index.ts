/**
 * The public calculation core: KPI, forecast-accuracy and plan-arithmetic functions.
 *
 * Every function takes plain numbers (`Series` = any array-like of numbers, NaN marks a blank
 * cell) and returns a value or a `SopError` (errors as values; nothing throws for bad input).
 * Range parsing (Excel cells -> numbers) lives in `./args`, used by the `SOP.*` shells.
 */
export * from "./errors";
export type { Series } from "./numeric";
export { excelSerialFromIso, monthKey } from "./dates";

export {
  mape,
  wape,
  smape,
  mase,
  trackingSignal,
  fva,
  FVA_METRICS,
  forecastBias,
  BIAS_VARIANTS,
  forecastAccuracy,
} from "./accuracy";
export type { FvaMetric, FvaOptions, BiasVariant } from "./accuracy";

export {
  planAdherence,
  ADHERENCE_VARIANTS,
  inventoryTurns,
  serviceLevel,
  SERVICE_LEVEL_VARIANTS,
  otif,
  OTIF_BASES,
  capacityUtilization,
  revenueVsPlan,
  workingCapital,
  cashConversionCycle,
  WORKING_CAPITAL_VARIANTS,
  demandVolatility,
  VOLATILITY_VARIANTS,
  scheduleAdherence,
  decisionClosure,
} from "./kpi";
export type {
  AdherenceVariant,
  DeliveryLine,
  ServiceLevelVariant,
  ServiceLevelOptions,
  OtifBasis,
  OtifOptions,
  WorkingCapitalVariant,
  VolatilityVariant,
} from "./kpi";

export { weightedPipeline, projectedInventory, daysOfSupply, DAYS_PER_MONTH } from "./plan";
export type { PipelineFilter } from "./plan";
