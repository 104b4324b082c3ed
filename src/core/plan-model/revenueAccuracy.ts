/**
 * Revenue accuracy by lag: the consensus the Plan archive kept, valued at the price, against the
 * actual revenue of its month, per lag over all families (the Finance sheet's "Revenue accuracy
 * by lag" table; the Plan archive's Price, Actual revenue and Revenue error columns).
 *
 * For an archive row with an actual and a consensus and a family on Families (price p, the
 * Families price: the Prices sheet holds plan months only, so a month that has an actual has no
 * month price; Finance's revenue history uses the same price):
 * - actual revenue = actual x p; revenue error = (actual - consensus) x p (planned revenue =
 *   consensus x p).
 * Over the rows at lag k:
 * - WAPE = sum|revenue error| / sum|actual revenue| (`SOP.LAGWAPE` on the revenue columns);
 * - bias = sum(planned - actual revenue) / |sum actual revenue| (`SOP.LAGBIAS`), positive =
 *   over-forecast.
 * A lag with no such row (or no actual revenue to divide by) has no value: "no data", never 0.
 */
import { isSopError } from "../errors";
import { LAGBIAS, LAGWAPE, evaluate } from "../sop";
import { archivedActual, consensusError } from "./archiveErrors";
import { ArchiveEntry, Blank, PlanInputs } from "./types";

/** The lags measured. */
export const REVENUE_LAGS = [1, 2, 3] as const;

/** The Finance table's columns after the lag, in order. */
export const REVENUE_LAG_COLS = ["plans", "actual", "planned", "absError", "wape", "bias"] as const;
export type RevenueLagCol = (typeof REVENUE_LAG_COLS)[number];
export const REVENUE_LAG_HEADERS: Readonly<Record<RevenueLagCol, string>> = {
  plans: "Archived plans with an actual",
  actual: "Actual revenue",
  planned: "Planned revenue (consensus x price)",
  absError: "Absolute revenue error",
  wape: "Revenue WAPE",
  bias: "Revenue bias",
};

/** What a lag shows where nothing is measured. */
export const NO_DATA = "no data";

/** One archive row valued: its price, actual revenue and revenue error (null unless measured). */
export interface ValuedArchiveRow {
  readonly lag: number;
  readonly price: Blank;
  readonly actualRevenue: Blank;
  readonly revenueError: Blank;
}

/** The row's family's Families price (found without regard to case, as MATCH does), and the row valued at it. */
export function valueArchiveRow(
  inputs: Pick<PlanInputs, "config" | "history" | "actuals">,
  e: ArchiveEntry,
): ValuedArchiveRow {
  const fam = inputs.config.families.find((f) => f.name.toLowerCase() === e.family.toLowerCase());
  const price = fam === undefined ? null : fam.price;
  const actual = archivedActual(inputs, e.family, e.targetMonth);
  const error = consensusError(actual, e.consensus);
  const measured = error !== null && price !== null && actual !== null;
  return {
    lag: e.lag,
    price,
    actualRevenue: measured ? actual * price : null,
    revenueError: measured ? error * price : null,
  };
}

/** One lag's row of the table: numbers, or `NO_DATA` where nothing is measured. */
export type RevenueLagRow = Readonly<Record<RevenueLagCol, number | typeof NO_DATA | null>> & { readonly lag: number };

/** The table's rows, one per lag of `REVENUE_LAGS`. */
export function revenueAccuracyByLag(rows: ReadonlyArray<ValuedArchiveRow>): RevenueLagRow[] {
  return REVENUE_LAGS.map((lag) => {
    const at = rows.filter((r) => r.lag === lag && r.revenueError !== null && r.actualRevenue !== null);
    if (at.length === 0)
      return { lag, plans: 0, actual: null, planned: null, absError: null, wape: NO_DATA, bias: NO_DATA };
    const actual = at.reduce((s, r) => s + (r.actualRevenue ?? 0), 0);
    const error = at.reduce((s, r) => s + (r.revenueError ?? 0), 0);
    const col = (f: (r: ValuedArchiveRow) => number): number[][] => at.map((r) => [f(r)]);
    const run = (decl: typeof LAGWAPE): number | typeof NO_DATA => {
      const v = evaluate(decl, [
        col((r) => r.actualRevenue ?? 0),
        col((r) => (r.actualRevenue ?? 0) - (r.revenueError ?? 0)),
        col(() => lag),
        lag,
      ]);
      return isSopError(v) ? NO_DATA : (v as number);
    };
    return {
      lag,
      plans: at.length,
      actual,
      planned: actual - error,
      absError: at.reduce((s, r) => s + Math.abs(r.revenueError ?? 0), 0),
      wape: run(LAGWAPE),
      bias: run(LAGBIAS),
    };
  });
}
