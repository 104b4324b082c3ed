/**
 * Spreadsheet errors as values.
 *
 * The calculation core never throws for bad user input: it returns a `SopError`, which the
 * custom-function shell maps to `CustomFunctions.Error` and the workbook renderers write as
 * the matching Excel error. Only programmer mistakes throw.
 */
export type SopErrorCode = "#VALUE!" | "#DIV/0!" | "#NUM!" | "#N/A" | "#NULL!";

export class SopError {
  constructor(
    readonly code: SopErrorCode,
    readonly message: string,
  ) {}

  toString(): string {
    return `${this.code} ${this.message}`;
  }
}

/** A value or the spreadsheet error that explains why there is none. */
export type Result<T> = T | SopError;

export function isSopError(x: unknown): x is SopError {
  return x instanceof SopError;
}

export const valueError = (message: string): SopError => new SopError("#VALUE!", message);
export const divZeroError = (message: string): SopError => new SopError("#DIV/0!", message);
export const numError = (message: string): SopError => new SopError("#NUM!", message);
export const naError = (message: string): SopError => new SopError("#N/A", message);
