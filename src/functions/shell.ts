/**
 * The custom-function shell: turns the core's results into what Excel accepts.
 * A `SopError` becomes a `CustomFunctions.Error`; a non-finite number never reaches a cell.
 */
import { SopError, SopErrorCode, isSopError } from "../core/errors";

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
export function spill(
  result: ReadonlyArray<ReadonlyArray<number | string | SopError>> | SopError,
): (number | string | CustomFunctions.Error)[][] {
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
