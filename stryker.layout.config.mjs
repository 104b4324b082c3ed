/**
 * `npm run mutate:layout`: the layout's pure helpers (A1 addresses, keys, typed values, reading a
 * built spec back, row heights, page setup, the sheet grid, styles, the sheet reader a rebuild
 * claims cells with) with the layout suites that run in about a second or less.
 */
import { slice } from "./stryker.slice.mjs";

export default slice({
  name: "layout",
  mutate: [
    "src/layout/a1.ts",
    "src/layout/formats.ts",
    "src/layout/keys.ts",
    "src/layout/lookup.ts",
    "src/layout/typed.ts",
    "src/layout/read.ts",
    "src/layout/rowHeights.ts",
    "src/layout/print.ts",
    "src/layout/grid.ts",
    "src/layout/styles.ts",
    "src/layout/sheetReader.ts",
  ],
  tests: ["layout"],
  skip: [
    // The other layout suites build and check whole workbooks, seconds a test.
    "/test/layout/(?!helpers/|(rowHeights|pagePlan|supplyPolicyReadBack|supplyProposal|sample|scenarioMultipliers|lagKpis|fvaByReason|kpisHandCalc|overrideReasonRule)\\.test\\.ts$)",
  ],
  breakAt: 50,
});
