/**
 * Writes one `SheetSpec` into an ExcelJS worksheet: values, formulas with their cached
 * results, styles, widths, frozen panes, tab colour, print setup and protection.
 */
import type { Cell as XCell, CellValue as XValue, Worksheet } from "exceljs";
import type { Cell, SheetSpec } from "../../layout/types";
import { StyleCache, argb } from "./styles";
import { CustomFunctionStorage, isErrorCode, toStoredFormula } from "./formula";
import { internals, SheetProtectionModel } from "./internals";
import { headerRowHeights } from "../../layout/rowHeights";
import { cellRole, isUnlocked } from "../../layout/styles";
import { NARROW_MARGINS, footerParts, headerParts, joinParts, type PrintSetup } from "../../layout/print";

/** The ExcelJS value of a spec cell: a formula with its cached result, or a plain value. */
export function cellValue(cell: Cell, storage: CustomFunctionStorage): XValue {
  const v = cell.value;
  if (cell.formula !== undefined && cell.formula !== "") {
    const formula = toStoredFormula(cell.formula, storage);
    if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v))) return { formula };
    if (isErrorCode(v)) return { formula, result: { error: v } } as XValue;
    return { formula, result: v };
  }
  if (v === undefined || v === null) return null;
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  // A string is always stored as text: "=HYPERLINK(...)" typed in a CSV stays a string.
  return v;
}

function writeCells(ws: Worksheet, spec: SheetSpec, styles: StyleCache, storage: CustomFunctionStorage): void {
  spec.cells.forEach((cells, r) => {
    if (cells.length === 0) return;
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (cell === null || cell === undefined) return;
      const target: XCell = row.getCell(c + 1);
      const role = cellRole(cell);
      target.value = cellValue(cell, storage);
      if (role !== undefined || cell.numberFormat !== undefined) {
        target.style = styles.get(role, cell.numberFormat, !isUnlocked(cell));
      }
    });
  });
}

/**
 * A print area as ExcelJS takes it: ExcelJS writes "$" + each corner, so "$A$1:$I$140" goes in as
 * "A$1:I$140" to come out fully absolute (a relative row, "$A1", is ignored by LibreOffice).
 */
export function exceljsPrintArea(area: string): string {
  return area.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$1$$$2");
}

function setupPrint(ws: Worksheet, print: PrintSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.landscape ? "landscape" : "portrait",
    // A given scale prints at that zoom (manual page breaks hold only then); else fit to pages.
    ...(print.scale !== undefined
      ? { fitToPage: false, scale: print.scale }
      : { fitToPage: print.fitToWidth, fitToWidth: 1, fitToHeight: print.pagesTall ?? 0 }),
    ...(print.narrowMargins ? { margins: { ...NARROW_MARGINS } } : {}),
    ...(print.area ? { printArea: exceljsPrintArea(print.area) } : {}),
    ...(print.titleRows ? { printTitlesRow: `1:${print.titleRows}` } : {}),
  };
  // ExcelJS breaks the page after the row it is called on: a page starting at 0-based row r is a break after 1-based row r.
  for (const r of print.rowBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  ws.headerFooter = {
    ...ws.headerFooter,
    ...(print.title ? { oddHeader: joinParts(headerParts(print.title)) } : {}),
    ...(print.footer ? { oddFooter: joinParts(footerParts(print.footer)) } : {}),
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

function setupSheet(ws: Worksheet, spec: SheetSpec): void {
  spec.columnWidths.forEach((width, i) => {
    if (Number.isFinite(width) && width > 0) ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of headerRowHeights(spec)) ws.getRow(row + 1).height = height;
  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    ws.views = [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows }];
  }
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
  if (spec.print) setupPrint(ws, spec.print);
  if (spec.protect) {
    // No password: protection guards against accidental typing, not against a determined user.
    internals(ws).sheetProtection = {
      ...PROTECTION,
      ...(spec.kind === "input" ? { insertRows: true, deleteRows: true } : {}),
    };
  }
}

/** Writes `spec` into the empty worksheet `ws`. */
export function renderSheet(ws: Worksheet, spec: SheetSpec, styles: StyleCache, storage: CustomFunctionStorage): void {
  setupSheet(ws, spec);
  writeCells(ws, spec, styles, storage);
}
