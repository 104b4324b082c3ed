/**
 * Plan vs budget for the deck's financial summary: the budget grids read from the workbook
 * (SOP_BudgetUnits, SOP_BudgetRevenue, SOP_BudgetMargin) and the bridge the Finance sheet shows,
 * computed by the same core function from the same numbers.
 */
import { isSopError, type Result } from "../core/errors";
import { budgetBridge, type BudgetBridge, type BudgetGrids } from "../core/plan-model/budget";
import { NAMES } from "../layout/names";
import { blankableGrid, type NamedReader, type PlanGrid } from "./read";

/** The budget over the plan months as the workbook holds it (null = blank). */
export type DeckBudget = BudgetGrids;

/**
 * The budget grids, or undefined when the workbook has none: no budget names (a workbook built
 * before the Budget sheet) or not a number in any of them.
 */
export function readBudget(get: NamedReader, f: number, h: number): Result<DeckBudget | undefined> {
  const units = blankableGrid(get, NAMES.budgetUnits, f, h);
  if (isSopError(units)) return units;
  const revenue = blankableGrid(get, NAMES.budgetRevenue, f, h);
  if (isSopError(revenue)) return revenue;
  const grossMargin = blankableGrid(get, NAMES.budgetMargin, f, h);
  if (isSopError(grossMargin)) return grossMargin;
  if (units === undefined || revenue === undefined || grossMargin === undefined) return undefined;
  const any = [units, revenue, grossMargin].some((g) => g.some((row) => row.some((v) => v !== null)));
  return any ? { units, revenue, grossMargin } : undefined;
}

/** Plan vs budget over the budget months: the months, and the bridge per family and in total. */
export interface BudgetSummary {
  readonly months: ReadonlyArray<string>;
  readonly bridge: BudgetBridge;
}

/** The budget summary, or null without a budget. */
export function budgetSummary(
  months: ReadonlyArray<string>,
  plan: { readonly demand: PlanGrid; readonly revenue: PlanGrid; readonly grossMargin: PlanGrid },
  budget: DeckBudget | undefined,
): BudgetSummary | null {
  if (budget === undefined) return null;
  const bridge = budgetBridge({ units: plan.demand, revenue: plan.revenue, grossMargin: plan.grossMargin }, budget);
  return { months: months.filter((_, j) => bridge.months[j]), bridge };
}
