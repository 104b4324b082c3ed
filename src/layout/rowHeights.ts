/**
 * Row heights for rows whose text wraps: header labels and wrapped notes. Neither Excel nor
 * LibreOffice re-fits row heights when it opens a file, and Office.js writes do not either, so a
 * two-line header such as "Production plan, next 3 months" would be cut off, and a KPI's
 * definition would print as its first line. Both renderers set these heights.
 */
import { ROLE_STYLES } from "./styles";
import { SheetSpec } from "./types";

/** Points per line of the default 11-pt font. */
export const LINE_HEIGHT_PT = 15;

/** The workbook's default font size, in points (LINE_HEIGHT_PT is its line). */
const DEFAULT_FONT_PT = 11;

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43;

/** How many lines `text` takes when wrapped at word boundaries into `width` characters (bold: ~10 % wider). */
export function wrappedLines(text: string, width: number): number {
  const capacity = Math.max(1, Math.floor(width * 0.9));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= capacity) {
      used = need;
    } else if (used === 0) {
      lines += Math.ceil(word.length / capacity) - 1;
      used = word.length % capacity || capacity;
    } else {
      lines++;
      used = word.length;
      if (word.length > capacity) {
        lines += Math.ceil(word.length / capacity) - 1;
        used = word.length % capacity || capacity;
      }
    }
  }
  return lines;
}

/**
 * 0-based row -> height in points, for each row holding wrapping text (a header, a wrapped note)
 * that needs more than one line, and each row the sheet gives a height of its own
 * (`SheetSpec.rowHeights`, which wins). A smaller font fits more characters a line, and its
 * lines are lower, in proportion.
 */
export function headerRowHeights(sheet: SheetSpec): Map<number, number> {
  const out = new Map<number, number>();
  sheet.cells.forEach((row, r) => {
    let height = 0;
    row.forEach((cell, c) => {
      const look = cell?.style === undefined ? undefined : ROLE_STYLES[cell.style];
      if (look?.wrap !== true || typeof cell?.value !== "string") return;
      const scale = (look.font.size ?? DEFAULT_FONT_PT) / DEFAULT_FONT_PT;
      const lines = wrappedLines(cell.value, (sheet.columnWidths[c] ?? DEFAULT_WIDTH) / scale);
      if (lines > 1) height = Math.max(height, Math.ceil(lines * LINE_HEIGHT_PT * scale));
    });
    if (height > 0) out.set(r, height);
  });
  for (const [r, pts] of sheet.rowHeights ?? []) out.set(r, pts);
  return out;
}

/**
 * The height in points every row from the top to `last` (0-based, inclusive) prints at: its own
 * or its wrapped text's height (`headerRowHeights`), else the default line; a row whose largest
 * font is bigger than the default (a title) is as tall as that font's line, which is what Excel
 * and LibreOffice give such a row of no height of its own.
 */
export function printedRowHeights(sheet: SheetSpec, last: number): number[] {
  const set = headerRowHeights(sheet);
  return Array.from({ length: last + 1 }, (_, r) => {
    const own = set.get(r);
    if (own !== undefined) return own;
    const sizes = (sheet.cells[r] ?? []).map((c) =>
      c?.style === undefined ? DEFAULT_FONT_PT : (ROLE_STYLES[c.style].font.size ?? DEFAULT_FONT_PT),
    );
    return fontLineHeight(Math.max(DEFAULT_FONT_PT, ...sizes));
  });
}

/** The line height in points of a font size: the default 15 pt for 11 pt, in proportion. */
export function fontLineHeight(size: number): number {
  return Math.ceil((size / DEFAULT_FONT_PT) * LINE_HEIGHT_PT);
}

/**
 * A column's printed width in points, for planning a page: Excel draws a width of w characters
 * as w x 7 + 5 pixels (5.25 pt a character), LibreOffice prints the same column wider (7.0 pt a
 * character of an .xlsx width, measured on the deck's PDF: column A, 44 characters, 150 pt wide
 * at 49 %); the wider of the two.
 */
export function columnWidthPt(width: number): number {
  return width * 7;
}
