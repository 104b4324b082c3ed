import { isSopError } from "../../src/core/errors";
import { addDeck } from "../../src/deck/addDeck";
import { buildDeck } from "../../src/deck/deck";
import { deckInputFromNames, type DeckInput } from "../../src/deck/input";
import { CHART_ROWS, DECK_SHEET_NAME, buildDeckSheet } from "../../src/deck/sheet";
import { KPI_DEFS } from "../../src/core/plan-model/kpis";
import { wrappedLines } from "../../src/layout/rowHeights";
import { SECTION_TITLES } from "../../src/deck/sheetPlan";
import type { Cell, CellValue, SheetSpec, WorkbookSpec } from "../../src/layout/types";
import { fixtureNames, reader } from "./fixture";

function input(): DeckInput {
  const r = deckInputFromNames(reader(fixtureNames()));
  if (isSopError(r)) throw new Error(r.message);
  return r;
}

/** Parses "B12" into 0-based (row, col). */
function cellRef(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad ref ${ref}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}

function at(sheet: SheetSpec, row: number, col: number): Cell | null {
  return sheet.cells[row]?.[col] ?? null;
}

/** The values of a range "A1:D3" on the sheet. */
function rangeValues(sheet: SheetSpec, range: string): Array<Array<CellValue | undefined>> {
  const [a, b] = range.split(":").map(cellRef);
  const out: Array<Array<CellValue | undefined>> = [];
  for (let r = a[0]; r <= b[0]; r++) {
    const row: Array<CellValue | undefined> = [];
    for (let c = a[1]; c <= b[1]; c++) row.push(at(sheet, r, c)?.value);
    out.push(row);
  }
  return out;
}

function rowOf(sheet: SheetSpec, text: string): number {
  return sheet.cells.findIndex((row) => row[0]?.value === text);
}

describe("the Executive Summary sheet", () => {
  // Built in each test (beforeEach), so that every test's run of the builder counts as its own.
  let sheet: SheetSpec;
  beforeEach(() => {
    sheet = buildDeckSheet(input());
  });

  it("is a printable report titled with the company and cycle month", () => {
    expect(sheet.name).toBe("Executive Summary");
    expect(sheet.kind).toBe("report");
    expect(sheet.protect).toBe(false);
    const title = at(sheet, 0, 0);
    expect(title?.style).toBe("title");
    expect(title?.value).toBe("Acme Tools: S&OP executive summary, 2026-03");
    // It prints the summary (columns A..I, down to the row above the appendix) on two pages, the
    // second starting at a section title, at the zoom that fits (planPages), on narrow margins.
    const appendixRow = sheet.cells.findIndex((r) => r[0]?.value === SECTION_TITLES.appendix);
    expect(appendixRow).toBeGreaterThan(50);
    const breaks = sheet.print?.rowBreaks ?? [];
    expect(breaks).toHaveLength(1);
    expect(at(sheet, breaks[0], 0)?.style).toBe("title");
    expect(sheet.print).toEqual({
      landscape: true,
      fitToWidth: false,
      scale: sheet.print?.scale,
      rowBreaks: breaks,
      narrowMargins: true,
      title: "Acme Tools: S&OP executive summary, 2026-03",
      // Fully absolute: a relative row ("$A1") is ignored by LibreOffice.
      area: `$A$1:$I$${appendixRow}`,
      footer: "Acme Tools · S&OP cycle 2026-03",
    });
    expect(sheet.columnWidths.length).toBeGreaterThanOrEqual(5);
  });

  it("reads top to bottom like the meeting, with the appendix last", () => {
    const order = [
      "1. Agenda and decisions required",
      "2. KPI snapshot (each KPI over the period shown)",
      "3. Demand plan summary",
      "4. Supply planning summary",
      "5. Financial planning summary",
      "6. Risk and issue view",
      "7. Scenario options",
      "8. Trade-offs and recommendation",
      "9. Final decisions and owners",
      "Appendix: detail",
    ];
    const rows = order.map((t) => rowOf(sheet, t));
    expect(rows.every((r) => r > 0)).toBe(true);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    for (const r of rows) expect(at(sheet, r, 0)?.style).toBe("title");
    // Plan at a glance stands beside the scenario options (its charts beside their tables).
    const scenarios = rowOf(sheet, "7. Scenario options");
    expect(at(sheet, scenarios, 4)).toEqual({ value: "Plan at a glance", style: "title" });
  });

  it("holds values only: no formulas, no non-finite numbers", () => {
    for (const row of sheet.cells) {
      for (const c of row) {
        expect(c?.formula).toBeUndefined();
        if (typeof c?.value === "number") expect(Number.isFinite(c.value)).toBe(true);
      }
    }
  });

  it("shows the seed's agenda with its minutes adding to 90", () => {
    const top = rowOf(sheet, "1. Agenda and decisions required");
    expect(rangeValues(sheet, `A${top + 2}:D${top + 3}`)).toEqual([
      ["Agenda item", "Minutes", "Presenter", "Purpose"],
      ["Opening and objectives", 5, "Process owner", "Confirm decisions needed"],
    ]);
    const total = rowOf(sheet, "Total");
    expect(at(sheet, total, 1)?.value).toBe(90);
    const decisions = rowOf(sheet, "Decisions required");
    expect(String(at(sheet, decisions + 1, 0)?.value)).toMatch(/^1\. Approve the operating plan: the Build ahead option/);
  });

  it("colours KPI status and formats KPI values by unit", () => {
    const r = rowOf(sheet, "Forecast accuracy");
    expect(at(sheet, r, 2)).toMatchObject({ value: 0.82, numberFormat: "0.0%" });
    expect(at(sheet, r, 4)).toMatchObject({ value: "Watch", style: "watch" });
    expect(at(sheet, r, 6)?.value).toBeCloseTo(0.02, 12);
    // No status text in the fixture: turns are higher-is-better with a band of 1; 5.2 >= 6 - 1.
    expect(at(sheet, rowOf(sheet, "Inventory turns"), 4)?.style).toBe("watch");
    expect(at(sheet, rowOf(sheet, "OTIF"), 2)?.value).toBe("n/a");
  });

  it("states the period each KPI covers", () => {
    const top = rowOf(sheet, "2. KPI snapshot (each KPI over the period shown)");
    expect(rangeValues(sheet, `A${top + 2}:H${top + 2}`)).toEqual([
      ["KPI", "Category", "Value", "Target", "Status", "Previous", "Change", "Period"],
    ]);
    const period = (kpi: string): CellValue | undefined => at(sheet, rowOf(sheet, kpi), 7)?.value;
    expect(period("Forecast accuracy")).toBe("all history months");
    expect(period("Inventory turns")).toBe("next 12 plan months (or the horizon), annualised");
    expect(period("Capacity utilization")).toBe("all plan months (the horizon)");
    expect(period("OTIF")).toBe("orders due by the cycle month");
    expect(period("Working capital")).toBe("the first plan month (a point in time)");
    expect(period("Meeting decision closure")).toBe("all logged actions");
    // Every period prints whole: the note (9 pt) fits on one line in Period and the column after
    // it (columns H and I, the print area's last), by the layout's own wrapping estimate.
    const room = ((sheet.columnWidths[7] + sheet.columnWidths[8]) * 11) / 9;
    for (const k of KPI_DEFS) expect([k.name, wrappedLines(k.period, room)]).toEqual([k.name, 1]);
  });

  it("writes the demand, supply and financial totals by hand-checked sums", () => {
    const demand = rowOf(sheet, "3. Demand plan summary");
    // Family, Unit, 2026-03, 2026-04, 2026-05, Next 3 months, Horizon, Average.
    expect(rangeValues(sheet, `A${demand + 5}:H${demand + 5}`)).toEqual([["Total (all units)", "", 130, 160, 140, 430, 430, 430 / 3]]);
    const fin = rowOf(sheet, "5. Financial planning summary");
    expect(rangeValues(sheet, `A${fin + 5}:E${fin + 5}`)).toEqual([["Total", 9100, 9100, 5460, 3640]]);
    const vs = rowOf(sheet, "Plan vs financial targets");
    // Revenue 9,100 vs 9,000 target: on target.
    expect(rangeValues(sheet, `A${vs + 2}:D${vs + 2}`)).toEqual([["Revenue, next 3 months", 9100, 9000, "On target"]]);
  });

  it("ranks the largest gaps by value at stake", () => {
    const r = rowOf(sheet, "6. Risk and issue view");
    // The fixture lists all its gaps: 100 + 500 + 150 + 500 = 1,250.
    expect(at(sheet, r + 1, 0)?.value).toBe("4 gaps in the plan, 1,250 value at stake in total; all 4 below:");
    expect(rangeValues(sheet, `A${r + 3}:F${r + 5}`)).toEqual([
      ["Rank and family", "Month", "Gap type", "Gap", "Unit", "Value at stake"],
      ["1. Gadgets", "2026-05", "Supply shortfall", 10, "units", 500],
      // A revenue gap is measured in currency: no units.
      ["2. Widgets", "2026-05", "Revenue below target", "", "", 500],
    ]);
  });

  it("counts every gap of the plan, not only the listed ones, where the workbook gives the totals", () => {
    // The workbook lists the 4 largest of 53 gaps; all 53 are worth 8,390,411.4 together.
    const many = buildDeckSheet({ ...input(), gapTotals: { count: 53, totalValueAtStake: 8390411.4 } }, { topGaps: 2 });
    const r = rowOf(many, "6. Risk and issue view");
    expect(at(many, r + 1, 0)?.value).toBe("53 gaps in the plan, 8,390,411 value at stake in total; the 2 largest below:");
    expect(rowOf(many, "A3. The 4 largest of 53 gaps, ranked by value at stake")).toBeGreaterThan(r);
    expect(rowOf(sheet, "A3. Every gap, ranked by value at stake")).toBeGreaterThan(0);
    const none = buildDeckSheet({ ...input(), gaps: [], gapTotals: { count: 0, totalValueAtStake: 0 } });
    const n = rowOf(none, "6. Risk and issue view");
    expect(at(none, n + 1, 0)?.value).toBe("No gaps in the plan: demand, supply and financial targets line up.");
  });

  it("puts the scenario options side by side with their hand-checked results", () => {
    const r = rowOf(sheet, "7. Scenario options");
    expect(rangeValues(sheet, `A${r + 2}:D${r + 2}`)).toEqual([["The plan as it stands", "Base", "Upside", "Downside"]]);
    const rev = rowOf(sheet, "Revenue");
    // As worked by hand in scenarios.test.ts (backorders carried, late and lost apart).
    expect(at(sheet, rev, 1)?.value).toBe(8600);
    expect(at(sheet, rev, 2)?.value).toBeCloseTo(8840, 9);
    expect(at(sheet, rev, 3)?.value).toBeCloseTo(7310, 9);
    expect(at(sheet, rowOf(sheet, "Late demand (revenue delayed)"), 1)?.value).toBe(100);
    expect(at(sheet, rowOf(sheet, "Lost demand (revenue lost)"), 1)?.value).toBe(500);
    // The plan as it stands against the targets: the "Plan as is" option's row (the scenario table no longer repeats it).
    expect(rowOf(sheet, "Within targets")).toBe(-1);
    expect(at(sheet, rowOf(sheet, "Plan as is (the table above): within targets"), 1)).toMatchObject({ value: "No: lost demand", style: "bad" });
    // The response options under each scenario (worked by hand in scenarios.test.ts): building
    // ahead in Base makes every unit in time, margin 3,640, peak inventory value 420 (ceiling 1,000).
    const options = rowOf(sheet, "Response option") + 1;
    expect(rangeValues(sheet, `A${options}:D${options}`)).toEqual([["Response option", "Base", "Upside", "Downside"]]);
    // Plan as is is the scenario table's plan: its measures are not repeated (gross margin 3,440 above).
    expect(rowOf(sheet, "Plan as is: gross margin")).toBe(-1);
    expect(at(sheet, rowOf(sheet, "Gross margin"), 1)?.value).toBe(3440);
    expect(at(sheet, rowOf(sheet, "Build ahead: gross margin"), 1)?.value).toBe(3640);
    expect(at(sheet, rowOf(sheet, "Build ahead: lost demand (revenue lost)"), 1)?.value).toBe(0);
    expect(at(sheet, rowOf(sheet, "Build ahead: peak inventory value"), 1)?.value).toBe(420);
    expect(at(sheet, rowOf(sheet, "Build ahead: within targets"), 1)).toMatchObject({ value: "Yes", style: "good" });
    // The recommendation is a response option, never a scenario (Upside is not a decision).
    const rec = rowOf(sheet, "Recommended option");
    expect(at(sheet, rec, 1)).toMatchObject({ value: "Build ahead", style: "good" });
  });

  it("lists decisions and owners, open first by due date, with due dates as Excel dates", () => {
    const r = rowOf(sheet, "9. Final decisions and owners");
    expect(at(sheet, r + 1, 0)?.value).toBe("Decision closure: 40.0% closed (2 of 5); 3 open, listed first by due date.");
    expect(rangeValues(sheet, `A${r + 4}:D${r + 4}`)).toEqual([["Review pricing", "Finance", 46073, "In progress (overdue)"]]);
    expect(at(sheet, r + 3, 2)?.numberFormat).toBe("yyyy-mm-dd");
    expect(at(sheet, r + 3, 3)?.style).toBe("bad");
    expect(at(sheet, r + 6, 0)?.value).toBe("Approve capex");
    expect(at(sheet, r + 6, 3)).toMatchObject({ value: "Closed", style: "good" });
  });

  it("draws two charts beside the scenario tables under 'Plan at a glance', over appendix ranges holding the right data", () => {
    expect(sheet.charts).toHaveLength(2);
    const [plan, revenue] = sheet.charts;
    expect(rangeValues(sheet, plan.sourceRange)).toEqual([
      ["Month", "2026-03", "2026-04", "2026-05"],
      ["Demand", 130, 160, 140],
      ["Production plan", 120, 140, 140],
      ["Production capacity", 140, 140, 140],
    ]);
    expect(revenue.type).toBe("columnClustered");
    expect(rangeValues(sheet, revenue.sourceRange)).toEqual([
      ["Month", "2026-03", "2026-04", "2026-05"],
      ["Revenue (plan)", 2500, 3200, 3400],
      ["Revenue target", 3000, 3000, 3000],
    ]);
    const appendix = rowOf(sheet, "Appendix: detail");
    // Beside the scenario tables, in columns E..I from the row under their first header, one
    // chart above the other, each at least CHART_ROWS rows tall, over cells that hold nothing.
    const header = rowOf(sheet, "The plan as it stands");
    const [planTop, planLeft] = cellRef(plan.topLeft);
    const [planBottom, planRight] = cellRef(plan.bottomRight);
    const [revenueTop, revenueLeft] = cellRef(revenue.topLeft);
    const [revenueBottom, revenueRight] = cellRef(revenue.bottomRight);
    expect([planTop, planLeft, planRight, revenueLeft, revenueRight]).toEqual([header + 1, 4, 8, 4, 8]);
    expect(revenueTop).toBe(planBottom + 1);
    expect(planBottom - planTop + 1).toBeGreaterThanOrEqual(CHART_ROWS);
    expect(revenueBottom - revenueTop + 1).toBeGreaterThanOrEqual(CHART_ROWS);
    for (const c of sheet.charts) expect(cellRef(c.sourceRange.split(":")[0])[0]).toBeGreaterThan(appendix);
    for (let r = planTop; r <= revenueBottom; r++) expect(sheet.cells[r].slice(4).every((c) => c === null)).toBe(true);
    // The option notes come under the charts, never behind them.
    expect(revenueBottom).toBeLessThan(rowOf(sheet, "8. Trade-offs and recommendation"));
  });

  it("names the supply side in the business's own words", () => {
    const saas = buildDeckSheet({ ...input(), businessType: "saas" });
    const r = rowOf(saas, "4. Supply planning summary");
    expect(at(saas, r + 1, 2)?.value).toBe("Onboarding plan, next 3 months");
    expect(rangeValues(saas, saas.charts[0].sourceRange)[2][0]).toBe("Onboarding plan");
  });

  it("derives the decisions required from the gaps and the scenarios", () => {
    const deck = buildDeck(input(), { unmetTolerance: 0.1 });
    expect(deck.decisionsRequired).toEqual([
      "Approve the operating plan: the Build ahead option is recommended.",
      "Close the supply shortfall gap for Gadgets in 2026-05: 10 units, 500 at stake.",
      "Close the revenue below target gap for Widgets in 2026-05: 500 short of the revenue target.",
      "Close the inventory below target gap for Gadgets in 2026-04: 5 units, 150 at stake.",
    ]);
    // Three months of one family's shortfall are one decision: 10 + 20 + 30 units, 100 + 200 + 300 at stake.
    const spread = buildDeck({
      ...input(),
      gaps: [
        { rank: 1, family: "Widgets", month: "2026-05", type: "Supply shortfall", gap: 30, valueAtStake: 300 },
        { rank: 2, family: "Widgets", month: "2026-04", type: "Supply shortfall", gap: 20, valueAtStake: 200 },
        { rank: 3, family: "Gadgets", month: "2026-04", type: "Inventory below target", gap: 5, valueAtStake: 150 },
        { rank: 4, family: "Widgets", month: "2026-03", type: "Supply shortfall", gap: 10, valueAtStake: 100 },
      ],
    });
    expect(spread.decisionsRequired.slice(1, 3)).toEqual([
      "Close the supply shortfall gap for Widgets in 3 months from 2026-03 to 2026-05: 60 units, 600 at stake.",
      "Close the inventory below target gap for Gadgets in 2026-04: 5 units, 150 at stake.",
    ]);
    const short = buildDeck({ ...input(), targets: { revenuePerMonth: 3500, grossMarginPct: 0.4, inventoryValueCeiling: 50 } });
    // Revenue 9,100 vs 3 x 3,500 = 10,500: 1,400 short; peak inventory value 60 > 50.
    expect(short.decisionsRequired).toContain("Accept or close the revenue gap: plan 9,100 vs target 10,500 over the horizon (1,400 short).");
    expect(short.decisionsRequired).toContain("Bring inventory value under the ceiling: peak 60 in 2026-03 vs ceiling 50.");
  });
});

describe("addDeck", () => {
  const other = (name: string): SheetSpec => ({ name, kind: "calc", cells: [[{ value: name }]], columnWidths: [], validations: [], conditionalFormats: [], charts: [], protect: true });
  const spec: WorkbookSpec = {
    sheets: [other("Settings"), other(DECK_SHEET_NAME), other("Plan")],
    names: [{ name: "SOP_Company", ref: "Settings!$B$2" }],
  };

  it("puts the deck first, replacing an older one, and keeps every other sheet and name", () => {
    const r = addDeck(spec, reader(fixtureNames()));
    if (isSopError(r)) throw new Error(r.message);
    expect(r.sheets.map((s) => s.name)).toEqual([DECK_SHEET_NAME, "Settings", "Plan"]);
    expect(r.sheets[0].kind).toBe("report");
    expect(r.sheets[1]).toBe(spec.sheets[0]);
    expect(r.names).toBe(spec.names);
    expect(spec.sheets).toHaveLength(3);
  });

  it("returns the reading error when the workbook was never scaffolded", () => {
    const r = addDeck(spec, () => undefined);
    expect(isSopError(r) && r.message).toBe("the workbook has no SOP_Company range: scaffold the workbook first");
  });
});
