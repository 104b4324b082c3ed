/**
 * SOP.FORECAST and SOP.FORECASTMETHOD: the statistical baseline in a cell.
 */
import { RangeInput } from "../core/cells";
import { SopError, isSopError, numError, valueError } from "../core/errors";
import { MAX_HORIZON, MethodName, describeMethod, forecast, historyFromRange, parseMethodName } from "../core/forecast";
import { scalar, toExcelError } from "./shell";

/**
 * Fits are pure, and a workbook recalculates the same histories again and again (opening the
 * file, a full recalculation): the most recent results are reused, keyed by their arguments.
 */
const MEMO_SIZE = 512;
const memo = new Map<string, unknown>();

function memoized<T>(key: string, compute: () => T): T {
  if (memo.has(key)) {
    const hit = memo.get(key) as T;
    memo.delete(key);
    memo.set(key, hit); // most recently used last
    return hit;
  }
  const value = compute();
  memo.set(key, value);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  return value;
}

const METHOD_HELP = "AUTO, NAIVE, SNAIVE, MA, SES, HOLT, HOLT_DAMPED, HW_ADDITIVE, HW_MULTIPLICATIVE, CROSTON, SBA";

function parseMethod(method: string | null | undefined): MethodName | SopError {
  if (method === null || method === undefined || method === "") return "AUTO";
  if (typeof method !== "string") return valueError(`method must be one of ${METHOD_HELP}`);
  return parseMethodName(method) ?? valueError(`unknown method "${method}"; use one of ${METHOD_HELP}`);
}

/** Season length argument: omitted, blank or 0 -> detect; otherwise a whole number >= 1. */
function parseSeason(season: number | null | undefined): number | undefined | SopError {
  if (season === null || season === undefined || (season as unknown) === "" || season === 0) return undefined;
  if (typeof season !== "number" || !Number.isFinite(season)) return valueError("season_length must be a number");
  const m = Math.trunc(season);
  return m >= 1 ? m : numError("season_length must be at least 1");
}

/**
 * Statistical forecast of the next periods (spills horizon values: a row, or a column when the history is a column).
 * Methods: AUTO (default: exponential smoothing family chosen by AICc; Croston/SBA/SES/MA by holdout error for intermittent demand),
 * NAIVE, SNAIVE, MA, SES, HOLT, HOLT_DAMPED, HW_ADDITIVE, HW_MULTIPLICATIVE, CROSTON, SBA.
 * Leading blanks/zeros and trailing blanks are ignored; interior blanks count as 0; text gives #VALUE!.
 * @customfunction FORECAST
 * @param history Past values, oldest first, as one row or one column (at least 2 values).
 * @param horizon Number of periods to forecast, 1 to 120.
 * @param method Optional method name (default "AUTO"): AUTO, NAIVE, SNAIVE, MA, SES, HOLT, HOLT_DAMPED, HW_ADDITIVE, HW_MULTIPLICATIVE, CROSTON or SBA.
 * @param season_length Optional periods per seasonal cycle, e.g. 12 for monthly data (default: detected; 1 = no seasonality).
 * @returns The forecast values.
 */

export function sopForecast(history: any[][], horizon: number, method?: string, season_length?: number): number[][] {
  const h = historyFromRange(history as RangeInput);
  if (isSopError(h)) throw toExcelError(h);
  if (typeof horizon !== "number" || !Number.isFinite(horizon))
    throw toExcelError(valueError("horizon must be a number"));
  const steps = Math.trunc(horizon);
  if (steps < 1 || steps > MAX_HORIZON) throw toExcelError(numError(`horizon must be from 1 to ${MAX_HORIZON}`));
  const m = parseMethod(method);
  if (isSopError(m)) throw toExcelError(m);
  const season = parseSeason(season_length);
  if (isSopError(season)) throw toExcelError(season);
  const r = memoized(JSON.stringify(["F", h.values, steps, m, season ?? 0]), () =>
    forecast(h.values, steps, { method: m, seasonLength: season }),
  );
  if (isSopError(r)) throw toExcelError(r);
  const values = r.values.map((v) => scalar(v));
  return h.orientation === "column" ? values.map((v) => [v]) : [values];
}

/**
 * Which method SOP.FORECAST's AUTO picks for a history, with its fitted parameters and holdout sMAPE.
 * Parameters are smoothing weights in state-space form (as R's ets): alpha level, beta trend, gamma season, phi damping.
 * @customfunction FORECASTMETHOD
 * @param history Past values, oldest first, as one row or one column (at least 2 values).
 * @param season_length Optional periods per seasonal cycle (default: detected; 1 = no seasonality).
 * @returns A one-line description, e.g. "Holt-Winters multiplicative (m=12): alpha=0.41 beta=0.02 gamma=0.30; holdout sMAPE 4.1%".
 */

export function sopForecastMethod(history: any[][], season_length?: number): string {
  const h = historyFromRange(history as RangeInput);
  if (isSopError(h)) throw toExcelError(h);
  const season = parseSeason(season_length);
  if (isSopError(season)) throw toExcelError(season);
  const r = memoized(JSON.stringify(["M", h.values, season ?? 0]), () =>
    describeMethod(h.values, { seasonLength: season }),
  );
  if (isSopError(r)) throw toExcelError(r);
  return r;
}
