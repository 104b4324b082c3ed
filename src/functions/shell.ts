/**
 * The custom-function shell: runs a `SOP.*` declaration (src/core/sop) on what Excel passed and
 * turns the result into what Excel accepts. A `SopError` becomes a `CustomFunctions.Error`; a
 * non-finite number never reaches a cell.
 */
import { SopError, SopErrorCode, isSopError } from "../core/errors";
import { AnyFunctionDecl, Spill, evaluate } from "../core/sop";

function errorCode(code: SopErrorCode): CustomFunctions.ErrorCode {
  switch (code) {
    case "#VALUE!":
      return CustomFunctions.ErrorCode.invalidValue;
    case "#DIV/0!":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "#NUM!":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "#N/A":
      return CustomFunctions.ErrorCode.notAvailable;
    case "#NULL!":
      return CustomFunctions.ErrorCode.nullReference;
  }
}

/** Excel shows a message only for #VALUE! and #N/A; other codes carry none. */
export function toExcelError(e: SopError): CustomFunctions.Error {
  const code = errorCode(e.code);
  const withMessage = e.code === "#VALUE!" || e.code === "#N/A";
  return withMessage ? new CustomFunctions.Error(code, e.message) : new CustomFunctions.Error(code);
}

/** A scalar result: throw the Excel error (Excel displays it in the cell) or return a finite number. */
export function scalar(result: number | SopError): number {
  if (isSopError(result)) throw toExcelError(result);
  if (!Number.isFinite(result)) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  return result;
}

/** A spilled result: errors inside the array stay in their cells. */
export function spill(result: Spill | SopError): (number | string | CustomFunctions.Error)[][] {
  if (isSopError(result)) throw toExcelError(result);
  return result.map((row) =>
    row.map((v) => {
      if (isSopError(v)) return toExcelError(v);
      if (typeof v === "number" && !Number.isFinite(v))
        return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
      return v;
    }),
  );
}

/** Runs a declaration that returns one number. */
export function number(decl: AnyFunctionDecl & { readonly result: "scalar" }, args: ReadonlyArray<unknown>): number {
  return scalar(evaluate(decl, args));
}

/** Runs a declaration that returns text. */
export function text(decl: AnyFunctionDecl & { readonly result: "text" }, args: ReadonlyArray<unknown>): string {
  const r = evaluate(decl, args);
  if (isSopError(r)) throw toExcelError(r);
  return r;
}

/** Runs a declaration that spills. */
export function spilled(
  decl: AnyFunctionDecl & { readonly result: "spill" },
  args: ReadonlyArray<unknown>,
): (number | string | CustomFunctions.Error)[][] {
  return spill(evaluate(decl, args));
}
