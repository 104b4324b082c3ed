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

export function settings(s: SheetReader, out: Found[]): void {
  const byLabel = new Map(
    (Object.keys(SETTINGS_LABELS) as Array<keyof typeof SETTINGS_LABELS>).map((f) => [norm(SETTINGS_LABELS[f][0]), f]),
  );
  const header = headerRow(s, (r, c) => c === 0 && norm(s.text(r, c)) === "setting") ?? 0;
  claimAbove(s, header + 1);
  s.claimRow(header);
  const seen = new Set<string>();
  const policyByLabel = new Map(
    (Object.keys(SUPPLY_POLICY_LABELS) as SupplyPolicySetting[]).map((f) => [norm(SUPPLY_POLICY_LABELS[f][0]), f]),
  );
  const scenarioByLabel = new Map(
    (Object.keys(SCENARIO_LABELS) as ScenarioField[]).map((f) => [norm(SCENARIO_LABELS[f][0]), f]),
  );
  for (let r = header + 1; r < s.rows; r++) {
    const scenario = scenarioByLabel.get(norm(s.text(r, 0)));
    if (scenario !== undefined && !seen.has(`scenario|${scenario}`)) {
      seen.add(`scenario|${scenario}`);
      s.claim(r, 0);
      s.claim(r, 2);
      s.take(out, keys.scenario(scenario), r, 1);
      continue;
    }
    const policy = policyByLabel.get(norm(s.text(r, 0)));
    if (policy !== undefined && !seen.has(`policy|${policy}`)) {
      seen.add(`policy|${policy}`);
      s.claim(r, 0);
      s.claim(r, 2);
      s.take(out, keys.supplyPolicy(policy), r, 1);
      continue;
    }
    if (norm(s.text(r, 0)) === norm(ACCURACY_LAGS_LABEL[0]) && !seen.has("lags")) {
      seen.add("lags");
      s.claim(r, 0);
      s.claim(r, 2);
      s.take(out, keys.accuracyLags(), r, 1);
      continue;
    }
    const field = byLabel.get(norm(s.text(r, 0)));
    if (field === undefined || seen.has(field)) continue;
    seen.add(field);
    s.claim(r, 0);
    s.claim(r, 2);
    s.take(out, keys.settings(field), r, 1);
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
