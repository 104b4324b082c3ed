export { streamXlsx, writeXlsx, xlsxBytes, LISTS_SHEET } from "./render";
export type { RenderOptions } from "./render";
export { toStoredFormula, callsCustomFunction } from "./formula";
export type { CustomFunctionStorage } from "./formula";
