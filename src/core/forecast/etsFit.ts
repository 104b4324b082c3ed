/**
 * Fitting exponential smoothing models: smoothing parameters and initial states chosen by
 * minimising the in-sample sum of squared one-step errors (SSE) with a bounded Nelder-Mead.
 *
 * Parameter space (R `forecast::ets` "usual" bounds): 1e-4 <= alpha <= 0.9999,
 * 1e-4 <= beta <= alpha, 1e-4 <= gamma <= 1 - alpha, 0.8 <= phi <= 0.98.
 * Start values and initial states as in R (`initstate`); initial level and trend are optimised,
 * and the initial seasonal states too when `fitSeason` is set (additive states sum to 0,
 * multiplicative ones to m).
 */
import { EtsInit, EtsParams, EtsRun, EtsSpec, etsForecast, etsSse, runEts } from "./ets";
import { initialStates } from "./etsInit";
import { nelderMead } from "./nelderMead";

export interface EtsFit {
  readonly spec: EtsSpec;
  readonly damped: boolean;
  readonly par: EtsParams;
  readonly init: EtsInit;
  readonly run: EtsRun;
  readonly sse: number;
  /** Smoothing parameters plus initial states estimated. */
  readonly nParams: number;
  forecast(h: number): number[];
  /** One-step forecasts of `y` (the fitted history, possibly continued) with these parameters and initial states; NaN after a breakdown. */
  oneStep(y: readonly number[]): number[];
}

export interface EtsFitOptions {
  /** Also optimise the initial seasonal states (default true). */
  readonly fitSeason?: boolean;
  /** Evaluation budget per Nelder-Mead start (default 100 per dimension, at least 400). */
  readonly maxEvaluations?: number;
}

const LO = 1e-4;
const HI = 0.9999;

interface Layout {
  readonly hasBeta: boolean;
  readonly hasGamma: boolean;
  readonly hasPhi: boolean;
  readonly nSeason: number;
}

function decode(x: readonly number[], lay: Layout, spec: EtsSpec): { par: EtsParams; init: EtsInit } | undefined {
  let k = 0;
  const alpha = x[k++];
  const beta = lay.hasBeta ? x[k++] : 0;
  const gamma = lay.hasGamma ? x[k++] : 0;
  const phi = lay.hasPhi ? x[k++] : 1;
  if (lay.hasBeta && beta > alpha) return undefined;
  if (lay.hasGamma && gamma > 1 - alpha) return undefined;
  const level = x[k++];
  const trend = spec.trend === "A" ? x[k++] : 0;
  let season: number[] = [];
  if (lay.nSeason > 0) {
    const free = x.slice(k, k + lay.nSeason);
    const sum = free.reduce((a, b) => a + b, 0);
    const last = spec.season === "M" ? spec.m - sum : -sum;
    if (spec.season === "M" && (last <= 0 || free.some((v) => v <= 0))) return undefined;
    season = [...free, last];
  }
  return { par: { alpha, beta, gamma, phi }, init: { level, trend, season } };
}

/**
 * The SSE of the parameters and initial states `x`, as `decode` reads them (Infinity where it
 * rejects them), without allocating: the optimiser calls it thousands of times per fit.
 */
function sseObjective(
  y: readonly number[],
  spec: EtsSpec,
  lay: Layout,
  fixedSeason: readonly number[],
): (x: Float64Array) => number {
  const mult = spec.season === "M";
  const m = spec.season !== "N" ? spec.m : 1;
  const par = { alpha: 0, beta: 0, gamma: 0, phi: 1 };
  const s = new Float64Array(m);
  const ys = Float64Array.from(y);
  return (x) => {
    let k = 0;
    const alpha = x[k++];
    const beta = lay.hasBeta ? x[k++] : 0;
    const gamma = lay.hasGamma ? x[k++] : 0;
    const phi = lay.hasPhi ? x[k++] : 1;
    if (lay.hasBeta && beta > alpha) return Number.POSITIVE_INFINITY;
    if (lay.hasGamma && gamma > 1 - alpha) return Number.POSITIVE_INFINITY;
    const level = x[k++];
    const trend = spec.trend === "A" ? x[k++] : 0;
    if (lay.nSeason > 0) {
      let sum = 0;
      for (let j = 0; j < lay.nSeason; j++) sum += x[k + j];
      const last = mult ? spec.m - sum : -sum;
      if (mult && last <= 0) return Number.POSITIVE_INFINITY;
      for (let j = 0; j < lay.nSeason; j++) {
        if (mult && x[k + j] <= 0) return Number.POSITIVE_INFINITY;
        s[j] = x[k + j];
      }
      s[lay.nSeason] = last;
    } else if (spec.season !== "N") {
      for (let j = 0; j < m; j++) s[j] = fixedSeason[j];
    }
    par.alpha = alpha;
    par.beta = beta;
    par.gamma = gamma;
    par.phi = phi;
    return etsSse(ys, spec, par, level, trend, s);
  };
}

/** Fit one exponential smoothing model to `y` (needs y.length >= 2; seasonal models need m >= 2). */
export function fitEts(
  y: readonly number[],
  spec: EtsSpec,
  damped: boolean,
  opts: EtsFitOptions = {},
): EtsFit | undefined {
  const seasonal = spec.season !== "N";
  const init0 = initialStates(y, spec.trend, spec.season, spec.m);
  const fitSeason = seasonal && (opts.fitSeason ?? true);
  const lay: Layout = {
    hasBeta: spec.trend === "A",
    hasGamma: seasonal,
    hasPhi: spec.trend === "A" && damped,
    nSeason: fitSeason ? spec.m - 1 : 0,
  };
  const m = seasonal ? spec.m : 1;
  const aUp = HI;
  const alpha0 = LO + (0.2 * (aUp - LO)) / m;
  const x0: number[] = [alpha0];
  const lower: number[] = [LO];
  const upper: number[] = [aUp];
  const steps: number[] = [0.1];
  if (lay.hasBeta) {
    x0.push(LO + 0.1 * (alpha0 - LO));
    lower.push(LO);
    upper.push(HI);
    steps.push(0.05);
  }
  if (lay.hasGamma) {
    x0.push(LO + 0.05 * (1 - alpha0 - LO));
    lower.push(LO);
    upper.push(HI);
    steps.push(0.05);
  }
  if (lay.hasPhi) {
    x0.push(0.978);
    lower.push(0.8);
    upper.push(0.98);
    steps.push(0.05);
  }
  const scale = Math.max(1e-8, y.reduce((a, v) => a + Math.abs(v), 0) / Math.max(1, y.length));
  x0.push(init0.level);
  lower.push(-Infinity);
  upper.push(Infinity);
  steps.push(0.1 * Math.max(Math.abs(init0.level), scale));
  if (spec.trend === "A") {
    x0.push(init0.trend);
    lower.push(-Infinity);
    upper.push(Infinity);
    steps.push(0.1 * Math.max(Math.abs(init0.trend), 0.01 * scale));
  }
  const fixedSeason = init0.season;
  if (lay.nSeason > 0) {
    for (let j = 0; j < lay.nSeason; j++) {
      x0.push(fixedSeason[j]);
      lower.push(spec.season === "M" ? 1e-3 : -Infinity);
      upper.push(Infinity);
      steps.push(spec.season === "M" ? 0.05 : 0.05 * scale);
    }
  }
  const objective = sseObjective(y, spec, lay, fixedSeason);
  const budget = opts.maxEvaluations ?? Math.max(400, 100 * x0.length);
  let best = nelderMead(objective, x0, { lower, upper, steps, maxEvaluations: budget });
  const again = nelderMead(objective, best.x, { lower, upper, steps: steps.map((s) => s / 2), maxEvaluations: budget });
  if (again.value <= best.value) best = again;
  if (!Number.isFinite(best.value)) return undefined;
  const d = decode(best.x, lay, spec);
  if (!d) return undefined;
  const init = lay.nSeason > 0 ? d.init : { ...d.init, season: fixedSeason };
  const run = runEts(y, spec, d.par, init);
  if (!run.ok) return undefined;
  const nParams = x0.length + (lay.nSeason === 0 && seasonal ? spec.m - 1 : 0);
  const par = d.par;
  return {
    spec,
    damped,
    par,
    init,
    run,
    sse: run.sse,
    nParams,
    forecast: (h: number) => etsForecast(run, spec, par, h),
    oneStep: (z) => Array.from(runEts(z, spec, par, init).fitted, (v) => v ?? Number.NaN),
  };
}
