/**
 * The plan summaries at their edges, by hand on the fixture (fixture.ts): no near months, a tie
 * for the peak inventory month, lost demand at the month's price, a ragged grid's month totals.
 */
import { isSopError } from "../../src/core/errors";
import { deckInputFromNames, type DeckInput } from "../../src/deck/input";
import { monthTotals, planSummaries } from "../../src/deck/summaries";
import { fixtureNames, reader } from "./fixture";

function input(): DeckInput {
  const r = deckInputFromNames(reader(fixtureNames()));
  if (isSopError(r)) throw new Error(r.message);
  return r;
}

describe("plan summaries at their edges", () => {
  it("counts no near month for a negative count", () => {
    const s = planSummaries(input(), -1);
    expect(s.nearMonths).toEqual([]);
    expect(s.demandTotal.near).toBe(0);
    expect(s.revenueTargetNear).toBe(0);
  });

  it("takes the earlier month when two months tie for the highest inventory value", () => {
    // Inventory value by month, all families: 60, 60, 0 -> the peak is 2026-03's 60.
    const s = planSummaries({ ...input(), inventoryValue: [[60, 50, 0], [0, 10, 0]] });
    expect([s.peakInventoryValue, s.peakInventoryMonth]).toEqual([60, "2026-03"]);
    // A later, higher month wins: 60, 70, 0.
    const t = planSummaries({ ...input(), inventoryValue: [[60, 50, 0], [0, 20, 0]] });
    expect([t.peakInventoryValue, t.peakInventoryMonth]).toEqual([70, "2026-04"]);
  });

  it("values lost demand at the month's price where the workbook has one", () => {
    // Gadgets lose 10 units in 2026-05, at that month's price 60 (not the Families price 50).
    const s = planSummaries({ ...input(), price: [[10, 10, 10], [50, 50, 60]] });
    expect(s.supply[1].lostValue).toBe(600);
    expect(s.supplyTotal.lostValue).toBe(600);
  });

  it("has no average, peak or peak month without months", () => {
    const i = input();
    const s = planSummaries({ ...i, months: [], demand: [[], []], inventoryValue: [[], []] });
    expect([s.demand[0].averagePerMonth, s.demandTotal.averagePerMonth]).toEqual([0, 0]);
    expect([s.peakInventoryValue, s.peakInventoryMonth]).toEqual([0, ""]);
  });

  it("adds a shorter row as blanks in the month totals", () => {
    expect(monthTotals([[1, 2, 3], [10]], 3)).toEqual([11, 2, 3]);
  });

  it("lists the pre-builds of the families that make any", () => {
    // Widgets: demand 50 200, supply 150 100, capacity 100: month 1 builds 100 ahead of month 2's
    // peak (200 > 100). Gadgets (the fixture's) build nothing ahead.
    const i = input();
    const s = planSummaries({
      ...i,
      months: ["2026-03", "2026-04"],
      demand: [[50, 200], [30, 40]],
      supply: [[150, 100], [30, 40]],
      capacity: [[100, 100], [40, 40]],
      families: i.families.map((f) => ({ ...f, openingInventory: 0 })),
    });
    expect(s.prebuilds).toEqual([
      { family: "Widgets", unit: "units", prebuilds: [{ peak: 1, demand: 200, capacity: 100, units: 100, from: [{ month: 0, units: 100 }] }] },
    ]);
  });
});
