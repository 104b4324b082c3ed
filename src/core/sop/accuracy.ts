/** Declarations of the forecast accuracy and bias functions (see ./declare.ts). */
import {
  BIAS_VARIANTS,
  FVA_METRICS,
  forecastAccuracy,
  forecastBias,
  fva,
  lagAccuracy,
  lagBias,
  lagWape,
  mape,
  mase,
  smape,
  trackingSignal,
  wape,
} from "../accuracy";
import { declare } from "./declare";
import { archiveFunction, pair, pairedFunction } from "./shapes";

export const FORECASTACCURACY = pairedFunction({
  name: "FORECASTACCURACY",
  params: ["actuals", "forecasts"],
  formula: "max(0, 1 - sum|A-F| / sum|A|)",
  reading: "1 - WAPE; 1 = perfect",
  core: forecastAccuracy,
});

export const FORECASTBIAS = declare({
  name: "FORECASTBIAS",
  params: [
    ...pair("actuals", "forecasts"),
    { name: "variant", kind: "option", optional: true, allowed: BIAS_VARIANTS, default: "PERCENT" },
  ],
  result: "scalar",
  formula: '"PERCENT" (default): sum(F-A) / |sum(A)|; "MEAN": mean(F-A) in units',
  reading: "**positive = over-forecast**",
  compute: (a) => forecastBias(a.actuals, a.forecasts, a.variant),
});

export const MAPE = pairedFunction({
  name: "MAPE",
  params: ["actuals", "forecasts"],
  formula: "mean(|A-F| / |A|), pairs with A = 0 left out",
  reading: "0 = perfect",
  core: mape,
});

export const WAPE = pairedFunction({
  name: "WAPE",
  params: ["actuals", "forecasts"],
  formula: "sum|A-F| / sum|A|",
  reading: "0 = perfect",
  core: wape,
});

export const SMAPE = pairedFunction({
  name: "SMAPE",
  params: ["actuals", "forecasts"],
  formula: "M4: mean(2|A-F| / (|A|+|F|)), 0/0 counts 0; range 0..2",
  reading: "0 = perfect",
  core: smape,
});

export const MASE = declare({
  name: "MASE",
  params: [
    ...pair("actuals", "forecasts"),
    { name: "history", kind: "numbers" },
    { name: "seasonLength", kind: "number", optional: true, default: 1, rule: { min: 1, integer: true } },
  ],
  result: "scalar",
  formula: "mean|A-F| / mean|y(t) - y(t-m)| over the history, m = 1 (naive) or the season length",
  reading: "below 1 = better than (seasonal) naive",
  compute: (a) => mase(a.actuals, a.forecasts, a.history, a.seasonLength),
});

export const TRACKINGSIGNAL = pairedFunction({
  name: "TRACKINGSIGNAL",
  params: ["actuals", "forecasts"],
  formula: "sum(A-F) / mean|A-F|",
  reading: "statistics sign e = A - F: **positive = under-forecast**; outside about ±4 = biased",
  core: trackingSignal,
});

export const FVA = declare({
  name: "FVA",
  params: [
    ...pair("actuals", "forecasts"),
    { name: "baseline", kind: "numbers", optional: true, pairedWith: "actuals" },
    { name: "metric", kind: "option", optional: true, allowed: FVA_METRICS, default: "WAPE" },
  ],
  result: "scalar",
  formula:
    "error(baseline) - error(forecast); metric WAPE (default), MAPE, SMAPE or MAE; baseline default = naive (previous actual)",
  reading: "**positive = the step added value**",
  compute: (a) => fva(a.actuals, a.forecasts, { metric: a.metric, baseline: a.baseline }),
});

export const LAGACCURACY = archiveFunction({
  name: "LAGACCURACY",
  formula:
    "max(0, 1 - sum|A-F| / sum|A|) over the plan archive's rows at that lag (lag 1 = planned in the target month's own cycle, lag 3 = two cycles before), optionally of one family",
  reading: "1 = perfect; lag 3 = the plan supply acted on",
  core: lagAccuracy,
});

export const LAGBIAS = archiveFunction({
  name: "LAGBIAS",
  formula: "sum(F-A) / |sum(A)| over the plan archive's rows at that lag, optionally of one family",
  reading: "**positive = over-forecast**",
  core: lagBias,
});

export const LAGWAPE = archiveFunction({
  name: "LAGWAPE",
  formula:
    "sum|A-F| / sum|A| over the plan archive's rows at that lag, optionally of one family: one step of the forecast value added stairstep",
  reading: "0 = perfect; a step's value added = the previous step's WAPE - its WAPE",
  core: lagWape,
});
