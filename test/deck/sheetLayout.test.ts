/**
 * The Executive Summary sheet's frame (src/deck/sheet.ts): subtitle, charts and their place,
 * column widths, row heights and the printed pages, each expected value worked out by hand from
 * the fixture (test/deck/fixture.ts: two families, three months) and the layout's rules.
 */
import type { DeckInput } from "../../src/deck/input";
import { CHART_ROWS, buildDeckSheet, deckPages } from "../../src/deck/sheet";
import type { ScenarioSpec } from "../../src/deck/scenarios";
import type { SheetSpec } from "../../src/layout/types";
import { fixtureInput as input, rowOf } from "./fixture";

/** The fixture's plan over eight months: months 4 to 8 repeat month 3's numbers in every grid. */
function eightMonths(i: DeckInput): DeckInput {
  const months = ["2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];
  const pad = (g: ReadonlyArray<ReadonlyArray<number>>): number[][] =>
    g.map((row) => months.map((_, t) => row[Math.min(t, 2)]));
  return {
    ...i,
    months,
    demand: pad(i.demand),
    supply: pad(i.supply),
    capacity: pad(i.capacity),
    inventory: pad(i.inventory),
    late: pad(i.late),
    lost: pad(i.lost),
    revenue: pad(i.revenue),
    cogs: pad(i.cogs),
    grossMargin: pad(i.grossMargin),
    inventoryValue: pad(i.inventoryValue),
  };
}

/** The summary's columns A..I: 44 + 20 + 26 + 22 + 20 + 20 + 22 + 22 + 22 = 218 characters wide. */
const SUMMARY_WIDTHS = [44, 20, 26, 22, 20, 20, 22, 22, 22];

describe("the Executive Summary sheet's frame", () => {
  let sheet: SheetSpec;
  beforeEach(() => {
    sheet = buildDeckSheet(input());
  });

  it("states the plan's span and size under the title", () => {
    expect(sheet.cells[1]).toEqual([
      {
        value:
          "Plan 2026-03 to 2026-05 (3 months), 2 product families. Values are a snapshot of the workbook when the deck was built; detail in the appendix.",
        style: "subtitle",
      },
    ]);
    expect(sheet.validations).toEqual([]);
    expect(sheet.conditionalFormats).toEqual([]);
  });

  it("draws the two charts, named in the business's words, beside the scenario tables and over the appendix's sources", () => {
    // The scenario tables' first header row h (0-based): the charts take the 2 x CHART_ROWS rows
    // under it, h + 1 .. h + 24, 12 each; in 1-based rows the first is h + 2 .. h + 13, the
    // second h + 14 .. h + 25; columns E (the first after the three scenarios' B..D) to I.
    const h = rowOf(sheet, "The plan as it stands");
    const chart = rowOf(sheet, "Month") + 1;
    expect(2 * CHART_ROWS).toBe(24);
    expect(sheet.charts).toEqual([
      {
        title: "Demand vs production plan vs production capacity, all families",
        type: "line",
        sourceRange: `A${chart}:D${chart + 3}`,
        topLeft: `E${h + 2}`,
        bottomRight: `I${h + 13}`,
      },
      {
        title: "Revenue vs target by month",
        type: "columnClustered",
        sourceRange: `A${chart + 5}:D${chart + 7}`,
        topLeft: `E${h + 14}`,
        bottomRight: `I${h + 25}`,
      },
    ]);
    // Plan at a glance: its title beside the section's, its note beside the first header.
    expect(sheet.cells[h - 1][4]).toEqual({ value: "Plan at a glance", style: "title" });
    expect(sheet.cells[h][4]).toEqual({ value: "By month, all families (chart data: appendix A1).", style: "note" });
    const saas = buildDeckSheet({ ...input(), businessType: "saas" });
    expect(saas.charts[0].title).toBe("Demand vs onboarding plan vs onboarding capacity, all families");
  });

  it("moves the charts right of a wider scenario table, and prints them", () => {
    // Eight scenarios fill columns B..I: the charts start in J (index 8 + 1 = 9) and take three
    // columns at least, J..L (index 11); the print area reaches L too.
    const specs: ScenarioSpec[] = Array.from({ length: 8 }, (_, i) => ({
      name: `S${i + 1}`,
      demandMultiplier: 1,
      capacityMultiplier: 1,
    }));
    const wide = buildDeckSheet(input(), { scenarios: specs });
    const h = rowOf(wide, "The plan as it stands");
    expect(wide.cells[h - 1][9]).toEqual({ value: "Plan at a glance", style: "title" });
    expect(wide.charts.map((c) => [c.topLeft, c.bottomRight])).toEqual([
      [`J${h + 2}`, `L${h + 13}`],
      [`J${h + 14}`, `L${h + 25}`],
    ]);
    expect(wide.print?.area).toBe(`$A$1:$L$${rowOf(wide, "Appendix: detail")}`);
    // J..L, past the summary's and the three months' columns, get the appendix's 12 characters,
    // and the zoom fits them: 218 + 3 x 12 = 254 characters x 7 pt = 1,778 pt on the 756 pt
    // page body: 756 / 1778 = 0.4252, 42 %.
    expect(wide.columnWidths).toEqual([...SUMMARY_WIDTHS, 12, 12, 12]);
    expect(wide.print?.scale).toBe(42);
  });

  it("gives the summary's columns their widths, and the appendix's months 12 characters", () => {
    expect(sheet.columnWidths).toEqual(SUMMARY_WIDTHS);
    // Eight months and the Total column from B: 10 columns, J the first past the summary's.
    expect(buildDeckSheet(eightMonths(input())).columnWidths).toEqual([...SUMMARY_WIDTHS, 12]);
  });

  it("prints at the zoom that fits the summary's width on a narrow-margin landscape page", () => {
    // A..I: 218 characters x 7 pt = 1,526 pt; the page body is 11 in - 2 x 0.25 in = 756 pt
    // wide: 756 / 1526 = 0.4954, 49 %. The appendix's wider columns are not printed.
    expect(sheet.print?.scale).toBe(49);
    expect(buildDeckSheet(eightMonths(input())).print?.scale).toBe(49);
  });

  it("sizes each section title's row and each spacer row between blocks, not the rows beside the charts", () => {
    const at = (t: string): number => rowOf(sheet, t);
    const titles = [
      0,
      at("1. Agenda and decisions required"),
      at("2. KPI snapshot (each KPI over the period shown)"),
      at("3. Demand plan summary"),
      at("4. Supply planning summary"),
      at("5. Financial planning summary"),
      at("6. Risk and issue view"),
      at("7. Scenario options"),
      at("8. Trade-offs and recommendation"),
      at("9. Final decisions and owners"),
    ];
    const spacers = [
      2, // under the subtitle
      at("Total") + 1, // after the agenda
      at("2. KPI snapshot (each KPI over the period shown)") - 1, // after the decisions required
      at("3. Demand plan summary") - 1, // after the KPI table
      at("4. Supply planning summary") - 1, // after the demand table (the supply table ends on its pre-build line)
      at("Plan vs financial targets") - 1, // after the financial table, no budget
      at("6. Risk and issue view") - 1, // after the no-budget line
      at("7. Scenario options") - 1, // after the gaps
      at("8. Trade-offs and recommendation") - 1, // after the option notes
      at("Recommended option") - 1, // after the trade-offs
      at("9. Final decisions and owners") - 1, // after the rule
      at("Appendix: detail") - 1, // after the decisions: the summary's last row
    ];
    const expected = [...titles.map((r) => [r, 18]), ...spacers.map((r) => [r, 4])].sort((a, b) => a[0] - b[0]);
    expect(sheet.rowHeights).toEqual(expected);
    // The empty rows beside the charts (after the options, down to the charts' last row) keep the default height.
    const h = rowOf(sheet, "The plan as it stands");
    expect(sheet.cells[h + 24]).toEqual([]);
    expect(sheet.cells[h + 25][0]?.style).toBe("note");
  });

  it("states the unmet demand allowed in the recommendation's rule", () => {
    const strict = buildDeckSheet(input(), { unmetTolerance: 0.1 });
    expect(strict.cells[rowOf(strict, "Recommended option") + 2]).toEqual([
      {
        value:
          "Rule: of the response options whose lost demand (never shipped within the plan) stays within 10.0% of demand value and whose peak inventory value stays under the ceiling in the Base scenario, the one with the highest gross margin (net of any overtime premium).",
        style: "note",
      },
    ]);
  });
});

describe("the summary's printed pages", () => {
  const title = { value: "Section", style: "title" as const };
  const line = { value: "a line" };

  it("starts a page at a section title, and tolerates rows the sheet never wrote", () => {
    // Four rows, a title at 0 and at 2: the second page starts at 2. Rows 4 and 5 were never
    // written (an empty row each); everything fits at 100 %.
    const plan = deckPages({ cells: [[title], [line], [title], [line]], columnWidths: [10], rowHeights: [] }, 5, 0);
    expect(plan.breaks).toEqual([2]);
    expect(plan.scale).toBe(100);
  });

  it("fits the width of columns A to the last printed one only", () => {
    // A and B: (100 + 100) x 7 = 1,400 pt on a 756 pt body: 0.54, 54 %; C is past the print area.
    const plan = deckPages({ cells: [[title], [line]], columnWidths: [100, 100, 50], rowHeights: [] }, 1, 1);
    expect(plan).toEqual({ breaks: [], scale: 54, tallest: plan.tallest });
  });
});
