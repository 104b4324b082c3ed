/**
 * settings.csv: one setting per row, columns `key,value`. The keys and their rules are the cycle
 * schema's (src/core/schema.ts); docs/pack.md lists them. Every setting is required: a scheduled
 * import never falls back silently to the task pane's defaults (12 months of history, 18 of
 * horizon).
 */
import type { FinanceInputs, FinancialTargets, SupplyPolicy } from "../core/model";
import {
  BUSINESS_TYPE_VALUES,
  INVENTORY_TARGETS,
  SCENARIO_CSV_KEYS,
  SCENARIO_FIELDS,
  SCENARIO_FIELD_NAMES,
  type ScenarioField,
  SETTING_FIELDS,
  SUPPLY_POLICY_FIELDS,
  SUPPLY_STRATEGIES,
  type BusinessType,
  type InventoryTarget,
  type NumberField,
  type SupplyStrategy,
} from "../core/schema";
import { parseChoice, parseCompany, parseCycleMonth, parseField, Parsed } from "./fields";
import { ImportIssue, readTable } from "./table";

export const SETTINGS_FILE = "settings.csv";

export interface Settings {
  readonly company: string;
  readonly cycleMonth: string;
  readonly historyMonths: number;
  readonly horizonMonths: number;
  readonly businessType: BusinessType;
  readonly targets: FinancialTargets;
  readonly finance?: FinanceInputs;
  readonly supplyPolicy?: SupplyPolicy;
  readonly scenarios?: Partial<Record<ScenarioField, number>>;
}

type Value = string | number;

/** The CSV key of each numeric setting of the schema. */
export const SETTING_KEYS: Readonly<Record<keyof typeof SETTING_FIELDS, string>> = {
  historyMonths: "history_months",
  horizonMonths: "horizon_months",
  revenuePerMonth: "revenue_target_per_month",
  grossMarginPct: "gross_margin_target",
  inventoryValueCeiling: "inventory_value_ceiling",
};

interface SettingDef {
  readonly key: string;
  readonly parse: (raw: string) => Parsed<Value>;
  /** A setting that may be left out (then the workbook says "no data" where it is needed). */
  readonly optional?: true;
}

/** Finance inputs of the working-capital KPI: currency amounts, 0 or more, optional. */
const FINANCE_KEYS = { receivables: "trade_receivables", payables: "trade_payables" } as const;
const financeSetting = (key: string): SettingDef => ({ key, parse: parseField({ rule: { min: 0 } }), optional: true });

function numberSetting(field: keyof typeof SETTING_FIELDS): SettingDef {
  const def: NumberField = SETTING_FIELDS[field];
  return { key: SETTING_KEYS[field], parse: parseField(def) };
}

/** The supply policy's settings, optional (defaults: target-seeking, 0.95, days of supply). */
const POLICY_KEYS = {
  strategy: "supply_strategy",
  serviceLevel: "service_level",
  inventoryTarget: "inventory_target",
} as const;

const SETTINGS: ReadonlyArray<SettingDef> = [
  { key: "company", parse: parseCompany },
  { key: "cycle_month", parse: parseCycleMonth },
  numberSetting("historyMonths"),
  numberSetting("horizonMonths"),
  { key: "business_type", parse: (r) => parseChoice(r, BUSINESS_TYPE_VALUES) },
  numberSetting("revenuePerMonth"),
  numberSetting("grossMarginPct"),
  numberSetting("inventoryValueCeiling"),
  financeSetting(FINANCE_KEYS.receivables),
  financeSetting(FINANCE_KEYS.payables),
  { key: POLICY_KEYS.strategy, parse: (r) => parseChoice(r, SUPPLY_STRATEGIES), optional: true },
  { key: POLICY_KEYS.serviceLevel, parse: parseField(SUPPLY_POLICY_FIELDS.serviceLevel), optional: true },
  { key: POLICY_KEYS.inventoryTarget, parse: (r) => parseChoice(r, INVENTORY_TARGETS), optional: true },
  ...SCENARIO_FIELD_NAMES.map((f): SettingDef => ({
    key: SCENARIO_CSV_KEYS[f],
    parse: parseField(SCENARIO_FIELDS[f]),
    optional: true,
  })),
];

/** Reads settings.csv; undefined (with issues) when a setting is missing or invalid. */
export function readSettings(text: string, issues: ImportIssue[]): Settings | undefined {
  const file = SETTINGS_FILE;
  const before = issues.length;
  const table = readTable(file, text, ["key", "value"], [], issues);
  if (!table) return undefined;
  const values = new Map<string, Value>();
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const key = row.raw("key").trim().toLowerCase();
    const def = SETTINGS.find((s) => s.key === key);
    if (!def) {
      row.report(
        "key",
        `unknown setting ${JSON.stringify(row.raw("key"))}; expected one of ${SETTINGS.map((s) => s.key).join(", ")}`,
      );
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      row.report("key", `setting ${key} is given twice (first on line ${first})`);
      continue;
    }
    seen.set(key, row.line);
    const value = row.get("value", def.parse);
    if (value !== undefined) values.set(key, value);
  }
  for (const def of SETTINGS) {
    if (!seen.has(def.key) && def.optional !== true)
      issues.push({ file, message: `missing setting ${def.key} (add a row "${def.key},<value>")` });
  }
  if (issues.length > before) return undefined;
  const num = (k: string): number => values.get(k) as number;
  const str = (k: string): string => values.get(k) as string;
  return {
    company: str("company"),
    cycleMonth: str("cycle_month"),
    historyMonths: num("history_months"),
    horizonMonths: num("horizon_months"),
    businessType: str("business_type") as BusinessType,
    targets: {
      revenuePerMonth: num("revenue_target_per_month"),
      grossMarginPct: num("gross_margin_target"),
      inventoryValueCeiling: num("inventory_value_ceiling"),
    },
    ...financeOf(values),
    ...policyOf(values),
    ...scenariosOf(values),
  };
}

function scenariosOf(values: ReadonlyMap<string, Value>): { scenarios?: Partial<Record<ScenarioField, number>> } {
  const given: Partial<Record<ScenarioField, number>> = {};
  for (const f of SCENARIO_FIELD_NAMES) {
    const v = values.get(SCENARIO_CSV_KEYS[f]);
    if (typeof v === "number") given[f] = v;
  }
  return Object.keys(given).length > 0 ? { scenarios: given } : {};
}

function policyOf(values: ReadonlyMap<string, Value>): { supplyPolicy?: SupplyPolicy } {
  const strategy = values.get(POLICY_KEYS.strategy);
  const serviceLevel = values.get(POLICY_KEYS.serviceLevel);
  const inventoryTarget = values.get(POLICY_KEYS.inventoryTarget);
  const policy: SupplyPolicy = {
    ...(typeof strategy === "string" ? { strategy: strategy as SupplyStrategy } : {}),
    ...(typeof serviceLevel === "number" ? { serviceLevel } : {}),
    ...(typeof inventoryTarget === "string" ? { inventoryTarget: inventoryTarget as InventoryTarget } : {}),
  };
  return Object.keys(policy).length > 0 ? { supplyPolicy: policy } : {};
}

function financeOf(values: ReadonlyMap<string, Value>): { finance?: FinanceInputs } {
  const receivables = values.get(FINANCE_KEYS.receivables);
  const payables = values.get(FINANCE_KEYS.payables);
  const finance: FinanceInputs = {
    ...(typeof receivables === "number" ? { receivables } : {}),
    ...(typeof payables === "number" ? { payables } : {}),
  };
  return Object.keys(finance).length > 0 ? { finance } : {};
}
