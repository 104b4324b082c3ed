/**
 * The summary tables of a cycle with many families: the largest families by revenue over the
 * horizon each on its row, the others added up on one "Other families" row, so the printed
 * summary keeps its two pages and its size. The workbook's sheets list every family.
 */
import type { DemandLine, FinancialLine, PlanSummaries, SupplyLine } from "./summaries";

/** The most family rows a summary table shows, the "Other families" row included. */
export const MAX_FAMILY_ROWS = 5;

/** The families shown on rows of their own: all of them, or the `MAX_FAMILY_ROWS - 1` largest by revenue over the horizon. */
export function familiesShown(s: PlanSummaries, max = MAX_FAMILY_ROWS): ReadonlySet<string> {
  const all = s.financial.map((f) => f.family);
  if (all.length <= max) return new Set(all);
  const largest = [...s.financial].sort((a, b) => b.revenueHorizon - a.revenueHorizon).slice(0, Math.max(0, max - 1));
  return new Set(largest.map((f) => f.family));
}

/** "Other families (3)": the label of the row adding up the families not shown. */
export function othersLabel(count: number): string {
  return `Other ${count === 1 ? "family" : "families"} (${count})`;
}

const add = (xs: ReadonlyArray<number>): number => xs.reduce((s, x) => s + x, 0);
const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** The demand lines not shown, added up (units as they stand, as the total adds them). */
export function otherDemand(hidden: ReadonlyArray<DemandLine>): DemandLine {
  const months = hidden[0]?.nearMonths.length ?? 0;
  return {
    family: othersLabel(hidden.length),
    unit: "",
    nearMonths: Array.from({ length: months }, (_, m) => add(hidden.map((d) => d.nearMonths[m]))),
    near: add(hidden.map((d) => d.near)),
    horizon: add(hidden.map((d) => d.horizon)),
    averagePerMonth: add(hidden.map((d) => d.averagePerMonth)),
  };
}

/** The supply lines not shown, added up; utilisation = their supply / their capacity. */
export function otherSupply(hidden: ReadonlyArray<SupplyLine>): SupplyLine {
  const sum = (k: keyof Omit<SupplyLine, "family" | "unit" | "utilisation">): number => add(hidden.map((l) => l[k]));
  return {
    family: othersLabel(hidden.length),
    unit: "",
    supplyNear: sum("supplyNear"),
    supplyHorizon: sum("supplyHorizon"),
    capacityHorizon: sum("capacityHorizon"),
    utilisation: ratio(sum("supplyHorizon"), sum("capacityHorizon")),
    lateNear: sum("lateNear"),
    lateHorizon: sum("lateHorizon"),
    lostHorizon: sum("lostHorizon"),
    lostValue: sum("lostValue"),
    endingInventory: sum("endingInventory"),
    minInventory: sum("minInventory"),
  };
}

/** The financial lines not shown, added up; gross margin % = their margin / their revenue. */
export function otherFinancial(hidden: ReadonlyArray<FinancialLine>): FinancialLine {
  const sum = (k: keyof Omit<FinancialLine, "family" | "marginPct">): number => add(hidden.map((l) => l[k]));
  return {
    family: othersLabel(hidden.length),
    revenueNear: sum("revenueNear"),
    revenueHorizon: sum("revenueHorizon"),
    cogsHorizon: sum("cogsHorizon"),
    marginHorizon: sum("marginHorizon"),
    marginPct: ratio(sum("marginHorizon"), sum("revenueHorizon")),
    endingInventoryValue: sum("endingInventoryValue"),
  };
}

/** The lines of a table: those of the shown families in the table's order, then the others added up. */
export function withOthers<T extends { readonly family: string }>(
  lines: ReadonlyArray<T>,
  shown: ReadonlySet<string>,
  others: (hidden: ReadonlyArray<T>) => T,
): T[] {
  const hidden = lines.filter((l) => !shown.has(l.family));
  return [...lines.filter((l) => shown.has(l.family)), ...(hidden.length > 0 ? [others(hidden)] : [])];
}
