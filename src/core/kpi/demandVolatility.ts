import { Result, divZeroError, valueError } from "../errors";
import { Series, finite, overflowed, sameSize } from "../numeric";

/** How `demandVolatility` measures volatility. */
export type VolatilityVariant = "CHANGE" | "CV";
export const VOLATILITY_VARIANTS: ReadonlyArray<VolatilityVariant> = ["CHANGE", "CV"];

/**
 * Demand volatility.
 *
 * - "CHANGE" (default, seed definition: change rate across demand forecasts): forecast
 *   instability between two cycles' snapshots over the same target months,
 *   sum|F_now - F_prev| / sum|F_prev| (pairs where both are present). 0 = the plan did not move;
 *   0.15 = 15 % of the previous plan's volume changed. Direction is not shown (use SOP.FORECASTBIAS).
 * - "CV": coefficient of variation of one demand series = s / |mean|, with s the SAMPLE standard
 *   deviation (n - 1 denominator, as Excel's STDEV.S). Blanks skipped; `previous` not used.
 *
 * Errors: CHANGE without `previous` or with a different size -> `#VALUE!`; previous total 0,
 * CV with fewer than two values or a mean of 0 -> `#DIV/0!`; overflow -> `#NUM!`.
 *
 * @example demandVolatility([110, 90], [100, 100])   // 20 / 200 = 0.1
 * @example demandVolatility([2, 4, 6], undefined, "CV") // 2 / 4 = 0.5
 */
export function demandVolatility(
  current: Series,
  previous?: Series,
  variant: VolatilityVariant = "CHANGE",
): Result<number> {
  if (variant === "CV") return coefficientOfVariation(current);
  if (previous === undefined) return valueError("previous forecasts are needed for the CHANGE variant");
  const bad = sameSize(current, "current forecasts", previous, "previous forecasts");
  if (bad) return bad;
  let change = 0;
  let base = 0;
  for (let i = 0; i < current.length; i++) {
    const c = current[i];
    const p = previous[i];
    if (c !== c || p !== p) continue;
    change += Math.abs(c - p);
    base += Math.abs(p);
  }
  const big = overflowed("demand volatility", change, base);
  if (big) return big;
  if (base === 0) return divZeroError("previous forecasts total zero");
  return finite(change / base, "demand volatility");
}

/** s / |mean| with the sample standard deviation; values are scaled by max|x| first (CV is scale-free), so 1e300s do not overflow. */
function coefficientOfVariation(xs: Series): Result<number> {
  let n = 0;
  let scale = 0;
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i];
    if (v !== v) continue;
    n++;
    const a = Math.abs(v);
    if (a > scale) scale = a;
  }
  if (n < 2) return divZeroError("need at least two demand values");
  if (!Number.isFinite(scale)) return finite(scale, "demand volatility");
  if (scale === 0) return divZeroError("mean demand is zero");
  let mean = 0;
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i];
    if (v === v) mean += v / scale;
  }
  mean /= n;
  let ss = 0;
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i];
    if (v !== v) continue;
    const d = v / scale - mean;
    ss += d * d;
  }
  if (mean === 0) return divZeroError("mean demand is zero");
  return finite(Math.sqrt(ss / (n - 1)) / Math.abs(mean), "demand volatility");
}
