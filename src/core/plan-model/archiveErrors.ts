/**
 * The consensus's errors as the Plan archive records them, for the safety stock's sigma (Supply
 * sheet). Declared once here: the Plan archive's "Consensus error" column, the Supply sheet's
 * "Safety stock by family" table and the core's cached values follow these rules.
 *
 * - Actual of an archive row = the family's actual sales of the target month (Actuals; the
 *   family found without regard to case, as MATCH does); none while the month is not history.
 * - Consensus error = actual - archived consensus, only where both are numbers.
 * - Sigma from the archive = the root mean square of a family's consensus errors at lag
 *   `SIGMA_LAG` (1: the plan made in the target month's own cycle), used when the archive holds
 *   at least `MIN_ARCHIVE_ERRORS` of them; otherwise sigma from the history (the RMS of the
 *   Demand sheet's history diff row, actual - consensus, where the lag-1 statistical baseline
 *   stands in for a month without an archived consensus).
 *
 * Why lag 1, scaled by sqrt(lead time) in the safety stock: the classic safety stock
 * z x sigma_1 x sqrt(L) (Silver, Pyke & Thomas, Inventory and Production Management in Supply
 * Chains; Chopra & Meindl, Supply Chain Management, on safety inventory) takes sigma_1, the standard deviation of the one-period
 * forecast error, and the sqrt(L) that turns it into the error of the demand summed over a lead
 * time of L periods (independent monthly errors). The lag-1 archived error is exactly that
 * one-period error of the plan that was published. An error at lag L is the error of one month's
 * forecast made L months ahead, not the error of the L months' total, so it does not fit that
 * formula (times sqrt(L) it would count the horizon twice); it also has fewer records (a month
 * gets its lag-L plan only after L archived cycles), and a lead time may be 0, fractional or longer
 * than any archived lag.
 *
 * Why at least 6 errors: the spread of n errors estimates sigma with a relative standard error of
 * about 1 / sqrt(2n), 29 % at n = 6 and 50 % at n = 2; below half a year the archive cannot be
 * trusted over the history's months.
 */
import { Blank, FamilySigma, SigmaSource } from "./types";

export type { FamilySigma, SigmaSource } from "./types";

/** The archive lag whose errors set sigma: the plan made in the target month's own cycle. */
export const SIGMA_LAG = 1;
/** Fewest archived errors at `SIGMA_LAG` for sigma to come from the archive. */
export const MIN_ARCHIVE_ERRORS = 6;

const key = (name: string): string => name.toLowerCase();

/**
 * The actual sales of an archive row's family and target month, null when the month is not in the
 * history, the family is not on Families, or no actual is typed.
 */
export function archivedActual(
  inputs: {
    readonly config: { readonly families: ReadonlyArray<{ readonly name: string }> };
    readonly history: ReadonlyArray<string>;
    readonly actuals: ReadonlyArray<ReadonlyArray<Blank>>;
  },
  family: string,
  targetMonth: string,
): Blank {
  const f = inputs.config.families.findIndex((x) => key(x.name) === key(family));
  const j = inputs.history.indexOf(targetMonth);
  return f < 0 || j < 0 ? null : (inputs.actuals[f][j] ?? null);
}

/** Actual - consensus, null unless both are numbers (the Plan archive's "Consensus error"). */
export const consensusError = (actual: Blank, consensus: Blank): Blank =>
  actual === null || consensus === null ? null : actual - consensus;

/** Root mean square of the numbers present, null when none. */
function rootMeanSquare(errors: ReadonlyArray<Blank>): { n: number; rms: Blank } {
  const xs = errors.filter((e): e is number => e !== null);
  if (xs.length === 0) return { n: 0, rms: null };
  return { n: xs.length, rms: Math.sqrt(xs.reduce((s, e) => s + e * e, 0) / xs.length) };
}

/**
 * Sigma of one family from its archived consensus errors at `SIGMA_LAG` and its history errors
 * (blanks skipped in both).
 */
export function familySigma(archiveErrors: ReadonlyArray<Blank>, historyErrors: ReadonlyArray<Blank>): FamilySigma {
  const a = rootMeanSquare(archiveErrors);
  const h = rootMeanSquare(historyErrors);
  const source: SigmaSource = a.n >= MIN_ARCHIVE_ERRORS ? "archive" : h.n > 0 ? "history" : "none";
  return {
    archiveErrors: a.n,
    archiveSigma: a.rms,
    historyMonths: h.n,
    historySigma: h.rms,
    source,
    sigma: source === "archive" ? a.rms : h.rms,
    sourceText:
      source === "archive"
        ? `archive, ${a.n} errors at lag ${SIGMA_LAG}`
        : source === "history"
          ? `history, ${h.n} months`
          : "none",
  };
}

/** The Supply sheet's "Safety stock by family" table: its columns after the family, in order. */
export const SIGMA_COLS = [
  "leadTime",
  "archiveErrors",
  "archiveSigma",
  "historyMonths",
  "historySigma",
  "sigma",
  "source",
  "safetyStock",
] as const;
export type SigmaCol = (typeof SIGMA_COLS)[number];

/** Each column's header. */
export const SIGMA_HEADERS: Readonly<Record<SigmaCol, string>> = {
  leadTime: "Lead time (months)",
  archiveErrors: `Archived errors at lag ${SIGMA_LAG}`,
  archiveSigma: "Sigma, archive",
  historyMonths: "History months",
  historySigma: "Sigma, history",
  sigma: "Sigma used",
  source: "Sigma source",
  safetyStock: "Safety stock",
};

/** A family's row of the table, as the core computes it (the cached values). */
export function sigmaRow(
  sigma: FamilySigma,
  leadTime: number,
  safetyStock: Blank,
): Record<SigmaCol, number | string | null> {
  return {
    leadTime,
    archiveErrors: sigma.archiveErrors,
    archiveSigma: sigma.archiveSigma,
    historyMonths: sigma.historyMonths,
    historySigma: sigma.historySigma,
    sigma: sigma.sigma,
    source: sigma.sourceText,
    safetyStock,
  };
}
