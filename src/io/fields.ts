/**
 * Parsers for one CSV field. Each returns the value, or `{ expected }` describing what the
 * column needs, for an error message such as
 * `pipeline.csv line 7, column win_probability: expected a number from 0 to 1, got "high"`.
 * Bounds, names and their wording come from the cycle schema (src/core/schema.ts).
 */
import { describeNumberRule, meetsNumberRule, type NumberRule } from "../core/numberRule";
import { isMonth } from "../core/plan-model/months";
import {
  COMPANY_MAX_LENGTH,
  CYCLE_MONTH_YEARS,
  cycleMonthProblem,
  describeFamilyName,
  familyNameProblem,
  type NumberField,
} from "../core/schema";

export interface Expected {
  readonly expected: string;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | ({ readonly ok: false } & Expected);

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(expected: string): Parsed<T> => ({ ok: false, expected });

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** How a CSV number is read: the schema's rule, and whether "35%" may stand for 0.35. */
export interface NumberOptions extends NumberRule {
  /** Accept "35%" as 0.35. */
  readonly percent?: boolean;
}

/** A decimal number ("1234.5", "-3", "1e3"; no thousands separators), within the rule's bounds. */
export function parseNumber(raw: string, options: NumberOptions = {}): Parsed<number> {
  const text = raw.trim();
  const pct = options.percent === true && text.endsWith("%");
  const body = pct ? text.slice(0, -1).trim() : text;
  const value = pct ? Number(body) / 100 : Number(body);
  return NUMBER.test(body) && meetsNumberRule(value, options) ? ok(value) : bad(describeNumberRule(options));
}

const DECIMAL_COMMA = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+),(\d+)(\s*%)?$/;
const POINT_GROUPS = /^[+-]?[1-9]\d{0,2}(\.\d{3})+(\s*%)?$/;

/**
 * A number written with a decimal comma ("1.234,5", "1234,5", "-0,5", "12,5%") rewritten with a
 * decimal point ("1234.5"); undefined for any other text.
 */
export function pointDecimal(raw: string): string | undefined {
  const m = DECIMAL_COMMA.exec(raw.trim());
  return m ? `${m[1]}${m[2].replace(/\./g, "")}.${m[3]}${m[4] ?? ""}` : undefined;
}

/** "1.234": points that could group thousands, which a decimal-comma file would mean as 1234. */
export const looksLikeThousands = (raw: string): boolean => POINT_GROUPS.test(raw.trim());

/** A number field of the cycle schema (a percent field also takes "35%"). */
export function parseField(field: NumberField): (raw: string) => Parsed<number> {
  return (raw) => parseNumber(raw, { ...field.rule, percent: field.percent });
}

/** A month "YYYY-MM". */
export function parseMonth(raw: string): Parsed<string> {
  const text = raw.trim();
  return isMonth(text) ? ok(text) : bad("a month as YYYY-MM");
}

/** The cycle month: a month "YYYY-MM" within the schema's years. */
export function parseCycleMonth(raw: string): Parsed<string> {
  const text = raw.trim();
  const problem = cycleMonthProblem(text);
  if (problem === null) return ok(text);
  const { first, last } = CYCLE_MONTH_YEARS;
  return bad(problem === "format" ? "a month as YYYY-MM" : `a month from ${first}-01 to ${last}-12`);
}

/** The company name: non-empty text of at most the schema's length. */
export function parseCompany(raw: string): Parsed<string> {
  const text = raw.trim();
  return text !== "" && text.length <= COMPANY_MAX_LENGTH
    ? ok(text)
    : bad(`a company name of 1 to ${COMPANY_MAX_LENGTH} characters`);
}

/** A family name by the schema's rule (surrounding spaces removed). */
export function parseFamilyName(raw: string): Parsed<string> {
  return familyNameProblem(raw) === null ? ok(raw.trim()) : bad(describeFamilyName());
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

/** Whether every value was parsed (a problem was reported for each undefined one). */
export const allPresent = <T>(values: ReadonlyArray<T | undefined>): values is ReadonlyArray<T> =>
  values.every((v) => v !== undefined);
