import { Result, SopError, divZeroError, numError, valueError } from "../errors";

/**
 * One order line as OTIF and service level read it. Dates are Excel serial numbers (days).
 * `delivered` null = not delivered yet (never on time). Quantities in any one unit.
 */
export interface DeliveryLine {
  /** Order id; lines sharing it form one order. Missing = the line is an order of its own. */
  readonly order?: string;
  readonly promised: number;
  readonly delivered: number | null;
  readonly qtyOrdered: number;
  readonly qtyDelivered: number;
  /** Price (or value) per unit, for the value fill rate. */
  readonly unitPrice?: number;
}

/** `#VALUE!` / `#NUM!` for a line that cannot be scored (row numbers count from 1). */
export function checkLines(lines: ReadonlyArray<DeliveryLine>): SopError | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!Number.isFinite(l.promised)) return valueError(`promised date missing in line ${i + 1}`);
    if (l.delivered !== null && !Number.isFinite(l.delivered))
      return valueError(`delivered date is not a date in line ${i + 1}`);
    if (!Number.isFinite(l.qtyOrdered) || l.qtyOrdered < 0)
      return numError(`ordered quantity must be zero or more in line ${i + 1}`);
    if (!Number.isFinite(l.qtyDelivered) || l.qtyDelivered < 0)
      return numError(`delivered quantity must be zero or more in line ${i + 1}`);
  }
  return null;
}

/** `#NUM!` unless the lateness tolerance is a finite number of days >= 0. */
export function checkTolerance(toleranceDays: number): SopError | null {
  if (Number.isFinite(toleranceDays) && toleranceDays >= 0) return null;
  return numError(`tolerance days must be zero or more (got ${toleranceDays})`);
}

/** Delivered no later than the promised date plus the tolerance (days). */
export function onTime(l: DeliveryLine, toleranceDays: number): boolean {
  return l.delivered !== null && l.delivered <= l.promised + toleranceDays;
}

/**
 * The lines due by `asOf` (an Excel date): every delivered line, and undelivered ones whose
 * promised date plus the tolerance is before `asOf`. An open line not yet due is neither on
 * time nor late, so it is left out. Without `asOf`, every line.
 */
export function dueBy(
  lines: ReadonlyArray<DeliveryLine>,
  asOf: number | undefined,
  toleranceDays: number,
): ReadonlyArray<DeliveryLine> {
  if (asOf === undefined) return lines;
  return lines.filter((l) => l.delivered !== null || l.promised + toleranceDays < asOf);
}

/** `#NUM!` unless an as-of date is a date (a finite serial of at least 1). */
export function checkAsOf(asOf: number | undefined): SopError | null {
  if (asOf === undefined || (Number.isFinite(asOf) && asOf >= 1)) return null;
  return numError(`the as-of date is not a date (got ${asOf})`);
}

/** Delivered at least the quantity ordered. */
export function inFull(l: DeliveryLine): boolean {
  return l.qtyDelivered >= l.qtyOrdered;
}

/**
 * Share of orders whose every line passes `test`: orders group lines by id (a line without an
 * id is an order of its own). Returns passing orders / orders, or `#DIV/0!` when there are none.
 */
export function orderShare(lines: ReadonlyArray<DeliveryLine>, test: (l: DeliveryLine) => boolean): Result<number> {
  const ok = new Map<string, boolean>();
  let loose = 0;
  let looseOk = 0;
  for (const l of lines) {
    const pass = test(l);
    if (l.order === undefined || l.order === "") {
      loose++;
      if (pass) looseOk++;
    } else {
      ok.set(l.order, (ok.get(l.order) ?? true) && pass);
    }
  }
  const total = ok.size + loose;
  if (total === 0) return divZeroError("no order lines");
  let passed = looseOk;
  for (const v of ok.values()) if (v) passed++;
  return passed / total;
}

/** Share of lines passing `test`, or `#DIV/0!` when there are none. */
export function lineShare(lines: ReadonlyArray<DeliveryLine>, test: (l: DeliveryLine) => boolean): Result<number> {
  if (lines.length === 0) return divZeroError("no order lines");
  let passed = 0;
  for (const l of lines) if (test(l)) passed++;
  return passed / lines.length;
}
