/**
 * Cell styles of the headless workbook: the layout's `ROLE_STYLES` and `STATUS_STYLES` as
 * ExcelJS style objects, one per role, number format and lock.
 *
 * Input cells are the only unlocked ones, so sheet protection keeps formulas from being
 * overwritten by accident.
 */
import type { Border, Borders, Fill, Font, Style } from "exceljs";
import type { StyleName } from "../../layout/types";
import { ROLE_STYLES, STATUS_STYLES, type RoleFont, type Status } from "../../layout/styles";

/** "#1F4E79", "1F4E79" or "FF1F4E79" -> "FF1F4E79". */
export function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}

const solid = (color: string): Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(color) },
  bgColor: { argb: argb(color) },
});

function font(f: RoleFont): Partial<Font> {
  const out: { -readonly [K in keyof Font]?: Font[K] } = {};
  if (f.bold !== undefined) out.bold = f.bold;
  if (f.italic !== undefined) out.italic = f.italic;
  if (f.size !== undefined) out.size = f.size;
  if (f.color !== undefined) out.color = { argb: argb(f.color) };
  return out;
}

/** The full cell style for a role, number format and lock. */
export function cellStyle(
  role: StyleName | undefined,
  numberFormat: string | undefined,
  locked: boolean,
): Partial<Style> {
  const look = ROLE_STYLES[role ?? "formula"];
  const out: { -readonly [K in keyof Style]?: Style[K] } = {
    font: font(look.font),
    protection: { locked },
  };
  if (look.fill !== undefined) out.fill = solid(look.fill);
  if (numberFormat) out.numFmt = numberFormat;
  if (look.border) {
    const edge: Partial<Border> = { style: look.border.weight, color: { argb: argb(look.border.color) } };
    const borders: Partial<Borders> = {};
    for (const side of look.border.sides) borders[side] = edge;
    out.border = borders;
  }
  if (look.horizontal !== undefined || look.wrap !== undefined) {
    out.alignment = {
      ...(look.horizontal !== undefined ? { horizontal: look.horizontal } : {}),
      ...(look.wrap !== undefined ? { wrapText: look.wrap } : {}),
    };
  }
  return out;
}

/**
 * A cache of style objects: ExcelJS keeps a reference to the object a cell receives, so every
 * cell with the same look shares one object and nothing mutates it afterwards.
 */
export class StyleCache {
  /** By role, then number format: the unlocked style, then the locked one. */
  private readonly cache = new Map<StyleName | undefined, Map<string, (Partial<Style> | undefined)[]>>();

  get(role: StyleName | undefined, numberFormat: string | undefined, locked: boolean): Partial<Style> {
    // Nested maps, not a key string: the pack asks for millions of cells' styles.
    let byFormat = this.cache.get(role);
    if (byFormat === undefined) this.cache.set(role, (byFormat = new Map()));
    const format = numberFormat ?? "";
    let pair = byFormat.get(format);
    if (pair === undefined) byFormat.set(format, (pair = [undefined, undefined]));
    const k = locked ? 1 : 0;
    return (pair[k] ??= cellStyle(role, numberFormat, locked));
  }
}

/** Differential style (conditional formatting) for a status. */
export function statusDxf(status: Status): Partial<Style> {
  const s = STATUS_STYLES[status];
  return {
    font: { color: { argb: argb(s.font) } },
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(s.fill) } },
  };
}
