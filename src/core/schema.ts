/**
 * The cycle schema: the enumerations and the bounds of every setting and family field, declared
 * once. The task pane's validation, the CSV import, the Settings / Families / Actions sheets'
 * data validation, the deck's reader and the docs table (docs/pack.md, checked by a test) all
 * read it. Pure data and small checks: no Office, no DOM.
 *
 * Where the entry points used to disagree, the rule chosen here is explained beside it.
 */
import { isMonth } from "./plan-model/months";
import type { NumberRule } from "./numberRule";

// ---- Enumerations ----------------------------------------------------------------------------

/** Supply-side words of a business type (seed 000, "S&OP beyond manufacturing"). */
export interface BusinessVocabulary {
  readonly supplyPlan: string;
  readonly capacity: string;
  readonly inventory: string;
}

/** The business types, in the order the pane lists them: value (as stored), label (as shown), supply words. */
export const BUSINESS_TYPES = [
  {
    value: "manufacturing",
    label: "Manufacturing",
    vocabulary: { supplyPlan: "Production plan", capacity: "Production capacity", inventory: "Inventory" },
  },
  {
    value: "saas",
    label: "SaaS / subscriptions",
    vocabulary: { supplyPlan: "Onboarding plan", capacity: "Onboarding capacity", inventory: "Onboarding backlog" },
  },
  {
    value: "services",
    label: "Professional services",
    vocabulary: {
      supplyPlan: "Billable hours plan",
      capacity: "Billable hours capacity",
      inventory: "Project backlog",
    },
  },
  {
    value: "distribution",
    label: "Distribution",
    vocabulary: { supplyPlan: "Fulfilment plan", capacity: "Warehouse throughput", inventory: "Inventory" },
  },
] as const satisfies ReadonlyArray<{
  readonly value: string;
  readonly label: string;
  readonly vocabulary: BusinessVocabulary;
}>;

export type BusinessType = (typeof BUSINESS_TYPES)[number]["value"];

/** The stored values of the business types: "manufacturing", "saas", "services", "distribution". */
export const BUSINESS_TYPE_VALUES: ReadonlyArray<BusinessType> = BUSINESS_TYPES.map((b) => b.value);

/** The business type when none is given (a workbook without SOP_BusinessType). */
export const DEFAULT_BUSINESS_TYPE: BusinessType = "manufacturing";

export function isBusinessType(v: string): v is BusinessType {
  return BUSINESS_TYPE_VALUES.some((b) => b === v);
}

/** The status of an action item: Open and In progress count as open, Closed as closed (decision closure). */
export const ACTION_STATUSES = ["Open", "In progress", "Closed"] as const;

export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Why sales overrode the statistical baseline: the plan archive's validated reason codes. */
export const OVERRIDE_REASONS = [
  "Promotion",
  "Customer order",
  "New customer",
  "Market intelligence",
  "Supply constraint",
  "Other",
] as const;

/** The lags measured by default (lag 1: the plan of the month about to start; lag 3: the plan supply acted on). */
export const DEFAULT_ACCURACY_LAGS: ReadonlyArray<number> = [1, 3];

/** The status a blank or unknown status reads as. */
export const DEFAULT_ACTION_STATUS: ActionStatus = "Open";

/**
 * Pipeline stages are free text: CRMs name their stages differently ("Qualified", "Proposal",
 * "Commit", ...) and nothing is computed from the stage (the win probability carries the
 * weight), so the schema has no list of stages and the Pipeline sheet has no list validation.
 */

// ---- Settings ---------------------------------------------------------------------------------

/** Company name: required, at most this many characters (it titles every sheet and the deck). */
export const COMPANY_MAX_LENGTH = 80;

/** The cycle month: "YYYY-MM", the first plan month, in these years. */
export const CYCLE_MONTH_YEARS = { first: 1990, last: 2100 } as const;

export type CycleMonthProblem = "format" | "year";

/** What is wrong with a cycle month (surrounding spaces ignored), or null when it is valid. */
export function cycleMonthProblem(text: string): CycleMonthProblem | null {
  const t = text.trim();
  if (!isMonth(t)) return "format";
  const year = Number(t.slice(0, 4));
  return year < CYCLE_MONTH_YEARS.first || year > CYCLE_MONTH_YEARS.last ? "year" : null;
}

/**
 * The numeric settings. `percent`: a fraction (0.35) that people may type as a percentage
 * (the pane asks for 35; a CSV accepts 0.35 or "35%").
 */
export interface NumberField {
  readonly rule: NumberRule;
  readonly percent?: boolean;
  /** The value when a CSV file leaves the setting out; absent = required. */
  readonly fallback?: number;
}

export const SETTING_FIELDS = {
  /**
   * 1 to 120. The Settings sheet used to ask for at least 2; one month is enough (the baseline
   * then repeats the last actual), and the pane and the CSV import always accepted it.
   */
  historyMonths: { rule: { min: 1, max: 120, integer: true }, fallback: 12 },
  /**
   * 1 to 60. The Settings sheet used to allow 120; the layout and both renderers are tested up to
   * 60 plan months (5 years is beyond any S&OP horizon), which the pane and the CSV import enforced.
   */
  horizonMonths: { rule: { min: 1, max: 60, integer: true }, fallback: 18 },
  revenuePerMonth: { rule: { min: 0 } },
  /**
   * A fraction from 0 to 1. The pane used to accept -100 % to 100 %; a negative gross margin is a
   * loss, never a target, and the CSV import and the Settings sheet always asked for 0..1.
   */
  grossMarginPct: { rule: { min: 0, max: 1 }, percent: true },
  inventoryValueCeiling: { rule: { min: 0 } },
} as const satisfies Readonly<Record<string, NumberField>>;

export type SettingNumberField = keyof typeof SETTING_FIELDS;

// ---- Families ---------------------------------------------------------------------------------

/** Families per cycle: the layout and the renderers are tested up to this many. */
export const MAX_FAMILIES = 2000;

/**
 * A family name: not blank, at most `maxLength` characters, no `separator` (it separates the
 * parts of input keys, "Families|price|Widgets", src/layout/keys.ts), and not starting with
 * one of `formulaStarts` (Excel reads such a text typed into a cell as a formula, so the name
 * could not be typed into the Pipeline or Orders family column, nor offered by its list).
 * Names are unique without regard to case (`familyKey`).
 */
/** The label of the totals block (Demand, Supply, Finance) and of plan-wide gaps: not a family name. */
export const ALL_FAMILIES = "All families";

export const FAMILY_NAME = {
  maxLength: 40,
  separator: "|",
  formulaStarts: ["=", "+", "-", "@"],
  /** Labels the layout gives rows that are not families (the totals block of Demand, Supply, Finance). */
  reserved: [ALL_FAMILIES],
} as const;

export type FamilyNameProblem = "blank" | "tooLong" | "separator" | "formulaStart" | "reserved";

/** What is wrong with a family name (surrounding spaces ignored), or null when it is valid. */
export function familyNameProblem(name: string): FamilyNameProblem | null {
  const t = name.trim();
  if (t === "") return "blank";
  if (t.length > FAMILY_NAME.maxLength) return "tooLong";
  if (t.includes(FAMILY_NAME.separator)) return "separator";
  if (FAMILY_NAME.formulaStarts.some((c) => t.startsWith(c))) return "formulaStart";
  if (FAMILY_NAME.reserved.some((r) => familyKey(r) === familyKey(t))) return "reserved";
  return null;
}

/** "=, +, - or @" */
export function formulaStartsText(): string {
  const s = FAMILY_NAME.formulaStarts;
  return `${s.slice(0, -1).join(", ")} or ${s[s.length - 1]}`;
}

/** What a valid family name is, as a noun phrase (for "expected ..." messages). */
export function describeFamilyName(): string {
  return `a family name of up to ${FAMILY_NAME.maxLength} characters, without "${FAMILY_NAME.separator}", not starting with ${formulaStartsText()} and not "${FAMILY_NAME.reserved.join('", "')}"`;
}

/** Two family names are the same family when their keys are equal (case and surrounding spaces ignored). */
export function familyKey(name: string): string {
  return name.trim().toLowerCase();
}

/** The numeric family fields (the unit of measure is required text: "units", "seats", "hours"). */
export const FAMILY_NUMBER_FIELDS = {
  price: { rule: { min: 0 } },
  unitCost: { rule: { min: 0 } },
  openingInventory: { rule: { min: 0 } },
  /**
   * At least 0. The pane used to ask for more than 0; a family with no capacity of its own (phase-out,
   * bought in) is legitimate, the plan handles it (supply starts at 0, utilization stays blank) and
   * the CSV import and the Families sheet always accepted 0.
   */
  capacityPerMonth: { rule: { min: 0 } },
  /** 0 to 3650 (ten years): beyond that the value is a typo. The CSV import and the sheet used to have no upper bound. */
  targetDaysOfSupply: { rule: { min: 0, max: 3650 } },
} as const satisfies Readonly<Record<string, NumberField>>;

export type FamilyNumberField = keyof typeof FAMILY_NUMBER_FIELDS;

/**
 * Optional family fields: blank = not given, and nothing is assumed in their place. Overtime is
 * what the deck's "Overtime" response option costs: extra units a month beyond capacity, each at
 * unit cost plus the premium. The option is offered only for families that give both.
 */
export const FAMILY_OPTIONAL_FIELDS = {
  /** Extra units a month that overtime (or an added shift) can make beyond the capacity; at least 0. */
  overtimePerMonth: { rule: { min: 0 } },
  /** Extra cost per unit made on overtime, over the unit cost (currency); at least 0. */
  overtimePremium: { rule: { min: 0 } },
} as const satisfies Readonly<Record<string, NumberField>>;

export type FamilyOptionalField = keyof typeof FAMILY_OPTIONAL_FIELDS;

// ---- Supply policy ----------------------------------------------------------------------------

/**
 * How the Supply sheet proposes its starting values (src/core/plan-model/proposeSupply.ts):
 * target-seeking (aim at the target inventory within capacity, clear backlogs, build ahead of
 * peaks), chase (demand plus backlog within capacity) or level (the same quantity every month).
 */
export const SUPPLY_STRATEGIES = ["target-seeking", "chase", "level"] as const;
export type SupplyStrategy = (typeof SUPPLY_STRATEGIES)[number];
export const DEFAULT_SUPPLY_STRATEGY: SupplyStrategy = "target-seeking";

/**
 * What the proposal's target inventory is: target days of supply x average daily demand of the
 * coming months, or safety stock + cycle stock (half a lot).
 */
export const INVENTORY_TARGETS = ["days of supply", "safety stock"] as const;
export type InventoryTarget = (typeof INVENTORY_TARGETS)[number];
export const DEFAULT_INVENTORY_TARGET: InventoryTarget = "days of supply";

/**
 * The executive meeting's what-if scenarios besides Base (the plan as it stands): each multiplies
 * the plan's demand and the capacity (the families' and the resources') by its factor. Settings
 * inputs, kept by a rebuild; settings.csv may give them (SCENARIO_CSV_KEYS). A factor outside its
 * rule counts as not given (the fallback applies).
 */
export const SCENARIO_FIELDS = {
  upsideDemand: { rule: { min: 0.01, max: 10 }, fallback: 1.1 },
  upsideCapacity: { rule: { min: 0.01, max: 10 }, fallback: 1 },
  downsideDemand: { rule: { min: 0.01, max: 10 }, fallback: 0.85 },
  downsideCapacity: { rule: { min: 0.01, max: 10 }, fallback: 0.95 },
} as const satisfies Readonly<Record<string, NumberField>>;
export type ScenarioField = keyof typeof SCENARIO_FIELDS;
export const SCENARIO_FIELD_NAMES = Object.keys(SCENARIO_FIELDS) as ScenarioField[];

/** The scenarios the multipliers make, in the deck's order after Base: name and its two fields. */
export const SCENARIO_MULTIPLIERS = [
  { name: "Upside", demand: "upsideDemand", capacity: "upsideCapacity" },
  { name: "Downside", demand: "downsideDemand", capacity: "downsideCapacity" },
] as const satisfies ReadonlyArray<{ name: string; demand: ScenarioField; capacity: ScenarioField }>;

/** The scenario multipliers as settings.csv names them. */
export const SCENARIO_CSV_KEYS: Readonly<Record<ScenarioField, string>> = {
  upsideDemand: "upside_demand_multiplier",
  upsideCapacity: "upside_capacity_multiplier",
  downsideDemand: "downside_demand_multiplier",
  downsideCapacity: "downside_capacity_multiplier",
};

/**
 * The supply policy's numbers. All optional: a blank lot size or minimum run = none; a blank
 * lead time = 1 month; a blank service level = 95 %. The service level stays below 1 (z of 100 %
 * is infinite) and at 50 % or more (below, the safety stock would be negative).
 */
export const SUPPLY_POLICY_FIELDS = {
  serviceLevel: { rule: { min: 0.5, max: 0.9999 }, percent: true, fallback: 0.95 },
  lotSize: { rule: { min: 0, integer: true } },
  minimumRun: { rule: { min: 0 } },
  leadTimeMonths: { rule: { min: 0, max: 24 }, fallback: 1 },
} as const satisfies Readonly<Record<string, NumberField>>;

/** A strategy or inventory target as typed (any case, surrounding spaces ignored), or undefined. */
export function choiceOf<T extends string>(typed: unknown, choices: ReadonlyArray<T>): T | undefined {
  if (typeof typed !== "string") return undefined;
  const t = typed.trim().toLowerCase();
  return choices.find((c) => c === t);
}
