/**
 * The workbook as data. The layout functions build a `WorkbookSpec` from a cycle; the
 * Office.js renderer and the ExcelJS renderer both write exactly this, so the workbook a
 * user scaffolds in Excel and the .xlsx the command line writes are the same workbook.
 *
 * Coordinates are 0-based (row, col) within a sheet; grids start at A1.
 */

/** A plain cell value. Dates are written as Excel serial numbers with a date number format. */
export type CellValue = number | string | boolean | null;

/** Named cell styles; each renderer maps a name to its own formatting calls. */
export type StyleName =
  | "title" // sheet title: large, bold
  | "subtitle" // a line under the title: muted
  | "header" // column or month header: bold, filled, bottom border
  | "label" // row label
  | "input" // a value the user types: input fill, unlocked
  | "formula" // a calculated cell: locked, plain
  | "total" // a total row: bold, top border
  | "note" // an explanatory note: italic, muted
  | "wrappedNote" // a note that wraps within its column (the row is as tall as its lines): italic, muted
  | "good" // status on target: green
  | "watch" // status watch: amber
  | "bad"; // status off target: red

export interface Cell {
  /** The value (for an input cell: the default or the user's value; for a formula: its cached result). */
  readonly value?: CellValue;
  /** An A1-style formula beginning with "=", e.g. "=SUM(B2:B13)" or "=SOP.OTIF(Orders!F2:F40,...)". */
  readonly formula?: string;
  readonly style?: StyleName;
  /** Excel number format code, e.g. "#,##0", "0.0%", "yyyy-mm-dd". */
  readonly numberFormat?: string;
  /**
   * Stable identity of an input cell ("Demand|override|Widgets|2026-03"). A cell with a key is
   * an input: rebuilding the workbook keeps whatever the user typed there, wherever the
   * cell moves to in the new layout.
   */
  readonly key?: string;
}

/** Data validation on a rectangular range. */
export type Validation =
  | { readonly kind: "list"; readonly range: string; readonly values: ReadonlyArray<string> }
  | { readonly kind: "decimal"; readonly range: string; readonly min?: number; readonly max?: number }
  | { readonly kind: "whole"; readonly range: string; readonly min?: number; readonly max?: number }
  | { readonly kind: "date"; readonly range: string };

/** Conditional formatting: highlight cells of `range` where `formula` (relative to the top-left cell) is true. */
export interface ConditionalFormat {
  readonly range: string;
  /** e.g. "=B5<0" written for the top-left cell of `range`. */
  readonly formula: string;
  readonly style: "good" | "watch" | "bad";
}

export interface ChartSpec {
  readonly title: string;
  readonly type: "line" | "columnClustered" | "columnStacked";
  /** Source range, series in rows, first column the series names, first row the categories. */
  readonly sourceRange: string;
  /** Where the chart sits: top-left and bottom-right cell addresses on its sheet. */
  readonly topLeft: string;
  readonly bottomRight: string;
}

export interface SheetSpec {
  readonly name: string;
  /** "input": the user types here; "calc": formulas; "report": read-only summaries. */
  readonly kind: "input" | "calc" | "report";
  readonly tabColor?: string;
  /** Dense rows of cells from A1; `null` is an empty cell. Rows may differ in length. */
  readonly cells: ReadonlyArray<ReadonlyArray<Cell | null>>;
  /** Column widths in characters, by 0-based column index. */
  readonly columnWidths: ReadonlyArray<number>;
  /**
   * Rows given a height of their own, in points ([0-based row, points]): spacer rows, rows of a
   * larger font. Rows of wrapped text get theirs from rowHeights.ts; these win over that.
   */
  readonly rowHeights?: ReadonlyArray<readonly [number, number]>;
  /** Rows and columns frozen at the top-left. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly validations: ReadonlyArray<Validation>;
  readonly conditionalFormats: ReadonlyArray<ConditionalFormat>;
  readonly charts: ReadonlyArray<ChartSpec>;
  /** Protect the sheet (input cells stay unlocked) so formulas are not overwritten by accident. */
  readonly protect: boolean;
  /** Page setup (src/layout/print.ts); `area` limits what prints, fully absolute, e.g. "$A$1:$I$120". */
  readonly print?: {
    readonly landscape: boolean;
    /** One page wide, as many pages tall as needed (or at most `pagesTall`). Ignored when `scale` is given. */
    readonly fitToWidth: boolean;
    /** With `fitToWidth`: shrink to at most this many pages tall as well. */
    readonly pagesTall?: number;
    /**
     * Print at this zoom, in percent, instead of fitting: Excel and LibreOffice both ignore
     * manual page breaks on a sheet fitted to pages, so a sheet with `rowBreaks` gives its scale.
     */
    readonly scale?: number;
    /** 0-based rows that start a new printed page (manual page breaks). */
    readonly rowBreaks?: ReadonlyArray<number>;
    /** Narrow page margins (0.25" sides, 0.5" top and bottom), for a page that should hold more. */
    readonly narrowMargins?: boolean;
    /** Centred in the page header, in bold. */
    readonly title?: string;
    readonly area?: string;
    /** How many rows from the top repeat on every printed page (print titles). */
    readonly titleRows?: number;
    /** Plain text on the left of the page footer (company and cycle); the sheet name and page number follow. */
    readonly footer?: string;
  };
}

export interface NamedRange {
  readonly name: string;
  /** e.g. "Settings!$B$3" */
  readonly ref: string;
}

export interface WorkbookSpec {
  readonly sheets: ReadonlyArray<SheetSpec>;
  readonly names: ReadonlyArray<NamedRange>;
}
