/**
 * The plan model on a one-family cycle small enough to compute by hand. Every expected number
 * below is worked out in the comments from the definitions, not taken from the code.
 */
import { CycleData } from "../../src/core/model";
import { resolveInputs } from "../../src/layout/inputs";
import { PlanModel, computePlan } from "../../src/core/plan-model/plan";
import { FamilyPlan } from "../../src/core/plan-model/types";
import { GAP_TYPES } from "../../src/core/plan-model/gaps";

// Family W: price 10, unit cost 6, opening inventory 100, capacity 60/month, target 30 days.
// History 2026-01..03 (actuals 90, 100, 110); plan 2026-04..07 with overrides 100, 150, 80, 120.
const data: CycleData = {
  config: {
    company: "Hand Co",
    cycleMonth: "2026-04",
    historyMonths: 3,
    horizonMonths: 4,
    businessType: "manufacturing",
    families: [{ name: "W", unit: "units", price: 10, unitCost: 6, openingInventory: 100, capacityPerMonth: 60, targetDaysOfSupply: 30 }],
    targets: { revenuePerMonth: 1000, grossMarginPct: 0.45, inventoryValueCeiling: 100 },
  },
  actuals: [
    { family: "W", month: "2026-01", quantity: 90 },
    { family: "W", month: "2026-02", quantity: 100 },
    { family: "W", month: "2026-03", quantity: 110 },
  ],
  overrides: [
    { family: "W", month: "2026-04", quantity: 100 },
    { family: "W", month: "2026-05", quantity: 150 },
    { family: "W", month: "2026-06", quantity: 80 },
    { family: "W", month: "2026-07", quantity: 120 },
  ],
  pipeline: [
    { deal: "a", family: "W", quantity: 50, stage: "Proposal", winProbability: 0.4, closeMonth: "2026-05" }, // 20
    { deal: "b", family: "w", quantity: 10, stage: "Commit", winProbability: 0.5, closeMonth: "2026-05" }, // 5 (case ignored, as in a formula)
    { deal: "c", family: "W", quantity: 30, stage: "Qualified", winProbability: 0.2, closeMonth: "2026-07" }, // 6
    { deal: "d", family: "X", quantity: 99, stage: "Commit", winProbability: 1, closeMonth: "2026-05" }, // another family
    { deal: "e", family: "W", quantity: 99, stage: "Commit", winProbability: 1, closeMonth: "2026-12" }, // beyond the horizon
  ],
  orders: [],
  actions: [],
};

const DPM = 30.4375;

describe("plan model, by hand", () => {
  // Computed in each test (not at load), so that mutation testing's per-test coverage sees it.
  let plan: PlanModel;
  let w: FamilyPlan;
  beforeEach(() => {
    plan = computePlan(resolveInputs(data, new Map()));
    w = plan.families[0];
  });

  it("weights the pipeline by month and family", () => {
    expect(w.demand.pipeline).toEqual([0, 25, 0, 6]);
  });

  it("builds consensus = override + pipeline", () => {
    expect(w.demand.consensus).toEqual([100, 175, 80, 126]);
  });

  // The target-seeking proposal: April's target = 30 days x (175+80+126)/3/30.4375 = 125.2, so it
  // wants 100 + 125.2 - 100 = 125.2 > capacity 60; every later month wants its demand (>= 80)
  // plus a target and a backlog, all above 60; April, the only month before a shortfall, has no
  // spare capacity to build ahead. So every month runs at capacity.
  it("starts the supply plan at the target-seeking proposal, here capacity every month", () => {
    expect(w.supply.supply).toEqual([60, 60, 60, 60]);
    expect(w.supply.utilization).toEqual([1, 1, 1, 1]);
  });

  it("projects inventory: 100+60-100=60, 60+60-175=-55, -55+60-80=-75, -75+60-126=-141", () => {
    expect(w.supply.inventory).toEqual([60, -55, -75, -141]);
  });

  // Backorders are served first: June's 60 units clear May's 55 backorders and 5 of June's 80,
  // leaving 75 of June unserved; July's 60 go to 60 of those 75, so 15 of June and all 126 of
  // July are still waiting when the plan ends (141 = -inventory in July).
  it("splits unserved demand into late (shipped in a later month) and lost (not shipped by the end of the plan)", () => {
    // Unserved at month end: min(d, max(0, -inventory)) = 0, 55, 75, 126.
    // Lost, from the last month back against the 141 left: July min(126, 141) = 126; June min(80, 141 - 126) = 15; May min(175, 141 - 206 < 0) = 0.
    expect(w.supply.lost).toEqual([0, 0, 15, 126]);
    // Late = unserved - lost: 0, 55, 75 - 15 = 60, 126 - 126 = 0.
    expect(w.supply.late).toEqual([0, 55, 60, 0]);
  });

  it("gives days of supply over the next three months (the last month: its own)", () => {
    // t0: 60 / ((175+80+126)/3/30.4375); t1: -55 / ((80+126)/2/30.4375); t2: -75 / (126/30.4375); t3: -141 / (126/30.4375)
    const expected = [60 / (381 / 3 / DPM), -55 / (206 / 2 / DPM), -75 / (126 / DPM), -141 / (126 / DPM)];
    w.supply.daysOfSupply.forEach((d, i) => expect(d).toBeCloseTo(expected[i], 9));
    expect(w.supply.targetInventory[0]).toBeCloseTo((30 * 381) / 3 / DPM, 9);
  });

  it("prices the plan: revenue, COGS, margin, inventory value", () => {
    expect(w.finance.revenue).toEqual([1000, 1750, 800, 1260]);
    expect(w.finance.cogs).toEqual([600, 1050, 480, 756]);
    expect(w.finance.grossMargin).toEqual([400, 700, 320, 504]);
    w.finance.marginPct.forEach((m) => expect(m).toBeCloseTo(0.4, 12));
    expect(w.finance.inventoryValue).toEqual([360, 0, 0, 0]);
    expect(plan.totals.revenueVsTarget).toEqual([0, 750, -200, 260]);
    expect(plan.totals.inventoryVsCeiling).toEqual([260, -100, -100, -100]);
    plan.totals.marginVsTarget.forEach((m) => expect(m).toBeCloseTo(-0.05, 12));
  });

  it("leaves the first two history months without a lag-1 baseline and diffs the rest", () => {
    expect(w.demand.baseline.history.slice(0, 2)).toEqual([null, null]);
    const b = w.demand.baseline.history[2] as number;
    expect(typeof b).toBe("number");
    expect(w.demand.diff).toEqual([null, null, 110 - b]);
    expect(w.demand.cumDiff).toEqual([0, 0, 110 - b]);
  });

  it("ranks the agenda: lost 1260, late 600 and 550, inventory 260 above the ceiling, revenue 200 below target, lost 150", () => {
    const listed = plan.ranked.filter((r) => r.rank !== null).map((r) => [r.candidate.type, r.candidate.month, r.candidate.value]);
    // Price 10: lost July 126 x 10, late June 60 x 10, late May 55 x 10, lost June 15 x 10.
    expect(listed).toEqual([
      [GAP_TYPES.lost, "2026-07", 1260],
      [GAP_TYPES.late, "2026-06", 600],
      [GAP_TYPES.late, "2026-05", 550],
      [GAP_TYPES.inventoryCeiling, "2026-04", 260],
      [GAP_TYPES.revenue, "2026-06", 200],
      [GAP_TYPES.lost, "2026-06", 150],
    ]);
  });

  // May typed 200: the other months still want more than 60 (June: 80 + 126 x 30 / 30.4375 - 85 = 119.2).
  it("uses a typed supply plan over the proposal", () => {
    const typed = new Map([["Supply|plan|W|2026-05", 200]]);
    const p2 = computePlan(resolveInputs(data, typed));
    expect(p2.families[0].supply.supply).toEqual([60, 200, 60, 60]);
    expect(p2.families[0].supply.inventory).toEqual([60, 85, 65, -1]);
    expect(p2.families[0].gaps.overCapacity).toEqual([0, 140, 0, 0]);
  });
});
