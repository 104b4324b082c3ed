/**
 * The 12-cycle trend of a KPI: the value it showed in each of the last 11 cycle months (the KPIs
 * sheet's trend cells: written when the next cycle month is scaffolded, or kpi_history.csv) and
 * this cycle's value, drawn as a text sparkline of block characters, one per cycle:
 *
 *   bar = U+2581 + ROUND((v - low) / (high - low) x 7), low and high over the recorded cycles
 *   (all bars at the middle height, U+2584, when every recorded value is the same);
 *   a cycle without a recorded value is "·" (U+00B7).
 *
 * The KPIs sheet computes the same string with a native formula (UNICHAR, ROUND, &), so it
 * recalculates in Excel and LibreOffice; this function gives its cached value and the tests'.
 */
import { addMonths } from "./months";

/** Cycles a trend covers: the last 11 cycle months and this one. */
export const TREND_CYCLES = 12;
/** The character of a cycle without a recorded value. */
export const TREND_MISSING = "\u00b7";
/** The lowest bar, U+2581; the highest is 7 above it (U+2588). */
export const TREND_FIRST_BAR = 0x2581;
const STEPS = 7;

/** The trend's earlier cycle months, oldest first (the 11 months before `cycleMonth`). */
export function trendMonths(cycleMonth: string): string[] {
  return Array.from({ length: TREND_CYCLES - 1 }, (_, i) => addMonths(cycleMonth, i - (TREND_CYCLES - 1)));
}

/** The sparkline of `values` (null = not recorded), one character per value. */
export function sparkline(values: ReadonlyArray<number | null>): string {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const low = Math.min(...known);
  const high = Math.max(...known);
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return TREND_MISSING;
      const step = high > low ? Math.round(((v - low) / (high - low)) * STEPS) : 3;
      return String.fromCodePoint(TREND_FIRST_BAR + step);
    })
    .join("");
}
