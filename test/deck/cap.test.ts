/**
 * Lists of any length on the two printed pages: the decisions required, the KPIs without data
 * and the decisions and owners show their first lines, then one line counting the rest and
 * saying where they are listed.
 */
import { isSopError } from "../../src/core/errors";
import { capList } from "../../src/deck/cap";
import { MAX_DECISION_LINES, buildDeck, moreDecisions, type Deck } from "../../src/deck/deck";
import type { ForecastabilityLine } from "../../src/deck/forecastability";
import { deckInputFromNames, type DeckInput } from "../../src/deck/input";
import { buildDeckSheet } from "../../src/deck/sheet";
import { MAX_ACTION_LINES } from "../../src/deck/sheetDecide";
import { fixtureNames, reader } from "./fixture";
import { MAX_FAMILY_ROWS, familiesShown, otherDemand, otherFinancial, otherSupply, withOthers } from "../../src/deck/others";
import type { DemandLine, FinancialLine, PlanSummaries, SupplyLine } from "../../src/deck/summaries";
import type { SheetSpec } from "../../src/layout/types";

function input(): DeckInput {
  const r = deckInputFromNames(reader(fixtureNames()));
  if (isSopError(r)) throw new Error(r.message);
  return r;
}

const biased = (family: string, trackingSignal: number): ForecastabilityLine => ({
  family,
  revenue: null,
  abc: "",
  cv: null,
  xyz: "",
  trackingSignal,
  bias: trackingSignal > 0 ? "Under-forecast" : "Over-forecast",
});

describe("capping a list", () => {
  it("shows every item that fits, else the first max - 1 and hides the rest for the counting line", () => {
    expect(capList([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], hidden: [] });
    expect(capList([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2], hidden: [3, 4, 5] });
    expect(capList([], 3)).toEqual({ shown: [], hidden: [] });
    // A list of one line at most is the counting line alone.
    expect(capList([1, 2], 1)).toEqual({ shown: [], hidden: [1, 2] });
  });

  it("counts the decisions left off by kind", () => {
    expect(moreDecisions([{ kind: "bias" }])).toBe("And 1 more decision (the Gaps sheet lists them): 1 bias exception.");
    expect(moreDecisions([{ kind: "gap" }, { kind: "inventory" }, { kind: "bias" }, { kind: "bias" }])).toBe(
      "And 4 more decisions (the Gaps sheet lists them): 1 gap to close, the inventory ceiling, 2 bias exceptions.",
    );
  });
});

describe("the decisions required of a cycle with many bias exceptions", () => {
  // The fixture's own decisions: approve the plan and three gap issues (4 lines); nine families
  // biased, tracking signals +5 to +13 (all under-forecast), in the workbook's order.
  const signals = [5, 13, 6, 12, 7, 11, 8, 10, 9];
  const lines = signals.map((ts, i) => biased(`Family ${i + 1}`, ts));
  let deck: Deck;
  beforeEach(() => {
    deck = buildDeck({ ...input(), forecastability: lines }, { unmetTolerance: 0.1 });
  });

  it("lists the largest bias first and counts the other eight in the sixth and last line", () => {
    expect(deck.decisionsRequired).toHaveLength(MAX_DECISION_LINES);
    expect(deck.decisionsRequired.slice(0, 4)).toEqual([
      "Approve the operating plan: the Build ahead option is recommended.",
      "Close the supply shortfall gap for Gadgets in 2026-05: 10 units, 500 at stake.",
      "Close the revenue below target gap for Widgets in 2026-05: 500 short of the revenue target.",
      "Close the inventory below target gap for Gadgets in 2026-04: 5 units, 150 at stake.",
    ]);
    // Family 2 has the largest tracking signal, +13.
    expect(deck.decisionsRequired[4]).toBe(
      "Bias exception: Family 2 sells above its consensus (tracking signal +13.0): review its forecast and overrides before the plan is approved.",
    );
    // 9 exceptions, 1 listed: 8 more.
    expect(deck.decisionsRequired[5]).toBe("And 8 more decisions (the Gaps sheet lists them): 8 bias exceptions.");
  });

  it("lists them all while they fit", () => {
    const two = buildDeck({ ...input(), forecastability: lines.slice(0, 2) }, { unmetTolerance: 0.1 });
    expect(two.decisionsRequired).toHaveLength(6);
    expect(two.decisionsRequired[4]).toMatch(/^Bias exception: Family 2 /);
    expect(two.decisionsRequired[5]).toMatch(/^Bias exception: Family 1 /);
  });
});

describe("the decisions and owners of a long actions log", () => {
  it("shows the first nine and counts the rest, open and closed", () => {
    const i = input();
    // 14 actions: 8 open (due 2026-04-01 .. 08), 6 closed.
    const actions = Array.from({ length: 14 }, (_, k) => ({
      decision: `Action ${k + 1}`,
      owner: "Owner",
      dueDate: `2026-04-${String(k + 1).padStart(2, "0")}`,
      status: k < 8 ? "Open" : "Closed",
    }));
    const sheet = buildDeckSheet({ ...i, actions });
    const header = sheet.cells.findIndex((r) => r[0]?.value === "Decision");
    const rows = sheet.cells.slice(header + 1, header + 1 + MAX_ACTION_LINES).map((r) => r[0]?.value);
    // Open first by due date (1..8), then the closed from 9: nine lines, then 5 more (0 open, 5 closed).
    expect(rows).toEqual([
      ...Array.from({ length: 9 }, (_, k) => `Action ${k + 1}`),
      "And 5 more (0 open, 5 closed): the Actions sheet lists every decision.",
    ]);
    expect(sheet.cells[header + 1 + MAX_ACTION_LINES]).toEqual([]);
  });
});

describe("the family tables of a cycle with many families", () => {
  const demand = (family: string, near: number[], horizon: number): DemandLine => ({
    family,
    unit: "units",
    nearMonths: near,
    near: near.reduce((s, x) => s + x, 0),
    horizon,
    averagePerMonth: horizon / 12,
  });
  const financial = (family: string, revenueHorizon: number, marginHorizon: number): FinancialLine => ({
    family,
    revenueNear: revenueHorizon / 4,
    revenueHorizon,
    cogsHorizon: revenueHorizon - marginHorizon,
    marginHorizon,
    marginPct: marginHorizon / revenueHorizon,
    endingInventoryValue: 10,
  });

  it("shows the four largest by revenue over the horizon in the table's order and adds up the rest", () => {
    // Six families; revenue over the horizon 600, 100, 500, 200, 400, 300: the largest four are
    // A (600), C (500), E (400), F (300); B and D are added up.
    const fin = [financial("A", 600, 300), financial("B", 100, 20), financial("C", 500, 100), financial("D", 200, 100), financial("E", 400, 40), financial("F", 300, 30)];
    const s = { financial: fin } as unknown as PlanSummaries;
    const shown = familiesShown(s);
    expect([...shown].sort()).toEqual(["A", "C", "E", "F"]);
    const rows = withOthers(fin, shown, otherFinancial);
    expect(rows.map((r) => r.family)).toEqual(["A", "C", "E", "F", "Other families (2)"]);
    // B + D: revenue 100 + 200 = 300, margin 20 + 100 = 120, COGS 80 + 100 = 180, margin % 120 / 300 = 40 %.
    expect(rows[4]).toEqual({
      family: "Other families (2)",
      revenueNear: 75,
      revenueHorizon: 300,
      cogsHorizon: 180,
      marginHorizon: 120,
      marginPct: 0.4,
      endingInventoryValue: 20,
    });
    // Demand: B's and D's near months 1, 2, 3 and 10, 20, 30 -> 11, 22, 33; horizon 12 + 120 = 132.
    const other = otherDemand([demand("B", [1, 2, 3], 12), demand("D", [10, 20, 30], 120)]);
    expect(other).toEqual({ family: "Other families (2)", unit: "", nearMonths: [11, 22, 33], near: 66, horizon: 132, averagePerMonth: 11 });
  });

  it("adds up the supply of the others, utilisation from their sums", () => {
    const line = (family: string, supply: number, capacity: number, lost: number): SupplyLine => ({
      family,
      unit: "units",
      supplyNear: supply / 6,
      supplyHorizon: supply,
      capacityHorizon: capacity,
      utilisation: supply / capacity,
      lateNear: 0,
      lateHorizon: lost * 2,
      lostHorizon: lost,
      lostValue: lost * 10,
      endingInventory: 5,
      minInventory: -lost,
    });
    // 60 / 100 and 90 / 100: 150 / 200 = 75 %, not the mean of 60 % and 90 % weighted otherwise.
    expect(otherSupply([line("B", 60, 100, 1), line("D", 90, 100, 3)])).toEqual({
      family: "Other families (2)",
      unit: "",
      supplyNear: 25,
      supplyHorizon: 150,
      capacityHorizon: 200,
      utilisation: 0.75,
      lateNear: 0,
      lateHorizon: 8,
      lostHorizon: 4,
      lostValue: 40,
      endingInventory: 10,
      minInventory: -4,
    });
  });

  it("labels one hidden family in the singular, and gives no ratio where the others have no capacity or revenue", () => {
    expect(otherFinancial([{ ...financial("B", 100, 20), revenueHorizon: 0, marginHorizon: 0 }])).toMatchObject({
      family: "Other family (1)",
      marginPct: null,
    });
    const idle: SupplyLine = {
      family: "B",
      unit: "units",
      supplyNear: 0,
      supplyHorizon: 0,
      capacityHorizon: 0,
      utilisation: null,
      lateNear: 0,
      lateHorizon: 0,
      lostHorizon: 0,
      lostValue: 0,
      endingInventory: 0,
      minInventory: 0,
    };
    expect(otherSupply([idle]).utilisation).toBeNull();
    // Nothing hidden: no near months to add.
    expect(otherDemand([]).nearMonths).toEqual([]);
  });

  it("keeps every family of a cycle with five", () => {
    const fin = ["A", "B", "C", "D", "E"].map((f, i) => financial(f, 100 * (i + 1), 10));
    expect(familiesShown({ financial: fin } as unknown as PlanSummaries).size).toBe(MAX_FAMILY_ROWS);
  });
});

describe("the KPIs without data", () => {
  const noData = (sheet: SheetSpec): unknown[] => sheet.cells.map((r) => r[0]?.value).filter((v) => typeof v === "string" && /no data|without data/i.test(v));
  const snapshot = (names: string[]): DeckInput => {
    const i = input();
    return { ...i, kpis: i.kpis.map((k) => (names.includes(k.name) ? { ...k, value: null, noData: true } : k)) };
  };

  it("names the input of one KPI, and names several together on one line", () => {
    expect(noData(buildDeckSheet(snapshot(["Working capital"])))).toEqual([
      "No data for Working capital: type Trade receivables and Trade payables on the KPIs sheet (or receivables and payables in settings.csv).",
    ]);
    expect(noData(buildDeckSheet(snapshot(["Working capital", "Plan adherence"])))).toEqual([
      "No data for Plan adherence, Working capital: the KPIs sheet names the inputs each needs.",
    ]);
  });
});
