/**
 * Cell styles for the Office.js renderer: the look of each `StyleName`, and the grouping of a
 * sheet's cells into rectangles per style, so that each style costs one `RangeAreas` format
 * call per address chunk instead of one call per cell.
 */
import type { SheetSpec, StyleName } from "../../layout/types";
import { columnsAddress, rectAddress, type Rect } from "./a1";

/** The formatting a style applies. Colours are "#RRGGBB". */
export interface StyleFormat {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly borderTop?: boolean;
  readonly borderBottom?: boolean;
}

/**
 * Finance conventions: inputs are blue on a light yellow fill (and unlocked); formulas stay
 * plain black (and locked); status colours are Excel's good / neutral / bad presets.
 */
export const STYLE_FORMATS: Readonly<Record<StyleName, StyleFormat>> = {
  title: { bold: true, fontSize: 14, fontColor: "#1F3864" },
  subtitle: { italic: true, fontColor: "#595959" },
  header: { bold: true, fill: "#DDEBF7", borderBottom: true },
  label: {},
  input: { fill: "#FFF2CC", fontColor: "#1F4E79" },
  formula: {},
  total: { bold: true, borderTop: true },
  note: { italic: true, fontColor: "#7F7F7F" },
  good: { fill: "#C6EFCE", fontColor: "#006100" },
  watch: { fill: "#FFEB9C", fontColor: "#9C5700" },
  bad: { fill: "#FFC7CE", fontColor: "#9C0006" },
};

/** Conditional-format colours by status. */
export const STATUS_COLORS: Readonly<
  Record<"good" | "watch" | "bad", { readonly fill: string; readonly font: string }>
> = {
  good: { fill: "#C6EFCE", font: "#006100" },
  watch: { fill: "#FFEB9C", font: "#9C5700" },
  bad: { fill: "#FFC7CE", font: "#9C0006" },
};

/**
 * Groups cells by a key into rectangles: runs of equal keys along each row, merged downwards
 * while the next row has the same run. Cells whose key is undefined are skipped.
 */
export function groupRects<K>(sheet: SheetSpec, keyOf: (row: number, col: number) => K | undefined): Map<K, Rect[]> {
  const out = new Map<K, Rect[]>();
  let open = new Map<string, { key: K; r0: number; c0: number; c1: number }>();
  const close = (o: { key: K; r0: number; c0: number; c1: number }, r1: number): void => {
    const list = out.get(o.key) ?? [];
    list.push({ r0: o.r0, c0: o.c0, r1, c1: o.c1 });
    out.set(o.key, list);
  };
  const ids = new Map<K, number>();
  for (let r = 0; r < sheet.cells.length; r++) {
    const next = new Map<string, { key: K; r0: number; c0: number; c1: number }>();
    const row = sheet.cells[r];
    let c = 0;
    while (c < row.length) {
      const key = keyOf(r, c);
      if (key === undefined) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.length && keyOf(r, end + 1) === key) end++;
      if (!ids.has(key)) ids.set(key, ids.size);
      const id = `${ids.get(key)}|${c}|${end}`;
      const prev = open.get(id);
      if (prev) {
        open.delete(id);
        next.set(id, prev);
      } else next.set(id, { key, r0: r, c0: c, c1: end });
      c = end + 1;
    }
    for (const o of open.values()) close(o, r - 1);
    open = next;
  }
  for (const o of open.values()) close(o, sheet.cells.length - 1);
  return out;
}

/** Rectangles of cells per style. */
export function styleRects(sheet: SheetSpec): Map<StyleName, Rect[]> {
  return groupRects(sheet, (r, c) => sheet.cells[r][c]?.style);
}

/** Rectangles of input cells (a `key`, or the "input" style): these stay unlocked. */
export function inputRects(sheet: SheetSpec): Rect[] {
  const groups = groupRects(sheet, (r, c) => {
    const cell = sheet.cells[r][c];
    return cell && (cell.key !== undefined || cell.style === "input") ? true : undefined;
  });
  return groups.get(true) ?? [];
}

/**
 * Joins addresses with "," into strings of at most `maxChars` characters each, the unit of one
 * `worksheet.getRanges(address)` call.
 */
export function chunkAddresses(addresses: ReadonlyArray<string>, maxChars: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current !== "" && current.length + 1 + a.length > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? a : `${current},${a}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}

export function rectAddresses(rects: ReadonlyArray<Rect>): string[] {
  return rects.map(rectAddress);
}

/**
 * Column width in points for a width in characters of the default font (Calibri 11: 7 px per
 * character plus 5 px padding; 96 px = 72 pt).
 */
export function widthInPoints(characters: number): number {
  const pixels = Math.trunc(characters * 7 + 5);
  return Math.round(pixels * 0.75 * 100) / 100;
}

/** Columns grouped by width: points -> column addresses ("B:D", "F:F"). */
export function columnWidthGroups(widths: ReadonlyArray<number>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let c = 0;
  while (c < widths.length) {
    const w = widths[c];
    if (!(w > 0)) {
      c++;
      continue;
    }
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === w) end++;
    const pts = widthInPoints(w);
    const list = out.get(pts) ?? [];
    list.push(columnsAddress(c, end));
    out.set(pts, list);
    c = end + 1;
  }
  return out;
}
