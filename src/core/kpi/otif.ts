import { Result } from "../errors";
import {
  DeliveryLine,
  checkAsOf,
  checkLines,
  checkTolerance,
  dueBy,
  inFull,
  lineShare,
  onTime,
  orderShare,
} from "./delivery";

/** What OTIF counts: whole orders or single lines. */
export type OtifBasis = "ORDER" | "LINE";
export const OTIF_BASES: ReadonlyArray<OtifBasis> = ["ORDER", "LINE"];

export interface OtifOptions {
  /** Default "ORDER". */
  readonly basis?: OtifBasis;
  /** Days a delivery may be late and still count as on time. Default 0. */
  readonly toleranceDays?: number;
  /** Excel date the measure is taken at: open lines not yet due by then are left out. Default: every line. */
  readonly asOf?: number;
}

/**
 * On time in full: the share of deliveries that were both on time and complete.
 *
 * A line is OTIF when delivered <= promised + toleranceDays and qtyDelivered >= qtyOrdered
 * (an undelivered line is never OTIF; with `asOf`, an undelivered line not yet due is left out).
 * - "ORDER" (default): OTIF orders / orders; an order counts only if every one of its lines is OTIF.
 * - "LINE": OTIF lines / lines.
 * A fraction: 0.92 = 92 % OTIF. Higher is better.
 *
 * Errors: no lines -> `#DIV/0!`; a line without a promised date or with a delivered value that is
 * not a date -> `#VALUE!`; negative quantities or tolerance -> `#NUM!`.
 */
export function otif(lines: ReadonlyArray<DeliveryLine>, options: OtifOptions = {}): Result<number> {
  const tol = options.toleranceDays ?? 0;
  const badTol = checkTolerance(tol);
  if (badTol) return badTol;
  const bad = checkLines(lines) ?? checkAsOf(options.asOf);
  if (bad) return bad;
  const due = dueBy(lines, options.asOf, tol);
  const test = (l: DeliveryLine): boolean => onTime(l, tol) && inFull(l);
  return (options.basis ?? "ORDER") === "LINE" ? lineShare(due, test) : orderShare(due, test);
}
