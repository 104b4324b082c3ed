/**
 * The budget bridge: volume + mix + price = plan revenue - budget revenue, and volume + mix +
 * price + cost = plan gross margin - budget gross margin, per family and in total. A
 * three-family example worked out by hand, the conventions for a family without budget units,
 * and a property over random plans and budgets.
 */
import fc from "fast-check";
import { budgetBridge, budgetMonths, familyVsBudget, type BudgetBridge, type BudgetGrids, type PlanGrids } from "../../src/core/plan-model/budget";

/*
 * Hand calculation. Two budget months (the third plan month has no budget: left out).
 *            budget (units, revenue, margin)   plan (units, revenue, margin)
 *   A        100, 1000 (price 10), 400 (4/u)    120, 1320 (price 11), 480 (cost 7/u vs 6/u)
 *   B         50, 1000 (price 20), 500 (10/u)    40,  760 (price 19), 360 (cost 10/u, as budget)
 *   C         50,  250 (price 5),   50 (1/u)     80,  400 (price 5),   80 (cost 4/u, as budget)
 *   total    200, 2250 (avg 11.25), 950         240, 2480, 920          revenue +230, margin -30
 * Budget shares: A 0.5, B 0.25, C 0.25.
 * Volume = (240 - 200) x 11.25 = 450; per family Qp* x s_f x p_f - Rb_f: A 240x0.5x10-1000 = 200,
 *   B 240x0.25x20-1000 = 200, C 240x0.25x5-250 = 50.
 * Mix = (Qp_f - 240 s_f) x p_f: A (120-120)x10 = 0, B (40-60)x20 = -400, C (80-60)x5 = 100: -300.
 * Price = Qp_f x (plan price - budget price): A 120x1 = 120, B 40x(-1) = -40, C 0: 80.
 * 450 - 300 + 80 = 230. Per family: A 200+0+120 = 320 = 1320-1000; B 200-400-40 = -240; C 150.
 * Margin: volume 40 x 950/200 = 190 (A 80, B 100, C 10); mix with unit margins 4, 10, 1: A 0,
 * B -200, C 20 = -180; price 80 (as revenue); cost = -(plan COGS - Qp x budget unit cost):
 * A -(840 - 120x6) = -120, B -(400 - 40x10) = 0, C 0: -120. 190 - 180 + 80 - 120 = -30.
 */
const split = (a: number, b: number): number[] => [a, b, 999];
const plan: PlanGrids = {
  units: [split(60, 60), split(10, 30), split(40, 40)],
  revenue: [split(660, 660), split(190, 570), split(200, 200)],
  grossMargin: [split(240, 240), split(90, 270), split(40, 40)],
};
const inBudget = (a: number, b: number): Array<number | null> => [a, b, null];
const budget: BudgetGrids = {
  units: [inBudget(50, 50), inBudget(25, 25), inBudget(20, 30)],
  revenue: [inBudget(500, 500), inBudget(500, 500), inBudget(100, 150)],
  grossMargin: [inBudget(200, 200), inBudget(250, 250), inBudget(20, 30)],
};

describe("the budget bridge on a three-family example worked out by hand", () => {
  // Computed in each test (not at load), so that mutation testing's per-test coverage sees it.
  let b: BudgetBridge;
  beforeEach(() => {
    b = budgetBridge(plan, budget);
  });

  it("uses the budget months only", () => {
    expect(b.months).toEqual([true, true, false]);
    expect(b.total.planUnits).toBe(240);
    expect(b.total.budgetUnits).toBe(200);
    expect(b.total.planRevenue).toBe(2480);
    expect(b.total.budgetRevenue).toBe(2250);
    expect(b.total.budgetPrice).toBe(11.25);
  });

  it("splits revenue into volume, mix and price", () => {
    expect(b.families.map((l) => [l.volume, l.mix, l.price, l.revenueVsBudget])).toEqual([
      [200, 0, 120, 320],
      [200, -400, -40, -240],
      [50, 100, 0, 150],
    ]);
    expect([b.total.volume, b.total.mix, b.total.price, b.total.revenueVsBudget]).toEqual([450, -300, 80, 230]);
    expect(b.total.volume + b.total.mix + b.total.price).toBe(b.total.revenueVsBudget);
    expect(b.families.map((l) => l.budgetShare)).toEqual([0.5, 0.25, 0.25]);
    expect(b.families.map((l) => l.budgetPrice)).toEqual([10, 20, 5]);
  });

  it("splits gross margin into volume, mix, price and cost", () => {
    expect(b.families.map((l) => [l.marginVolume, l.marginMix, l.marginPrice, l.marginCost, l.marginVsBudget])).toEqual([
      [80, 0, 120, -120, 80],
      [100, -200, -40, 0, -140],
      [10, 20, 0, 0, 30],
    ]);
    const t = b.total;
    expect([t.marginVolume, t.marginMix, t.marginPrice, t.marginCost, t.marginVsBudget]).toEqual([190, -180, 80, -120, -30]);
    expect(t.marginVolume + t.marginMix + t.marginPrice + t.marginCost).toBe(t.marginVsBudget);
    expect(t.budgetUnitMargin).toBe(4.75);
  });

  it("carries each family's and the total's sums, prices and shares", () => {
    expect(b.families.map((l) => [l.planUnits, l.budgetUnits, l.planRevenue, l.budgetRevenue])).toEqual([
      [120, 100, 1320, 1000],
      [40, 50, 760, 1000],
      [80, 50, 400, 250],
    ]);
    expect(b.families.map((l) => [l.planMargin, l.budgetMargin, l.budgetUnitMargin])).toEqual([
      [480, 400, 4],
      [360, 500, 10],
      [80, 50, 1],
    ]);
    expect([b.total.planMargin, b.total.budgetMargin, b.total.budgetShare]).toEqual([920, 950, 1]);
  });

  it("a family the budget did not foresee is mix, without a price or cost effect", () => {
    // D: plan 10 units in month 1 for 100 revenue and 30 margin; nothing budgeted (blank = 0 in a budget month).
    const withD = budgetBridge(
      { units: [...plan.units, [10, 0, 0]], revenue: [...plan.revenue, [100, 0, 0]], grossMargin: [...plan.grossMargin, [30, 0, 0]] },
      { units: [...budget.units, [null, null, null]], revenue: [...budget.revenue, [null, null, null]], grossMargin: [...budget.grossMargin, [null, null, null]] },
    );
    const d = withD.families[3];
    expect([d.volume, d.mix, d.price, d.budgetPrice]).toEqual([0, 100, 0, null]);
    expect([d.marginVolume, d.marginMix, d.marginPrice, d.marginCost]).toEqual([0, 30, 0, 0]);
    // Total volume: 250 plan units vs 200 at 11.25 = 562.5, shared by the budgeted families.
    expect(withD.total.volume).toBe(562.5);
    expect(withD.total.volume + withD.total.mix + withD.total.price).toBe(330);
  });

  it("revenue budgeted without units: the budget revenue is volume with the sign reversed, the plan's mix", () => {
    // E: plan 10 units for 100 revenue and 30 margin in month 1; budget 40 revenue and 10 margin, no units.
    // Volume -40, mix 100, price 0: 60 = 100 - 40. Margin: volume -10, mix 30, price 0, cost 0: 20 = 30 - 10.
    const withE = budgetBridge(
      { units: [...plan.units, [10, 0, 0]], revenue: [...plan.revenue, [100, 0, 0]], grossMargin: [...plan.grossMargin, [30, 0, 0]] },
      { units: [...budget.units, [null, null, null]], revenue: [...budget.revenue, [40, null, null]], grossMargin: [...budget.grossMargin, [10, null, null]] },
    );
    const e = withE.families[3];
    expect([e.volume, e.mix, e.price, e.revenueVsBudget, e.budgetPrice, e.budgetShare]).toEqual([-40, 100, 0, 60, null, 0]);
    expect([e.marginVolume, e.marginMix, e.marginPrice, e.marginCost, e.marginVsBudget, e.budgetUnitMargin]).toEqual([-10, 30, 0, 0, 20, null]);
  });

  it("no budget at all: no budget month, every effect 0", () => {
    const none: BudgetGrids = { units: [[null], [null]], revenue: [[null], [null]], grossMargin: [[null], [null]] };
    const b0 = budgetBridge({ units: [[5], [6]], revenue: [[50], [60]], grossMargin: [[5], [6]] }, none);
    expect(b0.months).toEqual([false]);
    expect([b0.total.volume, b0.total.mix, b0.total.price, b0.total.revenueVsBudget, b0.total.budgetPrice]).toEqual([0, 0, 0, 0, null]);
    expect([b0.total.budgetShare, b0.total.budgetUnitMargin]).toEqual([null, null]);
    expect(b0.families.map((l) => l.budgetShare)).toEqual([0, 0]);
  });

  it("no family: no month, no line, a total of zeros", () => {
    const empty = budgetBridge({ units: [], revenue: [], grossMargin: [] }, { units: [], revenue: [], grossMargin: [] });
    expect(empty.months).toEqual([]);
    expect(empty.families).toEqual([]);
    expect(empty.total).toEqual({
      planUnits: 0,
      budgetUnits: 0,
      planRevenue: 0,
      budgetRevenue: 0,
      budgetPrice: null,
      budgetShare: null,
      volume: 0,
      mix: 0,
      price: 0,
      revenueVsBudget: 0,
      planMargin: 0,
      budgetMargin: 0,
      budgetUnitMargin: null,
      marginVolume: 0,
      marginMix: 0,
      marginPrice: 0,
      marginCost: 0,
      marginVsBudget: 0,
    });
  });
});

describe("plan vs budget by month", () => {
  it("counts a blank budget cell as 0 in a budget month and leaves the other months blank", () => {
    const months = budgetMonths({ units: [[null, 5, null], [null, null, null]], revenue: [[1, null, null], [null, null, null]], grossMargin: [[null, null, null], [null, null, null]] }, 3);
    expect(months).toEqual([true, true, false]);
    const v = familyVsBudget({ units: [4, 6, 8], revenue: [40, 60, 80], grossMargin: [10, 15, 20] }, { units: [null, 5, null], revenue: [1, null, null], grossMargin: [null, null, null] }, months);
    expect(v.budgetUnits).toEqual([0, 5, null]);
    expect(v.unitsVsBudget).toEqual([4, 1, null]);
    expect(v.revenueVsBudget).toEqual([39, 60, null]);
    expect(v.marginVsBudget).toEqual([10, 15, null]);
  });
});

describe("the effects always add up to the difference (property)", () => {
  // Amounts to the cent and units to a tenth, as a plan and a budget hold them.
  const cents = (min: number): fc.Arbitrary<number> => fc.integer({ min: min * 100, max: 1e8 }).map((x) => x / 100);
  const units = fc.integer({ min: 0, max: 1e6 }).map((x) => x / 10);
  const amount = cents(0);
  const cell = fc.option(fc.oneof(units, amount), { nil: null });
  const signed = fc.option(cents(-1e6), { nil: null });
  const grids = fc.record({ f: fc.integer({ min: 1, max: 5 }), p: fc.integer({ min: 1, max: 6 }) }).chain(({ f, p }) => {
    const grid = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T[][]> => fc.array(fc.array(a, { minLength: p, maxLength: p }), { minLength: f, maxLength: f });
    return fc.record({
      plan: fc.record({ units: grid(units), revenue: grid(amount), grossMargin: grid(cents(-1e6)) }),
      budget: fc.record({ units: grid(cell), revenue: grid(cell), grossMargin: grid(signed) }),
    });
  });

  it("per family and in total, for revenue and gross margin, within a millionth per effect", () => {
    fc.assert(
      fc.property(grids, ({ plan: pl, budget: bu }) => {
        const b = budgetBridge(pl, bu);
        for (const l of [...b.families, b.total]) {
          // Each effect is rounded to 1e-6; the float sums carry a relative error of about 1e-16
          // of the largest term.
          const terms = [l.planRevenue, l.budgetRevenue, l.planMargin, l.budgetMargin, l.volume, l.mix, l.price, l.marginVolume, l.marginMix, l.marginCost];
          const tol = 4e-6 + 1e-14 * Math.max(...terms.map(Math.abs));
          expect(Math.abs(l.volume + l.mix + l.price - l.revenueVsBudget)).toBeLessThanOrEqual(tol);
          expect(Math.abs(l.marginVolume + l.marginMix + l.marginPrice + l.marginCost - l.marginVsBudget)).toBeLessThanOrEqual(tol);
          for (const v of Object.values(l)) if (v !== null) expect(Number.isFinite(v)).toBe(true);
        }
        const sum = (pick: (x: (typeof b.families)[number]) => number): number => b.families.reduce((s, x) => s + pick(x), 0);
        expect(Math.abs(sum((x) => x.revenueVsBudget) - b.total.revenueVsBudget)).toBeLessThanOrEqual(1e-6);
      }),
      { numRuns: 300 },
    );
  });
});
