/**
 * settings.csv: one setting per row, columns `key,value`.
 *
 * | key | type | default |
 * |---|---|---|
 * | company | text | required |
 * | cycle_month | YYYY-MM, the first plan month | required |
 * | history_months | whole number 1..120 | 12 |
 * | horizon_months | whole number 1..60 | 18 |
 * | business_type | manufacturing, saas, services, distribution | required |
 * | revenue_target_per_month | number >= 0 | required |
 * | gross_margin_target | fraction 0..1 (or "35%") | required |
 * | inventory_value_ceiling | number >= 0 | required |
 */
import type { BusinessType, FinancialTargets } from "../core/model";
import { parseChoice, parseMonth, parseNumber, parseText, Parsed } from "./fields";
import { ImportIssue, readTable } from "./table";

export const SETTINGS_FILE = "settings.csv";

export interface Settings {
  readonly company: string;
  readonly cycleMonth: string;
  readonly historyMonths: number;
  readonly horizonMonths: number;
  readonly businessType: BusinessType;
  readonly targets: FinancialTargets;
}

export const BUSINESS_TYPES: ReadonlyArray<BusinessType> = ["manufacturing", "saas", "services", "distribution"];

type Value = string | number;

const SETTINGS: ReadonlyArray<{ key: string; parse: (raw: string) => Parsed<Value>; fallback?: number }> = [
  { key: "company", parse: parseText },
  { key: "cycle_month", parse: parseMonth },
  { key: "history_months", parse: (r) => parseNumber(r, { whole: true, min: 1, max: 120 }), fallback: 12 },
  { key: "horizon_months", parse: (r) => parseNumber(r, { whole: true, min: 1, max: 60 }), fallback: 18 },
  { key: "business_type", parse: (r) => parseChoice(r, BUSINESS_TYPES) },
  { key: "revenue_target_per_month", parse: (r) => parseNumber(r, { min: 0 }) },
  { key: "gross_margin_target", parse: (r) => parseNumber(r, { min: 0, max: 1, percent: true }) },
  { key: "inventory_value_ceiling", parse: (r) => parseNumber(r, { min: 0 }) },
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
    if (!seen.has(def.key)) {
      if (def.fallback !== undefined) values.set(def.key, def.fallback);
      else issues.push({ file, message: `missing setting ${def.key} (add a row "${def.key},<value>")` });
    }
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
  };
}
