/**
 * Errors of the Office.js renderer: what failed, where, and what the user can do about it.
 */

/** The error code of an Office.js error (`OfficeExtension.Error.code`), or "" for anything else. */
export function errorCode(e: unknown): string {
  if (typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return "";
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

export function errorLocation(e: unknown): string {
  if (typeof e === "object" && e !== null && "debugInfo" in e) {
    const info = (e as { debugInfo?: { errorLocation?: unknown } }).debugInfo;
    if (info && typeof info.errorLocation === "string") return info.errorLocation;
  }
  return "";
}

/** True for Excel's "request too large" rejection. */
export function isPayloadTooLarge(e: unknown): boolean {
  return errorCode(e) === "RequestPayloadSizeLimitExceeded" || /payload size/i.test(errorText(e));
}

/**
 * A write that Excel rejected midway. `step` names the sheet and chunk; `request` is the
 * 1-based number of the write request among `requests`. The message ends with what to do.
 */
export class WorkbookWriteError extends Error {
  readonly code: string;
  readonly step: string;
  readonly request: number;
  readonly requests: number;
  readonly cause: unknown;

  constructor(args: {
    step: string;
    request: number;
    requests: number;
    cause: unknown;
    protectedSheets: ReadonlyArray<string>;
    action: string;
  }) {
    const code = errorCode(args.cause);
    const where = errorLocation(args.cause);
    const excelSays = `${code ? `${code}: ` : ""}${errorText(args.cause)}${where ? ` (at ${where})` : ""}`;
    super(
      `${args.action} stopped at ${args.step} (write request ${args.request} of ${args.requests}). Excel said: ${excelSays} ` +
        `${advice(code, args.protectedSheets)} ` +
        `Running ${args.action} again completes the workbook: sheets already there are reused, not added twice, and the values you typed are read back first.`,
    );
    this.name = "WorkbookWriteError";
    this.code = code;
    this.step = args.step;
    this.request = args.request;
    this.requests = args.requests;
    this.cause = args.cause;
  }
}

function advice(code: string, protectedSheets: ReadonlyArray<string>): string {
  const list = protectedSheets.map((s) => `"${s}"`).join(", ");
  if (
    protectedSheets.length > 0 &&
    (code === "AccessDenied" || code === "InvalidArgument" || code === "InvalidOperation")
  ) {
    return protectedSheets.length === 1
      ? `Sheet ${list} is protected with a password: unprotect it (Review > Unprotect Sheet) and try again.`
      : `One of the sheets ${list} is protected with a password: unprotect it (Review > Unprotect Sheet) and try again.`;
  }
  if (code === "AccessDenied")
    return "A sheet is protected or the workbook is read-only: unprotect the sheet (Review > Unprotect Sheet) or open the workbook for editing, then try again.";
  if (code === "RequestPayloadSizeLimitExceeded")
    return "The request stayed too large for Excel even in small chunks: try again; if it persists, use Excel on the desktop for this many families.";
  if (code === "ItemAlreadyExists")
    return "A sheet or name with the same name appeared while writing (another user or add-in?).";
  if (code === "InvalidOperationInCellEditMode")
    return "A cell is being edited: press Enter or Esc in the sheet, then try again.";
  return "The workbook may be busy, offline or read-only.";
}
