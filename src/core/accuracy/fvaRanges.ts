import { ArgInput, omitted, pairedNumbers } from "../args";
import { Result, isSopError } from "../errors";
import { FvaMetric, fva } from "./fva";

/**
 * Forecast value added over ranges as Excel passes them (SOP.FVA, and the workbook's cached
 * value of the same formula): actuals paired with the forecast, and with the baseline when one
 * is given (a blank on either side leaves the period out); no baseline = the naive forecast.
 */
export function fvaOfRanges(
  actuals: ArgInput,
  forecasts: ArgInput,
  baseline: ArgInput | undefined,
  metric: FvaMetric,
): Result<number> {
  const p = pairedNumbers(actuals, "actuals", forecasts, "forecasts");
  if (isSopError(p)) return p;
  if (baseline === null || baseline === undefined || omitted(baseline)) return fva(p[0], p[1], { metric });
  const b = pairedNumbers(actuals, "actuals", baseline, "baseline");
  if (isSopError(b)) return b;
  return fva(p[0], p[1], { metric, baseline: b[1] });
}
