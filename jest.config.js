/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  globalSetup: "<rootDir>/test/setup/build.js",
  setupFiles: ["<rootDir>/test/setup/customFunctions.ts"],
  testTimeout: 120000,
};
