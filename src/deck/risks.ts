/**
 * The risk and issue view: the largest gaps from the Gaps sheet, ranked by value at stake
 * (largest absolute value first; ties by month, then family), re-numbered 1..n.
 */
import type { DeckGap } from "./input";

export interface RiskView {
  readonly top: ReadonlyArray<DeckGap>;
  /** Number of gaps in the workbook and their total value at stake. */
  readonly count: number;
  readonly totalValueAtStake: number;
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

/** The `n` largest gaps (default 5) with the count and total of all of them. */
export function riskView(gaps: ReadonlyArray<DeckGap>, n = 5): RiskView {
  const ranked = rankGaps(gaps);
  return {
    top: ranked.slice(0, Math.max(0, n)),
    count: ranked.length,
    totalValueAtStake: ranked.reduce((s, g) => s + Math.abs(g.valueAtStake), 0),
  };
}

/** Gaps of one family and one gap type, taken together: one issue for the executives to close. */
export interface GapIssue {
  readonly family: string;
  readonly type: string;
  /** The issue's months, in calendar order. */
  readonly months: ReadonlyArray<string>;
  readonly gap: number;
  readonly valueAtStake: number;
}

/**
 * The gaps grouped by family and gap type, largest total value at stake first (ties keep the
 * gaps' own ranking). Three months of one shortfall are one decision, not three.
 */
export function gapIssues(gaps: ReadonlyArray<DeckGap>): GapIssue[] {
  const groups = new Map<string, { family: string; type: string; months: string[]; gap: number; value: number }>();
  for (const g of rankGaps(gaps)) {
    const key = `${g.family}\u0000${g.type}`;
    const cur = groups.get(key) ?? { family: g.family, type: g.type, months: [], gap: 0, value: 0 };
    cur.months.push(g.month);
    cur.gap += g.gap;
    cur.value += Math.abs(g.valueAtStake);
    groups.set(key, cur);
  }
  return [...groups.values()]
    .map((x) => ({ family: x.family, type: x.type, months: [...x.months].sort(), gap: x.gap, valueAtStake: x.value }))
    .sort((a, b) => b.valueAtStake - a.valueAtStake);
}
