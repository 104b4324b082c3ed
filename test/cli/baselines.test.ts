import { baselinesFor, parallelBaselines, PARALLEL_FROM_FAMILIES } from "../../src/cli/baselines";
import { familyBaseline } from "../../src/core/plan-model/baseline";
import { sampleCycle } from "../../src/data/sample";
import { syntheticCycle } from "../../src/data/synthetic";
import { baselineInputs } from "../../src/layout/workbook";

describe("baselines on worker threads", () => {
  it("are the layout's own baselines, family by family, in order", async () => {
    const { actuals, horizon } = baselineInputs(syntheticCycle(9, 6));
    const parallel = await parallelBaselines(actuals, horizon, 2);
    expect(parallel).toHaveLength(9);
    expect(parallel).toEqual(actuals.map((a) => familyBaseline(a, horizon)));
  });

  it("are left to the layout for a small cycle or a single core", async () => {
    expect(PARALLEL_FROM_FAMILIES).toBe(8);
    expect(await baselinesFor(sampleCycle(), 2)).toBeUndefined();
    expect(await baselinesFor(syntheticCycle(8, 6), 1)).toBeUndefined();
  });
});
