#!/usr/bin/env node
/**
 * `npm run pack`: runs src/cli/pack.ts with production dependencies only (see tsRequire.js).
 */
require("./tsRequire");
require("../src/cli/pack").main();
