/**
 * Cell styles for the Office.js renderer: the layout's look of each role as `RangeFormat`
 * assignments, and the grouping of a
 * sheet's cells into rectangles per style, so that each style costs one `RangeAreas` format
 * call per address chunk instead of one call per cell.
 */
import type { SheetSpec, StyleName } from "../../layout/types";
import { cellRole, isUnlocked, type BorderSide, type RoleBorder, type RoleStyle } from "../../layout/styles";
import { columnsAddress, rectAddress, type Rect } from "./a1";

type BorderItem = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

const EDGES: Readonly<Record<BorderSide, BorderItem>> = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
};

const WEIGHTS: Readonly<Record<RoleBorder["weight"], "Thin" | "Hairline">> = { thin: "Thin", hair: "Hairline" };

const ALIGNMENTS = { left: "Left", center: "Center", right: "Right" } as const;

/**
 * The border items a role's sides take on a rectangle of its cells: each outer edge, and the
 * inside lines, so that every cell gets the side as the .xlsx gives it cell by cell.
 */
export function borderItems(sides: ReadonlyArray<BorderSide>): BorderItem[] {
  const items = sides.map((s) => EDGES[s]);
  if (sides.includes("top") || sides.includes("bottom")) items.push("InsideHorizontal");
  if (sides.includes("left") || sides.includes("right")) items.push("InsideVertical");
  return items;
}

/** One property assignment on a `RangeFormat` (one action of a request). */
export type FormatAction = (format: Excel.RangeFormat) => void;

/** The assignments that give a range the look of a role (layout/styles.ts). */
export function formatActions(look: RoleStyle): FormatAction[] {
  const out: FormatAction[] = [];
  const { color, bold, italic, size } = look.font;
  const fill = look.fill;
  if (fill !== undefined) out.push((f) => (f.fill.color = fill));
  if (color !== undefined) out.push((f) => (f.font.color = color));
  if (bold !== undefined) out.push((f) => (f.font.bold = bold));
  if (italic !== undefined) out.push((f) => (f.font.italic = italic));
  if (size !== undefined) out.push((f) => (f.font.size = size));
  const border = look.border;
  if (border) {
    for (const item of borderItems(border.sides)) {
      out.push((f) => (f.borders.getItem(item).style = "Continuous"));
      out.push((f) => (f.borders.getItem(item).weight = WEIGHTS[border.weight]));
      out.push((f) => (f.borders.getItem(item).color = border.color));
    }
  }
  const horizontal = look.horizontal;
  if (horizontal !== undefined) out.push((f) => (f.horizontalAlignment = ALIGNMENTS[horizontal]));
  const wrap = look.wrap;
  if (wrap !== undefined) out.push((f) => (f.wrapText = wrap));
  return out;
}

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

/** Rectangles of cells per role (`cellRole`: a keyed cell without a style is an input). */
export function styleRects(sheet: SheetSpec): Map<StyleName, Rect[]> {
  return groupRects(sheet, (r, c) => {
    const cell = sheet.cells[r][c];
    return cell ? cellRole(cell) : undefined;
  });
}

/** Rectangles of input cells (`isUnlocked`): these stay unlocked. */
export function inputRects(sheet: SheetSpec): Rect[] {
  const groups = groupRects(sheet, (r, c) => {
    const cell = sheet.cells[r][c];
    return cell && isUnlocked(cell) ? true : undefined;
  });
  return groups.get(true) ?? [];
}

/**
 * Joins addresses with `separator` into strings of at most `maxChars` characters each, the unit
 * of one `worksheet.getRanges(address)` call. The docs say ","; Excel on desktop in a locale
 * whose list separator is ";" (German, Czech...) wants ";" (OfficeDev/office-js#1167, #1985),
 * which the writer learns from Excel's rejection (see write.ts).
 */
export function chunkAddresses(
  addresses: ReadonlyArray<string>,
  maxChars: number,
  separator: "," | ";" = ",",
): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current !== "" && current.length + 1 + a.length > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? a : `${current}${separator}${a}`;
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
