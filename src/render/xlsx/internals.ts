/**
 * ExcelJS 4.4 members that its type declarations omit: the sheet-protection model (what
 * `protect()` sets, without its slow password hashing), the data-validation collection, which
 * accepts a whole range ("B5:T40") as one rule, and the parts of the streaming writer the
 * renderer completes (see `completeSheet`).
 */
import type { DataValidation, Row, RowBreak, Worksheet, WorksheetProtection } from "exceljs";
import type { stream } from "exceljs";

export interface SheetProtectionModel extends Partial<Omit<WorksheetProtection, "spinCount">> {
  readonly sheet: boolean;
}

/** A worksheet of ExcelJS's streaming writer (stream.xlsx.WorksheetWriter). */
interface WorksheetWriterInternals {
  sheetProtection: SheetProtectionModel | null;
  readonly dataValidations: {
    add(address: string, validation: DataValidation): DataValidation;
  };
  /** Writes the closing parts in this order at commit: each writes its element to `stream`. */
  _writeAutoFilter(): void;
  _writeSheetProtection(): void;
  _writeLegacyData(): void;
  readonly stream: { write(text: string): void };
  readonly _sheetRelsWriter: { addRelationship(rel: { readonly Type: string; readonly Target: string }): string };
  /** Every formula cell written so far, by address, kept for shared formulas (which the renderer never writes). */
  _formulae: Record<string, unknown>;
}

const writer = (ws: Worksheet): WorksheetWriterInternals => ws as unknown as WorksheetWriterInternals;

/** A sheet's manual row breaks, which both writers keep on the worksheet (typed on its model only). */
export const rowBreaksOf = (ws: Worksheet): RowBreak[] => (ws as unknown as { rowBreaks: RowBreak[] }).rowBreaks;

/**
 * Adds what the streaming writer leaves out or misplaces to a sheet before it is committed:
 * - data validations, by range;
 * - sheet protection where CT_Worksheet (ECMA-376 Part 1, §18.3.1.99) has it, right after
 *   sheetData: the streaming writer writes it after the data validations, which Excel reports as
 *   a damaged file;
 * - a `<drawing r:id>` for the sheet's charts, after headerFooter and rowBreaks and before
 *   legacyDrawing, with its relationship in the sheet's part.
 */
export function completeSheet(
  ws: Worksheet,
  validations: ReadonlyArray<readonly [string, DataValidation]>,
  protection: SheetProtectionModel | null,
  drawing: { readonly type: string; readonly target: string } | null,
): void {
  const w = writer(ws);
  for (const [range, rule] of validations) w.dataValidations.add(range, rule);
  const autoFilter = w._writeAutoFilter.bind(w);
  const protect = w._writeSheetProtection.bind(w);
  w.sheetProtection = protection;
  w._writeAutoFilter = () => {
    protect();
    autoFilter();
  };
  w._writeSheetProtection = () => undefined;
  if (drawing !== null) {
    const rid = w._sheetRelsWriter.addRelationship({ Type: drawing.type, Target: drawing.target });
    const legacy = w._writeLegacyData.bind(w);
    w._writeLegacyData = () => {
      w.stream.write(`<drawing r:id="${rid}"/>`);
      legacy();
    };
  }
}

/**
 * Makes the streaming writer write `row` even when none of its cells has a value: it skips such
 * rows, which would drop the styled, unlocked blank cells a user types into (an input sheet's
 * empty rows).
 */
export function keepRow(row: Row): void {
  Object.defineProperty(row, "hasValues", { value: true });
}

/**
 * Lets go of the formula cells the streaming writer has written: it keeps each one, by address,
 * for shared formulas to refer to, which would hold every formula of a sheet in memory (half a
 * million on a 1,000-family Demand sheet) in one ever-growing dictionary. Call after each row.
 */
export function forgetFormulae(ws: Worksheet): void {
  writer(ws)._formulae = {};
}

/** The zip the streaming workbook writes its parts into (archiver). */
interface WorkbookWriterInternals {
  readonly zip: { append(source: string, data: { readonly name: string }): void };
}

/**
 * Adds a part to the package the streaming workbook writes; `edit` rewrites a part ExcelJS
 * writes itself (by its name as ExcelJS gives it, e.g. "[Content_Types].xml") on its way in.
 */
export function packageParts(wb: stream.xlsx.WorkbookWriter): {
  add(name: string, xml: string): void;
  edit(name: string, change: (xml: string) => string): void;
} {
  const zip = (wb as unknown as WorkbookWriterInternals).zip;
  const append = zip.append.bind(zip);
  const edits = new Map<string, (xml: string) => string>();
  zip.append = (source, data) => {
    const change = edits.get(data.name);
    append(change !== undefined && typeof source === "string" ? change(source) : source, data);
  };
  return {
    add: (name, xml) => append(xml, { name }),
    edit: (name, change) => edits.set(name, change),
  };
}
