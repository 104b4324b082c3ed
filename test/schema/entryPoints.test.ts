/**
 * One cycle schema, every entry point: the task pane's validation, the CSV import and the
 * Settings / Families sheets' data validation accept and reject the same values for the same
 * field. The boundary values are taken from the schema (so a new field is covered by itself);
 * the bounds themselves and the exact messages are written out by hand below.
 */
import { VOCABULARY } from "../../src/core/model";
import {
  ACTION_STATUSES,
  BUSINESS_TYPE_VALUES,
  FAMILY_NUMBER_FIELDS,
  SETTING_FIELDS,
  type FamilyNumberField,
  type NumberField,
  type SettingNumberField,
} from "../../src/core/schema";
import { sampleCycle } from "../../src/data/sample";
import { formatIssue, importCycle } from "../../src/io";
import { FAMILY_COLUMNS } from "../../src/io/families";
import { SETTING_KEYS } from "../../src/io/settings";
import { abs, parseRef } from "../../src/layout/a1";
import { familyCol, FIRST_ROW, SETTINGS_ROWS, SETTINGS_VALUE_COL } from "../../src/layout/geometry";
import { actionsSheet } from "../../src/layout/sheets/tables";
import { familiesSheet, SETTING_CELLS, settingsSheet } from "../../src/layout/sheets/setup";
import type { Validation } from "../../src/layout/types";
import { buildContext } from "../../src/layout/workbook";
import { addFamily, defaultForm, numberText, setFamilyField, setField, type SettingsForm } from "../../src/taskpane/form";
import { validate } from "../../src/taskpane/validate";

// ---- the three entry points, for one value of one field ----------------------------------------

const baseForm = (): SettingsForm => setField(defaultForm(new Date(2026, 2, 15)), "company", "Acme Ltd");

const SETTINGS_CSV: Readonly<Record<string, string>> = {
  company: "Co",
  cycle_month: "2026-03",
  business_type: "saas",
  revenue_target_per_month: "1000",
  gross_margin_target: "0.5",
  inventory_value_ceiling: "100",
  history_months: "12",
  horizon_months: "18",
};
const FAMILY_CSV: Readonly<Record<string, string>> = {
  family: "Seats",
  unit: "seats",
  price: "10",
  unit_cost: "4",
  opening_inventory: "0",
  capacity_per_month: "100",
  target_days_of_supply: "30",
};
const FAMILY_HEADER = Object.keys(FAMILY_CSV).join(",");

function csvFiles(settings: Record<string, string>, families: ReadonlyArray<Record<string, string>>): Record<string, string> {
  const csvField = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return {
    "settings.csv": ["key,value", ...Object.entries(settings).map(([k, v]) => `${k},${csvField(v)}`)].join("\n") + "\n",
    "families.csv":
      [FAMILY_HEADER, ...families.map((f) => Object.keys(FAMILY_CSV).map((k) => csvField(f[k])).join(","))].join("\n") +
      "\n",
    "actuals.csv": "family,month,quantity\n",
    "pipeline.csv": "deal,family,quantity,stage,win_probability,close_month\n",
    "orders.csv": "order,line,family,quantity_ordered,quantity_delivered,promised_date,delivered_date\n",
    "actions.csv": "decision,owner,due_date,status\n",
  };
}

const csvMessages = (files: Record<string, string>): string[] => {
  const r = importCycle(files);
  return r.ok ? [] : r.issues.map(formatIssue);
};

/** Whether Excel's data validation lets `value` into a cell under `v` (a blank rule accepts any number). */
function excelAccepts(v: Validation, value: number): boolean {
  if (v.kind !== "whole" && v.kind !== "decimal") throw new Error(`not a number validation: ${v.kind}`);
  if (v.kind === "whole" && !Number.isInteger(value)) return false;
  return (v.min === undefined || value >= v.min) && (v.max === undefined || value <= v.max);
}

const ctx = buildContext(sampleCycle());
const settingsValidations = settingsSheet(ctx).validations;
const familyValidations = familiesSheet(ctx).validations;

/** The one validation covering a cell (0-based row and column) of a sheet. */
function validationAt(validations: ReadonlyArray<Validation>, row: number, col: number): Validation {
  const found = validations.filter((v) => {
    const r = parseRef(v.range);
    return row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2;
  });
  expect(found).toHaveLength(1);
  return found[0];
}

const settingValidation = (field: SettingNumberField): Validation =>
  validationAt(settingsValidations, SETTINGS_ROWS[SETTING_CELLS[field]], SETTINGS_VALUE_COL);
const familyValidation = (field: FamilyNumberField): Validation =>
  validationAt(familyValidations, FIRST_ROW, familyCol(field));

// ---- the bounds, by hand: what each field must accept ---------------------------------------------

/** Field -> [smallest, largest (or undefined), whole number?, the pane's words, the CSV's words]. */
const SETTING_BOUNDS: Record<SettingNumberField, [number, number | undefined, boolean, string, string]> = {
  historyMonths: [1, 120, true, "a whole number from 1 to 120", "a whole number from 1 to 120"],
  horizonMonths: [1, 60, true, "a whole number from 1 to 60", "a whole number from 1 to 60"],
  revenuePerMonth: [0, undefined, false, "a number of at least 0", "a number of at least 0"],
  // a fraction; the pane asks for percent
  grossMarginPct: [0, 1, false, "a number from 0 to 100", "a number from 0 to 1"],
  inventoryValueCeiling: [0, undefined, false, "a number of at least 0", "a number of at least 0"],
};
const FAMILY_BOUNDS: Record<FamilyNumberField, [number, number | undefined]> = {
  price: [0, undefined],
  unitCost: [0, undefined],
  openingInventory: [0, undefined],
  capacityPerMonth: [0, undefined],
  targetDaysOfSupply: [0, 3650],
};

describe("the cycle schema declares the intended bounds", () => {
  it.each(Object.keys(SETTING_BOUNDS) as SettingNumberField[])("setting %s", (field) => {
    const [min, max, integer] = SETTING_BOUNDS[field];
    const rule = SETTING_FIELDS[field].rule as NumberField["rule"];
    expect([rule.min, rule.max, rule.integer === true, rule.above]).toEqual([min, max, integer, undefined]);
  });
  it.each(Object.keys(FAMILY_BOUNDS) as FamilyNumberField[])("family field %s", (field) => {
    const rule = FAMILY_NUMBER_FIELDS[field].rule as NumberField["rule"];
    expect([rule.min, rule.max, rule.integer === true, rule.above]).toEqual([...FAMILY_BOUNDS[field], false, undefined]);
  });
  it("has no field the test does not know", () => {
    expect(Object.keys(SETTING_FIELDS).sort()).toEqual(Object.keys(SETTING_BOUNDS).sort());
    expect(Object.keys(FAMILY_NUMBER_FIELDS).sort()).toEqual(Object.keys(FAMILY_BOUNDS).sort());
  });
});

// ---- boundary values from the schema ----------------------------------------------------------------

interface Probe {
  readonly value: number;
  readonly accepted: boolean;
}

/** At the bounds (accepted), just outside them (rejected), and a fraction for a whole-number field (rejected). */
function probes(field: NumberField): Probe[] {
  const { min, max, integer } = field.rule as NumberField["rule"];
  const step = integer === true ? 1 : 0.001;
  const out: Probe[] = [];
  if (min !== undefined) out.push({ value: min, accepted: true }, { value: min - step, accepted: false });
  if (max !== undefined) out.push({ value: max, accepted: true }, { value: max + step, accepted: false });
  if (integer === true && min !== undefined) out.push({ value: min + 0.5, accepted: false });
  return out;
}

const text = (n: number): string => numberText(n);

describe("every numeric setting: pane, CSV and Settings sheet agree", () => {
  const cases = (Object.keys(SETTING_FIELDS) as SettingNumberField[]).flatMap((field) =>
    probes(SETTING_FIELDS[field]).map((p) => [field, p.value, p.accepted] as const),
  );

  it.each(cases)("%s = %p: accepted %p", (field, value, accepted) => {
    const def: NumberField = SETTING_FIELDS[field];
    const [, , , paneWords, csvWords] = SETTING_BOUNDS[field];
    const typed = text(def.percent === true ? value * 100 : value);

    const pane = validate(setField(baseForm(), field, typed));
    expect(pane.errors[field]).toBe(accepted ? undefined : `Enter ${paneWords}; "${typed}" is not.`);

    const files = csvFiles({ ...SETTINGS_CSV, [SETTING_KEYS[field]]: text(value) }, [FAMILY_CSV]);
    const line = Object.keys({ ...SETTINGS_CSV, [SETTING_KEYS[field]]: "" }).indexOf(SETTING_KEYS[field]) + 2;
    expect(csvMessages(files)).toEqual(
      accepted ? [] : [`settings.csv line ${line}, column value: expected ${csvWords}, got "${text(value)}"`],
    );

    expect(excelAccepts(settingValidation(field), value)).toBe(accepted);
  });

  it("the sheet's validation of each setting is its schema rule, a whole number where the rule says so", () => {
    expect(settingValidation("historyMonths")).toMatchObject({ kind: "whole", min: 1, max: 120 });
    expect(settingValidation("horizonMonths")).toMatchObject({ kind: "whole", min: 1, max: 60 });
    expect(settingValidation("grossMarginPct")).toMatchObject({ kind: "decimal", min: 0, max: 1 });
    expect(settingValidation("revenuePerMonth")).toEqual({ kind: "decimal", range: abs(SETTINGS_ROWS.revenueTarget, 1), min: 0 });
  });
});

describe("every numeric family field: pane, CSV and Families sheet agree", () => {
  const cases = (Object.keys(FAMILY_NUMBER_FIELDS) as FamilyNumberField[]).flatMap((field) =>
    probes(FAMILY_NUMBER_FIELDS[field]).map((p) => [field, p.value, p.accepted] as const),
  );

  it.each(cases)("%s = %p: accepted %p", (field, value, accepted) => {
    const [min, max] = FAMILY_BOUNDS[field];
    const words = max === undefined ? `a number of at least ${min}` : `a number from ${min} to ${max}`;
    const typed = text(value);

    const pane = validate(setFamilyField(baseForm(), 0, field, typed));
    expect(pane.errors[`families.0.${field}`]).toBe(accepted ? undefined : `Enter ${words}; "${typed}" is not.`);

    const column = FAMILY_COLUMNS[field];
    const files = csvFiles(SETTINGS_CSV, [{ ...FAMILY_CSV, [column]: typed }]);
    expect(csvMessages(files)).toEqual(
      accepted ? [] : [`families.csv line 2, column ${column}: expected ${words}, got "${typed}"`],
    );

    expect(excelAccepts(familyValidation(field), value)).toBe(accepted);
  });
});

// ---- family names --------------------------------------------------------------------------------

describe("family names: one rule for the pane and the CSV import", () => {
  const csvRule =
    'expected a family name of up to 40 characters, without "|", not starting with =, +, - or @ and not "All families"';
  const cases: ReadonlyArray<[string, string | undefined]> = [
    ["Widgets", undefined],
    ["x".repeat(40), undefined],
    ["Pumps & Valves (EU)", undefined],
    ["a-b+c@d=e", undefined],
    ["x".repeat(41), "Keep the name to 40 characters."],
    ["A|B", 'A family name cannot contain "|".'],
    ['=HYPERLINK("x")', "A family name cannot start with =, +, - or @."],
    ["+Plus", "A family name cannot start with =, +, - or @."],
    ["-Minus", "A family name cannot start with =, +, - or @."],
    ["@At", "A family name cannot start with =, +, - or @."],
    ["  +Spaced", "A family name cannot start with =, +, - or @."],
    ["   ", "Enter a family name."],
    // The label of the totals block on Demand, Supply and Finance (a rebuild reads rows by family name).
    ["all FAMILIES", '"All families" labels the totals on Demand, Supply and Finance; choose another name.'],
  ];

  it.each(cases)("%p: pane message %p, and the CSV import agrees", (name, paneMessage) => {
    expect(validate(setFamilyField(baseForm(), 0, "name", name)).errors["families.0.name"]).toBe(paneMessage);
    const csv = csvMessages(csvFiles(SETTINGS_CSV, [{ ...FAMILY_CSV, family: name }]));
    if (paneMessage === undefined) expect(csv).toEqual([]);
    else expect(csv).toEqual([`families.csv line 2, column family: ${csvRule}, got ${JSON.stringify(name)}`]);
  });

  it("rejects a second family of the same name, ignoring case and surrounding spaces, in both", () => {
    const form = setFamilyField(addFamily(baseForm()), 1, "name", "  FAMILY 1 ");
    expect(validate(form).errors["families.1.name"]).toBe('"FAMILY 1" is already family 1; names must be unique.');
    expect(csvMessages(csvFiles(SETTINGS_CSV, [FAMILY_CSV, { ...FAMILY_CSV, family: " SEATS " }]))).toEqual([
      'families.csv line 3, column family: duplicate family "SEATS" (first on line 2)',
    ]);
  });

  it("allows 2000 families and no more, in both", () => {
    const names = (n: number): Record<string, string>[] =>
      Array.from({ length: n }, (_, i) => ({ ...FAMILY_CSV, family: `F${i + 1}` }));
    expect(csvMessages(csvFiles(SETTINGS_CSV, names(2000)))).toEqual([]);
    expect(csvMessages(csvFiles(SETTINGS_CSV, names(2001)))).toEqual([
      "families.csv: 2,001 families; a pack holds at most 2,000 families (the workbook is built in memory, about 0.7 GB for 1,000 families). Split the families into packs of at most 2,000, e.g. by product line or region",
    ]);
    const form = (n: number): SettingsForm => ({
      ...baseForm(),
      families: Array.from({ length: n }, (_, i) => ({ ...baseForm().families[0], name: `F${i + 1}` })),
    });
    expect(validate(form(2000)).errors).toEqual({});
    expect(validate(form(2001)).errors.families).toBe("At most 2000 families; this form has 2001.");
  });
});

// ---- text settings ---------------------------------------------------------------------------------

describe("company and cycle month: pane and CSV agree", () => {
  it.each([
    ["x".repeat(80), undefined, undefined],
    ["x".repeat(81), "Keep the company name to 80 characters.", "expected a company name of 1 to 80 characters"],
    [" ", "Enter the company name; it titles every sheet and the deck.", "expected a company name of 1 to 80 characters"],
  ])("company of %#", (company, pane, csv) => {
    expect(validate(setField(baseForm(), "company", company)).errors.company).toBe(pane);
    expect(csvMessages(csvFiles({ ...SETTINGS_CSV, company }, [FAMILY_CSV]))).toEqual(
      csv === undefined ? [] : [`settings.csv line 2, column value: ${csv}, got ${JSON.stringify(company)}`],
    );
  });

  it.each([
    ["1990-01", undefined, undefined],
    ["2100-12", undefined, undefined],
    ["1989-12", "Enter a cycle month between 1990 and 2100.", "expected a month from 1990-01 to 2100-12"],
    ["2101-01", "Enter a cycle month between 1990 and 2100.", "expected a month from 1990-01 to 2100-12"],
    ["2026-13", 'Enter the cycle month as YYYY-MM, e.g. "2026-03".', "expected a month as YYYY-MM"],
  ])("cycle month %p", (month, pane, csv) => {
    expect(validate(setField(baseForm(), "cycleMonth", month)).errors.cycleMonth).toBe(pane);
    expect(csvMessages(csvFiles({ ...SETTINGS_CSV, cycle_month: month }, [FAMILY_CSV]))).toEqual(
      csv === undefined ? [] : [`settings.csv line 3, column value: ${csv}, got "${month}"`],
    );
  });
});

// ---- enumerations ------------------------------------------------------------------------------------

describe("business types and action statuses: one list everywhere", () => {
  const businessTypes = ["manufacturing", "saas", "services", "distribution"];

  it("the Settings sheet offers the business types, the CSV import and the pane accept exactly those", () => {
    expect(BUSINESS_TYPE_VALUES).toEqual(businessTypes);
    expect(validationAt(settingsValidations, SETTINGS_ROWS.businessType, SETTINGS_VALUE_COL)).toMatchObject({
      kind: "list",
      values: businessTypes,
    });
    expect(Object.keys(VOCABULARY)).toEqual(businessTypes);
    for (const t of businessTypes) {
      expect(csvMessages(csvFiles({ ...SETTINGS_CSV, business_type: t.toUpperCase() }, [FAMILY_CSV]))).toEqual([]);
      expect(validate({ ...baseForm(), businessType: t as SettingsForm["businessType"] }).errors).toEqual({});
    }
    expect(validate({ ...baseForm(), businessType: "retail" as SettingsForm["businessType"] }).errors.businessType).toBe(
      "Choose a business type from the list.",
    );
    expect(csvMessages(csvFiles({ ...SETTINGS_CSV, business_type: "retail" }, [FAMILY_CSV]))).toEqual([
      'settings.csv line 4, column value: expected one of "manufacturing", "saas", "services", "distribution", got "retail"',
    ]);
  });

  it("the Actions sheet offers the statuses the CSV import accepts", () => {
    expect(ACTION_STATUSES).toEqual(["Open", "In progress", "Closed"]);
    const actions = actionsSheet(ctx).validations.filter((v) => v.kind === "list");
    expect(actions).toEqual([expect.objectContaining({ values: ["Open", "In progress", "Closed"] })]);
    const files = csvFiles(SETTINGS_CSV, [FAMILY_CSV]);
    const withStatus = (s: string): Record<string, string> => ({
      ...files,
      "actions.csv": `decision,owner,due_date,status\nShip it,Ann,2026-04-01,${s}\n`,
    });
    for (const s of ["Open", "in progress", "CLOSED"]) expect(csvMessages(withStatus(s))).toEqual([]);
    expect(csvMessages(withStatus("Done"))).toEqual([
      'actions.csv line 2, column status: expected one of "Open", "In progress", "Closed", got "Done"',
    ]);
  });
});
