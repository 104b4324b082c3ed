/**
 * `computePlan`: every number the workbook's formulas compute, from the resolved inputs.
 * The layout writes these as the cached results of its formulas; the formula-engine tests
 * check that a real engine computes the same.
 */
import { familyBaseline } from "./baseline";
import { BudgetBridge, FamilyVsBudget, budgetBridge, budgetMonths, familyVsBudget } from "./budget";
import { byFamily, familyDemand, familyPipeline, pipelineByFamily } from "./demand";
import { familyFinance } from "./finance";
import { ALL_FAMILIES, GAP_TYPES, GapCandidate, RankedGap, gapScore, rankGaps } from "./gaps";
import { familySupply } from "./supply";
import { SIGMA_LAG, archivedActual } from "./archiveErrors";
import { RevenueLagRow, revenueAccuracyByLag, valueArchiveRow } from "./revenueAccuracy";
import { ResourceLoad, proposeInOrder, resourceAllocator, resourceLoads } from "./capacity";
import { Blank, FamilyBaseline, FamilyPlan, PlanInputs } from "./types";
import { PlanTotals, totalsOf } from "./totals";

export type { PlanTotals } from "./totals";

function zeroBaseline(history: number, plan: number): FamilyBaseline {
  const none = new Array<Blank>(plan).fill(null);
  return {
    history: new Array<Blank>(history).fill(null),
    plan: new Array<number>(plan).fill(0),
    lower80: none,
    upper80: none,
    method: "none",
  };
}

/** Plan vs budget of all families by month (blank outside the budget months), and the bridge. */
export interface BudgetPlan {
  readonly totals: FamilyVsBudget;
  readonly bridge: BudgetBridge;
}

export interface PlanModel {
  readonly families: ReadonlyArray<FamilyPlan>;
  readonly totals: PlanTotals;
  readonly budget: BudgetPlan;
  readonly candidates: ReadonlyArray<GapCandidate>;
  readonly ranked: ReadonlyArray<RankedGap>;
  /** Load vs capacity of each resource (none when the cycle has no resources). */
  readonly resources: ReadonlyArray<ResourceLoad>;
  /** Revenue accuracy and bias of the archived consensus by lag (`revenueAccuracyByLag`). */
  readonly revenueAccuracy: ReadonlyArray<RevenueLagRow>;
}

/** Sums of each column; null where every row is blank there. */
function candidatesOf(
  inputs: PlanInputs,
  fams: ReadonlyArray<FamilyPlan>,
  totals: PlanTotals,
  resources: ReadonlyArray<ResourceLoad>,
): GapCandidate[] {
  const raw: Array<Omit<GapCandidate, "score">> = [];
  const perFamily = [
    // Late and lost demand at the month's price, over-capacity and excess inventory at the
    // month's unit cost (Prices, else Families), as Finance shows them.
    {
      type: GAP_TYPES.late,
      units: (f: FamilyPlan) => f.gaps.late,
      rate: (i: number, t: number) => fams[i].finance.price[t],
    },
    {
      type: GAP_TYPES.lost,
      units: (f: FamilyPlan) => f.gaps.lost,
      rate: (i: number, t: number) => fams[i].finance.price[t],
    },
    {
      type: GAP_TYPES.overCapacity,
      units: (f: FamilyPlan) => f.gaps.overCapacity,
      rate: (i: number, t: number) => fams[i].finance.unitCost[t],
    },
    {
      type: GAP_TYPES.excessInventory,
      units: (f: FamilyPlan) => f.gaps.excessInventory,
      rate: (i: number, t: number) => fams[i].finance.unitCost[t],
    },
  ];
  for (const g of perFamily) {
    fams.forEach((f, fi) => {
      g.units(f).forEach((u, t) =>
        raw.push({
          familyIndex: fi,
          monthIndex: t,
          family: f.name,
          month: inputs.plan[t],
          type: g.type,
          units: u,
          value: u * g.rate(fi, t),
        }),
      );
    });
  }
  inputs.plan.forEach((m, t) =>
    raw.push({
      familyIndex: null,
      monthIndex: t,
      family: ALL_FAMILIES,
      month: m,
      type: GAP_TYPES.revenue,
      units: null,
      value: Math.max(0, -totals.revenueVsTarget[t]),
    }),
  );
  inputs.plan.forEach((m, t) =>
    raw.push({
      familyIndex: null,
      monthIndex: t,
      family: ALL_FAMILIES,
      month: m,
      type: GAP_TYPES.inventoryCeiling,
      units: null,
      value: Math.max(0, totals.inventoryVsCeiling[t]),
    }),
  );
  resources.forEach((r, k) =>
    inputs.plan.forEach((m, t) =>
      raw.push({
        familyIndex: null,
        resourceIndex: k,
        monthIndex: t,
        family: r.name,
        month: m,
        type: GAP_TYPES.resourceOverload,
        units: r.overload[t],
        value: r.value[t],
      }),
    ),
  );
  return raw.map((c, i) => ({ ...c, score: gapScore(c.value, i, raw.length) }));
}

/** Plan vs budget of all families: sums over the families in the budget months, blank outside them. */
function budgetOf(fams: ReadonlyArray<FamilyPlan>): BudgetPlan {
  const bridge = budgetBridge(
    {
      units: fams.map((f) => f.demand.consensus),
      revenue: fams.map((f) => f.finance.revenue),
      grossMargin: fams.map((f) => f.finance.grossMargin),
    },
    {
      units: fams.map((f) => f.vsBudget.budgetUnits),
      revenue: fams.map((f) => f.vsBudget.budgetRevenue),
      grossMargin: fams.map((f) => f.vsBudget.budgetMargin),
    },
  );
  const total = (pick: (v: FamilyVsBudget) => ReadonlyArray<Blank>): Blank[] =>
    bridge.months.map((b, j) => (b ? fams.reduce((s, f) => s + (pick(f.vsBudget)[j] ?? 0), 0) : null));
  return {
    bridge,
    totals: {
      budgetUnits: total((v) => v.budgetUnits),
      unitsVsBudget: total((v) => v.unitsVsBudget),
      budgetRevenue: total((v) => v.budgetRevenue),
      revenueVsBudget: total((v) => v.revenueVsBudget),
      budgetMargin: total((v) => v.budgetMargin),
      marginVsBudget: total((v) => v.marginVsBudget),
    },
  };
}

/** Options: `forecast: false` skips the statistical baseline (zeros) when only the layout's shape is needed. */
export interface PlanOptions {
  readonly forecast?: boolean;
  /**
   * The statistical baseline of each family (by index), computed beforehand by `familyBaseline`
   * over the same history (e.g. in parallel by the command line); absent = computed here.
   */
  readonly baselines?: ReadonlyArray<FamilyBaseline>;
}

export function computePlan(inputs: PlanInputs, opts: PlanOptions = {}): PlanModel {
  const p = inputs.plan.length;
  const inBudget = budgetMonths(inputs.budget, p);
  const allocator = resourceAllocator(inputs.resources, inputs.routings, inputs.config.families, p);
  // Pipeline rows and archived lag-1 plans by family, found once: a search of every row per
  // family grows with families x rows (1,000 families and their deals: 240 ms).
  const pipelineOf = pipelineByFamily(inputs.pipeline);
  const archiveOf = byFamily(
    inputs.archive.filter((e) => e.lag === SIGMA_LAG),
    (e) => e.family,
  );
  const demands = inputs.config.families.map((cfg, i) => {
    const baseline =
      opts.forecast === false
        ? zeroBaseline(inputs.history.length, p)
        : (opts.baselines?.[i] ?? familyBaseline(inputs.actuals[i], p));
    const pipeline = familyPipeline(pipelineOf(cfg.name), inputs.plan);
    return familyDemand(inputs.actuals[i], inputs.overrides[i], baseline, pipeline, inputs.archivedConsensus[i]);
  });
  const policy = inputs.supplyPolicy;
  // Families in Families order, each within the hours the families before it leave.
  const supplies = proposeInOrder(
    inputs.config.families.map((_, i) => i),
    allocator,
    (i, limit) => {
      const archived = archiveOf(inputs.config.families[i].name);
      return familySupply(inputs.config.families[i], demands[i].consensus, inputs.supplyPlan[i], {
        strategy: policy.strategy,
        family: policy.families[i],
        serviceLevel: policy.serviceLevel,
        inventoryTarget: policy.inventoryTarget,
        actual: demands[i].actual,
        forecast: demands[i].consensusHistory,
        archived: {
          actual: archived.map((e) => archivedActual(inputs, e.family, e.targetMonth)),
          forecast: archived.map((e) => e.consensus),
        },
        resourceLimit: limit,
      });
    },
  );
  const families: FamilyPlan[] = inputs.config.families.map((cfg, i) => {
    const demand = demands[i];
    const supply = supplies[i];
    const finance = familyFinance(cfg, demand.consensus, supply.inventory, {
      price: inputs.prices.price[i],
      unitCost: inputs.prices.unitCost[i],
    });
    const vsBudget = familyVsBudget(
      { units: demand.consensus, revenue: finance.revenue, grossMargin: finance.grossMargin },
      { units: inputs.budget.units[i], revenue: inputs.budget.revenue[i], grossMargin: inputs.budget.grossMargin[i] },
      inBudget,
    );
    const gaps = {
      late: supply.late,
      lost: supply.lost,
      overCapacity: supply.supply.map((s, t) => Math.max(0, s - supply.capacity[t])),
      excessInventory: supply.inventory.map((v, t) => Math.max(0, v - supply.targetInventory[t])),
    };
    return { name: cfg.name, demand, supply, finance, vsBudget, gaps };
  });
  const totals = totalsOf(inputs, families);
  const resources = resourceLoads(
    inputs.resources,
    inputs.routings,
    families.map((f) => ({ name: f.name, unitCost: f.finance.unitCost })),
    families.map((f) => f.supply.supply),
    p,
  );
  const candidates = candidatesOf(inputs, families, totals, resources);
  return {
    families,
    totals,
    budget: budgetOf(families),
    candidates,
    ranked: rankGaps(candidates),
    resources,
    revenueAccuracy: revenueAccuracyByLag(inputs.archive.map((e) => valueArchiveRow(inputs, e))),
  };
}
