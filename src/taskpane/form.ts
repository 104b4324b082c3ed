/**
 * The cycle settings form as data. Every field is held as the text the user typed, so a
 * half-typed number is never lost; `validate` (validate.ts) turns the form into a
 * `CycleConfig` or field messages.
 *
 * Percentages are typed as percent (35 = 35 %) and stored in the config as a fraction (0.35).
 */
import type { BusinessType, CycleConfig, FamilyConfig } from "../core/model";
import { DEFAULT_BUSINESS_TYPE, SETTING_FIELDS } from "../core/schema";

export interface FamilyForm {
  readonly name: string;
  readonly unit: string;
  readonly price: string;
  readonly unitCost: string;
  readonly openingInventory: string;
  readonly capacityPerMonth: string;
  readonly targetDaysOfSupply: string;
}

export interface SettingsForm {
  readonly company: string;
  /** "YYYY-MM" */
  readonly cycleMonth: string;
  readonly historyMonths: string;
  readonly horizonMonths: string;
  readonly businessType: BusinessType;
  readonly families: ReadonlyArray<FamilyForm>;
  readonly revenuePerMonth: string;
  /** Percent, e.g. "35" for a 35 % gross margin target. */
  readonly grossMarginPct: string;
  readonly inventoryValueCeiling: string;
}

export type FamilyField = keyof FamilyForm;
export type SettingsField = Exclude<keyof SettingsForm, "families" | "businessType">;

/** The cycle month defaults to the current month, "YYYY-MM". */
export function currentMonth(today: Date): string {
  const m = today.getMonth() + 1;
  return `${today.getFullYear()}-${m < 10 ? "0" : ""}${m}`;
}

export function emptyFamily(index: number): FamilyForm {
  return {
    name: `Family ${index + 1}`,
    unit: "units",
    price: "100",
    unitCost: "60",
    openingInventory: "500",
    capacityPerMonth: "1000",
    targetDaysOfSupply: "30",
  };
}

/** Defaults for a workbook that was never scaffolded: 12 months of history, 18 of horizon. */
export function defaultForm(today: Date): SettingsForm {
  return {
    company: "",
    cycleMonth: currentMonth(today),
    historyMonths: numberText(SETTING_FIELDS.historyMonths.fallback),
    horizonMonths: numberText(SETTING_FIELDS.horizonMonths.fallback),
    businessType: DEFAULT_BUSINESS_TYPE,
    families: [emptyFamily(0)],
    revenuePerMonth: "100000",
    grossMarginPct: "35",
    inventoryValueCeiling: "250000",
  };
}

/** Shortest text that reads back as the same number (no exponent for ordinary magnitudes). */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  return String(Math.round(n * 1e10) / 1e10);
}

function familyToForm(f: FamilyConfig): FamilyForm {
  return {
    name: f.name,
    unit: f.unit,
    price: numberText(f.price),
    unitCost: numberText(f.unitCost),
    openingInventory: numberText(f.openingInventory),
    capacityPerMonth: numberText(f.capacityPerMonth),
    targetDaysOfSupply: numberText(f.targetDaysOfSupply),
  };
}

/** The form prefilled from a workbook's settings (readCycleConfig) or a sample cycle. */
export function configToForm(config: CycleConfig): SettingsForm {
  return {
    company: config.company,
    cycleMonth: config.cycleMonth,
    historyMonths: numberText(config.historyMonths),
    horizonMonths: numberText(config.horizonMonths),
    businessType: config.businessType,
    families: config.families.map(familyToForm),
    revenuePerMonth: numberText(config.targets.revenuePerMonth),
    grossMarginPct: numberText(config.targets.grossMarginPct * 100),
    inventoryValueCeiling: numberText(config.targets.inventoryValueCeiling),
  };
}

/** A copy of the form with one settings field changed. */
export function setField(form: SettingsForm, field: SettingsField, value: string): SettingsForm {
  return { ...form, [field]: value };
}

/** A copy of the form with one family field changed. */
export function setFamilyField(form: SettingsForm, index: number, field: FamilyField, value: string): SettingsForm {
  const families = form.families.map((f, i) => (i === index ? { ...f, [field]: value } : f));
  return { ...form, families };
}

export function setBusinessType(form: SettingsForm, businessType: BusinessType): SettingsForm {
  return { ...form, businessType };
}

export function addFamily(form: SettingsForm): SettingsForm {
  return { ...form, families: [...form.families, emptyFamily(form.families.length)] };
}

export function removeFamily(form: SettingsForm, index: number): SettingsForm {
  return { ...form, families: form.families.filter((_, i) => i !== index) };
}

/** The month after a "YYYY-MM" cycle month ("2026-12" -> "2027-01"), or null when the text is not one. */
export function nextMonth(cycleMonth: string): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(cycleMonth.trim());
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const year = Number(m[1]) + (month === 12 ? 1 : 0);
  const next = month === 12 ? 1 : month + 1;
  return `${year}-${next < 10 ? "0" : ""}${next}`;
}

/** The form with the families of a workbook's settings (read again from the Families sheet). */
export function withFamilies(form: SettingsForm, config: CycleConfig): SettingsForm {
  return { ...form, families: configToForm(config).families };
}
