/**
 * `npm run mutate:plan-model`: the plan model (src/core/plan-model: demand, supply, finance,
 * capacity, gaps, KPIs, budget...) with its own unit suites and the three layout suites that
 * check its results by hand and run in seconds (the KPIs sheet, revenue accuracy, close the gap).
 */
import { slice } from "./stryker.slice.mjs";

export default slice({
  name: "plan-model",
  mutate: ["src/core/plan-model/**/*.ts"],
  tests: ["plan-model", "layout"],
  skip: [
    // fast-check's properties over random cycles: minutes a mutant here.
    "/test/plan-model/properties\\.test\\.ts$",
    // The other layout suites build and check whole workbooks (seconds a test).
    "/test/layout/(?!(kpisHandCalc|revenueAccuracy|closeTheGap)\\.test\\.ts$)",
  ],
  // Just under the score measured over all 18 files, 95.20 % (README, Mutation testing).
  breakAt: 95,
});
