/**
 * The supply proposal's whole-unit rule and strategies at their edges
 * (src/core/plan-model/proposeSupply.ts): a fractional lot size, quantities within a millionth of
 * a whole unit, a minimum run above what fits, level's fixed months and empty horizon, and
 * target-seeking's build-ahead around typed and full months. Worked out in the comments.
 */
import { lotRule, proposeSupply } from "../../src/core/plan-model/proposeSupply";

describe("lotRule", () => {
  it("rounds the lot size to a whole unit and the quantity up to a multiple of it", () => {
    // Lot 2.6 -> 3: 4 -> 6.
    expect(lotRule(2.6, 0)(4, 100)).toBe(6);
    // No lot: whole units, 0.5 -> 1.
    expect(lotRule()(0.5, 10)).toBe(1);
  });

  it("treats a millionth either side of a whole unit as that unit", () => {
    expect(lotRule()(5e-7, 10)).toBe(0); // nothing wanted
    // Exactly a millionth is nothing wanted too, even with a minimum run of 25 (not 25).
    expect(lotRule(0, 25)(1e-6, 100)).toBe(0);
    expect(lotRule()(3.0000001, 10)).toBe(3); // not 4
    expect(lotRule()(10, 9.9999999)).toBe(10); // the capacity is 10
    expect(lotRule(0, 24.9999999)(1, 100)).toBe(25); // the minimum run is 25
  });

  it("falls back to the largest multiple of the lot within capacity, if it is at least the minimum run and above 0", () => {
    // Lot 10, minimum 25: 30 fits in 38; 39 -> 40 does not: 30.
    expect(lotRule(10, 25)(30, 38)).toBe(30);
    expect(lotRule(10, 25)(39, 38)).toBe(30);
    // Minimum 35: 30 is below it -> 0. No multiple of 10 within 8 -> 0. A negative capacity -> 0.
    expect(lotRule(10, 35)(39, 38)).toBe(0);
    // Minimum 30: 40 does not fit in 38, 30 does and is exactly the minimum run: 30.
    expect(lotRule(10, 30)(39, 38)).toBe(30);
    expect(lotRule(10, 0)(5, 8)).toBe(0);
    expect(lotRule()(5, -3)).toBe(0);
  });
});

describe("proposeSupply: level", () => {
  it("spreads what the free months must make evenly, each within its capacity", () => {
    // Need = demand 60 + last target 8 - opening 5 - typed 12 = 51 over 2 free months: 25.5 -> 26;
    // month 1 can make 15.
    const r = proposeSupply({
      demand: [10, 20, 30],
      capacity: [100, 15, 100],
      openingInventory: 5,
      targetInventory: [0, 0, 8],
      fixed: [null, null, 12],
      strategy: "level",
    });
    expect(r.supply).toEqual([26, 15, 12]);
    expect(r.buildAhead).toEqual([]);
  });

  it("makes nothing when the opening stock covers everything, and nothing for an empty horizon", () => {
    const base = { capacity: [100, 100], targetInventory: [0, 0], strategy: "level" as const };
    expect(proposeSupply({ ...base, demand: [10, 20], openingInventory: 100 }).supply).toEqual([0, 0]);
    expect(
      proposeSupply({ demand: [], capacity: [], openingInventory: 0, targetInventory: [], strategy: "level" }).supply,
    ).toEqual([]);
  });
});

describe("proposeSupply: target-seeking build-ahead", () => {
  it("skips typed months when building ahead", () => {
    // Month 2 wants 150 - 20 = 130, makes 100, short 30; month 1 is typed; month 0 builds the 30.
    const r = proposeSupply({
      demand: [0, 0, 150],
      capacity: [100, 100, 100],
      openingInventory: 0,
      targetInventory: [0, 0, 0],
      fixed: [null, 20, null],
    });
    expect(r.supply).toEqual([30, 20, 100]);
    expect(r.buildAhead).toEqual([{ peak: 2, month: 0, units: 30 }]);
  });

  it("skips months without spare capacity and builds what the others can", () => {
    // Month 2 short 50: month 1 can add 20 (its capacity), month 0 is full (50 of 50): 30 stay short.
    const r = proposeSupply({
      demand: [50, 0, 150],
      capacity: [50, 20, 100],
      openingInventory: 0,
      targetInventory: [0, 0, 0],
    });
    expect(r.supply).toEqual([50, 20, 100]);
    expect(r.buildAhead).toEqual([{ peak: 2, month: 1, units: 20 }]);
  });

  it("plans the months after a peak from the inventory the build-ahead left", () => {
    // Month 1 short 20 (120 wanted, 100 made): month 0 builds 20 (60 in all). Month 2 then starts
    // at 0 and wants its 40 (not 40 + 20 of a backlog).
    const r = proposeSupply({
      demand: [40, 120, 40],
      capacity: [100, 100, 100],
      openingInventory: 0,
      targetInventory: [0, 0, 0],
    });
    expect(r.supply).toEqual([60, 100, 40]);
  });
});
