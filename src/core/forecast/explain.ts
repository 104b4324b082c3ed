/**
 * SOP.FORECASTMETHOD's text: the forecast's choices in a planner's words, one clause each,
 * separated by "; ":
 * 1. The season: found or not and by which test (the stable-seasonality F test of ./season.ts,
 *    with its p-value: "p < 0.001" or three decimals), given by the caller, or why there is none
 *    (fewer than two cycles, not significant, a model without season has the lower AICc, the
 *    method has none). Intermittent demand under AUTO says so instead (its methods have no
 *    season).
 * 2. The model (with the trend form of Holt-Winters and the decomposition) and why: the method
 *    given, the lowest AICc among the candidates, or the lowest holdout error (intermittent).
 * 3. Its parameters, two decimals ("alpha 0.31, beta 0.02"; "window 3"; the decomposition's
 *    season weight).
 * 4. The holdout sMAPE: the same method refitted without the last cycle (seasonal) or the last
 *    min(12, n / 4) periods, on those periods; left out when the history is too short.
 * 5. The 80 % band's width relative to the forecast, next period and 12 periods ahead:
 *    "±8 %" when both sides round to the same percent, else "-9 % / +21 %" (skewed, or clipped
 *    at 0); in units ("0 to 3.2") where the forecast is 0; or why there is no band.
 * A history of zeros only says so in one sentence.
 * @example describeMethod(monthlySales, { seasonLength: 12 })
 * // "Season of 12 periods (given; stable-seasonality F test p < 0.001); Holt-Winters
 * //  multiplicative, damped trend (lowest AICc of 5 methods); alpha 0.31, beta 0.02, gamma 0.10,
 * //  phi 0.95; holdout sMAPE 4.1 %; 80 % band ±11 % of the forecast next period, ±20 % at 12 periods"
 */
import { Result, isSopError } from "../errors";
import { smape } from "../accuracy";
import { candidates, isIntermittent } from "./auto";
import { choose, finite, historyBand } from "./forecast";
import { fitMethod } from "./methods";
import { SEASON_CANDIDATES, SEASON_TEST_LEVEL, detectSeasonLength, seasonTest } from "./season";
import { ForecastOptions, FittedModel, METHOD_LABELS, MethodName } from "./types";

/** The band SOP.FORECASTMETHOD describes. */
const LEVEL = 0.8;
/** The further step whose band width it gives. */
const FAR_STEP = 12;

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}

function pText(p: number): string {
  return p < 0.001 ? "p < 0.001" : `p = ${p.toFixed(3)}`;
}

const TEST = "stable-seasonality F test";
const LEVEL_TEXT = SEASON_TEST_LEVEL.toFixed(2);

/** Why the model did not keep a season of length m the history has two cycles of. */
function seasonDropped(y: readonly number[], m: number, auto: boolean): string {
  if (!auto) return "the method has no season";
  return y.length >= 3 * m ? "a model without season has the lower AICc" : "not used";
}

/** Clause 1: the season. */
function seasonClause(y: readonly number[], opts: ForecastOptions, model: FittedModel): string {
  const n = y.length;
  const auto = (opts.method ?? "AUTO") === "AUTO";
  const used = model.seasonLength > 1;
  const given = opts.seasonLength;
  if (given === 1) return "No season (season length 1 given)";
  if (given !== undefined) {
    if (n < 2 * given) return `No season (${given} given, but ${n} values are fewer than two cycles)`;
    const t = seasonTest(y, given);
    const test = t ? `${TEST} ${pText(t.pValue)}` : TEST;
    if (used) return `Season of ${given} periods (given; ${test})`;
    const why =
      auto && n < 3 * given && t && t.pValue >= SEASON_TEST_LEVEL
        ? `not below ${LEVEL_TEXT} with two cycles`
        : seasonDropped(y, given, auto);
    return `No season (${given} given; ${test}, ${why})`;
  }
  const tests = SEASON_CANDIDATES.map((m) => seasonTest(y, m)).filter((t) => t !== undefined);
  if (tests.length === 0) {
    return `No season (${n} values: fewer than two cycles of ${SEASON_CANDIDATES[0]} periods to test one)`;
  }
  if (used) {
    const t = tests.find((x) => x.m === model.seasonLength);
    return `Season of ${model.seasonLength} periods (found: ${TEST} ${pText(t?.pValue ?? 0)})`;
  }
  const significant = tests.filter((t) => t.pValue < SEASON_TEST_LEVEL);
  if (significant.length > 0) {
    const best = significant.reduce((a, b) => (b.adjustedR2 > a.adjustedR2 ? b : a));
    return `No season (found ${best.m} periods: ${TEST} ${pText(best.pValue)}, but ${seasonDropped(y, best.m, auto)})`;
  }
  const ps = tests.map((t) => `${pText(t.pValue)} at ${t.m}`).join(", ");
  return `No season (${TEST} ${ps}; none below ${LEVEL_TEXT})`;
}

/** The intermittent candidates as the text names them. */
const INTERMITTENT_NAMES: Partial<Record<MethodName, string>> = {
  MA: "moving average",
  SES: "SES",
  CROSTON: "Croston",
  SBA: "SBA",
  TSB: "TSB",
  SNAIVE: "seasonal naive",
  DECOMP: "seasonal decomposition",
};

/** "a, b and c". */
const listed = (names: readonly string[]): string =>
  names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names.join("");

/** Clause 2: the model and why it was chosen. */
function modelClause(y: readonly number[], opts: ForecastOptions, model: FittedModel): string {
  const p = model.params;
  const trend = "phi" in p ? "damped trend" : "beta" in p ? "linear trend" : "no trend";
  const shape = ["HW_ADDITIVE", "HW_MULTIPLICATIVE", "DECOMP"].includes(model.method) ? `, ${trend}` : "";
  const name = `${METHOD_LABELS[model.method]}${shape}`;
  const asked = opts.method ?? "AUTO";
  if (asked !== "AUTO") {
    return asked === model.method
      ? `${name} (method given)`
      : `${name} (${METHOD_LABELS[asked]} given; ${y.length} values are too few for it)`;
  }
  if (isIntermittent(y)) {
    const zeros = y.filter((v) => v === 0).length;
    const share = `${zeros} of ${y.length} periods zero`;
    if (y.length < 8) return `${name} (intermittent demand, ${share}; too few values to compare methods)`;
    const compared = candidates(y, opts.seasonLength ?? detectSeasonLength(y));
    return `${name} (intermittent demand, ${share}; lowest holdout error of ${listed(compared.map((c) => INTERMITTENT_NAMES[c] ?? METHOD_LABELS[c]))})`;
  }
  const list = candidates(y, opts.seasonLength ?? detectSeasonLength(y));
  if (!list.includes(model.method)) return `${name} (no other method could be fitted)`;
  return `${name} (lowest AICc of ${list.length} methods)`;
}

/** Clause 3: the parameters, or undefined when the method has none. */
function paramsClause(model: FittedModel): string | undefined {
  const words: Record<string, string> = { weight: "season weight" };
  const parts = Object.entries(model.params).map(([k, v]) => `${words[k] ?? k} ${fmt(v)}`);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/**
 * sMAPE (%) of the method refitted without the last H periods (H = m for seasonal methods, else
 * min(12, n / 4)) on those periods; undefined when the shortened history is too short for it.
 */
function holdoutScore(model: FittedModel, history: readonly number[]): number | undefined {
  const n = history.length;
  const m = model.seasonLength;
  const h = m >= 2 ? m : Math.min(12, Math.floor(n / 4));
  const minTrain = m >= 2 ? 2 * m : 4;
  if (h < 1 || n - h < minTrain) return undefined;
  const refit = fitMethod(model.method, history.slice(0, n - h), m);
  if (isSopError(refit) || refit.method !== model.method) return undefined;
  const score = smape(
    history.slice(n - h),
    finite(
      refit.forecast(h),
      history.every((v) => v >= 0),
    ),
  );
  return isSopError(score) || !Number.isFinite(score) ? undefined : 100 * score;
}

/** The band's width at one step, relative to the forecast (in units where the forecast is 0). */
function width(f: number, lo: number, hi: number): string {
  if (!(f > 0)) return `${fmt(lo)} to ${fmt(hi)}`;
  const below = Math.round((100 * (f - lo)) / f);
  const above = Math.round((100 * (hi - f)) / f);
  return below === above ? `±${above} %` : `-${below} % / +${above} %`;
}

/** Clause 5: the 80 % band next period and FAR_STEP periods ahead. */
function bandClause(y: readonly number[], opts: ForecastOptions, model: FittedModel): string {
  const nonNegative = y.every((v) => v >= 0);
  const raw = model.forecast(FAR_STEP);
  const b = historyBand(y, opts, model, raw, LEVEL);
  if (!b) return "no 80 % band (too few in-sample errors for this method)";
  const f = finite(raw, nonNegative);
  const [lo, hi] = [finite(b.lower, nonNegative), finite(b.upper, nonNegative)];
  const k = FAR_STEP - 1;
  const rel = f[0] > 0 ? " of the forecast" : "";
  return `80 % band ${width(f[0], lo[0], hi[0])}${rel} next period, ${width(f[k], lo[k], hi[k])} at ${FAR_STEP} periods`;
}

/** SOP.FORECASTMETHOD's text (see the module comment). Errors as `forecast`'s. */
export function describeMethod(history: readonly number[], opts: ForecastOptions = {}): Result<string> {
  const model = choose(history, opts);
  if (isSopError(model)) return model;
  const auto = (opts.method ?? "AUTO") === "AUTO";
  const clauses: string[] = [];
  if (history.every((v) => v === 0)) return "Every value is 0: the forecast and its 80 % band are 0";
  if (!(auto && isIntermittent(history))) clauses.push(seasonClause(history, opts, model));
  clauses.push(modelClause(history, opts, model));
  const params = paramsClause(model);
  if (params) clauses.push(params);
  const holdout = holdoutScore(model, history);
  if (holdout !== undefined) clauses.push(`holdout sMAPE ${holdout.toFixed(1)} %`);
  clauses.push(bandClause(history, opts, model));
  return clauses.join("; ");
}
