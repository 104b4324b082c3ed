/**
 * The workbook's look, declared once: the palette, what each cell role (`StyleName`) looks like,
 * the conditional-format statuses and the tab colours. Both renderers translate this and hold no
 * colour or font of their own, so a workbook scaffolded in Excel and the .xlsx the command line
 * writes look the same (a test renders one spec both ways and compares every role).
 *
 * Colours are "#RRGGBB" (the form Office.js takes, including for tab colours).
 *
 * Number formats are not bound to a role: they belong to the quantity a cell holds (`FMT` in
 * formats.ts) and travel with the cell.
 */
import type { Cell, StyleName } from "./types";

export const PALETTE = {
  /**
   * Inputs: the financial-modelling convention of blue font on light yellow. Pure blue
   * (#0000FF), not a dark navy such as #1F4E79: the convention's point is that a typed value is
   * told apart from black formula results at a glance, and navy reads as black at a distance and
   * in print. Blue on #FFF2CC still has a contrast ratio of about 7.7:1.
   */
  inputFont: "#0000FF",
  inputFill: "#FFF2CC",
  title: "#1F3864",
  /** Subtitles and notes: dark grey, readable on white (#7F7F7F would fall below 4.5:1). */
  muted: "#595959",
  headerFill: "#DDEBF7",
  /** Thin rules under headers and hairlines around inputs. */
  rule: "#8EA9DB",
  /** The rule above a total. */
  ink: "#000000",
  /** Excel's good / neutral / bad presets. */
  goodFont: "#006100",
  goodFill: "#C6EFCE",
  watchFont: "#9C5700",
  watchFill: "#FFEB9C",
  badFont: "#9C0006",
  badFill: "#FFC7CE",
} as const;

export type Status = "good" | "watch" | "bad";

/** What a conditional format of a status shows. */
export interface StatusStyle {
  readonly font: string;
  readonly fill: string;
}

export const STATUS_STYLES: Readonly<Record<Status, StatusStyle>> = {
  good: { font: PALETTE.goodFont, fill: PALETTE.goodFill },
  watch: { font: PALETTE.watchFont, fill: PALETTE.watchFill },
  bad: { font: PALETTE.badFont, fill: PALETTE.badFill },
};

export type BorderSide = "top" | "bottom" | "left" | "right";

/**
 * Lines a role draws on the given sides of every one of its cells, so a block of input cells
 * becomes a grid and a row of headers one rule.
 */
export interface RoleBorder {
  readonly sides: ReadonlyArray<BorderSide>;
  readonly weight: "thin" | "hair";
  readonly color: string;
}

export interface RoleFont {
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points; the default is the workbook's 11. */
  readonly size?: number;
}

/** The look of a cell role. Anything left out is Excel's default (Calibri 11, black, no fill). */
export interface RoleStyle {
  readonly font: RoleFont;
  readonly fill?: string;
  readonly border?: RoleBorder;
  readonly horizontal?: "left" | "center" | "right";
  readonly wrap?: boolean;
}

/**
 * Headers are centred over their columns and wrap: the layout sets the height of a header row
 * for its wrapped lines (rowHeights.ts), which only reads right when the text wraps. Borders
 * mark structure a planner reads and prints in grey: a rule under headers, a rule above totals,
 * hairlines around each input (the yellow fill does not survive a black-and-white print).
 */
export const ROLE_STYLES: Readonly<Record<StyleName, RoleStyle>> = {
  title: { font: { bold: true, size: 14, color: PALETTE.title } },
  subtitle: { font: { italic: true, color: PALETTE.muted } },
  header: {
    font: { bold: true },
    fill: PALETTE.headerFill,
    border: { sides: ["bottom"], weight: "thin", color: PALETTE.rule },
    horizontal: "center",
    wrap: true,
  },
  label: { font: {} },
  input: {
    font: { color: PALETTE.inputFont },
    fill: PALETTE.inputFill,
    border: { sides: ["top", "bottom", "left", "right"], weight: "hair", color: PALETTE.rule },
  },
  formula: { font: {} },
  total: { font: { bold: true }, border: { sides: ["top"], weight: "thin", color: PALETTE.ink } },
  note: { font: { italic: true, size: 9, color: PALETTE.muted } },
  wrappedNote: { font: { italic: true, size: 9, color: PALETTE.muted }, wrap: true },
  good: { font: { color: STATUS_STYLES.good.font }, fill: STATUS_STYLES.good.fill },
  watch: { font: { color: STATUS_STYLES.watch.font }, fill: STATUS_STYLES.watch.fill },
  bad: { font: { color: STATUS_STYLES.bad.font }, fill: STATUS_STYLES.bad.fill },
};

/** Sheet tab colours by kind of sheet, and the deck's. */
export const TAB = { input: "#2E75B6", calc: "#70AD47", report: "#7030A0", deck: "#1F4E79" } as const;

/**
 * The role a cell is drawn with: its style; else "input" for a keyed cell (a cell with a key is
 * an input); else "formula" for a formula; else none.
 */
export function cellRole(cell: Cell): StyleName | undefined {
  return cell.style ?? (cell.key !== undefined ? "input" : cell.formula ? "formula" : undefined);
}

/** Input cells stay unlocked on a protected sheet; every other cell is locked. */
export function isUnlocked(cell: Cell): boolean {
  return cell.key !== undefined || cell.style === "input";
}
