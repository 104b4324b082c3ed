import { Result, divZeroError, isSopError } from "../errors";
import { Series, finite, sameSize } from "../numeric";
import { mape } from "./mape";
import { smape } from "./smape";
import { wape } from "./wape";

/** The error metric FVA compares. */
export type FvaMetric = "WAPE" | "MAPE" | "SMAPE" | "MAE";
export const FVA_METRICS: ReadonlyArray<FvaMetric> = ["WAPE", "MAPE", "SMAPE", "MAE"];

export interface FvaOptions {
  /** The baseline forecast (e.g. the statistical forecast before overrides). Default: naive. */
  readonly baseline?: Series;
  /** Default "WAPE". */
  readonly metric?: FvaMetric;
}

function mae(a: Series, f: Series): Result<number> {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.abs(a[i] - f[i]);
  if (a.length === 0) return divZeroError("no pair has both an actual and a forecast");
  return finite(s / a.length, "MAE");
}

function measure(metric: FvaMetric, a: Series, f: Series): Result<number> {
  switch (metric) {
    case "WAPE":
      return wape(a, f);
    case "MAPE":
      return mape(a, f);
    case "SMAPE":
      return smape(a, f);
    case "MAE":
      return mae(a, f);
  }
}

/**
 * Forecast value added: how much a forecasting step (e.g. the consensus or a sales override)
 * improved on a baseline.
 *
 * FVA = error(baseline) - error(forecast), with the chosen metric (default WAPE). Positive = the
 * step helped (its error is lower); negative = it made the forecast worse. In the metric's unit:
 * a fraction for WAPE / MAPE / SMAPE (0.03 = 3 percentage points better), data units for MAE.
 *
 * Baseline: a given series, or by default the naive forecast (the previous period's actual,
 * B_t = A_(t-1)), which leaves out the first period. Both errors are measured over the same
 * periods: those where the actual, the forecast and the baseline are all present (NaN = blank).
 *
 * Errors: different sizes -> `#VALUE!`; no common period or a zero denominator in the metric ->
 * `#DIV/0!`; overflow -> `#NUM!`.
 */
export function fva(actuals: Series, forecasts: Series, options: FvaOptions = {}): Result<number> {
  const bad = sameSize(actuals, "actuals", forecasts, "forecasts");
  if (bad) return bad;
  const metric = options.metric ?? "WAPE";
  const given = options.baseline;
  if (given !== undefined) {
    const badBase = sameSize(actuals, "actuals", given, "baseline");
    if (badBase) return badBase;
  }
  const n = actuals.length;
  const a = new Float64Array(n);
  const f = new Float64Array(n);
  const b = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const base = given !== undefined ? given[i] : i > 0 ? actuals[i - 1] : NaN;
    const ai = actuals[i];
    const fi = forecasts[i];
    if (ai !== ai || fi !== fi || base !== base) continue;
    a[k] = ai;
    f[k] = fi;
    b[k] = base;
    k++;
  }
  const aa = a.subarray(0, k);
  const errBase = measure(metric, aa, b.subarray(0, k));
  if (isSopError(errBase)) return errBase;
  const errFc = measure(metric, aa, f.subarray(0, k));
  if (isSopError(errFc)) return errFc;
  return finite(errBase - errFc, "FVA");
}
