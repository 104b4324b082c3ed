/**
 * Exponential smoothing recursions in error-correction (state-space) form, Hyndman et al.
 * (2008) "Forecasting with Exponential Smoothing", table 2.3; the same recursions as R's
 * `forecast::ets` (point forecasts do not depend on the error type).
 *
 * With level l, trend b, seasonal s, damping phi, one-step forecast mu_t and error e_t = y_t - mu_t:
 * - no season:       mu = l + phi b;        l' = l + phi b + alpha e;       b' = phi b + beta e
 * - additive season: mu = l + phi b + s;    l' = l + phi b + alpha e;       b' = phi b + beta e;       s' = s + gamma e
 * - multiplicative:  mu = (l + phi b) s;    l' = l + phi b + alpha e / s;   b' = phi b + beta e / s;   s' = s + gamma e / (l + phi b)
 * beta here is the state-space trend parameter (classical Holt's beta* = beta / alpha).
 * The h-step forecast is l + (phi + ... + phi^h) b, plus (or times) the season h steps ahead.
 */
export type TrendType = "N" | "A";
export type SeasonType = "N" | "A" | "M";

export interface EtsSpec {
  readonly trend: TrendType;
  readonly season: SeasonType;
  /** Season length; ignored when season is "N". */
  readonly m: number;
}

export interface EtsParams {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  /** Damping; 1 = undamped. */
  readonly phi: number;
}

/** Initial states before the first observation. `s[j]` is the seasonal state used for period j (j < m). */
export interface EtsInit {
  readonly level: number;
  readonly trend: number;
  readonly season: readonly number[];
}

export interface EtsRun {
  /** One-step fitted values mu_t. */
  readonly fitted: number[];
  readonly sse: number;
  /** Final states. */
  readonly level: number;
  readonly trend: number;
  /** Seasonal states for the next m periods: `season[j]` applies to period n + j. */
  readonly season: number[];
  /** False when a state became non-finite or a multiplicative component non-positive. */
  readonly ok: boolean;
}

/** The end of a recursion: SSE (Infinity when not ok), final level and trend; the seasonal states are left in the caller's array. */
export interface EtsLoop {
  sse: number;
  level: number;
  trend: number;
  ok: boolean;
}

/**
 * The states between two observations and the model's constants, as `etsStep` reads and
 * updates them: level, trend (0 without one), the m seasonal states by position t mod m (one
 * state, 0, without a season).
 */
interface EtsState {
  l: number;
  b: number;
  readonly s: number[];
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly phi: number;
  readonly m: number;
  readonly seasonal: boolean;
  readonly mult: boolean;
}

function etsState(spec: EtsSpec, par: EtsParams, level: number, trend: number, s: number[]): EtsState {
  const seasonal = spec.season !== "N";
  const hasTrend = spec.trend === "A";
  return {
    l: level,
    b: hasTrend ? trend : 0,
    s,
    alpha: par.alpha,
    beta: hasTrend ? par.beta : 0,
    gamma: par.gamma,
    phi: hasTrend ? par.phi : 0,
    m: seasonal ? spec.m : 1,
    seasonal,
    mult: spec.season === "M",
  };
}

/**
 * The model's update by the observation `y` of period t: returns the one-step forecast mu_t made
 * before it and moves the states past it. NaN, the states untouched, when a multiplicative
 * component is not positive (no forecast can be made); the caller checks that the updated level
 * and trend are finite.
 */
function etsStep(st: EtsState, y: number, t: number): number {
  const j = t % st.m;
  const lb = st.l + st.phi * st.b;
  const sea = st.seasonal ? st.s[j] : 0;
  if (st.mult) {
    if (!(lb > 0) || !(sea > 0)) return Number.NaN;
    const mu = lb * sea;
    const e = y - mu;
    st.l = lb + (st.alpha * e) / sea;
    st.b = st.phi * st.b + (st.beta * e) / sea;
    st.s[j] = sea + (st.gamma * e) / lb;
    return mu;
  }
  const mu = lb + sea;
  const e = y - mu;
  st.l = lb + st.alpha * e;
  st.b = st.phi * st.b + st.beta * e;
  if (st.seasonal) st.s[j] = sea + st.gamma * e;
  return mu;
}

/**
 * The recursion itself: `s` holds the m initial seasonal states (one state, 0 or 1, without a
 * season) and is updated in place; fitted values go to `fitted` when given. Allocates nothing
 * but the state and `out`'s fields, so a fit can run it thousands of times.
 */
export function etsRecursion(
  y: readonly number[],
  spec: EtsSpec,
  par: EtsParams,
  level: number,
  trend: number,
  s: number[],
  fitted: number[] | undefined,
  out: EtsLoop,
): EtsLoop {
  const st = etsState(spec, par, level, trend, s);
  let sse = 0;
  let ok = true;
  for (let t = 0; t < y.length; t++) {
    const mu = etsStep(st, y[t], t);
    if (Number.isNaN(mu)) {
      ok = false;
      break;
    }
    const e = y[t] - mu;
    sse += e * e;
    if (fitted) fitted[t] = mu;
    if (!Number.isFinite(st.l) || !Number.isFinite(st.b)) {
      ok = false;
      break;
    }
  }
  out.sse = ok ? sse : Number.POSITIVE_INFINITY;
  out.level = st.l;
  out.trend = st.b;
  out.ok = ok;
  return out;
}

/**
 * The SSE of the recursion, as `etsRecursion(...).sse` gives it to the last bit (Infinity where
 * it is not ok), for a fit's objective: the same operations in the same order, on a Float64Array
 * history and seasonal states (`s`, updated in place), with the states in local variables and
 * the season's position stepped instead of taken modulo m. The optimiser calls it thousands of
 * times per fit (a family's fits took about 15 % less CPU with it than with `etsRecursion`).
 */
export function etsSse(
  y: Float64Array,
  spec: EtsSpec,
  par: EtsParams,
  level: number,
  trend: number,
  s: Float64Array,
): number {
  const seasonal = spec.season !== "N";
  const mult = spec.season === "M";
  const hasTrend = spec.trend === "A";
  const m = seasonal ? spec.m : 1;
  const alpha = par.alpha;
  const beta = hasTrend ? par.beta : 0;
  const gamma = par.gamma;
  const phi = hasTrend ? par.phi : 0;
  let l = level;
  let b = hasTrend ? trend : 0;
  let sse = 0;
  let j = 0;
  const n = y.length;
  for (let t = 0; t < n; t++) {
    const lb = l + phi * b;
    const sea = seasonal ? s[j] : 0;
    let mu: number;
    if (mult) {
      if (!(lb > 0) || !(sea > 0)) return Number.POSITIVE_INFINITY;
      mu = lb * sea;
      const e = y[t] - mu;
      l = lb + (alpha * e) / sea;
      b = phi * b + (beta * e) / sea;
      s[j] = sea + (gamma * e) / lb;
    } else {
      mu = lb + sea;
      const e = y[t] - mu;
      l = lb + alpha * e;
      b = phi * b + beta * e;
      if (seasonal) s[j] = sea + gamma * e;
    }
    // etsStep's NaN (no forecast) is the multiplicative check above; a NaN mu from NaN states
    // is caught below at the step that made them non-finite, as etsRecursion catches it.
    const e = y[t] - mu;
    sse += e * e;
    if (!Number.isFinite(l) || !Number.isFinite(b)) return Number.POSITIVE_INFINITY;
    j = j + 1 === m ? 0 : j + 1;
  }
  return sse;
}

/** Run the recursion over `y`. Cheap: O(n), no allocation beyond the fitted vector. */
export function runEts(y: readonly number[], spec: EtsSpec, par: EtsParams, init: EtsInit, keepFitted = true): EtsRun {
  const seasonal = spec.season !== "N";
  const m = seasonal ? spec.m : 1;
  const s = seasonal ? init.season.slice(0, m) : [0];
  const fitted: number[] = keepFitted ? new Array<number>(y.length) : [];
  const r = etsRecursion(y, spec, par, init.level, init.trend, s, keepFitted ? fitted : undefined, {
    sse: 0,
    level: 0,
    trend: 0,
    ok: true,
  });
  const shift = y.length % m;
  const next = seasonal ? s.slice(shift).concat(s.slice(0, shift)) : [];
  return { fitted, sse: r.sse, level: r.level, trend: r.trend, season: next, ok: r.ok };
}

/** Point forecasts for steps 1..h from the final states of a run. */
export function etsForecast(run: EtsRun, spec: EtsSpec, par: EtsParams, h: number): number[] {
  const out: number[] = [];
  const phi = spec.trend === "A" ? par.phi : 0;
  let damp = 0;
  let pow = 1;
  for (let k = 1; k <= h; k++) {
    pow *= phi;
    damp += pow;
    const base = run.level + (spec.trend === "A" ? damp * run.trend : 0);
    if (spec.season === "N") out.push(base);
    else {
      const sea = run.season[(k - 1) % spec.m];
      out.push(spec.season === "M" ? base * sea : base + sea);
    }
  }
  return out;
}

/**
 * Variance of the 1..h-step forecast errors of a linear model with additive errors (class 1 of
 * Hyndman et al. 2008, ch. 6, eq. 6.4 and table 6.2; R's `forecast:::class1`):
 *   v_1 = sigma2,  v_k = sigma2 (1 + c_1^2 + ... + c_{k-1}^2),
 *   c_j = alpha + beta (phi + ... + phi^j) + gamma [j mod m = 0]   (beta, phi only with a trend).
 * Valid for no season or an additive season; a multiplicative season has no closed form (R
 * simulates it).
 */
export function class1Variance(spec: EtsSpec, par: EtsParams, sigma2: number, h: number): number[] {
  const trend = spec.trend === "A";
  const seasonal = spec.season === "A";
  const out: number[] = [sigma2];
  let sum = 0;
  let damp = 0;
  let pow = 1;
  for (let j = 1; j < h; j++) {
    pow *= trend ? par.phi : 0;
    damp += pow;
    const c = par.alpha + (trend ? par.beta * damp : 0) + (seasonal && j % spec.m === 0 ? par.gamma : 0);
    sum += c * c;
    out.push(sigma2 * (1 + sum));
  }
  return out;
}

/**
 * The in-sample forecasts of a run from every origin: for each t (the states after t
 * observations, t = 0 the initial states) and each step k = 1..h with t + k - 1 < n, `visit`
 * receives the period p = t + k - 1, the step k and the point forecast made for p at that origin.
 */
export function etsOriginForecasts(
  y: readonly number[],
  spec: EtsSpec,
  par: EtsParams,
  init: EtsInit,
  h: number,
  visit: (period: number, step: number, forecast: number) => void,
): void {
  const s = spec.season !== "N" ? init.season.slice(0, spec.m) : [0];
  const st = etsState(spec, par, init.level, init.trend, s);
  for (let t = 0; t < y.length; t++) {
    let damp = 0;
    let pow = 1;
    for (let k = 1; k <= h && t + k - 1 < y.length; k++) {
      pow *= st.phi;
      damp += pow;
      const base = st.l + damp * st.b;
      const sea = st.seasonal ? st.s[(t + k - 1) % st.m] : 0;
      visit(t + k - 1, k, st.mult ? base * sea : base + sea);
    }
    if (Number.isNaN(etsStep(st, y[t], t))) return;
    if (!Number.isFinite(st.l) || !Number.isFinite(st.b)) return;
  }
}
