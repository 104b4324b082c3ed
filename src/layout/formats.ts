/** Number formats and column widths used across the workbook. */
export const FMT = {
  units: "#,##0",
  currency: "#,##0",
  percent: "0.0%",
  probability: "0%",
  days: "0.0",
  ratio: "0.00",
  turns: '0.0"x"',
  date: "yyyy-mm-dd",
  text: "@",
} as const;

export const WIDTH = {
  family: 24,
  measure: 30,
  month: 11,
  text: 16,
  wide: 48,
} as const;

/** Widths of a month sheet: family, measure, then `months` month columns. */
export function monthSheetWidths(months: number): number[] {
  return [WIDTH.family, WIDTH.measure, ...new Array<number>(months).fill(WIDTH.month)];
}

/** Tab colours live with the rest of the look. */
export { TAB } from "./styles";

/** The number format of each KPI unit (the KPIs sheet and the deck). */
export const KPI_FORMAT: Readonly<Record<"%" | "x" | "currency" | "ratio", string>> = {
  "%": FMT.percent,
  x: FMT.turns,
  currency: FMT.currency,
  ratio: FMT.ratio,
};

/** A format with an explicit sign, for changes: "+0.0%;-0.0%;0.0%". */
export const signed = (fmt: string): string => `+${fmt};-${fmt};${fmt}`;
