/**
 * Seeded generators of plausible planning data: demand with trend and seasonality, a CRM
 * pipeline, order lines (some late or short) and an actions log. Used by the sample company
 * and by synthetic cycles.
 */
import { ActionItem, FamilyConfig, OrderLine, PipelineDeal } from "../core/model";
import { addMonths } from "../core/plan-model/months";
import { Prng } from "./prng";

/** How a family's demand moves: monthly level, growth per month, seasonal swing and peak month, noise. */
export interface DemandProfile {
  readonly level: number;
  readonly growth: number;
  readonly season: number;
  readonly peakMonth: number;
  readonly noise: number;
}

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
export function demandSeries(p: DemandProfile, months: ReadonlyArray<string>, rng: Prng): number[] {
  return months.map((m, t) => {
    const seasonal = 1 + p.season * Math.cos((2 * Math.PI * (monthIndex(m) - p.peakMonth)) / 12);
    const trend = Math.pow(1 + p.growth, t);
    return Math.max(0, Math.round(p.level * trend * seasonal * (1 + p.noise * rng.normal())));
  });
}

export function pad(n: number, width: number): string {
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

export function makePipeline(
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

export function makeOrders(
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

export function makeActions(cycleMonth: string): ActionItem[] {
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
