/**
 * `npm run mutate:core-base`: the core's top-level modules (errors, cells, args, lines, dates,
 * blankAware, numeric, numberRule, schema, model), which every `SOP.*` function and the pane, the CSV import
 * and the layout read, with the core's unit suites and the `SOP.*` functions' (not the forecast's,
 * whose fits take seconds a test) and the cycle schema's docs table.
 */
import { slice } from "./stryker.slice.mjs";

export default slice({
  name: "core-base",
  mutate: ["src/core/*.ts"],
  tests: ["core/base", "core/accuracy", "core/kpi", "core/plan", "core/sop", "core/dates", "functions", "schema"],
  skip: [
    // fast-check's robustness properties run hundreds of cases each: minutes a mutant here.
    "/test/functions/(forecast\\.)?propert(y|ies)\\.test\\.ts$",
    "/test/functions/forecast\\.test\\.ts$",
    // Builds the layout, the CSV import and the pane's validation for each field: the schema's
    // rules are tested directly (test/schema/rules.test.ts).
    "/test/schema/entryPoints\\.test\\.ts$",
  ],
  docs: ["pack.md"],
  // Just under the score measured, 98.48 % with blankAware.ts (README, Mutation testing).
  breakAt: 98,
});
