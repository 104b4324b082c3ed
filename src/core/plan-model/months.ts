/**
 * Calendar months as ISO text "YYYY-MM": the month labels of the S&OP workbook.
 */

const MONTH = /^(\d{4})-(\d{2})$/;

/** True when `text` is a month "YYYY-MM" with a month 01..12. */
export function isMonth(text: unknown): boolean {
  if (typeof text !== "string") return false;
  const m = MONTH.exec(text);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** Months since year 0 of a "YYYY-MM" month; throws on anything else (callers pass checked months). */
function monthIndex(month: string): number {
  const m = MONTH.exec(month);
  if (m === null || !isMonth(month)) throw new Error(`not a month "YYYY-MM": ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** The month `n` months after `month` (n may be negative). `addMonths("2026-01", -1)` = "2025-12". */
export function addMonths(month: string, n: number): string {
  const index = monthIndex(month) + n;
  const year = Math.floor(index / 12);
  const mon = index - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${String(mon).padStart(2, "0")}`;
}

/** Months from `a` to `b` (b - a): `monthDiff("2025-12", "2026-02")` = 2. */
export function monthDiff(a: string, b: string): number {
  return monthIndex(b) - monthIndex(a);
}

/** `count` consecutive months starting at `start`. */
export function monthSequence(start: string, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(addMonths(start, i));
  return out;
}

/** The history months (the `historyMonths` months before the cycle month) and the plan months (from the cycle month on). */
export function cycleMonths(
  cycleMonth: string,
  historyMonths: number,
  horizonMonths: number,
): { history: string[]; plan: string[] } {
  return {
    history: monthSequence(addMonths(cycleMonth, -historyMonths), historyMonths),
    plan: monthSequence(cycleMonth, horizonMonths),
  };
}
