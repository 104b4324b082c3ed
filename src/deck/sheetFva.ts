/**
 * The deck's "Forecast value added" section: who improved the forecast, read from the workbook's
 * SOP_FVA table (the KPIs sheet, over the Plan archive): each step's WAPE (naive, statistical
 * baseline, sales override, consensus) and the points of accuracy it added, all families first,
 * with one sentence a meeting can quote ("the consensus meeting added 2.1 points of accuracy").
 */
import type { CellValue } from "../layout/types";
import { NAMES } from "../layout/names";
import type { NamedReader } from "./read";
import { RowWriter, headers, num, text } from "./writer";
import { byReasonLine, largestOverridesLine, type DeckOverrides } from "./overrides";

/** One row of SOP_FVA: family, four WAPEs, three steps' value added and the total, in points. */
export interface FvaLine {
  readonly family: string;
  readonly wape: ReadonlyArray<number | null>;
  readonly added: ReadonlyArray<number | null>;
}

const numberOrNull = (v: CellValue | undefined): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : null;

/** The SOP_FVA rows, or [] when the workbook has none (built before the archive existed). */
export function readFva(get: NamedReader): FvaLine[] {
  const rows = get(NAMES.fva) ?? [];
  return rows
    .filter((r) => typeof r[0] === "string" && r[0] !== "")
    .map((r) => ({
      family: String(r[0]),
      wape: r.slice(1, 5).map(numberOrNull),
      added: r.slice(5, 9).map(numberOrNull),
    }));
}

const points = (v: number): string => `${Math.abs(v).toFixed(1)} point${Math.abs(v).toFixed(1) === "1.0" ? "" : "s"}`;

/** The sentence for all families: what each step added or cost. */
export function fvaSentence(all: FvaLine): string {
  const [stat, sales, meeting] = all.added;
  if (stat === null || sales === null || meeting === null)
    return "No archived plan has an actual yet: value added is measured from the next cycles.";
  const verb = (v: number): string => (v >= 0 ? `added ${points(v)}` : `cost ${points(v)}`);
  return `The statistical baseline ${verb(stat)} of accuracy over the naive forecast, sales overrides ${verb(sales)} and the consensus meeting ${verb(meeting)}.`;
}

const PTS = '+0.0" pts";-0.0" pts";0.0" pts"';

/** The section's title with what the consensus meeting added: "Forecast value added: the consensus meeting added 2.1 points of accuracy". */
export function fvaHeadline(all: FvaLine): string {
  const meeting = all.added[2];
  if (meeting === null) return "Forecast value added";
  return `Forecast value added: the consensus meeting ${meeting >= 0 ? "added" : "cost"} ${points(meeting)} of accuracy`;
}

/**
 * Writes the section (nothing when the workbook has no SOP_FVA table): all families, then the
 * families in `shown` (all when not given), then a line counting the others. With the workbook's
 * override tables, the title says what the consensus meeting added (the table's first row gives
 * every step) and two lines follow it: the largest overrides of this cycle with their reasons,
 * and the overrides' past value added by reason; without them, one sentence for every step.
 */
export function writeFva(
  w: RowWriter,
  all: ReadonlyArray<FvaLine> = [],
  shown?: ReadonlySet<string>,
  overrides?: DeckOverrides,
): void {
  if (all.length === 0) return;
  const lines = all.filter((l, i) => i === 0 || shown === undefined || shown.has(l.family));
  const hidden = all.length - lines.length;
  if (overrides === undefined) {
    w.row([text("Forecast value added", "title")]);
    w.row([text(fvaSentence(lines[0]), "note")]);
  } else {
    w.row([text(fvaHeadline(lines[0]), "title")]);
    w.row([text(largestOverridesLine(overrides))]);
    w.row([text(byReasonLine(overrides), "note")]);
  }
  w.row(
    headers([
      "Family",
      "WAPE naive",
      "WAPE statistical",
      "WAPE sales",
      "WAPE consensus",
      "Statistical",
      "Sales",
      "Consensus meeting",
      "Total added",
    ]),
  );
  lines.forEach((l, i) =>
    w.row([
      text(l.family, i === 0 ? "total" : "label"),
      ...l.wape.map((v) => num(v, "0.0%")),
      ...l.added.map((v) => num(v, PTS)),
    ]),
  );
  if (hidden > 0) {
    w.row([
      text(
        `And ${hidden} more ${hidden === 1 ? "family" : "families"}: the KPIs sheet's value added table lists every family.`,
        "note",
      ),
    ]);
  }
  w.blank();
}
