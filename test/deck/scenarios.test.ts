import fc from "fast-check";
import { recommend, tradeOffs } from "../../src/deck/recommend";
import {
  DEFAULT_SCENARIOS,
  runOptions,
  runScenarios,
  simulateScenario,
  type ScenarioPlan,
  type ScenarioResult,
} from "../../src/deck/scenarios";

/**
 * The fixture's two families over three months (see fixture.ts):
 *   Widgets price 10, cost 6, opening 20; demand 100 120 90; supply 90 100 100; capacity 100 x3
 *   Gadgets price 50, cost 30, opening 0;  demand 30 40 50;   supply 30 40 40;   capacity 40 x3
 */
const plan: ScenarioPlan = {
  families: [
    { price: 10, unitCost: 6, openingInventory: 20 },
    { price: 50, unitCost: 30, openingInventory: 0 },
  ],
  demand: [
    [100, 120, 90],
    [30, 40, 50],
  ],
  supply: [
    [90, 100, 100],
    [30, 40, 40],
  ],
  capacity: [
    [100, 100, 100],
    [40, 40, 40],
  ],
};

describe("scenario simulation, worked by hand", () => {
  // Inventory = previous + supply - demand, negative = backorders (as on the Supply sheet);
  // shipped = demand + backorders before - backorders after; late and lost as `lateAndLost`.
  it("base: the plan as is", () => {
    // Widgets: inventory 20+90-100 = 10; 10+100-120 = -10; -10+100-90 = 0.
    //   Nothing is left owed at the end: lost 0; month 2's 10 ship in month 3: late 0 10 0.
    //   Shipped 100, 110, 100 = 310 -> revenue 3,100, COGS 1,860; on hand 10 0 0 (value 60 0 0).
    // Gadgets: inventory 0, 0, -10: the last month ends 10 short: lost 0 0 10, late 0.
    //   Shipped 30, 40, 40 = 110 -> revenue 5,500, COGS 3,300.
    // Totals: shipped 420, revenue 8,600, COGS 5,160, margin 3,440; late 10 units (100 of
    // revenue delayed); lost 10 units (500 of revenue, 200 of margin); peak inventory value 60.
    const r = simulateScenario(plan, DEFAULT_SCENARIOS[0]);
    expect(r.demand).toBe(430);
    expect(r.shipped).toBe(420);
    expect(r.demandValue).toBe(9100);
    expect(r.revenue).toBe(8600);
    expect(r.cogs).toBe(5160);
    expect(r.grossMargin).toBe(3440);
    expect(r.grossMarginPct).toBeCloseTo(0.4, 12);
    expect(r.endingInventoryValue).toBe(0);
    expect(r.peakInventoryValue).toBe(60);
    expect([r.lateUnits, r.lateValue]).toEqual([10, 100]);
    expect([r.lostUnits, r.lostValue, r.lostMargin]).toEqual([10, 500, 200]);
    expect(r.revenueByMonth).toEqual([2500, 3100, 3000]);
    expect(r.detail[0].map((m) => m.inventory)).toEqual([10, 0, 0]);
    expect(r.detail[0].map((m) => m.late)).toEqual([0, 10, 0]);
    expect(r.detail[1].map((m) => m.lost)).toEqual([0, 0, 10]);
  });

  it("upside: demand x1.10, the supply plan follows demand up to capacity", () => {
    // Widgets: demand 110 132 99; supply 99, 100, 100; inventory 9, -23, -22.
    //   Lost: the 22 owed at the end are month 3's (min(99, 22)); month 2: min(132, 22 - 99) = 0.
    //   Late: month 2's 23 unserved at month end - 0 lost = 23. Shipped 110, 109, 100 = 319.
    // Gadgets: demand 33 44 55; supply 33, 40, 40; inventory 0, -4, -19: lost 19 (month 3), late 4.
    //   Shipped 33, 40, 40 = 113.
    // Totals: demand 473; shipped 432; revenue 3,190 + 5,650 = 8,840; COGS 1,914 + 3,390 = 5,304;
    //   margin 3,536; late 27 units (230 + 200 = 430); lost 41 units (220 + 950 = 1,170);
    //   on-hand value 54, 0, 0 -> peak 54, ending 0.
    const r = simulateScenario(plan, DEFAULT_SCENARIOS[1]);
    expect(r.demand).toBeCloseTo(473, 9);
    expect(r.shipped).toBeCloseTo(432, 9);
    expect(r.revenue).toBeCloseTo(8840, 9);
    expect(r.cogs).toBeCloseTo(5304, 9);
    expect(r.grossMargin).toBeCloseTo(3536, 9);
    expect(r.endingInventoryValue).toBeCloseTo(0, 9);
    expect(r.peakInventoryValue).toBeCloseTo(54, 9);
    expect(r.lateUnits).toBeCloseTo(27, 9);
    expect(r.lateValue).toBeCloseTo(430, 9);
    expect(r.lostUnits).toBeCloseTo(41, 9);
    expect(r.lostValue).toBeCloseTo(1170, 9);
  });

  it("downside: demand x0.85 and capacity x0.95", () => {
    // Widgets: demand 85 102 76.5; supply 76.5, 85, 85; inventory 11.5, -5.5, 3: late 5.5, lost 0.
    //   Shipped 85, 96.5, 82 = 263.5 -> revenue 2,635, COGS 1,581; ends with 3 x 6 = 18.
    // Gadgets: demand 25.5 34 42.5; supply 25.5, 34, 34; inventory 0, 0, -8.5: lost 8.5.
    //   Shipped 93.5 -> revenue 4,675, COGS 2,805.
    // Totals: demand 365.5; revenue 7,310; COGS 4,386; margin 2,924; late 5.5 (55); lost 8.5
    //   (425); on-hand value 69, 0, 18 -> peak 69.
    const r = simulateScenario(plan, DEFAULT_SCENARIOS[2]);
    expect(r.demand).toBeCloseTo(365.5, 9);
    expect(r.revenue).toBeCloseTo(7310, 9);
    expect(r.cogs).toBeCloseTo(4386, 9);
    expect(r.grossMargin).toBeCloseTo(2924, 9);
    expect(r.endingInventoryValue).toBeCloseTo(18, 9);
    expect(r.peakInventoryValue).toBeCloseTo(69, 9);
    expect(r.lateUnits).toBeCloseTo(5.5, 9);
    expect(r.lostUnits).toBeCloseTo(8.5, 9);
    expect(r.lostValue).toBeCloseTo(425, 9);
  });

  it("takes its multipliers as parameters, including a supply multiplier apart from demand", () => {
    // Demand as planned, supply plan x1.2 capped by capacity: Widgets supply 100 x3, Gadgets 36 40 40.
    // Widgets: inventory 20, 0, 10 -> shipped 310, ends 10 x 6 = 60.
    // Gadgets: inventory 6, 6, -4 -> shipped 30, 40, 46 = 116, lost 4 (month 3).
    const r = simulateScenario(plan, { name: "Build ahead", demandMultiplier: 1, capacityMultiplier: 1, supplyMultiplier: 1.2 });
    expect(r.shipped).toBeCloseTo(426, 9);
    expect(r.revenue).toBeCloseTo(3100 + 5800, 9);
    expect(r.lostUnits).toBeCloseTo(4, 9);
    expect(r.lateUnits).toBeCloseTo(0, 9);
    expect(r.endingInventoryValue).toBeCloseTo(60, 9);
  });

  it("does not modify the plan", () => {
    const copy = JSON.parse(JSON.stringify(plan));
    runScenarios(plan);
    expect(plan).toEqual(copy);
  });
});

describe("the capacity multiplier, where capacity binds", () => {
  // One family, price 10, cost 6, no opening inventory; plan demand 100 100, supply 100 100, but
  // capacity only 80 80 (the plan asks for more than the plant makes).
  const tight: ScenarioPlan = {
    families: [{ price: 10, unitCost: 6, openingInventory: 0 }],
    demand: [[100, 100]],
    supply: [[100, 100]],
    capacity: [[80, 80]],
  };

  it("downside (demand x0.85, capacity x0.95): supply is capped at 76, not at the unscaled 80", () => {
    // demand 85 85; supply min(100 x 0.85, 80 x 0.95) = min(85, 76) = 76 each month.
    // Inventory -9, -18: month 2 ends 18 short, all of it month 2's (lost 18); month 1's 9 ship
    // in month 2 (late 9). Shipped 76, 85 + 9 - 18 = 76 -> 152, revenue 1,520, COGS 912, margin
    // 608. (Ignoring the multiplier: supply 80, revenue 1,600.)
    const r = simulateScenario(tight, DEFAULT_SCENARIOS[2]);
    expect(r.detail[0].map((m) => m.supply)).toEqual([76, 76]);
    expect(r.shipped).toBeCloseTo(152, 9);
    expect(r.revenue).toBeCloseTo(1520, 9);
    expect(r.cogs).toBeCloseTo(912, 9);
    expect(r.grossMargin).toBeCloseTo(608, 9);
    expect(r.lateUnits).toBeCloseTo(9, 9);
    expect(r.lostUnits).toBeCloseTo(18, 9);
    expect(r.lostValue).toBeCloseTo(180, 9);
    expect(r.endingInventoryValue).toBe(0);
  });

  it("a month the planner typed beyond capacity counts what it makes as its capacity (the Supply sheet's plan in Base)", () => {
    // The same plan with its months typed (the proposed grid blank): Base makes the typed 100 a
    // month, as the Supply sheet projects; Downside min(100 x 0.85, 100 x 0.95) = 85.
    const typed: ScenarioPlan = { ...tight, proposed: [[null, null]] };
    expect(simulateScenario(typed, DEFAULT_SCENARIOS[0]).detail[0].map((m) => m.supply)).toEqual([100, 100]);
    expect(simulateScenario(typed, DEFAULT_SCENARIOS[2]).detail[0].map((m) => m.supply)).toEqual([85, 85]);
  });

  it("a month with a proposal (not typed) is capped at capacity even where the plan asks for more", () => {
    // Month 1 proposed (100, not blank), month 2 typed (blank): Base makes min(100, 80) = 80 in
    // month 1 and the typed 100 in month 2.
    const mixed: ScenarioPlan = { ...tight, proposed: [[100, null]] };
    expect(simulateScenario(mixed, DEFAULT_SCENARIOS[0]).detail[0].map((m) => m.supply)).toEqual([80, 100]);
  });

  it("a capacity multiplier above 1 lifts the cap: x1.1 gives 88 a month", () => {
    // demand 100, supply min(100, 80 x 1.1 = 88) = 88; inventory -12, -24: lost 24, late 12.
    const r = simulateScenario(tight, { name: "Overtime", demandMultiplier: 1, capacityMultiplier: 1.1 });
    expect(r.detail[0].map((m) => m.supply)).toEqual([88, 88]);
    expect(r.lostUnits).toBeCloseTo(24, 9);
    expect(r.lateUnits).toBeCloseTo(12, 9);
    expect(r.revenue).toBeCloseTo(1760, 9);
  });
});

describe("scenario simulation at the edges", () => {
  it("a plan without months: no revenue (no margin %), no peak, the opening stock valued at cost", () => {
    // Opening 5 at unit cost 2 = 10 at the end of an empty horizon; the opening backorder of the
    // second family (-3) is no inventory on hand: 0.
    const r = simulateScenario(
      {
        families: [
          { price: 10, unitCost: 2, openingInventory: 5 },
          { price: 10, unitCost: 2, openingInventory: -3 },
        ],
        demand: [[], []],
        supply: [[], []],
        capacity: [[], []],
      },
      DEFAULT_SCENARIOS[0],
    );
    expect([r.demand, r.shipped, r.revenue, r.grossMargin]).toEqual([0, 0, 0, 0]);
    expect(r.grossMarginPct).toBeNull();
    expect(r.peakInventoryValue).toBe(0);
    expect(r.endingInventoryValue).toBe(10);
    expect(r.revenueByMonth).toEqual([]);
  });

  it("a plan without families: every total 0", () => {
    const r = simulateScenario({ families: [], demand: [], supply: [], capacity: [] }, DEFAULT_SCENARIOS[1]);
    expect([r.demand, r.revenue, r.endingInventoryValue, r.peakInventoryValue]).toEqual([0, 0, 0, 0]);
    expect(r.grossMarginPct).toBeNull();
    expect(r.detail).toEqual([]);
  });

  it("a family without a row of the month's prices sells at its Families price", () => {
    // Widgets at the month's price 12 then 11; Gadgets has no price row: 50 every month.
    // Base shipped: Widgets 100, 110, 100; Gadgets 30, 40, 40 (as in "base: the plan as is").
    // Revenue: 100 x 12 + 30 x 50 = 2,700; 110 x 11 + 40 x 50 = 3,210; 100 x 11 + 40 x 50 = 3,100.
    const r = simulateScenario({ ...plan, price: [[12, 11, 11]] }, DEFAULT_SCENARIOS[0]);
    expect(r.revenueByMonth).toEqual([2700, 3210, 3100]);
  });

  it("costs units at the month's unit cost where one is given, each family-month's revenue and margin summing to the totals", () => {
    // Widgets at the month's unit cost 7, 8, 6 (Gadgets has no row: 30 every month); prices as
    // in Families. Base shipped (as in "base: the plan as is"): Widgets 100, 110, 100; Gadgets
    // 30, 40, 40; Widgets on hand 10, 0, 0; Gadgets 10 lost in month 3.
    // COGS: Widgets 100 x 7 + 110 x 8 + 100 x 6 = 2,180; Gadgets 110 x 30 = 3,300: 5,480.
    // Margin 8,600 - 5,480 = 3,120. Widgets' margin by month: 1,000 - 700 = 300, 1,100 - 880 =
    // 220, 1,000 - 600 = 400. Lost margin: Gadgets' 10 x (50 - 30) = 200 (month 3).
    // Inventory value: Widgets' 10 on hand at month 1's cost 7 = 70, the peak; ending 0.
    const r = simulateScenario({ ...plan, unitCost: [[7, 8, 6]] }, DEFAULT_SCENARIOS[0]);
    expect(r.cogs).toBe(5480);
    expect(r.grossMargin).toBe(3120);
    expect(r.lostMargin).toBe(200);
    expect(r.peakInventoryValue).toBe(70);
    expect(r.endingInventoryValue).toBe(0);
    expect(r.detail[0].map((m) => [m.revenue, m.grossMargin])).toEqual([
      [1000, 300],
      [1100, 220],
      [1000, 400],
    ]);
    expect(r.detail[1].map((m) => [m.revenue, m.grossMargin])).toEqual([
      [1500, 600],
      [2000, 800],
      [2000, 800],
    ]);
  });

  it("values the ending inventory at the last month's unit cost", () => {
    // One family, opening 50, demand 10 10, supply 0 0: on hand 40 then 30, at cost 4 then 5:
    // values 160 and 150; ending 30 x 5 = 150, peak 160.
    const r = simulateScenario(
      {
        families: [{ price: 9, unitCost: 3, openingInventory: 50 }],
        demand: [[10, 10]],
        supply: [[0, 0]],
        capacity: [[100, 100]],
        unitCost: [[4, 5]],
      },
      DEFAULT_SCENARIOS[0],
    );
    expect([r.endingInventoryValue, r.peakInventoryValue]).toEqual([150, 160]);
  });
});

describe("recommendation rule: ties", () => {
  it("two options within targets with the same gross margin: the earlier one is recommended", () => {
    // Both options run the plan as is (multipliers 1): base margin 3,440 each (see above),
    // lost 500 <= 15 % of 9,100; peak inventory value 60 <= 1,000.
    const same = runScenarios(plan, [
      { name: "First", demandMultiplier: 1, capacityMultiplier: 1 },
      { name: "Second", demandMultiplier: 1, capacityMultiplier: 1 },
    ]);
    expect(same.map((r) => r.grossMargin)).toEqual([3440, 3440]);
    const r = recommend(same, 1000, 0.15);
    expect(r.checks.map((c) => c.withinTargets)).toEqual([true, true]);
    expect(r.name).toBe("First");
    expect(recommend([same[1], same[0]], 1000, 0.15).name).toBe("Second");
  });

  it("no option within targets, same breaches and margin: the earlier one is escalated", () => {
    // 2 % tolerance: lost 500 > 182 for both -> one breach each, margins equal.
    const same = runScenarios(plan, [
      { name: "First", demandMultiplier: 1, capacityMultiplier: 1 },
      { name: "Second", demandMultiplier: 1, capacityMultiplier: 1 },
    ]);
    const r = recommend(same, 1000);
    expect(r.withinTargets).toBe(false);
    expect(r.name).toBe("First");
  });
});

describe("recommendation rule", () => {
  let results: ScenarioResult[];
  beforeEach(() => {
    results = runScenarios(plan);
  });

  it("with the 2% lost-demand tolerance no option qualifies: the fewest breaches, then highest margin, is escalated", () => {
    // Lost value vs 2% of demand value: base 500 > 182, upside 1,170 > 200.2, downside 425 > 154.7.
    // All break one target; upside has the highest margin (3,536).
    const r = recommend(results, 1000);
    expect(r.name).toBe("Upside");
    expect(r.withinTargets).toBe(false);
    expect(r.checks.map((c) => c.unmetOk)).toEqual([false, false, false]);
    expect(r.reason).toContain("Escalate");
  });

  it("with a 10% tolerance, base (3,440) beats downside (2,924); upside misses (1,170 > 1,001)", () => {
    const r = recommend(results, 1000, 0.1);
    expect(r.checks.map((c) => c.withinTargets)).toEqual([true, false, true]);
    expect(r.name).toBe("Base");
    expect(r.withinTargets).toBe(true);
  });

  it("with a 15% tolerance every option qualifies and upside has the highest margin", () => {
    expect(recommend(results, 1000, 0.15).name).toBe("Upside");
  });

  it("holds the inventory ceiling: at 55, base (peak 60) and downside (69) break it, upside (54) does not", () => {
    const r = recommend(results, 55, 0.15);
    expect(r.checks.map((c) => c.inventoryOk)).toEqual([false, true, false]);
    expect(r.name).toBe("Upside");
    // Ceiling 50: everyone breaks it; with 10% tolerance upside also breaks lost demand (2 breaches),
    // base and downside break one each -> base, the higher margin.
    expect(recommend(results, 50, 0.1).name).toBe("Base");
  });

  it("treats a ceiling of zero as no ceiling", () => {
    expect(recommend(results, 0, 0.15).checks.every((c) => c.inventoryOk)).toBe(true);
  });

  it("writes trade-offs against the base option", () => {
    const t = tradeOffs(results);
    expect(t).toHaveLength(3);
    // Upside vs base: revenue 8,840 - 8,600 = +240; margin 3,536 - 3,440 = +96; late 27 - 10 = +17
    // units; lost 41 - 10 = +31 units, 1,170 - 500 = +670 of revenue.
    expect(t[1]).toContain("revenue +240");
    expect(t[1]).toContain("gross margin +96");
    expect(t[1]).toContain("late demand +17 units, lost demand +31 units (+670 of revenue)");
    // Downside vs base: revenue 7,310 - 8,600 = -1,290.
    expect(t[2]).toContain("revenue -1,290");
    expect(t[0]).toContain("late demand 10 units (100 revenue delayed), lost demand 10 units (500 revenue lost)");
  });
});

describe("scenario simulation properties", () => {
  const dims = fc.record({ f: fc.integer({ min: 1, max: 4 }), h: fc.integer({ min: 1, max: 8 }) });
  const qty = fc.double({ min: 0, max: 1e5, noNaN: true });
  const mult = fc.double({ min: 0, max: 3, noNaN: true });

  const planArb = dims.chain(({ f, h }) =>
    fc.record({
      families: fc.array(
        fc.record({ price: fc.double({ min: 0, max: 1e3, noNaN: true }), unitCost: fc.double({ min: 0, max: 1e3, noNaN: true }), openingInventory: fc.double({ min: -100, max: 1e4, noNaN: true }) }),
        { minLength: f, maxLength: f },
      ),
      demand: fc.array(fc.array(qty, { minLength: h, maxLength: h }), { minLength: f, maxLength: f }),
      supply: fc.array(fc.array(qty, { minLength: h, maxLength: h }), { minLength: f, maxLength: f }),
      capacity: fc.array(fc.array(qty, { minLength: h, maxLength: h }), { minLength: f, maxLength: f }),
    }),
  );

  it("never has negative inventory on hand, never ships more than is owed, splits unserved demand into late and lost >= 0, stays finite", () => {
    fc.assert(
      fc.property(planArb, mult, mult, mult, (p, dm, cm, sm) => {
        const r = simulateScenario(p, { name: "s", demandMultiplier: dm, capacityMultiplier: cm, supplyMultiplier: sm });
        r.detail.forEach((fam, f) => {
          const owedAtStart = Math.max(0, -p.families[f].openingInventory);
          let shipped = 0;
          let demand = 0;
          for (const m of fam) {
            expect(m.inventory).toBeGreaterThanOrEqual(0);
            expect(m.late).toBeGreaterThanOrEqual(0);
            expect(m.lost).toBeGreaterThanOrEqual(0);
            expect(m.late + m.lost).toBeLessThanOrEqual(m.demand * (1 + 1e-12) + 1e-9);
            expect(m.supply).toBeGreaterThanOrEqual(0);
            shipped += m.shipped;
            demand += m.demand;
          }
          // Never more than was owed (opening backorders + demand) less what is lost.
          const lost = fam.reduce((s, m) => s + m.lost, 0);
          expect(shipped).toBeLessThanOrEqual(owedAtStart + demand - lost + 1e-6 * Math.max(1, demand + owedAtStart));
          for (const m of fam) expect(m.shipped).toBeGreaterThanOrEqual(-1e-6 * Math.max(1, demand + owedAtStart));
        });
        for (const v of [r.revenue, r.cogs, r.grossMargin, r.endingInventoryValue, r.peakInventoryValue, r.lateUnits, r.lateValue, r.lostUnits, r.lostValue]) {
          expect(Number.isFinite(v)).toBe(true);
        }
      }),
    );
  });

  it("each family-month's revenue and gross margin add up to the scenario's, under every option, with month prices and unit costs", () => {
    // Whole numbers, so that overtime, prices and costs are of a size that shows in the sums.
    const int = (max: number) => fc.integer({ min: 0, max });
    const withRates = dims.chain(({ f, h }) => {
      const grid = (max: number) => fc.array(fc.array(int(max), { minLength: h, maxLength: h }), { minLength: f, maxLength: f });
      const family = fc.record({
        price: int(1000),
        unitCost: int(1000),
        openingInventory: fc.integer({ min: -100, max: 1000 }),
        overtimePerMonth: int(500),
        overtimePremium: int(100),
      });
      return fc.record({
        families: fc.array(family, { minLength: f, maxLength: f }),
        demand: grid(1000),
        // Supply below demand as often as not: months short, where overtime makes up.
        supply: grid(500),
        capacity: grid(1000),
        price: grid(1000),
        unitCost: grid(1000),
      });
    });
    const factor = fc.integer({ min: 50, max: 200 }).map((k) => k / 100);
    let overtimeRuns = 0;
    fc.assert(
      fc.property(withRates, factor, factor, (p, dm, cm) => {
        for (const o of runOptions(p, [{ name: "s", demandMultiplier: dm, capacityMultiplier: cm }])) {
          const r = o.byScenario[0];
          const cells = r.detail.flat();
          const revenue = cells.reduce((t, m) => t + m.revenue, 0);
          const margin = cells.reduce((t, m) => t + m.grossMargin, 0);
          const scale = 1e-9 * Math.max(1, r.demandValue, Math.abs(r.cogs) + Math.abs(r.overtimeCost));
          expect(Math.abs(revenue - r.revenue)).toBeLessThanOrEqual(scale);
          expect(Math.abs(margin - r.grossMargin)).toBeLessThanOrEqual(scale);
          if (r.overtimeCost >= 1) overtimeRuns += 1;
        }
      }),
      { numRuns: 200, seed: 11 },
    );
    // The overtime option's premium was in the sums in many of the runs.
    expect(overtimeRuns).toBeGreaterThan(20);
  });

  it("scaling demand, supply and capacity by k (no opening stock) scales every quantity and amount by k", () => {
    const noStock = planArb.map((p) => ({ ...p, families: p.families.map((f) => ({ ...f, openingInventory: 0 })) }));
    fc.assert(
      fc.property(noStock, fc.double({ min: 0.1, max: 3, noNaN: true }), (p, k) => {
        const one = simulateScenario(p, { name: "x1", demandMultiplier: 1, capacityMultiplier: 1 });
        const scaled = simulateScenario(p, { name: "xk", demandMultiplier: k, capacityMultiplier: k });
        for (const key of ["demand", "shipped", "revenue", "cogs", "grossMargin", "endingInventoryValue", "peakInventoryValue"] as const) {
          const want = k * one[key];
          expect(Math.abs(scaled[key] - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want), Math.abs(one.demandValue) * k));
        }
        // Late and lost are rounded to 6 decimals (as on the Supply sheet): up to 1e-6 a family-month apart.
        const cells = p.demand.length * (p.demand[0]?.length ?? 0);
        const maxPrice = Math.max(0, ...p.families.map((f) => f.price));
        for (const key of ["lateUnits", "lostUnits"] as const) {
          expect(Math.abs(scaled[key] - k * one[key])).toBeLessThanOrEqual(2e-6 * cells + 1e-9 * Math.max(1, k * one.demand));
        }
        for (const key of ["lateValue", "lostValue"] as const) {
          expect(Math.abs(scaled[key] - k * one[key])).toBeLessThanOrEqual(2e-6 * cells * maxPrice + 1e-9 * Math.max(1, k * one.demandValue));
        }
      }),
      { numRuns: 200, seed: 9 },
    );
  });

  it("with multipliers 1 and supply covering demand within capacity, reproduces the plan's revenue", () => {
    const covered = planArb.map((p) => {
      // supply = demand + extra, capacity = supply + headroom: every month is covered.
      const supply = p.demand.map((row, f) => row.map((d, t) => d + p.supply[f][t] / 10));
      const capacity = supply.map((row, f) => row.map((s, t) => s + p.capacity[f][t] / 10));
      // No opening backorders: supply that only covers each month's demand leaves them owed
      // (and, served first, they push as much of the months' demand to the end).
      const families = p.families.map((f) => ({ ...f, openingInventory: Math.max(0, f.openingInventory) }));
      return { ...p, families, supply, capacity };
    });
    fc.assert(
      fc.property(covered, (p) => {
        const r = simulateScenario(p, { name: "Base", demandMultiplier: 1, capacityMultiplier: 1 });
        const planRevenue = p.demand.reduce((s, row, f) => s + row.reduce((a, d) => a + d * p.families[f].price, 0), 0);
        // Nothing late or lost beyond the sheet's rounding to 6 decimals (and none at all from opening backorders already met).
        const planDemand = p.demand.flat().reduce((a, d) => a + d, 0);
        const cells = p.demand.length * (p.demand[0]?.length ?? 0);
        expect(r.lateUnits).toBeLessThanOrEqual(1e-6 * cells + 1e-9 * Math.max(1, planDemand));
        expect(r.lostUnits).toBeLessThanOrEqual(1e-6 * cells + 1e-9 * Math.max(1, planDemand));
        expect(Math.abs(r.revenue - planRevenue)).toBeLessThanOrEqual(1e-9 * Math.max(1, planRevenue));
      }),
    );
  });
});

describe("response options: Build ahead re-runs the Supply sheet's proposal under the scenario", () => {
  it("is costed under each scenario next to the plan as is (the fixture, Base, by hand)", () => {
    // No policy given: target-seeking, target inventory 0 (no target days of supply), every month proposed.
    // Widgets (capacity 100, opening 20): month 1 wants 100 - 20 = 80; month 2 wants 120 but makes
    // 100, 20 short: built ahead in month 1 (80 -> 100); month 3 wants 90. Supply 100 100 90,
    // inventory 20, 0, 0. Gadgets (capacity 40): 30, 40, then month 3 wants 50, makes 40, 10 short:
    // month 2 is full, month 1 takes 10 (30 -> 40). Supply 40 40 40, inventory 10, 10, 0.
    // Everything ships in its month: revenue 3,100 + 6,000 = 9,100, COGS 1,860 + 3,600 = 5,460,
    // margin 3,640; nothing late or lost. Inventory value at cost: 20 x 6 + 10 x 30 = 420, 0 + 300
    // = 300, 0 -> peak 420, ending 0.
    const [asIs, ahead] = runOptions(plan);
    expect(asIs.name).toBe("Plan as is");
    expect(asIs.byScenario.map((r) => r.grossMargin)).toEqual(runScenarios(plan).map((r) => r.grossMargin));
    const base = ahead.byScenario[0];
    expect(ahead.name).toBe("Build ahead");
    expect(base.detail.map((fam) => fam.map((m) => m.supply))).toEqual([
      [100, 100, 90],
      [40, 40, 40],
    ]);
    expect([base.revenue, base.cogs, base.grossMargin]).toEqual([9100, 5460, 3640]);
    expect([base.lateUnits, base.lostUnits]).toEqual([0, 0]);
    expect([base.peakInventoryValue, base.endingInventoryValue]).toEqual([420, 0]);
    expect(ahead.byScenario.map((r) => r.name)).toEqual(["Base", "Upside", "Downside"]);
  });

  it("keeps typed months as typed (not scaled) and follows the workbook's strategy and lot size", () => {
    // One family, price 10, cost 6, opening 0, capacity 100; demand 50 50 50; month 2 typed at 30
    // (the proposed grid is blank there), the others proposed. Chase, lot size 20.
    // Upside (demand x1.1 = 55 55 55): month 1 chases 55 -> lot 20 -> 60, inventory 5; month 2
    // typed 30, inventory -20; month 3 chases 55 + 20 = 75 -> 80, inventory 5.
    const typed: ScenarioPlan = {
      families: [{ price: 10, unitCost: 6, openingInventory: 0, lotSize: 20 }],
      demand: [[50, 50, 50]],
      supply: [[60, 30, 80]],
      capacity: [[100, 100, 100]],
      proposed: [[60, null, 80]],
      supplyStrategy: "chase",
    };
    const r = simulateScenario(typed, { ...DEFAULT_SCENARIOS[1], supplyPolicy: "buildAhead" });
    expect(r.detail[0].map((m) => Math.round(m.supply * 1e9) / 1e9)).toEqual([60, 30, 80]);
    expect(r.detail[0].map((m) => Math.round(m.inventory * 1e9) / 1e9)).toEqual([5, 0, 5]);
    expect(r.lateUnits).toBeCloseTo(20, 9);
  });

  it("aims at the target days of supply of the scenario's demand, or at the sheet's safety stock target", () => {
    // One family, opening 0, capacity 1,000, demand 304.375 a month (10 a day), target 3 days:
    // target inventory 30 every month. Base: 304.375 + 30 -> 335 (whole units), inventory 30.625;
    // then 304.375 + 30 - 30.625 = 303.75 -> 304, inventory 30.25; then 304.375 - 0.25 -> 305 (30.875).
    const days: ScenarioPlan = {
      families: [{ price: 1, unitCost: 1, openingInventory: 0, targetDaysOfSupply: 3 }],
      demand: [[304.375, 304.375, 304.375]],
      supply: [[0, 0, 0]],
      capacity: [[1000, 1000, 1000]],
    };
    const base = { name: "Base", demandMultiplier: 1, capacityMultiplier: 1, supplyPolicy: "buildAhead" as const };
    expect(simulateScenario(days, base).detail[0].map((m) => m.supply)).toEqual([335, 304, 305]);
    // Demand x2 (20 a day): target 60; 608.75 + 60 -> 669 (60.25), 608.75 + 60 - 60.25 = 608.5 -> 609 (60.5), 608.25 -> 609 (60.75).
    expect(simulateScenario(days, { ...base, demandMultiplier: 2 }).detail[0].map((m) => m.supply)).toEqual([669, 609, 609]);
    // The safety stock target (the sheet's target inventory, 100) stays 100 whatever the demand.
    const safety: ScenarioPlan = { ...days, inventoryTarget: "safety stock", targetInventory: [[100, 100, 100]] };
    // 608.75 + 100 -> 709 (100.25), 608.75 - 0.25 = 608.5 -> 609 (100.5), 608.25 -> 609 (100.75).
    expect(simulateScenario(safety, { ...base, demandMultiplier: 2 }).detail[0].map((m) => m.supply)).toEqual([709, 609, 609]);
  });
});

describe("response options over a target-seeking plan (the Supply sheet's proposal)", () => {
  // One family, price 10, cost 6, no opening stock; demand 40 40 40 200 40, capacity 100: the
  // proposal already builds ahead of the peak (supply 40 80 100 100 40, inventory 0 40 100 0 0).
  const proposed: ScenarioPlan = {
    families: [{ price: 10, unitCost: 6, openingInventory: 0 }],
    demand: [[40, 40, 40, 200, 40]],
    supply: [[40, 80, 100, 100, 40]],
    capacity: [[100, 100, 100, 100, 100]],
  };
  const [asIs, ahead] = runOptions(proposed);

  it("Base: building ahead adds nothing, the plan already did", () => {
    expect(ahead.byScenario[0].detail[0].map((m) => m.supply)).toEqual([40, 80, 100, 100, 40]);
    expect(asIs.byScenario[0].lostUnits).toBe(0);
    expect(ahead.byScenario[0].grossMargin).toBe(asIs.byScenario[0].grossMargin);
  });

  it("Upside: building ahead covers the shortfall the scenario creates", () => {
    // Demand x1.1 = 44 44 44 220 44; the plan scaled x1.1 within capacity = 44 88 100 100 44:
    // inventory 0 44 100 -20 -20, so 20 units are lost as is. Build ahead at month 4: months 3
    // and 2 are full; month 1 has 12 spare (88 -> 100), month 0 the other 8 (44 -> 52).
    const supplyOf = (r: (typeof asIs.byScenario)[number]) => r.detail[0].map((m) => Math.round(m.supply * 1e9) / 1e9);
    expect(supplyOf(asIs.byScenario[1])).toEqual([44, 88, 100, 100, 44]);
    expect(asIs.byScenario[1].lostUnits).toBeCloseTo(20, 9);
    expect(supplyOf(ahead.byScenario[1])).toEqual([52, 100, 100, 100, 44]);
    expect(ahead.byScenario[1].lostUnits).toBeCloseTo(0, 9);
  });
});
