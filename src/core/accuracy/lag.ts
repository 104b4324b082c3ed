import { Result, SopError, divZeroError, isSopError } from "../errors";
import { Series, sameSize } from "../numeric";
import { forecastBias } from "./bias";
import { forecastAccuracy } from "./forecastAccuracy";
import { wape } from "./wape";

/**
 * Which rows of a plan archive a lag measure reads: the rows whose lag equals `lag` and, when a
 * family is given, whose family is it (case-insensitive, blanks never match).
 */
export interface LagFilter {
  readonly lags: Series;
  readonly lag: number;
  readonly families?: ReadonlyArray<string | null>;
  readonly family?: string;
}

/**
 * The actuals and forecasts of the archive rows at one lag (and one family), in archive order.
 * Lag k = the plan published k - 1 months before its target month: the cycle month itself is
 * lag 1 (the plan of the month about to start), two months later lag 3.
 *
 * @example atLag([10, 20, 30], [11, 18, 33], { lags: [1, 3, 1], lag: 1 }) // { a: [10, 30], f: [11, 33] }
 */
export function atLag(actuals: Series, forecasts: Series, filter: LagFilter): { a: number[]; f: number[] } | SopError {
  const bad =
    sameSize(actuals, "actuals", forecasts, "forecasts") ??
    sameSize(actuals, "actuals", filter.lags, "lags") ??
    (filter.families !== undefined
      ? sameSize(actuals, "actuals", { length: filter.families.length }, "families")
      : null);
  if (bad) return bad;
  const want = filter.family === undefined || filter.family === "" ? null : filter.family.trim().toLowerCase();
  const a: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < actuals.length; i++) {
    if (filter.lags[i] !== filter.lag) continue;
    if (want !== null && filter.families !== undefined && (filter.families[i] ?? "").trim().toLowerCase() !== want)
      continue;
    a.push(actuals[i]);
    f.push(forecasts[i]);
  }
  return { a, f };
}

function measured(
  actuals: Series,
  forecasts: Series,
  filter: LagFilter,
  measure: (a: Series, f: Series) => Result<number>,
): Result<number> {
  const rows = atLag(actuals, forecasts, filter);
  if (isSopError(rows)) return rows;
  const { a, f } = rows;
  if (a.length === 0) return divZeroError(`no archived plan at lag ${filter.lag}`);
  return measure(a, f);
}

/**
 * Forecast accuracy at one lag: max(0, 1 - WAPE) over the archive rows at that lag whose actual
 * and forecast are both present.
 *
 * @example lagAccuracy([100, 200, 50], [110, 170, 80], { lags: [1, 1, 3], lag: 1 }) // 1 - 40/300 = 0.8667
 */
export function lagAccuracy(actuals: Series, forecasts: Series, filter: LagFilter): Result<number> {
  return measured(actuals, forecasts, filter, forecastAccuracy);
}

/** WAPE at one lag: sum|A - F| / sum|A| over the archive rows at that lag. */
export function lagWape(actuals: Series, forecasts: Series, filter: LagFilter): Result<number> {
  return measured(actuals, forecasts, filter, wape);
}

/** Forecast bias at one lag: sum(F - A) / |sum(A)| over the archive rows at that lag; positive = over-forecast. */
export function lagBias(actuals: Series, forecasts: Series, filter: LagFilter): Result<number> {
  return measured(actuals, forecasts, filter, (a, f) => forecastBias(a, f, "PERCENT"));
}
