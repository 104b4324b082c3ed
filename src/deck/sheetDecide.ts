/**
 * Deck sheet, second half: risk and issue view, scenario options side by side, trade-offs and
 * the recommendation, final decisions and owners.
 */
import type { Cell } from "../layout/types";
import type { Deck } from "./deck";
import { fmtInt, fmtPct } from "./format";
import type { DeckInput } from "./input";
import { DEFAULT_UNMET_TOLERANCE, type ScenarioCheck } from "./recommend";
import { gapCountText, gapUnit } from "./risks";
import type { ScenarioResult } from "./scenarios";
import { SECTION_TITLES } from "./sheetPlan";
import { capList } from "./cap";
import { excelSerialFromIso } from "../core/dates";
import { FMT, RowWriter, headers, num, text } from "./writer";

export function writeRisks(w: RowWriter, deck: Deck, input: DeckInput): void {
  const r = deck.risks;
  w.row([text(SECTION_TITLES.risks, "title")]);
  if (r.count === 0) {
    w.row([text(gapCountText(r), "note")]);
    w.blank();
    return;
  }
  const which = r.top.length === r.count ? `all ${r.count}` : `the ${r.top.length} largest`;
  w.row([text(`${gapCountText(r)}; ${which} below:`, "note")]);
  w.row(headers(["Rank and family", "Month", "Gap type", "Gap", "Unit", "Value at stake"]));
  for (const g of r.top) {
    const unit = gapUnit(g, input.families);
    w.row([
      text(`${g.rank}. ${g.family}`, "label"),
      text(g.month),
      text(g.type),
      g.gap === null ? text("") : num(g.gap, FMT.int),
      text(unit),
      num(g.valueAtStake, FMT.money, "bad"),
    ]);
  }
  w.blank();
}

type ScenarioRow = {
  readonly label: string;
  readonly fmt: string;
  readonly get: (r: ScenarioResult) => number | null;
};

/**
 * The plan as it stands under each scenario, one measure a row (detail by family: appendix A4).
 * The multipliers are stated in the trade-offs; whether the plan as it stands is within targets
 * is the "Plan as is" option's row below.
 */
const SCENARIO_ROWS: ReadonlyArray<ScenarioRow> = [
  { label: "Revenue", fmt: FMT.money, get: (r) => r.revenue },
  { label: "Gross margin", fmt: FMT.money, get: (r) => r.grossMargin },
  { label: "Gross margin %", fmt: FMT.pct, get: (r) => r.grossMarginPct },
  { label: "Peak inventory value", fmt: FMT.money, get: (r) => r.peakInventoryValue },
  { label: "Late demand (all units)", fmt: FMT.int, get: (r) => r.lateUnits },
  { label: "Late demand (revenue delayed)", fmt: FMT.money, get: (r) => r.lateValue },
  { label: "Lost demand (all units)", fmt: FMT.int, get: (r) => r.lostUnits },
  { label: "Lost demand (revenue lost)", fmt: FMT.money, get: (r) => r.lostValue },
];

/** Each response option's measures under each scenario (rows "<option>: <measure>"). */
const OPTION_ROWS: ReadonlyArray<ScenarioRow> = [
  { label: "gross margin", fmt: FMT.money, get: (r) => r.grossMargin },
  { label: "lost demand (revenue lost)", fmt: FMT.money, get: (r) => r.lostValue },
  { label: "peak inventory value", fmt: FMT.money, get: (r) => r.peakInventoryValue },
];

export const SCENARIO_ROW_LABELS: ReadonlyArray<string> = SCENARIO_ROWS.map((r) => r.label);

/**
 * The scenarios and response options tables (columns A to 1 + the number of scenarios), then
 * the notes on options left out. `minRows` keeps at least that many rows under the first header
 * (blank ones after the options, before the notes) for the charts beside the tables; returns that
 * stretch of rows, first and last, 0-based.
 */
export function writeScenarios(
  w: RowWriter,
  deck: Deck,
  minRows = 0,
): { readonly top: number; readonly bottom: number } {
  w.row([text(SECTION_TITLES.scenarios, "title")]);
  const top = w.row(headers(["The plan as it stands", ...deck.scenarios.map((s) => s.name)]));
  for (const row of SCENARIO_ROWS) {
    w.row([text(row.label, "label"), ...deck.scenarios.map((s) => num(row.get(s), row.fmt))]);
  }
  // What the executives can decide: each response option costed under every scenario.
  w.row(headers(["Response option", ...deck.scenarios.map((s) => s.name)]));
  for (const o of deck.options) {
    // The plan as it stands is the scenario table above, measure for measure: only its verdict is repeated.
    if (o.policy === "asIs") {
      w.row([text(`${o.name} (the table above): within targets`, "label"), ...o.checks.map(checkCell)]);
      continue;
    }
    for (const row of OPTION_ROWS) {
      w.row([text(`${o.name}: ${row.label}`, "label"), ...o.byScenario.map((s) => num(row.get(s), row.fmt))]);
    }
    if (o.policy === "overtime") {
      w.row([
        text(`${o.name}: premium paid (units)`, "label"),
        ...o.byScenario.map((s) => text(`${fmtInt(s.overtimeCost)} (${fmtInt(s.overtimeUnits)})`)),
      ]);
    }
    w.row([text(`${o.name}: within targets`, "label"), ...o.checks.map(checkCell)]);
  }
  w.blank(Math.max(0, top + minRows - w.next));
  const bottom = w.next - 1;
  for (const note of deck.optionNotes) w.row([text(note, "note")]);
  w.blank();
  return { top, bottom };
}

function checkCell(c: ScenarioCheck): Cell {
  if (c.withinTargets) return text("Yes", "good");
  const why = [c.unmetOk ? "" : "lost demand", c.inventoryOk ? "" : "inventory"].filter((x) => x !== "").join(", ");
  return text(`No: ${why}`, "bad");
}

export function writeRecommendation(w: RowWriter, deck: Deck, unmetTolerance = DEFAULT_UNMET_TOLERANCE): void {
  const rec = deck.recommendation;
  w.row([text(SECTION_TITLES.recommendation, "title")]);
  w.row(headers(["Trade-offs"]));
  for (const t of deck.tradeOffs) w.row([text(t)]);
  w.blank();
  w.row([text("Recommended option", "header"), text(rec.name, rec.withinTargets ? "good" : "watch")]);
  w.row([text(rec.reason)]);
  w.row([
    text(
      `Rule: of the response options whose lost demand (never shipped within the plan) stays within ${fmtPct(unmetTolerance)} of demand value and whose peak inventory value stays under the ceiling in the ${deck.scenarios[0]?.name ?? "base"} scenario, the one with the highest gross margin (net of any overtime premium).`,
      "note",
    ),
  ]);
  w.blank();
}

/** The most lines of the decisions and owners table, the line counting the rest included. */
export const MAX_ACTION_LINES = 10;

export function writeDecisions(w: RowWriter, deck: Deck): void {
  const a = deck.actions;
  w.row([text(SECTION_TITLES.decisions, "title")]);
  const closure =
    a.closure === null
      ? "no actions logged yet"
      : `${fmtPct(a.closure)} closed (${a.closedCount} of ${a.lines.length})`;
  w.row([text(`Decision closure: ${closure}; ${a.openCount} open, listed first by due date.`, "note")]);
  w.row(headers(["Decision", "Owner", "Due", "Status"]));
  const { shown, hidden } = capList(a.lines, MAX_ACTION_LINES);
  for (const l of shown) {
    const statusStyle = !l.open ? "good" : l.overdue ? "bad" : undefined;
    w.row([
      text(l.decision, "label"),
      text(l.owner),
      l.dueDate === "" ? text("") : num(excelSerialFromIso(l.dueDate), FMT.date),
      text(l.overdue ? `${l.status} (overdue)` : l.status, statusStyle),
    ]);
  }
  if (hidden.length > 0) {
    const open = hidden.filter((l) => l.open).length;
    w.row([
      text(
        `And ${hidden.length} more (${open} open, ${hidden.length - open} closed): the Actions sheet lists every decision.`,
        "note",
      ),
    ]);
  }
  w.blank();
}
