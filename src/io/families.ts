/** families.csv: the product families, and how the other files name them. */
import type { FamilyConfig } from "../core/model";
import {
  FAMILY_NUMBER_FIELDS,
  FAMILY_OPTIONAL_FIELDS,
  SUPPLY_POLICY_FIELDS,
  familyKey,
  MAX_FAMILIES,
  type FamilyNumberField,
  type FamilyOptionalField,
} from "../core/schema";
import { allPresent, parseFamilyName, parseField, parseText } from "./fields";
import { ImportIssue, readTable, Row } from "./table";

/** The required columns of families.csv. */
export const FAMILIES_CSV_COLUMNS = [
  "family",
  "unit",
  "price",
  "unit_cost",
  "opening_inventory",
  "capacity_per_month",
  "target_days_of_supply",
] as const;

/** Optional families.csv columns: the family's supply policy (blank = none; lead time blank = 1 month). */
export const FAMILY_POLICY_COLUMNS = {
  lotSize: "lot_size",
  minimumRun: "minimum_run",
  leadTimeMonths: "lead_time_months",
} as const satisfies Partial<Record<keyof typeof SUPPLY_POLICY_FIELDS, string>>;

/** The families.csv column of each numeric family field of the schema. */
export const FAMILY_COLUMNS: Readonly<Record<FamilyNumberField, (typeof FAMILIES_CSV_COLUMNS)[number]>> = {
  price: "price",
  unitCost: "unit_cost",
  openingInventory: "opening_inventory",
  capacityPerMonth: "capacity_per_month",
  targetDaysOfSupply: "target_days_of_supply",
};

/** The optional families.csv columns (blank or absent = not given): overtime, for the deck's "Overtime" option. */
export const FAMILY_OPTIONAL_COLUMNS: Readonly<Record<FamilyOptionalField, string>> = {
  overtimePerMonth: "overtime_per_month",
  overtimePremium: "overtime_premium",
};

/**
 * The valid families, and every name families.csv mentions (valid rows or not). `readable` is
 * false when the file is missing or its header is unusable: references to families are then not
 * checked (the file's own problem is reported once, not once per reference).
 */
export interface Families {
  readonly families: FamilyConfig[];
  readonly mentioned: ReadonlySet<string>;
  readonly readable: boolean;
}

/** No usable families.csv. */
export const UNREADABLE_FAMILIES: Families = { families: [], mentioned: new Set<string>(), readable: false };

const count = (n: number): string => n.toLocaleString("en-US");

/**
 * The problem with `n` families, more than a pack holds (the layout and the renderers are tested
 * up to `MAX_FAMILIES`, and the workbook is built in memory); undefined within the limit.
 */
export function tooManyFamilies(n: number): ImportIssue | undefined {
  if (n <= MAX_FAMILIES) return undefined;
  return {
    file: "families.csv",
    message: `${count(n)} families; a pack holds at most ${count(MAX_FAMILIES)} families (the workbook is built in memory, about 0.7 GB for 1,000 families). Split the families into packs of at most ${count(MAX_FAMILIES)}, e.g. by product line or region`,
  };
}

/**
 * Reads families.csv: names by the schema's family-name rule, unique without regard to case;
 * numbers within the schema's bounds; at most the schema's number of families.
 */
export function readFamilies(text: string, issues: ImportIssue[]): Families {
  const optionalFields = Object.keys(FAMILY_OPTIONAL_FIELDS) as FamilyOptionalField[];
  const table = readTable(
    "families.csv",
    text,
    FAMILIES_CSV_COLUMNS,
    [...optionalFields.map((f) => FAMILY_OPTIONAL_COLUMNS[f]), ...Object.values(FAMILY_POLICY_COLUMNS)],
    issues,
  );
  if (!table) return UNREADABLE_FAMILIES;
  const mentioned = new Set<string>();
  const seen = new Map<string, number>();
  const out: FamilyConfig[] = [];
  const fields = Object.keys(FAMILY_NUMBER_FIELDS) as FamilyNumberField[];
  for (const row of table.rows) {
    const name = row.get("family", parseFamilyName);
    const key = familyKey(row.raw("family"));
    if (key !== "") mentioned.add(key);
    const unit = row.get("unit", parseText);
    const values = fields.map((f) => row.get(FAMILY_COLUMNS[f], parseField(FAMILY_NUMBER_FIELDS[f])));
    const optional = optionalFields.map((f) =>
      row.raw(FAMILY_OPTIONAL_COLUMNS[f]).trim() === ""
        ? null
        : row.get(FAMILY_OPTIONAL_COLUMNS[f], parseField(FAMILY_OPTIONAL_FIELDS[f])),
    );
    const policy = (Object.keys(FAMILY_POLICY_COLUMNS) as Array<keyof typeof FAMILY_POLICY_COLUMNS>).flatMap((f) => {
      const v = row.optional(FAMILY_POLICY_COLUMNS[f], parseField(SUPPLY_POLICY_FIELDS[f]), null);
      return v === null || v === undefined ? [] : [[f, v] as const];
    });
    if (name === undefined) continue;
    const first = seen.get(key);
    if (first !== undefined) {
      row.report("family", `duplicate family ${JSON.stringify(name)} (first on line ${first})`);
      continue;
    }
    seen.set(key, row.line);
    if (unit === undefined || !allPresent(values) || !allPresent(optional)) continue;
    const numbers = Object.fromEntries(fields.map((f, i) => [f, values[i]])) as Record<FamilyNumberField, number>;
    const given = Object.fromEntries(
      optionalFields.flatMap((f, i) => (optional[i] === null ? [] : [[f, optional[i]]])),
    );
    out.push({ name, unit, ...numbers, ...given, ...Object.fromEntries(policy) });
  }
  if (table.rows.length === 0) issues.push({ file: "families.csv", message: "no families; add at least one row" });
  const tooMany = tooManyFamilies(table.rows.length);
  if (tooMany) issues.push(tooMany);
  return { families: out, mentioned, readable: true };
}

/**
 * Resolves family references against families.csv (ignoring case) to the canonical name.
 * A family whose own row in families.csv is invalid is not reported again here.
 */
export function familyResolver({
  families,
  mentioned,
  readable,
}: Families): (row: Row, column?: string) => string | undefined {
  const byKey = new Map(families.map((f) => [familyKey(f.name), f.name]));
  const known =
    families
      .slice(0, 5)
      .map((f) => f.name)
      .join(", ") + (families.length > 5 ? ", ..." : "");
  return (row, column = "family") => {
    const raw = row.raw(column).trim();
    const found = byKey.get(familyKey(raw));
    if (found === undefined && readable && !mentioned.has(familyKey(raw)))
      row.report(column, `unknown family ${JSON.stringify(raw)}; expected a family of families.csv (${known})`);
    return found;
  };
}

export type Resolve = ReturnType<typeof familyResolver>;
