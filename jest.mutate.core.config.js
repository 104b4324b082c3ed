/**
 * The suites `npm run mutate:core` runs (stryker.core.config.mjs): the unit tests of the core's
 * accuracy measures, KPIs and plan arithmetic (test/core/accuracy, test/core/kpi,
 * test/core/plan) and nothing else, so each mutant reruns only small, fast tests. A mutant that the SOP.* function, layout or deck suites
 * would kill counts as surviving here, so the score is a lower bound for `npm run mutate`.
 */
const base = require("./jest.mutate.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/core/accuracy", "<rootDir>/test/core/kpi", "<rootDir>/test/core/plan"],
};
