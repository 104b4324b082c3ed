/**
 * A rule for one number (bounds, whole or not): one checker and one describer, shared by the
 * task pane's validation, the CSV import, the sheets' data validation messages and the `SOP.*`
 * parameters. Each entry point frames the description in its own style
 * (`Enter a whole number from 1 to 60; "0" is not.`, `expected a number of at least 0, got "x"`).
 */
export interface NumberRule {
  /** Smallest allowed value (inclusive). */
  readonly min?: number;
  /** Values must be above this (exclusive). */
  readonly above?: number;
  /** Largest allowed value (inclusive). */
  readonly max?: number;
  readonly integer?: boolean;
}

/** True when `n` is a finite number within the rule. */
export function meetsNumberRule(n: number, rule: NumberRule): boolean {
  if (!Number.isFinite(n)) return false;
  if (rule.integer === true && !Number.isInteger(n)) return false;
  if (rule.min !== undefined && n < rule.min) return false;
  if (rule.above !== undefined && n <= rule.above) return false;
  return rule.max === undefined || n <= rule.max;
}

/**
 * What the rule asks for, as a noun phrase: "a whole number from 1 to 120", "a number of at least
 * 0", "a number above 0", "a number up to 10", "a number".
 */
export function describeNumberRule(rule: NumberRule): string {
  const kind = rule.integer === true ? "a whole number" : "a number";
  const { min, above, max } = rule;
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  if (above !== undefined && max !== undefined) return `${kind} above ${above} and up to ${max}`;
  if (min !== undefined) return `${kind} of at least ${min}`;
  if (above !== undefined) return `${kind} above ${above}`;
  if (max !== undefined) return `${kind} up to ${max}`;
  return kind;
}

/** The rule for the same quantity typed in another unit: a fraction 0..1 typed as percent is 0..100 (`factor` 100). */
export function scaleNumberRule(rule: NumberRule, factor: number): NumberRule {
  const scale = (x: number | undefined): number | undefined => (x === undefined ? undefined : x * factor);
  const scaled: NumberRule = {
    min: scale(rule.min),
    above: scale(rule.above),
    max: scale(rule.max),
    integer: rule.integer,
  };
  return Object.fromEntries(Object.entries(scaled).filter(([, v]) => v !== undefined)) as NumberRule;
}
