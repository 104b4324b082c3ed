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

/** The workbook's default font size, in points (LINE_HEIGHT_PT is its line). */
const DEFAULT_FONT_PT = 11;

/**
 * 0-based row -> height in points, for each row holding wrapping text (a header, a wrapped note)
 * that needs more than one line. A smaller font fits more characters a line, and its lines are
 * lower, in proportion.
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
  return out;
}
