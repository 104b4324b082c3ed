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
 *   actuals before t with the method chosen for the plan (refitted on that shorter history;
 *   automatic choice when the method cannot be fitted there). Only the last 12 history months
 *   get one (a rolling 12-month accuracy window); earlier months and months with fewer than 2
 *   prior actuals stay blank.
 * Values are rounded to 2 decimals.
 */
import { isSopError } from "../errors";
import { METHOD_LABELS, MethodName, fillGaps, forecast } from "../forecast";
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

function lagOne(prefix: ReadonlyArray<number>, method: MethodName, seasonLength: number): Blank {
  if (prefix.length < 2) return null;
  const m = seasonLength <= prefix.length ? seasonLength : 1;
  let r = forecast(prefix, 1, { method, seasonLength: m });
  if (isSopError(r)) r = forecast(prefix, 1, { seasonLength: MONTHS_PER_YEAR });
  return isSopError(r) ? null : round2(r.values[0]);
}

/** The baseline of one family: lag-1 forecasts over the history window and the plan forecast. */
export function familyBaseline(actuals: ReadonlyArray<Blank>, horizon: number): FamilyBaseline {
  const series = forecastableHistory(actuals);
  const r = series.length >= 2 ? forecast(series, horizon, { seasonLength: MONTHS_PER_YEAR }) : null;
  if (r === null || isSopError(r)) {
    const last = series.length > 0 ? "last actual repeated" : "no history: zero";
    return { history: actuals.map(() => null), plan: fallback(series, horizon).map(round2), method: last };
  }
  const offset = actuals.length - series.length;
  const history: Blank[] = actuals.map((_, t) => {
    if (t < actuals.length - LAG1_MONTHS || t - offset < 2) return null;
    return lagOne(series.slice(0, t - offset), r.method, r.seasonLength);
  });
  return { history, plan: r.values.map(round2), method: methodLabel(r.method, r.seasonLength) };
}
