/**
 * Numeric building blocks shared by the calculation core.
 *
 * A `Series` is any array-like of numbers (`number[]`, `Float64Array`). `NaN` marks a blank
 * cell: paired functions skip a pair where either side is NaN; single-series functions skip the
 * cell. Excel on desktop sends blanks as 0, which is indistinguishable from a real zero and is
 * therefore counted as one.
 */
import { Result, SopError, numError, valueError } from "./errors";

/** Numbers in period order; NaN = blank. */
export type Series = ArrayLike<number>;

/** True when `x` is a blank marker (NaN). */
export function isBlank(x: number): boolean {
  return x !== x;
}

/**
 * `#VALUE!` unless both series have the same number of cells, naming both arguments:
 * "actuals and forecasts must be the same size (12 and 11 cells)".
 */
export function sameSize(a: Series, aName: string, b: Series, bName: string): SopError | null {
  if (a.length === b.length) return null;
  return valueError(`${aName} and ${bName} must be the same size (${a.length} and ${b.length} cells)`);
}

/** A finite result, or `#NUM!` when the arithmetic overflowed (e.g. a sum of 1e300s). */
export function finite(x: number, what: string): Result<number> {
  return Number.isFinite(x) ? x : numError(`${what} is too large to compute`);
}

/** Sum of the non-blank cells (NaN skipped). */
export function sumSkip(xs: Series): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i];
    if (v === v) s += v;
  }
  return s;
}

/** Number of non-blank cells. */
export function countSkip(xs: Series): number {
  let n = 0;
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i];
    if (v === v) n++;
  }
  return n;
}

/**
 * Paired sums over the pairs where neither side is blank: sum(a), sum(b), count.
 * The reusable core of ratio KPIs such as actual / plan.
 */
export function pairedSums(a: Series, b: Series): { sumA: number; sumB: number; n: number } {
  let sumA = 0;
  let sumB = 0;
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== x || y !== y) continue;
    sumA += x;
    sumB += y;
    n++;
  }
  return { sumA, sumB, n };
}

/** `#NUM!` when an intermediate sum overflowed (or is otherwise not finite), else null. */
export function overflowed(what: string, ...sums: number[]): SopError | null {
  for (const s of sums) if (!Number.isFinite(s)) return numError(`${what} is too large to compute`);
  return null;
}
