/**
 * `npm run mutate:forecast`: the statistical methods and AUTO (src/core/forecast) with their own
 * unit suites, without the ones that take more than a few seconds.
 */
import { slice } from "./stryker.slice.mjs";

export default {
  ...slice({
    name: "forecast",
    mutate: ["src/core/forecast/**/*.ts"],
    tests: ["core/forecast"],
    skip: [
      // Measured one at a time (jest -i): accuracyVsR 27 s (R's accuracy measures on every series
      // and method), forecast 15 s (AUTO and every method on AirPassengers), shortHistory 7 s (AUTO
      // on twelve series), intervalAuto 7 s (AUTO's band at eight levels): seconds a mutant. The
      // benchmark against R is the base's to leave out (minutes).
      "/test/core/forecast/(accuracyVsR|forecast|shortHistory|intervalAuto)\\.test\\.ts$",
    ],
    // Just under the score measured over the whole folder, 94.95 % (README, Mutation testing, the
    // forecast methods).
    breakAt: 94,
  }),
  // A mutant that stalls the optimiser's loop waits for the timeout: 10 s on top of 1.5 times its
  // tests' time, not the base's 60 s (the suites here run in seconds).
  timeoutMS: 10000,
};
