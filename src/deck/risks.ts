/**
 * The risk and issue view: the largest gaps from the Gaps sheet, ranked by value at stake
 * (largest absolute value first; ties by month, then family), re-numbered 1..n.
 */
import { GAP_TYPES, gapValueMeaning } from "../core/plan-model/gaps";
import { fmtInt } from "./format";
import type { DeckFamily, DeckGap, DeckGapTotals } from "./input";

export interface RiskView {
  readonly top: ReadonlyArray<DeckGap>;
  /** Number of gaps in the plan and their total value at stake (all of them, not only the listed ones). */
  readonly count: number;
  readonly totalValueAtStake: number;
  /** How many of them the workbook lists (SOP_Gaps holds the largest only). */
  readonly listed: number;
}

/** Every gap, ranked by value at stake. */
export function rankGaps(gaps: ReadonlyArray<DeckGap>): DeckGap[] {
  return [...gaps]
    .sort(
      (a, b) =>
        Math.abs(b.valueAtStake) - Math.abs(a.valueAtStake) ||
        a.month.localeCompare(b.month) ||
        a.family.localeCompare(b.family),
    )
    .map((g, i) => ({ ...g, rank: i + 1 }));
}

/**
 * The `n` largest gaps (default 5) with the count and total of all the plan's gaps: `totals`
 * when the workbook gives them, else the listed gaps taken as all of them.
 */
export function riskView(gaps: ReadonlyArray<DeckGap>, n = 5, totals?: DeckGapTotals): RiskView {
  const ranked = rankGaps(gaps);
  return {
    top: ranked.slice(0, Math.max(0, n)),
    count: totals?.count ?? ranked.length,
    totalValueAtStake: totals?.totalValueAtStake ?? ranked.reduce((s, g) => s + Math.abs(g.valueAtStake), 0),
    listed: ranked.length,
  };
}

/** "53 gaps in the plan, 8,390,411 value at stake in total", the sentence the deck and the command line share. */
export function gapCountText(r: Pick<RiskView, "count" | "totalValueAtStake">): string {
  if (r.count === 0) return "No gaps in the plan: demand, supply and financial targets line up.";
  return `${fmtInt(r.count)} ${r.count === 1 ? "gap" : "gaps"} in the plan, ${fmtInt(r.totalValueAtStake)} value at stake in total`;
}

/** The unit a gap is measured in: its family's unit, hours for a resource overload; "" for a gap measured in currency only. */
export function gapUnit(g: Pick<DeckGap, "family" | "gap" | "type">, families: ReadonlyArray<DeckFamily>): string {
  if (g.gap === null) return "";
  if (g.type === GAP_TYPES.resourceOverload) return "hours";
  return families.find((f) => f.name === g.family)?.unit ?? "units";
}

/** One gap in words: "Controllers 2027-08 late demand: 1,108 units, 709,318 revenue delayed" (no units for a currency gap). */
export function gapLine(g: DeckGap, families: ReadonlyArray<DeckFamily>): string {
  const size = gapSizeText(g.gap, gapUnit(g, families));
  return `${g.family} ${g.month} ${g.type.toLowerCase()}: ${size === "" ? "" : `${size}, `}${fmtInt(g.valueAtStake)} ${gapValueMeaning(g.type)}`;
}

/** A gap's size in words: "1,108 units" in the family's unit; "" for a gap measured in currency only. */
export function gapSizeText(gap: number | null, unit: string): string {
  return gap === null ? "" : `${fmtInt(gap)} ${unit}`;
}

/** Gaps of one family and one gap type, taken together: one issue for the executives to close. */
export interface GapIssue {
  readonly family: string;
  readonly type: string;
  /** The issue's months, in calendar order. */
  readonly months: ReadonlyArray<string>;
  /** Total gap in the family's units; `null` for a gap measured in currency only. */
  readonly gap: number | null;
  readonly valueAtStake: number;
}

/**
 * The gaps grouped by family and gap type, largest total value at stake first (ties keep the
 * gaps' own ranking). Three months of one shortfall are one decision, not three.
 */
export function gapIssues(gaps: ReadonlyArray<DeckGap>): GapIssue[] {
  const groups = new Map<
    string,
    { family: string; type: string; months: string[]; gap: number | null; value: number }
  >();
  for (const g of rankGaps(gaps)) {
    const key = `${g.family}\u0000${g.type}`;
    const cur = groups.get(key) ?? { family: g.family, type: g.type, months: [], gap: null, value: 0 };
    cur.months.push(g.month);
    cur.gap = g.gap === null ? cur.gap : (cur.gap ?? 0) + g.gap;
    cur.value += Math.abs(g.valueAtStake);
    groups.set(key, cur);
  }
  return [...groups.values()]
    .map((x) => ({ family: x.family, type: x.type, months: [...x.months].sort(), gap: x.gap, valueAtStake: x.value }))
    .sort((a, b) => b.valueAtStake - a.valueAtStake);
}
