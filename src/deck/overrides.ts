/**
 * Override discipline in the deck: the largest sales overrides of this cycle with their reasons
 * (the Demand sheet's SOP_OverrideDiff and SOP_OverrideReason: override - statistical baseline
 * per family and plan month, ranked by its value at the family's price), and the value the
 * overrides added in earlier cycles by reason (the KPIs sheet's SOP_FVAByReason, over the Plan
 * archive). Each is one line of the forecast value added section.
 */
import { NAMES } from "../layout/names";
import type { CellValue } from "../layout/types";
import { cellNumber, cellText } from "./cells";
import { fmtInt } from "./format";
import type { NamedReader, PlanGrid } from "./read";
import { monthPrice, type DeckFamily } from "./tables";

/** One override of this cycle: its family and month, units over the baseline (negative = under) and reason ("" = none given). */
export interface DeckOverride {
  readonly family: string;
  readonly month: string;
  readonly unit: string;
  readonly units: number;
  readonly value: number;
  readonly reason: string;
}

/** The value added by the overrides of one reason: archived plans measured and points added (null = none measured). */
export interface ReasonValueAdded {
  readonly reason: string;
  readonly measured: number;
  readonly added: number | null;
}

export interface DeckOverrides {
  readonly overrides: ReadonlyArray<DeckOverride>;
  readonly byReason: ReadonlyArray<ReasonValueAdded>;
}

const num = (v: CellValue | undefined): number | null => cellNumber(v ?? null) ?? null;

/**
 * This cycle's overrides, largest value first (|override - baseline| x the month's price:
 * `price`, SOP_Price, else the Families price), and the value added by reason; undefined when
 * the workbook has neither name (built before them).
 */
export function readOverrides(
  get: NamedReader,
  families: ReadonlyArray<DeckFamily>,
  months: ReadonlyArray<string>,
  price?: PlanGrid,
): DeckOverrides | undefined {
  const diff = get(NAMES.overrideDiff);
  const reasons = get(NAMES.overrideReason);
  const table = get(NAMES.fvaByReason);
  if (diff === undefined && table === undefined) return undefined;
  const overrides: DeckOverride[] = [];
  families.forEach((f, i) => {
    const at = monthPrice({ families, price }, i);
    months.forEach((month, j) => {
      const units = num(diff?.[i]?.[j]);
      if (units === null) return;
      const reason = cellText(reasons?.[i]?.[j] ?? null);
      overrides.push({ family: f.name, month, unit: f.unit, units, value: Math.abs(units) * at(j), reason });
    });
  });
  overrides.sort((a, b) => b.value - a.value);
  const byReason = (table ?? [])
    .filter((r) => cellText(r[0]) !== "")
    .map((r) => ({ reason: cellText(r[0]), measured: num(r[1]) ?? 0, added: num(r[4]) }));
  return { overrides, byReason };
}

const signed = (n: number, digits = 0): string =>
  `${n > 0 ? "+" : n < 0 ? "-" : ""}${digits === 0 ? fmtInt(Math.abs(n)) : Math.abs(n).toFixed(digits)}`;

/**
 * "Largest overrides this cycle (of 4): Controllers 2026-05 -128 units vs the baseline
 * (Promotion); Industrial pumps 2026-04 -49 units (no reason given)."
 */
export function largestOverridesLine(o: DeckOverrides, top = 3): string {
  if (o.overrides.length === 0) return "Overrides this cycle: none; the consensus follows the statistical baseline.";
  const shown = o.overrides.slice(0, top).map((x, i) => {
    const why = x.reason === "" ? "no reason given" : x.reason;
    return `${x.family} ${x.month} ${signed(x.units)} ${x.unit}${i === 0 ? " vs the baseline" : ""} (${why})`;
  });
  const of = o.overrides.length > top ? ` (${top} of ${o.overrides.length})` : "";
  return `Largest overrides this cycle${of}: ${shown.join("; ")}.`;
}

/**
 * "Past value added by override reason (archived plans, override vs baseline): Supply
 * constraint +13.0 pts (2 plans), Other +3.3 pts (3), ...; not measured yet: Promotion."
 */
export function byReasonLine(o: DeckOverrides): string {
  const measured = o.byReason.filter((r) => r.added !== null && r.measured > 0);
  const none = o.byReason.filter((r) => !measured.includes(r)).map((r) => r.reason);
  if (measured.length === 0) return "Past value added by override reason: no archived override has an actual yet.";
  const sorted = [...measured].sort((a, b) => (b.added ?? 0) - (a.added ?? 0));
  const parts = sorted.map(
    (r, i) =>
      `${r.reason} ${signed(r.added ?? 0, 1)} pts (${r.measured}${i === 0 ? ` plan${r.measured === 1 ? "" : "s"}` : ""})`,
  );
  return `Past value added by override reason (archived plans, override vs baseline): ${parts.join(", ")}${none.length > 0 ? `; not measured yet: ${none.join(", ")}` : ""}.`;
}
