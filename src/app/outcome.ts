/**
 * What the task pane tells the user after each action: what was built, or what went wrong
 * and what to do. Pure functions from the host's outcome (or error) to a message, so the
 * wording is tested without Excel.
 */

import type { RebuildReport } from "../layout/rebuild";

/** Where a rebuild put the values typed before: counts, and the first addresses of each kind. */
export interface RebuildSummary {
  /** Typed values found in the input sheets (settings and families aside). */
  readonly found: number;
  readonly inPlace: number;
  /** Written to another cell with the same meaning (family, month, field). */
  readonly moved: number;
  /** Newly put on Kept inputs, and where they were ("Actuals!F9"). */
  readonly toKept: number;
  readonly toKeptAt: ReadonlyArray<string>;
  /** Notes and helper formulas written outside the layout, put on Kept inputs with their address. */
  readonly notes: number;
  readonly notesAt: ReadonlyArray<string>;
  /** Already on Kept inputs, staying there; and back from Kept inputs into the layout. */
  readonly stillKept: number;
  readonly restored: number;
  /** Formulas typed into input cells, kept as formulas, and where they now are. */
  readonly formulas: number;
  readonly formulasAt: ReadonlyArray<string>;
}

/** How many addresses a message lists before "and N more". */
const LISTED = 5;

/** The summary of a rebuild report (what the pane says, with a few addresses of each kind). */
export function summarize(r: RebuildReport): RebuildSummary {
  return {
    found: r.found,
    inPlace: r.inPlace,
    moved: r.moved.length,
    toKept: r.toKept.length,
    toKeptAt: r.toKept.slice(0, LISTED).map((f) => f.address),
    notes: r.notes.length,
    notesAt: r.notes.slice(0, LISTED).map((o) => o.address),
    stillKept: r.stillKept,
    restored: r.restored.length,
    formulas: r.formulas.length,
    formulasAt: r.formulas.slice(0, LISTED),
  };
}

/** Result of scaffolding the workbook (or loading the sample). */
export interface BuildOutcome {
  /** The sheets written (none when the rebuild stopped to ask first). */
  readonly sheets: ReadonlyArray<string>;
  readonly families: number;
  readonly historyMonths: number;
  readonly horizonMonths: number;
  /** Round trips to Excel, reads included. */
  readonly syncs: number;
  /** For a rebuild of a workbook that held inputs: where every typed value went (or would go). */
  readonly rebuild?: RebuildSummary;
  /** true when nothing was written because typed values would move to Kept inputs: ask, then scaffold with `confirmed`. */
  readonly needsConfirmation?: boolean;
  /** Why the workbook's own settings could not be read, when they could not. */
  readonly settingsProblem?: string;
  /** Layout sheets the user had renamed, given their layout titles back ("Setup -> Settings"). */
  readonly renamed?: ReadonlyArray<string>;
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

export type Action = "scaffold" | "sample" | "deck" | "reactivate" | "selftest";

export interface Message {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly title: string;
  readonly body: string;
}

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** "Actuals!F9, Actuals!F10 and 3 more". */
function listed(at: ReadonlyArray<string>, total: number): string {
  const more = total - at.length;
  return more > 0 ? `${at.join(", ")} and ${more.toLocaleString("en-US")} more` : at.join(", ");
}

/** What happened to the values typed before, sentence by sentence (empty when there were none). */
export function rebuildSentences(r: RebuildSummary): string {
  const parts: string[] = [];
  if (r.found + r.stillKept === 0 && r.notes === 0) return "";
  const kept = [`${plural(r.inPlace, "typed value")} kept in place`];
  if (r.moved > 0) kept.push(`${plural(r.moved, "value")} moved with their family, month or row`);
  if (r.restored > 0) kept.push(`${plural(r.restored, "value")} back from Kept inputs into their cells`);
  parts.push(`${kept.join(", ")}.`);
  if (r.toKept > 0)
    parts.push(
      `${plural(r.toKept, "value")} moved to Kept inputs (no cell for them now): ${listed(r.toKeptAt, r.toKept)}.`,
    );
  if (r.notes > 0)
    parts.push(
      `${plural(r.notes, "note")} written outside the layout moved to Kept inputs with ${r.notes === 1 ? "its address" : "their addresses"}: ${listed(r.notesAt, r.notes)}.`,
    );
  if (r.stillKept > 0) parts.push(`${plural(r.stillKept, "value")} still on Kept inputs.`);
  if (r.formulas > 0)
    parts.push(
      `${plural(r.formulas, "formula")} you typed in input cells kept as ${r.formulas === 1 ? "a formula" : "formulas"}; check ${r.formulas === 1 ? "its" : "their"} references: ${listed(r.formulasAt, r.formulas)}.`,
    );
  return parts.join(" ");
}

export function buildMessage(action: "scaffold" | "sample", o: BuildOutcome): Message {
  if (o.needsConfirmation && o.rebuild) return confirmMessage(o);
  const what = action === "sample" ? "Sample data loaded" : "Workbook scaffolded";
  const rebuilt =
    (o.rebuild ? rebuildSentences(o.rebuild) : "") +
    (o.renamed && o.renamed.length > 0
      ? ` Renamed ${o.renamed.length === 1 ? "sheet" : "sheets"} named back (the workbook's formulas refer to ${o.renamed.length === 1 ? "it" : "them"} by that name): ${o.renamed.join(", ")}.`
      : "");
  return {
    intent: o.rebuild && o.rebuild.toKept + o.rebuild.notes > 0 ? "warning" : "success",
    title: what,
    body:
      `${plural(o.sheets.length, "sheet")} (${o.sheets.join(", ")}) for ${plural(o.families, "family", "families")}, ` +
      `${plural(o.historyMonths, "month")} of history and ${plural(o.horizonMonths, "month")} of horizon, ` +
      `in ${plural(o.syncs, "round trip")} to Excel.${rebuilt ? ` ${rebuilt}` : ""}`,
  };
}

/** The question a rebuild asks before it moves typed values or notes to Kept inputs. */
export function confirmMessage(o: BuildOutcome): Message {
  const r = o.rebuild!;
  const why = o.settingsProblem
    ? `This workbook's settings could not be read (${o.settingsProblem}), so the settings in this pane may not describe it. `
    : "";
  const moves: string[] = [];
  if (r.toKept > 0)
    moves.push(
      `${plural(r.toKept, "typed value")} that the new layout has no cell for (${listed(r.toKeptAt, r.toKept)})`,
    );
  if (r.notes > 0) moves.push(`${plural(r.notes, "note")} written outside the layout (${listed(r.notesAt, r.notes)})`);
  return {
    intent: "warning",
    title: "Move typed values to Kept inputs?",
    body:
      `${why}Scaffolding now would move ${moves.join(" and ")} to the Kept inputs sheet; ` +
      `${plural(r.inPlace + r.moved, "other value")} would stay with ${r.inPlace + r.moved === 1 ? "its" : "their"} family and month. ` +
      (o.settingsProblem
        ? "Restore the sheet or type the cycle again (company, cycle month, families) before scaffolding, or scaffold anyway: nothing is deleted."
        : "Nothing has been changed yet. Scaffold anyway to move them (nothing is deleted), or cancel and check the settings."),
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

/** The self-test's verdict: how many checks passed, and the first that failed with what Excel showed. */
export function selfTestMessage(o: {
  readonly rows: ReadonlyArray<{ check: string; expected: string; got: string; pass: boolean }>;
  readonly environment: ReadonlyArray<{ what: string; value: string; pass: boolean }>;
  readonly syncs: number;
}): Message {
  const failed = o.rows.filter((r) => !r.pass);
  const env = o.environment.filter((e) => !e.pass);
  const checks = `${plural(o.rows.length - failed.length, "check")} of ${o.rows.length} passed in ${plural(o.syncs, "round trip")}`;
  if (failed.length === 0 && env.length === 0) {
    return {
      intent: "success",
      title: "Self-test passed",
      body: `${checks}: every SOP function answers in this Excel as the add-in's core does. ${o.environment.map((e) => `${e.what}: ${e.value}`).join("; ")}.`,
    };
  }
  const first = failed
    .slice(0, 3)
    .map((r) => `${r.check} (expected ${r.expected}, got ${r.got})`)
    .concat(env.map((e) => `${e.what}: ${e.value}`));
  return {
    intent: "error",
    title: "Self-test found problems",
    body: `${checks}. ${first.join("; ")}${failed.length > 3 ? `; and ${failed.length - 3} more` : ""}. Copy the report below into a bug report.`,
  };
}

const ACTION_NAME: Readonly<Record<Action, string>> = {
  scaffold: "Scaffolding the workbook",
  sample: "Loading the sample data",
  deck: "Building the executive deck",
  reactivate: "Reactivating the SOP formulas",
  selftest: "The self-test",
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
  if (code === "StructureProtected") {
    return "Nothing was changed. Unprotect the workbook structure (Review > Protect Workbook), then run it again; you may protect it again afterwards.";
  }
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
