/**
 * The recommendation's sentence and the trade-off lines word for word (they are what the
 * executives read), and the targets' boundaries: lost demand at the tolerance and peak inventory
 * at the ceiling are within, with 1e-9 of rounding allowed. By hand.
 */
import { checkScenario, recommend, tradeOffs } from "../../src/deck/recommend";
import type { ScenarioResult } from "../../src/deck/scenarios";

function result(name: string, r: Partial<ScenarioResult>): ScenarioResult {
  return {
    name,
    demandMultiplier: 1,
    capacityMultiplier: 1,
    supplyMultiplier: 1,
    demand: 0,
    shipped: 0,
    demandValue: 1000,
    revenue: 0,
    cogs: 0,
    overtimeUnits: 0,
    overtimeCost: 0,
    grossMargin: 0,
    grossMarginPct: null,
    endingInventoryValue: 0,
    peakInventoryValue: 0,
    lateUnits: 0,
    lateValue: 0,
    lostUnits: 0,
    lostValue: 0,
    lostMargin: 0,
    revenueByMonth: [],
    detail: [],
    ...r,
  };
}

describe("the recommendation's sentence", () => {
  it("names the option within targets with the highest margin, and the targets it meets", () => {
    // A: lost 10 of 1,000 (1 % <= 2 %), peak 500 <= 1,000: within. B: lost 30 (3 %): not.
    const a = result("A", { grossMargin: 3000, grossMarginPct: 0.3, lostValue: 10, peakInventoryValue: 500 });
    const b = result("B", { grossMargin: 3500, grossMarginPct: 0.35, lostValue: 30 });
    const r = recommend([b, a], 1000);
    expect(r.name).toBe("A");
    expect(r.withinTargets).toBe(true);
    expect(r.reason).toBe(
      "A: the highest gross margin 3,000 (30.0%) of the options whose lost demand (10 of revenue, at most 2.0% of demand value) and peak inventory value (500) stay within targets.",
    );
  });

  it("escalates the option breaking the fewest targets, naming each target it breaks", () => {
    // C breaks both (lost 50 > 20; peak 1,500 > 1,000); D only the ceiling; E only lost demand.
    const c = result("C", { grossMargin: 1234.4, lostValue: 50, peakInventoryValue: 1500 });
    expect(recommend([c], 1000).reason).toBe(
      "C: no option meets every target; this one breaks the fewest (lost demand 50 of revenue; peak inventory value 1,500 over the ceiling 1,000) with the highest gross margin 1,234. Escalate.",
    );
    const d = result("D", { grossMargin: 900, grossMarginPct: 0.09, peakInventoryValue: 1200 });
    expect(recommend([c, d], 1000).reason).toBe(
      "D: no option meets every target; this one breaks the fewest (peak inventory value 1,200 over the ceiling 1,000) with the highest gross margin 900 (9.0%). Escalate.",
    );
    const e = result("E", { grossMargin: 800, lostValue: 50, peakInventoryValue: 100 });
    expect(recommend([e], 1000).reason).toBe(
      "E: no option meets every target; this one breaks the fewest (lost demand 50 of revenue) with the highest gross margin 800. Escalate.",
    );
  });

  it("needs at least one option", () => {
    expect(() => recommend([], 1000)).toThrow("recommend() needs at least one scenario");
  });
});

describe("the targets' boundaries", () => {
  it("counts lost demand up to the tolerance + 1e-9 as within, and beyond it as a breach", () => {
    // Tolerance 50 % of a demand value of 100: 50 + 1e-9 is within, 50 + 2e-9 is not.
    expect(checkScenario(result("x", { demandValue: 100, lostValue: 50.000000001 }), 0, 0.5).unmetOk).toBe(true);
    expect(checkScenario(result("x", { demandValue: 100, lostValue: 50.000000002 }), 0, 0.5).unmetOk).toBe(false);
  });

  it("counts peak inventory up to the ceiling + 1e-9 as within", () => {
    expect(checkScenario(result("x", { peakInventoryValue: 1000.000000001 }), 1000, 0.02).inventoryOk).toBe(true);
    expect(checkScenario(result("x", { peakInventoryValue: 1000.000000002 }), 1000, 0.02).inventoryOk).toBe(false);
  });
});

describe("the trade-off lines", () => {
  it("states the base option's results, then each other option's difference from it", () => {
    const base = result("Base", {
      revenue: 8600,
      grossMargin: 3440,
      endingInventoryValue: 120,
      lateUnits: 10,
      lateValue: 100,
      lostUnits: 10,
      lostValue: 500,
    });
    const up = result("Upside", {
      demandMultiplier: 1.1,
      capacityMultiplier: 1,
      revenue: 8840,
      grossMargin: 3536,
      endingInventoryValue: 20,
      lateUnits: 27,
      lostUnits: 41,
      lostValue: 1170,
    });
    expect(tradeOffs([base, up])).toEqual([
      "Base (demand x1.00, capacity x1.00): revenue 8,600, gross margin 3,440, ending inventory value 120, late demand 10 units (100 revenue delayed), lost demand 10 units (500 revenue lost).",
      // 8,840 - 8,600 = +240; 3,536 - 3,440 = +96; 20 - 120 = -100; 27 - 10 = +17; 41 - 10 = +31; 1,170 - 500 = +670.
      "Upside (demand x1.10, capacity x1.00) vs Base: revenue +240, gross margin +96, ending inventory value -100, late demand +17 units, lost demand +31 units (+670 of revenue).",
    ]);
    expect(tradeOffs([])).toEqual([]);
  });
});
