/**
 * One entry point to fit any concrete method, with the documented fallbacks:
 * - SNAIVE with fewer than m values, or m = 1: NAIVE.
 * - HW_ADDITIVE / HW_MULTIPLICATIVE with fewer than two full cycles (n < 2m) or m = 1:
 *   HOLT_DAMPED (SES below 4 values).
 * - DECOMP with fewer than two full cycles or m = 1: HOLT_DAMPED (SES below 4 values).
 * - HOLT / HOLT_DAMPED with fewer than 4 values: SES.
 * - THETA when simple exponential smoothing does not fit: NAIVE.
 * Errors: HW_MULTIPLICATIVE on any value <= 0, and CROSTON / SBA / TSB on a negative value: #NUM!.
 *
 * Holt-Winters fits three trend variants (none, additive, damped) and keeps the one with the
 * lowest AICc = n log(SSE / n) + 2k + 2k(k + 1) / (n - k - 1), k = fitted quantities + 1.
 */
import { Result, numError } from "../errors";
import { aicc } from "./aicc";
import { fitCroston } from "./croston";
import { fitDecomposition } from "./decomp";
import type { SeasonType } from "./ets";
import { EtsFit, fitEts } from "./etsFit";
import { class1Variance, etsOriginForecasts } from "./ets";
import { collectErrors } from "./interval";
import { fitMovingAverage, fitNaive, fitSeasonalNaive } from "./simple";
import { fitTheta } from "./theta";
import { fitTsb } from "./tsb";
import type { FittedModel, MethodName } from "./types";

export { aicc };

export type ConcreteMethod = Exclude<MethodName, "AUTO">;

function fromEts(method: ConcreteMethod, fit: EtsFit, y: readonly number[]): FittedModel {
  const n = y.length;
  const params: Record<string, number> = { alpha: fit.par.alpha };
  if (fit.spec.trend === "A") params.beta = fit.par.beta;
  if (fit.spec.season !== "N") params.gamma = fit.par.gamma;
  if (fit.spec.trend === "A" && fit.damped) params.phi = fit.par.phi;
  return {
    method,
    params,
    seasonLength: fit.spec.season === "N" ? 1 : fit.spec.m,
    sse: fit.sse,
    nErrors: n,
    nParams: fit.nParams,
    forecast: (h) => fit.forecast(h),
    oneStep: (z) => fit.oneStep(z),
    ...(fit.spec.season === "M"
      ? {
          stepErrors: (h: number) =>
            collectErrors(y, h, (visit) => etsOriginForecasts(y, fit.spec, fit.par, fit.init, h, visit)),
        }
      : { variance: (h: number) => class1Variance(fit.spec, fit.par, fit.sse / Math.max(1, n - fit.nParams), h) }),
  };
}

function fitHoltWinters(y: readonly number[], m: number, season: Exclude<SeasonType, "N">): FittedModel | undefined {
  const method: ConcreteMethod = season === "A" ? "HW_ADDITIVE" : "HW_MULTIPLICATIVE";
  let best: FittedModel | undefined;
  let bestIc = Number.POSITIVE_INFINITY;
  const variants: { trend: "N" | "A"; damped: boolean }[] = [
    { trend: "N", damped: false },
    { trend: "A", damped: false },
    { trend: "A", damped: true },
  ];
  for (const v of variants) {
    const fit = fitEts(y, { trend: v.trend, season, m }, v.damped);
    if (!fit) continue;
    const model = fromEts(method, fit, y);
    const ic = aicc(model.sse, model.nErrors, model.nParams);
    if (best === undefined || ic < bestIc) {
      best = model;
      bestIc = ic;
    }
  }
  return best;
}

function fitTrend(y: readonly number[], damped: boolean): FittedModel {
  if (y.length < 4) return fitSes(y);
  const fit = fitEts(y, { trend: "A", season: "N", m: 1 }, damped);
  return fit ? fromEts(damped ? "HOLT_DAMPED" : "HOLT", fit, y) : fitSes(y);
}

function fitSes(y: readonly number[]): FittedModel {
  const fit = fitEts(y, { trend: "N", season: "N", m: 1 }, false);
  return fit ? fromEts("SES", fit, y) : fitNaive(y);
}

/**
 * Fit `method` to `y` (at least 2 finite values) with season length `m` (>= 1).
 * The returned model's `method` names what was actually fitted after any fallback.
 */
export function fitMethod(method: ConcreteMethod, y: readonly number[], m: number): Result<FittedModel> {
  const n = y.length;
  switch (method) {
    case "NAIVE":
      return fitNaive(y);
    case "SNAIVE":
      return m >= 2 && n >= m ? fitSeasonalNaive(y, m) : fitNaive(y);
    case "MA":
      return fitMovingAverage(y);
    case "SES":
      return fitSes(y);
    case "HOLT":
      return fitTrend(y, false);
    case "HOLT_DAMPED":
      return fitTrend(y, true);
    case "HW_ADDITIVE":
    case "HW_MULTIPLICATIVE": {
      const mult = method === "HW_MULTIPLICATIVE";
      if (mult && y.some((v) => v <= 0)) {
        return numError("Holt-Winters multiplicative needs every value > 0");
      }
      if (m < 2 || n < 2 * m) return fitTrend(y, true);
      return fitHoltWinters(y, m, mult ? "M" : "A") ?? fitTrend(y, true);
    }
    case "DECOMP":
      if (m < 2 || n < 2 * m) return fitTrend(y, true);
      return fitDecomposition(y, m) ?? fitTrend(y, true);
    case "CROSTON":
    case "SBA":
      if (y.some((v) => v < 0)) return numError("Croston and SBA need values >= 0");
      return fitCroston(y, method);
    case "TSB":
      if (y.some((v) => v < 0)) return numError("TSB needs values >= 0");
      return fitTsb(y);
    case "THETA":
      return fitTheta(y, m) ?? fitNaive(y);
  }
}
