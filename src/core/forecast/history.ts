/**
 * Reading a history from a worksheet range, with the blank rules of SOP.FORECAST.
 *
 * - The range is one row or one column (a single cell counts as a row); a block -> #VALUE!.
 * - Blank cells: null / undefined / "" or spaces (Excel on the web) and 0 (Excel desktop) cannot be told
 *   apart on desktop, so both platforms get the same rules:
 *   - leading blanks and leading zeros are dropped (the history starts at the first non-zero
 *     value, e.g. a product's launch month); a range of zeros (and blanks) only keeps its zeros
 *     from the first one, so the forecast is zero;
 *   - trailing blanks are dropped (the forecast follows the last filled period); trailing zeros
 *     are kept (zero demand is demand);
 *   - interior blanks (null, "" on the web) are missing values, filled by straight-line
 *     interpolation between the neighbouring values (see `fillGaps`). Desktop Excel passes a
 *     blank as 0, which is read as zero demand: there is no telling them apart.
 * - Text (other than "") or a boolean -> #VALUE! naming the position (1-based, in the range).
 */
import type { CellInput, RangeInput } from "../cells";
import { Result, valueError } from "../errors";

export type Orientation = "row" | "column";

export interface History {
  readonly values: number[];
  /** Orientation of the range, so the forecast spills the same way. */
  readonly orientation: Orientation;
}

function isBlank(c: CellInput): boolean {
  return c === null || c === undefined || (typeof c === "string" && c.trim() === "");
}

/** Parse a range into a numeric history (possibly empty: the caller decides if it is too short). */
export function historyFromRange(input: RangeInput | CellInput): Result<History> {
  const range: RangeInput = Array.isArray(input) ? (input as RangeInput) : [[input as CellInput]];
  const rows = range.length;
  const cols = rows > 0 ? Math.max(...range.map((r) => r.length)) : 0;
  if (rows > 1 && cols > 1) return valueError("history must be a single row or a single column");
  const orientation: Orientation = rows > 1 ? "column" : "row";
  const cells: CellInput[] = orientation === "column" ? range.map((r) => r[0]) : [...(range[0] ?? [])];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (isBlank(c)) continue;
    if (typeof c !== "number") return valueError(`history value ${i + 1} is not a number`);
    if (!Number.isFinite(c)) return valueError(`history value ${i + 1} is not a finite number`);
  }
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  let start = 0;
  while (start < end && (isBlank(cells[start]) || cells[start] === 0)) start++;
  if (start === end) start = cells.findIndex((c) => c === 0); // zeros only: keep them
  if (start < 0) return { values: [], orientation };
  const values = fillGaps(cells.slice(start, end).map((c) => (typeof c === "number" ? c : null)));
  return { values, orientation };
}

/**
 * Missing values (null) between known ones replaced by the straight line between the nearest
 * known values on either side; missing values at either end take the nearest known value.
 * @example fillGaps([3, null, null, 9]) // [3, 5, 7, 9]
 */
export function fillGaps(values: ReadonlyArray<number | null>): number[] {
  const known = values.map((v, t) => (v === null ? -1 : t)).filter((t) => t >= 0);
  if (known.length === 0) return values.map(() => 0);
  return values.map((v, t) => {
    if (v !== null) return v;
    const after = known.find((k) => k > t);
    const before = [...known].reverse().find((k) => k < t);
    if (before === undefined) return values[after!] as number;
    if (after === undefined) return values[before] as number;
    const a = values[before] as number;
    const b = values[after] as number;
    return a + ((b - a) * (t - before)) / (after - before);
  });
}
