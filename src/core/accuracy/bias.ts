import { Result, divZeroError } from "../errors";
import { Series, finite, overflowed, sameSize } from "../numeric";

/** How `forecastBias` expresses the bias. */
export type BiasVariant = "PERCENT" | "MEAN";
export const BIAS_VARIANTS: ReadonlyArray<BiasVariant> = ["PERCENT", "MEAN"];

/**
 * Forecast bias, the S&OP dashboard convention: positive = over-forecast (forecast above actual),
 * negative = under-forecast.
 *
 * - "PERCENT" (default): sum(F - A) / |sum(A)|, a fraction: 0.05 = forecasts 5 % too high in total.
 * - "MEAN": mean(F - A), in the data's units (the negative of R's ME, which uses e = A - F).
 *
 * Only pairs where both values are present count (NaN = blank).
 *
 * Errors: different sizes -> `#VALUE!`; PERCENT with sum(A) = 0, MEAN with no pair -> `#DIV/0!`;
 * overflow -> `#NUM!`.
 *
 * @example forecastBias([100, 200], [110, 220]) // 30 / 300 = 0.1
 */
export function forecastBias(actuals: Series, forecasts: Series, variant: BiasVariant = "PERCENT"): Result<number> {
  const bad = sameSize(actuals, "actuals", forecasts, "forecasts");
  if (bad) return bad;
  let sumDiff = 0;
  let sumAct = 0;
  let n = 0;
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i];
    const f = forecasts[i];
    if (a !== a || f !== f) continue;
    sumDiff += f - a;
    sumAct += a;
    n++;
  }
  const big = overflowed("bias", sumDiff, sumAct);
  if (big) return big;
  if (variant === "MEAN") {
    if (n === 0) return divZeroError("no pair has both an actual and a forecast");
    return finite(sumDiff / n, "bias");
  }
  if (sumAct === 0) return divZeroError("the actuals sum to zero");
  return finite(sumDiff / Math.abs(sumAct), "bias");
}
