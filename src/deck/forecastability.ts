/**
 * Forecastability and bias by family, read from the workbook's SOP_Forecastability table (the
 * Demand sheet): ABC and XYZ classes and the tracking signal with its bias exception. The
 * decisions required (section 1) list the bias exceptions (|tracking signal| above 4).
 */
import type { CellValue } from "../layout/types";
import { NAMES } from "../layout/names";
import type { NamedReader } from "./read";
import { cellNumber, cellText } from "./cells";

/** One row of SOP_Forecastability. */
export interface ForecastabilityLine {
  readonly family: string;
  readonly revenue: number | null;
  readonly abc: string;
  readonly cv: number | null;
  readonly xyz: string;
  readonly trackingSignal: number | null;
  /** "Under-forecast", "Over-forecast" or "" (not biased). */
  readonly bias: string;
}

const numberOrNull = (v: CellValue): number | null => cellNumber(v) ?? null; // an error or text reads as "no value"

/** The SOP_Forecastability rows, or [] when the workbook has none (built before the table existed). */
export function readForecastability(get: NamedReader): ForecastabilityLine[] {
  const rows = get(NAMES.forecastability) ?? [];
  return rows
    .filter((r) => cellText(r[0]) !== "")
    .map((r) => ({
      family: cellText(r[0]),
      revenue: numberOrNull(r[1]),
      abc: cellText(r[2]),
      cv: numberOrNull(r[3]),
      xyz: cellText(r[4]),
      trackingSignal: numberOrNull(r[5]),
      bias: cellText(r[6]),
    }));
}

/** The decision a bias exception asks for, in one sentence. */
export function biasDecision(l: ForecastabilityLine): string {
  const ts =
    l.trackingSignal === null
      ? ""
      : ` (tracking signal ${l.trackingSignal > 0 ? "+" : ""}${l.trackingSignal.toFixed(1)})`;
  const way = l.bias === "Under-forecast" ? "sells above its consensus" : "sells below its consensus";
  return `Bias exception: ${l.family} ${way}${ts}: review its forecast and overrides before the plan is approved.`;
}

/** The decisions the bias exceptions ask for (none when no family is flagged). */
export function biasDecisions(lines: ReadonlyArray<ForecastabilityLine> = []): string[] {
  return lines.filter((x) => x.bias !== "").map(biasDecision);
}
