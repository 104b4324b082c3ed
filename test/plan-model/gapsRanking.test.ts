/**
 * The Gaps sheet's arithmetic on its own (src/core/plan-model/gaps.ts): the words after a gap's
 * amount, the count and total of the gaps, the tie-breaker, ROUND(x, 6), each candidate's score
 * and the ranked agenda. Every expected number is worked out in the comments.
 */
import {
  GAP_TYPES,
  GapCandidate,
  RANKED_GAPS,
  gapScore,
  gapTotals,
  gapValueMeaning,
  rankGaps,
  round6,
  tieBreaker,
} from "../../src/core/plan-model/gaps";

/** A late-demand candidate of family "F" worth `value`, scored `score`, at month `t`. */
const candidate = (value: number, score: number, t = 0): GapCandidate => ({
  familyIndex: 0,
  monthIndex: t,
  family: "F",
  month: "2026-04",
  type: GAP_TYPES.late,
  units: value / 10,
  value,
  score,
});

describe("gap value meanings", () => {
  it("names what each gap type's amount is, and 'at stake' for a type this version does not know", () => {
    expect(gapValueMeaning(GAP_TYPES.late)).toBe("revenue delayed");
    expect(gapValueMeaning(GAP_TYPES.lost)).toBe("revenue lost");
    expect(gapValueMeaning(GAP_TYPES.revenue)).toBe("short of the revenue target");
    expect(gapValueMeaning("Backlog ageing")).toBe("at stake");
    expect(gapValueMeaning("")).toBe("at stake");
  });
});

describe("gapTotals", () => {
  it("counts and adds only the gaps worth more than 0", () => {
    // 300 and 200.5 are gaps; 0 and -5 are not: 2 gaps, 500.5 at stake.
    const c = [candidate(300, 0), candidate(0, 0), candidate(-5, 0), candidate(200.5, 0)];
    expect(gapTotals(c)).toEqual({ count: 2, total: 500.5 });
  });

  it("is 0 gaps and 0 at stake without candidates", () => {
    expect(gapTotals([])).toEqual({ count: 0, total: 0 });
  });
});

describe("tieBreaker: (n - i) / 10^d, 10^d the first power of ten above n", () => {
  it("divides by 10 for up to 9 candidates, by 100 from 10, by 1000 from 100", () => {
    expect(tieBreaker(0, 9)).toBeCloseTo(0.9, 15); // 9 / 10
    expect(tieBreaker(8, 9)).toBeCloseTo(0.1, 15); // 1 / 10
    expect(tieBreaker(3, 10)).toBeCloseTo(0.07, 15); // 7 / 100
    expect(tieBreaker(0, 100)).toBeCloseTo(0.1, 15); // 100 / 1000
    expect(tieBreaker(9, 9)).toBe(0);
  });
});

describe("round6: ROUND(x, 6), half away from zero", () => {
  it("rounds positive and negative values to 6 decimals symmetrically", () => {
    expect(round6(1.2345674)).toBeCloseTo(1.234567, 12);
    expect(round6(1.2345676)).toBeCloseTo(1.234568, 12);
    expect(round6(-1.2345674)).toBeCloseTo(-1.234567, 12);
    expect(round6(-1.2345676)).toBeCloseTo(-1.234568, 12);
    expect(round6(125772.99999999952)).toBe(125773);
    expect(round6(0)).toBe(0);
  });
});

describe("gapScore: INT(ROUND(value, 6)) + tie", () => {
  it("keeps the whole amount below the value and adds the tie-breaker", () => {
    // 500.5 -> 500, candidate 1 of 2: + (2 - 1) / 10.
    expect(gapScore(500.5, 1, 2)).toBeCloseTo(500.1, 12);
    // A float sum a hair under a whole amount rounds up first: 125773 + (1 - 0) / 10.
    expect(gapScore(125772.99999999952, 0, 1)).toBeCloseTo(125773.1, 9);
    // A negative value: INT(-2.5) = -3, + (3 - 2) / 10.
    expect(gapScore(-2.5, 2, 3)).toBeCloseTo(-2.9, 12);
  });
});

describe("rankGaps", () => {
  it("orders by score, ranks only the candidates worth more than 0, and gives each its 1-based position", () => {
    // Values 0, 7, 3 (scores 0.3, 7.2, 3.1): 7 (position 2) first, 3 (position 3), then 0 without a rank.
    const c = [candidate(0, 0.3), candidate(7, 7.2, 1), candidate(3, 3.1, 2)];
    expect(rankGaps(c).map((g) => [g.position, g.rank, g.candidate.value])).toEqual([
      [2, 1, 7],
      [3, 2, 3],
      [1, null, 0],
    ]);
  });

  it("keeps the 15 best of more candidates", () => {
    expect(RANKED_GAPS).toBe(15);
    // 17 candidates worth 0, 10, ..., 160 (score = value + (17 - i) / 100): positions 17 down to 3.
    const c = Array.from({ length: 17 }, (_, i) => candidate(10 * i, 10 * i + (17 - i) / 100, i));
    const ranked = rankGaps(c);
    expect(ranked).toHaveLength(15);
    expect(ranked[0]).toMatchObject({ position: 17, rank: 1 });
    expect(ranked[14]).toMatchObject({ position: 3, rank: 15 });
    expect(ranked.map((g) => g.candidate.value)).toEqual([
      160, 150, 140, 130, 120, 110, 100, 90, 80, 70, 60, 50, 40, 30, 20,
    ]);
  });

  it("lists nothing without candidates", () => {
    expect(rankGaps([])).toEqual([]);
  });
});
