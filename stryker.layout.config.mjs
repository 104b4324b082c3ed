/**
 * `npm run mutate:layout`: the whole of src/layout, its 49 files: the pure helpers (A1 addresses,
 * formats, keys, typed values, reading a built spec back, row heights, page setup, the sheet grid,
 * styles, the sheet reader a rebuild claims cells with), the harvest (finding typed inputs by
 * meaning), the data-safety code a user's typed values depend on (every input resolved, the
 * rebuild, the cycle read back), the plan archive's rows and lags, where everything sits, the
 * workbook names, the build itself and every sheet builder. harvest/index.ts (the readers' table
 * and harvest() itself) is added back below, since the base configuration leaves every index.ts
 * out.
 *
 * The suites are the layout's that run in about a second a test or less: the unit tests of
 * test/layout/helpers (hand-made sheets and cycles; each sheet builder cell by cell on a context
 * built from a tiny cycle, no workbook built), ten suites that build small workbooks and three
 * that rebuild a one-family cycle from hand-made old sheets. Left out: the other layout suites,
 * which build and check whole workbooks (rebuild.test.ts 4 to 7 s a test; nextCycle, archive,
 * names, budget, prices, production, overrideReason and kpiTrend 1 to 11 s a test, or a workbook
 * built in a describe body, which per-test coverage credits to no test), and the deck's, io's and
 * renderers' suites. A mutant only those would kill counts as surviving here, so the score is a
 * lower bound.
 */
import { slice } from "./stryker.slice.mjs";

const layout = slice({
  name: "layout",
  mutate: ["src/layout/**/*.ts"],
  tests: ["layout"],
  skip: [
    // The other layout suites build and check whole workbooks, seconds a test (the three rebuild
    // suites kept rebuild a one-family cycle, about 0.1 s a test).
    "/test/layout/(?!helpers/|(rowHeights|pagePlan|supplyPolicyReadBack|supplyProposal|sample|scenarioMultipliers|lagKpis|fvaByReason|kpisHandCalc|overrideReasonRule|rebuildReport|rebuildKept|rebuildRoll)\\.test\\.ts$)",
  ],
  // Just under the score measured over the 48 files with mutants, 96.41 % (README, Mutation testing).
  breakAt: 96,
});

// Stryker reads the mutate patterns in order: a file named after the "!src/**/index.ts" the
// slice appends is mutated again.
export default { ...layout, mutate: [...layout.mutate, "src/layout/harvest/index.ts"] };
