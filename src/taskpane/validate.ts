/**
 * Validation of the cycle settings form: a pure function from the typed text to either a
 * `CycleConfig` or a message per field. Messages say what is wrong and what is expected,
 * as Fluent `Field` shows them under the input.
 *
 * Keys of `errors` / `warnings`: a settings field name ("company", "cycleMonth", ...),
 * "families" for the list as a whole, and "families.<index>.<field>" for one family.
 */
import type { BusinessType, CycleConfig, FamilyConfig } from "../core/model";
import { BUSINESS_TYPES, FamilyForm, SettingsForm } from "./form";

export type FieldMessages = Readonly<Record<string, string>>;

export interface Validation {
  /** Blocking problems: the workbook cannot be built until they are fixed. */
  readonly errors: FieldMessages;
  /** Plausibility warnings (e.g. a unit cost above the price); the build may go ahead. */
  readonly warnings: FieldMessages;
  /** The config, when there are no errors. */
  readonly config: CycleConfig | null;
}

/** Limits of the form; the layout and the renderers are tested up to these sizes. */
export const LIMITS = {
  companyLength: 80,
  familyNameLength: 40,
  maxFamilies: 2000,
  historyMonths: { min: 1, max: 120 },
  horizonMonths: { min: 1, max: 60 },
} as const;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Plain decimals, optionally with thousands separators ("1,250,000.50"), optional sign. */
const NUMBER = /^[-+]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$|^[-+]?\.\d+$/;

/** Parses a typed number; `null` when the text is not a plain decimal number. */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (!NUMBER.test(t)) return null;
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

interface NumberRule {
  readonly min?: number;
  /** true: the value must be strictly above `min`. */
  readonly exclusiveMin?: boolean;
  readonly max?: number;
  readonly integer?: boolean;
}

function describeRule(rule: NumberRule): string {
  const kind = rule.integer ? "a whole number" : "a number";
  if (rule.min !== undefined && rule.max !== undefined) return `${kind} from ${rule.min} to ${rule.max}`;
  if (rule.min !== undefined)
    return rule.exclusiveMin ? `${kind} above ${rule.min}` : `${kind} of at least ${rule.min}`;
  if (rule.max !== undefined) return `${kind} up to ${rule.max}`;
  return kind;
}

/** The number, or the message explaining what is expected. */
function checkNumber(text: string, rule: NumberRule): number | string {
  if (text.trim() === "") return `Enter ${describeRule(rule)}.`;
  const n = parseNumber(text);
  const bad = (): string => `Enter ${describeRule(rule)}; "${text.trim()}" is not.`;
  if (n === null) return bad();
  if (rule.integer && !Number.isInteger(n)) return bad();
  if (rule.min !== undefined && (rule.exclusiveMin ? n <= rule.min : n < rule.min)) return bad();
  if (rule.max !== undefined && n > rule.max) return bad();
  return n;
}

const FAMILY_RULES: Readonly<Record<Exclude<keyof FamilyForm, "name" | "unit">, NumberRule>> = {
  price: { min: 0 },
  unitCost: { min: 0 },
  openingInventory: { min: 0 },
  capacityPerMonth: { min: 0, exclusiveMin: true },
  targetDaysOfSupply: { min: 0, max: 3650 },
};

function validateName(name: string): string | null {
  const t = name.trim();
  if (t === "") return "Enter a family name.";
  if (t.length > LIMITS.familyNameLength) return `Keep the name to ${LIMITS.familyNameLength} characters.`;
  if (t.includes("|")) return 'A family name cannot contain "|".';
  if (/^[=+\-@]/.test(t)) return "A family name cannot start with =, +, - or @.";
  return null;
}

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
  const values: Record<string, number> = {};
  for (const field of Object.keys(FAMILY_RULES) as Array<keyof typeof FAMILY_RULES>) {
    const r = checkNumber(f[field], FAMILY_RULES[field]);
    if (typeof r === "string") {
      errors[key(field)] = r;
      ok = false;
    } else values[field] = r;
  }
  if (!ok) return null;
  if (values.unitCost > values.price) {
    warnings[key("unitCost")] = "The unit cost is above the price: this family loses money on every unit.";
  }
  return {
    name: f.name.trim(),
    unit: f.unit.trim(),
    price: values.price,
    unitCost: values.unitCost,
    openingInventory: values.openingInventory,
    capacityPerMonth: values.capacityPerMonth,
    targetDaysOfSupply: values.targetDaysOfSupply,
  };
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
  if (families.length > LIMITS.maxFamilies) {
    errors.families = `At most ${LIMITS.maxFamilies} families; this form has ${families.length}.`;
    return null;
  }
  const out = families.map((f, i) => validateFamily(f, i, errors, warnings));
  const seen = new Map<string, number>();
  families.forEach((f, i) => {
    const k = f.name.trim().toLowerCase();
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
  if (t.length > LIMITS.companyLength) return `Keep the company name to ${LIMITS.companyLength} characters.`;
  return null;
}

function validateMonth(month: string): string | null {
  const m = MONTH.exec(month.trim());
  if (!m) return 'Enter the cycle month as YYYY-MM, e.g. "2026-03".';
  const year = Number(m[1]);
  if (year < 1990 || year > 2100) return "Enter a cycle month between 1990 and 2100.";
  return null;
}

function isBusinessType(v: string): v is BusinessType {
  return BUSINESS_TYPES.some((b) => b.value === v);
}

/** Checks every field; returns all messages at once and the config when there are no errors. */
export function validate(form: SettingsForm): Validation {
  const errors: Record<string, string> = {};
  const warnings: Record<string, string> = {};
  const company = validateCompany(form.company);
  if (company) errors.company = company;
  const month = validateMonth(form.cycleMonth);
  if (month) errors.cycleMonth = month;
  const history = checkNumber(form.historyMonths, { ...LIMITS.historyMonths, integer: true });
  if (typeof history === "string") errors.historyMonths = history;
  const horizon = checkNumber(form.horizonMonths, { ...LIMITS.horizonMonths, integer: true });
  if (typeof horizon === "string") errors.horizonMonths = horizon;
  if (!isBusinessType(form.businessType)) errors.businessType = "Choose a business type from the list.";
  const revenue = checkNumber(form.revenuePerMonth, { min: 0 });
  if (typeof revenue === "string") errors.revenuePerMonth = revenue;
  const margin = checkNumber(form.grossMarginPct, { min: -100, max: 100 });
  if (typeof margin === "string") errors.grossMarginPct = margin;
  const ceiling = checkNumber(form.inventoryValueCeiling, { min: 0 });
  if (typeof ceiling === "string") errors.inventoryValueCeiling = ceiling;
  const families = validateFamilies(form.families, errors, warnings);

  if (
    Object.keys(errors).length > 0 ||
    families === null ||
    typeof history === "string" ||
    typeof horizon === "string" ||
    typeof revenue === "string" ||
    typeof margin === "string" ||
    typeof ceiling === "string"
  ) {
    return { errors, warnings, config: null };
  }
  return {
    errors,
    warnings,
    config: {
      company: form.company.trim(),
      cycleMonth: form.cycleMonth.trim(),
      historyMonths: history,
      horizonMonths: horizon,
      businessType: form.businessType,
      families,
      targets: { revenuePerMonth: revenue, grossMarginPct: margin / 100, inventoryValueCeiling: ceiling },
    },
  };
}
