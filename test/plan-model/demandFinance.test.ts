/**
 * The Demand and Finance sheets' rows of one family on their own (src/core/plan-model/demand.ts
 * and finance.ts), on inputs small enough to work out by hand in the comments: blanks, typed
 * zeros, text where a number belongs, out-of-range probabilities, the Prices sheet's months.
 */
import { familyDemand, familyPipeline, pipelineByFamily, weightedQuantity } from "../../src/core/plan-model/demand";
import { familyFinance } from "../../src/core/plan-model/finance";
import { FamilyBaseline, PipelineRowInput } from "../../src/core/plan-model/types";
import { FamilyConfig } from "../../src/core/model";

const deal = (
  family: PipelineRowInput["family"],
  quantity: PipelineRowInput["quantity"],
  winProbability: PipelineRowInput["winProbability"],
  closeMonth: PipelineRowInput["closeMonth"],
): PipelineRowInput => ({ deal: "d", family, quantity, stage: "Commit", winProbability, closeMonth });

describe("weightedQuantity: quantity x win probability, a blank or non-number as 0", () => {
  it("multiplies the two numbers", () => {
    expect(weightedQuantity(deal("W", 50, 0.4, "2026-05"))).toBeCloseTo(20, 12);
  });

  it("reads text, a blank or a non-finite number as 0", () => {
    expect(weightedQuantity(deal("W", "50", 0.4, "2026-05"))).toBe(0);
    expect(weightedQuantity(deal("W", 50, null, "2026-05"))).toBe(0);
    expect(weightedQuantity(deal("W", Infinity, 0.5, "2026-05"))).toBe(0);
    expect(weightedQuantity(deal("W", 50, NaN, "2026-05"))).toBe(0);
  });
});

describe("familyPipeline", () => {
  const plan = ["2026-04", "2026-05"];
  /** The weighted pipeline of `family` among all the deals `rows`. */
  const pipelineOf = (rows: Parameters<typeof pipelineByFamily>[0], family: string): number[] =>
    familyPipeline(pipelineByFamily(rows)(family), plan);

  it("adds the family's deals closing in each plan month, case ignored, other rows left out", () => {
    const rows = [
      deal("W", 50, 0.4, "2026-05"), // May 20
      deal("w", 10, 0.5, "2026-05"), // May 5 (the family's name in another case)
      deal(7, 100, 1, "2026-04"), // not a family name
      deal("X", 100, 1, "2026-04"), // another family
      deal("W", "x", 1, "2026-04"), // quantity as text: 0
      deal("W", 30, 0.2, "2026-13"), // not a month: in no month
      deal("W", 40, null, "2026-04"), // no probability: 0
      deal("W", 80, 0.25, 46113), // a number, not a "YYYY-MM" month: in no month
      deal("W", 100, 1, "2026-05-15"), // a date, not a "YYYY-MM" month: in no month
    ];
    expect(pipelineOf(rows, "W")).toEqual([0, 25]);
  });

  it("still multiplies a probability outside 0..1, as the sheet's formula does", () => {
    // 10 x 1.5 = 15 closing in April; 50 x 0.4 = 20 in May.
    const rows = [deal("W", 50, 0.4, "2026-05"), deal("W", 10, 1.5, "2026-04"), deal("X", 99, 2, "2026-04")];
    expect(pipelineOf(rows, "w")).toEqual([15, 20]);
  });

  it("is 0 every month without deals", () => {
    expect(pipelineOf([], "W")).toEqual([0, 0]);
  });
});

describe("familyDemand", () => {
  const baseline: FamilyBaseline = {
    history: [null, 95, 100],
    plan: [120, 130],
    lower80: [null, null],
    upper80: [null, null],
    method: "test",
  };

  it("takes a typed override (even 0) over the baseline, adds the pipeline, and diffs history against the archived consensus", () => {
    // Consensus: April override 0 + pipeline 5 = 5; May no override: baseline 130 + 0 = 130.
    // History consensus: archived 98 for February, else the lag-1 baseline: null, 98, 100.
    // Diff = actual - consensus: January no consensus, February no actual, March 110 - 100 = 10.
    const actuals = [90, null, 110];
    const d = familyDemand(actuals, [0], baseline, [5, 0], [null, 98]);
    expect(d.consensus).toEqual([5, 130]);
    expect(d.consensusHistory).toEqual([null, 98, 100]);
    expect(d.diff).toEqual([null, null, 10]);
    expect(d.cumDiff).toEqual([0, 0, 10]);
    expect(d.actual).toEqual([90, null, 110]);
    expect(d.actual).not.toBe(actuals); // a copy: the plan's row is not the input's array
    expect(d.pipeline).toEqual([5, 0]);
  });

  it("runs the cumulative diff over the months, blanks adding nothing", () => {
    // Diffs 100 - 95 = 5, blank, 90 - 100 = -10, 130 - 100 = 30: running 5, 5, -5, 25.
    const b: FamilyBaseline = { ...baseline, history: [95, null, 100, 100] };
    const d = familyDemand([100, 80, 90, 130], [null, null], b, [0, 0]);
    expect(d.diff).toEqual([5, null, -10, 30]);
    expect(d.cumDiff).toEqual([5, 5, -5, 25]);
    expect(d.consensus).toEqual([120, 130]);
  });
});

describe("familyFinance", () => {
  const family: FamilyConfig = {
    name: "W",
    unit: "units",
    price: 10,
    unitCost: 6,
    openingInventory: 0,
    capacityPerMonth: 100,
    targetDaysOfSupply: 30,
  };

  it("prices each month at the Prices sheet's value where typed, else the family's", () => {
    // Price 12 (typed), 10; unit cost 6, 7 (typed). Demand 10 and 0; inventory -5 and 20.
    const f = familyFinance(family, [10, 0], [-5, 20], { price: [12, null], unitCost: [null, 7] });
    expect(f.price).toEqual([12, 10]);
    expect(f.unitCost).toEqual([6, 7]);
    expect(f.revenue).toEqual([120, 0]); // 10 x 12, 0 x 10
    expect(f.cogs).toEqual([60, 0]); // 10 x 6, 0 x 7
    expect(f.grossMargin).toEqual([60, 0]);
    expect(f.marginPct).toEqual([0.5, null]); // 60 / 120; no revenue: blank
    expect(f.inventoryValue).toEqual([0, 140]); // a backorder carries no value; 20 x 7
  });

  it("uses the family's price and cost every month without a Prices sheet", () => {
    // Revenue 5 x 10 = 50, COGS 5 x 6 = 30, margin 20 = 40 %; inventory 3 x 6 = 18.
    const f = familyFinance(family, [5], [3]);
    expect(f.price).toEqual([10]);
    expect(f.unitCost).toEqual([6]);
    expect(f.revenue).toEqual([50]);
    expect(f.grossMargin).toEqual([20]);
    expect(f.marginPct[0]).toBeCloseTo(0.4, 12);
    expect(f.inventoryValue).toEqual([18]);
  });

  it("gives a negative margin % when the cost is above the price", () => {
    // Price 10, cost 15: revenue 20, COGS 30, margin -10 = -50 %.
    const f = familyFinance({ ...family, unitCost: 15 }, [2], [0]);
    expect(f.grossMargin).toEqual([-10]);
    expect(f.marginPct).toEqual([-0.5]);
  });
});
