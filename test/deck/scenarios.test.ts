import fc from "fast-check";
import { recommend, tradeOffs } from "../../src/deck/recommend";
import { DEFAULT_SCENARIOS, runScenarios, simulateScenario, type ScenarioPlan } from "../../src/deck/scenarios";

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
  it("base: the plan as is", () => {
    // Widgets: t1 supply min(90,100)=90, available 20+90=110, ship 100, inventory 10
    //          t2 supply 100, available 110, demand 120 -> ship 110, unmet 10, inventory 0
    //          t3 supply 100, available 100, ship 90, inventory 10
    //   shipped 300 -> revenue 3,000, COGS 1,800; unmet 10 (value 100); ends with 10 x 6 = 60
    // Gadgets: t1 ship 30; t2 ship 40; t3 supply 40 < demand 50 -> ship 40, unmet 10
    //   shipped 110 -> revenue 5,500, COGS 3,300; unmet 10 (value 500); ends with 0
    // Inventory value by month: 60, 0, 60 -> peak 60.
    const r = simulateScenario(plan, DEFAULT_SCENARIOS[0]);
    expect(r.demand).toBe(430);
    expect(r.shipped).toBe(410);
    expect(r.demandValue).toBe(9100);
    expect(r.revenue).toBe(8500);
    expect(r.cogs).toBe(5100);
    expect(r.grossMargin).toBe(3400);
    expect(r.grossMarginPct).toBeCloseTo(0.4, 12);
    expect(r.endingInventoryValue).toBe(60);
    expect(r.peakInventoryValue).toBe(60);
    expect(r.unmetUnits).toBe(20);
    expect(r.unmetValue).toBe(600);
    expect(r.revenueByMonth).toEqual([2500, 3100, 2900]);
    expect(r.detail[0].map((m) => m.inventory)).toEqual([10, 0, 10]);
  });

  it("upside: demand x1.10, the supply plan follows demand up to capacity", () => {
    // Widgets: demand 110 132 99; supply min(99,100)=99, min(110,100)=100, min(110,100)=100
    //   t1 available 119, ship 110, inv 9; t2 available 109, ship 109, unmet 23, inv 0;
    //   t3 available 100, ship 99, inv 1. Shipped 318 -> revenue 3,180, COGS 1,908; ends 1 x 6 = 6
    // Gadgets: demand 33 44 55; supply 33, 40, 40; ship 33, 40 (unmet 4), 40 (unmet 15)
    //   shipped 113 -> revenue 5,650, COGS 3,390; unmet 19
    // Totals: demand 341 + 132 = 473; revenue 8,830; COGS 5,298; margin 3,532;
    //   unmet 23 + 19 = 42 units, 230 + 950 = 1,180; inventory value 54, 0, 6 -> peak 54.
    const r = simulateScenario(plan, DEFAULT_SCENARIOS[1]);
    expect(r.demand).toBeCloseTo(473, 9);
    expect(r.shipped).toBeCloseTo(431, 9);
    expect(r.revenue).toBeCloseTo(8830, 9);
    expect(r.cogs).toBeCloseTo(5298, 9);
    expect(r.grossMargin).toBeCloseTo(3532, 9);
    expect(r.endingInventoryValue).toBeCloseTo(6, 9);
    expect(r.peakInventoryValue).toBeCloseTo(54, 9);
    expect(r.unmetUnits).toBeCloseTo(42, 9);
    expect(r.unmetValue).toBeCloseTo(1180, 9);
  });

  it("downside: demand x0.85 and capacity x0.95", () => {
    // Widgets: demand 85 102 76.5; supply min(76.5,95)=76.5, min(85,95)=85, 85
    //   t1 available 96.5, ship 85, inv 11.5; t2 available 96.5, ship 96.5, unmet 5.5, inv 0;
    //   t3 available 85, ship 76.5, inv 8.5. Shipped 258 -> revenue 2,580, COGS 1,548; ends 8.5 x 6 = 51
    // Gadgets: demand 25.5 34 42.5; supply min(25.5,38), min(34,38), min(34,38) = 25.5 34 34
    //   ship 25.5, 34, 34 (unmet 8.5). Shipped 93.5 -> revenue 4,675, COGS 2,805
    // Totals: demand 263.5 + 102 = 365.5; revenue 7,255; COGS 4,353; margin 2,902;
    //   unmet 14 units, 55 + 425 = 480; inventory value 69, 0, 51 -> peak 69.
    const r = simulateScenario(plan, DEFAULT_SCENARIOS[2]);
    expect(r.demand).toBeCloseTo(365.5, 9);
    expect(r.revenue).toBeCloseTo(7255, 9);
    expect(r.cogs).toBeCloseTo(4353, 9);
    expect(r.grossMargin).toBeCloseTo(2902, 9);
    expect(r.endingInventoryValue).toBeCloseTo(51, 9);
    expect(r.peakInventoryValue).toBeCloseTo(69, 9);
    expect(r.unmetUnits).toBeCloseTo(14, 9);
    expect(r.unmetValue).toBeCloseTo(480, 9);
  });

  it("takes its multipliers as parameters, including a supply multiplier apart from demand", () => {
    // Demand as planned, supply plan x1.2 capped by capacity: Widgets supply 100 x3, Gadgets 36 40 40.
    // Widgets: 120, ship 100, inv 20; 120, ship 120, inv 0; 100, ship 90, inv 10 -> shipped 310
    // Gadgets: 36 ship 30 inv 6; 46 ship 40 inv 6; 46 ship 46 inv 0 -> shipped 116, unmet 4
    const r = simulateScenario(plan, { name: "Build ahead", demandMultiplier: 1, capacityMultiplier: 1, supplyMultiplier: 1.2 });
    expect(r.shipped).toBeCloseTo(426, 9);
    expect(r.revenue).toBeCloseTo(3100 + 5800, 9);
    expect(r.unmetUnits).toBeCloseTo(4, 9);
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
    // t1: ship 76, unmet 9, inventory 0; t2: the same. Shipped 152 -> revenue 1,520, COGS 912,
    // margin 608; unmet 18 units, 180 of revenue. (Ignoring the multiplier: supply 80, ship 80,
    // unmet 5 a month, revenue 1,600.)
    const r = simulateScenario(tight, DEFAULT_SCENARIOS[2]);
    expect(r.detail[0].map((m) => m.supply)).toEqual([76, 76]);
    expect(r.shipped).toBeCloseTo(152, 9);
    expect(r.revenue).toBeCloseTo(1520, 9);
    expect(r.cogs).toBeCloseTo(912, 9);
    expect(r.grossMargin).toBeCloseTo(608, 9);
    expect(r.unmetUnits).toBeCloseTo(18, 9);
    expect(r.unmetValue).toBeCloseTo(180, 9);
    expect(r.endingInventoryValue).toBe(0);
  });

  it("a capacity multiplier above 1 lifts the cap: x1.1 gives 88 a month", () => {
    // demand 100, supply min(100, 80 x 1.1 = 88) = 88; ship 88, unmet 12 a month.
    const r = simulateScenario(tight, { name: "Overtime", demandMultiplier: 1, capacityMultiplier: 1.1 });
    expect(r.detail[0].map((m) => m.supply)).toEqual([88, 88]);
    expect(r.unmetUnits).toBeCloseTo(24, 9);
    expect(r.revenue).toBeCloseTo(1760, 9);
  });
});

describe("recommendation rule: ties", () => {
  it("two options within targets with the same gross margin: the earlier one is recommended", () => {
    // Both options run the plan as is (multipliers 1): base margin 3,400 each (see above),
    // unmet 600 <= 15 % of 9,100; peak inventory value 60 <= 1,000.
    const same = runScenarios(plan, [
      { name: "First", demandMultiplier: 1, capacityMultiplier: 1 },
      { name: "Second", demandMultiplier: 1, capacityMultiplier: 1 },
    ]);
    expect(same.map((r) => r.grossMargin)).toEqual([3400, 3400]);
    const r = recommend(same, 1000, 0.15);
    expect(r.checks.map((c) => c.withinTargets)).toEqual([true, true]);
    expect(r.name).toBe("First");
    expect(recommend([same[1], same[0]], 1000, 0.15).name).toBe("Second");
  });

  it("no option within targets, same breaches and margin: the earlier one is escalated", () => {
    // 2 % tolerance: 600 > 182 for both -> one breach each, margins equal.
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
  const results = runScenarios(plan);

  it("with the 2% unmet tolerance no option qualifies: the fewest breaches, then highest margin, is escalated", () => {
    // Unmet value vs 2% of demand value: base 600 > 182, upside 1,180 > 200.2, downside 480 > 154.7.
    // All break one target; upside has the highest margin (3,532).
    const r = recommend(results, 1000);
    expect(r.name).toBe("Upside");
    expect(r.withinTargets).toBe(false);
    expect(r.checks.map((c) => c.unmetOk)).toEqual([false, false, false]);
    expect(r.reason).toContain("Escalate");
  });

  it("with a 10% tolerance, base (3,400) beats downside (2,902); upside misses (1,180 > 1,001)", () => {
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
    // Ceiling 50: everyone breaks it; with 10% tolerance upside also breaks unmet (2 breaches),
    // base and downside break one each -> base, the higher margin.
    expect(recommend(results, 50, 0.1).name).toBe("Base");
  });

  it("treats a ceiling of zero as no ceiling", () => {
    expect(recommend(results, 0, 0.15).checks.every((c) => c.inventoryOk)).toBe(true);
  });

  it("writes trade-offs against the base option", () => {
    const t = tradeOffs(results);
    expect(t).toHaveLength(3);
    // Upside vs base: revenue 8,830 - 8,500 = +330; margin +132; ending inventory value 6 - 60 = -54; unmet +22 units (+580).
    expect(t[1]).toContain("revenue +330");
    expect(t[1]).toContain("gross margin +132");
    expect(t[1]).toContain("ending inventory value -54");
    expect(t[1]).toContain("unmet demand +22 units (+580 of revenue)");
    // Downside vs base: revenue 7,255 - 8,500 = -1,245.
    expect(t[2]).toContain("revenue -1,245");
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

  it("never has negative inventory, ships at most demand, leaves unmet >= 0, and stays finite", () => {
    fc.assert(
      fc.property(planArb, mult, mult, mult, (p, dm, cm, sm) => {
        const r = simulateScenario(p, { name: "s", demandMultiplier: dm, capacityMultiplier: cm, supplyMultiplier: sm });
        for (const fam of r.detail) {
          for (const m of fam) {
            expect(m.inventory).toBeGreaterThanOrEqual(0);
            expect(m.shipped).toBeLessThanOrEqual(m.demand);
            expect(m.unmet).toBeGreaterThanOrEqual(0);
            expect(m.supply).toBeGreaterThanOrEqual(0);
          }
        }
        for (const v of [r.revenue, r.cogs, r.grossMargin, r.endingInventoryValue, r.peakInventoryValue, r.unmetUnits, r.unmetValue]) {
          expect(Number.isFinite(v)).toBe(true);
        }
        expect(r.shipped).toBeLessThanOrEqual(r.demand * (1 + 1e-12) + 1e-9);
      }),
    );
  });

  it("scaling demand, supply and capacity by k (no opening stock) scales every quantity and amount by k", () => {
    const noStock = planArb.map((p) => ({ ...p, families: p.families.map((f) => ({ ...f, openingInventory: 0 })) }));
    fc.assert(
      fc.property(noStock, fc.double({ min: 0.1, max: 3, noNaN: true }), (p, k) => {
        const one = simulateScenario(p, { name: "x1", demandMultiplier: 1, capacityMultiplier: 1 });
        const scaled = simulateScenario(p, { name: "xk", demandMultiplier: k, capacityMultiplier: k });
        for (const key of ["demand", "shipped", "revenue", "cogs", "grossMargin", "unmetUnits", "unmetValue", "endingInventoryValue", "peakInventoryValue"] as const) {
          const want = k * one[key];
          expect(Math.abs(scaled[key] - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want), Math.abs(one.demandValue) * k));
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
      return { ...p, supply, capacity };
    });
    fc.assert(
      fc.property(covered, (p) => {
        const r = simulateScenario(p, { name: "Base", demandMultiplier: 1, capacityMultiplier: 1 });
        const planRevenue = p.demand.reduce((s, row, f) => s + row.reduce((a, d) => a + d * p.families[f].price, 0), 0);
        expect(r.unmetUnits).toBeCloseTo(0, 6);
        expect(Math.abs(r.revenue - planRevenue)).toBeLessThanOrEqual(1e-9 * Math.max(1, planRevenue));
      }),
    );
  });
});
