/**
 * The decisions required (src/deck/deck.ts): each gap issue over its whole horizon, from the
 * workbook's rows (`issueFlow`), or from the listed gaps when the workbook does not give them;
 * the revenue target and the inventory ceiling; the deck's title and subtitle. Numbers worked
 * out by hand from the fixture (test/deck/fixture.ts).
 */
import { ALL_FAMILIES } from "../../src/core/plan-model/gaps";
import { buildDeck, decisionsRequired, issueFlow, moreDecisions } from "../../src/deck/deck";
import type { DeckGap, DeckInput } from "../../src/deck/input";
import type { Recommendation } from "../../src/deck/recommend";
import { fixtureInput as input } from "./fixture";

const gap = (
  family: string,
  month: string,
  type: string,
  size: number | null,
  valueAtStake: number,
  rank = 1,
): DeckGap => ({
  rank,
  family,
  month,
  type,
  gap: size,
  valueAtStake,
});

const recommendation = (name: string, withinTargets: boolean): Recommendation => ({
  name,
  withinTargets,
  checks: [],
  reason: "",
});

describe("a gap issue over the plan's months", () => {
  let i: DeckInput;
  beforeEach(() => {
    i = input();
  });

  it("values late and lost demand at the family's price, month by month", () => {
    // Widgets' late demand 0, 10, 0 at 10; Gadgets' lost demand 0, 0, 10 at 50.
    expect(issueFlow(i, "Late demand", "Widgets")).toEqual({ units: [0, 10, 0], value: [0, 100, 0] });
    expect(issueFlow(i, "Lost demand", "Gadgets")).toEqual({ units: [0, 0, 10], value: [0, 0, 500] });
    // At the workbook's month price where it has one: Gadgets 50, 55, 60.
    const priced = {
      ...i,
      price: [
        [10, 10, 10],
        [50, 55, 60],
      ],
    };
    expect(issueFlow(priced, "Lost demand", "Gadgets")).toEqual({ units: [0, 0, 10], value: [0, 0, 600] });
  });

  it("values over capacity and inventory above target at the month's unit cost, where the workbook gives the grids", () => {
    const grids = {
      ...i,
      overCapacity: [
        [0, 5, 0],
        [0, 0, 0],
      ],
      excessInventory: [
        [0, 0, 0],
        [2, 0, 1],
      ],
    };
    // Widgets' unit cost 6, Gadgets' 30.
    expect(issueFlow(grids, "Over capacity", "Widgets")).toEqual({ units: [0, 5, 0], value: [0, 30, 0] });
    expect(issueFlow(grids, "Inventory above target", "Gadgets")).toEqual({ units: [2, 0, 1], value: [60, 0, 30] });
    // At the workbook's month unit cost where it has one: Widgets 6, 7, 8; Gadgets 30, 31, 32.
    const costed = {
      ...grids,
      unitCost: [
        [6, 7, 8],
        [30, 31, 32],
      ],
    };
    expect(issueFlow(costed, "Over capacity", "Widgets")).toEqual({ units: [0, 5, 0], value: [0, 35, 0] });
    expect(issueFlow(costed, "Inventory above target", "Gadgets")).toEqual({ units: [2, 0, 1], value: [60, 0, 32] });
    // Without the grids (a workbook built before them), or for a type the workbook does not give by month: no flow.
    expect(issueFlow(i, "Over capacity", "Widgets")).toBeUndefined();
    expect(issueFlow(i, "Inventory above target", "Widgets")).toBeUndefined();
    expect(issueFlow(i, "Supply shortfall", "Widgets")).toBeUndefined();
    expect(issueFlow(i, "Late demand", "Sprockets")).toBeUndefined();
  });

  it("measures the company-level gaps in currency from the totals, for all families only", () => {
    // Revenue 2,500, 3,200, 3,400 against 3,000 a month: 500 short in the first month only.
    expect(issueFlow(i, "Revenue below target", ALL_FAMILIES)).toEqual({ units: null, value: [500, 0, 0] });
    // Inventory value 60, 0, 0 against a ceiling of 50: 10 above in the first month.
    const low = { ...i, targets: { ...i.targets, inventoryValueCeiling: 50 } };
    expect(issueFlow(low, "Inventory value above ceiling", ALL_FAMILIES)).toEqual({ units: null, value: [10, 0, 0] });
    expect(issueFlow(i, "Inventory value above ceiling", ALL_FAMILIES)).toEqual({ units: null, value: [0, 0, 0] });
    expect(issueFlow(i, "Revenue below target", "Widgets")).toBeUndefined();
    expect(issueFlow(i, "Inventory value above ceiling", "Widgets")).toBeUndefined();
  });

  it("reads a resource overload from the resource's overload row (a missing month as 0) and its value", () => {
    const line = {
      name: "Line 1",
      capacity: [100, 100, 100],
      load: [90, 110, 100],
      overload: [null, 10, 0],
      value: [0, 250, 0],
      hours: [],
    };
    const r = { ...i, resources: [line] };
    expect(issueFlow(r, "Resource overload", "Line 1")).toEqual({ units: [0, 10, 0], value: [0, 250, 0] });
    expect(issueFlow(r, "Resource overload", "Line 2")).toBeUndefined();
    expect(issueFlow(i, "Resource overload", "Line 1")).toBeUndefined();
  });
});

describe("the decisions required", () => {
  let i: DeckInput;
  beforeEach(() => {
    i = input();
  });

  it("states each gap issue over every month of the workbook's rows, not only the listed ones", () => {
    // The workbook lists Gadgets' lost demand in 2026-05 and Widgets' late demand in 2026-04.
    const gaps = [
      gap("Gadgets", "2026-05", "Lost demand", 10, 500, 1),
      gap("Widgets", "2026-04", "Late demand", 10, 100, 2),
    ];
    const d = buildDeck({ ...i, gaps }).decisionsRequired;
    expect(d.slice(1, 3)).toEqual([
      "Close the lost demand gap for Gadgets in 2026-05: 10 units, 500 revenue lost.",
      "Close the late demand gap for Widgets in 2026-04: 10 units, 100 revenue delayed.",
    ]);
    // Late demand in two months (10 and 20 units: 100 and 200): "2026-03 and 2026-05".
    const two = buildDeck({
      ...i,
      late: [
        [10, 0, 20],
        [0, 0, 0],
      ],
      gaps: [gap("Widgets", "2026-05", "Late demand", 20, 200)],
    });
    expect(two.decisionsRequired[1]).toBe(
      "Close the late demand gap for Widgets in 2026-03 and 2026-05: 30 units, 300 revenue delayed.",
    );
    // The company-level revenue gap: no units.
    const rev = buildDeck({ ...i, gaps: [gap(ALL_FAMILIES, "2026-03", "Revenue below target", null, 500)] });
    expect(rev.decisionsRequired[1]).toBe(
      "Close the revenue below target gap for All families in 2026-03: 500 short of the revenue target.",
    );
  });

  it("adds up the listed months when the workbook gives no rows, and says so when it listed only the largest", () => {
    // "Supply shortfall" has no rows by month: the listed gaps, 2026-04 and 2026-05, 10 + 10 units, 100 + 500.
    const gaps = [
      gap("Widgets", "2026-05", "Supply shortfall", 10, 500, 1),
      gap("Widgets", "2026-04", "Supply shortfall", 10, 100, 2),
    ];
    expect(buildDeck({ ...i, gaps }).decisionsRequired[1]).toBe(
      "Close the supply shortfall gap for Widgets in 2026-04 and 2026-05: 20 units, 600 at stake.",
    );
    // 9 gaps in the plan, 2 listed.
    expect(buildDeck({ ...i, gaps, gapTotals: { count: 9, totalValueAtStake: 5000 } }).decisionsRequired[1]).toBe(
      "Close the supply shortfall gap for Widgets in 2026-04 and 2026-05: 20 units, 600 at stake (the months among the 2 largest gaps).",
    );
    // All of them listed: nothing to add.
    expect(buildDeck({ ...i, gaps, gapTotals: { count: 2, totalValueAtStake: 600 } }).decisionsRequired[1]).toMatch(
      /600 at stake\.$/,
    );
  });

  it("takes the three largest gap issues only", () => {
    const gaps = [
      gap("Widgets", "2026-05", "Supply shortfall", 1, 400, 1),
      gap("Gadgets", "2026-05", "Supply shortfall", 1, 300, 2),
      gap("Widgets", "2026-04", "Quality hold", 1, 200, 3),
      gap("Gadgets", "2026-04", "Quality hold", 1, 100, 4),
    ];
    const d = decisionsRequired(i, buildDeck(i).summaries, recommendation("Plan as is", true));
    expect(d[0]).toBe("Approve the operating plan: the Plan as is option is recommended.");
    const four = decisionsRequired({ ...i, gaps }, buildDeck(i).summaries, recommendation("Build ahead", false));
    expect(four).toEqual([
      "Approve the operating plan: the Build ahead option is recommended but misses a target.",
      "Close the supply shortfall gap for Widgets in 2026-05: 1 units, 400 at stake.",
      "Close the supply shortfall gap for Gadgets in 2026-05: 1 units, 300 at stake.",
      "Close the quality hold gap for Widgets in 2026-04: 1 units, 200 at stake.",
    ]);
  });

  it("adds the revenue target and the inventory ceiling where the plan misses them, not where it meets them", () => {
    // Plan revenue 9,100 vs 3 x 3,033.33 = 9,100 exactly: no revenue line; a ceiling of exactly 60: none either.
    const even = buildDeck({
      ...i,
      gaps: [],
      targets: { revenuePerMonth: 9100 / 3, grossMarginPct: 0.4, inventoryValueCeiling: 60 },
    });
    expect(even.decisionsRequired).toHaveLength(1);
    // A ceiling of 0 means none.
    const none = buildDeck({
      ...i,
      gaps: [],
      targets: { revenuePerMonth: 3000, grossMarginPct: 0.4, inventoryValueCeiling: 0 },
    });
    expect(none.decisionsRequired).toHaveLength(1);
    const short = buildDeck({
      ...i,
      gaps: [],
      targets: { revenuePerMonth: 3100, grossMarginPct: 0.4, inventoryValueCeiling: 59 },
    });
    // 9,100 vs 9,300: 200 short; peak 60 in 2026-03 vs 59.
    expect(short.decisionsRequired.slice(1)).toEqual([
      "Accept or close the revenue gap: plan 9,100 vs target 9,300 over the horizon (200 short).",
      "Bring inventory value under the ceiling: peak 60 in 2026-03 vs ceiling 59.",
    ]);
  });
});

describe("the deck's title and defaults", () => {
  it("titles the deck with the company and cycle, and sums up the plan in the subtitle", () => {
    const d = buildDeck(input());
    expect(d.title).toBe("Acme Tools: S&OP executive summary, 2026-03");
    expect(d.subtitle).toBe(
      "Plan 2026-03 to 2026-05 (3 months), 2 product families. Values are a snapshot of the workbook when the deck was built; detail in the appendix.",
    );
    const one = input();
    const single = buildDeck({
      ...one,
      months: ["2026-03"],
      families: one.families.slice(0, 1),
      ...Object.fromEntries(
        (
          [
            "demand",
            "supply",
            "capacity",
            "inventory",
            "late",
            "lost",
            "revenue",
            "cogs",
            "grossMargin",
            "inventoryValue",
          ] as const
        ).map((k) => [k, [one[k][0].slice(0, 1)]]),
      ),
      gaps: [],
    });
    expect(single.subtitle).toMatch(/^Plan 2026-03 to 2026-03 \(1 months\), 1 product family\. /);
  });

  it("runs the workbook's scenarios unless given others, and Base, Upside and Downside without either", () => {
    const i = input();
    expect(buildDeck(i).scenarios.map((s) => s.name)).toEqual(["Base", "Upside", "Downside"]);
    const mine = [{ name: "Mine", demandMultiplier: 1, capacityMultiplier: 1 }];
    const workbook = [{ name: "Workbook", demandMultiplier: 1.2, capacityMultiplier: 1 }];
    expect(buildDeck({ ...i, scenarios: workbook }).scenarios.map((s) => s.name)).toEqual(["Workbook"]);
    expect(buildDeck({ ...i, scenarios: workbook }, { scenarios: mine }).scenarios.map((s) => s.name)).toEqual([
      "Mine",
    ]);
    // An empty list is no choice: the workbook's.
    expect(buildDeck({ ...i, scenarios: workbook }, { scenarios: [] }).scenarios.map((s) => s.name)).toEqual([
      "Workbook",
    ]);
  });

  it("shows the five largest gaps and three near months by default, and the agenda it is given", () => {
    const i = input();
    const gaps = Array.from({ length: 7 }, (_, k) => gap("Widgets", "2026-04", "Supply shortfall", 1, 100 - k, k + 1));
    expect(buildDeck({ ...i, gaps }).risks.top).toHaveLength(5);
    expect(buildDeck(i).summaries.nearMonths).toEqual(["2026-03", "2026-04", "2026-05"]);
    expect(buildDeck(i, { nearMonths: 2 }).summaries.nearMonths).toEqual(["2026-03", "2026-04"]);
    const agenda = [{ item: "Only item", minutes: 30, presenter: "Chair", purpose: "Decide" }];
    expect(buildDeck(i, { agenda }).agenda).toEqual(agenda);
    expect(buildDeck(i).agenda).toHaveLength(8);
  });

  it("runs the response options it is given, else the default ones", () => {
    const i = input();
    expect(buildDeck(i).options.map((o) => o.name)).toEqual(["Plan as is", "Build ahead"]);
    const asIs = [{ name: "Plan as is", policy: "asIs" as const }];
    expect(buildDeck(i, { options: asIs }).options.map((o) => o.name)).toEqual(["Plan as is"]);
    expect(buildDeck(i, { options: [] }).options.map((o) => o.name)).toEqual(["Plan as is", "Build ahead"]);
  });
});

describe("the decisions left off the summary", () => {
  it("counts them by kind, each kind only when there is one, in the singular or plural", () => {
    expect(moreDecisions([{ kind: "revenue" }])).toBe(
      "And 1 more decision (the Gaps sheet lists them): the revenue target.",
    );
    expect(
      moreDecisions([{ kind: "bias" }, { kind: "gap" }, { kind: "revenue" }, { kind: "gap" }, { kind: "bias" }]),
    ).toBe("And 5 more decisions (the Gaps sheet lists them): 2 gaps to close, the revenue target, 2 bias exceptions.");
  });

  it("leaves the inventory ceiling for the counting line when three gaps, the revenue target and a bias come first", () => {
    const i = fixtureInputWithGaps();
    const biased = {
      family: "Widgets",
      revenue: null,
      abc: "",
      cv: null,
      xyz: "",
      trackingSignal: 5,
      bias: "Under-forecast",
    };
    const d = buildDeck({
      ...i,
      targets: { revenuePerMonth: 3100, grossMarginPct: 0.4, inventoryValueCeiling: 59 },
      forecastability: [biased],
    });
    // Approve, three gap issues, the revenue target (5 lines); the ceiling and the bias are counted.
    expect(d.decisionsRequired).toHaveLength(6);
    expect(d.decisionsRequired[4]).toMatch(/^Accept or close the revenue gap/);
    expect(d.decisionsRequired[5]).toBe(
      "And 2 more decisions (the Gaps sheet lists them): the inventory ceiling, 1 bias exception.",
    );
  });
});

describe("the scenarios against the targets and the options left out", () => {
  it("checks each scenario as it stands, and notes only overtime for the fixture (no resources)", () => {
    const d = buildDeck(input());
    // Lost demand 500, 1,170 and 425 of revenue against 2 % of demand value (9,100 x 0.02 = 182;
    // Upside 10,010: 200.2; Downside 7,735: 154.7): all too much. Peak inventory value 60, 54
    // and 69 under the 1,000 ceiling.
    expect(d.scenarioChecks.map((c) => [c.withinTargets, c.unmetOk, c.inventoryOk])).toEqual([
      [false, false, true],
      [false, false, true],
      [false, false, true],
    ]);
    expect(d.optionNotes).toEqual([
      "Overtime is not offered: no family gives its inputs; type Overtime units / month and Overtime premium / unit on the Families sheet (overtime_per_month and overtime_premium in families.csv) to cost it.",
    ]);
  });
});

/** The fixture with three gap issues the workbook gives no rows for (Supply shortfall, Quality hold). */
function fixtureInputWithGaps(): DeckInput {
  return {
    ...input(),
    gaps: [
      gap("Widgets", "2026-05", "Supply shortfall", 1, 400, 1),
      gap("Gadgets", "2026-05", "Supply shortfall", 1, 300, 2),
      gap("Widgets", "2026-04", "Quality hold", 1, 200, 3),
    ],
  };
}
