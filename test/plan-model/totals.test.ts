/**
 * The plan's totals across families (src/core/plan-model/totals.ts) on two hand-made families,
 * three history months and two plan months: sums that skip blanks, history totals blank where no
 * family has a value (but 0 where one has a typed 0), revenue at each family's price, the ratios
 * blank where their denominator is 0, and the gaps to the company's targets.
 */
import { totalsOf } from "../../src/core/plan-model/totals";
import { FamilyPlan, PlanInputs } from "../../src/core/plan-model/types";

type Row = ReadonlyArray<number | null>;

/** The parts of a family's plan the totals read (the rest is not used by `totalsOf`). */
function fam(p: {
  actual: Row;
  baselineHistory: Row;
  baselinePlan: number[];
  pipeline: number[];
  consensusHistory: Row;
  consensus: number[];
  diff: Row;
  cumDiff: number[];
  capacity: number[];
  supply: number[];
  inventory: number[];
  targetInventory: number[];
  late: number[];
  lost: number[];
  revenue: number[];
  cogs: number[];
  grossMargin: number[];
  inventoryValue: number[];
}): FamilyPlan {
  return {
    demand: {
      actual: p.actual,
      baseline: { history: p.baselineHistory, plan: p.baselinePlan },
      pipeline: p.pipeline,
      consensusHistory: p.consensusHistory,
      consensus: p.consensus,
      diff: p.diff,
      cumDiff: p.cumDiff,
    },
    supply: {
      capacity: p.capacity,
      supply: p.supply,
      inventory: p.inventory,
      targetInventory: p.targetInventory,
      late: p.late,
      lost: p.lost,
    },
    finance: { revenue: p.revenue, cogs: p.cogs, grossMargin: p.grossMargin, inventoryValue: p.inventoryValue },
  } as unknown as FamilyPlan;
}

// Family A (price 10) and B (price 4).
const a = fam({
  actual: [5, 0, null],
  baselineHistory: [null, 3, null],
  baselinePlan: [1, 2],
  pipeline: [0, 1],
  consensusHistory: [6, null, null],
  consensus: [1, 3],
  diff: [-1, null, null],
  cumDiff: [-1, -1, -1],
  capacity: [10, 0],
  supply: [5, 3],
  inventory: [4, -2],
  targetInventory: [2, 2],
  late: [0, 2],
  lost: [0, 1],
  revenue: [10, 0],
  cogs: [6, 0],
  grossMargin: [4, 0],
  inventoryValue: [24, 0],
});
const b = fam({
  actual: [null, null, null],
  baselineHistory: [null, 2, null],
  baselinePlan: [3, 4],
  pipeline: [2, 0],
  consensusHistory: [null, 7, null],
  consensus: [5, 4],
  diff: [null, null, null],
  cumDiff: [0, 0, 0],
  capacity: [0, 0],
  supply: [2, 0],
  inventory: [1, 1],
  targetInventory: [1, 1],
  late: [0, 0],
  lost: [1, 0],
  revenue: [20, 0],
  cogs: [12, 0],
  grossMargin: [8, 0],
  inventoryValue: [4, 4],
});

const inputs = {
  history: ["2026-01", "2026-02", "2026-03"],
  plan: ["2026-04", "2026-05"],
  config: {
    families: [{ price: 10 }, { price: 4 }],
    targets: { revenuePerMonth: 25, grossMarginPct: 0.3, inventoryValueCeiling: 20 },
  },
  actuals: [
    [5, 0, null],
    [null, null, null],
  ],
} as unknown as PlanInputs;

/** Computed in each test, so that each test's coverage shows what it reads. */
const totals = () => totalsOf(inputs, [a, b]);

describe("totalsOf", () => {
  it("adds the history rows, blank where no family has a value and 0 where one has a typed 0", () => {
    const t = totals();
    expect(t.actual).toEqual([5, 0, null]);
    expect(t.baselineHistory).toEqual([null, 5, null]);
    expect(t.consensusHistory).toEqual([6, 7, null]);
    expect(t.diff).toEqual([-1, null, null]);
    expect(t.cumDiff).toEqual([-1, -1, -1]);
  });

  it("adds the plan rows", () => {
    const t = totals();
    expect(t.baselinePlan).toEqual([4, 6]);
    expect(t.pipeline).toEqual([2, 1]);
    expect(t.consensus).toEqual([6, 7]);
    expect(t.capacity).toEqual([10, 0]);
    expect(t.supply).toEqual([7, 3]);
    expect(t.inventory).toEqual([5, -1]);
    expect(t.targetInventory).toEqual([3, 3]);
    expect(t.late).toEqual([0, 2]);
    expect(t.lost).toEqual([1, 1]);
  });

  it("gives utilization = supply / capacity, blank where there is no capacity", () => {
    const t = totals();
    expect(t.utilization).toEqual([0.7, null]); // 7 / 10; capacity 0
  });

  it("adds the finance rows and gives margin % = margin / revenue, blank without revenue", () => {
    const t = totals();
    expect(t.revenue).toEqual([30, 0]);
    expect(t.cogs).toEqual([18, 0]);
    expect(t.grossMargin).toEqual([12, 0]);
    expect(t.marginPct).toEqual([0.4, null]); // 12 / 30
    expect(t.inventoryValue).toEqual([28, 4]);
  });

  it("measures the plan against the targets", () => {
    const t = totals();
    expect(t.revenueVsTarget).toEqual([5, -25]); // 30 - 25, 0 - 25
    expect(t.marginVsTarget[0]).toBeCloseTo(0.1, 12); // 0.4 - 0.3
    expect(t.marginVsTarget[1]).toBeNull();
    expect(t.inventoryVsCeiling).toEqual([8, -16]); // 28 - 20, 4 - 20
  });

  it("prices the history at each family's price, blank where no family has a value", () => {
    const t = totals();
    // Actual: January 5 x 10 = 50, February a typed 0 -> 0, March none.
    expect(t.actualRevenueHistory).toEqual([50, 0, null]);
    // Planned: January A's 6 x 10 = 60, February B's 7 x 4 = 28, March none.
    expect(t.plannedRevenueHistory).toEqual([60, 28, null]);
  });
});
