/**
 * The Office.js renderer: reads what a workbook holds and writes a `WorkbookSpec` (or one sheet)
 * into it in as few syncs as Excel's request limit allows.
 */
export { queueRenamesBack, readGrids, readGridsFollowingRenames, readSheets } from "./read";
export type { ReadOptions, RenamedSheet, SheetGrids } from "./read";
export type { WorkbookLists } from "./inventory";
export { writeWorkbook, writeSheet, type WriteOptions, type WriteReport } from "./write";
export { WorkbookWriteError } from "./errors";
export { DEFAULT_BUDGET_BYTES } from "./plan";
