/**
 * Forecastability and bias per family, over the last months of history (the Demand sheet's
 * "Forecastability and bias by family" table, the Gaps sheet's bias line and the deck).
 *
 * Window: the last `FORECASTABILITY_MONTHS` (12) history months of the cycle (all of them when
 * the history is shorter); within it a measure uses the months that have the values it needs.
 *
 * - Tracking signal (bias exception): `SOP.TRACKINGSIGNAL` (core `trackingSignal`) of the
 *   family's actual sales against its history consensus (the consensus archived for that month
 *   by its own cycle, else the lag-1 statistical baseline: the Demand sheet's consensus row),
 *   over the window's months that have both: TS = sum(A - F) / mean|A - F|. Positive =
 *   under-forecast (sold more than planned). |TS| > `BIAS_LIMIT` (4) flags the family:
 *   "Under-forecast" above +4, "Over-forecast" below -4. No pair, or every error zero: no value
 *   (`#DIV/0!`), no flag.
 * - ABC by value: value = the window's actual sales x the family's price (revenue of the last 12
 *   months). Share ranked above = the value of the families whose value is strictly larger /
 *   the value of all families. A when that share is below 80 % (the families that make up the
 *   first 80 % of value, the one crossing 80 % included), B below 95 %, C otherwise. Families
 *   of equal value get the same class. All values zero: no class.
 * - XYZ by variability: coefficient of variation of the window's actual sales, population
 *   standard deviation / mean, over the months with an actual. X below 0.5, Y below 1.0, Z
 *   otherwise. No actual, or a mean of zero or less: no value, no class.
 */
import { Result, isSopError } from "../errors";
import { TRACKINGSIGNAL, evaluate } from "../sop";
import { Blank } from "./types";

/** History months the measures look back over. */
export const FORECASTABILITY_MONTHS = 12;
/** |tracking signal| above this flags a biased family. */
export const BIAS_LIMIT = 4;
/** ABC: the share of value ranked above a family below which it is A, then B. */
export const ABC_LIMITS = { A: 0.8, B: 0.95 } as const;
/** XYZ: the coefficient of variation below which a family is X, then Y. */
export const XYZ_LIMITS = { X: 0.5, Y: 1.0 } as const;

export type AbcClass = "A" | "B" | "C" | "";
export type XyzClass = "X" | "Y" | "Z" | "";
export type BiasFlag = "Under-forecast" | "Over-forecast" | "";

/** The window's months of a history series: the last 12. */
export function forecastabilityWindow<T>(history: ReadonlyArray<T>): T[] {
  return history.slice(Math.max(0, history.length - FORECASTABILITY_MONTHS));
}

const cells = (xs: ReadonlyArray<Blank>): Array<number | string> => xs.map((x) => (x === null ? "" : x));

/** The tracking signal over the window, as SOP.TRACKINGSIGNAL computes it on the sheet's rows. */
export function familyTrackingSignal(actuals: ReadonlyArray<Blank>, consensus: ReadonlyArray<Blank>): Result<number> {
  return evaluate(TRACKINGSIGNAL, [[cells(forecastabilityWindow(actuals))], [cells(forecastabilityWindow(consensus))]]);
}

/** The bias exception a tracking signal raises. */
export function biasFlag(ts: Result<number>): BiasFlag {
  if (isSopError(ts)) return "";
  return ts > BIAS_LIMIT ? "Under-forecast" : ts < -BIAS_LIMIT ? "Over-forecast" : "";
}

/** The window's revenue: sum of the actuals present x price. */
export function windowRevenue(actuals: ReadonlyArray<Blank>, price: number): number {
  return forecastabilityWindow(actuals).reduce<number>((s, a) => s + (a ?? 0), 0) * price;
}

/** ABC class of each family from its value (same order). */
export function abcClasses(values: ReadonlyArray<number>): AbcClass[] {
  const total = values.reduce((s, v) => s + v, 0);
  return values.map((v) => {
    if (!(total > 0)) return "";
    const above = values.reduce((s, x) => (x > v ? s + x : s), 0) / total;
    return above < ABC_LIMITS.A ? "A" : above < ABC_LIMITS.B ? "B" : "C";
  });
}

/** Coefficient of variation of the window's actuals (population SD / mean), or null. */
export function coefficientOfVariation(actuals: ReadonlyArray<Blank>): number | null {
  const xs = forecastabilityWindow(actuals).filter((x): x is number => x !== null);
  if (xs.length === 0) return null;
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  if (!(mean > 0)) return null;
  const variance = xs.reduce((s, x) => s + (x - mean) * (x - mean), 0) / xs.length;
  return Math.sqrt(variance) / mean;
}

/** XYZ class from a coefficient of variation. */
export function xyzClass(cv: number | null): XyzClass {
  if (cv === null) return "";
  return cv < XYZ_LIMITS.X ? "X" : cv < XYZ_LIMITS.Y ? "Y" : "Z";
}

/** A family's bias score: |tracking signal| when flagged, else 0 (the Gaps line picks the largest). */
export function biasScore(ts: Result<number>): number {
  return biasFlag(ts) === "" || isSopError(ts) ? 0 : Math.abs(ts);
}

/** ROUND(x, 1) as spreadsheets do it: half away from zero. */
const round1 = (x: number): number => (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;

/**
 * The bias line of the Gaps agenda: how many families are flagged and the text naming the most
 * biased ("none"; "Controllers (Under-forecast, tracking signal 5.2)"; with more than one
 * flagged "largest: ..."). The most biased is the first family with the largest |tracking signal|.
 */
export function biasLine(
  families: ReadonlyArray<string>,
  signals: ReadonlyArray<Result<number>>,
): { count: number; text: string } {
  const scores = signals.map(biasScore);
  const count = signals.filter((t) => biasFlag(t) !== "").length;
  if (count === 0) return { count, text: "none" };
  const i = scores.indexOf(Math.max(...scores));
  const ts = signals[i] as number;
  return {
    count,
    text: `${count === 1 ? "" : "largest: "}${families[i]} (${biasFlag(ts)}, tracking signal ${round1(ts)})`,
  };
}
