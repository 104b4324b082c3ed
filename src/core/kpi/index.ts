/** The twelve seed KPIs (forecast accuracy and bias live in ../accuracy and are re-exported). */
export { forecastAccuracy, forecastBias, BIAS_VARIANTS } from "../accuracy";
export type { BiasVariant } from "../accuracy";
export { planAdherence, ADHERENCE_VARIANTS } from "./planAdherence";
export type { AdherenceVariant } from "./planAdherence";
export { inventoryTurns } from "./inventoryTurns";
export type { DeliveryLine } from "./delivery";
export { serviceLevel, SERVICE_LEVEL_VARIANTS } from "./serviceLevel";
export type { ServiceLevelVariant, ServiceLevelOptions } from "./serviceLevel";
export { otif, OTIF_BASES } from "./otif";
export type { OtifBasis, OtifOptions } from "./otif";
export { capacityUtilization } from "./capacityUtilization";
export { revenueVsPlan } from "./revenueVsPlan";
export { workingCapital, cashConversionCycle, WORKING_CAPITAL_VARIANTS } from "./workingCapital";
export type { WorkingCapitalVariant } from "./workingCapital";
export { demandVolatility, VOLATILITY_VARIANTS } from "./demandVolatility";
export type { VolatilityVariant } from "./demandVolatility";
export { scheduleAdherence } from "./scheduleAdherence";
export { decisionClosure } from "./decisionClosure";
