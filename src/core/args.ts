/**
 * Argument handling for the `SOP.*` custom functions: Excel cells in, plain numbers out.
 *
 * Blank cells. Excel on the web sends a blank cell as `null`; Excel on desktop sends it as `0`
 * (or `""`). Here `null`, `undefined`, `""` and whitespace-only text are blank and become `NaN`
 * in a numeric series, which the core skips (paired functions skip the whole pair when either
 * side is blank). A desktop `0` is indistinguishable from a typed zero and is counted as a real
 * zero: on desktop, leave future months out of the ranges, or expect them to count as zeros.
 *
 * Errors, named after the argument so the user can find the cell:
 * - text or TRUE/FALSE where a number belongs -> `#VALUE!` "actuals: text "abc" in cell 3 (row 1,
 *   column 3) where a number belongs";
 * - two ranges of different sizes -> `#VALUE!` "actuals and forecasts must be the same size (12
 *   and 11 cells)" (a row and a column of the same length pair up cell by cell);
 * - an option word not in the list -> `#VALUE!` listing the allowed words (case-insensitive);
 * - a numeric parameter out of its range -> `#NUM!`.
 */
import { CellInput, RangeInput } from "./cells";
import { excelSerialFromIso } from "./dates";
import { Result, SopError, numError, valueError } from "./errors";
import { describeNumberRule, meetsNumberRule, type NumberRule } from "./numberRule";

/** What a range or scalar parameter can arrive as (a scalar where a range is expected is a 1x1 range). */
export type ArgInput = RangeInput | CellInput;

/** A blank cell: null, undefined, "" or whitespace-only text. */
export function isBlankCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The argument as rows of cells (a scalar becomes a 1x1 range, a flat list one row). */
export function asRange(v: ArgInput): RangeInput {
  if (!Array.isArray(v)) return [[v as CellInput]];
  return (v as ReadonlyArray<unknown>).map((row) =>
    Array.isArray(row) ? (row as ReadonlyArray<CellInput>) : [row as CellInput],
  );
}

/** Number of cells in a range. */
export function cellCount(r: RangeInput): number {
  let n = 0;
  for (const row of r) n += row.length;
  return n;
}

/** Where the range's cell number `flat` (from 0, row by row; below `cellCount(r)`) is. */
function where(r: RangeInput, flat: number): string {
  let i = 0;
  let k = flat;
  while (k >= r[i].length) {
    k -= r[i].length;
    i++;
  }
  return `cell ${flat + 1} (row ${i + 1}, column ${k + 1})`;
}

function describe(v: unknown): string {
  if (typeof v === "string") return `text "${v.length > 20 ? v.slice(0, 20) + "..." : v}"`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function convert(r: RangeInput, name: string, allowIsoDates: boolean): Result<Float64Array> {
  const out = new Float64Array(cellCount(r));
  let k = 0;
  for (const row of r) {
    for (const v of row) {
      if (typeof v === "number") {
        if (!Number.isFinite(v)) return numError(`${name}: ${where(r, k)} is not a finite number`);
        out[k] = v;
      } else if (isBlankCell(v)) {
        out[k] = NaN;
      } else if (allowIsoDates && typeof v === "string" && excelSerialFromIso(v) !== null) {
        out[k] = excelSerialFromIso(v) as number;
      } else {
        const kind = allowIsoDates ? "a date (a date cell or ISO text such as 2025-03-31)" : "a number";
        return valueError(`${name}: ${describe(v)} in ${where(r, k)} where ${kind} belongs`);
      }
      k++;
    }
  }
  return out;
}

/** The range's numbers in row-major order, NaN for blanks; `#VALUE!` for text or TRUE/FALSE. */
export function numbers(v: ArgInput, name: string): Result<Float64Array> {
  return convert(asRange(v), name, false);
}

/** Dates as Excel serial numbers (date cells arrive as numbers; ISO "YYYY-MM-DD" or "YYYY-MM" text is accepted). */
export function dates(v: ArgInput, name: string): Result<Float64Array> {
  return convert(asRange(v), name, true);
}

/**
 * Labels (status words, order ids) in row-major order: text trimmed, numbers as their digits,
 * blanks (and a desktop blank 0) as null.
 */
export function labels(v: ArgInput): Array<string | null> {
  const out: Array<string | null> = [];
  for (const row of asRange(v)) {
    for (const c of row) {
      if (isBlankCell(c) || c === 0) out.push(null);
      else out.push(String(c).trim());
    }
  }
  return out;
}

/**
 * `#VALUE!` unless two ranges can be paired cell by cell: the same number of cells (a row and a
 * column may pair), and the same shape when both are 2-D blocks.
 */
export function pairable(a: ArgInput, aName: string, b: ArgInput, bName: string): SopError | null {
  const ra = asRange(a);
  const rb = asRange(b);
  const na = cellCount(ra);
  const nb = cellCount(rb);
  if (na !== nb) return valueError(`${aName} and ${bName} must be the same size (${na} and ${nb} cells)`);
  const vector = (r: RangeInput): boolean => r.length <= 1 || r.every((row) => row.length <= 1);
  if (vector(ra) || vector(rb)) return null;
  const shape = (r: RangeInput): string => `${r.length}x${r[0].length}`;
  if (ra.length !== rb.length || ra.some((row, i) => row.length !== rb[i].length)) {
    return valueError(`${aName} and ${bName} must be the same shape (${shape(ra)} and ${shape(rb)} cells)`);
  }
  return null;
}

/** A single value from a scalar parameter; a 1x1 range is unwrapped, a bigger one is `#VALUE!`. */
function single(v: ArgInput, name: string): Result<CellInput> {
  const r = asRange(v);
  if (cellCount(r) > 1) return valueError(`${name} must be a single value, not a range`);
  return r.find((row) => row.length > 0)?.[0] ?? null;
}

export type { NumberRule } from "./numberRule";

/**
 * A numeric parameter: blank (omitted, null or "") takes
 * `fallback`; text -> `#VALUE!`; outside the rule -> `#NUM!` naming the parameter.
 */
export function numberParam(v: ArgInput, name: string, fallback: number, rule: NumberRule = {}): Result<number> {
  const c = single(v, name);
  if (c instanceof SopError) return c;
  if (isBlankCell(c)) return fallback;
  if (typeof c !== "number") return valueError(`${name}: ${describe(c)} where a number belongs`);
  if (!Number.isFinite(c)) return numError(`${name} is not a finite number`);
  if (meetsNumberRule(c, rule)) return c;
  return numError(`${name} must be ${describeNumberRule(rule)} (got ${c})`);
}

/** A date parameter (a date cell's serial number or ISO text); blank -> `#VALUE!`. */
export function dateParam(v: ArgInput, name: string): Result<number> {
  const c = single(v, name);
  if (c instanceof SopError) return c;
  if (typeof c === "number" && Number.isFinite(c)) return c;
  if (typeof c === "string") {
    const s = excelSerialFromIso(c);
    if (s !== null) return s;
  }
  return valueError(`${name}: ${isBlankCell(c) ? "blank" : describe(c)} where a date belongs`);
}

/** A text parameter: blank -> `fallback`; numbers and booleans -> `#VALUE!`. */
export function textParam(v: ArgInput, name: string, fallback: string): Result<string> {
  const c = single(v, name);
  if (c instanceof SopError) return c;
  if (isBlankCell(c) || c === 0) return fallback;
  if (typeof c !== "string") return valueError(`${name}: ${describe(c)} where text belongs`);
  return c.trim();
}

/**
 * An option word, case-insensitive: blank (or a desktop blank 0) -> `fallback`; a word not in
 * `allowed` -> `#VALUE!` "variant must be one of PERCENT, MEAN (got "x")".
 */
export function optionParam<T extends string>(
  v: ArgInput,
  name: string,
  allowed: ReadonlyArray<T>,
  fallback: T,
): Result<T> {
  const c = single(v, name);
  if (c instanceof SopError) return c;
  if (isBlankCell(c) || c === 0) return fallback;
  const word = typeof c === "string" ? c.trim().toUpperCase() : "";
  const hit = allowed.find((a) => a === word);
  if (hit !== undefined) return hit;
  return valueError(`${name} must be one of ${allowed.join(", ")} (got ${describe(c)})`);
}

/** True when an optional range parameter was left out (omitted, null, or a blank cell). */
export function omitted(v: ArgInput): boolean {
  return asRange(v).every((row) => row.every((c) => isBlankCell(c)));
}

/**
 * An optional date argument: undefined when omitted, blank or 0 (a desktop blank); otherwise as
 * `dateParam` (a date cell's serial or ISO text, else `#VALUE!`).
 */
export function optionalDateParam(v: ArgInput | undefined, name: string): Result<number | undefined> {
  if (omitted(v)) return undefined;
  const c = single(v, name);
  if (c === 0) return undefined;
  return dateParam(v, name);
}
