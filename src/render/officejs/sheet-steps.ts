/**
 * The steps that write one sheet: reset of an existing sheet, the cells (one `formulas` grid and
 * one `numberFormat` grid, in row bands when larger than a request), styles as `RangeAreas` per
 * style, column widths, freeze panes, validations, conditional formats, unlocked inputs, charts,
 * tab colour, print setup and protection.
 */
import type { SheetSpec } from "../../layout/types";
import { headerRowHeights } from "../../layout/rowHeights";
import { HEADER_FOOTER_MAX, NARROW_MARGINS, footerParts, headerFooterText } from "../../layout/print";
import { MAX_COLUMNS, MAX_ROWS, columnLetter, rectAddress, rowsAddress, splitReference } from "./a1";
import { contentGrid, numberFormatGrid, sheetExtent } from "./grid";
import type { SheetInventory } from "./inventory";
import { validationAlert, validationRule } from "./rules";
import { ROLE_STYLES, STATUS_STYLES } from "../../layout/styles";
import { chunkAddresses, columnWidthGroups, formatActions, inputRects, rectAddresses, styleRects } from "./styles";
import { BAND_BYTES, bulkBands, estimate, utf8Length, type Step } from "./step";

export interface SheetStepOptions {
  /** Longest address string passed to one `getRanges` call. */
  readonly maxAddressChars: number;
  /** Separator of the areas of one `getRanges` address (default ","). */
  readonly listSeparator?: "," | ";";
}

const CHART_TYPES = { line: "Line", columnClustered: "ColumnClustered", columnStacked: "ColumnStacked" } as const;

function ws(context: Excel.RequestContext, name: string): Excel.Worksheet {
  return context.workbook.worksheets.getItem(name);
}

/** The local part of a range on `sheet` ("Demand!B3:C9" -> "B3:C9"). */
function localRange(sheet: string, ref: string): string {
  const { sheet: s, local } = splitReference(ref);
  if (s !== null && s.toLowerCase() !== sheet.toLowerCase()) {
    throw new Error(`Range "${ref}" of sheet "${sheet}" points at another sheet.`);
  }
  return local;
}

/** Steps for one sheet, in the order they must run. */
export function sheetSteps(sheet: SheetSpec, existing: SheetInventory, opts: SheetStepOptions): Step[] {
  const name = sheet.name;
  const steps: Step[] = [];
  const { rows, columns } = sheetExtent(sheet);
  if (existing.exists) steps.push(resetStep(name, existing));
  if (rows > 0) {
    steps.push(gridStep(name, "cells", contentGrid(sheet, columns), columns, (r, g) => (r.formulas = g)));
    steps.push(
      gridStep(name, "number formats", numberFormatGrid(sheet, columns), columns, (r, g) => (r.numberFormat = g)),
    );
  }
  if (existing.exists) steps.push(clearOutsideStep(name, rows, columns));
  for (const [style, rects] of styleRects(sheet)) {
    const actions = formatActions(ROLE_STYLES[style]);
    if (actions.length === 0) continue;
    for (const chunk of chunkAddresses(rectAddresses(rects), opts.maxAddressChars, opts.listSeparator)) {
      steps.push({
        label: `${name}: "${style}" style`,
        sheet: name,
        bytes: estimate(actions.length + 1, chunk),
        queue: (ctx) => {
          const format = ws(ctx, name).getRanges(chunk).format;
          for (const apply of actions) apply(format);
        },
      });
    }
  }
  for (const chunk of chunkAddresses(rectAddresses(inputRects(sheet)), opts.maxAddressChars, opts.listSeparator)) {
    steps.push({
      label: `${name}: unlock input cells`,
      sheet: name,
      bytes: estimate(2, chunk),
      queue: (ctx) => {
        ws(ctx, name).getRanges(chunk).format.protection.locked = false;
      },
    });
  }
  steps.push(layoutStep(sheet, opts));
  if (sheet.validations.length > 0 || sheet.conditionalFormats.length > 0) steps.push(rulesStep(sheet, opts));
  if (sheet.charts.length > 0) steps.push(chartsStep(sheet));
  if (sheet.protect) {
    steps.push({
      label: `${name}: protect the sheet`,
      sheet: name,
      bytes: estimate(1),
      queue: (ctx) => ws(ctx, name).protection.protect({ allowFormatColumns: true, allowFormatRows: true }),
    });
  }
  return steps;
}

/** An existing sheet loses its old charts, formats, validations, conditional formats and panes (values stay until overwritten). */
function resetStep(name: string, existing: SheetInventory): Step {
  return {
    label: `${name}: reset formats, rules and charts`,
    sheet: name,
    bytes: estimate(5 + existing.charts.length, existing.charts),
    queue: (ctx) => {
      const sheet = ws(ctx, name);
      for (const chart of existing.charts) sheet.charts.getItem(chart).delete();
      sheet.freezePanes.unfreeze();
      const all = sheet.getRange();
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      all.clear("Formats");
    },
  };
}

/** Old content beyond the new grid (fewer rows or columns than last time) is cleared. */
function clearOutsideStep(name: string, rows: number, columns: number): Step {
  return {
    label: `${name}: clear old cells outside the new layout`,
    sheet: name,
    bytes: estimate(2),
    queue: (ctx) => {
      const sheet = ws(ctx, name);
      if (rows === 0 || columns === 0) {
        sheet.getRange().clear("Contents");
        return;
      }
      if (rows < MAX_ROWS) sheet.getRange(`A${rows + 1}:${columnLetter(MAX_COLUMNS - 1)}${MAX_ROWS}`).clear("Contents");
      if (columns < MAX_COLUMNS)
        sheet.getRange(`${columnLetter(columns)}1:${columnLetter(MAX_COLUMNS - 1)}${rows}`).clear("Contents");
    },
  };
}

/**
 * One step for a whole grid (`Range.formulas` or `Range.numberFormat` from A1); when it does not
 * fit in a request, the packer cuts it by rows. Its bytes count the cells' JSON and the actions
 * Office.js makes of the assignment (one per band of rows beyond 1,500 cells).
 */
function gridStep<T>(
  name: string,
  what: string,
  grid: T[][],
  columns: number,
  assign: (range: Excel.Range, g: T[][]) => void,
): Step {
  // prefix[i]: UTF-8 JSON bytes of rows 0..i-1
  const prefix: number[] = [0];
  for (const row of grid) prefix.push(prefix[prefix.length - 1] + utf8Length(JSON.stringify(row)) + 1);
  const base = estimate(2);
  const bytes = (r0: number, r1: number) =>
    prefix[r1 + 1] - prefix[r0] + base + bulkBands(r1 - r0 + 1, columns) * BAND_BYTES;
  const make = (r0: number, r1: number): Step => ({
    label: `${name}: ${what}, rows ${r0 + 1}-${r1 + 1} of ${grid.length}`,
    sheet: name,
    bytes: bytes(r0, r1),
    queue: (ctx) =>
      assign(ws(ctx, name).getRange(rectAddress({ r0, c0: 0, r1, c1: columns - 1 })), grid.slice(r0, r1 + 1)),
    fit: (room) => {
      let r = r0;
      while (r <= r1 && bytes(r0, r) <= room) r++;
      if (r === r0 || r > r1) return null;
      return { head: make(r0, r - 1), tail: make(r, r1) };
    },
  });
  return make(0, grid.length - 1);
}

/**
 * `Worksheet.tabColor` takes a color "in the form #RRGGBB" (or "" for automatic); the layout may
 * give bare hex ("2E75B6", as ExcelJS takes it), which gets its "#".
 */
export function tabColorValue(color: string): string {
  return /^[0-9A-Fa-f]{6}$/.test(color) ? `#${color}` : color;
}

/** Column widths (grouped by width), heights of wrapped header rows, freeze panes, tab colour and print setup. */
function layoutStep(sheet: SheetSpec, opts: SheetStepOptions): Step {
  const name = sheet.name;
  const widths = columnWidthGroups(sheet.columnWidths);
  // Each getRanges address stays within Excel's limit on an address string.
  const groups = Array.from(widths, ([pts, cols]) =>
    chunkAddresses(cols, opts.maxAddressChars, opts.listSeparator).map((address) => ({ pts, address })),
  ).flat();
  const byHeight = new Map<number, string[]>();
  for (const [row, pts] of headerRowHeights(sheet))
    byHeight.set(pts, [...(byHeight.get(pts) ?? []), rowsAddress(row, row)]);
  const heights = Array.from(byHeight, ([pts, rows]) =>
    chunkAddresses(rows, opts.maxAddressChars, opts.listSeparator).map((address) => ({ pts, address })),
  ).flat();
  return {
    label: `${name}: column widths, panes, tab colour, print setup`,
    sheet: name,
    bytes: estimate(2 * (groups.length + heights.length) + 8, groups, heights, sheet.print ?? null),
    queue: (ctx) => {
      const s = ws(ctx, name);
      for (const g of groups) s.getRanges(g.address).format.columnWidth = g.pts;
      for (const h of heights) s.getRanges(h.address).format.rowHeight = h.pts;
      const freeze = sheet.freeze;
      if (freeze && freeze.rows > 0 && freeze.columns > 0)
        s.freezePanes.freezeAt(rectAddress({ r0: 0, c0: 0, r1: freeze.rows - 1, c1: freeze.columns - 1 }));
      else if (freeze && freeze.rows > 0) s.freezePanes.freezeRows(freeze.rows);
      else if (freeze && freeze.columns > 0) s.freezePanes.freezeColumns(freeze.columns);
      if (sheet.tabColor !== undefined) s.tabColor = tabColorValue(sheet.tabColor);
      if (sheet.print) {
        s.pageLayout.orientation = sheet.print.landscape ? "Landscape" : "Portrait";
        // A given zoom with its page breaks; else one page wide, as many pages tall as needed
        // (0 = automatic) or at most `pagesTall`.
        if (sheet.print.scale !== undefined) {
          // A zoom, not fit to pages: Excel ignores manual page breaks on a sheet fitted to pages.
          s.pageLayout.zoom = { scale: sheet.print.scale };
          s.horizontalPageBreaks.removePageBreaks();
          for (const r of sheet.print.rowBreaks ?? []) if (r > 0) s.horizontalPageBreaks.add(`A${r + 1}`);
        } else if (sheet.print.fitToWidth) {
          s.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: sheet.print.pagesTall ?? 0 };
        }
        if (sheet.print.narrowMargins) {
          // Office.js takes margins in points (72 to the inch).
          s.pageLayout.leftMargin = NARROW_MARGINS.left * 72;
          s.pageLayout.rightMargin = NARROW_MARGINS.right * 72;
          s.pageLayout.topMargin = NARROW_MARGINS.top * 72;
          s.pageLayout.bottomMargin = NARROW_MARGINS.bottom * 72;
          s.pageLayout.headerMargin = NARROW_MARGINS.header * 72;
          s.pageLayout.footerMargin = NARROW_MARGINS.footer * 72;
        }
        if (sheet.print.area) s.pageLayout.setPrintArea(sheet.print.area);
        if (sheet.print.titleRows) s.pageLayout.setPrintTitleRows(`$1:$${sheet.print.titleRows}`);
        const pages = s.pageLayout.headersFooters.defaultForAllPages;
        if (sheet.print.title) pages.centerHeader = headerFooterText(sheet.print.title, HEADER_FOOTER_MAX);
        if (sheet.print.footer) {
          const footer = footerParts(sheet.print.footer);
          pages.leftFooter = footer.left;
          pages.centerFooter = footer.center;
          pages.rightFooter = footer.right;
        }
      }
    },
  };
}

/**
 * Data validations and conditional formats. Validations with the same rule (Demand's override
 * and reason rows, one of each per family) are set once over their ranges together (`getRanges`).
 */
function rulesStep(sheet: SheetSpec, opts: SheetStepOptions): Step {
  const name = sheet.name;
  const groups = new Map<
    string,
    { rule: Excel.DataValidationRule; alert: Excel.DataValidationErrorAlert; ranges: string[] }
  >();
  for (const v of sheet.validations) {
    const rule = validationRule(v);
    const alert = validationAlert(v);
    const id = JSON.stringify([rule, alert]);
    const g = groups.get(id) ?? { rule, alert, ranges: [] };
    g.ranges.push(localRange(name, v.range));
    groups.set(id, g);
  }
  const validations = [...groups.values()].flatMap((g) =>
    chunkAddresses(g.ranges, opts.maxAddressChars, opts.listSeparator).map((local) => ({
      local,
      rule: g.rule,
      alert: g.alert,
    })),
  );
  const formats = sheet.conditionalFormats.map((f) => ({
    local: localRange(name, f.range),
    formula: f.formula,
    colors: STATUS_STYLES[f.style],
  }));
  return {
    label: `${name}: validations and conditional formats`,
    sheet: name,
    bytes: estimate(3 * validations.length + 5 * formats.length, validations, formats),
    queue: (ctx) => {
      const s = ws(ctx, name);
      for (const v of validations) {
        const dv = s.getRanges(v.local).dataValidation;
        dv.rule = v.rule;
        dv.errorAlert = v.alert;
      }
      for (const f of formats) {
        const cf = s.getRange(f.local).conditionalFormats.add("Custom");
        cf.custom.rule.formula = f.formula;
        cf.custom.format.fill.color = f.colors.fill;
        cf.custom.format.font.color = f.colors.font;
      }
    },
  };
}

/** Charts, placed over their cells; a chart's data may live on another sheet. */
function chartsStep(sheet: SheetSpec): Step {
  const name = sheet.name;
  return {
    label: `${name}: charts`,
    sheet: name,
    bytes: estimate(5 * sheet.charts.length, sheet.charts),
    queue: (ctx) => {
      const s = ws(ctx, name);
      for (const c of sheet.charts) {
        const { sheet: src, local } = splitReference(c.sourceRange);
        const source = (src === null ? s : ws(ctx, src)).getRange(local);
        const chart = s.charts.add(CHART_TYPES[c.type], source, "Rows");
        chart.name = c.title;
        chart.title.text = c.title;
        chart.setPosition(c.topLeft, c.bottomRight);
      }
    },
  };
}
