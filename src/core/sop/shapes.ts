/** Parameter shapes several declarations share. */
import type { Result } from "../errors";
import { declare } from "./declare";

/** Two numeric ranges paired cell by cell (a blank on either side leaves the pair out). */
export function pair<const A extends string, const B extends string>(a: A, b: B) {
  return [
    { name: a, kind: "numbers" },
    { name: b, kind: "numbers", pairedWith: a },
  ] as const;
}

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
