/**
 * `npm run mutate:sop`: the `SOP.*` declarations and argument parser (src/core/sop) and the
 * core's top-level modules (errors, args, lines, dates, numeric, numberRule, schema, model) with
 * the suites that run them: the core's unit tests, the `SOP.*` functions' and the cycle schema's.
 */
import { slice } from "./stryker.slice.mjs";

export default slice({
  name: "sop",
  mutate: ["src/core/sop/**/*.ts", "src/core/*.ts"],
  tests: ["core/accuracy", "core/kpi", "core/plan", "core/sop", "core/dates", "functions", "schema"],
  // fast-check's robustness properties run hundreds of cases each: minutes per mutant here.
  skip: ["/test/functions/(forecast\\.)?propert(y|ies)\\.test\\.ts$"],
  docs: ["pack.md"],
  breakAt: 50,
});
