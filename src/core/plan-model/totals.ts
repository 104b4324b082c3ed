/**
 * The plan's totals across families (`totalsOf`): the sheets' total rows and the KPIs' inputs,
 * computed as the formulas compute them.
 */
import { Blank, FamilyPlan, PlanInputs } from "./types";

/**
 * Totals across families (sums skip blanks). History rows are blank (null) in a month where no
 * family has a value, as the sheet's totals show them, rather than a misleading 0.
 */
export interface PlanTotals {
  readonly actual: ReadonlyArray<Blank>;
  readonly baselineHistory: ReadonlyArray<Blank>;
  readonly baselinePlan: ReadonlyArray<number>;
  readonly pipeline: ReadonlyArray<number>;
  readonly consensusHistory: ReadonlyArray<Blank>;
  readonly consensus: ReadonlyArray<number>;
  readonly diff: ReadonlyArray<Blank>;
  readonly cumDiff: ReadonlyArray<number>;
  readonly capacity: ReadonlyArray<number>;
  readonly supply: ReadonlyArray<number>;
  readonly inventory: ReadonlyArray<number>;
  readonly targetInventory: ReadonlyArray<number>;
  readonly utilization: ReadonlyArray<Blank>;
  readonly late: ReadonlyArray<number>;
  readonly lost: ReadonlyArray<number>;
  readonly revenue: ReadonlyArray<number>;
  readonly cogs: ReadonlyArray<number>;
  readonly grossMargin: ReadonlyArray<number>;
  readonly marginPct: ReadonlyArray<Blank>;
  readonly inventoryValue: ReadonlyArray<number>;
  /** Total revenue - revenue target (negative = below target). */
  readonly revenueVsTarget: ReadonlyArray<number>;
  /** Margin % - target margin % (blank when there is no revenue). */
  readonly marginVsTarget: ReadonlyArray<Blank>;
  /** Inventory value - ceiling (positive = above the ceiling). */
  readonly inventoryVsCeiling: ReadonlyArray<number>;
  /** History months: actual revenue = sum of actual x price (blank when no family has an actual). */
  readonly actualRevenueHistory: ReadonlyArray<Blank>;
  /** History months: planned revenue = sum of consensus x price (blank when no family has a consensus). */
  readonly plannedRevenueHistory: ReadonlyArray<Blank>;
}

function sumRowsOrBlank(rows: ReadonlyArray<ReadonlyArray<Blank>>, width: number): Blank[] {
  return Array.from({ length: width }, (_, j) =>
    weightedColumn(
      rows,
      rows.map(() => 1),
      j,
    ),
  );
}

function sumRows(rows: ReadonlyArray<ReadonlyArray<Blank>>, width: number): number[] {
  const out = new Array<number>(width).fill(0);
  for (const row of rows) for (let j = 0; j < width; j++) out[j] += row[j] ?? 0;
  return out;
}

/** Sum over families of value x weight, blanks as 0; null when every value is blank. */
function weightedColumn(rows: ReadonlyArray<ReadonlyArray<Blank>>, weights: ReadonlyArray<number>, j: number): Blank {
  let any = false;
  let s = 0;
  rows.forEach((row, f) => {
    const v = row[j];
    if (v !== null) any = true;
    s += (v ?? 0) * weights[f];
  });
  return any ? s : null;
}

export function totalsOf(inputs: PlanInputs, fams: ReadonlyArray<FamilyPlan>): PlanTotals {
  const h = inputs.history.length;
  const p = inputs.plan.length;
  const { targets } = inputs.config;
  const sum = (pick: (f: FamilyPlan) => ReadonlyArray<Blank>, width: number): number[] =>
    sumRows(fams.map(pick), width);
  const revenue = sum((f) => f.finance.revenue, p);
  const cogs = sum((f) => f.finance.cogs, p);
  const grossMargin = sum((f) => f.finance.grossMargin, p);
  const inventoryValue = sum((f) => f.finance.inventoryValue, p);
  const capacity = sum((f) => f.supply.capacity, p);
  const supply = sum((f) => f.supply.supply, p);
  const marginPct = revenue.map((r, t) => (r === 0 ? null : grossMargin[t] / r));
  const prices = inputs.config.families.map((f) => f.price);
  const actualRows = inputs.actuals;
  const consensusRows = fams.map((f) => f.demand.consensusHistory);
  const hist = Array.from({ length: h }, (_, j) => j);
  return {
    actual: sumRowsOrBlank(
      fams.map((f) => f.demand.actual),
      h,
    ),
    baselineHistory: sumRowsOrBlank(
      fams.map((f) => f.demand.baseline.history),
      h,
    ),
    baselinePlan: sum((f) => f.demand.baseline.plan, p),
    pipeline: sum((f) => f.demand.pipeline, p),
    consensusHistory: sumRowsOrBlank(
      fams.map((f) => f.demand.consensusHistory),
      h,
    ),
    consensus: sum((f) => f.demand.consensus, p),
    diff: sumRowsOrBlank(
      fams.map((f) => f.demand.diff),
      h,
    ),
    cumDiff: sum((f) => f.demand.cumDiff, h),
    capacity,
    supply,
    inventory: sum((f) => f.supply.inventory, p),
    targetInventory: sum((f) => f.supply.targetInventory, p),
    utilization: supply.map((s, t) => (capacity[t] > 0 ? s / capacity[t] : null)),
    late: sum((f) => f.supply.late, p),
    lost: sum((f) => f.supply.lost, p),
    revenue,
    cogs,
    grossMargin,
    marginPct,
    inventoryValue,
    revenueVsTarget: revenue.map((r) => r - targets.revenuePerMonth),
    marginVsTarget: marginPct.map((m) => (m === null ? null : m - targets.grossMarginPct)),
    inventoryVsCeiling: inventoryValue.map((v) => v - targets.inventoryValueCeiling),
    actualRevenueHistory: hist.map((j) => weightedColumn(actualRows, prices, j)),
    plannedRevenueHistory: hist.map((j) => weightedColumn(consensusRows, prices, j)),
  };
}
