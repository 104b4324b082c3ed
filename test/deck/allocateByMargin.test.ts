import { buildDeck } from "../../src/deck";
import { MARGIN_NOT_OFFERED, horizonMargin, marginCanDiffer, offeredOptions, replan } from "../../src/deck/options";
import { DEFAULT_SCENARIOS, runOptions, type ScenarioPlan } from "../../src/deck/scenarios";
import { deckInputFromNames } from "../../src/deck/input";
import { isSopError } from "../../src/core/errors";
import { fixtureNames, reader } from "./fixture";

/**
 * Two families sharing one line, one month, worked by hand:
 *   Alpha: price 10, unit cost 6 (margin 4), 1 hour a unit  -> 4 of margin per hour of the line
 *   Beta:  price 30, unit cost 10 (margin 20), 2 hours a unit -> 10 of margin per hour
 *   Line: 100 hours a month. Demand: Alpha 60, Beta 40 (140 hours: 40 more than the line has).
 *   Each family's own capacity 1,000 (never binding); no opening stock; target inventory 0.
 * The Supply sheet's plan (Families order): Alpha first takes 60 hours, Beta gets the 40 left = 20 units.
 */
const shared: ScenarioPlan = {
  families: [
    { price: 10, unitCost: 6, openingInventory: 0 },
    { price: 30, unitCost: 10, openingInventory: 0 },
  ],
  demand: [[60], [40]],
  supply: [[60], [20]],
  capacity: [[1000], [1000]],
  resources: [{ hours: [1, 2], capacity: [100] }],
};

describe("Allocate by margin: the scarce line's hours go to the higher margin per hour", () => {
  it("re-plans in Families order for Build ahead (Beta short) and by margin per hour for Allocate by margin (Alpha short)", () => {
    // Build ahead: Alpha 60 (60 h), Beta (100 - 60) / 2 = 20. Allocate by margin: Beta first, 40
    // (80 h), Alpha the 20 hours left = 20.
    expect(replan(shared, 1, 1, false)).toEqual([[60], [20]]);
    expect(replan(shared, 1, 1, true)).toEqual([[20], [40]]);
  });

  it("costs each option under each scenario (revenue, margin, lost units and value, by hand)", () => {
    const [, ahead, byMargin] = runOptions(shared, DEFAULT_SCENARIOS, [
      { name: "Plan as is", policy: "asIs" },
      { name: "Build ahead", policy: "buildAhead" },
      { name: "Allocate by margin", policy: "byMargin" },
    ]);
    // Base, Build ahead: revenue 60 x 10 + 20 x 30 = 1,200; COGS 360 + 200 = 560; margin 640;
    //   Beta's 20 never made: lost 20 units, 600 of revenue, 400 of margin.
    const a = ahead.byScenario[0];
    expect([a.revenue, a.cogs, a.grossMargin]).toEqual([1200, 560, 640]);
    expect([a.lostUnits, a.lostValue, a.lostMargin, a.lateUnits]).toEqual([20, 600, 400, 0]);
    // Base, Allocate by margin: revenue 20 x 10 + 40 x 30 = 1,400; COGS 120 + 400 = 520; margin 880;
    //   Alpha's 40 never made: lost 40 units, 400 of revenue, 160 of margin.
    const m = byMargin.byScenario[0];
    expect([m.revenue, m.cogs, m.grossMargin]).toEqual([1400, 520, 880]);
    expect([m.lostUnits, m.lostValue, m.lostMargin, m.lateUnits]).toEqual([40, 400, 160, 0]);
    expect(m.detail.map((f) => f[0].lost)).toEqual([40, 0]);
    expect(a.detail.map((f) => f[0].lost)).toEqual([0, 20]);
    // Upside (demand x1.1: 66 and 44): Build ahead Alpha 66, Beta (100 - 66) / 2 = 17 (lost 27);
    //   by margin Beta 44 (88 h), Alpha 12 (lost 54). Margins 66 x 4 + 17 x 20 = 604; 12 x 4 + 44 x 20 = 928.
    expect(ahead.byScenario[1].detail.map((f) => f[0].supply)).toEqual([66, 17]);
    expect(byMargin.byScenario[1].detail.map((f) => f[0].supply)).toEqual([12, 44]);
    expect(ahead.byScenario[1].grossMargin).toBeCloseTo(604, 9);
    expect(byMargin.byScenario[1].grossMargin).toBeCloseTo(928, 9);
    // Downside (demand x0.85: 51 and 34; the line x0.95 = 95 hours): Build ahead Alpha 51, Beta
    //   44 / 2 = 22 (lost 12); by margin Beta 34 (68 h), Alpha 27 (lost 24).
    expect(ahead.byScenario[2].detail.map((f) => f[0].supply)).toEqual([51, 22]);
    expect(byMargin.byScenario[2].detail.map((f) => f[0].supply)).toEqual([27, 34]);
    expect(byMargin.byScenario[2].lostUnits).toBeCloseTo(24, 9);
  });

  it("is offered only where it can differ from the plan: a shared resource short of hours under some scenario", () => {
    expect(marginCanDiffer(shared, DEFAULT_SCENARIOS)).toBe(true);
    // 150 hours: demand takes 140 in Base and 154 in Upside (66 + 88): still short under Upside.
    expect(marginCanDiffer({ ...shared, resources: [{ hours: [1, 2], capacity: [150] }] }, DEFAULT_SCENARIOS)).toBe(true);
    // 160 hours: 154 at most (Downside: 51 + 68 = 119 of 152): never short, so it would be Build ahead.
    expect(marginCanDiffer({ ...shared, resources: [{ hours: [1, 2], capacity: [160] }] }, DEFAULT_SCENARIOS)).toBe(false);
    // Families order already ranks by margin per hour (Beta first): nothing to change.
    const ranked: ScenarioPlan = { ...shared, families: [shared.families[1], shared.families[0]], demand: [[40], [60]], supply: [[40], [20]], capacity: [[1000], [1000]], resources: [{ hours: [2, 1], capacity: [100] }] };
    expect(marginCanDiffer(ranked, DEFAULT_SCENARIOS)).toBe(false);
    expect(marginCanDiffer({ ...shared, resources: [] }, DEFAULT_SCENARIOS)).toBe(false);
    const fams = shared.families;
    expect(offeredOptions(fams, undefined, { offered: true, resources: true }).offered.map((o) => o.name)).toEqual([
      "Plan as is",
      "Build ahead",
      "Allocate by margin",
    ]);
    const left = offeredOptions(fams, undefined, { offered: false, resources: true });
    expect(left.offered.map((o) => o.name)).toEqual(["Plan as is", "Build ahead"]);
    expect(left.notes).toContain(MARGIN_NOT_OFFERED);
    expect(offeredOptions(fams, undefined, { offered: false, resources: false }).notes).not.toContain(MARGIN_NOT_OFFERED);
  });
});

describe("margin order at the month's price and unit cost", () => {
  it("ranks by the margin of the months the family would be made in, at the month's price and unit cost", () => {
    // Beta at 14 this month (Families 30): margin 14 - 10 = 4, 2 per hour, below Alpha's 4: Alpha
    // first, as Build ahead. Alpha's unit cost 9 instead (margin 1, 1 per hour): Beta first again.
    expect(replan({ ...shared, price: [[10], [14]] }, 1, 1, true)).toEqual([[60], [20]]);
    expect(replan({ ...shared, price: [[10], [14]], unitCost: [[9], [10]] }, 1, 1, true)).toEqual([[20], [40]]);
  });

  it("weights the months by the units made, the plain average where none are, the Families margin without months", () => {
    // Alpha (Families 10 - 6) at 10 - 5 = 5 in month 1 and 8 - 7 = 1 in month 2.
    const plan: ScenarioPlan = { ...shared, price: [[10, 8]], unitCost: [[5, 7]] };
    // Made 10 and 30: (10 x 5 + 30 x 1) / 40 = 2.
    expect(horizonMargin(plan, 0, [10, 30])).toBe(2);
    // Nothing made: (5 + 1) / 2 = 3.
    expect(horizonMargin(plan, 0, [0, 0])).toBe(3);
    // No months: the Families margin, 10 - 6.
    expect(horizonMargin(plan, 0, [])).toBe(4);
    // Beta has no month rows: 30 - 10 in every month.
    expect(horizonMargin(plan, 1, [5, 0])).toBe(20);
  });
});

describe("a scenario's margin order", () => {
  it("is worked out once per plan and scenario: asking whether it can differ, then re-planning by it, reads the margins once", () => {
    // The margin order reads each family's price once (margin = price - unit cost); the proposal
    // inputs do not read it. Counting the reads of `shared`'s prices on a copy of it:
    let reads = 0;
    const counted: ScenarioPlan = {
      ...shared,
      families: shared.families.map((f) => ({
        ...f,
        get price() {
          reads += 1;
          return f.price;
        },
      })),
    };
    expect(marginCanDiffer(counted, [{ demandMultiplier: 1, capacityMultiplier: 1 }])).toBe(true);
    expect(reads).toBe(2);
    expect(replan(counted, 1, 1, true)).toEqual([[20], [40]]);
    expect(replan(counted, 1, 1, true)).toEqual([[20], [40]]);
    expect(reads).toBe(2);
    // Another scenario (demand x 1.1) is worked out on its own: two more reads.
    expect(replan(counted, 1.1, 1, true)).toEqual([[12], [44]]);
    expect(reads).toBe(4);
  });
});

describe("the deck offers Allocate by margin from the workbook's resources", () => {
  // The fixture workbook (fixture.ts) with a line both families load: Widgets 1 hour a unit
  // (margin 4 per hour), Gadgets 2 hours a unit (margin 20 / 2 = 10 per hour); 150 hours a month.
  // Demand takes 100 + 60 = 160, 120 + 80 = 200 and 90 + 100 = 190 hours: short every month.
  const names = fixtureNames();
  names.set("SOP_Resources", [["Line"]]);
  names.set("SOP_ResourceCapacity", [[150, 150, 150]]);
  names.set("SOP_ResourceLoad", [[150, 180, 180]]);
  names.set("SOP_HoursPerUnit", [[1], [2]]);

  it("costs it beside the other options, and without the hours per unit (an older workbook) leaves it out", () => {
    const input = deckInputFromNames(reader(names));
    if (isSopError(input)) throw new Error(input.message);
    expect(input.resources?.[0].hours).toEqual([1, 2]);
    const deck = buildDeck(input);
    expect(deck.options.map((o) => o.name)).toEqual(["Plan as is", "Build ahead", "Allocate by margin"]);
    names.delete("SOP_HoursPerUnit");
    const older = deckInputFromNames(reader(names));
    if (isSopError(older)) throw new Error(older.message);
    const deck2 = buildDeck(older);
    expect(deck2.options.map((o) => o.name)).toEqual(["Plan as is", "Build ahead"]);
    expect(deck2.optionNotes).toContain(MARGIN_NOT_OFFERED);
  });
});
