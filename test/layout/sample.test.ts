/** The bundled sample company and the synthetic cycles. */
import { sampleCycle } from "../../src/data/sample";
import { syntheticCycle } from "../../src/data/synthetic";
import { cycleMonths } from "../../src/core/plan-model/months";

describe("sampleCycle", () => {
  const s = sampleCycle();

  it("is deterministic", () => {
    expect(sampleCycle()).toEqual(s);
  });

  it("describes a manufacturer with several families, 24 months of history and targets", () => {
    expect(s.config.businessType).toBe("manufacturing");
    expect(s.config.families.length).toBeGreaterThanOrEqual(4);
    expect(s.config.historyMonths).toBe(24);
    expect(s.actuals.length).toBe(24 * s.config.families.length);
    expect(s.config.targets.revenuePerMonth).toBeGreaterThan(0);
    for (const f of s.config.families) expect(f.unitCost).toBeLessThan(f.price);
  });

  it("has trend and seasonality in its history", () => {
    const { history } = cycleMonths(s.config.cycleMonth, 24, 1);
    const f = s.config.families[0].name;
    const q = history.map((m) => s.actuals.find((a) => a.family === f && a.month === m)!.quantity);
    const year1 = q.slice(0, 12).reduce((a, b) => a + b, 0);
    const year2 = q.slice(12).reduce((a, b) => a + b, 0);
    expect(year2).toBeGreaterThan(year1);
    expect(Math.max(...q.slice(12)) / Math.min(...q.slice(12))).toBeGreaterThan(1.3);
  });

  it("has about 30 deals, about 200 order lines with some late or short, and 10 actions", () => {
    expect(s.pipeline.length).toBe(30);
    expect(s.orders.length).toBe(200);
    expect(s.orders.some((o) => o.deliveredDate !== null && o.deliveredDate > o.promisedDate)).toBe(true);
    expect(s.orders.some((o) => o.quantityDelivered < o.quantityOrdered)).toBe(true);
    expect(s.actions.length).toBe(10);
    for (const d of s.pipeline) expect(d.winProbability).toBeGreaterThanOrEqual(0);
  });
});

describe("syntheticCycle", () => {
  it("has the requested size", () => {
    const c = syntheticCycle(7, 36);
    expect(c.config.families.length).toBe(7);
    expect(c.config.horizonMonths).toBe(36);
    expect(new Set(c.config.families.map((f) => f.name)).size).toBe(7);
    expect(syntheticCycle(7, 36)).toEqual(c);
  });
});
