/** Declarations of SOP.FORECAST, SOP.FORECASTINTERVAL and SOP.FORECASTMETHOD (see ./declare.ts). */
import {
  CONCRETE_METHODS,
  MAX_HORIZON,
  MethodName,
  describeMethod,
  forecast,
  forecastInterval,
  historyFromRange,
  parseMethodName,
} from "../forecast";
import type { History } from "../forecast";
import { Result, isSopError, valueError } from "../errors";
import { declare } from "./declare";

/** The method words SOP.FORECAST accepts (aliases aside). */
export const METHOD_WORDS: ReadonlyArray<MethodName> = ["AUTO", ...CONCRETE_METHODS];

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

function method(text: string): Result<MethodName> {
  return parseMethodName(text) ?? valueError(`unknown method "${text}"; use one of ${METHOD_WORDS.join(", ")}`);
}

/** Season length: 0 (or blank, a desktop blank) = detect; otherwise whole periods. */
const season = (m: number): number | undefined => (m === 0 ? undefined : Math.trunc(m));

/** The arguments SOP.FORECAST and SOP.FORECASTINTERVAL share, parsed: history, method, steps, season. */
function forecastArgs(a: {
  readonly history: Parameters<typeof historyFromRange>[0];
  readonly method: string;
  readonly horizon: number;
  readonly seasonLength: number;
}): Result<{ h: History; m: MethodName; steps: number; s: number | undefined }> {
  const h = historyFromRange(a.history);
  if (isSopError(h)) return h;
  const m = method(a.method);
  if (isSopError(m)) return m;
  return { h, m, steps: Math.trunc(a.horizon), s: season(a.seasonLength) };
}

const SEASON = { name: "seasonLength", kind: "number", optional: true, default: 0, rule: { min: 0 } } as const;

export const FORECAST = declare({
  name: "FORECAST",
  params: [
    { name: "history", kind: "cells" },
    { name: "horizon", kind: "number", rule: { min: 1, max: MAX_HORIZON } },
    { name: "method", kind: "text", optional: true, default: "AUTO" },
    SEASON,
  ],
  result: "spill",
  formula: "spills `horizon` (1-120) forecasts, as a row or a column like `history`",
  reading: "AUTO by default; the methods are listed below",
  compute: (a) => {
    const p = forecastArgs(a);
    if (isSopError(p)) return p;
    const { h, m, steps, s } = p;
    const r = memoized(JSON.stringify(["F", h.values, steps, m, s ?? 0]), () =>
      forecast(h.values, steps, { method: m, seasonLength: s }),
    );
    if (isSopError(r)) return r;
    return h.orientation === "column" ? r.values.map((v) => [v]) : [r.values.slice()];
  },
});

/** Which bounds SOP.FORECASTINTERVAL spills. */
export const BOUND_WORDS = ["BOTH", "LOWER", "UPPER"] as const;

export const FORECASTINTERVAL = declare({
  name: "FORECASTINTERVAL",
  params: [
    { name: "history", kind: "cells" },
    { name: "horizon", kind: "number", rule: { min: 1, max: MAX_HORIZON } },
    { name: "level", kind: "number", optional: true, default: 0.8 },
    { name: "bound", kind: "option", optional: true, allowed: BOUND_WORDS, default: "BOTH" },
    { name: "method", kind: "text", optional: true, default: "AUTO" },
    SEASON,
  ],
  result: "spill",
  formula:
    "the `level` (default 0.8) prediction interval of `SOP.FORECAST`'s forecasts: the model's forecast variance (exponential smoothing, naive), else quantiles of its in-sample errors, widened 1.4 times (1.7 times from fewer than three seasonal cycles of history; at 95 %, 1.4 and 2.5 times, interpolated between the two levels; calibrated on held-out history); never below 0 for demand",
  reading:
    '"BOTH" (default) spills the lower then the upper bounds (two rows, or two columns for a column history); "LOWER" or "UPPER" one of them',
  compute: (a) => {
    const p = forecastArgs(a);
    if (isSopError(p)) return p;
    const { h, m, steps, s } = p;
    const r = memoized(JSON.stringify(["I", h.values, steps, a.level, m, s ?? 0]), () =>
      forecastInterval(h.values, steps, a.level, { method: m, seasonLength: s }),
    );
    if (isSopError(r)) return r;
    const rows = a.bound === "LOWER" ? [r.lower] : a.bound === "UPPER" ? [r.upper] : [r.lower, r.upper];
    return h.orientation === "column"
      ? r.values.map((_, i) => rows.map((row) => row[i]))
      : rows.map((row) => row.slice());
  },
});

export const FORECASTMETHOD = declare({
  name: "FORECASTMETHOD",
  params: [{ name: "history", kind: "cells" }, SEASON],
  result: "text",
  formula:
    "why the forecast is what it is: season found or not and by which test, the model and why, its parameters, holdout error, 80 % band width",
  reading:
    "e.g. `Season of 12 periods (found: stable-seasonality F test p < 0.001); Holt-Winters additive, no trend (lowest AICc of 6 methods); alpha 0.78, gamma 0.00; holdout sMAPE 12.9 %; 80 % band ±7 % of the forecast next period, ±18 % at 12 periods`",
  compute: (a) => {
    const h = historyFromRange(a.history);
    if (isSopError(h)) return h;
    const s = season(a.seasonLength);
    return memoized(JSON.stringify(["M", h.values, s ?? 0]), () => describeMethod(h.values, { seasonLength: s }));
  },
});
