/**
 * Writes one `SheetSpec` into a worksheet of ExcelJS's streaming writer: values, formulas with
 * their cached results, styles, widths, row heights, frozen panes, tab colour, print setup and
 * protection. The streaming writer writes the sheet's opening (tab colour, panes, page fit)
 * when the sheet is added, so those come as the options of `addWorksheet` (`sheetOptions`);
 * the rows are written and committed one by one, so no sheet is ever held whole.
 */
import { ValueType } from "exceljs";
import type { AddWorksheetOptions, CellValue as XValue, PageSetup, RowBreak, Style, Worksheet } from "exceljs";
import type { Cell, SheetSpec } from "../../layout/types";
import { colName } from "../../layout/a1";
import { StyleCache, argb } from "./styles";
import { CustomFunctionStorage, isErrorCode, toStoredFormula } from "./formula";
import { passesArrays } from "../../core/blankAware";
import { RowSink, rowBreaksOf, rowSink, SheetProtectionModel } from "./internals";
import { headerRowHeights } from "../../layout/rowHeights";
import { cellRole, isUnlocked } from "../../layout/styles";
import { NARROW_MARGINS, footerParts, headerParts, joinParts, type PrintSetup } from "../../layout/print";

/** The type a stored cell's value takes. */
type StoredType = ValueType.Null | ValueType.Number | ValueType.String | ValueType.Boolean | ValueType.Error;

/**
 * The type `v` is stored as, `asResult` when it is a formula's cached result: none (Null) for a
 * blank or a number that is not finite (a cell holds no NaN or infinity); an error for an error
 * code that is a formula's result; else its number, boolean or text. A plain string is always
 * text: "#N/A" or "=HYPERLINK(...)" typed in a CSV stays a string. `cellValue` and the writer's
 * `cellXml` both store a cell by this.
 */
function storedType(v: Cell["value"], asResult: boolean): StoredType {
  if (v === null || v === undefined) return ValueType.Null;
  if (typeof v === "number") return Number.isFinite(v) ? ValueType.Number : ValueType.Null;
  if (typeof v === "boolean") return ValueType.Boolean;
  return asResult && isErrorCode(v) ? ValueType.Error : ValueType.String;
}

/** The formula `cell` stores (without "=", calls renamed for `storage`), or undefined for a value cell. */
const storedFormula = (cell: Cell, storage: CustomFunctionStorage): string | undefined =>
  cell.formula !== undefined && cell.formula !== "" ? toStoredFormula(cell.formula, storage) : undefined;

/**
 * The ExcelJS value of a spec cell at (`row`, `col`), 0-based: a formula with its cached result,
 * or a plain value. A formula that passes a range through `blankAware` is stored as a single-cell
 * array formula (t="array", ref = the cell), so that its IF over a range is evaluated element by
 * element in every Excel version rather than by implicit intersection.
 */
export function cellValue(cell: Cell, storage: CustomFunctionStorage, row?: number, col?: number): XValue {
  const v = cell.value ?? null;
  const stored = storedFormula(cell, storage);
  if (stored === undefined) return storedType(v, false) === ValueType.Null ? null : v;
  const formula =
    row !== undefined && col !== undefined && passesArrays(stored)
      ? { formula: stored, shareType: "array", ref: `${colName(col)}${row + 1}` }
      : { formula: stored };
  const type = storedType(v, true);
  if (type === ValueType.Null) return formula as XValue;
  if (type === ValueType.Error) return { ...formula, result: { error: v } } as XValue;
  return { ...formula, result: v } as XValue;
}

/**
 * Characters of rows' XML written between two pauses that let the zip stream deflate what was
 * written. The deflater takes its next piece only in a turn of the event loop, so the rows must
 * pause often for it to keep deflating beside them; what it has not taken waits in memory and is
 * deflated after the last row, while the writer idles. Writing the 1,000-family pack (the same
 * workbook, four times each in one process): a pause per 256 rows (about 1.4 MB of the Demand
 * sheet) 8 s, with 1.9 s idle at the end; per 128 K characters 7.2 s, 32 K 6.2 s, 16 K 5.1 s,
 * 8 K 4.4 s, 4 K 4.2 s (medians). The whole 1,000-family pack is as fast at 32 K (21.0 and
 * 21.5 s) as at 4 K (19.9 and 22.7 s): 32 K. (A pack of 249,999 order lines peaked higher with
 * pauses of 8 K or less in three runs each, 1.1 GB against 0.91 GB, but also at 1,094 MB with
 * 32 K in a later run: its peak moves with the garbage collector's timing. The deflater keeps
 * pace at 32 K: at most 16.7 MB of rows waited for it, sampled after every pause.)
 */
const CHARS_PER_PAUSE = 1 << 15;

const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** What `cellXml` reads, the same for every cell of a sheet. */
interface CellContext {
  readonly storage: CustomFunctionStorage;
  readonly sink: RowSink;
  /** The style id of a cell of look `look` (undefined: none of its own) and stored type `type`. */
  readonly styleId: (look: Partial<Style> | undefined, type: ValueType) => number;
}

/**
 * The XML of `cell` at `ref` (its address, "B7") and of look `look`, as ExcelJS's cell writer
 * writes `cellValue(cell, storage, row, col)` there: `<c r s t>`, the formula, the value (a text
 * by its shared-string index, a formula's text result inline); "" for a blank cell without a
 * style, which ExcelJS leaves out. Written from the cell itself, without `cellValue`'s objects:
 * the pack writes millions of cells.
 */
function cellXml(cell: Cell, ref: string, look: Partial<Style> | undefined, ctx: CellContext): string {
  const { sink } = ctx;
  const v = cell.value;
  const stored = storedFormula(cell, ctx.storage);
  if (stored !== undefined) {
    const f = `<f${passesArrays(stored) ? ` t="array" ref="${ref}"` : ""}>${sink.xmlEncode(stored)}</f>`;
    const type = storedType(v, true);
    const open = head(ref, ctx.styleId(look, type));
    if (type === ValueType.Null) return `${open}>${f}</c>`;
    if (type === ValueType.Error) return `${open} t="e">${f}<v>${sink.xmlEncode(v as string)}</v></c>`;
    if (type === ValueType.String) return `${open} t="str">${f}<v>${sink.xmlEncode(v as string)}</v></c>`;
    if (type === ValueType.Number) return `${open}>${f}<v>${v}</v></c>`;
    return `${open} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
  }
  const type = storedType(v, false);
  const s = ctx.styleId(look, type);
  if (type === ValueType.Null) return s ? `${head(ref, s)}/>` : "";
  if (type === ValueType.Number) return `${head(ref, s)}><v>${v}</v></c>`;
  if (type === ValueType.Boolean) return `${head(ref, s)} t="b"><v>${v ? "1" : "0"}</v></c>`;
  return `${head(ref, s)} t="s"><v>${sink.sharedString(v as string)}</v></c>`;
}

/** The opening of a cell's element, without its closing ">": `<c r="B7" s="3"`. */
const head = (ref: string, s: number): string => `<c r="${ref}"${s ? ` s="${s}"` : ""}`;

/**
 * Writes the rows of `spec` (cells, styles, row heights) into `ws` as its XML, the same XML the
 * streaming writer's rows and cells would give (`RowSink`; the renderer's test compares the
 * package with ExcelJS's in-memory writer's), pausing every `CHARS_PER_PAUSE` characters so the
 * zip stream deflates what is written as it goes. A row is written when it has a cell
 * or a height: the styled, unlocked blank cells of an input sheet's empty rows are kept.
 */
export async function writeRows(
  ws: Worksheet,
  spec: SheetSpec,
  styles: StyleCache,
  storage: CustomFunctionStorage,
): Promise<void> {
  const sink = rowSink(ws);
  // A cell or row without a style of its own gets ExcelJS's for an empty style and its value's type.
  const plain = new Map<ValueType, number>();
  const plainStyle = (type: ValueType): number => {
    let id = plain.get(type);
    if (id === undefined) {
      id = sink.styleId({}, type);
      plain.set(type, id);
    }
    return id;
  };
  const ctx: CellContext = {
    storage,
    sink,
    styleId: (look, type) => (look === undefined ? plainStyle(type) : sink.styleId(look, type)),
  };
  const refs: string[] = [];
  /** Rows' XML not yet handed to the sheet's stream. */
  let rows = "";
  const heights = headerRowHeights(spec);
  let last = spec.cells.length;
  for (const r of heights.keys()) last = Math.max(last, r + 1);
  for (let r = 0; r < last; r++) {
    const cells = spec.cells[r];
    const height = heights.get(r);
    if (!height && !cells?.some((cell) => cell !== null && cell !== undefined)) continue;
    // As ExcelJS: the columns before the first row, then the row's style, then its cells' (the ids follow that order).
    sink.open();
    const rowStyle = plainStyle(ValueType.Number);
    let min = 0;
    let max = 0;
    let xml = "";
    cells?.forEach((cell, c) => {
      if (cell === null || cell === undefined) return;
      if (min === 0) min = c + 1;
      max = c + 1;
      const role = cellRole(cell);
      const look: Partial<Style> | undefined =
        role !== undefined || cell.numberFormat !== undefined
          ? styles.get(role, cell.numberFormat, !isUnlocked(cell))
          : undefined;
      xml += cellXml(cell, `${(refs[c] ??= colName(c))}${r + 1}`, look, ctx);
    });
    rows +=
      `<row r="${r + 1}"${height ? ` ht="${height}" customHeight="1"` : ""}${min > 0 ? ` spans="${min}:${max}"` : ""}` +
      `${rowStyle ? ` s="${rowStyle}" customFormat="1"` : ""} x14ac:dyDescent="0.25"${xml === "" ? "/>" : `>${xml}</row>`}`;
    if (rows.length >= CHARS_PER_PAUSE) {
      // One write per pause, not per row: a write costs a buffer and a stream call.
      sink.write(rows);
      rows = "";
      await pause();
    }
  }
  if (rows !== "") sink.write(rows);
}

/**
 * A print area as ExcelJS takes it: ExcelJS writes "$" + each corner, so "$A$1:$I$140" goes in as
 * "A$1:I$140" to come out fully absolute (a relative row, "$A1", is ignored by LibreOffice).
 */
export function exceljsPrintArea(area: string): string {
  return area.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$1$$$2");
}

function pageSetup(print: PrintSetup): Partial<PageSetup> {
  return {
    orientation: print.landscape ? "landscape" : "portrait",
    // A given scale prints at that zoom (manual page breaks hold only then); else fit to pages.
    ...(print.scale !== undefined
      ? { fitToPage: false, scale: print.scale }
      : { fitToPage: print.fitToWidth, fitToWidth: 1, fitToHeight: print.pagesTall ?? 0 }),
    ...(print.narrowMargins ? { margins: { ...NARROW_MARGINS } } : {}),
    ...(print.area ? { printArea: exceljsPrintArea(print.area) } : {}),
    ...(print.titleRows ? { printTitlesRow: `1:${print.titleRows}` } : {}),
  };
}

/** What the streaming writer needs when the sheet is added: panes, tab colour, print setup. */
export function sheetOptions(spec: SheetSpec): Partial<AddWorksheetOptions> {
  const freeze = spec.freeze;
  const print = spec.print;
  return {
    ...(freeze && (freeze.rows > 0 || freeze.columns > 0)
      ? { views: [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows }] }
      : {}),
    ...(spec.tabColor ? { properties: { tabColor: { argb: argb(spec.tabColor) } } } : {}),
    ...(print ? { pageSetup: pageSetup(print) } : {}),
    ...(print?.title || print?.footer
      ? {
          headerFooter: {
            ...(print.title ? { oddHeader: joinParts(headerParts(print.title)) } : {}),
            ...(print.footer ? { oddFooter: joinParts(footerParts(print.footer)) } : {}),
          },
        }
      : {}),
  };
}

const PROTECTION: SheetProtectionModel = {
  sheet: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  sort: true,
  autoFilter: true,
  selectLockedCells: true,
  selectUnlockedCells: true,
};

/** The sheet's protection (no password: it guards against accidental typing), or null. */
export function sheetProtection(spec: SheetSpec): SheetProtectionModel | null {
  if (!spec.protect) return null;
  return { ...PROTECTION, ...(spec.kind === "input" ? { insertRows: true, deleteRows: true } : {}) };
}

/**
 * The layout's manual page breaks. A page starting at 0-based row r is a break under 1-based row
 * r (`<brk id="r" man="1">`, as ExcelJS's `Row.addPageBreak` writes it). Set on the sheet, not
 * on a row, because the streaming writer has committed a row by the time the next is written.
 */

export function setRowBreaks(ws: Worksheet, spec: SheetSpec): void {
  // max is the last column's 0-based index (XFD); no min: the break spans from column A.
  for (const r of spec.print?.rowBreaks ?? [])
    if (r > 0) rowBreaksOf(ws).push({ id: r, max: 16383, man: 1 } as RowBreak);
}

/** Column widths, set before the first row is written (the streaming writer writes them then). */
export function setColumnWidths(ws: Worksheet, spec: SheetSpec): void {
  spec.columnWidths.forEach((width, i) => {
    if (Number.isFinite(width) && width > 0) ws.getColumn(i + 1).width = width;
  });
}
