/**
 * A worker thread of `npm run pack`: computes the statistical baseline of the families it is
 * sent (src/cli/baselines.ts deals them out), with the same function the layout calls.
 */
require("./tsRequire");
const { parentPort } = require("worker_threads");
const { familyBaseline } = require("../src/core/plan-model/baseline");

parentPort.on("message", ({ start, actuals, horizon }) => {
  parentPort.postMessage({ start, baselines: actuals.map((a) => familyBaseline(a, horizon)) });
});
