/**
 * Parsers for one CSV field. Each returns the value, or `{ expected }` describing what the
 * column needs, for an error message such as
 * `pipeline.csv line 7, column win_probability: expected a number between 0 and 1, got "high"`.
 */

export interface Expected {
  readonly expected: string;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | ({ readonly ok: false } & Expected);

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(expected: string): Parsed<T> => ({ ok: false, expected });

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  readonly whole?: boolean;
  /** Accept "35%" as 0.35. */
  readonly percent?: boolean;
}

function describe(rule: NumberRule): string {
  const noun = rule.whole ? "a whole number" : "a number";
  if (rule.min !== undefined && rule.max !== undefined) return `${noun} between ${rule.min} and ${rule.max}`;
  if (rule.min === 0) return `${noun} >= 0`;
  if (rule.min !== undefined) return `${noun} >= ${rule.min}`;
  if (rule.max !== undefined) return `${noun} <= ${rule.max}`;
  return noun;
}

/** A decimal number ("1234.5", "-3", "1e3"; no thousands separators), within the rule's bounds. */
export function parseNumber(raw: string, rule: NumberRule = {}): Parsed<number> {
  const text = raw.trim();
  const pct = rule.percent === true && text.endsWith("%");
  const body = pct ? text.slice(0, -1).trim() : text;
  if (!NUMBER.test(body)) return bad(describe(rule));
  const value = pct ? Number(body) / 100 : Number(body);
  if (!Number.isFinite(value)) return bad(describe(rule));
  if (rule.whole && !Number.isInteger(value)) return bad(describe(rule));
  if (rule.min !== undefined && value < rule.min) return bad(describe(rule));
  if (rule.max !== undefined && value > rule.max) return bad(describe(rule));
  return ok(value);
}

/** A month "YYYY-MM". */
export function parseMonth(raw: string): Parsed<string> {
  const text = raw.trim();
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return bad("a month as YYYY-MM");
  return ok(text);
}

/** A calendar date "YYYY-MM-DD". */
export function parseDate(raw: string): Parsed<string> {
  const text = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return ok(text);
  }
  return bad("a date as YYYY-MM-DD");
}

/** Non-empty text (surrounding spaces removed). */
export function parseText(raw: string): Parsed<string> {
  const text = raw.trim();
  return text === "" ? bad("a non-empty text") : ok(text);
}

/** One of `choices`, matched without regard to case; returns the canonical spelling. */
export function parseChoice<T extends string>(raw: string, choices: ReadonlyArray<T>): Parsed<T> {
  const text = raw.trim().toLowerCase();
  const found = choices.find((c) => c.toLowerCase() === text);
  return found !== undefined ? ok(found) : bad(`one of ${choices.map((c) => JSON.stringify(c)).join(", ")}`);
}

/** Months between two "YYYY-MM" strings (b - a). */
export function monthDiff(a: string, b: string): number {
  const [ya, ma] = a.split("-").map(Number);
  const [yb, mb] = b.split("-").map(Number);
  return (yb - ya) * 12 + (mb - ma);
}

/** The month `n` months after "YYYY-MM". */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const total = y * 12 + (m - 1) + n;
  const yy = Math.floor(total / 12);
  return `${String(yy).padStart(4, "0")}-${String(total - yy * 12 + 1).padStart(2, "0")}`;
}
