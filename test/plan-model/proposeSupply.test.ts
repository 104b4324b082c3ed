/**
 * The proposed supply plan (chase, level, target-seeking), on families small enough to plan by
 * hand: every expected number is worked out in the comments from the rule, not from the code.
 */
import fc from "fast-check";
import { lateAndLost } from "../../src/core/plan-model/supply";
import { SUPPLY_STRATEGIES, lotRule, proposeSupply } from "../../src/core/plan-model/proposeSupply";

const zeros = (n: number): number[] => new Array<number>(n).fill(0);
const inventory = (open: number, s: ReadonlyArray<number>, d: ReadonlyArray<number>): number[] => {
  let i = open;
  return d.map((x, t) => (i = i + s[t] - x));
};

describe("proposeSupply: target-seeking", () => {
  it("builds ahead of a seasonal peak that exceeds capacity, in the latest earlier months, and meets the peak", () => {
    // Demand 40, 40, 40, 200, 40; capacity 100 a month; no opening stock, target 0.
    // Months 0-2 make their demand (40). Month 3 wants 200 but can make 100: short 100.
    // Build ahead, latest first: month 2 has 60 spare (40 -> 100), month 1 the other 40 (40 -> 80).
    // Inventory: 0, 40, 100, 0, 0: the peak is met. Month 4 makes its 40.
    const demand = [40, 40, 40, 200, 40];
    const r = proposeSupply({ demand, capacity: [100, 100, 100, 100, 100], openingInventory: 0, targetInventory: zeros(5) });
    expect(r.supply).toEqual([40, 80, 100, 100, 40]);
    expect(inventory(0, r.supply, demand)).toEqual([0, 40, 100, 0, 0]);
    expect(r.buildAhead).toEqual([
      { peak: 3, month: 2, units: 60 },
      { peak: 3, month: 1, units: 40 },
    ]);
    // Chase makes 40, 40, 40, 100 and then 40 + 100 backlog = 140 -> 100: 40 units never shipped.
    const chase = proposeSupply({ demand, capacity: [100, 100, 100, 100, 100], openingInventory: 0, targetInventory: zeros(5), strategy: "chase" });
    expect(chase.supply).toEqual([40, 40, 40, 100, 100]);
    expect(lateAndLost(demand, inventory(0, chase.supply, demand)).lost).toEqual([0, 0, 0, 0, 40]);
    expect(lateAndLost(demand, inventory(0, r.supply, demand)).lost).toEqual([0, 0, 0, 0, 0]);
  });

  it("aims at the target inventory each month within capacity", () => {
    // Demand 100, 100, 100; capacity 150; opening 50; target 30, 60, 20.
    // t0: 100 + 30 - 50 = 80 (inventory 30); t1: 100 + 60 - 30 = 130 (60); t2: 100 + 20 - 60 = 60 (20).
    const r = proposeSupply({ demand: [100, 100, 100], capacity: [150, 150, 150], openingInventory: 50, targetInventory: [30, 60, 20] });
    expect(r.supply).toEqual([80, 130, 60]);
    expect(r.buildAhead).toEqual([]);
  });

  it("clears a backlog at the first month with spare capacity", () => {
    // Opening -30 (a backlog); demand 50 a month; capacity 50, 100, 100; target 10 a month.
    // t0: wants 50 + 10 + 30 = 90, can make 50: inventory -30 (no earlier month to build in).
    // t1: wants 50 + 10 + 30 = 90 <= 100: inventory 10, backlog cleared. t2: 50 + 10 - 10 = 50.
    const demand = [50, 50, 50];
    const r = proposeSupply({ demand, capacity: [50, 100, 100], openingInventory: -30, targetInventory: [10, 10, 10] });
    expect(r.supply).toEqual([50, 90, 50]);
    expect(inventory(-30, r.supply, demand)).toEqual([-30, 10, 10]);
  });

  it("keeps the typed months as typed and adapts the rest", () => {
    // Demand 100 a month, capacity 150, opening 0, target 20; month 1 typed 50.
    // t0: 100 + 20 - 0 = 120 (inventory 20). t1: typed 50 -> inventory 20 + 50 - 100 = -30:
    // build ahead 30 in month 0 (120 -> 150, inventory 50, then 0). t2: 100 + 20 - 0 = 120.
    const r = proposeSupply({ demand: [100, 100, 100], capacity: [150, 150, 150], openingInventory: 0, targetInventory: [20, 20, 20], fixed: [null, 50, null] });
    expect(r.supply).toEqual([150, 50, 120]);
    // A typed month is never changed, even above capacity or to build ahead.
    const t = proposeSupply({ demand: [10, 500], capacity: [100, 100], openingInventory: 0, targetInventory: [0, 0], fixed: [7, null] });
    expect(t.supply).toEqual([7, 100]);
  });

  it("rounds to the lot size, within capacity", () => {
    // Lot 20, demand 45 a month, opening 0, target 0, capacity 100:
    // t0: 45 -> 60 (inventory 15); t1: 30 -> 40 (10); t2: 35 -> 40 (5).
    expect(proposeSupply({ demand: [45, 45, 45], capacity: [100, 100, 100], openingInventory: 0, targetInventory: zeros(3), lotSize: 20 }).supply).toEqual([60, 40, 40]);
    // Capacity 50: the most within it in lots of 20 is 40; t0 45 -> 40 (inventory -5); t1 50 -> 40 (-10)
    // and month 0 has no room for another lot; t2 55 -> 40 (-15).
    expect(proposeSupply({ demand: [45, 45, 45], capacity: [50, 50, 50], openingInventory: 0, targetInventory: zeros(3), lotSize: 20 }).supply).toEqual([40, 40, 40]);
  });

  it("runs at least the minimum run, or not at all", () => {
    // Minimum run 25, demand 5, 5, 30, capacity 100: t0 wants 5 -> 25 (inventory 20); t1 wants
    // -15 -> 0 (15); t2 wants 15 -> 25 (10).
    expect(proposeSupply({ demand: [5, 5, 30], capacity: [100, 100, 100], openingInventory: 0, targetInventory: zeros(3), minimumRun: 25 }).supply).toEqual([25, 0, 25]);
    // Capacity 20 below the minimum run: nothing can run.
    expect(lotRule(0, 25)(10, 20)).toBe(0);
  });
});

describe("proposeSupply: chase and level", () => {
  it("chase makes demand plus backlog within capacity, and leaves stock on hand alone", () => {
    // Opening 20: t0 makes 50 (inventory 20); t1 wants 90, makes 60 (-10); t2 wants 40 + 10 = 50.
    expect(proposeSupply({ demand: [50, 90, 40], capacity: [60, 60, 60], openingInventory: 20, targetInventory: [99, 99, 99], strategy: "chase" }).supply).toEqual([50, 60, 50]);
  });

  it("level spreads the total requirement evenly, within capacity", () => {
    // Demand 60 + 80 + 100 + 40 = 280, last target 20, opening 40: 280 + 20 - 40 = 260 / 4 = 65.
    const demand = [60, 80, 100, 40];
    const r = proposeSupply({ demand, capacity: [100, 100, 100, 100], openingInventory: 40, targetInventory: [5, 5, 5, 20], strategy: "level" });
    expect(r.supply).toEqual([65, 65, 65, 65]);
    expect(inventory(40, r.supply, demand)).toEqual([45, 30, -5, 20]);
    // Month 2 typed 0: the 260 over three months = 86.67 -> 87 each; month 3's capacity 80 caps it.
    expect(proposeSupply({ demand, capacity: [100, 100, 100, 80], openingInventory: 40, targetInventory: [5, 5, 5, 20], strategy: "level", fixed: [null, null, 0, null] }).supply).toEqual([87, 87, 0, 80]);
  });
});

describe("proposeSupply: properties", () => {
  const month = fc.record({
    demand: fc.double({ min: 0, max: 2000, noNaN: true }),
    capacity: fc.double({ min: 0, max: 2000, noNaN: true }),
    target: fc.double({ min: 0, max: 1000, noNaN: true }),
    fixed: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null, freq: 4 }),
  });
  const family = fc.record({
    months: fc.array(month, { minLength: 1, maxLength: 24 }),
    open: fc.integer({ min: -2000, max: 3000 }),
    lotSize: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
    minimumRun: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
    strategy: fc.constantFrom(...SUPPLY_STRATEGIES),
  });
  type Family = typeof family extends fc.Arbitrary<infer T> ? T : never;
  const inputOf = (f: Family) => ({
    demand: f.months.map((m) => m.demand),
    capacity: f.months.map((m) => m.capacity),
    targetInventory: f.months.map((m) => m.target),
    fixed: f.months.map((m) => m.fixed),
    openingInventory: f.open,
    lotSize: f.lotSize,
    minimumRun: f.minimumRun,
  });

  it("keeps typed months; proposes whole units, never negative, never above capacity, in lots of at least the minimum run", () => {
    fc.assert(
      fc.property(family, (f) => {
        const input = inputOf(f);
        const { supply } = proposeSupply({ ...input, strategy: f.strategy });
        f.months.forEach((m, t) => {
          if (m.fixed !== null) expect(supply[t]).toBe(m.fixed);
          else {
            expect(Number.isInteger(supply[t])).toBe(true);
            expect(supply[t]).toBeGreaterThanOrEqual(0);
            expect(supply[t]).toBeLessThanOrEqual(m.capacity + 1e-6);
            if (supply[t] > 0) {
              expect(supply[t] % (f.lotSize ?? 1)).toBe(0);
              expect(supply[t]).toBeGreaterThanOrEqual(f.minimumRun ?? 0);
            }
          }
        });
      }),
    );
  });

  it("target-seeking never loses more demand than chase", () => {
    fc.assert(
      fc.property(family, (f) => {
        const input = inputOf(f);
        const lost = (strategy: "chase" | "target-seeking"): number => {
          const s = proposeSupply({ ...input, strategy }).supply;
          return lateAndLost(input.demand, inventory(f.open, s, input.demand)).lost.reduce((a, b) => a + b, 0);
        };
        expect(lost("target-seeking")).toBeLessThanOrEqual(lost("chase") + 1e-6);
      }),
    );
  });

  it("target-seeking builds ahead only into free months, and as much as it says", () => {
    fc.assert(
      fc.property(family, (f) => {
        const input = inputOf(f);
        const r = proposeSupply({ ...input, strategy: "target-seeking" });
        for (const b of r.buildAhead) {
          expect(b.month).toBeLessThan(b.peak);
          expect(f.months[b.month].fixed).toBeNull();
          expect(b.units).toBeGreaterThan(0);
        }
      }),
    );
  });
});
