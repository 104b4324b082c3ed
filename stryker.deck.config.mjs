/**
 * `npm run mutate:deck`: the executive deck (src/deck: its sections' numbers and lines, the
 * scenarios, the options, the sheet builder) with the deck's own unit suites, which read a small
 * hand-made workbook (test/deck/fixture.ts) or hand-made inputs.
 */
import { slice } from "./stryker.slice.mjs";

export default slice({
  name: "deck",
  mutate: ["src/deck/**/*.ts"],
  tests: ["deck"],
  skip: [
    // fast-check's properties over random cycles (the deck against the workbook's other sheets,
    // and its robustness): seconds a mutant here.
    "/test/deck/(consistency|properties)\\.test\\.ts$",
    // Builds the whole sample workbook (about 3 s a test). scenarios.test.ts stays: its two
    // fast-check properties run in under a second each.
    "/test/deck/sample\\.test\\.ts$",
  ],
  // Just under the score measured over all 28 files, 97.24 % (README, Mutation testing, the deck).
  breakAt: 97,
});
