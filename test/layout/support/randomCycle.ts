/** Random small cycles (1-3 families, 1-14 history and 1-7 plan months, any business type) for property tests. */
import fc from "fast-check";
import { CycleData } from "../../../src/core/model";
import { cycleMonths } from "../../../src/core/plan-model/months";

export const randomCycle: fc.Arbitrary<CycleData> = fc
  .record({
    families: fc.integer({ min: 1, max: 3 }),
    history: fc.integer({ min: 1, max: 14 }),
    horizon: fc.integer({ min: 1, max: 7 }),
    type: fc.constantFrom("manufacturing" as const, "saas" as const, "services" as const, "distribution" as const),
    values: fc.array(fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }), { minLength: 64, maxLength: 64 }),
    fam: fc.array(fc.record({ price: fc.integer({ min: 0, max: 500 }), cost: fc.integer({ min: 0, max: 500 }), open: fc.integer({ min: -100, max: 4000 }), cap: fc.integer({ min: 0, max: 3000 }), dos: fc.integer({ min: 0, max: 60 }) }), { minLength: 3, maxLength: 3 }),
    deals: fc.array(fc.record({ f: fc.nat(2), q: fc.integer({ min: 0, max: 900 }), p: fc.constantFrom(0, 0.1, 0.25, 0.5, 0.8, 1), m: fc.nat(6) }), { maxLength: 6 }),
  })
  .map(({ families, history, horizon, type, values, fam, deals }) => {
    const cycleMonth = "2025-11";
    const { history: hm, plan: pm } = cycleMonths(cycleMonth, history, horizon);
    const names = ["Alpha", "Beta", "Gamma"].slice(0, families);
    let k = 0;
    const next = (): number | null => values[k++ % values.length];
    return {
      config: {
        company: "Random Co",
        cycleMonth,
        historyMonths: history,
        horizonMonths: horizon,
        businessType: type,
        families: names.map((name, i) => ({ name, unit: "u", price: fam[i].price, unitCost: fam[i].cost, openingInventory: fam[i].open, capacityPerMonth: fam[i].cap, targetDaysOfSupply: fam[i].dos })),
        targets: { revenuePerMonth: 200000, grossMarginPct: 0.3, inventoryValueCeiling: 100000 },
      },
      actuals: names.flatMap((f) => hm.flatMap((m) => {
        const v = next();
        return v === null ? [] : [{ family: f, month: m, quantity: v }];
      })),
      overrides: names.flatMap((f) => pm.flatMap((m) => {
        const v = next();
        return v === null || v % 4 !== 0 ? [] : [{ family: f, month: m, quantity: v }];
      })),
      pipeline: deals.map((d, i) => ({ deal: `d${i}`, family: names[d.f % families], quantity: d.q, stage: "s", winProbability: d.p, closeMonth: pm[d.m % pm.length] })),
      orders: [{ order: "o1", line: 1, family: names[0], quantityOrdered: 5, quantityDelivered: 5, promisedDate: "2025-10-03", deliveredDate: "2025-10-04" }],
      actions: [{ decision: "x", owner: "y", dueDate: "2025-11-30", status: "Open" as const }],
    };
  });
