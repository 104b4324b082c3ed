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
