/**
 * Tied gaps: the documented order (src/core/plan-model/gaps.ts, docs/workbook.md). Every
 * candidate scores INT(ROUND(value, 6)) plus a tie-breaker that falls with its position in the
 * candidate list, so gaps worth the same whole amount rank in candidate order: lost demands
 * first, families in the order of the Families sheet. Checked in the core ranking and in the
 * Gaps sheet's formulas evaluated by a real formula engine.
 */
import { CycleData } from "../../src/core/model";
import { resolveInputs } from "../../src/layout/inputs";
import { computePlan } from "../../src/core/plan-model/plan";
import { GAP_TYPES, gapTotals } from "../../src/core/plan-model/gaps";
import { readNamedRange } from "../../src/layout/lookup";
import { NAMES } from "../../src/layout/names";
import { buildWorkbook } from "../../src/layout/workbook";
import { GAP_RANK_COLS, GAP_SUMMARY_ROW, gapRankRow } from "../../src/layout/geometry";
import { loadEngine } from "../layout/support/engine";
import { twoFamilyCycle } from "./twoFamilies";

/** The two-family cycle (twoFamilies.ts): Zeta's lost demand is 50 units = 500; Alpha's follows its consensus. */
const cycle = (alphaDemand: number): CycleData => twoFamilyCycle(alphaDemand);

/** The agenda's rows as [rank, family, value] from the engine (rows with a value only). */
function engineAgenda(data: CycleData): Array<[unknown, unknown, unknown]> {
  const engine = loadEngine(buildWorkbook(data));
  try {
    const c = (name: (typeof GAP_RANK_COLS)[number]): number => GAP_RANK_COLS.indexOf(name);
    const out: Array<[unknown, unknown, unknown]> = [];
    for (let k = 0; k < 3; k++) {
      const r = gapRankRow(k);
      const rank = engine.value("Gaps", r, c("rank"));
      if (rank === null || rank === "") continue;
      out.push([rank, engine.value("Gaps", r, c("family")), engine.value("Gaps", r, c("value"))]);
    }
    return out;
  } finally {
    engine.destroy();
  }
}

describe("tied gaps rank in candidate order", () => {
  it("two lost demands of exactly 500: Zeta (listed first) ranks 1, Alpha 2, in the core", () => {
    // Alpha: consensus 150 as well -> lost demand 50 units x 10 = 500.
    const plan = computePlan(resolveInputs(cycle(150), new Map()));
    const listed = plan.ranked.filter((g) => g.rank !== null);
    expect(listed.map((g) => [g.rank, g.candidate.family, g.candidate.type, g.candidate.value])).toEqual([
      [1, "Zeta", GAP_TYPES.lost, 500],
      [2, "Alpha", GAP_TYPES.lost, 500],
    ]);
  });

  it("the same order in the Gaps sheet's LARGE / MATCH formulas", () => {
    expect(engineAgenda(cycle(150))).toEqual([
      [1, "Zeta", 500],
      [2, "Alpha", 500],
    ]);
  });

  it("values within the same whole amount tie too: Alpha's 500.50 still ranks after Zeta's 500", () => {
    // Alpha: consensus 150.05 -> lost demand 50.05 units x 10 = 500.5; INT(500.5) = 500 = INT(500).
    const plan = computePlan(resolveInputs(cycle(150.05), new Map()));
    const listed = plan.ranked.filter((g) => g.rank !== null);
    expect(listed.map((g) => g.candidate.family)).toEqual(["Zeta", "Alpha"]);
    expect(listed[1].candidate.value).toBeCloseTo(500.5, 9);
    const agenda = engineAgenda(cycle(150.05));
    expect(agenda.map((row) => row[1])).toEqual(["Zeta", "Alpha"]);
    expect(agenda[1][2] as number).toBeCloseTo(500.5, 9);
  });

  it("a whole unit more does rank first: Alpha's 510 ahead of Zeta's 500", () => {
    // Alpha: consensus 151 -> lost demand 51 x 10 = 510.
    expect(engineAgenda(cycle(151))).toEqual([
      [1, "Alpha", 510],
      [2, "Zeta", 500],
    ]);
  });
});

describe("the plan's gap count and total (SOP_GapCount, SOP_GapTotal)", () => {
  // Zeta 50 units x 10 = 500 and Alpha 50.05 units x 10 = 500.5; every other candidate is 0
  // (no revenue target, no ceiling, supply = capacity, no inventory): 2 gaps, 1,000.5 at stake.
  const data = cycle(150.05);

  it("counts the candidates above 0 in the core", () => {
    const t = gapTotals(computePlan(resolveInputs(data, new Map())).candidates);
    expect(t.count).toBe(2);
    expect(t.total).toBeCloseTo(1000.5, 9);
  });

  it("holds the same in the Gaps sheet, cached and under a formula engine", () => {
    const spec = buildWorkbook(data);
    expect(readNamedRange(spec, NAMES.gapCount)).toEqual([[2]]);
    expect(readNamedRange(spec, NAMES.gapTotal)[0][0] as number).toBeCloseTo(1000.5, 9);
    const engine = loadEngine(spec);
    try {
      expect(engine.value("Gaps", GAP_SUMMARY_ROW, GAP_RANK_COLS.indexOf("units"))).toBe(2);
      expect(engine.value("Gaps", GAP_SUMMARY_ROW, GAP_RANK_COLS.indexOf("value")) as number).toBeCloseTo(1000.5, 9);
    } finally {
      engine.destroy();
    }
  });
});
