/**
 * Gaps: where the plan does not hold, by family and month, and the ranked list of the largest
 * ones (the pre-S&OP agenda).
 *
 * Gap types and their value at stake (currency):
 * - Late demand: demand shipped in a later month than its own (units) x price (revenue delayed).
 * - Lost demand: demand not shipped by the end of the horizon (units) x price (revenue lost).
 *   Late and lost as `lateAndLost` (supply.ts) defines them.
 * - Over capacity: max(0, supply plan - capacity) (units) x unit cost (production the plan cannot make).
 * - Inventory above target: max(0, projected inventory - target inventory) (units) x unit cost (cash tied up).
 * - Revenue below target (all families): max(0, revenue target - planned revenue).
 * - Inventory value above ceiling (all families): max(0, inventory value - ceiling).
 * - Resource overload (a resource, named in the family column): max(0, load - capacity) (hours)
 *   valued at the production cost of that share of the resource's load (capacity.ts).
 *
 * Ranking, as the Gaps sheet does it with native formulas: every candidate gets a unique score
 * INT(ROUND(value, 6)) + tie, where tie = (n - i) / 10^d (i = 0-based candidate index, 10^d > n), so equal
 * whole-currency values rank in candidate order; the k-th row of the agenda is the candidate at
 * MATCH(LARGE(scores, k), scores, 0). Only gaps with a value above 0 are listed.
 */
import { Blank } from "./types";

export const GAP_TYPES = {
  late: "Late demand",
  lost: "Lost demand",
  overCapacity: "Over capacity",
  excessInventory: "Inventory above target",
  revenue: "Revenue below target",
  inventoryCeiling: "Inventory value above ceiling",
  resourceOverload: "Resource overload",
} as const;
export type GapType = (typeof GAP_TYPES)[keyof typeof GAP_TYPES];

/** What a gap's value is, by gap type: the words after the amount ("709,318 revenue delayed"). */
export const GAP_VALUE_MEANING: Readonly<Record<GapType, string>> = {
  [GAP_TYPES.late]: "revenue delayed",
  [GAP_TYPES.lost]: "revenue lost",
  [GAP_TYPES.overCapacity]: "of production cost beyond capacity",
  [GAP_TYPES.excessInventory]: "of cash tied up above target",
  [GAP_TYPES.revenue]: "short of the revenue target",
  [GAP_TYPES.inventoryCeiling]: "of inventory value above the ceiling",
  [GAP_TYPES.resourceOverload]: "of production cost beyond the resource's capacity",
};

/** The words for a gap type read from a workbook ("at stake" for a type this version does not know). */
export function gapValueMeaning(type: string): string {
  return (GAP_VALUE_MEANING as Record<string, string>)[type] ?? "at stake";
}

/** Label of the company-level gaps in the family column. */
export { ALL_FAMILIES } from "../schema";

/** Rows of the ranked agenda. */
export const RANKED_GAPS = 15;

export interface GapCandidate {
  /** Index of the family (null for company-level and resource gaps) and of the plan month. */
  readonly familyIndex: number | null;
  /** Index of the resource among the plan's resources (`PlanModel.resources`), for a resource overload. */
  readonly resourceIndex?: number;
  readonly monthIndex: number;
  readonly family: string;
  readonly month: string;
  readonly type: GapType;
  /** Gap in units (null for the company-level financial gaps). */
  readonly units: Blank;
  readonly value: number;
  readonly score: number;
}

export interface RankedGap {
  /** 1-based row of the candidate in the candidate list. */
  readonly position: number;
  /** Rank 1..K, or null when the candidate's value is not above 0 (the row shows blanks). */
  readonly rank: number | null;
  readonly candidate: GapCandidate;
}

/** How many gaps the plan has (candidates with a value above 0) and their total value at stake. */
export function gapTotals(candidates: ReadonlyArray<GapCandidate>): { count: number; total: number } {
  const listed = candidates.filter((c) => c.value > 0);
  return { count: listed.length, total: listed.reduce((s, c) => s + c.value, 0) };
}

/** The tie-breaker added to INT(value) for candidate `i` of `n`: (n - i) / 10^d with 10^d > n. */
export function tieBreaker(i: number, n: number): number {
  const scale = Math.pow(10, String(n).length);
  return (n - i) / scale;
}

/** ROUND(x, 6) as spreadsheets do it: half away from zero. */
export function round6(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 1e6)) / 1e6;
}

/**
 * Score of a candidate: INT(ROUND(value, 6)) + tie. Rounding first keeps a value such as
 * 125772.99999999952 (a float sum) on the same integer in every spreadsheet engine.
 */
export function gapScore(value: number, i: number, n: number): number {
  return Math.floor(round6(value)) + tieBreaker(i, n);
}

/** The K largest candidates by score, in rank order (K = min(RANKED_GAPS, n)). */
export function rankGaps(candidates: ReadonlyArray<GapCandidate>): RankedGap[] {
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.score - a.c.score);
  const k = Math.min(RANKED_GAPS, candidates.length);
  return order.slice(0, k).map(({ c, i }, j) => ({ position: i + 1, rank: c.value > 0 ? j + 1 : null, candidate: c }));
}
