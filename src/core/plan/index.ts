/** Plan arithmetic the S&OP workbook needs: weighted pipeline, projected inventory, days of supply. */
export { weightedPipeline } from "./weightedPipeline";
export type { PipelineFilter } from "./weightedPipeline";
export { projectedInventory } from "./projectedInventory";
export { daysOfSupply, DAYS_PER_MONTH } from "./daysOfSupply";
