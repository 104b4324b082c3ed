/**
 * Validation of the cycle settings form: a pure function from the typed text to either a
 * `CycleConfig` or a message per field. Messages say what is wrong and what is expected,
 * as Fluent `Field` shows them under the input.
 *
 * Keys of `errors` / `warnings`: a settings field name ("company", "cycleMonth", ...),
 * "families" for the list as a whole, and "families.<index>.<field>" for one family.
 */
import type { CycleConfig, FamilyConfig } from "../core/model";
import { describeNumberRule, meetsNumberRule, scaleNumberRule, type NumberRule } from "../core/numberRule";
import {
  COMPANY_MAX_LENGTH,
  CYCLE_MONTH_YEARS,
  cycleMonthProblem,
  FAMILY_NAME,
  FAMILY_NUMBER_FIELDS,
  familyKey,
  familyNameProblem,
  formulaStartsText,
  isBusinessType,
  MAX_FAMILIES,
  SETTING_FIELDS,
  type FamilyNumberField,
  type NumberField,
  type SettingNumberField,
} from "../core/schema";
import type { FamilyForm, SettingsForm } from "./form";

export type FieldMessages = Readonly<Record<string, string>>;

export interface Validation {
  /** Blocking problems: the workbook cannot be built until they are fixed. */
  readonly errors: FieldMessages;
  /** Plausibility warnings (e.g. a unit cost above the price); the build may go ahead. */
  readonly warnings: FieldMessages;
  /** The config, when there are no errors. */
  readonly config: CycleConfig | null;
}

/** Plain decimals, optionally with thousands separators ("1,250,000.50"), optional sign. */
const NUMBER = /^[-+]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$|^[-+]?\.\d+$/;

/** Parses a typed number; `null` when the text is not a plain decimal number. */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (!NUMBER.test(t)) return null;
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

/** The rule as the pane asks for it: a percent field is typed as percent (35 for 0.35). */
export function paneRule(field: NumberField): NumberRule {
  return field.percent === true ? scaleNumberRule(field.rule, 100) : field.rule;
}

/** The number typed for a schema field (a percent field converted to its fraction), or the message explaining what is expected. */
export function checkField(text: string, field: NumberField): number | string {
  const rule = paneRule(field);
  if (text.trim() === "") return `Enter ${describeNumberRule(rule)}.`;
  const n = parseNumber(text);
  if (n === null || !meetsNumberRule(n, rule)) return `Enter ${describeNumberRule(rule)}; "${text.trim()}" is not.`;
  return field.percent === true ? n / 100 : n;
}

const NAME_MESSAGES: Readonly<Record<NonNullable<ReturnType<typeof familyNameProblem>>, string>> = {
  blank: "Enter a family name.",
  tooLong: `Keep the name to ${FAMILY_NAME.maxLength} characters.`,
  separator: `A family name cannot contain "${FAMILY_NAME.separator}".`,
  formulaStart: `A family name cannot start with ${formulaStartsText()}.`,
  reserved: `"${FAMILY_NAME.reserved[0]}" labels the totals on Demand, Supply and Finance; choose another name.`,
};

function validateName(name: string): string | null {
  const problem = familyNameProblem(name);
  return problem === null ? null : NAME_MESSAGES[problem];
}

const hasAll = (v: Partial<Record<FamilyNumberField, number>>): v is Record<FamilyNumberField, number> =>
  (Object.keys(FAMILY_NUMBER_FIELDS) as FamilyNumberField[]).every((f) => v[f] !== undefined);

function validateFamily(
  f: FamilyForm,
  index: number,
  errors: Record<string, string>,
  warnings: Record<string, string>,
): FamilyConfig | null {
  const key = (field: string): string => `families.${index}.${field}`;
  let ok = true;
  const nameError = validateName(f.name);
  if (nameError) {
    errors[key("name")] = nameError;
    ok = false;
  }
  if (f.unit.trim() === "") {
    errors[key("unit")] = 'Enter the unit of measure, e.g. "units", "seats" or "hours".';
    ok = false;
  }
  const values: Partial<Record<FamilyNumberField, number>> = {};
  for (const field of Object.keys(FAMILY_NUMBER_FIELDS) as FamilyNumberField[]) {
    const r = checkField(f[field], FAMILY_NUMBER_FIELDS[field]);
    if (typeof r === "string") {
      errors[key(field)] = r;
      ok = false;
    } else values[field] = r;
  }
  if (!ok || !hasAll(values)) return null;
  if (values.unitCost > values.price) {
    warnings[key("unitCost")] = "The unit cost is above the price: this family loses money on every unit.";
  }
  return { name: f.name.trim(), unit: f.unit.trim(), ...values };
}

function validateFamilies(
  families: ReadonlyArray<FamilyForm>,
  errors: Record<string, string>,
  warnings: Record<string, string>,
): FamilyConfig[] | null {
  if (families.length === 0) {
    errors.families = "Add at least one product family.";
    return null;
  }
  if (families.length > MAX_FAMILIES) {
    errors.families = `At most ${MAX_FAMILIES} families; this form has ${families.length}.`;
    return null;
  }
  const out = families.map((f, i) => validateFamily(f, i, errors, warnings));
  const seen = new Map<string, number>();
  families.forEach((f, i) => {
    const k = familyKey(f.name);
    if (k === "") return;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else if (!errors[`families.${i}.name`]) {
      errors[`families.${i}.name`] = `"${f.name.trim()}" is already family ${first + 1}; names must be unique.`;
    }
  });
  return out.every((f): f is FamilyConfig => f !== null) ? out : null;
}

function validateCompany(company: string): string | null {
  const t = company.trim();
  if (t === "") return "Enter the company name; it titles every sheet and the deck.";
  if (t.length > COMPANY_MAX_LENGTH) return `Keep the company name to ${COMPANY_MAX_LENGTH} characters.`;
  return null;
}

function validateMonth(month: string): string | null {
  const problem = cycleMonthProblem(month);
  if (problem === "format") return 'Enter the cycle month as YYYY-MM, e.g. "2026-03".';
  if (problem === "year")
    return `Enter a cycle month between ${CYCLE_MONTH_YEARS.first} and ${CYCLE_MONTH_YEARS.last}.`;
  return null;
}

/** Checks every field; returns all messages at once and the config when there are no errors. */
export function validate(form: SettingsForm): Validation {
  const errors: Record<string, string> = {};
  const warnings: Record<string, string> = {};
  const company = validateCompany(form.company);
  if (company) errors.company = company;
  const month = validateMonth(form.cycleMonth);
  if (month) errors.cycleMonth = month;
  if (!isBusinessType(form.businessType)) errors.businessType = "Choose a business type from the list.";
  const numbers: Partial<Record<SettingNumberField, number>> = {};
  for (const field of Object.keys(SETTING_FIELDS) as SettingNumberField[]) {
    const r = checkField(form[field], SETTING_FIELDS[field]);
    if (typeof r === "string") errors[field] = r;
    else numbers[field] = r;
  }
  const families = validateFamilies(form.families, errors, warnings);

  const { historyMonths, horizonMonths, revenuePerMonth, grossMarginPct, inventoryValueCeiling } = numbers;
  if (
    Object.keys(errors).length > 0 ||
    families === null ||
    historyMonths === undefined ||
    horizonMonths === undefined ||
    revenuePerMonth === undefined ||
    grossMarginPct === undefined ||
    inventoryValueCeiling === undefined
  ) {
    return { errors, warnings, config: null };
  }
  return {
    errors,
    warnings,
    config: {
      company: form.company.trim(),
      cycleMonth: form.cycleMonth.trim(),
      historyMonths,
      horizonMonths,
      businessType: form.businessType,
      families,
      targets: { revenuePerMonth, grossMarginPct, inventoryValueCeiling },
    },
  };
}
