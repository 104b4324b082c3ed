/**
 * The Executive Summary's sections cell by cell (value, style, number format), each number
 * worked out by hand from the fixture (test/deck/fixture.ts):
 *
 *                 2026-03  2026-04  2026-05
 *   demand   W      100      120       90     G   30   40   50
 *   supply   W       90      100      100     G   30   40   40
 *   capacity W      100      100      100     G   40   40   40
 *   inventory W      10      -10        0     G    0    0  -10
 *   late     W        0       10        0     G    0    0    0
 *   lost     W        0        0        0     G    0    0   10
 *   revenue  W     1000     1200      900     G 1500 2000 2500
 *   COGS     W      600      720      540     G  900 1200 1500
 *   margin   W      400      480      360     G  600  800 1000
 *   inventory value W 60 0 0, G 0 0 0; revenue target 3,000 a month, margin 40 %, ceiling 1,000.
 */
import { buildDeck } from "../../src/deck/deck";
import { buildDeckSheet } from "../../src/deck/sheet";
import type { Cell, SheetSpec } from "../../src/layout/types";
import { fixtureInput as input, rowOf } from "./fixture";

/** The rows from the one starting with `from` (in column A), `count` of them. */
function rowsFrom(sheet: SheetSpec, from: string, count: number): ReadonlyArray<ReadonlyArray<Cell | null>> {
  const r = rowOf(sheet, from);
  expect(r).toBeGreaterThanOrEqual(0);
  return sheet.cells.slice(r, r + count);
}

const INT = "#,##0";
const PCT = "0.0%";
const h = (value: string): Cell => ({ value, style: "header" });
const label = (value: string): Cell => ({ value, style: "label" });
const t = (value: string): Cell => ({ value });
const n = (value: number, numberFormat = INT): Cell => ({ value, numberFormat });
const total = (value: string | number, numberFormat?: string): Cell =>
  numberFormat === undefined ? { value, style: "total" } : { value, numberFormat, style: "total" };

describe("the Executive Summary's sections, cell by cell", () => {
  let sheet: SheetSpec;
  beforeEach(() => {
    sheet = buildDeckSheet(input());
  });

  it("writes the agenda with its total and the decisions required, numbered", () => {
    expect(rowsFrom(sheet, "1. Agenda and decisions required", 3)).toEqual([
      [{ value: "1. Agenda and decisions required", style: "title" }],
      [h("Agenda item"), h("Minutes"), h("Presenter"), h("Purpose")],
      [label("Opening and objectives"), n(5, "0"), t("Process owner"), t("Confirm decisions needed")],
    ]);
    // Seed 000's eight items: 5 + 10 + 15 + 15 + 10 + 15 + 15 + 5 = 90 minutes.
    expect(rowsFrom(sheet, "Total", 4)).toEqual([
      [total("Total"), total(90, "0"), total(""), total("")],
      [],
      [h("Decisions required")],
      [t("1. Approve the operating plan: the Build ahead option is recommended.")],
    ]);
  });

  it("writes the demand table: near months, next 3 months, horizon and average, and the total", () => {
    expect(rowsFrom(sheet, "3. Demand plan summary", 6)).toEqual([
      [{ value: "3. Demand plan summary", style: "title" }],
      [
        h("Family"),
        h("Unit"),
        h("2026-03"),
        h("2026-04"),
        h("2026-05"),
        h("Next 3 months"),
        h("Horizon (3 months)"),
        h("Average per month"),
      ],
      // 100 + 120 + 90 = 310 over the 3 months (all of the horizon): 310 / 3 a month.
      [label("Widgets"), t("units"), n(100), n(120), n(90), n(310), n(310), n(310 / 3)],
      [label("Gadgets"), t("units"), n(30), n(40), n(50), n(120), n(120), n(40)],
      [
        total("Total (all units)"),
        total(""),
        total(130, INT),
        total(160, INT),
        total(140, INT),
        total(430, INT),
        total(430, INT),
        total(430 / 3, INT),
      ],
      [],
    ]);
  });

  it("writes the supply table in the business's words, its total and the pre-build line", () => {
    expect(rowsFrom(sheet, "4. Supply planning summary", 6)).toEqual([
      [{ value: "4. Supply planning summary", style: "title" }],
      [
        h("Family"),
        h("Unit"),
        h("Production plan, next 3 months"),
        h("Production plan, horizon"),
        h("Production capacity, horizon"),
        h("Utilisation"),
        h("Late demand, next 3 months"),
        h("Late demand, horizon"),
        h("Lost demand, horizon"),
        h("Ending inventory"),
      ],
      // Widgets: supply 90 + 100 + 100 = 290 of capacity 300; 10 late in 2026-04; none lost; ends at 0.
      [label("Widgets"), t("units"), n(290), n(290), n(300), n(290 / 300, PCT), n(10), n(10), n(0), n(0)],
      // Gadgets: 30 + 40 + 40 = 110 of 120; 10 lost in 2026-05; ends 10 short.
      [label("Gadgets"), t("units"), n(110), n(110), n(120), n(110 / 120, PCT), n(0), n(0), n(10), n(-10)],
      [
        total("Total (all units)"),
        total(""),
        total(400, INT),
        total(400, INT),
        total(420, INT),
        total(400 / 420, PCT),
        total(10, INT),
        total(10, INT),
        total(10, INT),
        total(-10, INT),
      ],
      // Widgets' April demand, 120, is above its capacity, 100, but no earlier month built ahead
      // for it (March made 90 for a demand of 100): no pre-build.
      [
        {
          value: "Pre-build: none (no month's demand above its capacity draws on stock built ahead)",
          style: "note",
        },
      ],
    ]);
    // No resources in the fixture: the financial section follows at once.
    expect(rowOf(sheet, "5. Financial planning summary")).toBe(rowOf(sheet, "4. Supply planning summary") + 6);
  });

  it("writes the financial table and the plan against the targets, and says there is no budget", () => {
    expect(rowsFrom(sheet, "5. Financial planning summary", 12)).toEqual([
      [{ value: "5. Financial planning summary", style: "title" }],
      [
        h("Family"),
        h("Revenue, next 3 months"),
        h("Revenue, horizon"),
        h("COGS, horizon"),
        h("Gross margin, horizon"),
        h("Gross margin %"),
        h("Ending inventory value"),
      ],
      // Widgets: revenue 1000 + 1200 + 900 = 3100, COGS 1860, margin 1240 (40 %), inventory value 0 at the end.
      [label("Widgets"), n(3100), n(3100), n(1860), n(1240), n(0.4, PCT), n(0)],
      [label("Gadgets"), n(6000), n(6000), n(3600), n(2400), n(0.4, PCT), n(0)],
      [
        total("Total"),
        total(9100, INT),
        total(9100, INT),
        total(5460, INT),
        total(3640, INT),
        total(0.4, PCT),
        total(0, INT),
      ],
      [],
      [h("Plan vs financial targets"), h("Plan"), h("Target"), h("Status")],
      // 3 months x 3,000 = 9,000 <= 9,100: on target; margin 3,640 / 9,100 = 40 % vs 40 %.
      [label("Revenue, next 3 months"), n(9100), n(9000), { value: "On target", style: "good" }],
      [label("Revenue, horizon"), n(9100), n(9000), { value: "On target", style: "good" }],
      [label("Gross margin %, horizon"), n(0.4, PCT), n(0.4, PCT), { value: "On target", style: "good" }],
      // Inventory value by month 60, 0, 0: the peak is 60 in 2026-03, under the 1,000 ceiling (lower is better).
      [label("Peak inventory value (2026-03)"), n(60), n(1000), { value: "On target", style: "good" }],
      [
        {
          value:
            "No budget: type the annual operating plan on the Budget sheet (or give budget.csv) to compare the plan with it.",
          style: "note",
        },
      ],
    ]);
    expect(sheet.cells[rowOf(sheet, "6. Risk and issue view") - 1]).toEqual([]);
  });

  it("leaves the peak inventory's target blank without a ceiling, and rates a plan below target", () => {
    const i = input();
    const s = buildDeckSheet({
      ...i,
      targets: { revenuePerMonth: 4000, grossMarginPct: 0.5, inventoryValueCeiling: 0 },
    });
    const r = rowOf(s, "Plan vs financial targets");
    expect(s.cells.slice(r + 1, r + 5)).toEqual([
      // 9,100 vs 3 x 4,000 = 12,000: 24 % short.
      [label("Revenue, next 3 months"), n(9100), n(12000), { value: "Off target", style: "bad" }],
      [label("Revenue, horizon"), n(9100), n(12000), { value: "Off target", style: "bad" }],
      [label("Gross margin %, horizon"), n(0.4, PCT), n(0.5, PCT), { value: "Off target", style: "bad" }],
      // No ceiling: no target and no status ("n/a").
      [label("Peak inventory value (2026-03)"), n(60), null, { value: "n/a", style: "note" }],
    ]);
  });

  it("lists the gaps with their units, the value at stake in red, currency gaps without units", () => {
    expect(rowsFrom(sheet, "6. Risk and issue view", 8)).toEqual([
      [{ value: "6. Risk and issue view", style: "title" }],
      // 100 + 500 + 150 + 500 = 1,250.
      [{ value: "4 gaps in the plan, 1,250 value at stake in total; all 4 below:", style: "note" }],
      [h("Rank and family"), h("Month"), h("Gap type"), h("Gap"), h("Unit"), h("Value at stake")],
      // Ranked by value at stake: 500 (Gadgets, 2026-05), 500 (Widgets' revenue), 150, 100.
      [
        label("1. Gadgets"),
        t("2026-05"),
        t("Supply shortfall"),
        n(10),
        t("units"),
        { value: 500, numberFormat: INT, style: "bad" },
      ],
      [
        label("2. Widgets"),
        t("2026-05"),
        t("Revenue below target"),
        t(""),
        t(""),
        { value: 500, numberFormat: INT, style: "bad" },
      ],
      [
        label("3. Gadgets"),
        t("2026-04"),
        t("Inventory below target"),
        n(5),
        t("units"),
        { value: 150, numberFormat: INT, style: "bad" },
      ],
      [
        label("4. Widgets"),
        t("2026-04"),
        t("Supply shortfall"),
        n(10),
        t("units"),
        { value: 100, numberFormat: INT, style: "bad" },
      ],
      [],
    ]);
    // Only the 2 largest shown.
    const top = buildDeckSheet(input(), { topGaps: 2 });
    const r = rowOf(top, "6. Risk and issue view");
    expect(top.cells[r + 1]).toEqual([
      { value: "4 gaps in the plan, 1,250 value at stake in total; the 2 largest below:", style: "note" },
    ]);
    expect(top.cells[r + 5]).toEqual([]);
    // No gaps: the one line, then a blank row.
    const none = buildDeckSheet({ ...input(), gaps: [] });
    const z = rowOf(none, "6. Risk and issue view");
    expect(none.cells.slice(z + 1, z + 3)).toEqual([
      [{ value: "No gaps in the plan: demand, supply and financial targets line up.", style: "note" }],
      [],
    ]);
  });

  it("writes the scenario table's measures by format, Base's as worked in scenarios.test.ts", () => {
    const r = rowOf(sheet, "The plan as it stands");
    // Base: Widgets ships all 310 (10 of them a month late), Gadgets 110 of 120 (10 lost):
    // revenue 3,100 + 5,500 = 8,600, margin 310 x 4 + 110 x 20 = 3,440 (40 %), peak inventory
    // value 10 x 6 = 60 in 2026-03, late 10 units (100 of revenue), lost 10 units (500).
    const base = sheet.cells.slice(r, r + 9).map((row) => row.slice(0, 2));
    expect(base).toEqual([
      [h("The plan as it stands"), h("Base")],
      [label("Revenue"), n(8600)],
      [label("Gross margin"), n(3440)],
      [label("Gross margin %"), n(0.4, PCT)],
      [label("Peak inventory value"), n(60)],
      [label("Late demand (all units)"), n(10)],
      [label("Late demand (revenue delayed)"), n(100)],
      [label("Lost demand (all units)"), n(10)],
      [label("Lost demand (revenue lost)"), n(500)],
    ]);
    expect(sheet.cells[r + 9].slice(0, 4)).toEqual([h("Response option"), h("Base"), h("Upside"), h("Downside")]);
    // Plan as is: its verdict only; then Build ahead's three measures and its verdict.
    expect(sheet.cells.slice(r + 10, r + 15).map((row) => row.slice(0, 2))).toEqual([
      [label("Plan as is (the table above): within targets"), { value: "No: lost demand", style: "bad" }],
      [label("Build ahead: gross margin"), n(3640)],
      [label("Build ahead: lost demand (revenue lost)"), n(0)],
      [label("Build ahead: peak inventory value"), n(420)],
      [label("Build ahead: within targets"), { value: "Yes", style: "good" }],
    ]);
  });

  it("says why an option misses the targets: lost demand, inventory, or both", () => {
    // A ceiling of 50 under the plan's 60 in 2026-03: Plan as is loses demand and breaks it.
    const s = buildDeckSheet({
      ...input(),
      targets: { revenuePerMonth: 3000, grossMarginPct: 0.4, inventoryValueCeiling: 50 },
    });
    expect(s.cells[rowOf(s, "Plan as is (the table above): within targets")][1]).toEqual({
      value: "No: lost demand, inventory",
      style: "bad",
    });
    // Building ahead carries inventory (420 at its peak) but loses nothing in Base.
    expect(s.cells[rowOf(s, "Build ahead: within targets")][1]).toEqual({ value: "No: inventory", style: "bad" });
  });

  it("costs overtime's premium under each scenario where a family gives its overtime inputs", () => {
    const i = input();
    // Widgets may make 15 more units a month at a premium of 2 a unit. Base: stock 20 + 90 - 100
    // = 10 after March; April 10 + 100 - 120 = -10: 10 units of overtime; May 0 + 100 - 90 = 10:
    // none. 10 units x 2 = 20 of premium.
    const families = i.families.map((f, k) => (k === 0 ? { ...f, overtimePerMonth: 15, overtimePremium: 2 } : f));
    const s = buildDeckSheet({ ...i, families });
    const r = rowOf(s, "Overtime: premium paid (units)");
    expect(s.cells[r][0]).toEqual(label("Overtime: premium paid (units)"));
    expect(s.cells[r][1]).toEqual(t("20 (10)"));
    expect(s.cells[r - 3][0]).toEqual(label("Overtime: gross margin"));
    expect(s.cells[r + 1][0]).toEqual(label("Overtime: within targets"));
  });

  it("writes the trade-offs, the recommendation in green when within targets, its reason and rule", () => {
    const r = rowOf(sheet, "8. Trade-offs and recommendation");
    expect(sheet.cells[r]).toEqual([{ value: "8. Trade-offs and recommendation", style: "title" }]);
    expect(sheet.cells[r + 1]).toEqual([h("Trade-offs")]);
    // One line a scenario (Base, Upside, Downside), then a blank row.
    expect(sheet.cells[r + 2][0]?.value).toMatch(/^Base \(demand x1\.00, capacity x1\.00\): revenue 8,600/);
    expect(sheet.cells[r + 5]).toEqual([]);
    expect(sheet.cells[r + 6]).toEqual([
      { value: "Recommended option", style: "header" },
      { value: "Build ahead", style: "good" },
    ]);
    expect(sheet.cells[r + 7]).toEqual([
      {
        value:
          "Build ahead: the highest gross margin 3,640 (40.0%) of the options whose lost demand (0 of revenue, at most 2.0% of demand value) and peak inventory value (420) stay within targets.",
      },
    ]);
    expect(sheet.cells[r + 8]).toEqual([
      {
        value:
          "Rule: of the response options whose lost demand (never shipped within the plan) stays within 2.0% of demand value and whose peak inventory value stays under the ceiling in the Base scenario, the one with the highest gross margin (net of any overtime premium).",
        style: "note",
      },
    ]);
    expect(sheet.cells[r + 9]).toEqual([]);
    // Without scenarios the rule still names the base one.
    const bare = buildDeckSheet({ ...input(), scenarios: [] });
    expect(bare.cells[rowOf(bare, "Recommended option") + 2][0]?.value).toMatch(
      /ceiling in the base scenario, the one/,
    );
    // With every option missing a target (a ceiling of 0.01 that any stock breaks), the recommendation is in amber.
    const miss = buildDeck({
      ...input(),
      targets: { revenuePerMonth: 3000, grossMarginPct: 0.4, inventoryValueCeiling: 0.01 },
    });
    expect(miss.recommendation.withinTargets).toBe(false);
    const s = buildDeckSheet({
      ...input(),
      targets: { revenuePerMonth: 3000, grossMarginPct: 0.4, inventoryValueCeiling: 0.01 },
    });
    expect(s.cells[rowOf(s, "Recommended option")][1]).toEqual({ value: miss.recommendation.name, style: "watch" });
  });

  it("writes the decisions and owners: closure, open first by due date, overdue in red, closed in green", () => {
    expect(rowsFrom(sheet, "9. Final decisions and owners", 9)).toEqual([
      [{ value: "9. Final decisions and owners", style: "title" }],
      // 2 of the 5 actions closed: 40.0 %.
      [{ value: "Decision closure: 40.0% closed (2 of 5); 3 open, listed first by due date.", style: "note" }],
      [h("Decision"), h("Owner"), h("Due"), h("Status")],
      // 2026-02-20 is serial 46073 (fixture.ts), before the cycle month 2026-03: overdue.
      [label("Review pricing"), t("Finance"), n(46073, "yyyy-mm-dd"), { value: "In progress (overdue)", style: "bad" }],
      // 2026-04-15: 46073 + 8 (to 2026-02-28) + 31 (March) + 15 = 46127.
      [label("Add weekend shift"), t("Operations"), n(46127, "yyyy-mm-dd"), t("Open")],
      [label("Hire planner"), t("HR"), t(""), t("Open")],
      // 2026-01-10: 46023 (2026-01-01) + 9 = 46032; 2026-02-01: 46023 + 31 = 46054.
      [label("Approve capex"), t("CEO"), n(46032, "yyyy-mm-dd"), { value: "Closed", style: "good" }],
      [label("Clean master data"), t("Planning"), n(46054, "yyyy-mm-dd"), { value: "Closed", style: "good" }],
      [],
    ]);
    // Twelve open actions: nine shown, the line counting the other three, all open.
    const actions = Array.from({ length: 12 }, (_, k) => ({
      decision: `Action ${k + 1}`,
      owner: "Owner",
      dueDate: `2026-04-${String(k + 10)}`,
      status: "Open",
    }));
    const open = buildDeckSheet({ ...input(), actions });
    const last = rowOf(open, "Action 9");
    expect(open.cells[last + 1]).toEqual([
      { value: "And 3 more (3 open, 0 closed): the Actions sheet lists every decision.", style: "note" },
    ]);
    const none = buildDeckSheet({ ...input(), actions: [] });
    expect(none.cells[rowOf(none, "9. Final decisions and owners") + 1]).toEqual([
      { value: "Decision closure: no actions logged yet; 0 open, listed first by due date.", style: "note" },
    ]);
  });
});

describe("the Executive Summary's appendix, cell by cell", () => {
  let sheet: SheetSpec;
  beforeEach(() => {
    sheet = buildDeckSheet(input());
  });

  it("gives the charts' sources: all families by month, and revenue against its monthly target", () => {
    expect(rowsFrom(sheet, "Appendix: detail", 10)).toEqual([
      [{ value: "Appendix: detail", style: "title" }],
      [{ value: "A1. Chart data, all families by month", style: "subtitle" }],
      [h("Month"), h("2026-03"), h("2026-04"), h("2026-05")],
      // Demand 100 + 30, 120 + 40, 90 + 50; supply 90 + 30, 100 + 40, 100 + 40; capacity 100 + 40.
      [label("Demand"), n(130), n(160), n(140)],
      [label("Production plan"), n(120), n(140), n(140)],
      [label("Production capacity"), n(140), n(140), n(140)],
      [],
      [h("Month"), h("2026-03"), h("2026-04"), h("2026-05")],
      // Revenue 1000 + 1500, 1200 + 2000, 900 + 2500; the target 3,000 each month.
      [label("Revenue (plan)"), n(2500), n(3200), n(3400)],
      [label("Revenue target"), n(3000), n(3000), n(3000)],
    ]);
  });

  it("gives the plan by family and month, with totals over the months or the last month for stocks", () => {
    const block = (title: string, w: number[], g: number[], end: "Total" | "End", fmt = INT): unknown[] => {
      const tot = w.map((x, i) => x + g[i]);
      const across = (xs: number[]): number => (end === "Total" ? xs.reduce((s, x) => s + x, 0) : xs[2]);
      return [
        [h(title), h("2026-03"), h("2026-04"), h("2026-05"), h(end)],
        [label("Widgets"), ...w.map((x) => n(x, fmt)), n(across(w), fmt)],
        [label("Gadgets"), ...g.map((x) => n(x, fmt)), n(across(g), fmt)],
        [total("Total"), ...tot.map((x) => total(x, fmt)), total(across(tot), fmt)],
        [],
      ];
    };
    const r = rowOf(sheet, "A2. Plan by family and month");
    expect(sheet.cells[r]).toEqual([{ value: "A2. Plan by family and month", style: "subtitle" }]);
    expect(sheet.cells.slice(r + 1, r + 51)).toEqual([
      ...block("Demand (consensus)", [100, 120, 90], [30, 40, 50], "Total"),
      ...block("Production plan", [90, 100, 100], [30, 40, 40], "Total"),
      ...block("Production capacity", [100, 100, 100], [40, 40, 40], "Total"),
      // A stock: its last month, not a sum (Widgets 0, Gadgets -10, total -10).
      ...block("Projected inventory (month end)", [10, -10, 0], [0, 0, -10], "End"),
      ...block("Late demand (shipped in a later month)", [0, 10, 0], [0, 0, 0], "Total"),
      ...block("Lost demand (not shipped within the plan)", [0, 0, 0], [0, 0, 10], "Total"),
      ...block("Revenue", [1000, 1200, 900], [1500, 2000, 2500], "Total"),
      ...block("COGS", [600, 720, 540], [900, 1200, 1500], "Total"),
      ...block("Gross margin", [400, 480, 360], [600, 800, 1000], "Total"),
      ...block("Inventory value (month end)", [60, 0, 0], [0, 0, 0], "End"),
    ]);
  });

  it("ranks every gap, and says when the workbook listed only the largest", () => {
    expect(rowsFrom(sheet, "A3. Every gap, ranked by value at stake", 7)).toEqual([
      [{ value: "A3. Every gap, ranked by value at stake", style: "subtitle" }],
      [h("Rank and family"), h("Month"), h("Gap type"), h("Gap"), h("Value at stake")],
      [label("1. Gadgets"), t("2026-05"), t("Supply shortfall"), n(10), n(500)],
      [label("2. Widgets"), t("2026-05"), t("Revenue below target"), t(""), n(500)],
      [label("3. Gadgets"), t("2026-04"), t("Inventory below target"), n(5), n(150)],
      [label("4. Widgets"), t("2026-04"), t("Supply shortfall"), n(10), n(100)],
      [],
    ]);
    // The workbook's 4 of 1,234 gaps; 4 of 4 is every gap.
    const many = buildDeckSheet({ ...input(), gapTotals: { count: 1234, totalValueAtStake: 99999 } });
    expect(rowOf(many, "A3. The 4 largest of 1,234 gaps, ranked by value at stake")).toBeGreaterThan(0);
    const all = buildDeckSheet({ ...input(), gapTotals: { count: 4, totalValueAtStake: 1250 } });
    expect(rowOf(all, "A3. Every gap, ranked by value at stake")).toBeGreaterThan(0);
  });

  it("gives each scenario's results by family, Base's as worked by hand", () => {
    const r = rowOf(sheet, "A4. Scenario options by family");
    expect(sheet.cells[r]).toEqual([{ value: "A4. Scenario options by family", style: "subtitle" }]);
    expect(sheet.cells[r + 1]).toEqual([
      h("Scenario"),
      h("Family"),
      h("Demand"),
      h("Shipped"),
      h("Late demand"),
      h("Lost demand"),
      h("Revenue"),
      h("Gross margin"),
      h("Ending inventory"),
    ]);
    // Base, Widgets: demand 310, all shipped (10 a month late), revenue 310 x 10, margin 310 x (10 - 6), no stock left.
    // Gadgets: demand 120, 110 shipped, 10 lost; revenue 110 x 50, margin 110 x (50 - 30); no stock left.
    expect(sheet.cells.slice(r + 2, r + 4)).toEqual([
      [label("Base"), t("Widgets"), n(310), n(310), n(10), n(0), n(3100), n(1240), n(0)],
      [label("Base"), t("Gadgets"), n(120), n(110), n(0), n(10), n(5500), n(2200), n(0)],
    ]);
    // Downside, Widgets: demand x 0.85 = 85, 102, 76.5 (263.5); the plan's supply scaled the
    // same, 76.5, 85, 85, under capacity 100 x 0.95 = 95. Stock 20 + 76.5 - 85 = 11.5; 11.5 + 85
    // - 102 = -5.5 (5.5 late); -5.5 + 85 - 76.5 = 3 left at the end. All 263.5 shipped: revenue
    // 2,635, margin 263.5 x 4 = 1,054.
    expect(sheet.cells[r + 6]).toEqual([
      label("Downside"),
      t("Widgets"),
      n(263.5),
      n(263.5),
      n(5.5),
      n(0),
      n(2635),
      n(1054),
      n(3),
    ]);
    // Then Upside's two rows and Downside's two: the sheet's last rows.
    expect(sheet.cells.slice(r + 4).map((row) => [row[0]?.value, row[1]?.value])).toEqual([
      ["Upside", "Widgets"],
      ["Upside", "Gadgets"],
      ["Downside", "Widgets"],
      ["Downside", "Gadgets"],
    ]);
  });

  it("values each family's row at the month's price and unit cost, as the scenario's totals do", () => {
    // Widgets at 12, 11, 11 and unit cost 7, 8, 6 (Gadgets has no month rows: 50 and 30). Base
    // ships Widgets 100, 110, 100: revenue 1,200 + 1,210 + 1,100 = 3,510, margin 100 x 5 + 110 x
    // 3 + 100 x 5 = 1,330; Gadgets 110 x 50 = 5,500 and 110 x 20 = 2,200, as before. The two
    // rows add up to Base's revenue 9,010 and margin 3,530 in the scenarios' comparison.
    const priced = { ...input(), price: [[12, 11, 11]], unitCost: [[7, 8, 6]] };
    const s = buildDeckSheet(priced);
    const r = rowOf(s, "A4. Scenario options by family");
    expect(s.cells.slice(r + 2, r + 4)).toEqual([
      [label("Base"), t("Widgets"), n(310), n(310), n(10), n(0), n(3510), n(1330), n(0)],
      [label("Base"), t("Gadgets"), n(120), n(110), n(0), n(10), n(5500), n(2200), n(0)],
    ]);
    const base = buildDeck(priced).scenarios[0];
    expect([base.revenue, base.grossMargin]).toEqual([9010, 3530]);
  });
});
