import { Result, divZeroError, isSopError, numError, valueError } from "../errors";
import { finite } from "../numeric";
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

/** Which customer service level `serviceLevel` reports. */
export type ServiceLevelVariant = "ONTIME" | "ORDER" | "LINE" | "UNIT" | "VALUE";
export const SERVICE_LEVEL_VARIANTS: ReadonlyArray<ServiceLevelVariant> = ["ONTIME", "ORDER", "LINE", "UNIT", "VALUE"];

export interface ServiceLevelOptions {
  /** Default "ONTIME". */
  readonly variant?: ServiceLevelVariant;
  /** Days late still counted on time (ONTIME only). Default 0. */
  readonly toleranceDays?: number;
  /** Excel date the measure is taken at: open lines not yet due by then are left out. Default: every line. */
  readonly asOf?: number;
}

/**
 * Customer service level.
 *
 * - "ONTIME" (default, seed definition): orders fulfilled on time / total orders. An order is on
 *   time when every line was delivered by its promised date (+ tolerance days); quantities ignored.
 * - Fill rates (timing ignored):
 *   - "ORDER": orders shipped complete (every line qtyDelivered >= qtyOrdered) / orders.
 *   - "LINE": lines shipped complete / lines.
 *   - "UNIT": sum(min(qtyDelivered, qtyOrdered)) / sum(qtyOrdered); over-delivery is capped, so
 *     the rate never exceeds 1.
 *   - "VALUE": as UNIT, each line weighted by its unit price.
 * Orders group lines by order id; a line without an id is an order of its own. A fraction:
 * 0.95 = 95 %. Higher is better.
 *
 * Errors: no lines, or nothing ordered (UNIT / VALUE) -> `#DIV/0!`; a missing promised date, or
 * VALUE without unit prices -> `#VALUE!`; negative quantities, prices or tolerance -> `#NUM!`.
 */
export function serviceLevel(lines: ReadonlyArray<DeliveryLine>, options: ServiceLevelOptions = {}): Result<number> {
  const variant = options.variant ?? "ONTIME";
  const tol = options.toleranceDays ?? 0;
  const badTol = checkTolerance(tol);
  if (badTol) return badTol;
  const bad = checkLines(lines) ?? checkAsOf(options.asOf);
  if (bad) return bad;
  return measure(dueBy(lines, options.asOf, tol), variant, tol);
}

function measure(lines: ReadonlyArray<DeliveryLine>, variant: ServiceLevelVariant, tol: number): Result<number> {
  switch (variant) {
    case "ONTIME":
      return orderShare(lines, (l) => onTime(l, tol));
    case "ORDER":
      return orderShare(lines, inFull);
    case "LINE":
      return lineShare(lines, inFull);
    case "UNIT":
    case "VALUE":
      return unitFill(lines, variant === "VALUE");
  }
}

function unitFill(lines: ReadonlyArray<DeliveryLine>, byValue: boolean): Result<number> {
  let filled = 0;
  let ordered = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    let w = 1;
    if (byValue) {
      if (l.unitPrice === undefined || !Number.isFinite(l.unitPrice)) {
        return valueError(`unit prices are needed for the VALUE fill rate (line ${i + 1})`);
      }
      if (l.unitPrice < 0) return numError(`unit price must not be negative (line ${i + 1})`);
      w = l.unitPrice;
    }
    filled += Math.min(l.qtyDelivered, l.qtyOrdered) * w;
    ordered += l.qtyOrdered * w;
  }
  if (!Number.isFinite(ordered)) return numError("ordered total is too large to compute");
  if (ordered === 0) return divZeroError("nothing was ordered");
  const r = finite(filled / ordered, "fill rate");
  return isSopError(r) ? r : Math.min(1, r);
}
