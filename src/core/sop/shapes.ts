/** Parameter shapes several declarations share. */
import type { Result } from "../errors";
import { declare } from "./declare";
import type { LagFilter } from "../accuracy";

/** Two numeric ranges paired cell by cell (a blank on either side leaves the pair out). */
export function pair<const A extends string, const B extends string>(a: A, b: B) {
  return [
    { name: a, kind: "numbers" },
    { name: b, kind: "numbers", pairedWith: a },
  ] as const;
}

/**
 * The plan archive's columns a lag measure reads: actuals and one forecast column (naive,
 * statistical baseline, sales forecast or consensus), the lag column, the lag wanted, and
 * optionally the family column and one family.
 */
export const ARCHIVE_ROWS = [
  ...pair("actuals", "forecasts"),
  { name: "lags", kind: "numbers", pairedWith: "actuals" },
  { name: "lag", kind: "number", rule: { min: 1, max: 120, integer: true } },
  { name: "families", kind: "labels", optional: true, pairedWith: "actuals" },
  { name: "family", kind: "text", optional: true, default: "" },
] as const;

/** The order-line columns of SOP.OTIF and SOP.SERVICELEVEL (read by core/lines, row by row). */
export const ORDER_COLUMNS = [
  { name: "orderIds", kind: "cells" },
  { name: "promisedDates", kind: "cells" },
  { name: "deliveredDates", kind: "cells" },
] as const;

/** The optional as-of date of the order KPIs. */
export const AS_OF = { name: "asOfDate", kind: "date", optional: true } as const;

/** Days late still counted on time. */
export const TOLERANCE = {
  name: "toleranceDays",
  kind: "number",
  optional: true,
  default: 0,
  rule: { min: 0 },
} as const;

/**
 * A function of two ranges paired cell by cell and nothing else (WAPE, capacity utilization...):
 * its declaration from the names of the two ranges and the core function.
 */
export function pairedFunction<const A extends string, const B extends string>(o: {
  readonly name: string;
  readonly params: readonly [A, B];
  readonly formula: string;
  readonly reading: string;
  readonly core: (a: Float64Array, b: Float64Array) => Result<number>;
}) {
  const [a, b] = o.params;
  return declare({
    name: o.name,
    params: pair(a, b),
    result: "scalar",
    formula: o.formula,
    reading: o.reading,
    compute: (args) => o.core(args[a] as Float64Array, args[b] as Float64Array),
  });
}

/** A measure over the plan archive's rows at one lag (SOP.LAGACCURACY...): its declaration from the core function. */
export function archiveFunction(o: {
  readonly name: string;
  readonly formula: string;
  readonly reading: string;
  readonly core: (a: Float64Array, f: Float64Array, filter: LagFilter) => Result<number>;
}) {
  return declare({
    name: o.name,
    params: ARCHIVE_ROWS,
    result: "scalar",
    formula: o.formula,
    reading: o.reading,
    compute: (a) => o.core(a.actuals, a.forecasts, a),
  });
}
