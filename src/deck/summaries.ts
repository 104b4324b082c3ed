/**
 * Demand, supply and financial summaries by family and in total, for the coming months
 * ("near", default the next 3 plan months) and for the whole horizon.
 *
 * Totals add units across families as they stand (a family in "seats" adds to one in "units");
 * the by-family lines are the ones to read for quantities, the totals for money.
 */
import { monthPrice, type DeckInput, type PlanGrid } from "./input";
import { budgetSummary, type BudgetSummary } from "./budget";
import { prebuilds, type Prebuild } from "./prebuild";

export interface DemandLine {
  readonly family: string;
  readonly unit: string;
  /** Demand in each of the near months. */
  readonly nearMonths: ReadonlyArray<number>;
  readonly near: number;
  readonly horizon: number;
  /** horizon / number of months. */
  readonly averagePerMonth: number;
}

export interface SupplyLine {
  readonly family: string;
  readonly unit: string;
  readonly supplyNear: number;
  readonly supplyHorizon: number;
  readonly capacityHorizon: number;
  /** supplyHorizon / capacityHorizon; `null` without capacity. */
  readonly utilisation: number | null;
  /** Late demand (shipped after its month) in the near months and over the horizon; lost demand over the horizon (`lateAndLost`). */
  readonly lateNear: number;
  readonly lateHorizon: number;
  readonly lostHorizon: number;
  /** Revenue of the lost demand (lost units x price). */
  readonly lostValue: number;
  /** Projected inventory at the end of the horizon (units). */
  readonly endingInventory: number;
  /** Lowest projected month-end inventory over the horizon (units; negative = backorders). */
  readonly minInventory: number;
}

export interface FinancialLine {
  readonly family: string;
  readonly revenueNear: number;
  readonly revenueHorizon: number;
  readonly cogsHorizon: number;
  readonly marginHorizon: number;
  /** marginHorizon / revenueHorizon; `null` without revenue. */
  readonly marginPct: number | null;
  readonly endingInventoryValue: number;
}

export interface PlanSummaries {
  readonly nearMonths: ReadonlyArray<string>;
  readonly horizonMonths: number;
  readonly demand: ReadonlyArray<DemandLine>;
  readonly demandTotal: DemandLine;
  readonly supply: ReadonlyArray<SupplyLine>;
  readonly supplyTotal: SupplyLine;
  /** The plan months (the pre-builds' month indexes point into them). */
  readonly planMonths: ReadonlyArray<string>;
  /** The pre-builds of each family's plan (`prebuilds`), families without any left out. */
  readonly prebuilds: ReadonlyArray<{
    readonly family: string;
    readonly unit: string;
    readonly prebuilds: ReadonlyArray<Prebuild>;
  }>;
  readonly financial: ReadonlyArray<FinancialLine>;
  readonly financialTotal: FinancialLine;
  /** Revenue target x near months and x horizon months. */
  readonly revenueTargetNear: number;
  readonly revenueTargetHorizon: number;
  /** Highest month-end inventory value of all families together, and its month. */
  readonly peakInventoryValue: number;
  readonly peakInventoryMonth: string;
  /** Plan vs budget over the budget months, with the bridge; null when the workbook has no budget. */
  readonly budget: BudgetSummary | null;
}

const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0);
const sumTo = (row: ReadonlyArray<number>, n: number): number => sum(row.slice(0, n));
const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** Column sums of a families x months grid: the all-families total per month. */
export function monthTotals(grid: PlanGrid, months: number): number[] {
  const out = new Array<number>(months).fill(0);
  for (const row of grid) for (let c = 0; c < months; c++) out[c] += row[c] ?? 0;
  return out;
}

/** The three plan summaries; `nearCount` months (default 3, at most the horizon) make "near". */
export function planSummaries(input: DeckInput, nearCount = 3): PlanSummaries {
  const h = input.months.length;
  const n = Math.max(0, Math.min(nearCount, h));
  const last = h - 1;

  const demand = input.families.map((fam, i): DemandLine => {
    const row = input.demand[i];
    return {
      family: fam.name,
      unit: fam.unit,
      nearMonths: row.slice(0, n),
      near: sumTo(row, n),
      horizon: sum(row),
      averagePerMonth: h > 0 ? sum(row) / h : 0,
    };
  });
  const demandMonthTotals = monthTotals(input.demand, h);
  const demandTotal: DemandLine = {
    family: "Total",
    unit: "",
    nearMonths: demandMonthTotals.slice(0, n),
    near: sum(demand.map((d) => d.near)),
    horizon: sum(demand.map((d) => d.horizon)),
    averagePerMonth: h > 0 ? sum(demand.map((d) => d.horizon)) / h : 0,
  };

  const supply = input.families.map((fam, i): SupplyLine => {
    const s = input.supply[i];
    const cap = input.capacity[i];
    const late = input.late[i];
    const lost = input.lost[i];
    const inv = input.inventory[i];
    return {
      family: fam.name,
      unit: fam.unit,
      supplyNear: sumTo(s, n),
      supplyHorizon: sum(s),
      capacityHorizon: sum(cap),
      utilisation: ratio(sum(s), sum(cap)),
      lateNear: sumTo(late, n),
      lateHorizon: sum(late),
      lostHorizon: sum(lost),
      lostValue: lost.reduce((s, u, t) => s + u * monthPrice(input, i)(t), 0),
      endingInventory: inv[last],
      minInventory: Math.min(...inv),
    };
  });
  const supplyTotal: SupplyLine = {
    family: "Total",
    unit: "",
    supplyNear: sum(supply.map((s) => s.supplyNear)),
    supplyHorizon: sum(supply.map((s) => s.supplyHorizon)),
    capacityHorizon: sum(supply.map((s) => s.capacityHorizon)),
    utilisation: ratio(sum(supply.map((s) => s.supplyHorizon)), sum(supply.map((s) => s.capacityHorizon))),
    lateNear: sum(supply.map((s) => s.lateNear)),
    lateHorizon: sum(supply.map((s) => s.lateHorizon)),
    lostHorizon: sum(supply.map((s) => s.lostHorizon)),
    lostValue: sum(supply.map((s) => s.lostValue)),
    endingInventory: sum(supply.map((s) => s.endingInventory)),
    minInventory: Math.min(...monthTotals(input.inventory, h)),
  };

  const financial = input.families.map((fam, i): FinancialLine => {
    const rev = sum(input.revenue[i]);
    const margin = sum(input.grossMargin[i]);
    return {
      family: fam.name,
      revenueNear: sumTo(input.revenue[i], n),
      revenueHorizon: rev,
      cogsHorizon: sum(input.cogs[i]),
      marginHorizon: margin,
      marginPct: ratio(margin, rev),
      endingInventoryValue: input.inventoryValue[i][last],
    };
  });
  const totalRev = sum(financial.map((f) => f.revenueHorizon));
  const totalMargin = sum(financial.map((f) => f.marginHorizon));
  const financialTotal: FinancialLine = {
    family: "Total",
    revenueNear: sum(financial.map((f) => f.revenueNear)),
    revenueHorizon: totalRev,
    cogsHorizon: sum(financial.map((f) => f.cogsHorizon)),
    marginHorizon: totalMargin,
    marginPct: ratio(totalMargin, totalRev),
    endingInventoryValue: sum(financial.map((f) => f.endingInventoryValue)),
  };

  const valueByMonth = monthTotals(input.inventoryValue, h);
  let peakAt = 0;
  for (let c = 1; c < h; c++) if (valueByMonth[c] > valueByMonth[peakAt]) peakAt = c;

  return {
    nearMonths: input.months.slice(0, n),
    horizonMonths: h,
    demand,
    demandTotal,
    supply,
    supplyTotal,
    planMonths: input.months,
    prebuilds: input.families
      .map((fam, i) => ({
        family: fam.name,
        unit: fam.unit,
        prebuilds: prebuilds(input.demand[i], input.supply[i], input.capacity[i], fam.openingInventory),
      }))
      .filter((p) => p.prebuilds.length > 0),
    financial,
    financialTotal,
    revenueTargetNear: input.targets.revenuePerMonth * n,
    revenueTargetHorizon: input.targets.revenuePerMonth * h,
    peakInventoryValue: h > 0 ? valueByMonth[peakAt] : 0,
    peakInventoryMonth: input.months[peakAt] ?? "",
    budget: budgetSummary(input.months, input, input.budget),
  };
}
