/**
 * AUTO: choose a method for a history.
 *
 * Regular demand: the exponential smoothing family is fitted to the whole history (SES, HOLT,
 * HOLT_DAMPED; with a season length m >= 2 and at least two full cycles also HW_ADDITIVE and,
 * when every value is > 0, HW_MULTIPLICATIVE, each with no, linear or damped trend) and the fit
 * with the lowest AICc wins (the criterion R's `ets` uses; here from the least-squares fit:
 * AICc = n log(SSE / n) + 2k + 2k(k + 1) / (n - k - 1)). With fewer than 5 values, or when no
 * model fits, NAIVE.
 *
 * Intermittent demand (all values >= 0, at least 30% zeros, not all zero): MA, SES, CROSTON,
 * SBA and TSB, and when the history has a season (two cycles at least and the stable-seasonality test
 * finds it at season length m: demand in some months of the year only) also SNAIVE and DECOMP,
 * are scored by the mean absolute error on a holdout of the last min(12, n / 4) periods (sMAPE
 * is meaningless on zeros) and the winner is refitted on the whole history; SBA when the history
 * is too short for a holdout (fewer than 8 values). A flat intermittent forecast spreads a
 * seasonal demand over the whole year.
 */
import { isSopError } from "../errors";
import { mae } from "./accuracy";
import { ConcreteMethod, aicc, fitMethod } from "./methods";
import { isSeasonal } from "./season";
import { fitNaive } from "./simple";
import type { FittedModel } from "./types";

/** All values >= 0, at least 30% zeros, and at least one positive value. */
export function isIntermittent(y: readonly number[]): boolean {
  if (y.some((v) => v < 0)) return false;
  const zeros = y.filter((v) => v === 0).length;
  return zeros >= 0.3 * y.length && zeros < y.length;
}

/**
 * The methods AUTO compares for this history and season length. Seasonal methods need two full
 * cycles; from three cycles on every method competes (AICc can weigh the seasonal parameters);
 * with two, the stable-seasonality test decides: seasonal methods only when it finds the season,
 * non-seasonal ones otherwise.
 */
export function candidates(y: readonly number[], m: number): ConcreteMethod[] {
  if (isIntermittent(y)) {
    const plain: ConcreteMethod[] = ["MA", "SES", "CROSTON", "SBA", "TSB"];
    return m >= 2 && y.length >= 2 * m && isSeasonal(y, m) ? [...plain, "SNAIVE", "DECOMP"] : plain;
  }
  const plain: ConcreteMethod[] = ["SES", "HOLT", "HOLT_DAMPED"];
  if (m < 2 || y.length < 2 * m) return plain;
  const seasonal: ConcreteMethod[] = ["DECOMP", "HW_ADDITIVE"];
  if (y.every((v) => v > 0)) seasonal.push("HW_MULTIPLICATIVE");
  if (y.length >= 3 * m) return [...plain, ...seasonal];
  return isSeasonal(y, m) ? seasonal : plain;
}

function fitted(method: ConcreteMethod, y: readonly number[], m: number): FittedModel | undefined {
  const r = fitMethod(method, y, m);
  return isSopError(r) || r.method !== method ? undefined : r;
}

function byAicc(list: readonly ConcreteMethod[], y: readonly number[], m: number): FittedModel {
  let best: FittedModel | undefined;
  let bestIc = Number.POSITIVE_INFINITY;
  for (const method of list) {
    const f = fitted(method, y, m);
    if (!f) continue;
    const ic = aicc(f.sse, f.nErrors, f.nParams);
    if (ic < bestIc) {
      best = f;
      bestIc = ic;
    }
  }
  return best ?? fitNaive(y);
}

function byHoldoutMae(list: readonly ConcreteMethod[], y: readonly number[], m: number): FittedModel {
  const n = y.length;
  const h = Math.min(12, Math.floor(n / 4));
  if (n < 8) return fitted("SBA", y, m) ?? fitNaive(y);
  const train = y.slice(0, n - h);
  const test = y.slice(n - h);
  let bestMethod: ConcreteMethod = "SBA";
  let bestScore = Number.POSITIVE_INFINITY;
  for (const method of list) {
    const f = fitted(method, train, m);
    if (!f) continue;
    const score = mae(test, f.forecast(h));
    if (score < bestScore) {
      bestScore = score;
      bestMethod = method;
    }
  }
  return fitted(bestMethod, y, m) ?? fitNaive(y);
}

/** Choose and fit the AUTO method. `y` has at least 2 finite values; m >= 1. */
export function chooseAuto(y: readonly number[], m: number): FittedModel {
  const list = candidates(y, m);
  return isIntermittent(y) ? byHoldoutMae(list, y, m) : byAicc(list, y, m);
}
