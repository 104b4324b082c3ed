/**
 * The bundled sample company (synthetic cycles of any size are in ./synthetic).
 * Deterministic: a seeded generator, so every run produces the same workbook.
 */
import {
  ActualRow,
  ArchiveRow,
  BudgetRow,
  CycleData,
  FamilyConfig,
  KpiHistoryRow,
  OverrideRow,
  ProductionRow,
} from "../core/model";
import { OVERRIDE_REASONS } from "../core/schema";
import { addMonths, cycleMonths, monthDiff } from "../core/plan-model/months";
import { trendMonths } from "../core/plan-model/kpiTrend";
import { isSopError } from "../core/errors";
import { forecast } from "../core/forecast";
import { DemandProfile, demandSeries, makeActions, makeOrders, makePipeline, pad } from "./generators";
import { mulberry32 } from "./prng";

const SAMPLE_FAMILIES: ReadonlyArray<FamilyConfig & { readonly profile: DemandProfile }> = [
  {
    name: "Compact pumps",
    unit: "units",
    price: 420,
    unitCost: 262,
    openingInventory: 2600,
    capacityPerMonth: 2900,
    targetDaysOfSupply: 30,
    profile: { level: 2100, growth: 0.008, season: 0.22, peakMonth: 6, noise: 0.06 },
  },
  {
    name: "Industrial pumps",
    unit: "units",
    price: 2900,
    unitCost: 1870,
    openingInventory: 430,
    capacityPerMonth: 420,
    targetDaysOfSupply: 45,
    overtimePerMonth: 40,
    overtimePremium: 520,
    profile: { level: 330, growth: 0.012, season: 0.1, peakMonth: 10, noise: 0.08 },
  },
  {
    name: "Valves",
    unit: "units",
    price: 85,
    unitCost: 41,
    openingInventory: 7400,
    capacityPerMonth: 11500,
    targetDaysOfSupply: 21,
    profile: { level: 9200, growth: 0.004, season: 0.15, peakMonth: 5, noise: 0.05 },
  },
  {
    name: "Controllers",
    unit: "units",
    price: 640,
    unitCost: 305,
    openingInventory: 760,
    capacityPerMonth: 1000,
    targetDaysOfSupply: 35,
    overtimePerMonth: 150,
    overtimePremium: 90,
    profile: { level: 760, growth: 0.018, season: 0.05, peakMonth: 11, noise: 0.07 },
  },
  {
    name: "Spare-part kits",
    unit: "kits",
    price: 55,
    unitCost: 22,
    openingInventory: 8800,
    capacityPerMonth: 6000,
    targetDaysOfSupply: 60,
    profile: { level: 3900, growth: 0.002, season: 0.3, peakMonth: 1, noise: 0.12 },
  },
];

/** Last cycle's KPI values of the sample company (the KPIs sheet's "Previous" column). */
const SAMPLE_PREVIOUS_KPIS = [
  { kpi: "ACCURACY", value: 0.87 },
  { kpi: "BIAS", value: 0.021 },
  { kpi: "PLANADHERENCE", value: 0.98 },
  { kpi: "TURNS", value: 16.5 },
  { kpi: "SERVICE", value: 0.85 },
  { kpi: "OTIF", value: 0.78 },
  { kpi: "UTILIZATION", value: 0.88 },
  { kpi: "REVENUE", value: 0.97 },
  { kpi: "WORKINGCAPITAL", value: 5_700_000 },
  { kpi: "VOLATILITY", value: 0.08 },
  { kpi: "SCHEDULE", value: 0.96 },
  { kpi: "CLOSURE", value: 0.45 },
];

/**
 * The sample's KPI values in the 11 cycle months before this one (the KPIs' trend): last cycle's
 * values (above) in the month before, and before that a year that improved towards them (about
 * 5 % lower a year earlier, a wobble of up to 1.5 % month to month), with no random draws.
 * Plan adherence was recorded for the last 6 cycles only and the tracking signal for none, so
 * their trends show the months not recorded.
 */
function sampleKpiHistory(cycleMonth: string): KpiHistoryRow[] {
  const months = trendMonths(cycleMonth);
  const round = (kpi: string, v: number): number =>
    kpi === "WORKINGCAPITAL"
      ? Math.round(v / 10_000) * 10_000
      : kpi === "TURNS"
        ? Math.round(v * 10) / 10
        : Math.round(v * 1000) / 1000;
  return SAMPLE_PREVIOUS_KPIS.flatMap(({ kpi, value }, k) =>
    months.flatMap((month, i) => {
      const ago = months.length - 1 - i;
      if (kpi === "PLANADHERENCE" && ago >= 6) return [];
      const wobble = ago === 0 ? 0 : (0.015 * (((i * 5 + k * 3) % 7) - 3)) / 3;
      return [{ kpi, month, value: round(kpi, value * (1 - (0.05 * ago) / 10 + wobble)) }];
    }),
  );
}

/**
 * Last cycle's consensus, made a month earlier: the statistical forecast from the history that
 * ended a month before this one, over this horizon less its last month, with a planner's
 * +/- 4 % judgement per month.
 */
function previousConsensus(
  months: ReadonlyArray<string>,
  history: ReadonlyArray<string>,
  actuals: ReadonlyArray<ActualRow>,
): OverrideRow[] {
  const rng = mulberry32(20260201);
  const known = history.slice(0, -1);
  return SAMPLE_FAMILIES.flatMap((f) => {
    const sold = new Map(actuals.filter((a) => a.family === f.name).map((a) => [a.month, a.quantity]));
    const fit = forecast(
      known.map((m) => sold.get(m) ?? 0),
      months.length + 1,
    );
    if (isSopError(fit)) return [];
    // The old forecast's first month is the month just past; this horizon starts one later.
    return months.map((month, i) => ({
      family: f.name,
      month,
      quantity: Math.max(0, Math.round(fit.values[i + 1] * (1 + 0.04 * rng.normal()))),
    }));
  });
}

/** Comments a planner writes beside an override, by reason. */
const OVERRIDE_COMMENTS: Readonly<Record<(typeof OVERRIDE_REASONS)[number], string>> = {
  Promotion: "trade promotion planned",
  "Customer order": "framework order announced",
  "New customer": "new distributor ramping up",
  "Market intelligence": "competitor out of stock",
  "Supply constraint": "allocation while the line is down",
  Other: "sales judgement",
};

/**
 * The plan archive of the twelve cycles before this one (2025-03 to 2026-02), each planning its
 * own month and the five after it that are history now (lags 1 to 6), so lag accuracy and
 * forecast value added measure real actuals. Deterministic (seed 20250301), per family, cycle and
 * target month:
 * - naive = the actual of the month before the cycle (the last one known then);
 * - statistical baseline = the actual x (1 + e), e normal with a spread of 6 % + 2 % per lag
 *   month beyond the first (plans made further ahead are worse);
 * - sales override on about one row in four, with a reason and comment: the baseline moved 40 %
 *   of the way to the actual, then x 1.08 (sales know something and are optimistic);
 * - consensus = the sales forecast (override, else baseline) moved 35 % of the way to the actual
 *   (the meeting's information: pipeline, orders), x (1 + 2 % noise).
 */
function sampleArchive(
  history: ReadonlyArray<string>,
  actuals: ReadonlyArray<ActualRow>,
  cycleMonth: string,
): ArchiveRow[] {
  const rng = mulberry32(20250301);
  const sold = new Map(actuals.map((a) => [`${a.family}|${a.month}`, a.quantity]));
  const out: ArchiveRow[] = [];
  for (let k = 12; k >= 1; k--) {
    const cycle = addMonths(cycleMonth, -k);
    for (const f of SAMPLE_FAMILIES) {
      const naive = sold.get(`${f.name}|${addMonths(cycle, -1)}`) ?? null;
      for (let lag = 1; lag <= 6; lag++) {
        const target = addMonths(cycle, lag - 1);
        const actual = sold.get(`${f.name}|${target}`);
        if (actual === undefined || !history.includes(target)) continue;
        const baseline = Math.max(0, Math.round(actual * (1 + (0.06 + 0.02 * (lag - 1)) * rng.normal())));
        const overridden = rng.next() < 0.25;
        const reason = OVERRIDE_REASONS[rng.int(0, OVERRIDE_REASONS.length - 1)];
        const override = overridden ? Math.round((baseline + 0.4 * (actual - baseline)) * 1.08) : null;
        const sales = override ?? baseline;
        const consensus = Math.max(0, Math.round((sales + 0.35 * (actual - sales)) * (1 + 0.02 * rng.normal())));
        out.push({
          cycleMonth: cycle,
          family: f.name,
          targetMonth: target,
          naive,
          baseline,
          override,
          reason: overridden ? reason : null,
          comment: overridden ? OVERRIDE_COMMENTS[reason] : null,
          consensus,
        });
      }
    }
  }
  return out;
}

/**
 * The sample company's budget for its fiscal year 2026 (January to December), set before the
 * year began: each family's expected demand (its profile without noise) with the growth the
 * business hoped for, and the price and cost changes it planned (a price increase on compact
 * pumps and valves the plan does not carry, a cost increase on industrial pumps). Whole units and
 * currency.
 */
const SAMPLE_BUDGET_PLAN: Readonly<Record<string, { units: number; price: number; cost: number }>> = {
  "Compact pumps": { units: 1.06, price: 1.03, cost: 1.0 },
  "Industrial pumps": { units: 0.97, price: 1.0, cost: 1.02 },
  Valves: { units: 1.04, price: 1.02, cost: 1.0 },
  Controllers: { units: 1.1, price: 0.98, cost: 1.0 },
  "Spare-part kits": { units: 0.95, price: 1.0, cost: 1.0 },
};

function sampleBudget(firstHistoryMonth: string): BudgetRow[] {
  const out: BudgetRow[] = [];
  for (const f of SAMPLE_FAMILIES) {
    const b = SAMPLE_BUDGET_PLAN[f.name];
    for (let m = 1; m <= 12; m++) {
      const month = `2026-${pad(m, 2)}`;
      const t = monthDiff(firstHistoryMonth, month);
      const seasonal = 1 + f.profile.season * Math.cos((2 * Math.PI * (m - f.profile.peakMonth)) / 12);
      const units = Math.round(f.profile.level * Math.pow(1 + f.profile.growth, t) * seasonal * b.units);
      const price = f.price * b.price;
      out.push({
        family: f.name,
        month,
        units,
        revenue: Math.round(units * price),
        grossMargin: Math.round(units * (price - f.unitCost * b.cost)),
      });
    }
  }
  return out;
}

/**
 * Production of the months the archive holds a lag-1 plan for: planned = that cycle's consensus
 * for its own month within capacity (rounded), made = 94 % to 103 % of it (its own random
 * sequence, so the rest of the sample does not move).
 */
function sampleProduction(archive: ReadonlyArray<ArchiveRow>, families: ReadonlyArray<FamilyConfig>): ProductionRow[] {
  const rng = mulberry32(20260302);
  const capacity = new Map(families.map((f) => [f.name, f.capacityPerMonth]));
  const out: ProductionRow[] = [];
  for (const r of archive) {
    const cap = capacity.get(r.family);
    if (r.cycleMonth !== r.targetMonth || r.consensus === null || cap === undefined) continue;
    const planned = Math.round(Math.min(cap, r.consensus));
    out.push({
      family: r.family,
      month: r.targetMonth,
      quantity: Math.round(planned * (0.94 + 0.09 * rng.next())),
      planned,
    });
  }
  return out;
}

export function sampleCycle(): CycleData {
  const rng = mulberry32(20260301);
  const cycleMonth = "2026-03";
  const historyMonths = 24;
  const horizonMonths = 18;
  const { history, plan } = cycleMonths(cycleMonth, historyMonths, horizonMonths);
  const actuals: ActualRow[] = [];
  for (const f of SAMPLE_FAMILIES) {
    demandSeries(f.profile, history, rng).forEach((q, i) =>
      actuals.push({ family: f.name, month: history[i], quantity: q }),
    );
  }
  const families: FamilyConfig[] = SAMPLE_FAMILIES.map(({ profile: _profile, ...f }) => f);
  const planArchive = sampleArchive(history, actuals, cycleMonth);
  return {
    config: {
      company: "Northwind Pumps & Valves",
      cycleMonth,
      historyMonths,
      horizonMonths,
      businessType: "manufacturing",
      families,
      targets: { revenuePerMonth: 3_900_000, grossMarginPct: 0.42, inventoryValueCeiling: 2_600_000 },
      // The company's trade balances at the start of the cycle month: about 45 days of sales
      // outstanding and 30 days of purchases unpaid.
      finance: { receivables: 5_850_000, payables: 2_262_000 },
    },
    actuals,
    overrides: [
      {
        family: "Industrial pumps",
        month: plan[1],
        quantity: 400,
        reason: "Customer order",
        comment: OVERRIDE_COMMENTS["Customer order"],
      },
      {
        family: "Controllers",
        month: plan[2],
        quantity: 980,
        reason: "Promotion",
        comment: OVERRIDE_COMMENTS.Promotion,
      },
    ],
    pipeline: makePipeline(SAMPLE_FAMILIES, plan, 30, rng),
    orders: makeOrders(SAMPLE_FAMILIES, history, 200, rng),
    actions: makeActions(cycleMonth),
    previousConsensus: previousConsensus(plan.slice(0, -1), history, actuals),
    previousKpis: SAMPLE_PREVIOUS_KPIS,
    kpiHistory: sampleKpiHistory(cycleMonth),
    planArchive,
    budget: sampleBudget(history[0]),
    productionActuals: sampleProduction(planArchive, families),
  };
}
