/**
 * `forecast`, `forecastWithBand` and `forecastInterval`: validate the history and options, fit the method (or let AUTO
 * choose), and return finite forecasts.
 *
 * Rules: the history is a list of finite numbers (blank handling is the caller's: see
 * SOP.FORECAST); fewer than 2 values -> #N/A, except that a history of zeros only (even one)
 * forecasts zeros; a non-finite value -> #VALUE!; horizon not an integer in 1..120 -> #NUM!;
 * season length not a whole number >= 1 -> #NUM!. When no value is negative (demand), no
 * forecast is: every method's forecast is clipped at 0 (a trend down to zero, or a season on a
 * low level, would otherwise go below it).
 * Season length defaults to the detected one (see `detectSeasonLength`); when the history is
 * too short for it (fewer than two cycles), non-seasonal methods are used.
 */
import { Result, isSopError, naError, numError, valueError } from "../errors";
import { chooseAuto } from "./auto";
import { fitMethod } from "./methods";
import { fitNaive } from "./simple";
import { detectSeasonLength } from "./season";
import { Band, band, bandCalibration } from "./interval";
import { ForecastInterval, ForecastOptions, ForecastResult, FittedModel } from "./types";

/** Longest horizon SOP.FORECAST accepts. */
export const MAX_HORIZON = 120;

function validateHistory(history: readonly number[]): Result<readonly number[]> {
  const bad = history.findIndex((v) => typeof v !== "number" || !Number.isFinite(v));
  if (bad >= 0) return valueError(`history value ${bad + 1} is not a finite number`);
  if (history.length < 2 && !(history.length === 1 && history[0] === 0)) {
    return naError("history needs at least 2 values");
  }
  return history;
}

const allZero = (y: readonly number[]): boolean => y.every((v) => v === 0);

/** The model `forecast` fits for these options (AUTO's choice, or the method asked for). */
export function choose(history: readonly number[], opts: ForecastOptions): Result<FittedModel> {
  const ok = validateHistory(history);
  if (isSopError(ok)) return ok;
  const sl = opts.seasonLength;
  if (sl !== undefined && (!Number.isInteger(sl) || sl < 1)) {
    return numError("season length must be a whole number of at least 1");
  }
  if (allZero(history)) return fitNaive(history.length > 1 ? history : [0, 0]);
  const m = sl ?? detectSeasonLength(history);
  const method = opts.method ?? "AUTO";
  return method === "AUTO" ? chooseAuto(history, m) : fitMethod(method, history, m);
}

/** Finite values; clipped at 0 when the history has no negative value. */
export function finite(values: readonly number[], nonNegative: boolean): number[] {
  return values.map((v) => (Number.isFinite(v) ? (nonNegative ? Math.max(0, v) : v) : 0));
}

/**
 * The band at `level` around `raw`, `model`'s forecasts from `history`, calibrated for the level and
 * the history's length in cycles of the season length asked for (else the model's); clipped at 0
 * when the history has no negative value.
 */
export function historyBand(
  history: readonly number[],
  opts: ForecastOptions,
  model: FittedModel,
  raw: readonly number[],
  level: number,
): Band | undefined {
  const calibration = bandCalibration(history.length, opts.seasonLength ?? model.seasonLength, level);
  return band(
    model,
    raw,
    level,
    history.every((v) => v >= 0),
    calibration,
  );
}

/** The chosen model and its raw (unclipped) forecasts; errors as for `forecast`. */
function fitAndForecast(
  history: readonly number[],
  horizon: number,
  opts: ForecastOptions,
): Result<{ model: FittedModel; raw: number[] }> {
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > MAX_HORIZON) {
    return numError(`horizon must be a whole number from 1 to ${MAX_HORIZON}`);
  }
  const model = choose(history, opts);
  if (isSopError(model)) return model;
  const raw = model.forecast(horizon);
  if (raw.some((v) => !Number.isFinite(v))) {
    return numError("the fitted method produced a non-finite forecast");
  }
  return { model, raw };
}

/**
 * Forecast the next `horizon` periods of `history`.
 * @param history past values, oldest first (at least 2 finite numbers)
 * @param horizon number of periods to forecast, 1..120
 * @param opts method (default "AUTO") and season length (default detected)
 * @example forecast([10, 12, 11, 13], 2, { method: "NAIVE" }) // { values: [13, 13], method: "NAIVE", ... }
 */
export function forecast(
  history: readonly number[],
  horizon: number,
  opts: ForecastOptions = {},
): Result<ForecastResult> {
  const r = fitAndForecast(history, horizon, opts);
  if (isSopError(r)) return r;
  const { model, raw } = r;
  return {
    values: finite(
      raw,
      history.every((v) => v >= 0),
    ),
    method: model.method,
    params: { ...model.params },
    seasonLength: model.seasonLength,
  };
}

/** A forecast and, when its model has one at the level asked for, its prediction band. */
export interface ForecastWithBand extends ForecastResult {
  /** Lower and upper bounds for steps 1..horizon and how they were obtained; absent when the
   * history is too short for this model's band (see ./interval.ts). */
  readonly band?: { readonly lower: number[]; readonly upper: number[]; readonly source: "analytic" | "empirical" };
}

/**
 * `forecast` and, from the same fit, its prediction band at `level` (0 < level < 1) when the
 * model has one: one fit for both, so the band is around exactly these point forecasts.
 * #NUM! for a level outside (0, 1); otherwise the errors of `forecast`.
 */
export function forecastWithBand(
  history: readonly number[],
  horizon: number,
  level: number,
  opts: ForecastOptions = {},
): Result<ForecastWithBand> {
  if (!(level > 0 && level < 1)) {
    return numError("level must be a fraction between 0 and 1, e.g. 0.8 for an 80 % interval");
  }
  const r = fitAndForecast(history, horizon, opts);
  if (isSopError(r)) return r;
  const { model, raw } = r;
  const nonNegative = history.every((v) => v >= 0);
  const b = historyBand(history, opts, model, raw, level);
  return {
    values: finite(raw, nonNegative),
    method: model.method,
    params: { ...model.params },
    seasonLength: model.seasonLength,
    ...(b
      ? { band: { lower: finite(b.lower, nonNegative), upper: finite(b.upper, nonNegative), source: b.source } }
      : {}),
  };
}

/**
 * The forecast of `forecast` with its prediction interval at `level` (0 < level < 1, e.g. 0.8):
 * the same model, so the band is around the same point forecasts. See ./interval.ts for how the
 * width is obtained. #NUM! for a level outside (0, 1); #N/A when the history is too short for an
 * interval (a model without a closed-form variance and fewer than 8 in-sample errors).
 * A history of zeros only has a band of zeros.
 */
export function forecastInterval(
  history: readonly number[],
  horizon: number,
  level: number,
  opts: ForecastOptions = {},
): Result<ForecastInterval> {
  const r = forecastWithBand(history, horizon, level, opts);
  if (isSopError(r)) return r;
  const { band: b, ...point } = r;
  if (!b) return naError("history too short for a prediction interval of this method");
  return { ...point, lower: b.lower, upper: b.upper, level, source: b.source };
}

/**
 * The one-step forecasts of periods `from`.. of `history` as a system that fitted the method at
 * period `from` would have made them month by month: the method (`opts.method`, AUTO by
 * default; season length as for `forecast`) is fitted once to the values before `from`, and the
 * forecast of each later period t uses those parameters with the states updated by every value
 * before t (no refit). Clipped at 0 while the values before t have no negative one, as
 * `forecast` clips. NaN where the method's recursion breaks down. Errors as `forecast`'s for
 * the values before `from` (so `from` >= 2).
 */
export function oneStepForecasts(
  history: readonly number[],
  from: number,
  opts: ForecastOptions = {},
): Result<number[]> {
  const all = validateHistory(history);
  if (isSopError(all)) return all;
  const model = choose(history.slice(0, from), opts);
  if (isSopError(model)) return model;
  const steps = model.oneStep(history);
  let nonNegative = history.slice(0, from).every((v) => v >= 0);
  const out: number[] = [];
  for (let t = from; t < history.length; t++) {
    const v = steps[t];
    out.push(Number.isFinite(v) ? (nonNegative ? Math.max(0, v) : v) : Number.NaN);
    nonNegative = nonNegative && history[t] >= 0;
  }
  return out;
}
