/** Typed values of a workbook built earlier, by key, and how an input reads them. */
import { CellValue } from "./types";

/** Typed values by key (from a workbook built earlier). */
export type TypedInputs = ReadonlyMap<string, CellValue>;

/** A blank input: absent, null or "". */
export const isEmpty = (v: CellValue | undefined): boolean => v === undefined || v === null || v === "";

/** The typed value of `key` when there is one, else `fallback`. */
export function pick<T extends CellValue>(typed: TypedInputs, key: string, fallback: T): CellValue {
  const v = typed.get(key);
  return isEmpty(v) ? fallback : (v as CellValue);
}

/** A text input's value: null for a blank (or only spaces) cell, else the text. */
export const asText = (v: CellValue): string | null =>
  v === null || (typeof v === "string" && v.trim() === "") ? null : String(v);
