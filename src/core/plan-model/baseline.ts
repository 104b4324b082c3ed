/**
 * The statistical baseline: values from the forecasting core, written into the workbook as a
 * snapshot of this cycle (not as formulas), so forecast value added stays measurable and the
 * workbook works where SOP.* is not available.
 *
 * - Plan months: `forecast(history, horizon, { seasonLength: 12 })` (method chosen automatically;
 *   the buckets are months, so a season, when the history shows one, is a year) on the family's
 *   history window. Blanks before the first actual are dropped; a blank inside the history is a
 *   missing month, filled by straight-line interpolation between its neighbours (not 0: a
 *   missing record is not a month without sales, and a 0 there would break the season); blanks
 *   after the last actual count as 0.
 * - History months: the lag-1 forecast, i.e. for month t the one-step forecast made from the
 *   actuals before t, as a planning system would have made it month by month. Only the last 12
 *   history months get one (a rolling 12-month accuracy window; it starts later when the history
 *   has fewer than 2 actuals before it); earlier months stay blank. With two years of actuals
 *   or more before the window (HOLD_PARAMETERS_FROM), the method chosen for the plan is fitted
 *   once, on the actuals before the window's first month (automatic choice when the method
 *   cannot be fitted there), and its parameters are held across the window: the forecast of
 *   month t uses the parameters fitted at the window start and the level, trend and season
 *   updated by every actual before t (`oneStepForecasts`), what a system forecasting every month
 *   with parameters estimated at the window start would have had, at one fit instead of one per
 *   month. With less, the method is refitted each month on the actuals before it (automatic
 *   choice when it cannot be fitted there). Either way no parameter is fitted on the month it is
 *   scored on. A month without a forecast stays blank.
 * Values are rounded to 2 decimals.
 *
 * The 80 % band of the plan months (`lower80`, `upper80`) is part of the snapshot: the 80 %
 * prediction interval of the same fit (`forecastWithBand`), so it always brackets the baseline
 * it is the band of, rounded likewise. It is written as values, not as
 * `SOP.FORECASTINTERVAL` formulas over the actual-sales row, because
 * - a band over the actuals as they stand can come from another model than the snapshot (blanks
 *   after the last actual count as 0 here, a typed correction refits): a band that does not
 *   bracket the baseline beside it is not that baseline's band;
 * - as formulas it would be two per family and plan month: 3,600 `SOP.*` cells for 50 families
 *   x 36 months against 22 on the KPIs sheet, each an automatic model fit when Excel recalculates
 *   (measured: the scaffold's requests grow from 5.56 to 5.85 MB), and a workbook opened
 *   without the add-in shows #NAME? in all of them, which "Reactivate formulas" then reads back
 *   (287 KB instead of under 6 KB) and re-enters;
 * - the supply plan reads it for safety stock: values the plan model knows, like the baseline.
 * Where the model has no band (a history too short for its in-sample errors, or too short to
 * forecast at all) the band is null (blank cells).
 */
import { isSopError } from "../errors";
import { METHOD_LABELS, MethodName, fillGaps, forecast, forecastWithBand, oneStepForecasts } from "../forecast";
import { Blank, FamilyBaseline } from "./types";

/** History months that get a lag-1 forecast (counted back from the cycle month). */
export const LAG1_MONTHS = 12;

/** The plan's buckets are months: a season is a year. */
export const MONTHS_PER_YEAR = 12;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The history as a forecastable series: leading blanks dropped, interior blanks interpolated,
 * blanks after the last actual 0 (no sales recorded since), so the series ends at the cycle month.
 */
export function forecastableHistory(actuals: ReadonlyArray<Blank>): number[] {
  const first = actuals.findIndex((v) => v !== null);
  if (first < 0) return [];
  let last = actuals.length - 1;
  while (actuals[last] === null) last--;
  return [...fillGaps(actuals.slice(first, last + 1)), ...new Array<number>(actuals.length - 1 - last).fill(0)];
}

function fallback(series: ReadonlyArray<number>, horizon: number): number[] {
  const last = series.length > 0 ? series[series.length - 1] : 0;
  return new Array<number>(horizon).fill(last);
}

function methodLabel(method: MethodName, seasonLength: number): string {
  return `${METHOD_LABELS[method]}${seasonLength > 1 ? ` (m=${seasonLength})` : ""}`;
}

/**
 * Actuals before the lag-1 window needed to hold the parameters fitted there: two years, so a
 * yearly season is estimated from two of its cycles. With fewer, a model fitted once at the
 * window start is fitted on one season or less (on the sample's 24 months, 12: Holt-Winters
 * fitted on 12 points forecast Valves' 9,000-11,000 a month at about 8,000 all year, a false bias
 * exception), so each month is refitted on the actuals before it instead.
 */
export const HOLD_PARAMETERS_FROM = 2 * MONTHS_PER_YEAR;

/** The one-step forecast of the value after `prefix`: `method` refitted on `prefix`. */
function lagOne(prefix: ReadonlyArray<number>, method: MethodName, seasonLength: number): Blank {
  if (prefix.length < 2) return null;
  const m = seasonLength <= prefix.length ? seasonLength : 1;
  let r = forecast(prefix, 1, { method, seasonLength: m });
  if (isSopError(r)) r = forecast(prefix, 1, { seasonLength: MONTHS_PER_YEAR });
  return isSopError(r) ? null : round2(r.values[0]);
}

/**
 * The lag-1 forecasts of `series` from index `from` on: with at least HOLD_PARAMETERS_FROM
 * values before `from`, `method` fitted before `from` and its parameters held; with fewer,
 * refitted month by month.
 */
function lagOneWindow(series: ReadonlyArray<number>, from: number, method: MethodName, seasonLength: number): Blank[] {
  if (from < HOLD_PARAMETERS_FROM) {
    return series.slice(from).map((_, k) => lagOne(series.slice(0, from + k), method, seasonLength));
  }
  const m = seasonLength <= from ? seasonLength : 1;
  let r = oneStepForecasts(series, from, { method, seasonLength: m });
  if (isSopError(r)) r = oneStepForecasts(series, from, { seasonLength: MONTHS_PER_YEAR });
  if (isSopError(r)) return series.slice(from).map(() => null);
  return r.map((v) => (Number.isFinite(v) ? round2(v) : null));
}

/** Coverage of the baseline's band: the 80 % prediction interval. */
export const BAND_LEVEL = 0.8;

/** The baseline of one family: lag-1 forecasts over the history window, the plan forecast and its 80 % band. */
export function familyBaseline(actuals: ReadonlyArray<Blank>, horizon: number): FamilyBaseline {
  const series = forecastableHistory(actuals);
  const r =
    series.length >= 2 ? forecastWithBand(series, horizon, BAND_LEVEL, { seasonLength: MONTHS_PER_YEAR }) : null;
  if (r === null || isSopError(r)) {
    const last = series.length > 0 ? "last actual repeated" : "no history: zero";
    const none = new Array<Blank>(horizon).fill(null);
    return {
      history: actuals.map(() => null),
      plan: fallback(series, horizon).map(round2),
      lower80: none,
      upper80: none,
      method: last,
    };
  }
  const offset = actuals.length - series.length;
  const first = Math.max(actuals.length - LAG1_MONTHS, offset + 2);
  const lag = first < actuals.length ? lagOneWindow(series, first - offset, r.method, r.seasonLength) : [];
  const history: Blank[] = actuals.map((_, t) => (t < first ? null : lag[t - first]));
  const bound = (b: number[] | undefined): Blank[] => b?.map(round2) ?? new Array<Blank>(horizon).fill(null);
  return {
    history,
    plan: r.values.map(round2),
    lower80: bound(r.band?.lower),
    upper80: bound(r.band?.upper),
    method: methodLabel(r.method, r.seasonLength),
  };
}
