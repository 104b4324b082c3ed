/**
 * The command line's gap sentence states what the deck states: the same count and total of
 * every gap of the plan, and units only for gaps measured in units.
 */
import { gapSentence, packSummary } from "../../src/cli/summary";
import { packSpec } from "../../src/cli/build";
import type { CycleData } from "../../src/core/model";
import { sampleCycle } from "../../src/data/sample";
import { SECTION_TITLES } from "../../src/deck/sheetPlan";
import { twoFamilyCycle } from "../plan-model/twoFamilies";

/**
 * The two-family cycle (test/plan-model/twoFamilies.ts) with consensus Zeta 150 and Alpha 151:
 * supply min(demand, 100) = 100, shortfalls 50 x 10 = 500 and 51 x 10 = 510. Revenue =
 * consensus x price = 1,500 + 1,510 = 3,010 against a target of `revenueTarget` per month. No
 * inventory, no ceiling: nothing else is a gap.
 */
const cycle = (revenueTarget: number): CycleData => twoFamilyCycle(151, revenueTarget);

const warn = (t: string): void => {
  throw new Error(t);
};

describe("the pack summary's gaps", () => {
  it("counts and totals every gap, largest first, by hand", () => {
    // 500 + 510 = 1,010.
    expect(gapSentence(packSpec(cycle(0), true, warn), 3)).toBe(
      "2 gaps in the plan, 1,010 value at stake in total; largest: Alpha 2026-04 lost demand: 51 units, 510 revenue lost; Zeta 2026-04 lost demand: 50 units, 500 revenue lost.",
    );
  });

  it("gives a revenue gap in currency, without units", () => {
    // Target 4,000 - revenue 3,010 = 990 below target; 990 + 510 + 500 = 2,000.
    expect(gapSentence(packSpec(cycle(4000), true, warn), 2)).toBe(
      "3 gaps in the plan, 2,000 value at stake in total; largest: All families 2026-04 revenue below target: 990 short of the revenue target; Alpha 2026-04 lost demand: 51 units, 510 revenue lost.",
    );
  });

  it("says there are none when there are none", () => {
    // Capacity 200: both families served, revenue target 0.
    const data = cycle(0);
    const roomy = { ...data, config: { ...data.config, families: data.config.families.map((f) => ({ ...f, capacityPerMonth: 200 })) } };
    expect(gapSentence(packSpec(roomy, true, warn), 3)).toBe("No gaps in the plan: demand, supply and financial targets line up.");
  });

  it("states the same count and total as the deck's risk view on the sample", () => {
    const data = sampleCycle();
    const spec = packSpec(data, true, warn);
    const deck = spec.sheets[0];
    const risk = deck.cells.findIndex((row) => row[0]?.value === SECTION_TITLES.risks);
    const deckLine = String(deck.cells[risk + 1][0]?.value);
    const headline = /^(\d[\d,]* gaps in the plan, [\d,]+ value at stake in total);/.exec(deckLine);
    expect(headline).not.toBeNull();
    const summary = packSummary("out/sop-pack.xlsx", data, spec);
    expect(summary).toContain(` ${headline?.[1]}; largest: `);
    // The deck's count is every gap of the plan, more than the 15 the Gaps sheet ranks.
    expect(Number(headline?.[1].split(" ")[0].replace(/,/g, ""))).toBeGreaterThan(15);
  });
});
