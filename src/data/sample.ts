/**
 * The bundled sample company, and synthetic cycles of any size for benchmarks and large tests.
 * Deterministic: a seeded generator, so every run produces the same workbook.
 */
import { ActionItem, ActualRow, CycleData, FamilyConfig, OrderLine, PipelineDeal } from "../core/model";
import { addMonths, cycleMonths } from "../core/plan-model/months";
import { Prng, mulberry32 } from "./prng";

/** How a family's demand moves: monthly level, growth per month, seasonal swing and peak month, noise. */
interface DemandProfile {
  readonly level: number;
  readonly growth: number;
  readonly season: number;
  readonly peakMonth: number;
  readonly noise: number;
}

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

const STAGES: ReadonlyArray<{ readonly stage: string; readonly p: number }> = [
  { stage: "Qualified", p: 0.2 },
  { stage: "Proposal", p: 0.4 },
  { stage: "Negotiation", p: 0.6 },
  { stage: "Commit", p: 0.8 },
];

const CUSTOMERS = [
  "Acme Water",
  "Baltic Utilities",
  "Cortez Mining",
  "Delta Foods",
  "Elbe Chemicals",
  "Fjord Energy",
  "Granite Builders",
  "Harbor Marine",
  "Iberia Agro",
  "Juniper Farms",
];

function monthIndex(month: string): number {
  return Number(month.slice(5, 7));
}

/** Monthly actual sales of one family over `months`, with trend, seasonality and noise. */
function demandSeries(p: DemandProfile, months: ReadonlyArray<string>, rng: Prng): number[] {
  return months.map((m, t) => {
    const seasonal = 1 + p.season * Math.cos((2 * Math.PI * (monthIndex(m) - p.peakMonth)) / 12);
    const trend = Math.pow(1 + p.growth, t);
    return Math.max(0, Math.round(p.level * trend * seasonal * (1 + p.noise * rng.normal())));
  });
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** A day "YYYY-MM-DD" in `month` (day clamped to 28). */
function dayOf(month: string, day: number): string {
  return `${month}-${pad(Math.min(28, Math.max(1, day)), 2)}`;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function makePipeline(
  families: ReadonlyArray<FamilyConfig & { readonly profile: DemandProfile }>,
  plan: ReadonlyArray<string>,
  count: number,
  rng: Prng,
): PipelineDeal[] {
  const deals: PipelineDeal[] = [];
  for (let i = 0; i < count; i++) {
    const f = families[rng.int(0, families.length - 1)];
    const s = STAGES[rng.int(0, STAGES.length - 1)];
    deals.push({
      deal: `D-${1001 + i} ${CUSTOMERS[rng.int(0, CUSTOMERS.length - 1)]}`,
      family: f.name,
      quantity: Math.round(f.profile.level * (0.04 + 0.16 * rng.next())),
      stage: s.stage,
      winProbability: s.p,
      closeMonth: plan[rng.int(0, Math.min(8, plan.length - 1))],
    });
  }
  return deals;
}

function makeOrders(
  families: ReadonlyArray<FamilyConfig & { readonly profile: DemandProfile }>,
  history: ReadonlyArray<string>,
  targetLines: number,
  rng: Prng,
): OrderLine[] {
  const lines: OrderLine[] = [];
  const recent = history.slice(-3);
  let order = 0;
  while (lines.length < targetLines) {
    order++;
    const month = recent[rng.int(0, recent.length - 1)];
    const promised = dayOf(month, rng.int(1, 28));
    const nLines = rng.int(1, 3);
    for (let line = 1; line <= nLines && lines.length < targetLines; line++) {
      const f = families[rng.int(0, families.length - 1)];
      const qty = Math.max(1, Math.round(f.profile.level * (0.002 + 0.02 * rng.next())));
      const roll = rng.next();
      const late = roll < 0.03 ? rng.int(1, 12) : roll < 0.05 ? rng.int(1, 3) : -rng.int(0, 3);
      const short = rng.next() < 0.04;
      const undelivered = rng.next() < 0.02;
      lines.push({
        order: `SO-${pad(40000 + order, 5)}`,
        line,
        family: f.name,
        quantityOrdered: qty,
        quantityDelivered: undelivered ? 0 : short ? Math.floor(qty * (0.5 + 0.4 * rng.next())) : qty,
        promisedDate: promised,
        deliveredDate: undelivered ? null : addDays(promised, late),
      });
    }
  }
  return lines;
}

function makeActions(cycleMonth: string): ActionItem[] {
  const prev = addMonths(cycleMonth, -1);
  const prev2 = addMonths(cycleMonth, -2);
  const next = cycleMonth;
  return [
    {
      decision: "Approve overtime on the industrial pump line for Q3",
      owner: "Head of Operations",
      dueDate: dayOf(prev2, 20),
      status: "Closed",
    },
    {
      decision: "Qualify a second controller board supplier",
      owner: "Procurement Director",
      dueDate: dayOf(prev, 15),
      status: "In progress",
    },
    {
      decision: "Cut spare-part kit safety stock to 45 days",
      owner: "Supply Planner",
      dueDate: dayOf(prev2, 28),
      status: "Closed",
    },
    {
      decision: "Confirm Cortez Mining framework volumes",
      owner: "Key Account Manager",
      dueDate: dayOf(prev, 10),
      status: "Closed",
    },
    {
      decision: "Price increase of 3 % on valves from next quarter",
      owner: "Commercial Director",
      dueDate: dayOf(next, 5),
      status: "Open",
    },
    {
      decision: "Review compact pump seasonality build plan",
      owner: "Demand Planner",
      dueDate: dayOf(prev, 25),
      status: "Closed",
    },
    {
      decision: "Launch plan for the new smart controller",
      owner: "Product Manager",
      dueDate: dayOf(next, 20),
      status: "Open",
    },
    {
      decision: "Reduce slow-moving valve inventory by 10 %",
      owner: "Finance Controller",
      dueDate: dayOf(prev, 28),
      status: "In progress",
    },
    {
      decision: "Add a second shift on the pump assembly line",
      owner: "Plant Manager",
      dueDate: dayOf(next, 28),
      status: "Open",
    },
    {
      decision: "Align the revenue target with the consensus plan",
      owner: "CFO",
      dueDate: dayOf(prev2, 15),
      status: "Closed",
    },
  ];
}

/**
 * The sample company: a pump and valve manufacturer with five product families, 24 months of
 * history (trend and seasonality), an 18-month horizon, 30 pipeline deals, about 200 order
 * lines (some late or short), 10 actions and financial targets.
 */
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
  return {
    config: {
      company: "Northwind Pumps & Valves",
      cycleMonth,
      historyMonths,
      horizonMonths,
      businessType: "manufacturing",
      families,
      targets: { revenuePerMonth: 3_900_000, grossMarginPct: 0.42, inventoryValueCeiling: 2_600_000 },
    },
    actuals,
    overrides: [
      { family: "Industrial pumps", month: plan[1], quantity: 400 },
      { family: "Controllers", month: plan[2], quantity: 980 },
    ],
    pipeline: makePipeline(SAMPLE_FAMILIES, plan, 30, rng),
    orders: makeOrders(SAMPLE_FAMILIES, history, 200, rng),
    actions: makeActions(cycleMonth),
    previousKpis: SAMPLE_PREVIOUS_KPIS,
  };
}

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
