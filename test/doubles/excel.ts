/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * A recording test double of the part of the Excel JavaScript API the add-in uses.
 *
 * - `createExcelDouble()` returns `{ run, state, stats, failSync }`: `run(cb)` behaves like
 *   `Excel.run` (a fresh RequestContext, queued commands, a final sync of what is still queued).
 * - Proxy semantics as in Office.js: setters and methods are queued and take effect at
 *   `context.sync()`; reading a property that was not `load()`ed and synced throws
 *   `PropertyNotLoaded`; `*OrNullObject` proxies expose `isNullObject` after a sync.
 * - Every sync is measured: the request is the JSON of all operations queued since the last
 *   sync (`stats.requests`); a sync with no action pending (no operation or load queued and no
 *   object made since the last sync; a context's first sync always has the workbook's) sends
 *   nothing and is not counted, as Office.js skips it (`ClientRequestContext.syncPrivate`: no
 *   actions, no request); a request or response over 5 MB is rejected with
 *   `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`, as Excel on the
 *   web does. A failing operation stops the batch; operations before it stay applied (Excel
 *   batches are not transactions).
 * - The workbook state is stored: sheets, cell formulas and values (with Excel's coercion of
 *   typed text: "=..." is a formula, "'..." is text, "12" a number, "2026-03" a date),
 *   number formats, cell formats, column widths, freeze panes, validations, conditional
 *   formats, protection, charts, names, page layout.
 * - Protected sheets behave as in Excel: writing into locked cells, formatting, validation,
 *   conditional formats and charts fail at sync with `AccessDenied`; `protect()` on a
 *   protected sheet fails; `unprotect()` needs the password the sheet was protected with.
 * - `failSync(n)` makes the n-th sync (counted over the double's life) fail with a chosen
 *   error code after a chosen number of its operations ran.
 * - `Range.getSpecialCells[OrNullObject](cellType, cellValueType)` (ExcelApi 1.9) returns a
 *   `RangeAreas` of the range's stored cells holding formulas (or constants) whose value is of
 *   the given types; an error is a value such as "#NAME?" (as `formulaValue` reports it). Its
 *   `areas` is a `RangeCollection` of the rectangles. Each sync records the addresses whose
 *   content (`values` / `formulas`) it wrote (`stats.requests[i].contentWrites`).
 * - Structural edits as in Excel (see "Structural edits" below): `Range.insert` / `Range.delete`
 *   of cells, whole rows and columns (references in formulas and names follow their cells, or
 *   become #REF!), `Worksheet.name` (references follow) and `Worksheet.delete()` (#REF!),
 *   `Range.sort.apply`. `state.insertRows`, `deleteRows`, `insertColumns`, `deleteColumns`,
 *   `insertCells`, `deleteCells`, `renameSheet`, `deleteSheet`, `sortRange`, `typeValue`,
 *   `typeFormula` and `clearCells` make the same edits directly, as a user in the grid (no sync).
 *
 * Self-contained: no imports, no Node APIs, so it can be transpiled alone
 * (`ts.transpileModule`) and loaded into a browser page.
 */

export type DoubleCellValue = number | string | boolean | null;

/** Excel on the web's request and response limit. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
/** Ranges larger than this are "open" (whole rows/columns/sheet): formats apply to stored cells only. */
const DENSE_LIMIT = 5_000_000;

// ---------------------------------------------------------------------------------------------
// Errors

export class DoubleExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(code: string, message: string, errorLocation = "") {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

function fail(code: string, message: string, location = ""): never {
  throw new DoubleExcelError(code, message, location);
}

/** Excel's limit on an address passed to `Worksheet.getRange` / `getRanges` (8,192 characters). */
export const MAX_ADDRESS_CHARS = 8192;

function assertAddressLength(address: string | undefined, location: string): void {
  if (address !== undefined && address.length > MAX_ADDRESS_CHARS) {
    fail("InvalidArgument", `The argument is invalid or missing or has an incorrect format (address of ${address.length} characters).`, location);
  }
}

// ---------------------------------------------------------------------------------------------
// A1 addresses

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function colToIndex(col: string): number {
  let n = 0;
  for (const ch of col.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function indexToCol(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Split "Sheet 1!A1:B2" / "'It''s'!A1" into sheet name and local address. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("=")) sheet = sheet.slice(1);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}

/** Parse one rectangular local address: "B3", "A1:C9", "$A$1", "B:D", "3:5". */
export function parseRect(local: string): Rect {
  const a = local.replace(/\$/g, "").trim().toUpperCase();
  const parts = a.split(":");
  if (parts.length > 2 || parts[0] === "") fail("InvalidArgument", `Invalid address "${local}".`, "Worksheet.getRange");
  const p0 = parts[0];
  const p1 = parts.length === 2 ? parts[1] : parts[0];
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const colOnly = /^[A-Z]{1,3}$/;
  const rowOnly = /^\d+$/;
  let rect: Rect;
  if (cell.test(p0) && cell.test(p1)) {
    const m0 = cell.exec(p0)!;
    const m1 = cell.exec(p1)!;
    rect = { r0: +m0[2] - 1, c0: colToIndex(m0[1]), r1: +m1[2] - 1, c1: colToIndex(m1[1]) };
  } else if (colOnly.test(p0) && colOnly.test(p1) && parts.length === 2) {
    rect = { r0: 0, c0: colToIndex(p0), r1: MAX_ROWS - 1, c1: colToIndex(p1) };
  } else if (rowOnly.test(p0) && rowOnly.test(p1) && parts.length === 2) {
    rect = { r0: +p0 - 1, c0: 0, r1: +p1 - 1, c1: MAX_COLS - 1 };
  } else {
    return fail("InvalidArgument", `Invalid address "${local}".`, "Worksheet.getRange");
  }
  const norm = {
    r0: Math.min(rect.r0, rect.r1),
    r1: Math.max(rect.r0, rect.r1),
    c0: Math.min(rect.c0, rect.c1),
    c1: Math.max(rect.c0, rect.c1),
  };
  if (norm.r0 < 0 || norm.c0 < 0 || norm.r1 >= MAX_ROWS || norm.c1 >= MAX_COLS) {
    fail("InvalidArgument", `Address "${local}" is outside the sheet.`, "Worksheet.getRange");
  }
  return norm;
}

export function rectToA1(r: Rect): string {
  const tl = `${indexToCol(r.c0)}${r.r0 + 1}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return tl;
  return `${tl}:${indexToCol(r.c1)}${r.r1 + 1}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rectCells(r: Rect): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}

// ---------------------------------------------------------------------------------------------
// Stored state

export interface CellFormat {
  readonly fill?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fontSize?: number;
  readonly locked: boolean;
  readonly wrapText?: boolean;
  readonly horizontalAlignment?: string;
  readonly indentLevel?: number;
  /** Border line style ("Continuous", ...) of each side; its weight and colour when set. */
  readonly borderTop?: string;
  readonly borderBottom?: string;
  readonly borderLeft?: string;
  readonly borderRight?: string;
  readonly borderTopWeight?: string;
  readonly borderBottomWeight?: string;
  readonly borderLeftWeight?: string;
  readonly borderRightWeight?: string;
  readonly borderTopColor?: string;
  readonly borderBottomColor?: string;
  readonly borderLeftColor?: string;
  readonly borderRightColor?: string;
}

/** One stored cell as a test reads it. */
export interface CellView {
  /** The formula ("=SUM(A1:A3)") or null for a constant or empty cell. */
  readonly formula: string | null;
  /** The constant (number, text without a leading apostrophe, boolean), "" when empty; a formula's value from `formulaValue`. */
  readonly value: DoubleCellValue;
  /** True when the text was entered with a leading apostrophe (kept as text). */
  readonly textPrefixed: boolean;
  readonly numberFormat: string;
  readonly format: CellFormat;
}

interface Row {
  f: (string | undefined)[];
  v: DoubleCellValue[];
  p: (boolean | undefined)[];
  nf: (string | undefined)[];
  st: (number | undefined)[];
}

export interface ValidationState {
  readonly address: string;
  readonly rule: any;
}

export interface ConditionalFormatState {
  readonly address: string;
  readonly type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface ChartState {
  name: string;
  readonly type: string;
  /** "Sheet!A1:D5" */
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  topLeft: string | null;
  bottomRight: string | null;
}

export interface PageLayoutState {
  orientation: string;
  zoom: any;
  centerHeader: string;
  leftFooter?: string;
  centerFooter?: string;
  rightFooter?: string;
  printTitleRows: string | null;
  printArea: string | null;
  centerHorizontally: boolean;
  /** Margins in points, as set (Office.js: leftMargin, rightMargin, ...). */
  margins?: Partial<Record<PageMargin, number>>;
  /** Manual page breaks: the 0-based rows that start a page (Worksheet.horizontalPageBreaks). */
  rowBreaks?: number[];
}

export type PageMargin = "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin";

export class SheetState {
  readonly id: number;
  name: string;
  tabColor = "";
  readonly rows: (Row | undefined)[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  freeze = { rows: 0, columns: 0 };
  validations: ValidationState[] = [];
  conditionalFormats: ConditionalFormatState[] = [];
  protection: { protected: boolean; password: string | null; options: any } = { protected: false, password: null, options: null };
  charts: ChartState[] = [];
  pageLayout: PageLayoutState = { orientation: "Portrait", zoom: { scale: 100 }, centerHeader: "", printTitleRows: null, printArea: null, centerHorizontally: false };
  private readonly workbook: WorkbookState;

  constructor(workbook: WorkbookState, id: number, name: string) {
    this.workbook = workbook;
    this.id = id;
    this.name = name;
  }

  /** Reads one cell by A1 address ("B3"). */
  cell(address: string): CellView {
    const r = parseRect(address);
    return this.cellAt(r.r0, r.c0);
  }

  cellAt(row: number, col: number): CellView {
    const rw = this.rows[row];
    const formula = rw?.f[col] ?? null;
    const stored = rw?.v[col];
    const value = formula !== null ? this.workbook.formulaValue(this.name, row, col, formula) : stored ?? "";
    return {
      formula,
      value,
      textPrefixed: rw?.p[col] === true,
      numberFormat: rw?.nf[col] ?? "General",
      format: this.workbook.formats[rw?.st[col] ?? 0],
    };
  }

  /** Bounds of the cells holding a value or formula (valuesOnly) or anything stored; null when empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = -1;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    for (let r = 0; r < this.rows.length; r++) {
      const rw = this.rows[r];
      if (!rw) continue;
      const width = Math.max(rw.f.length, rw.v.length, valuesOnly ? 0 : rw.nf.length, valuesOnly ? 0 : rw.st.length);
      for (let c = 0; c < width; c++) {
        const has =
          rw.f[c] !== undefined ||
          (rw.v[c] !== undefined && rw.v[c] !== "" && rw.v[c] !== null) ||
          (!valuesOnly && ((rw.nf[c] !== undefined && rw.nf[c] !== "General") || (rw.st[c] ?? 0) !== 0));
        if (has) {
          if (r0 < 0) r0 = r;
          r1 = r;
          if (c < c0) c0 = c;
          if (c > c1) c1 = c;
        }
      }
    }
    return r0 < 0 ? null : { r0, r1, c0, c1 };
  }

  /** Values of the used area from A1 (as readSheets returns them): "" for empty cells. */
  valuesFromA1(): DoubleCellValue[][] {
    const used = this.usedRect(true);
    if (!used) return [];
    const out: DoubleCellValue[][] = [];
    for (let r = 0; r <= used.r1; r++) {
      const row: DoubleCellValue[] = [];
      for (let c = 0; c <= used.c1; c++) row.push(this.cellAt(r, c).value);
      out.push(row);
    }
    return out;
  }

  /** Number of cells with a value or a formula. */
  filledCellCount(): number {
    let n = 0;
    for (const rw of this.rows) {
      if (!rw) continue;
      const width = Math.max(rw.f.length, rw.v.length);
      for (let c = 0; c < width; c++) if (rw.f[c] !== undefined || (rw.v[c] !== undefined && rw.v[c] !== "" && rw.v[c] !== null)) n++;
    }
    return n;
  }

  /** @internal */
  row(r: number): Row {
    let rw = this.rows[r];
    if (!rw) {
      rw = { f: [], v: [], p: [], nf: [], st: [] };
      this.rows[r] = rw;
    }
    return rw;
  }
}

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  /**
   * Workbook structure protection (Review > Protect Workbook; `Workbook.protection`, ExcelApi
   * 1.7): while on, Excel refuses to add, delete, rename or move worksheets.
   */
  structureProtected = false;
  /**
   * Custom functions calculate asynchronously: until they return, Excel shows `#BUSY!` in their
   * cells. While this is above 0, a read of a `SOP.*` formula cell's value gives "#BUSY!"; each
   * sync counts it down by one (set it after a write to model calculation still running).
   */
  customFunctionsPendingSyncs = 0;
  readonly names = new Map<string, { name: string; formula: string; comment: string }>();
  /** Interned cell formats; index 0 is the default (locked, no formatting). */
  readonly formats: CellFormat[] = [{ locked: true }];
  /** Sync numbers (1-based) during which calculation was suspended. */
  readonly calculationSuspendedSyncs: number[] = [];
  private readonly formatIndex = new Map<string, number>([[JSON.stringify({ locked: true }), 0]]);
  private readonly patchCache = new Map<string, number>();
  private nextId = 1;
  private readonly valueOfFormula: (sheet: string, row: number, col: number, formula: string) => DoubleCellValue;

  constructor(formulaValue?: (sheet: string, row: number, col: number, formula: string) => DoubleCellValue) {
    this.valueOfFormula = formulaValue ?? (() => "");
  }

  sheet(name: string): SheetState {
    const s = this.findSheet(name);
    if (!s) throw new Error(`No sheet named "${name}" in the double (sheets: ${this.sheetNames().join(", ")}).`);
    return s;
  }

  findSheet(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Adds a sheet directly (test setup, as a user would), bypassing syncs. */
  addSheet(name: string): SheetState {
    if (this.findSheet(name)) throw new Error(`Sheet "${name}" exists.`);
    const s = new SheetState(this, this.nextId++, name);
    this.sheets.push(s);
    return s;
  }

  /** Types a value into a cell as a user would (respects protection of locked cells). */
  typeValue(sheet: string, address: string, value: DoubleCellValue): void {
    const s = this.sheet(sheet);
    const r = parseRect(address);
    assertContentEditable(this, s, r);
    writeEntered(s, r.r0, r.c0, value);
  }

  /** Protects a sheet as a user would (Review > Protect Sheet), optionally with a password. */
  protectSheet(sheet: string, password: string | null = null): void {
    const s = this.sheet(sheet);
    s.protection = { protected: true, password, options: null };
  }

  // User edits, applied directly to the state (no batching, no sync), as a user does them in
  // Excel's grid. Each respects sheet protection as Excel does.

  /** Types a formula into a cell ("=C12*1.1"), as a user would. */
  typeFormula(sheet: string, address: string, formula: string): void {
    if (!formula.startsWith("=")) throw new Error(`A formula starts with "=": ${formula}`);
    this.typeValue(sheet, address, formula);
  }

  /** Clears the contents of cells (the Delete key), keeping their format. */
  clearCells(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    const rect = parseRect(address);
    assertContentEditable(this, s, rect, "clear");
    forEachCell(s, rect, (r, c) => {
      const rw = s.rows[r];
      if (!rw) return;
      rw.f[c] = undefined;
      rw.v[c] = "";
      rw.p[c] = undefined;
    });
  }

  /** Insert > Insert Cells, shifting cells "Down" or "Right"; whole rows "5:6" or columns "C:C" insert rows or columns. */
  insertCells(sheet: string, address: string, shift: "Down" | "Right"): void {
    applyShift(this, this.sheet(sheet), parseRect(address), shift, true);
  }

  /** Delete > Delete Cells, shifting cells "Up" or "Left"; whole rows or columns delete them. */
  deleteCells(sheet: string, address: string, shift: "Up" | "Left"): void {
    applyShift(this, this.sheet(sheet), parseRect(address), shift, false);
  }

  /** Inserts `count` whole rows above the 1-based row `row` (right-click a row header > Insert). */
  insertRows(sheet: string, row: number, count = 1): void {
    this.insertCells(sheet, `${row}:${row + count - 1}`, "Down");
  }

  /** Deletes `count` whole rows from the 1-based row `row`. */
  deleteRows(sheet: string, row: number, count = 1): void {
    this.deleteCells(sheet, `${row}:${row + count - 1}`, "Up");
  }

  /** Inserts `count` whole columns before column `col` ("C"). */
  insertColumns(sheet: string, col: string, count = 1): void {
    this.insertCells(sheet, `${col}:${indexToCol(colToIndex(col) + count - 1)}`, "Right");
  }

  /** Deletes `count` whole columns from column `col`. */
  deleteColumns(sheet: string, col: string, count = 1): void {
    this.deleteCells(sheet, `${col}:${indexToCol(colToIndex(col) + count - 1)}`, "Left");
  }

  /** Renames a sheet (double-click its tab); references to it follow. */
  renameSheet(from: string, to: string): void {
    renameSheetIn(this, this.sheet(from), to, "rename");
  }

  /** Deletes a sheet (right-click its tab > Delete); references to it become #REF!. */
  deleteSheet(name: string): void {
    deleteSheetIn(this, this.sheet(name), "delete");
  }

  /** Data > Sort of `address` by one column of it (a column letter), ascending unless told. */
  sortRange(sheet: string, address: string, byColumn: string, ascending = true): void {
    const rect = parseRect(address);
    sortRows(this, this.sheet(sheet), rect, [{ key: colToIndex(byColumn) - rect.c0, ascending }], false, "sort");
  }

  formulaValue(sheet: string, row: number, col: number, formula: string): DoubleCellValue {
    return this.valueOfFormula(sheet, row, col, formula);
  }

  /** @internal */
  createSheet(name: string): SheetState {
    return this.addSheet(name);
  }

  /** @internal Returns the id of `base` with `patch` applied. */
  patchFormat(base: number, patch: Partial<CellFormat>, patchKey: string): number {
    const key = `${base}|${patchKey}`;
    const hit = this.patchCache.get(key);
    if (hit !== undefined) return hit;
    const merged: any = { ...this.formats[base], ...patch };
    for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
    const mk = JSON.stringify(Object.keys(merged).sort().map((k) => [k, merged[k]]));
    let id = this.formatIndex.get(mk);
    if (id === undefined) {
      id = this.formats.length;
      this.formats.push(merged as CellFormat);
      this.formatIndex.set(mk, id);
    }
    this.patchCache.set(key, id);
    return id;
  }
}

// ---------------------------------------------------------------------------------------------
// Excel's treatment of entered content

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** What Excel turns a typed string into (a subset: numbers, percents, booleans, ISO and US dates). */
export function coerceTyped(text: string): { kind: "number" | "boolean" | "text"; value: DoubleCellValue } {
  const t = text.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d*)?([eE][+-]?\d+)?$/.test(t) || /^[+-]?\.\d+([eE][+-]?\d+)?$/.test(t)) {
    return { kind: "number", value: Number(t.replace(/,/g, "")) };
  }
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return { kind: "number", value: Number(t.slice(0, -1)) / 100 };
  if (/^\$\d+(\.\d+)?$/.test(t)) return { kind: "number", value: Number(t.slice(1)) };
  if (/^(true|false)$/i.test(t)) return { kind: "boolean", value: t.toLowerCase() === "true" };
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(t);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { kind: "number", value: dateSerial(+m[1], +m[2], m[3] ? +m[3] : 1) };
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && +m[1] >= 1 && +m[1] <= 12) return { kind: "number", value: dateSerial(+m[3], +m[1], +m[2]) };
  m = /^([A-Za-z]{3})[a-z]*[- ](\d{2,4})$/.exec(t);
  if (m && MONTHS[m[1].toLowerCase()]) {
    const y = m[2].length === 2 ? 2000 + +m[2] : +m[2];
    return { kind: "number", value: dateSerial(y, MONTHS[m[1].toLowerCase()], 1) };
  }
  return { kind: "text", value: text };
}

function writeEntered(s: SheetState, r: number, c: number, entered: any): void {
  const rw = s.row(r);
  rw.f[c] = undefined;
  rw.p[c] = undefined;
  if (entered === null || entered === undefined) return; // null leaves the cell unchanged in Excel
  rw.v[c] = "";
  if (typeof entered === "number") {
    if (!Number.isFinite(entered)) fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "Range.formulas");
    rw.v[c] = entered;
    return;
  }
  if (typeof entered === "boolean") {
    rw.v[c] = entered;
    return;
  }
  if (typeof entered !== "string") fail("InvalidArgument", `Unsupported cell value ${JSON.stringify(entered)}.`, "Range.formulas");
  if (entered === "") return;
  if ((rw.nf[c] ?? "General") === "@") {
    rw.v[c] = entered;
    return;
  }
  if (entered.startsWith("'")) {
    rw.v[c] = entered.slice(1);
    rw.p[c] = true;
    return;
  }
  if (entered.startsWith("=")) {
    if (entered.length > 8192) fail("FormulaLengthExceedsLimit", "The formula is too long.", "Range.formulas");
    rw.f[c] = entered;
    return;
  }
  const typed = coerceTyped(entered);
  if (typed.kind !== "text") {
    rw.v[c] = typed.value;
    return;
  }
  if (/^[+\-@]/.test(entered)) {
    // Excel reads "+x", "-x" and "@x" as formulas.
    rw.f[c] = entered.startsWith("=") ? entered : `=${entered.startsWith("@") ? entered.slice(1) : entered}`;
    return;
  }
  rw.v[c] = entered;
}

function forEachCell(s: SheetState, rect: Rect, fn: (r: number, c: number) => void): void {
  if (rectCells(rect) <= DENSE_LIMIT) {
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) fn(r, c);
    return;
  }
  const last = Math.min(rect.r1, s.rows.length - 1);
  for (let r = rect.r0; r <= last; r++) {
    const rw = s.rows[r];
    if (!rw) continue;
    const width = Math.min(rect.c1 + 1, Math.max(rw.f.length, rw.v.length, rw.nf.length, rw.st.length));
    for (let c = rect.c0; c < width; c++) fn(r, c);
  }
}

function isLocked(wb: WorkbookState, s: SheetState, r: number, c: number): boolean {
  return wb.formats[s.rows[r]?.st[c] ?? 0].locked;
}

function assertContentEditable(wb: WorkbookState, s: SheetState, rect: Rect, location = "Range.formulas"): void {
  if (!s.protection.protected) return;
  forEachCell(s, rect, (r, c) => {
    if (isLocked(wb, s, r, c)) {
      fail("AccessDenied", `The cell you're trying to change is on protected sheet "${s.name}".`, location);
    }
  });
}

function assertUnprotected(s: SheetState, location: string): void {
  if (s.protection.protected) {
    fail("AccessDenied", `You can't make this change because sheet "${s.name}" is protected.`, location);
  }
}

// ---------------------------------------------------------------------------------------------
// Structural edits: inserting and deleting cells, renaming and deleting sheets, sorting
//
// Modelled on Excel's documented behaviour:
// - `Range.insert(shift)` "inserts a cell or a range of cells into the worksheet in place of this
//   range, and shifts the other cells to make space"; `Range.delete(shift)` "deletes the cells
//   associated with the range"; shift is `Excel.InsertShiftDirection` "Down" / "Right" and
//   `Excel.DeleteShiftDirection` "Up" / "Left" (ExcelApi 1.1;
//   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1),
//   https://learn.microsoft.com/javascript/api/excel/excel.insertshiftdirection,
//   https://learn.microsoft.com/javascript/api/excel/excel.deleteshiftdirection). A whole row
//   ("5:5", `getEntireRow()`) or column is inserted or deleted as a row or column.
// - References follow the cells they point at, as Excel adjusts them: a reference at or past the
//   insertion point moves by the inserted count, a range that straddles it grows; a reference to
//   deleted cells becomes #REF!, a range that loses some rows or columns shrinks. For cells (not
//   whole rows/columns) shifted down, only references lying within the shifted columns move (and
//   likewise for a shift right). This applies to A1 references in stored formulas, same-sheet and
//   cross-sheet, and to workbook names ("defined names move with their cells").
// - Inserted cells take the format of the cells above (or to the left), Excel's default
//   ("Format Same As Above").
// - A protected sheet refuses inserting and deleting cells; whole rows or columns only when
//   protected with `allowInsertRows` / `allowInsertColumns` / `allowDeleteRows` /
//   `allowDeleteColumns`, and deleting them only when none of their cells is locked
//   (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions).
// - `Worksheet.name` renames the sheet and every reference to it follows
//   (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member);
//   `Worksheet.delete()` "deletes the worksheet from the workbook", and references to it become
//   `#REF!` (`=Settings!B6` reads `=#REF!B6`, a name `=#REF!$B$6`).
// - `Range.sort.apply(fields)` sorts the rows of the range by `fields[i].key` (a column offset in
//   the range), numbers before text, blanks last in either order
//   (https://learn.microsoft.com/javascript/api/excel/excel.rangesort#excel-excel-range-sort-apply-member(1)).
//   Cells move as they are: references to the sorted cells do not follow (as in Excel), and
//   relative references inside moved formulas are not re-based (Excel's are; the layout has none
//   in input lists).

/** One structural change on `sheet`: rows (or columns) [at, at + |count|) inserted (count > 0) or deleted (count < 0). */
interface Shift {
  readonly sheet: SheetState;
  readonly axis: "row" | "col";
  readonly at: number;
  readonly count: number;
  /** The columns (for a row shift) or rows (for a column shift) that move; null for whole rows/columns. */
  readonly span: readonly [number, number] | null;
}

interface RefPart {
  col: number | null;
  colAbs: boolean;
  row: number | null;
  rowAbs: boolean;
}

function partText(p: RefPart): string {
  const col = p.col === null ? "" : `${p.colAbs ? "$" : ""}${indexToCol(p.col)}`;
  const row = p.row === null ? "" : `${p.rowAbs ? "$" : ""}${p.row + 1}`;
  return col + row;
}

function parsePart(text: string): RefPart {
  const m = /^(\$?)([A-Za-z]{0,3})(\$?)(\d*)$/.exec(text)!;
  return {
    col: m[2] === "" ? null : colToIndex(m[2]),
    colAbs: m[1] === "$" && m[2] !== "",
    row: m[4] === "" ? null : +m[4] - 1,
    rowAbs: m[2] === "" ? m[1] === "$" : m[3] === "$",
  };
}

/**
 * A reference token: optional sheet prefix ('It''s'!, Demand!), then a cell, a cell range, a
 * column range (B:D) or a row range (3:5), not followed by what makes it a name or a function.
 */
const REF_TOKEN =
  /(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![A-Za-z0-9_.(!])/y;

/**
 * Rewrites every A1 reference of `formula` (outside string literals) with `fn(sheet, parts)`:
 * `sheet` is the explicit sheet name or null; `fn` returns the new token text or undefined to keep it.
 */
export function rewriteReferences(formula: string, fn: (sheet: string | null, parts: RefPart[], prefix: string) => string | undefined): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      let j = end < 0 ? formula.length : end + 1;
      while (j < formula.length && formula[j] === '"') {
        const next = formula.indexOf('"', j + 1);
        j = next < 0 ? formula.length : next + 1;
      }
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : "";
    if (!/[A-Za-z0-9_.$!'#]/.test(prev)) {
      REF_TOKEN.lastIndex = i;
      const m = REF_TOKEN.exec(formula);
      if (m) {
        const prefix = m[1] === undefined ? "" : `${m[1]}!`;
        const sheet = m[1] === undefined ? null : m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
        const parts = m[2].split(":").map(parsePart);
        const replaced = fn(sheet, parts, prefix);
        out += replaced ?? m[0];
        i += m[0].length;
        continue;
      }
    }
    // Skip a whole identifier so that a reference is never found inside a name (SOP_Months1).
    if (/[A-Za-z0-9_.]/.test(ch)) {
      let j = i;
      while (j < formula.length && /[A-Za-z0-9_.]/.test(formula[j])) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** New index of `i` after the shift, or null when the cell was deleted. For range ends, `end` picks the side a deletion collapses to. */
function shiftIndex(i: number, at: number, count: number, end: "start" | "end" | "single"): number | null {
  if (count > 0) return i >= at ? i + count : i;
  const n = -count;
  if (i < at) return i;
  if (i >= at + n) return i - n;
  if (end === "single") return null;
  return end === "start" ? at : at - 1;
}

/** The reference `parts` after `shift`, or null for #REF!. */
function shiftParts(parts: RefPart[], shift: Shift): RefPart[] | null {
  const main: "row" | "col" = shift.axis;
  const other: "row" | "col" = main === "row" ? "col" : "row";
  const [a, b] = parts.length === 2 ? parts : [parts[0], parts[0]];
  // A column range (B:D) does not move with rows, a row range with columns.
  if (a[main] === null) return parts;
  if (shift.span !== null) {
    const lo = a[other];
    const hi = b[other];
    if (lo === null || hi === null || lo < shift.span[0] || hi > shift.span[1]) return parts;
  }
  const single = parts.length === 1;
  const s = shiftIndex(a[main] as number, shift.at, shift.count, single ? "single" : "start");
  const e = single ? s : shiftIndex(b[main] as number, shift.at, shift.count, "end");
  if (s === null || e === null || e < s) return null;
  const max = main === "row" ? MAX_ROWS : MAX_COLS;
  if (e >= max) return null;
  const na = { ...a, [main]: s };
  if (single) return [na];
  return [na, { ...b, [main]: e }];
}

/** Applies `edit` to every formula of the workbook (cells, names, conditional formats), with each formula's own sheet. */
function rewriteAllFormulas(state: WorkbookState, edit: (formula: string, home: SheetState | null) => string): void {
  for (const s of state.sheets) {
    for (const rw of s.rows) {
      if (!rw) continue;
      for (let c = 0; c < rw.f.length; c++) {
        const f = rw.f[c];
        if (f !== undefined) rw.f[c] = edit(f, s);
      }
    }
    for (const cf of s.conditionalFormats) {
      if (cf.formula === null) continue;
      const withEquals = cf.formula.startsWith("=");
      const edited = edit(withEquals ? cf.formula : `=${cf.formula}`, s);
      cf.formula = withEquals ? edited : edited.slice(1);
    }
  }
  for (const n of state.names.values()) n.formula = edit(n.formula, null);
}

/** Adjusts every reference to `shift.sheet` in the workbook. */
function adjustReferences(state: WorkbookState, shift: Shift): void {
  const target = shift.sheet.name.toLowerCase();
  rewriteAllFormulas(state, (formula, home) =>
    rewriteReferences(formula, (sheet, parts, prefix) => {
      const refersTo = sheet === null ? home?.name.toLowerCase() : sheet.toLowerCase();
      if (refersTo !== target) return undefined;
      const moved = shiftParts(parts, shift);
      if (moved === null) return `${prefix}#REF!`;
      return prefix + moved.map(partText).join(":");
    }),
  );
  const moveAddress = (address: string): string | null => {
    const rects = address
      .split(",")
      .map((a) => shiftParts(rectParts(parseRect(a)), shift))
      .filter((p): p is RefPart[] => p !== null)
      .map((p) => p.map(partText).join(":"));
    return rects.length === 0 ? null : rects.join(",");
  };
  const s = shift.sheet;
  s.validations = s.validations.flatMap((v) => {
    const address = moveAddress(v.address);
    return address === null ? [] : [{ ...v, address }];
  });
  s.conditionalFormats = s.conditionalFormats.flatMap((cf) => {
    const address = moveAddress(cf.address);
    return address === null ? [] : [{ ...cf, address }];
  });
}

function rectParts(r: Rect): RefPart[] {
  const whole = (lo: number, hi: number, max: number): boolean => lo === 0 && hi === max - 1;
  if (whole(r.r0, r.r1, MAX_ROWS)) {
    return [
      { col: r.c0, colAbs: false, row: null, rowAbs: false },
      { col: r.c1, colAbs: false, row: null, rowAbs: false },
    ];
  }
  if (whole(r.c0, r.c1, MAX_COLS)) {
    return [
      { col: null, colAbs: false, row: r.r0, rowAbs: false },
      { col: null, colAbs: false, row: r.r1, rowAbs: false },
    ];
  }
  const tl = { col: r.c0, colAbs: false, row: r.r0, rowAbs: false };
  if (r.r0 === r.r1 && r.c0 === r.c1) return [tl];
  return [tl, { col: r.c1, colAbs: false, row: r.r1, rowAbs: false }];
}

const CELL_ARRAYS = ["f", "v", "p", "nf", "st"] as const;

/** Moves the stored cells of `s` for `shift` (content and format), taking the format from above/left for inserted cells. */
function moveCells(s: SheetState, shift: Shift): void {
  const { at, count, span } = shift;
  if (shift.axis === "row") {
    if (span === null) {
      if (at < s.rows.length) {
        if (count > 0) s.rows.splice(at, 0, ...new Array<Row | undefined>(count).fill(undefined));
        else s.rows.splice(at, -count);
      }
      shiftSizes(s.rowHeights, at, count);
    } else {
      const last = s.rows.length - 1;
      if (count > 0) {
        for (let r = last; r >= at; r--) for (let c = span[0]; c <= span[1]; c++) moveCell(s, r, c, r + count, c);
      } else {
        for (let r = at; r <= last; r++) for (let c = span[0]; c <= span[1]; c++) moveCell(s, r - count, c, r, c);
      }
    }
    if (count > 0 && at > 0) {
      const above = s.rows[at - 1];
      if (above) {
        for (let r = at; r < at + count; r++) {
          const rw = s.row(r);
          const [c0, c1] = span ?? [0, Math.max(above.nf.length, above.st.length) - 1];
          for (let c = c0; c <= c1; c++) {
            rw.nf[c] = above.nf[c];
            rw.st[c] = above.st[c];
          }
        }
      }
    }
    return;
  }
  for (let r = 0; r < s.rows.length; r++) {
    const rw = s.rows[r];
    if (!rw || (span !== null && (r < span[0] || r > span[1]))) continue;
    for (const k of CELL_ARRAYS) {
      const arr = rw[k] as unknown[];
      if (at >= arr.length) continue;
      if (count > 0) arr.splice(at, 0, ...new Array(count).fill(undefined));
      else arr.splice(at, -count);
    }
    if (count > 0 && at > 0) {
      for (let c = at; c < at + count; c++) {
        rw.nf[c] = rw.nf[at - 1];
        rw.st[c] = rw.st[at - 1];
      }
    }
  }
  if (span === null) shiftSizes(s.columnWidths, at, count);
}

/** Row heights or column widths after whole rows or columns were inserted or deleted. */
function shiftSizes(sizes: Map<number, number>, at: number, count: number): void {
  const moved = new Map<number, number>();
  for (const [i, size] of sizes) {
    const to = shiftIndex(i, at, count, "single");
    if (to !== null) moved.set(to, size);
  }
  sizes.clear();
  for (const [i, size] of moved) sizes.set(i, size);
}

function moveCell(s: SheetState, fromR: number, fromC: number, toR: number, toC: number): void {
  const src = s.rows[fromR];
  if (!src && !s.rows[toR]) return;
  const dst = s.row(toR);
  for (const k of CELL_ARRAYS) (dst[k] as unknown[])[toC] = src ? (src[k] as unknown[])[fromC] : undefined;
  if (src) for (const k of CELL_ARRAYS) (src[k] as unknown[])[fromC] = undefined;
}

function isWholeRows(r: Rect): boolean {
  return r.c0 === 0 && r.c1 === MAX_COLS - 1;
}
function isWholeColumns(r: Rect): boolean {
  return r.r0 === 0 && r.r1 === MAX_ROWS - 1;
}

/** The shift `Range.insert(direction)` / `Range.delete(direction)` of `rect` makes. */
function shiftOf(s: SheetState, rect: Rect, direction: string, insert: boolean): Shift {
  const d = String(direction ?? "").toLowerCase();
  const down = insert ? "down" : "up";
  const right = insert ? "right" : "left";
  if (d !== down && d !== right) {
    fail("InvalidArgument", `Invalid shift direction "${direction}" for Range.${insert ? "insert" : "delete"}.`, `Range.${insert ? "insert" : "delete"}`);
  }
  const rows = d === down;
  const n = rows ? rect.r1 - rect.r0 + 1 : rect.c1 - rect.c0 + 1;
  const whole = rows ? isWholeRows(rect) : isWholeColumns(rect);
  return {
    sheet: s,
    axis: rows ? "row" : "col",
    at: rows ? rect.r0 : rect.c0,
    count: insert ? n : -n,
    span: whole ? null : rows ? [rect.c0, rect.c1] : [rect.r0, rect.r1],
  };
}

/** Refuses the shift on a protected sheet as Excel does. */
function assertShiftAllowed(wb: WorkbookState, shift: Shift, location: string): void {
  const s = shift.sheet;
  if (!s.protection.protected) return;
  const o = s.protection.options ?? {};
  const allowed =
    shift.span === null &&
    (shift.axis === "row"
      ? shift.count > 0
        ? o.allowInsertRows === true
        : o.allowDeleteRows === true
      : shift.count > 0
        ? o.allowInsertColumns === true
        : o.allowDeleteColumns === true);
  if (!allowed) fail("AccessDenied", `You can't insert or delete cells because sheet "${s.name}" is protected.`, location);
  if (shift.count < 0) {
    const n = -shift.count;
    const rect = shift.axis === "row" ? { r0: shift.at, r1: shift.at + n - 1, c0: 0, c1: MAX_COLS - 1 } : { r0: 0, r1: MAX_ROWS - 1, c0: shift.at, c1: shift.at + n - 1 };
    assertContentEditable(wb, s, rect, location);
  }
}

/** Inserts (or deletes) the cells of `rect` on `s`, shifting the others and adjusting every reference. */
export function applyShift(wb: WorkbookState, s: SheetState, rect: Rect, direction: string, insert: boolean): void {
  const location = insert ? "Range.insert" : "Range.delete";
  const shift = shiftOf(s, rect, direction, insert);
  assertShiftAllowed(wb, shift, location);
  if (insert) {
    const used = s.usedRect(false);
    const limit = shift.axis === "row" ? MAX_ROWS : MAX_COLS;
    const end = used === null ? -1 : shift.axis === "row" ? used.r1 : used.c1;
    if (end + shift.count >= limit) fail("InvalidOperation", "Excel can't insert cells: it would push non-empty cells off the end of the worksheet.", location);
  }
  moveCells(s, shift);
  adjustReferences(wb, shift);
}

/** Renames a sheet; every reference to it (formulas, names) follows. */
export function renameSheetIn(wb: WorkbookState, s: SheetState, name: string, location = "Worksheet.name"): void {
  const other = wb.findSheet(name);
  if (other && other !== s) fail("ItemAlreadyExists", `A worksheet named "${name}" already exists.`, location);
  if (name.trim() === "" || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    fail("InvalidArgument", `Invalid sheet name "${name}".`, location);
  }
  const old = s.name.toLowerCase();
  rewriteAllFormulas(wb, (formula) =>
    rewriteReferences(formula, (sheet, parts) => (sheet !== null && sheet.toLowerCase() === old ? `${quoteSheet(name)}!${parts.map(partText).join(":")}` : undefined)),
  );
  for (const s2 of wb.sheets) {
    for (const ch of s2.charts) {
      const { sheet, local } = splitSheet(ch.source);
      if (sheet !== null && sheet.toLowerCase() === old) (ch as { source: string }).source = `${quoteSheet(name)}!${local}`;
    }
  }
  s.name = name;
}

/** Deletes a sheet; references to it become #REF! (`=#REF!B6`). */
export function deleteSheetIn(wb: WorkbookState, s: SheetState, location = "Worksheet.delete"): void {
  if (wb.sheets.length === 1) fail("InvalidOperation", "A workbook must contain at least one visible worksheet.", location);
  const old = s.name.toLowerCase();
  wb.sheets.splice(wb.sheets.indexOf(s), 1);
  rewriteAllFormulas(wb, (formula) =>
    rewriteReferences(formula, (sheet, parts) => (sheet !== null && sheet.toLowerCase() === old ? `#REF!${parts.map(partText).join(":")}` : undefined)),
  );
}

/** Sort order of a cell value: numbers, then text (case-insensitive), then booleans; blanks always last. */
function compareForSort(a: DoubleCellValue, b: DoubleCellValue, ascending: boolean): number {
  const blank = (v: DoubleCellValue): boolean => v === "" || v === null;
  if (blank(a) || blank(b)) return blank(a) === blank(b) ? 0 : blank(a) ? 1 : -1;
  const rank = (v: DoubleCellValue): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  let d = rank(a) - rank(b);
  if (d === 0) {
    if (typeof a === "number" && typeof b === "number") d = a - b;
    else d = String(a).toLowerCase().localeCompare(String(b).toLowerCase());
  }
  return ascending ? d : -d;
}

/** Sorts the rows of `rect` by the given column offsets (stable). */
export function sortRows(wb: WorkbookState, s: SheetState, rect: Rect, fields: ReadonlyArray<{ key: number; ascending?: boolean }>, hasHeaders = false, location = "RangeSort.apply"): void {
  assertContentEditable(wb, s, rect, location);
  const r0 = rect.r0 + (hasHeaders ? 1 : 0);
  const width = rect.c1 - rect.c0 + 1;
  for (const f of fields) if (!Number.isInteger(f.key) || f.key < 0 || f.key >= width) fail("InvalidArgument", `Sort key ${f.key} is outside the range.`, location);
  const last = Math.min(rect.r1, s.rows.length - 1);
  const rows: { cells: Record<(typeof CELL_ARRAYS)[number], unknown[]>; keys: DoubleCellValue[] }[] = [];
  for (let r = r0; r <= last; r++) {
    const rw = s.rows[r];
    const cells = Object.fromEntries(CELL_ARRAYS.map((k) => [k, Array.from({ length: width }, (_, i) => rw?.[k][rect.c0 + i])])) as Record<(typeof CELL_ARRAYS)[number], unknown[]>;
    rows.push({ cells, keys: fields.map((f) => s.cellAt(r, rect.c0 + f.key).value) });
  }
  const sorted = rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => {
      for (let k = 0; k < fields.length; k++) {
        const d = compareForSort(x.row.keys[k], y.row.keys[k], fields[k].ascending !== false);
        if (d !== 0) return d;
      }
      return x.i - y.i;
    });
  sorted.forEach(({ row }, i) => {
    const rw = s.row(r0 + i);
    for (const k of CELL_ARRAYS) for (let c = 0; c < width; c++) (rw[k] as unknown[])[rect.c0 + c] = row.cells[k][c];
  });
}

// ---------------------------------------------------------------------------------------------
// The request context and proxies

interface Op {
  /** What goes on the wire (measured). */
  readonly wire: { p: string; k: string; a?: unknown };
  readonly run: () => void;
  /** Set for load operations: computes the loaded values, committed when the sync succeeds. */
  readonly load?: () => LoadEntry[];
}

interface LoadEntry {
  readonly target: ProxyBase;
  readonly values: Map<string, unknown>;
  /** Overrides the default commit (copying `values` into the proxy). */
  readonly commit?: () => void;
}

export interface SyncRecord {
  /** 1-based number of the sync over the double's life. */
  readonly sync: number;
  /** JSON length of the queued operations (the request). */
  readonly bytes: number;
  readonly operations: number;
  /** JSON length of the loaded values (the response). */
  responseBytes: number;
  /** Set when the sync was rejected. */
  error?: string;
  /** "Sheet!A1:B2" of every `Range.values` / `Range.formulas` assignment the sync applied. */
  readonly contentWrites: string[];
}

export class DoubleStats {
  readonly requests: SyncRecord[] = [];
  get syncs(): number {
    return this.requests.length;
  }
  get largestRequestBytes(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.bytes), 0);
  }
  get totalRequestBytes(): number {
    return this.requests.reduce((m, r) => m + r.bytes, 0);
  }
  get largestResponseBytes(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.responseBytes), 0);
  }
  /** Forgets the recorded syncs (e.g. after test setup). */
  reset(): void {
    this.requests.length = 0;
  }
}

export interface SyncFailure {
  /** Error code, e.g. "GeneralException", "RequestPayloadSizeLimitExceeded", "AccessDenied". */
  readonly code?: string;
  readonly message?: string;
  /** How many of the batch's operations run before the failure (default: half of them). */
  readonly afterOperations?: number;
}

interface Engine {
  readonly state: WorkbookState;
  readonly stats: DoubleStats;
  readonly failures: Map<number, SyncFailure>;
  syncCounter: number;
  readonly limit: number;
  /** The separator `getRanges` accepts between areas (undefined: either). */
  readonly listSeparator?: "," | ";";
  /** The sync being applied (content writes are recorded on it). */
  current?: SyncRecord;
}

export class DoubleRequestContext {
  readonly workbook: DoubleWorkbook;
  /** @internal */ readonly engine: Engine;
  /** @internal */ queue: Op[] = [];
  /** @internal */ nullables: ProxyBase[] = [];
  /** @internal */ suspendCalc = false;
  /**
   * @internal A proxy was created since the last sync. In Office.js every client object built
   * outside result processing (the workbook when the context is made, `getItem`, `getRange`,
   * a navigation property read the first time) adds an Instantiate action to the pending
   * request (`ClientObject`'s constructor calls `ActionFactory.createInstantiateAction` unless
   * `context._processingResult`), so a sync after them sends a request.
   */
  instantiated = false;
  /** @internal True while a sync applies its request (objects made then are results, not actions). */
  processing = false;

  constructor(engine: Engine) {
    this.engine = engine;
    this.workbook = new DoubleWorkbook(this);
  }

  /** @internal */
  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /**
   * As Office.js: a sync whose request holds no action sends nothing, so it is no round trip and
   * is not counted. The Excel web client decides it in `ClientRequestContext.prototype.syncPrivate`
   * (node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js): `if (!req.hasActions)`
   * it only processes pending event handlers, where `ClientRequestBase.hasActions` is
   * `m_actions.length > 0`. Actions are the queued operations and loads (a null-object check
   * and a calculation suspension are among them) and the Instantiate action of every object
   * created since the last sync (`instantiated`); the first sync of a context always sends one,
   * for the workbook. test/doubles/excel.test.ts compares the counts with that library.
   */
  async sync(): Promise<void> {
    if (this.queue.length === 0 && !this.instantiated) {
      await Promise.resolve();
      return;
    }
    this.instantiated = false;
    this.processing = true;
    try {
      await this.send();
    } finally {
      this.processing = false;
    }
  }

  private async send(): Promise<void> {
    const engine = this.engine;
    const ops = this.queue;
    this.queue = [];
    const nullables = this.nullables;
    this.nullables = [];
    const suspend = this.suspendCalc;
    this.suspendCalc = false;
    const n = ++engine.syncCounter;
    const bytes = requestBytes(ops);
    const record: SyncRecord = { sync: n, bytes, operations: ops.length, responseBytes: 0, contentWrites: [] };
    engine.stats.requests.push(record);
    engine.current = record;
    await Promise.resolve();
    const reject = (e: DoubleExcelError): never => {
      record.error = `${e.code}: ${e.message}`;
      throw e;
    };
    if (bytes > engine.limit) {
      reject(new DoubleExcelError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.", ""));
    }
    if (suspend) engine.state.calculationSuspendedSyncs.push(n);
    const injected = engine.failures.get(n);
    const runCount = injected ? Math.min(ops.length, injected.afterOperations ?? Math.floor(ops.length / 2)) : ops.length;
    const loaded: LoadEntry[] = [];
    for (let i = 0; i < runCount; i++) {
      const op = ops[i];
      try {
        if (op.load) loaded.push(...op.load());
        else op.run();
      } catch (e) {
        if (e instanceof DoubleExcelError) reject(e);
        throw e;
      }
    }
    if (injected) {
      engine.failures.delete(n);
      reject(new DoubleExcelError(injected.code ?? "GeneralException", injected.message ?? "An internal error has occurred.", "injected"));
    }
    if (engine.state.customFunctionsPendingSyncs > 0) engine.state.customFunctionsPendingSyncs--;
    let response = 0;
    for (const l of loaded) response += jsonLength(Array.from(l.values.entries()));
    record.responseBytes = response;
    if (response > engine.limit) {
      reject(new DoubleExcelError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", ""));
    }
    for (const l of loaded) {
      if (l.commit) l.commit();
      else for (const [k, v] of l.values) l.target.loaded.set(k, v);
    }
    for (const p of nullables) p.nullKnown = p.resolveTarget() === null;
  }
}

function jsonLength(v: unknown): number {
  return JSON.stringify(v)?.length ?? 0;
}

/**
 * The request as Office.js sends it: each object path once (a path is a chain of segments such
 * as `worksheets`, `getItem("Demand")`, `getRange("A1:B2")`), then one action per operation
 * with its arguments.
 */
function requestBytes(ops: Op[]): number {
  if (ops.length === 0) return 0;
  const seen = new Set<string>();
  let n = 2;
  for (const op of ops) {
    let prefix = "";
    for (const seg of pathSegments(op.wire.p)) {
      prefix = prefix === "" ? seg : `${prefix}.${seg}`;
      if (seen.has(prefix)) continue;
      seen.add(prefix);
      n += seg.length + 24;
    }
    n += jsonLength({ k: op.wire.k, a: op.wire.a }) + 24;
  }
  return n;
}

/** Splits `a.b("x.y").c` at the dots outside quotes and parentheses. */
function pathSegments(path: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (quoted) {
      if (ch === "\\") i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "." && depth === 0) {
      out.push(path.slice(start, i));
      start = i + 1;
    }
  }
  out.push(path.slice(start));
  return out;
}

type Resolver = () => any;

abstract class ProxyBase {
  /** @internal */ readonly ctx: DoubleRequestContext;
  /** @internal */ readonly path: string;
  /** @internal */ readonly resolver: Resolver;
  /** @internal */ readonly loaded = new Map<string, unknown>();
  /** @internal */ nullKnown: boolean | undefined;
  /** @internal */ readonly nullable: boolean;
  protected abstract readonly typeName: string;

  constructor(ctx: DoubleRequestContext, path: string, resolver: Resolver, nullable = false) {
    this.ctx = ctx;
    this.path = path;
    this.resolver = resolver;
    this.nullable = nullable;
    if (nullable) ctx.nullables.push(this);
    if (!ctx.processing) ctx.instantiated = true;
  }

  private readonly children = new Map<string, ProxyBase>();
  /** A navigation property's object: made on the first read, the same one after (as Office.js caches it). */
  protected once<T extends ProxyBase>(prop: string, make: () => T): T {
    let c = this.children.get(prop);
    if (!c) {
      c = make();
      this.children.set(prop, c);
    }
    return c as T;
  }

  get context(): DoubleRequestContext {
    return this.ctx;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) {
      if (!this.nullable) return false;
      fail("PropertyNotLoaded", "The property 'isNullObject' is not available. Call context.sync() before reading it.", `${this.typeName}.isNullObject`);
    }
    return this.nullKnown;
  }

  /** @internal The stored object this proxy stands for; null for a missing *OrNullObject item. */
  resolveTarget(): any {
    return this.resolver();
  }

  /**
   * @internal The target as seen by an object reached from this one (a property or a method's
   * result). Excel runs a request's statements against the objects they name; a statement on an
   * object reached through a null object (a `*OrNullObject` result that does not exist) has
   * nothing to act on and fails the request with ItemNotFound. Only `isNullObject` and the null
   * object's own `load` are safe, so code checks existence (a sync) before navigating further.
   */
  via(location: string): any {
    const t = this.resolver();
    if (t === null && this.nullable) {
      fail("ItemNotFound", `The requested resource doesn't exist (${location} reached through a null object).`, location);
    }
    return t;
  }

  /** @internal The target, failing for null objects. */
  target(location: string): any {
    const t = this.resolver();
    if (t === null) fail("ItemNotFound", "The requested resource doesn't exist.", location);
    return t;
  }

  /** @internal */
  get(prop: string): any {
    if (!this.loaded.has(prop)) {
      fail("PropertyNotLoaded", `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`, `${this.typeName}.${prop}`);
    }
    return this.loaded.get(prop);
  }

  /** @internal */
  set(prop: string, value: unknown, apply: (t: any) => void): void {
    this.ctx.enqueue({ wire: { p: this.path, k: `set ${prop}`, a: value }, run: () => apply(this.target(`${this.typeName}.${prop}`)) });
  }

  /** @internal */
  call(name: string, args: unknown[], apply: (t: any) => void): void {
    this.ctx.enqueue({ wire: { p: this.path, k: name, a: args }, run: () => apply(this.target(`${this.typeName}.${name}`)) });
  }

  /** Loaded scalar properties and navigation children; subclasses list theirs. */
  protected scalar(_prop: string, _t: any): unknown {
    return fail("InvalidArgument", `Unknown property '${_prop}'.`, `${this.typeName}.load`);
  }
  protected child(_prop: string): ProxyBase | undefined {
    return undefined;
  }
  protected defaultProps(): string[] {
    return [];
  }
  /** @internal */
  scalarOf(prop: string, t: any): unknown {
    return this.scalar(prop, t);
  }
  /** @internal */
  childProxy(prop: string): ProxyBase | undefined {
    return this.child(prop);
  }

  load(props?: string | string[] | { select?: string }): this {
    let list: string[];
    if (props === undefined) list = this.defaultProps();
    else if (typeof props === "string") list = props.split(",");
    else if (Array.isArray(props)) list = props;
    else list = (props.select ?? "").split(",");
    const own: string[] = [];
    const itemPaths: string[] = [];
    for (const raw of list.map((p) => p.trim()).filter((p) => p.length > 0)) {
      const slash = raw.indexOf("/");
      if (slash < 0) {
        own.push(raw);
        continue;
      }
      const head = raw.slice(0, slash);
      const rest = raw.slice(slash + 1);
      if (head === "items") {
        itemPaths.push(rest);
        continue;
      }
      const kid = this.child(head);
      if (!kid) fail("InvalidArgument", `Unknown navigation property '${head}'.`, `${this.typeName}.load`);
      kid.load(rest);
    }
    if (own.includes("items")) {
      own.splice(own.indexOf("items"), 1);
      itemPaths.push("name");
    }
    if (itemPaths.length > 0) {
      if (!(this instanceof Collection)) fail("InvalidArgument", "Only collections have items.", `${this.typeName}.load`);
      this.loadItems(itemPaths);
    }
    if (own.length > 0) {
      this.ctx.enqueue({
        wire: { p: this.path, k: "load", a: own },
        run: () => undefined,
        load: () => {
          const t = this.resolver();
          const values = new Map<string, unknown>();
          for (const p of own) values.set(p, t === null ? null : this.scalar(p, t));
          return [{ target: this, values }];
        },
      });
    }
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

abstract class Collection<T extends ProxyBase> extends ProxyBase {
  /** @internal */ protected abstract itemsNow(t: any): T[];
  /** @internal Loads `items` and, for each item, the given paths ("name", "protection/protected"). */
  loadItems(paths: string[]): void {
    this.ctx.enqueue({
      wire: { p: this.path, k: "load", a: paths.map((x) => `items/${x}`) },
      run: () => undefined,
      load: () => {
        const t = this.resolveTarget();
        const items = t === null ? [] : this.itemsNow(t);
        const entries: LoadEntry[] = [{ target: this, values: new Map<string, unknown>([["items", items.map((it) => it.path)]]), commit: () => this.loaded.set("items", items) }];
        for (const it of items) {
          for (const path of paths) {
            const parts = path.split("/");
            let node: ProxyBase = it;
            for (const nav of parts.slice(0, -1)) {
              const kid = node.childProxy(nav);
              if (!kid) fail("InvalidArgument", `Unknown navigation property '${nav}'.`, `${this.typeName}.load`);
              node = kid;
            }
            const prop = parts[parts.length - 1];
            const target = node.resolveTarget();
            entries.push({ target: node, values: new Map([[prop, target === null ? null : node.scalarOf(prop, target)]]) });
          }
        }
        return entries;
      },
    });
  }
  get items(): T[] {
    return this.get("items") as T[];
  }
}

export class DoubleWorkbook extends ProxyBase {
  protected readonly typeName = "Workbook";
  readonly worksheets: DoubleWorksheetCollection;
  readonly names: DoubleNamedItemCollection;
  readonly application: DoubleApplication;
  readonly protection: DoubleWorkbookProtection;
  constructor(ctx: DoubleRequestContext) {
    super(ctx, "wb", () => ctx.engine.state);
    this.worksheets = new DoubleWorksheetCollection(ctx, "wb.worksheets", () => ctx.engine.state);
    this.names = new DoubleNamedItemCollection(ctx, "wb.names", () => ctx.engine.state);
    this.application = new DoubleApplication(ctx, "wb.application", () => ctx.engine.state);
    this.protection = new DoubleWorkbookProtection(ctx, "wb.protection", () => ctx.engine.state);
  }
}

/** `Workbook.protection` (ExcelApi 1.7): `protected`, `protect(password?)`, `unprotect(password?)`. */
export class DoubleWorkbookProtection extends ProxyBase {
  protected readonly typeName = "WorkbookProtection";
  protected override scalar(prop: string, t: WorkbookState): unknown {
    if (prop === "protected") return t.structureProtected;
    return super.scalar(prop, t);
  }
  protected override defaultProps(): string[] {
    return ["protected"];
  }
  get protected(): boolean {
    return this.get("protected") as boolean;
  }
  protect(): void {
    this.call("protect", [], (t: WorkbookState) => {
      t.structureProtected = true;
    });
  }
  unprotect(): void {
    this.call("unprotect", [], (t: WorkbookState) => {
      t.structureProtected = false;
    });
  }
}

/** Excel refuses structural changes while the workbook's structure is protected. */
function assertStructureEditable(state: WorkbookState, location: string): void {
  if (state.structureProtected) fail("AccessDenied", "The workbook's structure is protected.", location);
}

export class DoubleApplication extends ProxyBase {
  protected readonly typeName = "Application";
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.suspendCalc = true;
    this.call("suspendApiCalculationUntilNextSync", [], () => undefined);
  }
}

export class DoubleWorksheetCollection extends Collection<DoubleWorksheet> {
  protected readonly typeName = "WorksheetCollection";
  protected itemsNow(t: WorkbookState): DoubleWorksheet[] {
    return t.sheets.map((s) => this.byId(s.id, s.name));
  }
  private byId(id: number, name: string): DoubleWorksheet {
    const state = this.ctx.engine.state;
    return new DoubleWorksheet(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
      const s = state.sheets.find((x) => x.id === id);
      if (!s) fail("ItemNotFound", `The worksheet was deleted.`, "Worksheet");
      return s;
    });
  }
  getItem(name: string): DoubleWorksheet {
    const state = this.ctx.engine.state;
    return new DoubleWorksheet(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
      const s = state.findSheet(name);
      if (!s) fail("ItemNotFound", `The requested resource doesn't exist: worksheet "${name}".`, "WorksheetCollection.getItem");
      return s;
    });
  }
  getItemOrNullObject(name: string): DoubleWorksheet {
    const state = this.ctx.engine.state;
    return new DoubleWorksheet(this.ctx, `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, () => state.findSheet(name) ?? null, true);
  }
  add(name?: string): DoubleWorksheet {
    const state = this.ctx.engine.state;
    let created: SheetState | null = null;
    const sheetName = name ?? `Sheet${state.sheets.length + 1}`;
    this.ctx.enqueue({
      wire: { p: this.path, k: "add", a: [sheetName] },
      run: () => {
        assertStructureEditable(state, "WorksheetCollection.add");
        if (state.findSheet(sheetName)) fail("ItemAlreadyExists", `A worksheet named "${sheetName}" already exists.`, "WorksheetCollection.add");
        if (sheetName.length > 31 || /[\\/?*[\]:]/.test(sheetName)) fail("InvalidArgument", `Invalid sheet name "${sheetName}".`, "WorksheetCollection.add");
        created = state.createSheet(sheetName);
      },
    });
    return new DoubleWorksheet(this.ctx, `${this.path}.add(${JSON.stringify(sheetName)})`, () => {
      if (!created) fail("ItemNotFound", "The worksheet was not created.", "WorksheetCollection.add");
      return created;
    });
  }
}

export class DoubleWorksheet extends ProxyBase {
  protected readonly typeName = "Worksheet";
  get protection(): DoubleWorksheetProtection {
    return this.once("protection", () =>
      new DoubleWorksheetProtection(this.ctx, `${this.path}.protection`, () => this.via("Worksheet.protection")),
    );
  }
  get freezePanes(): DoubleFreezePanes {
    return this.once("freezePanes", () =>
      new DoubleFreezePanes(this.ctx, `${this.path}.freezePanes`, () => this.via("Worksheet.freezePanes")),
    );
  }
  get charts(): DoubleChartCollection {
    return this.once("charts", () =>
      new DoubleChartCollection(this.ctx, `${this.path}.charts`, () => this.via("Worksheet.charts")),
    );
  }
  get pageLayout(): DoublePageLayout {
    return this.once("pageLayout", () =>
      new DoublePageLayout(this.ctx, `${this.path}.pageLayout`, () => this.via("Worksheet.pageLayout")),
    );
  }
  get horizontalPageBreaks(): DoublePageBreakCollection {
    return new DoublePageBreakCollection(this.ctx, `${this.path}.horizontalPageBreaks`, () => this.via("Worksheet.horizontalPageBreaks"));
  }
  protected override child(prop: string): ProxyBase | undefined {
    if (prop === "protection") return this.protection;
    if (prop === "charts") return this.charts;
    if (prop === "pageLayout") return this.pageLayout;
    return undefined;
  }
  protected override scalar(prop: string, t: SheetState): unknown {
    const state = this.ctx.engine.state;
    switch (prop) {
      case "name":
        return t.name;
      case "position":
        return state.sheets.indexOf(t);
      case "tabColor":
        return t.tabColor;
      case "id":
        return `{${t.id}}`;
      case "visibility":
        return "Visible";
      default:
        return super.scalar(prop, t);
    }
  }
  protected override defaultProps(): string[] {
    return ["name", "position", "tabColor", "id", "visibility"];
  }
  get name(): string {
    return this.get("name") as string;
  }
  set name(v: string) {
    this.set("name", v, (t: SheetState) => {
      assertStructureEditable(this.ctx.engine.state, "Worksheet.name");
      renameSheetIn(this.ctx.engine.state, t, v);
    });
  }
  get position(): number {
    return this.get("position") as number;
  }
  set position(v: number) {
    this.set("position", v, (t: SheetState) => {
      const sheets = this.ctx.engine.state.sheets;
      if (sheets.indexOf(t) !== Math.max(0, Math.min(v, sheets.length - 1))) assertStructureEditable(this.ctx.engine.state, "Worksheet.position");
      sheets.splice(sheets.indexOf(t), 1);
      sheets.splice(Math.max(0, Math.min(v, sheets.length)), 0, t);
    });
  }
  get tabColor(): string {
    return this.get("tabColor") as string;
  }
  set tabColor(v: string) {
    this.set("tabColor", v, (t: SheetState) => {
      // Worksheet.tabColor: "" for automatic, else a color "in the form #RRGGBB" (or an HTML color name).
      if (v !== "" && !/^#[0-9A-Fa-f]{6}$/.test(v) && !/^[A-Za-z]+$/.test(v)) {
        fail("InvalidArgument", `The tab color "${v}" is not in the form #RRGGBB.`, "Worksheet.tabColor");
      }
      t.tabColor = v;
    });
  }
  delete(): void {
    this.call("delete", [], (t: SheetState) => {
      assertStructureEditable(this.ctx.engine.state, "Worksheet.delete");
      deleteSheetIn(this.ctx.engine.state, t);
    });
  }
  activate(): void {
    this.call("activate", [], () => undefined);
  }
  getRange(address?: string): DoubleRange {
    const local = address === undefined ? null : splitSheet(address).local;
    const rect = local === null ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } : parseRect(local);
    return new DoubleRange(this.ctx, `${this.path}.getRange(${JSON.stringify(address ?? "")})`, () => {
      assertAddressLength(address, "Worksheet.getRange");
      const s = this.via("Worksheet.getRange");
      return s === null ? null : { sheet: s, rect };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): DoubleRange {
    return this.getRange(rectToA1({ r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 }));
  }
  getRanges(address?: string): DoubleRangeAreas {
    const rects =
      address === undefined
        ? [{ r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 }]
        : address
            .split(/[,;]/)
            .map((a) => a.trim())
            .filter((a) => a.length > 0)
            .map((a) => parseRect(splitSheet(a).local));
    const wanted = this.ctx.engine.listSeparator;
    return new DoubleRangeAreas(this.ctx, `${this.path}.getRanges(${JSON.stringify(address ?? "")})`, () => {
      assertAddressLength(address, "Worksheet.getRanges");
      const other = wanted === ";" ? "," : wanted === "," ? ";" : null;
      if (other !== null && address !== undefined && address.includes(other)) {
        fail("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "Worksheet.getRanges");
      }
      const s = this.via("Worksheet.getRanges");
      return s === null ? null : { sheet: s, rects };
    });
  }
  getUsedRange(valuesOnly?: boolean): DoubleRange {
    return this.usedRange(valuesOnly === true, false);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): DoubleRange {
    return this.usedRange(valuesOnly === true, true);
  }
  private usedRange(valuesOnly: boolean, nullable: boolean): DoubleRange {
    return new DoubleRange(
      this.ctx,
      `${this.path}.getUsedRange${nullable ? "OrNullObject" : ""}(${valuesOnly})`,
      () => {
        const s: SheetState | null = this.via("Worksheet.getUsedRange");
        if (s === null) return null;
        const rect = s.usedRect(valuesOnly) ?? (nullable ? null : { r0: 0, c0: 0, r1: 0, c1: 0 });
        return rect === null ? null : { sheet: s, rect };
      },
      nullable,
    );
  }
}

export class DoubleWorksheetProtection extends ProxyBase {
  protected readonly typeName = "WorksheetProtection";
  protected override scalar(prop: string, t: SheetState): unknown {
    if (prop === "protected") return t.protection.protected;
    if (prop === "options") return t.protection.options ?? {};
    return super.scalar(prop, t);
  }
  get protected(): boolean {
    return this.get("protected") as boolean;
  }
  protect(options?: any, password?: string): void {
    this.call("protect", [options ?? null, password ?? null], (t: SheetState) => {
      if (t.protection.protected) fail("InvalidOperation", `Sheet "${t.name}" is already protected.`, "WorksheetProtection.protect");
      t.protection = { protected: true, password: password ?? null, options: options ?? null };
    });
  }
  unprotect(password?: string): void {
    this.call("unprotect", [password ?? null], (t: SheetState) => {
      if (!t.protection.protected) return;
      if ((t.protection.password ?? null) !== (password ?? null)) {
        fail("InvalidArgument", `The password you supplied for sheet "${t.name}" is not correct.`, "WorksheetProtection.unprotect");
      }
      t.protection = { protected: false, password: null, options: null };
    });
  }
}

export class DoubleFreezePanes extends ProxyBase {
  protected readonly typeName = "WorksheetFreezePanes";
  freezeAt(frozen: DoubleRange | string): void {
    const address = typeof frozen === "string" ? frozen : frozen.addressForWire;
    const rect = parseRect(splitSheet(address).local);
    this.call("freezeAt", [address], (t: SheetState) => {
      t.freeze = { rows: rect.r1 + 1, columns: rect.c1 + 1 };
    });
  }
  freezeRows(count?: number): void {
    this.call("freezeRows", [count ?? 1], (t: SheetState) => {
      t.freeze = { rows: count ?? 1, columns: 0 };
    });
  }
  freezeColumns(count?: number): void {
    this.call("freezeColumns", [count ?? 1], (t: SheetState) => {
      t.freeze = { rows: 0, columns: count ?? 1 };
    });
  }
  unfreeze(): void {
    this.call("unfreeze", [], (t: SheetState) => {
      t.freeze = { rows: 0, columns: 0 };
    });
  }
}

interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}
interface AreasTarget {
  sheet: SheetState;
  rects: Rect[];
}

function gridOrScalar(value: any, rows: number, cols: number, prop: string): (r: number, c: number) => any {
  if (!Array.isArray(value)) return () => value;
  if (value.length !== rows || value.some((row: any) => !Array.isArray(row) || row.length !== cols)) {
    fail("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}: expected ${rows} x ${cols}).`, `Range.${prop}`);
  }
  return (r, c) => value[r][c];
}

export class DoubleRange extends ProxyBase {
  protected readonly typeName = "Range";
  /** @internal */
  get addressForWire(): string {
    const m = /getRange\("(.*)"\)$/.exec(this.path);
    return m ? m[1] : "";
  }
  get format(): DoubleRangeFormat {
    return this.once("format", () =>
      new DoubleRangeFormat(this.ctx, `${this.path}.format`, () => {
        const t = this.via("Range.format");
        return t === null ? null : { sheet: t.sheet, rects: [t.rect] };
      }),
    );
  }
  get dataValidation(): DoubleDataValidation {
    return this.once("dataValidation", () =>
      new DoubleDataValidation(this.ctx, `${this.path}.dataValidation`, () => {
        const t = this.via("Range.dataValidation");
        return t === null ? null : { sheet: t.sheet, rects: [t.rect] };
      }),
    );
  }
  get conditionalFormats(): DoubleConditionalFormatCollection {
    return this.once("conditionalFormats", () =>
      new DoubleConditionalFormatCollection(this.ctx, `${this.path}.conditionalFormats`, () => {
        const t = this.via("Range.conditionalFormats");
        return t === null ? null : { sheet: t.sheet, rects: [t.rect] };
      }),
    );
  }
  protected override child(prop: string): ProxyBase | undefined {
    if (prop === "format") return this.format;
    return undefined;
  }
  protected override defaultProps(): string[] {
    return ["address", "rowCount", "columnCount", "values", "formulas", "numberFormat"];
  }
  protected override scalar(prop: string, t: RangeTarget): unknown {
    const { sheet, rect } = t;
    const grid = (fn: (v: CellView) => unknown): unknown[][] => {
      if (rectCells(rect) > DENSE_LIMIT) fail("ResponsePayloadSizeLimitExceeded", "The range is too large to read.", "Range.values");
      const out: unknown[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: unknown[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push(fn(sheet.cellAt(r, c)));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case "address":
        return `${quoteSheet(sheet.name)}!${rectToA1(rect)}`;
      case "rowCount":
        return rect.r1 - rect.r0 + 1;
      case "columnCount":
        return rect.c1 - rect.c0 + 1;
      case "rowIndex":
        return rect.r0;
      case "columnIndex":
        return rect.c0;
      case "values":
        return grid((v) =>
          this.ctx.engine.state.customFunctionsPendingSyncs > 0 && v.formula !== null && /SOP\.|_xldudf_SOP_/i.test(v.formula)
            ? "#BUSY!"
            : v.value === null
              ? ""
              : v.value,
        );
      case "formulas":
        return grid((v) => v.formula ?? (v.value === null ? "" : v.value));
      case "numberFormat":
        return grid((v) => v.numberFormat);
      case "valueTypes":
        return grid((v) => (v.formula === null && v.value === "" ? "Empty" : isErrorValue(v.value) ? "Error" : typeof v.value === "number" ? "Double" : typeof v.value === "boolean" ? "Boolean" : "String"));
      default:
        return super.scalar(prop, t);
    }
  }
  get address(): string {
    return this.get("address") as string;
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }
  get rowIndex(): number {
    return this.get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get("columnIndex") as number;
  }
  get values(): any[][] {
    return this.get("values") as any[][];
  }
  set values(v: any[][]) {
    this.writeContent("values", v);
  }
  get formulas(): any[][] {
    return this.get("formulas") as any[][];
  }
  set formulas(v: any[][]) {
    this.writeContent("formulas", v);
  }
  get numberFormat(): any[][] {
    return this.get("numberFormat") as any[][];
  }
  set numberFormat(v: any[][]) {
    this.set("numberFormat", v, (t: RangeTarget) => {
      const { sheet, rect } = t;
      assertUnprotected(sheet, "Range.numberFormat");
      if (rectCells(rect) > DENSE_LIMIT) fail("InvalidArgument", "The range is too large.", "Range.numberFormat");
      const at = gridOrScalar(v, rect.r1 - rect.r0 + 1, rect.c1 - rect.c0 + 1, "numberFormat");
      for (let r = rect.r0; r <= rect.r1; r++) {
        const rw = sheet.row(r);
        for (let c = rect.c0; c <= rect.c1; c++) {
          const f = at(r - rect.r0, c - rect.c0);
          if (f === null || f === undefined) continue;
          if (typeof f !== "string") fail("InvalidArgument", "A number format must be text.", "Range.numberFormat");
          rw.nf[c] = f === "General" || f === "" ? undefined : f; // "" sets General
        }
      }
    });
  }
  private writeContent(prop: string, v: any): void {
    this.set(prop, v, (t: RangeTarget) => {
      const { sheet, rect } = t;
      if (rectCells(rect) > DENSE_LIMIT) fail("InvalidArgument", "The range is too large.", `Range.${prop}`);
      assertContentEditable(this.ctx.engine.state, sheet, rect, `Range.${prop}`);
      const at = gridOrScalar(v, rect.r1 - rect.r0 + 1, rect.c1 - rect.c0 + 1, prop);
      for (let r = rect.r0; r <= rect.r1; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) writeEntered(sheet, r, c, at(r - rect.r0, c - rect.c0));
      }
      this.ctx.engine.current?.contentWrites.push(`${quoteSheet(sheet.name)}!${rectToA1(rect)}`);
    });
  }
  /** ExcelApi 1.9: the cells of this range of `cellType` ("Formulas" / "Constants") whose values are of `cellValueType`; fails ItemNotFound at sync when there are none. */
  getSpecialCells(cellType: string, cellValueType?: string): DoubleRangeAreas {
    return this.specialCells(cellType, cellValueType, false);
  }
  /** As `getSpecialCells`, but a null object (`isNullObject` true after a sync) when there are none. */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): DoubleRangeAreas {
    return this.specialCells(cellType, cellValueType, true);
  }
  private specialCells(cellType: string, cellValueType: string | undefined, nullable: boolean): DoubleRangeAreas {
    const match = specialCellMatcher(cellType, cellValueType);
    const name = `getSpecialCells${nullable ? "OrNullObject" : ""}`;
    return new DoubleRangeAreas(
      this.ctx,
      `${this.path}.${name}(${JSON.stringify(cellType)},${JSON.stringify(cellValueType ?? "All")})`,
      () => {
        // A null range (e.g. the used range of a blank sheet) gives a null object.
        const t: RangeTarget | null = this.via("Range.getSpecialCells");
        if (t === null) return null;
        const rects = matchingRects(t.sheet, t.rect, match);
        if (rects.length > 0) return { sheet: t.sheet, rects };
        if (nullable) return null;
        return fail("ItemNotFound", "No cells were found.", `Range.${name}`);
      },
      nullable,
    );
  }
  clear(applyTo?: string): void {
    clearAreas(this, applyTo, () => {
      const t = this.target("Range.clear") as RangeTarget;
      return { sheet: t.sheet, rects: [t.rect] };
    });
  }
  /** ExcelApi 1.1: inserts cells in place of this range, shifting the others "Down" or "Right"; returns the blank range. */
  insert(shift: string): DoubleRange {
    this.call("insert", [shift], (t: RangeTarget) => applyShift(this.ctx.engine.state, t.sheet, t.rect, shift, true));
    return new DoubleRange(this.ctx, `${this.path}.insert(${JSON.stringify(shift)})`, () => this.via("Range.insert"));
  }
  /** ExcelApi 1.1: deletes the cells of this range, shifting the others "Up" or "Left". */
  delete(shift: string): void {
    this.call("delete", [shift], (t: RangeTarget) => applyShift(this.ctx.engine.state, t.sheet, t.rect, shift, false));
  }
  getEntireRow(): DoubleRange {
    return new DoubleRange(this.ctx, `${this.path}.getEntireRow()`, () => {
      const t: RangeTarget | null = this.via("Range.getEntireRow");
      return t === null ? null : { sheet: t.sheet, rect: { r0: t.rect.r0, r1: t.rect.r1, c0: 0, c1: MAX_COLS - 1 } };
    });
  }
  getEntireColumn(): DoubleRange {
    return new DoubleRange(this.ctx, `${this.path}.getEntireColumn()`, () => {
      const t: RangeTarget | null = this.via("Range.getEntireColumn");
      return t === null ? null : { sheet: t.sheet, rect: { r0: 0, r1: MAX_ROWS - 1, c0: t.rect.c0, c1: t.rect.c1 } };
    });
  }
  /** ExcelApi 1.2: `sort.apply(fields, matchCase?, hasHeaders?)` sorts the rows of this range by `fields[i].key` (column offset). */
  get sort(): { apply(fields: ReadonlyArray<{ key: number; ascending?: boolean }>, matchCase?: boolean, hasHeaders?: boolean): void } {
    const self = this;
    return {
      apply(fields, matchCase = false, hasHeaders = false): void {
        self.call("sort.apply", [fields, matchCase, hasHeaders], (t: RangeTarget) => sortRows(self.ctx.engine.state, t.sheet, t.rect, fields, hasHeaders));
      },
    };
  }
}

function clearAreas(p: ProxyBase, applyTo: string | undefined, get: () => AreasTarget): void {
  const what = (applyTo ?? "All").toLowerCase();
  p.call("clear", [applyTo ?? "All"], () => {
    const { sheet, rects } = get();
    const state = p.ctx.engine.state;
    for (const rect of rects) {
      if (what === "contents") assertContentEditable(state, sheet, rect, "Range.clear");
      else assertUnprotected(sheet, "Range.clear");
      forEachCell(sheet, rect, (r, c) => {
        const rw = sheet.rows[r];
        if (!rw) return;
        if (what === "all" || what === "contents") {
          rw.f[c] = undefined;
          rw.v[c] = "";
          rw.p[c] = undefined;
        }
        if (what === "all" || what === "formats") {
          rw.nf[c] = undefined;
          rw.st[c] = undefined;
        }
      });
    }
  });
}

export class DoubleRangeAreas extends ProxyBase {
  protected readonly typeName = "RangeAreas";
  get format(): DoubleRangeFormat {
    return this.once("format", () =>
      new DoubleRangeFormat(this.ctx, `${this.path}.format`, () => this.via("RangeAreas.format")),
    );
  }
  get dataValidation(): DoubleDataValidation {
    return this.once("dataValidation", () =>
      new DoubleDataValidation(this.ctx, `${this.path}.dataValidation`, () => this.via("RangeAreas.dataValidation")),
    );
  }
  get conditionalFormats(): DoubleConditionalFormatCollection {
    return this.once("conditionalFormats", () =>
      new DoubleConditionalFormatCollection(this.ctx, `${this.path}.conditionalFormats`, () => this.via("RangeAreas.conditionalFormats")),
    );
  }
  private areasProxy: DoubleRangeCollection | undefined;
  /** The rectangles, one `Range` each (ExcelApi 1.9); the same proxy on every read, as in Office.js. */
  get areas(): DoubleRangeCollection {
    this.areasProxy ??= new DoubleRangeCollection(this.ctx, `${this.path}.areas`, () => this.via("RangeAreas.areas"));
    return this.areasProxy;
  }
  protected override child(prop: string): ProxyBase | undefined {
    if (prop === "areas") return this.areas;
    if (prop === "format") return this.format;
    return undefined;
  }
  protected override scalar(prop: string, t: AreasTarget): unknown {
    if (prop === "address") return t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${rectToA1(r)}`).join(",");
    if (prop === "areaCount") return t.rects.length;
    if (prop === "cellCount") return t.rects.reduce((n, r) => n + rectCells(r), 0);
    return super.scalar(prop, t);
  }
  get address(): string {
    return this.get("address") as string;
  }
  get areaCount(): number {
    return this.get("areaCount") as number;
  }
  get cellCount(): number {
    return this.get("cellCount") as number;
  }
  clear(applyTo?: string): void {
    clearAreas(this, applyTo, () => this.target("RangeAreas.clear") as AreasTarget);
  }
}

/** The `RangeCollection` of a `RangeAreas`: one range per rectangle, in the areas' order. */
export class DoubleRangeCollection extends Collection<DoubleRange> {
  protected readonly typeName = "RangeCollection";
  protected itemsNow(t: AreasTarget): DoubleRange[] {
    return t.rects.map((rect, i) => new DoubleRange(this.ctx, `${this.path}.getItemAt(${i})`, () => ({ sheet: t.sheet, rect })));
  }
}

/** Excel's error values as `Range.values` reports them. */
const ERROR_VALUES = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!",
  "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#EXTERNAL!", "#TIMEOUT!", "#PYTHON!",
]);

export function isErrorValue(v: unknown): boolean {
  return typeof v === "string" && ERROR_VALUES.has(v.toUpperCase());
}

const SPECIAL_VALUE_TYPES = new Set([
  "All", "Errors", "ErrorsLogical", "ErrorsNumbers", "ErrorsText", "ErrorsLogicalNumber", "ErrorsLogicalText",
  "ErrorsNumberText", "Logical", "LogicalNumbers", "LogicalText", "LogicalNumbersText", "Numbers", "NumbersText", "Text",
]);

/** Which stored cells `getSpecialCells(cellType, cellValueType)` keeps (Formulas and Constants are modelled). */
function specialCellMatcher(cellType: string, cellValueType: string | undefined): (v: CellView) => boolean {
  const type = String(cellType).toLowerCase();
  if (type !== "formulas" && type !== "constants") {
    throw new Error(`The Excel double models getSpecialCells for "Formulas" and "Constants" only, not "${cellType}".`);
  }
  const valueType = cellValueType ?? "All";
  if (!SPECIAL_VALUE_TYPES.has(valueType)) fail("InvalidArgument", `Invalid cellValueType "${valueType}".`, "Range.getSpecialCells");
  const all = valueType === "All";
  const errors = all || valueType.includes("Errors");
  const logical = all || valueType.includes("Logical");
  const numbers = all || valueType.includes("Number");
  const text = all || valueType.includes("Text");
  return (v) => {
    if ((type === "formulas") !== (v.formula !== null)) return false;
    if (v.formula === null && (v.value === "" || v.value === null)) return false;
    if (isErrorValue(v.value)) return errors;
    if (typeof v.value === "boolean") return logical;
    if (typeof v.value === "number") return numbers;
    return text;
  };
}

/** The stored cells of `rect` that `match`, as rectangles: runs along each row, stacked while rows repeat the same run. */
function matchingRects(s: SheetState, rect: Rect, match: (v: CellView) => boolean): Rect[] {
  const out: Rect[] = [];
  let open: Rect[] = [];
  const last = Math.min(rect.r1, s.rows.length - 1);
  for (let r = rect.r0; r <= last; r++) {
    const rw = s.rows[r];
    const runs: Rect[] = [];
    if (rw) {
      const width = Math.min(rect.c1 + 1, Math.max(rw.f.length, rw.v.length));
      let start = -1;
      for (let c = rect.c0; c <= width; c++) {
        const hit = c < width && (rw.f[c] !== undefined || rw.v[c] !== undefined) && match(s.cellAt(r, c));
        if (hit && start < 0) start = c;
        if (!hit && start >= 0) {
          runs.push({ r0: r, r1: r, c0: start, c1: c - 1 });
          start = -1;
        }
      }
    }
    const next: Rect[] = [];
    for (const run of runs) {
      const above = open.find((o) => o.r1 === r - 1 && o.c0 === run.c0 && o.c1 === run.c1);
      if (above) {
        above.r1 = r;
        next.push(above);
      } else {
        out.push(run);
        next.push(run);
      }
    }
    open = next;
  }
  return out;
}

/** Applies a format patch to every cell of the target areas. */
function formatPatch(p: ProxyBase, prop: string, value: unknown, patch: Partial<CellFormat>, get: () => AreasTarget, allowOnProtected = false): void {
  formatPatches(p, prop, value, () => [{ patch, target: get() }], allowOnProtected);
}

/** Applies format patches, each to every cell of its areas, as one action. */
function formatPatches(p: ProxyBase, prop: string, value: unknown, parts: () => { patch: Partial<CellFormat>; target: AreasTarget }[], allowOnProtected = false): void {
  p.set(prop, value, () => {
    const state = p.ctx.engine.state;
    for (const { patch, target } of parts()) {
      const { sheet, rects } = target;
      if (!allowOnProtected) assertUnprotected(sheet, `RangeFormat.${prop}`);
      const key = JSON.stringify(patch);
      for (const rect of rects) {
        forEachCell(sheet, rect, (r, c) => {
          const rw = sheet.row(r);
          rw.st[c] = state.patchFormat(rw.st[c] ?? 0, patch, key) || undefined;
        });
      }
    }
  });
}

export class DoubleRangeFormat extends ProxyBase {
  protected readonly typeName = "RangeFormat";
  private areas(): AreasTarget {
    return this.target("RangeFormat") as AreasTarget;
  }
  get fill(): any {
    const self = this;
    return {
      set color(v: string) {
        formatPatch(self, "fill.color", v, { fill: v }, () => self.areas());
      },
      clear(): void {
        formatPatch(self, "fill.clear", null, { fill: undefined }, () => self.areas());
      },
    };
  }
  get font(): any {
    const self = this;
    return {
      set bold(v: boolean) {
        formatPatch(self, "font.bold", v, { bold: v }, () => self.areas());
      },
      set italic(v: boolean) {
        formatPatch(self, "font.italic", v, { italic: v }, () => self.areas());
      },
      set color(v: string) {
        formatPatch(self, "font.color", v, { fontColor: v }, () => self.areas());
      },
      set size(v: number) {
        formatPatch(self, "font.size", v, { fontSize: v }, () => self.areas());
      },
    };
  }
  get protection(): any {
    const self = this;
    return {
      set locked(v: boolean) {
        formatPatch(self, "protection.locked", v, { locked: v }, () => self.areas());
      },
    };
  }
  get borders(): any {
    const self = this;
    return {
      getItem(edge: string): any {
        if (!BORDER_SIDES[edge]) fail("InvalidArgument", `Unsupported border ${edge}.`, "RangeBorderCollection.getItem");
        // An inside line is the bottom of one cell and the top of the next (or right and left), as Excel reports it.
        const patches = (suffix: "" | "Weight" | "Color", v: string) => () =>
          BORDER_SIDES[edge].map(([side, cells]) => ({ patch: { [`${side}${suffix}`]: v } as Partial<CellFormat>, target: cells(self.areas()) }));
        return {
          set style(v: string) {
            formatPatches(self, `borders.${edge}.style`, v, patches("", v));
          },
          set color(v: string) {
            formatPatches(self, `borders.${edge}.color`, v, patches("Color", v));
          },
          set weight(v: string) {
            formatPatches(self, `borders.${edge}.weight`, v, patches("Weight", v));
          },
        };
      },
    };
  }
  set wrapText(v: boolean) {
    formatPatch(this, "wrapText", v, { wrapText: v }, () => this.areas());
  }
  set horizontalAlignment(v: string) {
    formatPatch(this, "horizontalAlignment", v, { horizontalAlignment: v }, () => this.areas());
  }
  set indentLevel(v: number) {
    formatPatch(this, "indentLevel", v, { indentLevel: v }, () => this.areas());
  }
  set columnWidth(v: number) {
    this.set("columnWidth", v, () => {
      const { sheet, rects } = this.areas();
      if (sheet.protection.protected && !sheet.protection.options?.allowFormatColumns) assertUnprotected(sheet, "RangeFormat.columnWidth");
      for (const r of rects) for (let c = r.c0; c <= r.c1; c++) sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.set("rowHeight", v, () => {
      const { sheet, rects } = this.areas();
      assertUnprotected(sheet, "RangeFormat.rowHeight");
      for (const r of rects) for (let row = r.r0; row <= r.r1; row++) sheet.rowHeights.set(row, v);
    });
  }
  autofitColumns(): void {
    this.call("autofitColumns", [], () => assertUnprotected(this.areas().sheet, "RangeFormat.autofitColumns"));
  }
}

type Side = "borderTop" | "borderBottom" | "borderLeft" | "borderRight";
type Cells = (t: AreasTarget) => AreasTarget;
const onRects = (f: (r: Rect) => Rect | null): Cells => (t) => ({ sheet: t.sheet, rects: t.rects.map(f).filter((r): r is Rect => r !== null) });

/** Per border item, the cell sides it sets and on which cells of each area. */
const BORDER_SIDES: Record<string, ReadonlyArray<readonly [Side, Cells]>> = {
  EdgeTop: [["borderTop", (t) => edgeAreas(t, "EdgeTop")]],
  EdgeBottom: [["borderBottom", (t) => edgeAreas(t, "EdgeBottom")]],
  EdgeLeft: [["borderLeft", (t) => edgeAreas(t, "EdgeLeft")]],
  EdgeRight: [["borderRight", (t) => edgeAreas(t, "EdgeRight")]],
  InsideHorizontal: [
    ["borderBottom", onRects((r) => (r.r1 > r.r0 ? { ...r, r1: r.r1 - 1 } : null))],
    ["borderTop", onRects((r) => (r.r1 > r.r0 ? { ...r, r0: r.r0 + 1 } : null))],
  ],
  InsideVertical: [
    ["borderRight", onRects((r) => (r.c1 > r.c0 ? { ...r, c1: r.c1 - 1 } : null))],
    ["borderLeft", onRects((r) => (r.c1 > r.c0 ? { ...r, c0: r.c0 + 1 } : null))],
  ],
};

/** The cells of a border edge: the top border of a range is the top border of its first row, etc. */
function edgeAreas(t: AreasTarget, edge: string): AreasTarget {
  const rects = t.rects.map((r) => {
    if (edge === "EdgeTop") return { ...r, r1: r.r0 };
    if (edge === "EdgeBottom") return { ...r, r0: r.r1 };
    if (edge === "EdgeLeft") return { ...r, c1: r.c0 };
    return { ...r, c0: r.c1 };
  });
  return { sheet: t.sheet, rects };
}

function rectsA1(t: AreasTarget): string {
  return t.rects.map(rectToA1).join(",");
}

export class DoubleDataValidation extends ProxyBase {
  protected readonly typeName = "DataValidation";
  set rule(v: any) {
    this.set("rule", v, (t: AreasTarget) => {
      assertUnprotected(t.sheet, "DataValidation.rule");
      const kinds = Object.keys(v ?? {}).filter((k) => v[k] !== undefined);
      if (kinds.length !== 1) fail("InvalidArgument", "A data validation rule needs exactly one type.", "DataValidation.rule");
      const address = rectsA1(t);
      if (t.sheet.validations.some((x) => overlaps(x.address, address))) {
        fail("InvalidOperation", "The range already has a data validation rule; clear it first.", "DataValidation.rule");
      }
      t.sheet.validations.push({ address, rule: v });
    });
  }
  set errorAlert(v: any) {
    this.set("errorAlert", v, () => undefined);
  }
  set prompt(v: any) {
    this.set("prompt", v, () => undefined);
  }
  set ignoreBlanks(v: boolean) {
    this.set("ignoreBlanks", v, () => undefined);
  }
  clear(): void {
    this.call("clear", [], (t: AreasTarget) => {
      assertUnprotected(t.sheet, "DataValidation.clear");
      t.sheet.validations = t.sheet.validations.filter((x) => !overlaps(x.address, rectsA1(t)));
    });
  }
}

function overlaps(a: string, b: string): boolean {
  const ra = a.split(",").map(parseRect);
  const rb = b.split(",").map(parseRect);
  return ra.some((x) => rb.some((y) => x.r0 <= y.r1 && y.r0 <= x.r1 && x.c0 <= y.c1 && y.c0 <= x.c1));
}

export class DoubleConditionalFormatCollection extends ProxyBase {
  protected readonly typeName = "ConditionalFormatCollection";
  add(type: string): any {
    let created: ConditionalFormatState | null = null;
    this.call("add", [type], (t: AreasTarget) => {
      assertUnprotected(t.sheet, "ConditionalFormatCollection.add");
      created = { address: rectsA1(t), type, formula: null, fill: null, fontColor: null };
      t.sheet.conditionalFormats.push(created);
    });
    const self = this;
    const later = (name: string, v: unknown, fn: (cf: ConditionalFormatState) => void): void => {
      self.ctx.enqueue({
        wire: { p: `${self.path}.add(${JSON.stringify(type)})`, k: `set ${name}`, a: v },
        run: () => {
          if (!created) fail("ItemNotFound", "The conditional format was not created.", "ConditionalFormat");
          fn(created);
        },
      });
    };
    return {
      custom: {
        rule: {
          set formula(v: string) {
            later("custom.rule.formula", v, (cf) => {
              cf.formula = v;
            });
          },
        },
        format: {
          fill: {
            set color(v: string) {
              later("custom.format.fill.color", v, (cf) => {
                cf.fill = v;
              });
            },
          },
          font: {
            set color(v: string) {
              later("custom.format.font.color", v, (cf) => {
                cf.fontColor = v;
              });
            },
          },
        },
      },
    };
  }
  clearAll(): void {
    this.call("clearAll", [], (t: AreasTarget) => {
      assertUnprotected(t.sheet, "ConditionalFormatCollection.clearAll");
      const a = rectsA1(t);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => !overlaps(x.address, a));
    });
  }
}

export class DoubleChartCollection extends Collection<DoubleChart> {
  protected readonly typeName = "ChartCollection";
  protected itemsNow(t: SheetState): DoubleChart[] {
    return t.charts.map((c, i) => new DoubleChart(this.ctx, `${this.path}.getItemAt(${i})`, () => c));
  }
  add(type: string, source: DoubleRange, seriesBy?: string): DoubleChart {
    let created: ChartState | null = null;
    this.call("add", [type, source.path, seriesBy ?? "Auto"], (t: SheetState) => {
      assertUnprotected(t, "ChartCollection.add");
      const src = source.target("ChartCollection.add") as RangeTarget;
      created = {
        name: `Chart ${t.charts.length + 1}`,
        type,
        source: `${quoteSheet(src.sheet.name)}!${rectToA1(src.rect)}`,
        seriesBy: seriesBy ?? "Auto",
        title: "",
        topLeft: null,
        bottomRight: null,
      };
      t.charts.push(created);
    });
    return new DoubleChart(this.ctx, `${this.path}.add(${JSON.stringify(type)})`, () => {
      if (!created) fail("ItemNotFound", "The chart was not created.", "ChartCollection.add");
      return created;
    });
  }
  getItem(name: string): DoubleChart {
    return new DoubleChart(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
      const s = this.target("ChartCollection.getItem") as SheetState;
      const c = s.charts.find((x) => x.name === name);
      if (!c) fail("ItemNotFound", `No chart named "${name}".`, "ChartCollection.getItem");
      return c;
    });
  }
  /** @internal */
  sheetOf(): SheetState {
    return this.target("Chart") as SheetState;
  }
}

export class DoubleChart extends ProxyBase {
  protected readonly typeName = "Chart";
  protected override scalar(prop: string, t: ChartState): unknown {
    if (prop === "name") return t.name;
    return super.scalar(prop, t);
  }
  get name(): string {
    return this.get("name") as string;
  }
  set name(v: string) {
    this.set("name", v, (t: ChartState) => {
      t.name = v;
    });
  }
  get title(): any {
    const self = this;
    return {
      set text(v: string) {
        self.set("title.text", v, (t: ChartState) => {
          t.title = v;
        });
      },
    };
  }
  setPosition(startCell: string, endCell?: string): void {
    this.call("setPosition", [startCell, endCell ?? null], (t: ChartState) => {
      t.topLeft = startCell;
      t.bottomRight = endCell ?? null;
    });
  }
  delete(): void {
    this.call("delete", [], (t: ChartState) => {
      for (const s of this.ctx.engine.state.sheets) {
        const i = s.charts.indexOf(t);
        if (i >= 0) {
          assertUnprotected(s, "Chart.delete");
          s.charts.splice(i, 1);
        }
      }
    });
  }
}

/** Worksheet.horizontalPageBreaks (ExcelApi 1.9): add() breaks the page above a range's top-left cell. */
export class DoublePageBreakCollection extends ProxyBase {
  protected readonly typeName = "PageBreakCollection";
  add(address: string): void {
    this.call("add", [address], (t: SheetState) => {
      const row = Number(/^\$?[A-Z]+\$?(\d+)$/.exec(address)?.[1] ?? NaN) - 1;
      if (!(row >= 0)) fail("InvalidArgument", `Not a cell address: ${address}.`, "PageBreakCollection.add");
      t.pageLayout.rowBreaks = [...(t.pageLayout.rowBreaks ?? []), row];
    });
  }
  removePageBreaks(): void {
    this.call("removePageBreaks", [], (t: SheetState) => {
      t.pageLayout.rowBreaks = [];
    });
  }
}

export class DoublePageLayout extends ProxyBase {
  protected readonly typeName = "PageLayout";
  set orientation(v: string) {
    this.set("orientation", v, (t: SheetState) => {
      t.pageLayout.orientation = v;
    });
  }
  set zoom(v: any) {
    this.set("zoom", v, (t: SheetState) => {
      t.pageLayout.zoom = v;
    });
  }
  set centerHorizontally(v: boolean) {
    this.set("centerHorizontally", v, (t: SheetState) => {
      t.pageLayout.centerHorizontally = v;
    });
  }
  private margin(key: PageMargin, v: number): void {
    this.set(key, v, (t: SheetState) => {
      t.pageLayout.margins = { ...t.pageLayout.margins, [key]: v };
    });
  }
  set leftMargin(v: number) {
    this.margin("leftMargin", v);
  }
  set rightMargin(v: number) {
    this.margin("rightMargin", v);
  }
  set topMargin(v: number) {
    this.margin("topMargin", v);
  }
  set bottomMargin(v: number) {
    this.margin("bottomMargin", v);
  }
  set headerMargin(v: number) {
    this.margin("headerMargin", v);
  }
  set footerMargin(v: number) {
    this.margin("footerMargin", v);
  }
  get headersFooters(): any {
    // The header and footer texts the renderer sets, each recorded in the sheet's page layout.
    const pages = {};
    for (const key of ["centerHeader", "leftFooter", "centerFooter", "rightFooter"] as const) {
      Object.defineProperty(pages, key, {
        set: (v: string) =>
          this.set(`headersFooters.defaultForAllPages.${key}`, v, (t: SheetState) => {
            t.pageLayout[key] = v;
          }),
      });
    }
    return { defaultForAllPages: pages };
  }
  setPrintArea(address: string): void {
    this.call("setPrintArea", [address], (t: SheetState) => {
      t.pageLayout.printArea = address;
    });
  }
  setPrintTitleRows(address: string): void {
    this.call("setPrintTitleRows", [address], (t: SheetState) => {
      t.pageLayout.printTitleRows = address;
    });
  }
}

export class DoubleNamedItemCollection extends Collection<DoubleNamedItem> {
  protected readonly typeName = "NamedItemCollection";
  protected itemsNow(t: WorkbookState): DoubleNamedItem[] {
    return Array.from(t.names.keys()).map((k) => this.getItem(k));
  }
  getItem(name: string): DoubleNamedItem {
    const state = this.ctx.engine.state;
    return new DoubleNamedItem(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
      const n = state.names.get(name.toLowerCase());
      if (!n) fail("ItemNotFound", `No name "${name}".`, "NamedItemCollection.getItem");
      return n;
    });
  }
  getItemOrNullObject(name: string): DoubleNamedItem {
    const state = this.ctx.engine.state;
    return new DoubleNamedItem(this.ctx, `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, () => state.names.get(name.toLowerCase()) ?? null, true);
  }
  add(name: string, reference: string | DoubleRange, comment?: string): DoubleNamedItem {
    const state = this.ctx.engine.state;
    const ref = typeof reference === "string" ? reference : reference.path;
    this.call("add", [name, ref, comment ?? ""], () => {
      if (state.names.has(name.toLowerCase())) fail("ItemAlreadyExists", `The name "${name}" already exists.`, "NamedItemCollection.add");
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) fail("InvalidArgument", `Invalid name "${name}".`, "NamedItemCollection.add");
      let formula = ref.startsWith("=") ? ref : `=${ref}`;
      if (typeof reference !== "string") {
        const t = reference.target("NamedItemCollection.add") as RangeTarget;
        formula = `=${quoteSheet(t.sheet.name)}!${rectToA1(t.rect)}`;
      }
      state.names.set(name.toLowerCase(), { name, formula, comment: comment ?? "" });
    });
    return this.getItem(name);
  }
}

export class DoubleNamedItem extends ProxyBase {
  protected readonly typeName = "NamedItem";
  protected override scalar(prop: string, t: { name: string; formula: string }): unknown {
    if (prop === "name") return t.name;
    if (prop === "formula") return t.formula;
    if (prop === "value") return t.formula.slice(1);
    return super.scalar(prop, t);
  }
  get name(): string {
    return this.get("name") as string;
  }
  /** ExcelApi 1.1: "the value computed by the name's formula. For a named range, will return the range address." */
  get value(): unknown {
    return this.get("value");
  }
  get formula(): string {
    return this.get("formula") as string;
  }
  set formula(v: string) {
    this.set("formula", v, (t: { formula: string }) => {
      t.formula = v;
    });
  }
  delete(): void {
    this.call("delete", [], (t: { name: string }) => {
      this.ctx.engine.state.names.delete(t.name.toLowerCase());
    });
  }
  getRange(): DoubleRange {
    const state = this.ctx.engine.state;
    const owner = this;
    const proxy = new DoubleRange(this.ctx, `${this.path}.getRange()`, () => {
      const n = owner.target("NamedItem.getRange") as { formula: string };
      const { sheet, local } = splitSheet(n.formula.slice(1));
      const s = sheet === null ? null : state.findSheet(sheet);
      if (!s) fail("InvalidReference", `The name does not refer to a range.`, "NamedItem.getRange");
      return { sheet: s, rect: parseRect(local) };
    });
    return proxy;
  }
  /** ExcelApi 1.4: the range the name refers to, or a null object when it refers to none. */
  getRangeOrNullObject(): DoubleRange {
    const state = this.ctx.engine.state;
    const owner = this;
    return new DoubleRange(
      this.ctx,
      `${this.path}.getRangeOrNullObject()`,
      () => {
        const n = owner.via("NamedItem.getRangeOrNullObject") as { formula: string } | null;
        if (!n) return null;
        const { sheet, local } = splitSheet(n.formula.slice(1));
        const s = sheet === null ? undefined : state.findSheet(sheet);
        return s ? { sheet: s, rect: parseRect(local) } : null;
      },
      true,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The factory

export interface ExcelDoubleOptions {
  /** Value a formula cell reports when read (default ""): the double does not calculate. */
  readonly formulaValue?: (sheet: string, row: number, col: number, formula: string) => DoubleCellValue;
  /** Request/response limit in bytes (default 5 MB, Excel on the web). */
  readonly payloadLimitBytes?: number;
  /** Sheets present before the first run (a new workbook has "Sheet1"). Default ["Sheet1"]. */
  readonly initialSheets?: ReadonlyArray<string>;
  /**
   * The list separator `Worksheet.getRanges` wants between areas. The docs say ","; Excel on
   * desktop in a locale whose list separator is ";" (German, Czech...) rejects "," there and
   * wants ";" (OfficeDev/office-js#1167, #1985). Default: either is accepted.
   */
  readonly listSeparator?: "," | ";";
}

export interface ExcelDouble {
  /** Like `Excel.run`: a fresh context; queued commands are synced when `cb` resolves. */
  run<T>(cb: (context: DoubleRequestContext) => Promise<T>): Promise<T>;
  readonly state: WorkbookState;
  readonly stats: DoubleStats;
  /** Makes the n-th sync (1-based, counted over the double's life, see `stats.syncs`) fail. */
  failSync(n: number, failure?: SyncFailure): void;
  /** Makes the next sync fail (n = stats.syncs + after + 1). */
  failNextSync(failure?: SyncFailure, after?: number): void;
}

export function createExcelDouble(options: ExcelDoubleOptions = {}): ExcelDouble {
  const state = new WorkbookState(options.formulaValue);
  for (const s of options.initialSheets ?? ["Sheet1"]) state.addSheet(s);
  const engine: Engine = {
    state,
    stats: new DoubleStats(),
    failures: new Map(),
    syncCounter: 0,
    limit: options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES,
    ...(options.listSeparator ? { listSeparator: options.listSeparator } : {}),
  };
  return {
    state,
    stats: engine.stats,
    async run<T>(cb: (context: DoubleRequestContext) => Promise<T>): Promise<T> {
      const ctx = new DoubleRequestContext(engine);
      const result = await cb(ctx);
      await ctx.sync(); // sends nothing when nothing is pending (see sync)
      return result;
    },
    failSync(n: number, failure: SyncFailure = {}): void {
      engine.failures.set(n, failure);
    },
    failNextSync(failure: SyncFailure = {}, after = 0): void {
      engine.failures.set(engine.syncCounter + after + 1, failure);
    },
  };
}

const root: any = typeof globalThis === "object" ? globalThis : undefined;
if (root && typeof root.window === "object") root.SopExcelDouble = { createExcelDouble };
