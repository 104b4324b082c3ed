/**
 * The unit suites that mutation testing runs (`npm run mutate`, stryker.config.json): the tests
 * of src/core, src/layout and src/deck, without dist/, Chromium or LibreOffice, and without the
 * long-running ones (the forecast benchmark against R).
 */
const base = require("./jest.config.js");
const unit = base.projects.find((p) => p.displayName === "unit");

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  testEnvironment: unit.testEnvironment,
  testMatch: unit.testMatch,
  transform: unit.transform,
  setupFiles: unit.setupFiles,
  roots: ["<rootDir>/test/core", "<rootDir>/test/plan-model", "<rootDir>/test/layout", "<rootDir>/test/deck"],
  testPathIgnorePatterns: ["/node_modules/", "/test/core/forecast/benchmark\\.test\\.ts$"],
};
