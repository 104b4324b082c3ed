/** Random small cycles, evaluated by HyperFormula: every formula equals its cached value. */
import fc from "fast-check";
import { buildWorkbook } from "../../src/layout/workbook";
import { loadEngine, mismatches } from "./support/engine";
import { randomCycle as cycle } from "./support/randomCycle";

describe("random cycles under a real formula engine", () => {
  it("match the plan model cell by cell", () => {
    fc.assert(
      fc.property(cycle, (data) => {
        const spec = buildWorkbook(data);
        const engine = loadEngine(spec);
        try {
          const bad = mismatches(spec, engine, 5);
          if (bad.length > 0) throw new Error(bad.join("\n"));
          return true;
        } finally {
          engine.destroy();
        }
      }),
      { numRuns: 25, seed: 424242 },
    );
  });
});
