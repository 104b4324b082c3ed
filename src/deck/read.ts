/**
 * Reading workbook names for the deck: each helper returns the values or a `SopError` that
 * names the range and says what to do.
 */
import { SopError, naError, valueError, isSopError, type Result } from "../core/errors";
import type { SopName } from "../layout/names";
import type { CellValue } from "../layout/types";
import { cellNumber, cellText, flatten, isBlank } from "./cells";

/** A families x months grid (F x H). */
export type PlanGrid = ReadonlyArray<ReadonlyArray<number>>;

/** Reads a workbook name's values; `undefined` when the workbook has no such name. */
export type NamedReader = (name: SopName) => ReadonlyArray<ReadonlyArray<CellValue>> | undefined;

export type Grid = ReadonlyArray<ReadonlyArray<CellValue>>;

export function missing(name: SopName): SopError {
  return naError(`the workbook has no ${name} range: scaffold the workbook first`);
}

export function bad(name: SopName, what: string): SopError {
  return valueError(`${name} ${what}: rebuild the workbook or correct the range`);
}

/** A name's values; no values at all (undefined, or the [] a spec lookup gives for an unknown name) = missing. */
export function range(get: NamedReader, name: SopName): Result<Grid> {
  const g = get(name);
  return g === undefined || g.length === 0 ? missing(name) : g;
}

export function single(get: NamedReader, name: SopName): Result<CellValue> {
  const g = range(get, name);
  if (isSopError(g)) return g;
  if (g.length < 1 || g[0].length < 1) return bad(name, "is empty");
  return g[0][0];
}

export function singleNumber(get: NamedReader, name: SopName): Result<number> {
  const v = single(get, name);
  if (isSopError(v)) return v;
  const n = cellNumber(v);
  if (n === null || n === undefined) return bad(name, `holds "${cellText(v)}", not a number`);
  return n;
}

export function list(get: NamedReader, name: SopName): Result<ReadonlyArray<CellValue>> {
  const g = range(get, name);
  if (isSopError(g)) return g;
  const flat = flatten(g);
  if (flat === undefined) return bad(name, "should be one row or one column");
  return flat;
}

/** A families x months grid; blanks read as 0, text or errors are reported with their position. */
export function planGrid(get: NamedReader, name: SopName, f: number, h: number): Result<PlanGrid> {
  const g = range(get, name);
  if (isSopError(g)) return g;
  const width = g.length > 0 ? g[0].length : 0;
  if (g.length !== f || g.some((row) => row.length !== h)) {
    return bad(name, `is ${g.length} x ${width} but the workbook has ${f} families and ${h} months`);
  }
  let blanks = 0;
  const out: number[][] = [];
  for (let r = 0; r < f; r++) {
    const row: number[] = [];
    for (let c = 0; c < h; c++) {
      const n = cellNumber(g[r][c]);
      if (n === undefined) return bad(name, `row ${r + 1}, month ${c + 1} holds "${cellText(g[r][c])}", not a number`);
      if (n === null) blanks++;
      row.push(n ?? 0);
    }
    out.push(row);
  }
  if (f * h > 0 && blanks === f * h) return bad(name, "holds no numbers (recalculate the workbook)");
  return out;
}

/** A table of `columns` columns (or at least `columns` with `atLeast`: a table that later layouts widened); blank rows skipped. */
export function table(
  get: NamedReader,
  name: SopName,
  columns: number,
  atLeast = false,
): Result<ReadonlyArray<ReadonlyArray<CellValue>>> {
  const g = range(get, name);
  if (isSopError(g)) return g;
  if (g.some((row) => (atLeast ? row.length < columns : row.length !== columns)))
    return bad(name, `should have ${atLeast ? "at least " : ""}${columns} columns`);
  return g.filter((row) => !row.every(isBlank));
}

/**
 * An optional families x months grid whose blanks mean something (null): the budget (blank = not
 * budgeted), the proposed plan (blank where the plan is typed). `undefined` when the workbook has
 * no such name; text or errors are reported with their position.
 */
export function blankableGrid(
  get: NamedReader,
  name: SopName,
  f: number,
  h: number,
): Result<Array<Array<number | null>> | undefined> {
  const g = get(name);
  if (g === undefined || g.length === 0) return undefined;
  if (g.length !== f || g.some((row) => row.length !== h)) {
    return bad(name, `is ${g.length} x ${g[0]?.length ?? 0} but the workbook has ${f} families and ${h} months`);
  }
  const out: Array<Array<number | null>> = [];
  for (let r = 0; r < f; r++) {
    const row: Array<number | null> = [];
    for (let c = 0; c < h; c++) {
      const n = cellNumber(g[r][c]);
      if (n === undefined) return bad(name, `row ${r + 1}, month ${c + 1} holds "${cellText(g[r][c])}", not a number`);
      row.push(n);
    }
    out.push(row);
  }
  return out;
}

/** An optional one-cell name holding one of `words` (compared without case); `undefined` when absent, blank or another word. */
export function optionalWord<W extends string>(
  get: NamedReader,
  name: SopName,
  words: ReadonlyArray<W>,
): W | undefined {
  const g = get(name);
  const t = g && g.length > 0 && g[0].length > 0 ? cellText(g[0][0]).toLowerCase() : "";
  return words.find((w) => w.toLowerCase() === t);
}
