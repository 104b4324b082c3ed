/**
 * What the task pane tells the user after each action: what was built, or what went wrong
 * and what to do. Pure functions from the host's outcome (or error) to a message, so the
 * wording is tested without Excel.
 */

/** Result of scaffolding the workbook (or loading the sample). */
export interface BuildOutcome {
  readonly sheets: ReadonlyArray<string>;
  readonly families: number;
  readonly historyMonths: number;
  readonly horizonMonths: number;
  /** Round trips to Excel, reads included. */
  readonly syncs: number;
  /** true when the build kept the values typed in a workbook scaffolded before. */
  readonly keptInputs?: boolean;
}

export interface DeckOutcome {
  readonly sheet: string;
  readonly families: number;
  readonly months: number;
  readonly charts: number;
  readonly syncs: number;
}

export interface ReactivateOutcome {
  /** Formulas re-entered. */
  readonly formulas: number;
  /** Sheets they were on. */
  readonly sheets: ReadonlyArray<string>;
  /** SOP.* formulas among the cells showing an error (re-entered ones included). */
  readonly sopFormulas: number;
  readonly syncs: number;
}

export type Action = "scaffold" | "sample" | "deck" | "reactivate";

export interface Message {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly title: string;
  readonly body: string;
}

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

export function buildMessage(action: "scaffold" | "sample", o: BuildOutcome): Message {
  const what = action === "sample" ? "Sample data loaded" : "Workbook scaffolded";
  const kept = o.keptInputs ? " Every value you had typed in input cells was kept." : "";
  return {
    intent: "success",
    title: what,
    body:
      `${plural(o.sheets.length, "sheet")} (${o.sheets.join(", ")}) for ${plural(o.families, "family", "families")}, ` +
      `${plural(o.historyMonths, "month")} of history and ${plural(o.horizonMonths, "month")} of horizon, ` +
      `in ${plural(o.syncs, "round trip")} to Excel.${kept}`,
  };
}

export function deckMessage(o: DeckOutcome): Message {
  return {
    intent: "success",
    title: "Executive deck built",
    body:
      `"${o.sheet}" now holds this cycle's meeting pack: ${plural(o.families, "family", "families")}, ` +
      `${plural(o.months, "month")}, ${plural(o.charts, "chart")}; ${plural(o.syncs, "round trip")} to Excel. ` +
      "It is print-ready (landscape, one page wide).",
  };
}

export function reactivateMessage(o: ReactivateOutcome): Message {
  if (o.formulas === 0 && o.sopFormulas === 0) {
    return {
      intent: "success",
      title: "SOP formulas are calculating",
      body: "No SOP.* formula shows #NAME?; nothing needed re-entering.",
    };
  }
  if (o.formulas === 0) {
    return {
      intent: "info",
      title: "Nothing to re-enter",
      body:
        (o.sopFormulas === 1
          ? "1 SOP.* formula shows an error of its own"
          : `${o.sopFormulas} SOP.* formulas show errors of their own`) +
        " (such as #DIV/0! for no data), not a missing function; check the input ranges.",
    };
  }
  return {
    intent: "success",
    title: "SOP formulas reactivated",
    body: `Re-entered ${plural(o.formulas, "formula")} on ${o.sheets.join(", ")} in ${plural(o.syncs, "round trip")}; they calculate again.`,
  };
}

const ACTION_NAME: Readonly<Record<Action, string>> = {
  scaffold: "Scaffolding the workbook",
  sample: "Loading the sample data",
  deck: "Building the executive deck",
  reactivate: "Reactivating the SOP formulas",
};

interface ErrorLike {
  readonly message?: unknown;
  readonly code?: unknown;
  readonly debugInfo?: { readonly errorLocation?: unknown; readonly message?: unknown };
}

function errorText(e: unknown): { message: string; code: string } {
  if (typeof e === "string") return { message: e, code: "" };
  if (e && typeof e === "object") {
    const x = e as ErrorLike;
    const message = typeof x.message === "string" && x.message !== "" ? x.message : String(e);
    const code = typeof x.code === "string" ? x.code : "";
    return { message, code };
  }
  return { message: String(e), code: "" };
}

/** What to do about a failure, from the Office.js error code (or the message) when it says. */
function advice(action: Action, code: string, message: string): string {
  const again =
    action === "scaffold" || action === "sample"
      ? "Then run it again: it completes the workbook and keeps every value you typed."
      : "Then try again.";
  if (code === "AccessDenied" || /protect/i.test(message)) {
    return `A sheet is protected with a password, or the workbook structure is protected. Unprotect it (Review > Unprotect Sheet). ${again}`;
  }
  if (code === "RequestPayloadSizeLimitExceeded" || /payload|too large|5 ?MB/i.test(message)) {
    return `Excel refused a request as too large. Reduce the families or months, or use Excel desktop. ${again}`;
  }
  if (code === "InvalidOperationInCellEditMode" || /edit mode/i.test(message)) {
    return `Excel is editing a cell. Press Enter or Esc in the grid. ${again}`;
  }
  if (action === "deck" && /scaffold|no SOP_|range/i.test(message)) {
    return "Scaffold the workbook first (or load the sample data), then build the deck.";
  }
  return `Check that the workbook is not read-only and no dialog is open in Excel. ${again}`;
}

/** The message for a failed action: which step failed, why, and what to do. */
export function failureMessage(action: Action, error: unknown): Message {
  const { message, code } = errorText(error);
  const why = code && !message.includes(code) ? `${message} (${code})` : message;
  return {
    intent: "error",
    title: `${ACTION_NAME[action]} failed`,
    body: `${why}. ${advice(action, code, message)}`.replace(/\.\. /, ". "),
  };
}
