/**
 * The table "Cycle settings and family fields" in docs/pack.md states the cycle schema's rules;
 * this test reads the markdown table and checks every bound, list and default against
 * src/core/schema.ts, so the docs cannot drift from what the pane and the CSV import enforce.
 */
import * as fs from "fs";
import * as path from "path";
import { describeNumberRule } from "../../src/core/numberRule";
import {
  ACTION_STATUSES,
  BUSINESS_TYPE_VALUES,
  COMPANY_MAX_LENGTH,
  CYCLE_MONTH_YEARS,
  FAMILY_NAME,
  FAMILY_NUMBER_FIELDS,
  FAMILY_OPTIONAL_FIELDS,
  MAX_FAMILIES,
  SETTING_FIELDS,
  type FamilyNumberField,
  type FamilyOptionalField,
  type NumberField,
  type SettingNumberField,
} from "../../src/core/schema";
import { FAMILY_COLUMNS, FAMILY_OPTIONAL_COLUMNS } from "../../src/io/families";
import { SETTING_KEYS } from "../../src/io/settings";

const doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "pack.md"), "utf8");

/** The cells of a markdown table's data rows ("\|" is a literal bar inside a cell). */
function tableAfter(heading: string): string[][] {
  const start = doc.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const lines = doc.slice(start).split("\n");
  const first = lines.findIndex((l) => l.startsWith("|"));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, "|")),
    );
  }
  return rows;
}

const rows = tableAfter("### Cycle settings and family fields");
/** The row whose key column is exactly `key` in backticks. */
const row = (key: string): { rule: string; fallback: string } => {
  const found = rows.filter((r) => r[1] === `\`${key}\``);
  expect(found).toHaveLength(1);
  return { rule: found[0][2], fallback: found[0][3] };
};

function expectNumberRow(key: string, field: NumberField): void {
  const { rule, fallback } = row(key);
  const words = describeNumberRule(field.rule);
  expect(rule === words || rule.startsWith(`${words} (`)).toBe(true);
  expect(fallback).toBe(field.fallback === undefined ? "required" : String(field.fallback));
}

describe("docs/pack.md: the cycle fields table agrees with the schema", () => {
  it.each(Object.keys(SETTING_FIELDS) as SettingNumberField[])("setting %s", (field) => {
    expectNumberRow(SETTING_KEYS[field], SETTING_FIELDS[field]);
  });

  it.each(Object.keys(FAMILY_NUMBER_FIELDS) as FamilyNumberField[])("family field %s", (field) => {
    expectNumberRow(FAMILY_COLUMNS[field], FAMILY_NUMBER_FIELDS[field]);
  });

  it.each(Object.keys(FAMILY_OPTIONAL_FIELDS) as FamilyOptionalField[])("optional family field %s", (field) => {
    const { rule, fallback } = row(FAMILY_OPTIONAL_COLUMNS[field]);
    expect(rule.startsWith(describeNumberRule(FAMILY_OPTIONAL_FIELDS[field].rule))).toBe(true);
    expect(fallback).toBe("optional");
  });

  it("the percent setting says the pane asks for a percentage", () => {
    expect(row(SETTING_KEYS.grossMarginPct).rule).toContain("the pane asks for a percentage, 0 to 100");
  });

  it("company, cycle month, business types, family names and the number of families", () => {
    expect(row("company").rule).toContain(`1 to ${COMPANY_MAX_LENGTH} characters`);
    expect(row("cycle_month").rule).toContain(`from ${CYCLE_MONTH_YEARS.first}-01 to ${CYCLE_MONTH_YEARS.last}-12`);
    const types = BUSINESS_TYPE_VALUES.map((t) => `\`${t}\``);
    expect(row("business_type").rule).toContain(`${types.slice(0, -1).join(", ")} or ${types[types.length - 1]}`);
    const name = row("family").rule;
    expect(name).toContain(`1 to ${FAMILY_NAME.maxLength} characters`);
    expect(name).toContain(`without \`${FAMILY_NAME.separator}\``);
    const starts = FAMILY_NAME.formulaStarts.map((c) => `\`${c}\``);
    expect(name).toContain(`not starting with ${starts.slice(0, -1).join(", ")} or ${starts[starts.length - 1]}`);
    expect(name).toContain("unique without regard to case");
    expect(rows.find((r) => r[1] === "rows of `families.csv`")?.[2]).toBe(`1 to ${MAX_FAMILIES}`);
  });

  it("lists exactly the schema's fields", () => {
    const keys = [
      "company",
      "cycle_month",
      "business_type",
      "family",
      "unit",
      "rows of `families.csv`",
      ...Object.values(SETTING_KEYS),
      ...Object.values(FAMILY_COLUMNS),
      ...Object.values(FAMILY_OPTIONAL_COLUMNS),
    ].map((k) => (k.startsWith("rows") ? k : `\`${k}\``));
    expect(rows.map((r) => r[1]).sort()).toEqual(keys.sort());
  });

  it("the actions.csv row lists the action statuses", () => {
    const files = tableAfter("### CSV import format");
    const actions = files.find((r) => r[0] === "`actions.csv`");
    expect(actions?.[1]).toContain(`\`status\` (${ACTION_STATUSES.map((s) => `\`${s}\``).join(", ")})`);
  });
});
