/**
 * Synthetic cycles of any size, for benchmarks and large tests. Deterministic: a generator
 * seeded by the size, so every run produces the same workbook.
 */
import { ActualRow, CycleData, FamilyConfig } from "../core/model";
import { cycleMonths } from "../core/plan-model/months";
import { DemandProfile, demandSeries, makeActions, makeOrders, makePipeline, pad } from "./generators";
import { mulberry32 } from "./prng";

/**
 * A synthetic manufacturer with `families` families and a `months`-month horizon (12 months of
 * history), a pipeline of about two deals per family, five order lines per family and ten
 * actions: for benchmarks and large tests.
 */
export function syntheticCycle(families: number, months: number): CycleData {
  const rng = mulberry32(7919 + families * 31 + months);
  const cycleMonth = "2026-03";
  const historyMonths = 12;
  const { history, plan } = cycleMonths(cycleMonth, historyMonths, months);
  const fams: Array<FamilyConfig & { readonly profile: DemandProfile }> = [];
  for (let i = 0; i < families; i++) {
    const level = Math.round(100 * Math.exp(3 * rng.next()));
    const price = Math.round(20 + 980 * rng.next());
    fams.push({
      name: `Family ${pad(i + 1, String(families).length)}`,
      unit: "units",
      price,
      unitCost: Math.round(price * (0.4 + 0.35 * rng.next())),
      openingInventory: Math.round(level * (0.5 + rng.next())),
      capacityPerMonth: Math.round(level * (0.9 + 0.5 * rng.next())),
      targetDaysOfSupply: rng.int(15, 60),
      profile: {
        level,
        growth: 0.02 * rng.next() - 0.005,
        season: 0.3 * rng.next(),
        peakMonth: rng.int(1, 12),
        noise: 0.05 + 0.1 * rng.next(),
      },
    });
  }
  const actuals: ActualRow[] = [];
  for (const f of fams)
    demandSeries(f.profile, history, rng).forEach((q, i) =>
      actuals.push({ family: f.name, month: history[i], quantity: q }),
    );
  return {
    config: {
      company: `Synthetic Co (${families} families)`,
      cycleMonth,
      historyMonths,
      horizonMonths: months,
      businessType: "manufacturing",
      families: fams.map(({ profile: _profile, ...f }) => f),
      targets: {
        revenuePerMonth: Math.round(fams.reduce((s, f) => s + f.profile.level * f.price, 0)),
        grossMarginPct: 0.4,
        inventoryValueCeiling: Math.round(fams.reduce((s, f) => s + f.openingInventory * f.unitCost, 0) * 1.2),
      },
    },
    actuals,
    overrides: [],
    pipeline: makePipeline(fams, plan, families * 2, rng),
    orders: makeOrders(fams, history, families * 5, rng),
    actions: makeActions(cycleMonth),
  };
}
