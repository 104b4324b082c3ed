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
  // The base's threshold: the one run so far was stopped at 373 of 1607 mutants, 82.57 % of
  // those (README, Mutation testing, partial).
  breakAt: 50,
});
