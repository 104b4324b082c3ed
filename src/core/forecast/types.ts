/**
 * Shared types of the statistical forecasting core.
 */

/**
 * The forecasting methods. "AUTO" asks the core to choose; every other name is a concrete method.
 * - NAIVE: last value repeated.
 * - SNAIVE: value of the same season one cycle earlier.
 * - MA: mean of the last k values (k fitted).
 * - SES: simple exponential smoothing (level only).
 * - HOLT: Holt's linear trend; HOLT_DAMPED: with damped trend (phi < 1).
 * - HW_ADDITIVE / HW_MULTIPLICATIVE: Holt-Winters with additive / multiplicative seasonality
 *   (additive trend, optionally damped: see the fitted `phi`).
 * - DECOMP: classical seasonal decomposition (indices shrunk toward no season) with SES or damped
 *   Holt on the seasonally adjusted history; works from two cycles.
 * - CROSTON / SBA: intermittent demand (Croston 1972; Syntetos-Boylan 2005 bias correction).
 * - TSB: intermittent demand whose forecast falls while no demand comes (Teunter, Syntetos &
 *   Babai 2011): the probability of demand is smoothed every period.
 * - THETA: the Theta method as R's `thetaf` (SES with drift half the slope of the least-squares
 *   line, on the history deseasonalised by a classical multiplicative decomposition when the
 *   season is significant).
 */
export type MethodName =
  | "AUTO"
  | "NAIVE"
  | "SNAIVE"
  | "MA"
  | "SES"
  | "HOLT"
  | "HOLT_DAMPED"
  | "HW_ADDITIVE"
  | "HW_MULTIPLICATIVE"
  | "DECOMP"
  | "CROSTON"
  | "SBA"
  | "TSB"
  | "THETA";

/** Every concrete method (AUTO excluded), in the order AUTO considers them. */
export const CONCRETE_METHODS: readonly Exclude<MethodName, "AUTO">[] = [
  "NAIVE",
  "SNAIVE",
  "MA",
  "SES",
  "HOLT",
  "HOLT_DAMPED",
  "HW_ADDITIVE",
  "HW_MULTIPLICATIVE",
  "DECOMP",
  "CROSTON",
  "SBA",
  "TSB",
  "THETA",
];

/** Human-readable method names, as SOP.FORECASTMETHOD shows them. */
export const METHOD_LABELS: Readonly<Record<MethodName, string>> = {
  AUTO: "Automatic",
  NAIVE: "Naive",
  SNAIVE: "Seasonal naive",
  MA: "Moving average",
  SES: "Simple exponential smoothing",
  HOLT: "Holt linear trend",
  HOLT_DAMPED: "Holt damped trend",
  HW_ADDITIVE: "Holt-Winters additive",
  HW_MULTIPLICATIVE: "Holt-Winters multiplicative",
  DECOMP: "Seasonal decomposition",
  CROSTON: "Croston",
  SBA: "Syntetos-Boylan (SBA)",
  TSB: "Teunter-Syntetos-Babai (TSB)",
  THETA: "Theta",
};

/** Options of `forecast` and `describeMethod`. */
export interface ForecastOptions {
  /** Method to use; default "AUTO". */
  readonly method?: MethodName;
  /** Season length (periods per cycle); default: detected from the history (12 when monthly data supports it). 1 = no seasonality. */
  readonly seasonLength?: number;
}

/** A forecast and how it was made. */
export interface ForecastResult {
  /** The next `horizon` values, all finite. */
  readonly values: number[];
  /** The concrete method that produced them (never "AUTO"). */
  readonly method: MethodName;
  /** Fitted parameters (alpha, beta, gamma, phi, window...). */
  readonly params: Record<string, number>;
  /** Season length used (1 when the method is not seasonal). */
  readonly seasonLength: number;
}

/** A forecast with its prediction interval (see `forecastInterval`). */
export interface ForecastInterval extends ForecastResult {
  /** Lower and upper bounds for steps 1..horizon. */
  readonly lower: number[];
  readonly upper: number[];
  /** The coverage asked for, a fraction (0.8 = 80 %). */
  readonly level: number;
  /** "analytic": the model's forecast variance; "empirical": quantiles of in-sample errors. */
  readonly source: "analytic" | "empirical";
}

/** A method fitted to a history: parameters, in-sample one-step fit, and how to forecast. */
export interface FittedModel {
  readonly method: Exclude<MethodName, "AUTO">;
  readonly params: Record<string, number>;
  readonly seasonLength: number;
  /** Sum of squared one-step in-sample errors over the periods the method could forecast. */
  readonly sse: number;
  /** Number of one-step errors in `sse`. */
  readonly nErrors: number;
  /** Number of fitted quantities (smoothing parameters and initial states), for information criteria. */
  readonly nParams: number;
  /** Point forecasts for steps 1..horizon. */
  forecast(horizon: number): number[];
  /**
   * One-step forecasts of `y`, a series that begins with the fitted history and may go on past
   * it, with the fitted parameters (and initial states) held: element t is the forecast of
   * `y[t]` made from `y[0..t-1]`, the states updated by each value. NaN where the method makes
   * no forecast yet (before its first full window) or its recursion breaks down.
   */
  oneStep(y: readonly number[]): number[];
  /** Variance of the 1..horizon-step forecast errors, for a model that has a closed form. */
  readonly variance?: (horizon: number) => number[];
  /**
   * In-sample k-step errors (actual minus the forecast made k periods before, with the fitted
   * parameters), k = 1..horizon: `errors[k - 1]`. For models without a closed-form variance.
   */
  readonly stepErrors?: (horizon: number) => number[][];
}
