/**
 * Two projects. `unit`: every suite that tests the sources (no build needed; `npm run
 * test:unit`). `build`: the suites that test the built add-in (dist/: functions.json, the page
 * in headless Chromium); each builds dist/ first when it is older than the sources
 * (test/setup/dist.ts), once however many workers run them. `npm test` runs both.
 */
const BUILT = ["<rootDir>/test/build/", "<rootDir>/test/e2e/"];

const shared = {
  testEnvironment: "node",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  setupFiles: ["<rootDir>/test/setup/customFunctions.ts"],
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  projects: [
    { ...shared, displayName: "unit", roots: ["<rootDir>/test"], testPathIgnorePatterns: ["/node_modules/", ...BUILT] },
    { ...shared, displayName: "build", roots: BUILT },
  ],
};
