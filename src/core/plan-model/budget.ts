/**
 * Plan vs budget (annual operating plan), and the bridge from budget to plan revenue and gross
 * margin, as the Finance sheet's formulas compute them and the deck shows them.
 *
 * **Budget months.** A plan month is a budget month when the budget holds a number for it (units,
 * revenue or gross margin, any family). In a budget month a family's blank budget cell counts as
 * 0 (nothing budgeted for it); outside the budget months plan vs budget is blank and the bridge
 * leaves the month out, so a budget year that ends inside the horizon compares like with like.
 *
 * **Plan vs budget** by family and month: units = consensus demand - budget units; revenue = plan
 * revenue - budget revenue; gross margin = plan gross margin - budget gross margin (positive =
 * above budget).
 *
 * **The bridge** over the budget months. Per family f, with Qp, Qb plan and budget units, Rp, Rb
 * revenue, Gp, Gb gross margin (sums over the budget months), totals Qp* = sum Qp_f and
 * Qb* = sum Qb_f:
 * - budget price pb_f = Rb_f / Qb_f; budget share s_f = Qb_f / Qb* (0 when Qb* = 0);
 * - volume effect_f = Qp* x s_f x pb_f - Rb_f  (= Rb_f x (Qp* / Qb* - 1): the budget at the plan's
 *   total volume, budget mix and budget prices, minus the budget);
 * - mix effect_f = (Qp_f - Qp* x s_f) x pb_f  (units away from the budget mix, at budget price);
 * - price effect_f = Rp_f - Qp_f x pb_f  (= Qp_f x (plan price - budget price)).
 * Their sum is Rp_f - Rb_f term by term, for any pb_f and s_f, so the three effects add up
 * exactly to the difference per family and in total. Summed over families they are the standard
 * definitions: volume = (Qp* - Qb*) x budget average price (Rb* / Qb*); mix = sum_f (Qp_f - Qp* x
 * s_f) x pb_f; price = sum_f Qp_f x (pp_f - pb_f).
 *
 * Gross margin, the same with the budget unit margin mb_f = Gb_f / Qb_f in place of the price:
 * volume_f = Qp* x s_f x mb_f - Gb_f; mix_f = (Qp_f - Qp* x s_f) x mb_f; the rest,
 * Gp_f - Qp_f x mb_f, is split into the price effect (the revenue's, which reaches margin one for
 * one) and the cost effect = Gp_f - Qp_f x mb_f - price effect_f (= -(plan COGS - Qp_f x budget
 * unit cost)). The four add up to Gp_f - Gb_f exactly.
 *
 * Each effect is rounded to 6 decimals (spreadsheets' ROUND, as the sheet does), so a zero effect
 * (a budget price equal to the plan's) is 0 in every engine rather than a float residue: the
 * effects add up to the difference within a millionth of the currency.
 *
 * Where the budget has no units for a family (a launch the budget did not foresee, or revenue
 * budgeted without units) it has no budget price: its plan revenue (margin) is mix, its budget
 * revenue (margin) volume with the sign reversed, and it has no price or cost effect. Still exact.
 */
import { round6 } from "./gaps";
import { Blank, BudgetGrids, FamilyVsBudget } from "./types";

export type { BudgetGrids, FamilyVsBudget } from "./types";

/** The plan's F x P grids: consensus demand (units), revenue and gross margin. */
export interface PlanGrids {
  readonly units: ReadonlyArray<ReadonlyArray<number>>;
  readonly revenue: ReadonlyArray<ReadonlyArray<number>>;
  readonly grossMargin: ReadonlyArray<ReadonlyArray<number>>;
}

/** One row of the bridge (a family, or all families), over the budget months. */
export interface BridgeLine {
  readonly planUnits: number;
  readonly budgetUnits: number;
  readonly planRevenue: number;
  readonly budgetRevenue: number;
  /** pb_f (a family; null without budget units), or budget revenue / budget units (all families). */
  readonly budgetPrice: number | null;
  /** s_f (a family), or 1 (all families; null without budget units). */
  readonly budgetShare: number | null;
  readonly volume: number;
  readonly mix: number;
  readonly price: number;
  /** Plan revenue - budget revenue = volume + mix + price. */
  readonly revenueVsBudget: number;
  readonly planMargin: number;
  readonly budgetMargin: number;
  /** mb_f (a family; null without budget units), or budget margin / budget units (all families). */
  readonly budgetUnitMargin: number | null;
  readonly marginVolume: number;
  readonly marginMix: number;
  /** The price effect (the revenue's). */
  readonly marginPrice: number;
  readonly marginCost: number;
  /** Plan gross margin - budget gross margin = marginVolume + marginMix + marginPrice + marginCost. */
  readonly marginVsBudget: number;
}

export interface BudgetBridge {
  /** Per plan month: is it a budget month. */
  readonly months: ReadonlyArray<boolean>;
  readonly families: ReadonlyArray<BridgeLine>;
  readonly total: BridgeLine;
}

/** Budget months: a month where any of the three grids holds a number for any family. */
export function budgetMonths(budget: BudgetGrids, months: number): boolean[] {
  const grids = [budget.units, budget.revenue, budget.grossMargin];
  return Array.from({ length: months }, (_, j) => grids.some((g) => g.some((row) => row[j] !== null)));
}

/** One family's plan vs budget by month (`inBudget` from `budgetMonths`). */
export function familyVsBudget(
  plan: {
    readonly units: ReadonlyArray<number>;
    readonly revenue: ReadonlyArray<number>;
    readonly grossMargin: ReadonlyArray<number>;
  },
  budget: {
    readonly units: ReadonlyArray<Blank>;
    readonly revenue: ReadonlyArray<Blank>;
    readonly grossMargin: ReadonlyArray<Blank>;
  },
  inBudget: ReadonlyArray<boolean>,
): FamilyVsBudget {
  const counted = (row: ReadonlyArray<Blank>): Blank[] => inBudget.map((b, j) => (b ? (row[j] ?? 0) : null));
  const gap = (p: ReadonlyArray<number>, b: ReadonlyArray<Blank>): Blank[] =>
    b.map((v, j) => (v === null ? null : p[j] - v));
  const budgetUnits = counted(budget.units);
  const budgetRevenue = counted(budget.revenue);
  const budgetMargin = counted(budget.grossMargin);
  return {
    budgetUnits,
    unitsVsBudget: gap(plan.units, budgetUnits),
    budgetRevenue,
    revenueVsBudget: gap(plan.revenue, budgetRevenue),
    budgetMargin,
    marginVsBudget: gap(plan.grossMargin, budgetMargin),
  };
}

/** Sum of `row` over the budget months (blank = 0), in month order. */
function overBudgetMonths(row: ReadonlyArray<Blank>, inBudget: ReadonlyArray<boolean>): number {
  let s = 0;
  for (let j = 0; j < inBudget.length; j++) if (inBudget[j]) s += row[j] ?? 0;
  return s;
}

/**
 * The volume / mix / price bridge from budget to plan revenue and gross margin, per family and
 * in total (see the module comment for the definitions). The operations are the Finance sheet's
 * formulas, in the same order, so the cached values are the formulas' results.
 */
export function budgetBridge(plan: PlanGrids, budget: BudgetGrids): BudgetBridge {
  const P = plan.units.length > 0 ? plan.units[0].length : 0;
  const months = budgetMonths(budget, P);
  const F = plan.units.length;
  const sums = Array.from({ length: F }, (_, f) => ({
    qp: overBudgetMonths(plan.units[f], months),
    qb: overBudgetMonths(budget.units[f], months),
    rp: overBudgetMonths(plan.revenue[f], months),
    rb: overBudgetMonths(budget.revenue[f], months),
    gp: overBudgetMonths(plan.grossMargin[f], months),
    gb: overBudgetMonths(budget.grossMargin[f], months),
  }));
  const total = (pick: (x: (typeof sums)[number]) => number): number => sums.reduce((s, x) => s + pick(x), 0);
  const qpAll = total((x) => x.qp);
  const qbAll = total((x) => x.qb);
  const families = sums.map((x): BridgeLine => {
    const has = x.qb > 0;
    const pb = has ? x.rb / x.qb : 0;
    const mb = has ? x.gb / x.qb : 0;
    const share = qbAll > 0 ? x.qb / qbAll : 0;
    const price = round6(has ? x.rp - x.qp * pb : 0);
    return {
      planUnits: x.qp,
      budgetUnits: x.qb,
      planRevenue: x.rp,
      budgetRevenue: x.rb,
      budgetPrice: has ? pb : null,
      budgetShare: share,
      volume: round6(has ? qpAll * share * pb - x.rb : 0 - x.rb),
      mix: round6(has ? (x.qp - qpAll * share) * pb : x.rp),
      price,
      revenueVsBudget: x.rp - x.rb,
      planMargin: x.gp,
      budgetMargin: x.gb,
      budgetUnitMargin: has ? mb : null,
      marginVolume: round6(has ? qpAll * share * mb - x.gb : 0 - x.gb),
      marginMix: round6(has ? (x.qp - qpAll * share) * mb : x.gp),
      marginPrice: price,
      marginCost: round6(has ? x.gp - x.qp * mb - price : 0),
      marginVsBudget: x.gp - x.gb,
    };
  });
  const add = (pick: (l: BridgeLine) => number): number => families.reduce((s, l) => s + pick(l), 0);
  const rbAll = add((l) => l.budgetRevenue);
  const gbAll = add((l) => l.budgetMargin);
  return {
    months,
    families,
    total: {
      planUnits: qpAll,
      budgetUnits: qbAll,
      planRevenue: add((l) => l.planRevenue),
      budgetRevenue: rbAll,
      budgetPrice: qbAll > 0 ? rbAll / qbAll : null,
      budgetShare: qbAll > 0 ? 1 : null,
      volume: round6(add((l) => l.volume)),
      mix: round6(add((l) => l.mix)),
      price: round6(add((l) => l.price)),
      revenueVsBudget: add((l) => l.revenueVsBudget),
      planMargin: add((l) => l.planMargin),
      budgetMargin: gbAll,
      budgetUnitMargin: qbAll > 0 ? gbAll / qbAll : null,
      marginVolume: round6(add((l) => l.marginVolume)),
      marginMix: round6(add((l) => l.marginMix)),
      marginPrice: round6(add((l) => l.marginPrice)),
      marginCost: round6(add((l) => l.marginCost)),
      marginVsBudget: add((l) => l.marginVsBudget),
    },
  };
}
