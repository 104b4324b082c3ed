/** Parameter shapes several declarations share. */

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
