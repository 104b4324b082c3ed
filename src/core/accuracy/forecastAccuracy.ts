import { Result, isSopError } from "../errors";
import { Series } from "../numeric";
import { wape } from "./wape";

/**
 * Forecast accuracy as S&OP dashboards report it: 1 - WAPE, floored at 0.
 *
 * Accuracy = max(0, 1 - sum|A - F| / sum|A|) over the pairs where both values are present.
 * A fraction: 1 = perfect, 0 = errors as large as the actuals or worse. Higher is better.
 *
 * Errors: as `wape` (different sizes -> `#VALUE!`; every actual zero -> `#DIV/0!`).
 *
 * @example forecastAccuracy([100, 200], [110, 170]) // 1 - 40/300 = 0.8667
 */
export function forecastAccuracy(actuals: Series, forecasts: Series): Result<number> {
  const w = wape(actuals, forecasts);
  if (isSopError(w)) return w;
  return Math.max(0, 1 - w);
}
