/**
 * ExcelJS 4.4 members that its type declarations omit: the sheet-protection model (what
 * `protect()` sets, without its slow password hashing), the data-validation collection, which
 * accepts a whole range ("B5:T40") as one rule, and the parts of the streaming writer the
 * renderer completes (see `completeSheet`).
 */
import type { DataValidation, RowBreak, Style, ValueType, Worksheet, WorksheetProtection } from "exceljs";
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
  /** The workbook's styles and shared strings, which every sheet's cells refer to by index. */
  readonly _workbook: {
    readonly styles: { addStyleModel(style: Partial<Style>, cellType?: ValueType): number };
    readonly sharedStrings: { add(text: string): number };
  };
  readonly useSharedStrings: boolean;
  /** Whether `<sheetData>` is open: the columns and the opening tag are written before the first row. */
  startedData: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
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
 * What writing rows as XML straight into a sheet of the streaming writer takes from it, in place
 * of its row and cell objects (a Row, a Cell, a value and two models per cell, then an XML
 * writer's node stack), which cost more than everything else of the pack's writing: the same
 * style ids and shared strings the writer's cells would get, the same escaping, and the sheet's
 * stream.
 */
export interface RowSink {
  /** The style id ExcelJS gives a cell of `style` holding a value of `type` (its cell writer's call). */
  styleId(style: Partial<Style>, type: ValueType): number;
  /** The index of `text` in the workbook's shared strings, added the first time. */
  sharedString(text: string): number;
  /** Text or an attribute value escaped for XML as ExcelJS escapes it (characters XML cannot hold removed). */
  xmlEncode(text: string): string;
  /** Opens the sheet data before the first row (the columns, then `<sheetData>`); once. */
  open(): void;
  /** Writes rows' XML into the sheet data. */
  write(xml: string): void;
}

// ExcelJS's own escaping, which its writers apply to every text and attribute value; not in its type declarations.

const { xmlEncode } = require("exceljs/lib/utils/utils") as { xmlEncode(text: string): string };

/** The `RowSink` of a sheet of the streaming writer (which must use shared strings, as the renderer's does). */
export function rowSink(ws: Worksheet): RowSink {
  const w = writer(ws);
  if (!w.useSharedStrings) throw new Error("the streaming writer must use shared strings");
  const { styles, sharedStrings } = w._workbook;
  return {
    styleId: (style, type) => styles.addStyleModel(style, type),
    sharedString: (text) => sharedStrings.add(text),
    xmlEncode,
    open: () => {
      if (w.startedData) return;
      w._writeColumns();
      w._writeOpenSheetData();
      w.startedData = true;
    },
    write: (xml) => w.stream.write(xml),
  };
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
