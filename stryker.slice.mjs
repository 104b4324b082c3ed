/**
 * A slice of `npm run mutate`: stryker.config.json on some folders of src/ with only the fast
 * unit suites that test them (jest.mutate.config.js with other roots), so each mutant reruns
 * small tests and one run takes minutes on two cores. Each slice has its own incremental file
 * (reports/stryker-<name>-incremental.json) and report (reports/mutation-<name>/). A mutant that
 * only suites outside the slice's would kill counts as surviving, so a slice's score is a lower
 * bound for `npm run mutate`.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const base = JSON.parse(readFileSync(new URL("./stryker.config.json", import.meta.url), "utf8"));
const jestBase = createRequire(import.meta.url)(`./${base.jest.configFile}`);

/**
 * @param {{ name: string, mutate: string[], tests: string[], skip?: string[], docs?: string[], breakAt: number }} slice
 *   the files to mutate (globs), the test folders under test/ to run, the test files among them
 *   not to run (regular expressions of their paths), the files of docs/ those tests read (docs/ is
 *   otherwise left out of Stryker's sandbox), the score below which the run fails
 */
export function slice({ name, mutate, tests, skip = [], docs = [], breakAt }) {
  const ignorePatterns = docs.length
    ? [...base.ignorePatterns.filter((p) => p !== "docs"), "docs/*", ...docs.map((d) => `!docs/${d}`)]
    : base.ignorePatterns;
  return {
    ...base,
    ignorePatterns,
    jest: {
      ...base.jest,
      config: {
        roots: tests.map((t) => `<rootDir>/test/${t}`),
        testPathIgnorePatterns: [...jestBase.testPathIgnorePatterns, ...skip],
      },
    },
    mutate: [...mutate, ...base.mutate.filter((glob) => glob.startsWith("!"))],
    incrementalFile: `reports/stryker-${name}-incremental.json`,
    htmlReporter: { fileName: `reports/mutation-${name}/mutation.html` },
    jsonReporter: { fileName: `reports/mutation-${name}/mutation.json` },
    dryRunTimeoutMinutes: 20,
    thresholds: { ...base.thresholds, break: breakAt },
  };
}
