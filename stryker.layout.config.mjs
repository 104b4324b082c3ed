/**
 * `npm run mutate:layout`: the layout's pure helpers (A1 addresses, formats, keys, typed values,
 * reading a built spec back, row heights, page setup, the sheet grid, styles, the sheet reader a
 * rebuild claims cells with), the harvest (finding typed inputs by meaning: the month grids, the
 * list sheets, KPIs, the plan archive, Kept inputs, Settings and Families) and the data-safety
 * code a user's typed values depend on (every input resolved, the rebuild, the cycle read back),
 * with the layout suites that run in about a second a test or less: the unit tests of
 * test/layout/helpers (hand-made sheets and cycles, no workbook built), ten suites that build
 * small workbooks and three that rebuild a one-family cycle from hand-made old sheets. Left out:
 * the other layout suites, which build and check whole workbooks (rebuild.test.ts 4 to 7 s a
 * test; nextCycle, archive, names, budget, prices, production, overrideReason and kpiTrend 1 to
 * 11 s a test, or a workbook built in a describe body, which per-test coverage credits to no
 * test), and the deck's, io's and renderers' suites. A mutant only those would kill counts as
 * surviving here, so the score is a lower bound.
 *
 * Also the plan archive's rows and lags (archive.ts), where everything sits (geometry.ts), the
 * workbook names (definedNames.ts, names.ts), harvest/index.ts (the readers' table and harvest()
 * itself; the base configuration leaves every index.ts out, so it is added back below), the build
 * itself (workbook.ts) and the sheet builders whose unit tests in test/layout/helpers need no
 * whole workbook: the month-block input sheets, the override summaries at the foot of Demand, the
 * builders' shared pieces and context, the KPIs' 12-cycle trend, value added by reason, Finance's
 * revenue accuracy by lag and close the gap to budget, Supply's safety stock by family, and the
 * Resources and Routings sheets (the list below names each file).
 *
 * Not yet in the slice (unmeasured): the other sheet builders of src/layout/sheets/ (archive,
 * demand, finance, financeBridge, forecastability, gaps, kpis, kpisArchive, setup, supply,
 * supplyCapacity, tables), whose tests build whole workbooks.
 */
import { slice } from "./stryker.slice.mjs";

const layout = slice({
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
    "src/layout/harvest/grid.ts",
    "src/layout/harvest/plan.ts",
    "src/layout/harvest/lists.ts",
    "src/layout/harvest/setup.ts",
    "src/layout/inputs.ts",
    "src/layout/rebuild.ts",
    "src/layout/cycle.ts",
    "src/layout/archive.ts",
    "src/layout/geometry.ts",
    "src/layout/definedNames.ts",
    "src/layout/names.ts",
    "src/layout/workbook.ts",
    "src/layout/sheets/context.ts",
    "src/layout/sheets/common.ts",
    "src/layout/sheets/monthBlocks.ts",
    "src/layout/sheets/budget.ts",
    "src/layout/sheets/prices.ts",
    "src/layout/sheets/production.ts",
    "src/layout/sheets/demandOverrides.ts",
    "src/layout/sheets/kpisTrend.ts",
    "src/layout/sheets/kpisByReason.ts",
    "src/layout/sheets/financeRevenueLag.ts",
    "src/layout/sheets/supplySigma.ts",
    "src/layout/sheets/resources.ts",
    "src/layout/sheets/financeCloseGap.ts",
  ],
  tests: ["layout"],
  skip: [
    // The other layout suites build and check whole workbooks, seconds a test (the three rebuild
    // suites kept rebuild a one-family cycle, about 0.1 s a test).
    "/test/layout/(?!helpers/|(rowHeights|pagePlan|supplyPolicyReadBack|supplyProposal|sample|scenarioMultipliers|lagKpis|fvaByReason|kpisHandCalc|overrideReasonRule|rebuildReport|rebuildKept|rebuildRoll)\\.test\\.ts$)",
  ],
  // Just under the score measured over the 36 files with mutants, 95.18 % (README, Mutation testing).
  breakAt: 95,
});

// Stryker reads the mutate patterns in order: a file named after the "!src/**/index.ts" the
// slice appends is mutated again.
export default { ...layout, mutate: [...layout.mutate, "src/layout/harvest/index.ts"] };
