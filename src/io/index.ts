export { importCycle, importCsvFolder, REQUIRED_FILES, OPTIONAL_FILES } from "./import";
export type { ImportResult, CsvFiles } from "./import";
export { cycleToCsv, writeCsvFolder } from "./export";
export { parseCsv, formatCsv, formatField, neutraliseFormula, restoreFormulaText } from "./csv";
export { formatIssue } from "./table";
export type { ImportIssue } from "./table";
export { COLUMNS } from "./readers";
