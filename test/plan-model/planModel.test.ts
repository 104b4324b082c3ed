/**
 * What `computePlan` (src/core/plan-model/plan.ts) adds to the modules it calls: every gap
 * candidate at its rate, plan vs budget summed over the families, the statistical baseline left
 * out or given, and the safety stock's sigma from the family's own lag-1 rows of the Plan
 * archive. Every expected number is worked out in the comments.
 */
import { CycleData } from "../../src/core/model";
import { resolveInputs } from "../../src/layout/inputs";
import { computePlan } from "../../src/core/plan-model/plan";
import { ALL_FAMILIES, GAP_TYPES } from "../../src/core/plan-model/gaps";
import { FamilyBaseline } from "../../src/core/plan-model/types";
import { consensusRow, handArchiveCycle } from "../layout/support/handArchive";

const Z95 = 1.6448536269514722; // R: qnorm(0.95)

/*
 * Zeta and Alpha: price 10, unit cost 6, no opening stock, capacity 100 a month, target 0 days.
 * Plan 2026-04, 2026-05. Consensus (the overrides; no baseline, no pipeline): Zeta 150, 50;
 * Alpha 80, 80. Supply typed: Zeta April 120 (20 over capacity), Alpha 100 and 100.
 * Zeta: April inventory 120 - 150 = -30; May is proposed: its 50 and the 30 owed, 80 (within
 *   100), inventory 0: April's 30 are late (shipped in May), 30 x 10 = 300; April over capacity
 *   20 x unit cost 6 = 120.
 * Alpha: inventory 20, 40 above a target of 0: 20 x 6 = 120 and 40 x 6 = 240.
 * Revenue: April 1,500 + 800 = 2,300 (target 2,000: no gap), May 500 + 800 = 1,300: 700 below.
 * Inventory value: 120, 240 (below the ceiling of 500: no gap).
 * Budget: April Zeta 100 units, 1,000 revenue, 400 margin; Alpha 90, 900, 360. May Zeta 40,
 *   400, 160, Alpha blank (0 in a budget month).
 */
const twoMonths = (): CycleData => {
  const fam = { unit: "units", price: 10, unitCost: 6, openingInventory: 0, capacityPerMonth: 100, targetDaysOfSupply: 0 };
  const each = (family: string, a: number, b: number) => [
    { family, month: "2026-04", quantity: a },
    { family, month: "2026-05", quantity: b },
  ];
  return {
    config: {
      company: "Plan Co",
      cycleMonth: "2026-04",
      historyMonths: 3,
      horizonMonths: 2,
      businessType: "manufacturing",
      families: [
        { name: "Zeta", ...fam },
        { name: "Alpha", ...fam },
      ],
      targets: { revenuePerMonth: 2000, grossMarginPct: 0, inventoryValueCeiling: 500 },
    },
    actuals: [],
    overrides: [...each("Zeta", 150, 50), ...each("Alpha", 80, 80)],
    supplyPlan: [{ family: "Zeta", month: "2026-04", quantity: 120 }, ...each("Alpha", 100, 100)],
    budget: [
      { family: "Zeta", month: "2026-04", units: 100, revenue: 1000, grossMargin: 400 },
      { family: "Alpha", month: "2026-04", units: 90, revenue: 900, grossMargin: 360 },
      { family: "Zeta", month: "2026-05", units: 40, revenue: 400, grossMargin: 160 },
    ],
    pipeline: [],
    orders: [],
    actions: [],
  };
};

describe("computePlan on two families and two months, by hand", () => {
  it("projects the typed and proposed supply", () => {
    const p = computePlan(resolveInputs(twoMonths(), new Map()), { forecast: false });
    expect(p.families.map((f) => f.supply.supply)).toEqual([
      [120, 80],
      [100, 100],
    ]);
    expect(p.families.map((f) => f.supply.inventory)).toEqual([
      [-30, 0],
      [20, 40],
    ]);
  });

  it("lists every gap at its rate: late demand at the price, over capacity and excess stock at the unit cost", () => {
    const p = computePlan(resolveInputs(twoMonths(), new Map()), { forecast: false });
    const gaps = p.candidates.filter((c) => c.value > 0).map((c) => [c.type, c.family, c.month, c.units, c.value]);
    expect(gaps).toEqual([
      [GAP_TYPES.late, "Zeta", "2026-04", 30, 300],
      [GAP_TYPES.overCapacity, "Zeta", "2026-04", 20, 120],
      [GAP_TYPES.excessInventory, "Alpha", "2026-04", 20, 120],
      [GAP_TYPES.excessInventory, "Alpha", "2026-05", 40, 240],
      [GAP_TYPES.revenue, ALL_FAMILIES, "2026-05", null, 700],
    ]);
    // Per family and type, one candidate a month, then the two all-family rows a month:
    // 4 types x 2 families x 2 months + 2 x 2 = 20, each with its family's and month's index.
    expect(p.candidates).toHaveLength(20);
    const overCapacity = p.candidates.find((c) => c.type === GAP_TYPES.overCapacity && c.value > 0);
    expect([overCapacity?.familyIndex, overCapacity?.monthIndex]).toEqual([0, 0]);
    const revenue = p.candidates.filter((c) => c.type === GAP_TYPES.revenue);
    expect(revenue.map((c) => [c.familyIndex, c.monthIndex, c.value])).toEqual([
      [null, 0, 0],
      [null, 1, 700],
    ]);
    const ceiling = p.candidates.filter((c) => c.type === GAP_TYPES.inventoryCeiling);
    expect(ceiling.map((c) => [c.family, c.monthIndex, c.units, c.value])).toEqual([
      [ALL_FAMILIES, 0, null, 0],
      [ALL_FAMILIES, 1, null, 0],
    ]);
  });

  it("values over capacity and excess stock at the month's unit cost where Prices gives one", () => {
    // Zeta's April unit cost 7 (20 over capacity: 140); Alpha's May 5 (40 above target: 200),
    // April's left blank: the Families 6 (20 x 6 = 120). Late demand keeps the price, 300.
    const data = {
      ...twoMonths(),
      prices: [
        { family: "Zeta", month: "2026-04", price: null, unitCost: 7 },
        { family: "Alpha", month: "2026-05", price: null, unitCost: 5 },
      ],
    };
    const p = computePlan(resolveInputs(data, new Map()), { forecast: false });
    const gaps = p.candidates.filter((c) => c.value > 0 && c.familyIndex !== null).map((c) => [c.type, c.family, c.month, c.value]);
    expect(gaps).toEqual([
      [GAP_TYPES.late, "Zeta", "2026-04", 300],
      [GAP_TYPES.overCapacity, "Zeta", "2026-04", 140],
      [GAP_TYPES.excessInventory, "Alpha", "2026-04", 120],
      [GAP_TYPES.excessInventory, "Alpha", "2026-05", 200],
    ]);
  });

  it("values the inventory above the ceiling: a ceiling of 100 leaves 20 and 140 above it", () => {
    const data = twoMonths();
    const low = { ...data, config: { ...data.config, targets: { ...data.config.targets, inventoryValueCeiling: 100 } } };
    const p = computePlan(resolveInputs(low, new Map()), { forecast: false });
    const ceiling = p.candidates.filter((c) => c.type === GAP_TYPES.inventoryCeiling);
    expect(ceiling.map((c) => c.value)).toEqual([20, 140]);
  });

  it("sums plan vs budget over the families in the budget months", () => {
    const p = computePlan(resolveInputs(twoMonths(), new Map()), { forecast: false });
    // Units: budget 190, 40; plan - budget: Zeta 50 and 10, Alpha -10 and 80 -> 40, 90.
    // Revenue: budget 1,900, 400; plan - budget: Zeta 500 and 100, Alpha -100 and 800 -> 400, 900.
    // Margin (4 a unit): budget 760, 160; plan - budget: Zeta 200 and 40, Alpha -40 and 320 -> 160, 360.
    expect(p.budget.totals).toEqual({
      budgetUnits: [190, 40],
      unitsVsBudget: [40, 90],
      budgetRevenue: [1900, 400],
      revenueVsBudget: [400, 900],
      budgetMargin: [760, 160],
      marginVsBudget: [160, 360],
    });
    // The bridge: plan revenue 2,000 + 1,600 against the budget's 2,300.
    expect(p.budget.bridge.months).toEqual([true, true]);
    expect(p.budget.bridge.total.revenueVsBudget).toBe(1300);
  });

  it("leaves plan vs budget blank outside the budget months", () => {
    const data = twoMonths();
    const aprilOnly = { ...data, budget: (data.budget ?? []).filter((b) => b.month === "2026-04") };
    const p = computePlan(resolveInputs(aprilOnly, new Map()), { forecast: false });
    expect(p.budget.totals.budgetUnits).toEqual([190, null]);
    expect(p.budget.totals.marginVsBudget).toEqual([160, null]);
  });
});

describe("the weighted pipeline by family", () => {
  it("takes each family's deals whatever the case of its name, in both plan months", () => {
    // Zeta: "ZETA" 10 x 0.5 closing in April = 5; "Zeta" 4 x 0.25 in May = 1. Alpha: "alpha"
    // 20 x 1 in May = 20. A deal of a family not in the plan counts for none.
    const deal = (family: string, quantity: number, winProbability: number, closeMonth: string) => ({
      deal: family,
      family,
      quantity,
      stage: "Commit",
      winProbability,
      closeMonth,
    });
    const data: CycleData = {
      ...twoMonths(),
      pipeline: [
        deal("ZETA", 10, 0.5, "2026-04"),
        deal("alpha", 20, 1, "2026-05"),
        deal("Omega", 50, 1, "2026-04"),
        deal("Zeta", 4, 0.25, "2026-05"),
      ],
    };
    const p = computePlan(resolveInputs(data, new Map()), { forecast: false });
    expect(p.families.map((f) => f.demand.pipeline)).toEqual([
      [5, 1],
      [0, 20],
    ]);
  });
});

describe("the statistical baseline", () => {
  it("is zero, without a method or a band, when the forecast is left out", () => {
    const p = computePlan(resolveInputs(twoMonths(), new Map()), { forecast: false });
    expect(p.families[0].demand.baseline).toEqual({
      history: [null, null, null],
      plan: [0, 0],
      lower80: [null, null],
      upper80: [null, null],
      method: "none",
    });
  });

  it("takes a baseline computed beforehand: no override in May, consensus = the given 7", () => {
    const data = twoMonths();
    const given: FamilyBaseline = {
      history: [null, null, null],
      plan: [5, 7],
      lower80: [null, null],
      upper80: [null, null],
      method: "given",
    };
    const noMay = { ...data, overrides: data.overrides.filter((o) => o.month !== "2026-05") };
    const p = computePlan(resolveInputs(noMay, new Map()), { baselines: [given, given] });
    expect(p.families.map((f) => f.demand.consensus)).toEqual([
      [150, 7],
      [80, 7],
    ]);
    expect(p.families[1].demand.baseline.method).toBe("given");
  });
});

describe("the safety stock's sigma from the Plan archive", () => {
  /*
   * The hand archive cycle (test/layout/support/handArchive.ts): A sold 100, 100, 100, 100, 120,
   * 90 from 2025-10 to 2026-03, B 50, 50, 50, 50, 40, 60; lead time 1 month, 95 % service. The
   * archive holds A's lag-1 plans of those six months (written "a": families are matched without
   * regard to case), 3 above and below the actual in turn: errors -3, +3: sigma 3 from 6 errors,
   * safety stock 3 x z(95 %) x sqrt(1). Beside them a lag-2 plan of A (500 for 2025-11, made in
   * 2025-10) and B's lag-1 plan of 160 for 2026-03 (error -100): neither is A's lag 1.
   */
  const sold = [100, 100, 100, 100, 120, 90];
  const months = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"];
  const cycle = (): CycleData =>
    handArchiveCycle([
      ...months.map((m, i) => consensusRow(m, "a", m, sold[i] + (i % 2 === 0 ? 3 : -3))),
      consensusRow("2025-10", "A", "2025-11", 500),
      consensusRow("2026-03", "B", "2026-03", 160),
    ]);

  it("takes A's six lag-1 errors only", () => {
    const p = computePlan(resolveInputs(cycle(), new Map()), { forecast: false });
    const a = p.families[0].supply;
    expect(a.sigma.source).toBe("archive");
    expect(a.sigma.archiveErrors).toBe(6);
    expect(a.sigma.sigma).toBeCloseTo(3, 12);
    a.safetyStock.forEach((s) => expect(s).toBeCloseTo(3 * Z95, 10));
    // B has one archived error: not enough, so its history's.
    expect(p.families[1].supply.sigma.archiveErrors).toBe(1);
    expect(p.families[1].supply.sigma.source).not.toBe("archive");
  });
});
