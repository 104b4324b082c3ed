/** Properties of the plan model over random cycles (fast-check). */
import fc from "fast-check";
import { CycleData } from "../../src/core/model";
import { cycleMonths } from "../../src/core/plan-model/months";
import { computePlan } from "../../src/core/plan-model/plan";
import { resolveInputs } from "../../src/layout/inputs";

const qty = fc.integer({ min: 0, max: 5000 });

const cycle: fc.Arbitrary<{ data: CycleData; supply: Map<string, number> }> = fc
  .record({
    families: fc.integer({ min: 1, max: 3 }),
    history: fc.integer({ min: 1, max: 8 }),
    horizon: fc.integer({ min: 1, max: 6 }),
    seed: fc.array(fc.option(qty, { nil: null }), { minLength: 200, maxLength: 200 }),
    prices: fc.array(fc.record({ price: fc.integer({ min: 0, max: 900 }), cost: fc.integer({ min: 0, max: 900 }), open: fc.integer({ min: -50, max: 3000 }), cap: qty, dos: fc.integer({ min: 0, max: 90 }) }), { minLength: 3, maxLength: 3 }),
    deals: fc.array(fc.record({ f: fc.integer({ min: 0, max: 2 }), q: qty, p: fc.double({ min: 0, max: 1, noNaN: true }), m: fc.integer({ min: 0, max: 7 }) }), { maxLength: 8 }),
  })
  .map(({ families, history, horizon, seed, prices, deals }) => {
    const cycleMonth = "2026-03";
    const { history: hm, plan: pm } = cycleMonths(cycleMonth, history, horizon);
    const names = ["A", "B", "C"].slice(0, families);
    let k = 0;
    const next = (): number | null => seed[k++ % seed.length];
    const actuals = names.flatMap((f) => hm.flatMap((m) => {
      const v = next();
      return v === null ? [] : [{ family: f, month: m, quantity: v }];
    }));
    const overrides = names.flatMap((f) => pm.flatMap((m) => {
      const v = next();
      return v === null || v % 3 !== 0 ? [] : [{ family: f, month: m, quantity: v }];
    }));
    const supply = new Map<string, number>();
    names.forEach((f) => pm.forEach((m) => {
      const v = next();
      if (v !== null && v % 2 === 0) supply.set(`Supply|plan|${f}|${m}`, v);
    }));
    const data: CycleData = {
      config: {
        company: "P",
        cycleMonth,
        historyMonths: history,
        horizonMonths: horizon,
        businessType: "distribution",
        families: names.map((name, i) => ({ name, unit: "u", price: prices[i].price, unitCost: prices[i].cost, openingInventory: prices[i].open, capacityPerMonth: prices[i].cap, targetDaysOfSupply: prices[i].dos })),
        targets: { revenuePerMonth: 100000, grossMarginPct: 0.3, inventoryValueCeiling: 50000 },
      },
      actuals,
      overrides,
      pipeline: deals.map((d, i) => ({ deal: `d${i}`, family: names[d.f % families], quantity: d.q, stage: "s", winProbability: d.p, closeMonth: pm[d.m % pm.length] })),
      orders: [],
      actions: [],
    };
    return { data, supply };
  });

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe("plan model properties", () => {
  it("balances inventory, keeps shortfall >= 0, totals = sum of families, every number finite", () => {
    fc.assert(
      fc.property(cycle, ({ data, supply }) => {
        const plan = computePlan(resolveInputs(data, supply));
        const P = data.config.horizonMonths;
        plan.families.forEach((fp, i) => {
          const cfg = data.config.families[i];
          const d = fp.demand.consensus;
          const s = fp.supply.supply;
          for (let t = 0; t < P; t++) {
            const prev = t === 0 ? cfg.openingInventory : fp.supply.inventory[t - 1];
            if (!close(fp.supply.inventory[t], prev + s[t] - d[t])) return false;
            const unserved = Math.max(0, Math.min(d[t], -fp.supply.inventory[t]));
            if (!(fp.supply.late[t] >= 0) || !(fp.supply.lost[t] >= 0)) return false;
            if (!close(fp.supply.late[t] + fp.supply.lost[t], unserved)) return false;
            if (!close(fp.finance.revenue[t], d[t] * cfg.price)) return false;
            if (fp.finance.inventoryValue[t] < 0) return false;
            const key = `Supply|plan|${cfg.name}|${cycleMonths(data.config.cycleMonth, data.config.historyMonths, P).plan[t]}`;
            if (supply.has(key) && s[t] !== supply.get(key)) return false;
            if (!supply.has(key) && s[t] !== Math.max(0, Math.round(Math.min(d[t], cfg.capacityPerMonth)))) return false;
          }
        });
        const sumOf = (pick: (i: number) => ReadonlyArray<number>, t: number): number => plan.families.reduce((a, _f, i) => a + pick(i)[t], 0);
        for (let t = 0; t < P; t++) {
          if (!close(plan.totals.consensus[t], sumOf((i) => plan.families[i].demand.consensus, t))) return false;
          if (!close(plan.totals.supply[t], sumOf((i) => plan.families[i].supply.supply, t))) return false;
          if (!close(plan.totals.inventory[t], sumOf((i) => plan.families[i].supply.inventory, t))) return false;
          if (!close(plan.totals.revenue[t], sumOf((i) => plan.families[i].finance.revenue, t))) return false;
          if (!close(plan.totals.late[t], sumOf((i) => plan.families[i].supply.late, t))) return false;
          if (!close(plan.totals.lost[t], sumOf((i) => plan.families[i].supply.lost, t))) return false;
        }
        const numbers: unknown[] = [
          ...plan.families.flatMap((f) => [...f.demand.baseline.plan, ...f.demand.baseline.history, ...f.supply.daysOfSupply, ...f.supply.targetInventory, ...f.finance.marginPct]),
          ...plan.candidates.map((c) => c.score),
        ];
        return numbers.every((x) => x === null || (typeof x === "number" && Number.isFinite(x)));
      }),
      { numRuns: 60, seed: 20260301 },
    );
  });

  it("ranks gaps by value, each with a unique score", () => {
    fc.assert(
      fc.property(cycle, ({ data, supply }) => {
        const plan = computePlan(resolveInputs(data, supply), { forecast: false });
        const scores = new Set(plan.candidates.map((c) => c.score));
        if (scores.size !== plan.candidates.length) return false;
        const listed = plan.ranked.filter((r) => r.rank !== null);
        for (let i = 1; i < listed.length; i++) if (Math.floor(listed[i - 1].candidate.value) < Math.floor(listed[i].candidate.value)) return false;
        const max = Math.max(0, ...plan.candidates.map((c) => c.value));
        return listed.length === 0 ? max === 0 : Math.floor(listed[0].candidate.value) === Math.floor(max);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
