/**
 * The "Executive Summary" sheet: the deck laid out top to bottom like the meeting, with the
 * charts over source tables in its own appendix. It holds values (a snapshot of the meeting's
 * numbers), not formulas.
 */
import { range } from "../layout/a1";
import { cycleFooter } from "../layout/print";
import type { ChartSpec, SheetSpec } from "../layout/types";
import { TAB } from "../layout/styles";
import { buildDeck, type DeckOptions } from "./deck";
import type { DeckInput } from "./input";
import { writeDecisions, writeRecommendation, writeRisks, writeScenarios } from "./sheetDecide";
import { writeAppendix } from "./sheetAppendix";
import { SECTION_TITLES, writeAgenda, writeDemand, writeFinancial, writeKpis, writeSupply } from "./sheetPlan";
import { DEFAULT_UNMET_TOLERANCE } from "./recommend";
import { RowWriter, a1Range, text } from "./writer";
import { writeFva } from "./sheetFva";
import { a1 } from "./cells";

export const DECK_SHEET_NAME = "Executive Summary";

/** Rows kept free under "Plan at a glance" for the two charts. */
export const CHART_ROWS = 16;

/** The printed summary's most pages (landscape, one page wide). */
export const DECK_PAGES = 2;

/**
 * Widths of the summary columns A..I (agenda presenters sit in C, gap types and action status in
 * D). A and B hold a whole decision and its owner: the printed summary's scale is set by its
 * height (two pages tall), not its width, so the wider columns do not shrink the print.
 */
const SUMMARY_WIDTHS: ReadonlyArray<number> = [44, 20, 26, 22, 15, 15, 15, 15, 15];
/** The appendix runs one column per month plus a total; columns past I get this width. */
const WIDTH_MONTH = 12;

export function buildDeckSheet(input: DeckInput, opts: DeckOptions = {}): SheetSpec {
  const deck = buildDeck(input, opts);
  const w = new RowWriter();
  w.row([text(deck.title, "title")]);
  w.row([text(deck.subtitle, "subtitle")]);
  w.blank();
  writeAgenda(w, deck);
  writeKpis(w, deck);
  writeFva(w, input.fva, input.overrides);
  writeDemand(w, deck, input.forecastability);
  writeSupply(w, deck);
  writeFinancial(w, deck, input);

  w.row([text(SECTION_TITLES.charts, "title")]);
  w.row([
    text(
      "Demand, supply and capacity; revenue against target; by month, all families (chart data: appendix A1).",
      "note",
    ),
  ]);
  const chartTop = w.next;
  w.blank(CHART_ROWS);

  writeRisks(w, deck, input);
  writeScenarios(w, deck);
  writeRecommendation(w, deck, opts.unmetTolerance ?? DEFAULT_UNMET_TOLERANCE);
  writeDecisions(w, deck);
  const summaryEnd = w.next - 1;
  const src = writeAppendix(w, deck, input);

  const chartBottom = chartTop + CHART_ROWS - 1;
  const charts: ChartSpec[] = [
    {
      title: `Demand vs ${deck.vocabulary.supplyPlan.toLowerCase()} vs ${deck.vocabulary.capacity.toLowerCase()}, all families`,
      type: "line",
      sourceRange: a1Range(src.planRows[0], 0, src.planRows[1], src.lastCol),
      topLeft: a1(chartTop, 0),
      bottomRight: a1(chartBottom, 2),
    },
    {
      title: "Revenue vs target by month",
      type: "columnClustered",
      sourceRange: a1Range(src.revenueRows[0], 0, src.revenueRows[1], src.lastCol),
      topLeft: a1(chartTop, 3),
      bottomRight: a1(chartBottom, 8),
    },
  ];

  const columns = Math.max(SUMMARY_WIDTHS.length, input.months.length + 2);
  const columnWidths = Array.from({ length: columns }, (_, c) => SUMMARY_WIDTHS[c] ?? WIDTH_MONTH);

  return {
    name: DECK_SHEET_NAME,
    kind: "report",
    tabColor: TAB.deck,
    cells: w.cells(),
    columnWidths,
    validations: [],
    conditionalFormats: [],
    charts,
    protect: false,
    // The printed pack is the summary, one page wide and at most two tall, on narrow margins;
    // the month-by-month appendix stays on screen.
    print: {
      landscape: true,
      fitToWidth: true,
      pagesTall: DECK_PAGES,
      narrowMargins: true,
      title: deck.title,
      area: range(0, 0, summaryEnd, SUMMARY_WIDTHS.length - 1, true),
      footer: cycleFooter(input.company, input.cycleMonth),
    },
  };
}
