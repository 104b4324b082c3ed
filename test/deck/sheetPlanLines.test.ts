/**
 * The summary's first half beyond the fixture's plain case (src/deck/sheetPlan.ts): the KPI
 * table with the workbook's trend and KPIs without a value, plan
 * vs budget, the pre-build line and the resource line. Each expected value worked out by hand
 * from the fixture (test/deck/fixture.ts) and the inputs each test gives.
 */
import type { Deck } from "../../src/deck/deck";
import type { DeckInput } from "../../src/deck/input";
import type { Prebuild } from "../../src/deck/prebuild";
import { buildDeckSheet } from "../../src/deck/sheet";
import { prebuildLine } from "../../src/deck/sheetPlan";
import type { Cell, SheetSpec } from "../../src/layout/types";
import { fixtureInput as input, rowOf } from "./fixture";

const h = (value: string): Cell => ({ value, style: "header" });
const label = (value: string): Cell => ({ value, style: "label" });
const t = (value: string): Cell => ({ value });
const n = (value: number, numberFormat = "#,##0"): Cell => ({ value, numberFormat });
describe("the KPI table", () => {
  let sheet: SheetSpec;
  beforeEach(() => {
    const i = input();
    // Forecast accuracy gets a trend; Plan adherence loses its value with no status text
    // (nothing to say: "n/a" in a note), Working capital shows "no data" with the workbook's
    // "Watch" status.
    const kpis = i.kpis.map((k) =>
      k.name === "Forecast accuracy"
        ? { ...k, trend: "▁▃▅" }
        : k.name === "Plan adherence"
          ? { ...k, value: null }
          : k.name === "Working capital"
            ? { ...k, value: null, noData: true, status: "Watch" }
            : k.name === "Revenue vs plan"
              ? { ...k, status: "Amber" }
              : k,
    );
    sheet = buildDeckSheet({ ...i, kpis });
  });

  it("with the workbook's trend, says what it shows in the title and puts it in the Previous column's place", () => {
    const top = rowOf(
      sheet,
      "2. KPI snapshot (each KPI over the period shown); trend: the last 12 cycles, oldest first, \u00b7 = not recorded",
    );
    expect(top).toBeGreaterThan(0);
    expect(sheet.cells[top][0]?.style).toBe("title");
    expect(sheet.cells[top + 1]).toEqual([
      h("KPI"),
      h("Category"),
      h("Value"),
      h("Target"),
      h("Status"),
      h("Trend"),
      h("Change"),
      h("Period"),
    ]);
    // Forecast accuracy 0.82 vs 0.85, "Watch"; previous 0.80: a change of +0.02.
    const fa = sheet.cells[top + 2];
    expect(fa.slice(0, 6)).toEqual([
      label("Forecast accuracy"),
      t("Plan quality"),
      n(0.82, "0.0%"),
      n(0.85, "0.0%"),
      { value: "Watch", style: "watch" },
      t("▁▃▅"),
    ]);
    expect(fa[6]?.numberFormat).toBe("+0.0%;-0.0%;0.0%");
    expect(fa[6]?.value).toBeCloseTo(0.02, 12);
    expect(fa[7]).toEqual({ value: "all history months", style: "note" });
    // A KPI without a trend of its own: an empty text cell, not its previous value.
    expect(sheet.cells[rowOf(sheet, "Forecast bias")][5]).toEqual(t(""));
  });

  it("writes a KPI without a value as n/a, or as no data with the input it needs, and its status as the workbook says", () => {
    // Plan adherence: no value, target 0.95, no status text and no value to judge: n/a twice, in notes.
    const pa = sheet.cells[rowOf(sheet, "Plan adherence")];
    expect(pa.slice(2, 5)).toEqual([{ value: "n/a", style: "note" }, n(0.95, "0.0%"), { value: "n/a", style: "note" }]);
    const wc = sheet.cells[rowOf(sheet, "Working capital")];
    expect(wc.slice(2, 5)).toEqual([
      { value: "no data", style: "note" },
      n(100000),
      { value: "Watch", style: "watch" },
    ]);
    // The workbook's own status text is shown as it is, in its colour (Amber: watch); a blank one
    // gives the status from value and target in words (Demand volatility 0.12 vs 0.15, lower is
    // better: on target).
    expect(sheet.cells[rowOf(sheet, "Revenue vs plan")][4]).toEqual({ value: "Amber", style: "watch" });
    expect(sheet.cells[rowOf(sheet, "Demand volatility")][4]).toEqual({ value: "On target", style: "good" });
    expect(sheet.cells[rowOf(sheet, "Forecast bias")][4]).toEqual({ value: "Off target", style: "bad" });
    // The line naming its input, after the table; then a blank row.
    const last = rowOf(sheet, "Meeting decision closure");
    expect(sheet.cells.slice(last + 1, last + 3)).toEqual([
      [
        {
          value:
            "No data for Working capital: type Trade receivables and Trade payables on the KPIs sheet (or receivables and payables in settings.csv).",
          style: "note",
        },
      ],
      [],
    ]);
  });
});

describe("plan vs budget", () => {
  /** A budget for 2026-04 only: Widgets 100 units, 1,000 revenue, 400 margin; Gadgets 40, 2,000, 800. */
  const april = (): NonNullable<DeckInput["budget"]> => ({
    units: [
      [null, 100, null],
      [null, 40, null],
    ],
    revenue: [
      [null, 1000, null],
      [null, 2000, null],
    ],
    grossMargin: [
      [null, 400, null],
      [null, 800, null],
    ],
  });

  it("adds the two budget lines and the bridge to the targets table, in place of the blank rows", () => {
    const s = buildDeckSheet({ ...input(), budget: april() });
    const r = rowOf(s, "Plan vs financial targets");
    // The financial table's total, then the targets table at once (no blank row).
    expect(s.cells[r - 1][0]?.value).toBe("Total");
    expect(s.cells[r]).toEqual([
      h("Plan vs financial targets"),
      h("Plan"),
      h("Target / budget"),
      h("Status"),
      h("Volume"),
      h("Mix"),
      h("Price"),
      h("Cost"),
    ]);
    // April's plan: revenue 1,200 + 2,000 = 3,200 vs 3,000 budget; margin 480 + 800 = 1,280 vs 1,200.
    // Budget prices 10 and 50, unit margins 4 and 20; plan units 120 + 40 = 160, budget 140.
    // Volume: 160 x (100 / 140) x 10 - 1,000 = 142.857143 and 160 x (40 / 140) x 50 - 2,000 = 285.714286: 428.571429.
    // Mix: (120 - 114.285714) x 10 = 57.142857 and (40 - 45.714286) x 50 = -285.714286: -228.571429.
    // Price: 1,200 - 120 x 10 = 0 and 2,000 - 40 x 50 = 0. Sum 200 = 3,200 - 3,000.
    const rev = s.cells[r + 5];
    expect(rev.slice(0, 4)).toEqual([
      label("Revenue vs budget, 2026-04"),
      n(3200),
      n(3000),
      { value: "On target", style: "good" },
    ]);
    expect(rev[4]?.value).toBeCloseTo(428.571429, 5);
    expect(rev[5]?.value).toBeCloseTo(-228.571429, 5);
    expect(rev[6]).toEqual(n(0));
    // Cost has no revenue effect: an empty cell.
    expect(rev).toHaveLength(8);
    expect(rev[7]).toBeNull();
    // Margin: volume 160 x (100 / 140) x 4 - 400 = 57.142857 and 160 x (40 / 140) x 20 - 800 = 114.285714: 171.428571;
    // mix (120 - 114.285714) x 4 = 22.857143 and (40 - 45.714286) x 20 = -114.285714: -91.428571; price 0;
    // cost 480 - 120 x 4 - 0 = 0 and 800 - 40 x 20 = 0. Sum 80 = 1,280 - 1,200.
    const margin = s.cells[r + 6];
    expect(margin.slice(0, 4)).toEqual([
      label("Gross margin vs budget, 2026-04"),
      n(1280),
      n(1200),
      { value: "On target", style: "good" },
    ]);
    expect(margin[4]?.value).toBeCloseTo(171.428571, 5);
    expect(margin[5]?.value).toBeCloseTo(-91.428571, 5);
    expect(margin.slice(6)).toEqual([n(0), n(0)]);
    // The risk view follows at once.
    expect(s.cells[r + 7][0]?.value).toBe("6. Risk and issue view");
  });

  it("names the budget's months as a span", () => {
    const b = april();
    const both = {
      units: b.units.map((row) => [row[1], null, row[1]]),
      revenue: b.revenue.map((row) => [row[1], null, row[1]]),
      grossMargin: b.grossMargin.map((row) => [row[1], null, row[1]]),
    };
    const s = buildDeckSheet({ ...input(), budget: both });
    expect(rowOf(s, "Revenue vs budget, 2026-03 to 2026-05")).toBeGreaterThan(0);
    expect(rowOf(s, "Gross margin vs budget, 2026-03 to 2026-05")).toBeGreaterThan(0);
  });
});

describe("the pre-build line", () => {
  const deck = (prebuilds: ReadonlyArray<{ family: string; unit: string; prebuilds: Prebuild[] }>): Deck =>
    ({ summaries: { planMonths: ["2026-05", "2026-06", "2026-07", "2026-08"], prebuilds } }) as unknown as Deck;
  const peak = (p: number, units: number, from: Array<[number, number]>): Prebuild => ({
    peak: p,
    demand: 200,
    capacity: 100,
    units,
    from: from.map(([month, u]) => ({ month, units: u })),
  });

  it("says the largest pre-build, month by month, and counts the others with their units", () => {
    expect(prebuildLine(deck([]))).toBe(
      "Pre-build: none (no month's demand above its capacity draws on stock built ahead)",
    );
    const one = deck([
      {
        family: "Widgets",
        unit: "units",
        prebuilds: [
          peak(2, 100, [
            [1, 60],
            [0, 40],
          ]),
        ],
      },
    ]);
    expect(prebuildLine(one)).toBe(
      "Pre-build, Widgets: 100 units built ahead in 2026-06 (60), 2026-05 (40) for the 2026-07 peak (demand 200, capacity 100)",
    );
    // Three: 1,500 cases for 2026-08 is the largest; 20 + 10 = 30 units in the two others.
    const three = deck([
      { family: "Widgets", unit: "units", prebuilds: [peak(2, 20, [[1, 20]]), peak(3, 10, [[2, 10]])] },
      { family: "Gadgets", unit: "cases", prebuilds: [peak(3, 1500, [[2, 1500]])] },
    ]);
    expect(prebuildLine(three)).toBe(
      "Pre-build, Gadgets: 1,500 cases built ahead in 2026-07 (1,500) for the 2026-08 peak (demand 200, capacity 100); 2 more pre-builds (30 units)",
    );
    const two = deck([
      { family: "Widgets", unit: "units", prebuilds: [peak(3, 10, [[2, 10]])] },
      { family: "Gadgets", unit: "units", prebuilds: [peak(1, 30, [[0, 30]])] },
    ]);
    expect(prebuildLine(two)).toBe(
      "Pre-build, Gadgets: 30 units built ahead in 2026-05 (30) for the 2026-06 peak (demand 200, capacity 100); 1 more pre-build (10 units)",
    );
  });

  it("between two of the same size, says the one for the earlier peak", () => {
    const tie = deck([
      { family: "Widgets", unit: "units", prebuilds: [peak(3, 50, [[2, 50]])] },
      { family: "Gadgets", unit: "units", prebuilds: [peak(2, 50, [[1, 50]])] },
    ]);
    expect(prebuildLine(tie)).toMatch(
      /^Pre-build, Gadgets: 50 units built ahead in 2026-06 \(50\) for the 2026-07 peak/,
    );
  });
});

describe("the resource line", () => {
  it("follows the pre-build line in the supply section when the workbook has resources", () => {
    // Line 1: load 90 of 100 hours in 2026-03, 95 in 2026-04 and 2026-05: no overload; the highest load is 95 %.
    const resources = [
      {
        name: "Line 1",
        capacity: [100, 100, 100],
        load: [90, 95, 80],
        overload: [0, 0, 0],
        value: [0, 0, 0],
        hours: [],
      },
    ];
    const s = buildDeckSheet({ ...input(), resources });
    const r = rowOf(s, "4. Supply planning summary");
    expect(s.cells[r + 6]).toEqual([
      { value: "Resource overloads: none (highest load: Line 1 at 95.0% of capacity in 2026-04)", style: "note" },
    ]);
    expect(s.cells[r + 7][0]?.value).toBe("5. Financial planning summary");
  });
});

describe("the KPIs without data, named together", () => {
  it("writes the one line as a note", () => {
    const i = input();
    const kpis = i.kpis.map((k) =>
      k.name === "Plan adherence" || k.name === "OTIF" ? { ...k, value: null, noData: true } : k,
    );
    const s = buildDeckSheet({ ...i, kpis });
    expect(s.cells[rowOf(s, "Meeting decision closure") + 1]).toEqual([
      { value: "No data for Plan adherence, OTIF: the KPIs sheet names the inputs each needs.", style: "note" },
    ]);
  });
});
