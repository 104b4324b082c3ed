/** Settings and Families: a setting by its label in column A, a family field by its column header. */
import type { ScenarioField } from "../../core/schema";
import { FAMILY_COLS } from "../geometry";
import { keys } from "../keys";
import { Found, SheetReader, claimAbove, headerRow, norm } from "../sheetReader";
import {
  ACCURACY_LAGS_LABEL,
  FAMILY_POLICY_FIELDS,
  FAMILY_POLICY_HEADERS,
  FamilyPolicyField,
  OVERTIME_HEADERS,
  SCENARIO_LABELS,
  SETTINGS_LABELS,
  SUPPLY_POLICY_LABELS,
  SupplyPolicySetting,
  familyKeyOf,
} from "../sheets/setup";

/**
 * The Settings rows by the label in column A: the cycle's settings, the accuracy lags, the supply
 * policy and the scenario multipliers, each the input key its value cell (column B) goes to; the
 * first row with a label wins.
 */
function settingKeysByLabel(): Map<string, string> {
  const rows: Array<[string, string]> = [
    ...(Object.keys(SETTINGS_LABELS) as Array<keyof typeof SETTINGS_LABELS>).map((f): [string, string] => [
      SETTINGS_LABELS[f][0],
      keys.settings(f),
    ]),
    [ACCURACY_LAGS_LABEL[0], keys.accuracyLags()],
    ...(Object.keys(SUPPLY_POLICY_LABELS) as SupplyPolicySetting[]).map((f): [string, string] => [
      SUPPLY_POLICY_LABELS[f][0],
      keys.supplyPolicy(f),
    ]),
    ...(Object.keys(SCENARIO_LABELS) as ScenarioField[]).map((f): [string, string] => [
      SCENARIO_LABELS[f][0],
      keys.scenario(f),
    ]),
  ];
  return new Map(rows.map(([label, key]) => [norm(label), key]));
}

export function settings(s: SheetReader, out: Found[]): void {
  const byLabel = settingKeysByLabel();
  const header = headerRow(s, (r, c) => c === 0 && norm(s.text(r, c)) === "setting") ?? 0;
  claimAbove(s, header + 1);
  s.claimRow(header);
  const seen = new Set<string>();
  for (let r = header + 1; r < s.rows; r++) {
    const key = byLabel.get(norm(s.text(r, 0)));
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    s.claim(r, 0);
    s.claim(r, 2);
    s.take(out, key, r, 1);
  }
}

/** Families columns by header: the inventory and capacity headers carry the business type's words. */
function familyField(header: string): (typeof FAMILY_COLS)[number] | undefined {
  const h = norm(header);
  if (h === "family") return "name";
  if (h === "unit") return "unit";
  if (h === "price") return "price";
  if (h === "unit cost") return "unitCost";
  if (h === "target days of supply") return "targetDaysOfSupply";
  if (h.startsWith("opening ")) return "openingInventory";
  if (h === norm(OVERTIME_HEADERS.overtimePerMonth)) return "overtimePerMonth";
  if (h === norm(OVERTIME_HEADERS.overtimePremium)) return "overtimePremium";
  if (h.endsWith(" / month")) return "capacityPerMonth";
  return undefined;
}

export function families(s: SheetReader, out: Found[]): void {
  const header = headerRow(s, (r, c) => familyField(s.text(r, c)) !== undefined, 2);
  if (header === null) return;
  claimAbove(s, header);
  const cols = new Map<(typeof FAMILY_COLS)[number], number>();
  const policyCols = new Map<FamilyPolicyField, number>();
  const policyByHeader = new Map(FAMILY_POLICY_FIELDS.map((f) => [norm(FAMILY_POLICY_HEADERS[f]), f]));
  for (let c = 0; c < s.width(header); c++) {
    const f = familyField(s.text(header, c));
    if (f !== undefined && !cols.has(f)) cols.set(f, c);
    if (f !== undefined) s.claim(header, c);
    const p = policyByHeader.get(norm(s.text(header, c)));
    if (p !== undefined && !policyCols.has(p)) policyCols.set(p, c);
    if (p !== undefined) s.claim(header, c);
  }
  const nameCol = cols.get("name");
  if (nameCol === undefined) return;
  const seen = new Set<string>();
  for (let r = header + 1; r < s.rows; r++) {
    const name = s.text(r, nameCol);
    if (name === "" || seen.has(norm(name))) continue;
    seen.add(norm(name));
    for (const [field, c] of cols) s.take(out, familyKeyOf(field, name), r, c);
    for (const [field, c] of policyCols) s.take(out, keys.familyPolicy(field, name), r, c);
  }
}
