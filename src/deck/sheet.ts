/**
 * The "Executive Summary" sheet: the deck laid out top to bottom like the meeting, with the
 * charts over source tables in its own appendix. It holds values (a snapshot of the meeting's
 * numbers), not formulas.
 */
import { range } from "../layout/a1";
import { cycleFooter, planPages, type PagePlan } from "../layout/print";
import type { Cell, ChartSpec, SheetSpec } from "../layout/types";
import { TAB } from "../layout/styles";
import { columnWidthPt, printedRowHeights } from "../layout/rowHeights";
import { buildDeck, type DeckOptions } from "./deck";
import type { DeckInput } from "./input";
import { writeDecisions, writeRecommendation, writeRisks, writeScenarios } from "./sheetDecide";
import { writeAppendix } from "./sheetAppendix";
import { SECTION_TITLES, writeAgenda, writeDemand, writeFinancial, writeKpis, writeSupply } from "./sheetPlan";
import { DEFAULT_UNMET_TOLERANCE } from "./recommend";
import { RowWriter, a1Range, text } from "./writer";
import { writeFva } from "./sheetFva";
import { familiesShown } from "./others";
import { a1 } from "./cells";

export const DECK_SHEET_NAME = "Executive Summary";

/** Rows each chart takes at least, beside the scenario tables ("Plan at a glance"). */
export const CHART_ROWS = 12;

/** The printed summary's most pages (landscape, one page wide). */
export const DECK_PAGES = 2;

/**
 * Widths of the summary columns A..I (agenda presenters sit in C, gap types and action status in
 * D). A and B hold a whole decision and its owner. The printed summary's scale is set by its
 * height (two pages tall), not its width, so wider columns cost no print size: E..I hold the
 * tables' headers on at most two lines, a KPI's period note (H and I) and the charts.
 */
const SUMMARY_WIDTHS: ReadonlyArray<number> = [44, 20, 26, 22, 20, 20, 22, 22, 22];
/** The appendix runs one column per month plus a total; columns past I get this width. */
const WIDTH_MONTH = 12;
/** The charts sit beside the scenario tables, from this column to the summary's last. */
const CHART_COLUMN = 4;
/** Height in points of an empty row between two blocks of the summary. */
const SPACER_PT = 4;
/** Height in points of a section title's row (14-pt bold: Excel's own height for it is 18.75). */
const TITLE_PT = 18;

export function buildDeckSheet(input: DeckInput, opts: DeckOptions = {}): SheetSpec {
  const deck = buildDeck(input, opts);
  const w = new RowWriter();
  w.row([text(deck.title, "title")]);
  w.row([text(deck.subtitle, "subtitle")]);
  w.blank();
  writeAgenda(w, deck);
  writeKpis(w, deck);
  writeDemand(w, deck, input.forecastability);
  writeSupply(w, deck, input);
  writeFinancial(w, deck, input);
  writeFva(w, input.fva, familiesShown(deck.summaries), input.overrides);
  writeRisks(w, deck, input);
  const scenarioTitle = w.next;
  const chartLeft = Math.max(CHART_COLUMN, deck.scenarios.length + 1);
  const chartRight = Math.max(chartLeft + 2, SUMMARY_WIDTHS.length - 1);
  const zone = writeScenarios(w, deck, 1 + 2 * CHART_ROWS);
  // Plan at a glance: two charts beside the scenario tables, over source tables in the appendix.
  w.put(scenarioTitle, chartLeft, text(SECTION_TITLES.charts, "title"));
  w.put(zone.top, chartLeft, text("By month, all families (chart data: appendix A1).", "note"));
  writeRecommendation(w, deck, opts.unmetTolerance ?? DEFAULT_UNMET_TOLERANCE);
  writeDecisions(w, deck);
  const summaryEnd = w.next - 1;
  const src = writeAppendix(w, deck, input);

  const chartTop = zone.top + 1;
  const chartSplit = chartTop + Math.floor((zone.bottom - chartTop + 1) / 2);
  const charts: ChartSpec[] = [
    {
      title: `Demand vs ${deck.vocabulary.supplyPlan.toLowerCase()} vs ${deck.vocabulary.capacity.toLowerCase()}, all families`,
      type: "line",
      sourceRange: a1Range(src.planRows[0], 0, src.planRows[1], src.lastCol),
      topLeft: a1(chartTop, chartLeft),
      bottomRight: a1(chartSplit - 1, chartRight),
    },
    {
      title: "Revenue vs target by month",
      type: "columnClustered",
      sourceRange: a1Range(src.revenueRows[0], 0, src.revenueRows[1], src.lastCol),
      topLeft: a1(chartSplit, chartLeft),
      bottomRight: a1(zone.bottom, chartRight),
    },
  ];

  // The summary's columns, the charts' (past I when six scenarios or more push them right)
  // and the appendix's months: every printed column has its width, and the print zoom counts it.
  const lastColumn = Math.max(SUMMARY_WIDTHS.length - 1, chartRight);
  const columns = Math.max(lastColumn + 1, input.months.length + 2);
  const columnWidths = Array.from({ length: columns }, (_, c) => SUMMARY_WIDTHS[c] ?? WIDTH_MONTH);
  const cells = w.cells();
  const rowHeights = summaryRowHeights(cells, summaryEnd, [chartTop, zone.bottom]);
  const pages = deckPages({ cells, columnWidths, rowHeights }, summaryEnd, lastColumn);

  return {
    name: DECK_SHEET_NAME,
    kind: "report",
    tabColor: TAB.deck,
    cells,
    columnWidths,
    rowHeights,
    validations: [],
    conditionalFormats: [],
    charts,
    protect: false,
    // The printed pack is the summary, one page wide and two tall, on narrow margins, each page
    // starting at a section so no table is cut; the month-by-month appendix stays on screen.
    print: {
      landscape: true,
      fitToWidth: false,
      scale: pages.scale,
      rowBreaks: pages.breaks,
      narrowMargins: true,
      title: deck.title,
      area: range(0, 0, summaryEnd, lastColumn, true),
      footer: cycleFooter(input.company, input.cycleMonth),
    },
  };
}

/**
 * Heights the summary's rows are given: a section title its font's line, an empty row between
 * blocks a thin spacer (not the empty rows the charts stand beside, `chartRows`).
 */
function summaryRowHeights(
  cells: ReadonlyArray<ReadonlyArray<Cell | null>>,
  summaryEnd: number,
  chartRows: readonly [number, number],
): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (let r = 0; r <= summaryEnd; r++) {
    const row = cells[r] ?? [];
    if (row.some((c) => c?.style === "title")) out.push([r, TITLE_PT]);
    else if (row.every((c) => c === null) && (r < chartRows[0] || r > chartRows[1])) out.push([r, SPACER_PT]);
  }
  return out;
}

/**
 * The summary's pages: each starts at a section title (so no table is cut by the page break),
 * the break placed where the taller page is the shortest, and the zoom that prints each page
 * whole on A4 or Letter (print.ts).
 */
export function deckPages(
  sheet: Pick<SheetSpec, "cells" | "columnWidths" | "rowHeights">,
  summaryEnd: number,
  lastColumn: number,
): PagePlan {
  const spec: SheetSpec = {
    ...sheet,
    name: DECK_SHEET_NAME,
    kind: "report",
    validations: [],
    conditionalFormats: [],
    charts: [],
    protect: false,
  };
  const heights = printedRowHeights(spec, summaryEnd);
  const starts = heights.map((_, r) => r).filter((r) => sheet.cells[r]?.[0]?.style === "title");
  const width = sheet.columnWidths.slice(0, lastColumn + 1).reduce((s, c) => s + columnWidthPt(c), 0);
  return planPages(heights, starts, DECK_PAGES, width);
}
