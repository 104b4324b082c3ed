/**
 * Two ExcelJS 4.4 worksheet members that its type declarations omit: the sheet-protection
 * model (what `protect()` sets, without its slow password hashing) and the data-validation
 * collection, which accepts a whole range ("B5:T40") as one rule.
 */
import type { DataValidation, Worksheet, WorksheetProtection } from "exceljs";

export interface SheetProtectionModel extends Partial<Omit<WorksheetProtection, "spinCount">> {
  readonly sheet: boolean;
}

export interface WorksheetInternals {
  sheetProtection: SheetProtectionModel | null;
  readonly dataValidations: {
    add(address: string, validation: DataValidation): DataValidation;
    readonly model: Readonly<Record<string, DataValidation | undefined>>;
  };
}

export const internals = (ws: Worksheet): WorksheetInternals => ws as unknown as WorksheetInternals;
