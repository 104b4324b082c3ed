/**
 * Cell styles of the headless workbook: one ExcelJS style per `StyleName` and number format.
 *
 * Input cells share one look everywhere (light-yellow fill, blue font, unlocked) so a planner
 * sees at a glance where to type; every other cell is locked, so sheet protection keeps
 * formulas from being overwritten by accident.
 */
import type { Style, Fill, Font } from "exceljs";
import type { StyleName } from "../../layout/types";

/** ARGB colours of the palette. */
export const PALETTE = {
  inputFill: "FFFFF2CC",
  inputFont: "FF0000FF",
  headerFill: "FFDDEBF7",
  border: "FF8EA9DB",
  title: "FF1F3864",
  muted: "FF595959",
  goodFill: "FFC6EFCE",
  goodFont: "FF006100",
  watchFill: "FFFFEB9C",
  watchFont: "FF9C5700",
  badFill: "FFFFC7CE",
  badFont: "FF9C0006",
} as const;

const solid = (argb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } });

const fontOf = (style: StyleName): Partial<Font> => {
  switch (style) {
    case "title":
      return { bold: true, size: 14, color: { argb: PALETTE.title } };
    case "subtitle":
      return { italic: true, color: { argb: PALETTE.muted } };
    case "header":
    case "total":
      return { bold: true };
    case "input":
      return { color: { argb: PALETTE.inputFont } };
    case "note":
      return { italic: true, size: 9, color: { argb: PALETTE.muted } };
    case "good":
      return { color: { argb: PALETTE.goodFont } };
    case "watch":
      return { color: { argb: PALETTE.watchFont } };
    case "bad":
      return { color: { argb: PALETTE.badFont } };
    default:
      return {};
  }
};

const fillOf = (style: StyleName): Fill | undefined => {
  switch (style) {
    case "header":
      return solid(PALETTE.headerFill);
    case "input":
      return solid(PALETTE.inputFill);
    case "good":
      return solid(PALETTE.goodFill);
    case "watch":
      return solid(PALETTE.watchFill);
    case "bad":
      return solid(PALETTE.badFill);
    default:
      return undefined;
  }
};

/** The full cell style for a style name and number format; input cells are the only unlocked ones. */
export function cellStyle(style: StyleName | undefined, numberFormat: string | undefined): Partial<Style> {
  const name = style ?? "formula";
  const out: { -readonly [K in keyof Style]?: Style[K] } = {
    font: fontOf(name),
    protection: { locked: name !== "input" },
  };
  const fill = fillOf(name);
  if (fill) out.fill = fill;
  if (numberFormat) out.numFmt = numberFormat;
  if (name === "header") out.border = { bottom: { style: "thin", color: { argb: PALETTE.border } } };
  if (name === "total") out.border = { top: { style: "thin", color: { argb: "FF000000" } } };
  if (name === "input") {
    const edge = { style: "hair" as const, color: { argb: PALETTE.border } };
    out.border = { top: edge, left: edge, bottom: edge, right: edge };
  }
  if (name === "header") out.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  return out;
}

/**
 * A cache of style objects: ExcelJS keeps a reference to the object a cell receives, so every
 * cell with the same look shares one frozen object and nothing mutates it afterwards.
 */
export class StyleCache {
  private readonly cache = new Map<string, Partial<Style>>();

  get(style: StyleName | undefined, numberFormat: string | undefined): Partial<Style> {
    const key = `${style ?? ""}\u0000${numberFormat ?? ""}`;
    let found = this.cache.get(key);
    if (!found) {
      found = cellStyle(style, numberFormat);
      this.cache.set(key, found);
    }
    return found;
  }
}

/** Differential style (conditional formatting) for a status. */
export function statusDxf(status: "good" | "watch" | "bad"): Partial<Style> {
  const fill = { good: PALETTE.goodFill, watch: PALETTE.watchFill, bad: PALETTE.badFill }[status];
  const font = { good: PALETTE.goodFont, watch: PALETTE.watchFont, bad: PALETTE.badFont }[status];
  return {
    font: { color: { argb: font } },
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: fill } },
  };
}
