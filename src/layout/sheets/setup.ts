/**
 * The cycle's own input sheets: Settings (company, cycle, targets), Families (the family table)
 * and Actuals (actual sales by family and history month). All cells the user may change are
 * input cells with a key.
 */
import {
  BUSINESS_TYPE_VALUES,
  DEFAULT_INVENTORY_TARGET,
  DEFAULT_SUPPLY_STRATEGY,
  FAMILY_NUMBER_FIELDS,
  FAMILY_OPTIONAL_FIELDS,
  type FamilyOptionalField,
  INVENTORY_TARGETS,
  SCENARIO_FIELDS,
  SCENARIO_FIELD_NAMES,
  type ScenarioField,
  SETTING_FIELDS,
  SUPPLY_POLICY_FIELDS,
  SUPPLY_STRATEGIES,
  type FamilyNumberField,
  type SettingNumberField,
} from "../../core/schema";
import { abs, range } from "../a1";
import {
  FAMILY_COLS,
  familyCol,
  FIRST_MONTH_COL,
  FIRST_ROW,
  HEADER_ROW,
  SETTINGS_ROWS,
  SETTINGS_VALUE_COL,
  SettingsField,
} from "../geometry";
import { FMT, TAB, WIDTH } from "../formats";
import { SheetGrid } from "../grid";
import { keys } from "../keys";
import { CellValue, SheetSpec } from "../types";
import { BuildContext } from "./context";
import { cycleSubtitle, monthHeader, ruleValidation, tableHeader, titleRows } from "./common";

/** Each setting's label (column A; a rebuild finds the setting by it) and note. */
export const SETTINGS_LABELS: Record<SettingsField, [string, string]> = {
  company: ["Company", "Shown on every sheet and the executive deck"],
  cycleMonth: ["Cycle month", "YYYY-MM: the first plan month; history ends the month before"],
  historyMonths: ["Months of history", "Shown on Demand and Actuals (re-scaffold to apply a change)"],
  horizonMonths: ["Months of horizon", "Plan months (re-scaffold to apply a change)"],
  businessType: ["Business type", `${BUSINESS_TYPE_VALUES.join(", ")}: sets the supply words`],
  revenueTarget: ["Revenue target per month", "Currency"],
  marginTarget: ["Gross margin target", "Fraction: 0.35 = 35 %"],
  inventoryCeiling: ["Inventory value ceiling", "Currency, at any month end"],
};

/**
 * The lags the KPIs sheet measures accuracy, bias and value added at: a row below the cycle's
 * settings, typed like any input (a rebuild keeps it; it is not part of the cycle the pane edits).
 */
export const ACCURACY_LAGS_LABEL: [string, string] = [
  "Accuracy lags",
  "Lags measured on KPIs, e.g. 1, 3 (lag 1 = the plan of the month about to start; lag 3 = planned two cycles earlier); the first is the value added lag",
];
export const ACCURACY_LAGS_ROW = Math.max(...Object.values(SETTINGS_ROWS)) + 2;

/**
 * The supply policy (src/core/schema.ts, SUPPLY_STRATEGIES...): rows below the accuracy lags,
 * typed like any input (a rebuild keeps them; settings.csv may give them). Label and note.
 */
export const SUPPLY_POLICY_LABELS = {
  strategy: [
    "Supply strategy",
    `${SUPPLY_STRATEGIES.join(", ")}: how the Supply sheet proposes the months not typed (default ${DEFAULT_SUPPLY_STRATEGY}; applies when the workbook is scaffolded again)`,
  ],
  serviceLevel: [
    "Service level",
    `Fraction, 0.5 to 0.9999 (default ${SUPPLY_POLICY_FIELDS.serviceLevel.fallback}): the safety stock's z = NORM.S.INV(service level)`,
  ],
  inventoryTarget: [
    "Inventory target",
    `${INVENTORY_TARGETS.join(" or ")}: what the proposal aims at (default ${DEFAULT_INVENTORY_TARGET})`,
  ],
} as const satisfies Record<string, readonly [string, string]>;
export type SupplyPolicySetting = keyof typeof SUPPLY_POLICY_LABELS;
export const SUPPLY_POLICY_ROWS: Readonly<Record<SupplyPolicySetting, number>> = {
  strategy: ACCURACY_LAGS_ROW + 2,
  serviceLevel: ACCURACY_LAGS_ROW + 3,
  inventoryTarget: ACCURACY_LAGS_ROW + 4,
};

/**
 * The scenario multipliers (src/core/schema.ts, SCENARIO_FIELDS): rows below the supply policy,
 * typed like any input (a rebuild keeps them; settings.csv may give them); the deck's Upside and
 * Downside scenarios read them by the name SOP_ScenarioMultipliers. Label and note.
 */
const multiplierNote = (what: string, field: ScenarioField): string =>
  `${what} (default ${SCENARIO_FIELDS[field].fallback.toFixed(2)}; ${SCENARIO_FIELDS[field].rule.min} to ${SCENARIO_FIELDS[field].rule.max}); Base is the plan as it stands`;
export const SCENARIO_LABELS: Readonly<Record<ScenarioField, readonly [string, string]>> = {
  upsideDemand: [
    "Upside scenario: demand x",
    multiplierNote("The deck's Upside scenario multiplies the plan's demand by this", "upsideDemand"),
  ],
  upsideCapacity: [
    "Upside scenario: capacity x",
    multiplierNote("and capacity (families' and resources') by this", "upsideCapacity"),
  ],
  downsideDemand: [
    "Downside scenario: demand x",
    multiplierNote("The deck's Downside scenario multiplies the plan's demand by this", "downsideDemand"),
  ],
  downsideCapacity: [
    "Downside scenario: capacity x",
    multiplierNote("and capacity (families' and resources') by this", "downsideCapacity"),
  ],
};
export const SCENARIO_ROWS: Readonly<Record<ScenarioField, number>> = Object.fromEntries(
  SCENARIO_FIELD_NAMES.map((f, i) => [f, SUPPLY_POLICY_ROWS.inventoryTarget + 2 + i]),
) as Record<ScenarioField, number>;

/** The Families sheet's supply policy columns, right of the family fields: header and number format. */
export const FAMILY_POLICY_HEADERS = {
  lotSize: "Lot size",
  minimumRun: "Minimum run",
  leadTimeMonths: "Lead time (months)",
} as const;
export type FamilyPolicyField = keyof typeof FAMILY_POLICY_HEADERS;
export const FAMILY_POLICY_FIELDS = Object.keys(FAMILY_POLICY_HEADERS) as FamilyPolicyField[];
export const familyPolicyCol = (field: FamilyPolicyField): number =>
  FAMILY_COLS.length + FAMILY_POLICY_FIELDS.indexOf(field);

/** The Settings row of each numeric setting of the schema. */
export const SETTING_CELLS: Readonly<Record<SettingNumberField, SettingsField>> = {
  historyMonths: "historyMonths",
  horizonMonths: "horizonMonths",
  revenuePerMonth: "revenueTarget",
  grossMarginPct: "marginTarget",
  inventoryValueCeiling: "inventoryCeiling",
};

export function settingsSheet(ctx: BuildContext): SheetSpec {
  const cfg = ctx.inputs.config;
  const g = new SheetGrid("Settings");
  titleRows(g, "Settings", cycleSubtitle(cfg, "describe the cycle, then scaffold"));
  tableHeader(g, ["Setting", "Value", "Notes"]);
  const values: Record<SettingsField, string | number> = {
    company: cfg.company,
    cycleMonth: cfg.cycleMonth,
    historyMonths: cfg.historyMonths,
    horizonMonths: cfg.horizonMonths,
    businessType: cfg.businessType,
    revenueTarget: cfg.targets.revenuePerMonth,
    marginTarget: cfg.targets.grossMarginPct,
    inventoryCeiling: cfg.targets.inventoryValueCeiling,
  };
  const formats: Partial<Record<SettingsField, string>> = {
    cycleMonth: FMT.text,
    revenueTarget: FMT.currency,
    marginTarget: FMT.percent,
    inventoryCeiling: FMT.currency,
  };
  /** One setting: its label, the input cell, its note. */
  const settingRow = (
    r: number,
    [label, note]: readonly [string, string],
    key: string,
    v: CellValue,
    fmt?: string,
  ): void => {
    g.value(r, 0, label, "label");
    g.input(r, SETTINGS_VALUE_COL, key, v, fmt);
    g.value(r, 2, note, "note");
  };
  for (const field of Object.keys(SETTINGS_ROWS) as SettingsField[])
    settingRow(SETTINGS_ROWS[field], SETTINGS_LABELS[field], keys.settings(field), values[field], formats[field]);
  settingRow(ACCURACY_LAGS_ROW, ACCURACY_LAGS_LABEL, keys.accuracyLags(), ctx.lagsInput, FMT.text);
  const policy = ctx.inputs.supplyPolicy;
  for (const field of Object.keys(SUPPLY_POLICY_ROWS) as SupplyPolicySetting[])
    settingRow(
      SUPPLY_POLICY_ROWS[field],
      SUPPLY_POLICY_LABELS[field],
      keys.supplyPolicy(field),
      policy[field],
      field === "serviceLevel" ? FMT.percent : FMT.text,
    );
  for (const field of SCENARIO_FIELD_NAMES) {
    settingRow(
      SCENARIO_ROWS[field],
      SCENARIO_LABELS[field],
      keys.scenario(field),
      ctx.inputs.scenarioCells[field] ?? null,
      FMT.ratio,
    );
    g.validations.push(ruleValidation(abs(SCENARIO_ROWS[field], SETTINGS_VALUE_COL), SCENARIO_FIELDS[field].rule));
  }
  const policyCell = (f: SupplyPolicySetting): string => abs(SUPPLY_POLICY_ROWS[f], SETTINGS_VALUE_COL);
  g.validations.push(
    { kind: "list", range: policyCell("strategy"), values: SUPPLY_STRATEGIES },
    ruleValidation(policyCell("serviceLevel"), SUPPLY_POLICY_FIELDS.serviceLevel.rule),
    { kind: "list", range: policyCell("inventoryTarget"), values: INVENTORY_TARGETS },
  );
  const cell = (f: SettingsField): string => abs(SETTINGS_ROWS[f], SETTINGS_VALUE_COL);
  for (const field of Object.keys(SETTING_FIELDS) as SettingNumberField[]) {
    g.validations.push(ruleValidation(cell(SETTING_CELLS[field]), SETTING_FIELDS[field].rule));
  }
  g.validations.push({ kind: "list", range: cell("businessType"), values: BUSINESS_TYPE_VALUES });
  return g.toSpec({
    kind: "input",
    tabColor: TAB.input,
    columnWidths: [WIDTH.measure, WIDTH.measure, WIDTH.wide + 20],
    freeze: { rows: FIRST_ROW, columns: 0 },
    protect: false,
  });
}

/** The optional family inputs' headers (a rebuild finds the columns by them). */
export const OVERTIME_HEADERS: Readonly<Record<FamilyOptionalField, string>> = {
  overtimePerMonth: "Overtime units / month",
  overtimePremium: "Overtime premium / unit",
};

const isOptionalField = (field: string): field is FamilyOptionalField => field in FAMILY_OPTIONAL_FIELDS;

/** The key of a Families cell: the cycle's own fields, or an optional input kept like any typed value (keys.familyInput). */
export function familyKeyOf(field: string, family: string): string {
  return isOptionalField(field) ? keys.familyInput(field, family) : keys.family(field, family);
}

const FAMILY_HEADERS = [
  "Family",
  "Unit",
  "Price",
  "Unit cost",
  "Opening inventory",
  "Capacity / month",
  "Target days of supply",
];

export function familiesSheet(ctx: BuildContext): SheetSpec {
  const cfg = ctx.inputs.config;
  const g = new SheetGrid("Families");
  titleRows(
    g,
    "Product families",
    cycleSubtitle(cfg, "one row per family; price and cost in currency, quantities in the family's unit"),
  );
  tableHeader(g, [
    ...FAMILY_HEADERS.slice(0, 4),
    `Opening ${ctx.vocab.inventory.toLowerCase()}`,
    `${ctx.vocab.capacity} / month`,
    FAMILY_HEADERS[6],
    OVERTIME_HEADERS.overtimePerMonth,
    OVERTIME_HEADERS.overtimePremium,
  ]);
  const fmt = ["", "", FMT.currency, FMT.currency, FMT.units, FMT.units, FMT.days, FMT.units, FMT.currency];
  for (const field of FAMILY_POLICY_FIELDS)
    g.value(HEADER_ROW, familyPolicyCol(field), FAMILY_POLICY_HEADERS[field], "header");
  cfg.families.forEach((f, i) => {
    const r = FIRST_ROW + i;
    FAMILY_COLS.forEach((field, c) => g.input(r, c, familyKeyOf(field, f.name), f[field] ?? null, fmt[c] || undefined));
    const p = ctx.inputs.supplyPolicy.families[i];
    for (const field of FAMILY_POLICY_FIELDS)
      g.input(
        r,
        familyPolicyCol(field),
        keys.familyPolicy(field, f.name),
        p[field],
        field === "leadTimeMonths" ? FMT.days : FMT.units,
      );
  });
  const last = FIRST_ROW + Math.max(cfg.families.length, 1) - 1;
  for (const field of FAMILY_POLICY_FIELDS) {
    const c = familyPolicyCol(field);
    g.validations.push(ruleValidation(range(FIRST_ROW, c, last, c, true), SUPPLY_POLICY_FIELDS[field].rule));
  }
  const fields = { ...FAMILY_NUMBER_FIELDS, ...FAMILY_OPTIONAL_FIELDS };
  for (const field of Object.keys(fields) as Array<FamilyNumberField | FamilyOptionalField>) {
    const c = familyCol(field);
    g.validations.push(ruleValidation(range(FIRST_ROW, c, last, c, true), fields[field].rule));
  }
  return g.toSpec({
    kind: "input",
    tabColor: TAB.input,
    columnWidths: [WIDTH.family, 10, 12, 12, 18, 20, 20, 22, 22, ...FAMILY_POLICY_FIELDS.map(() => 18)],
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    protect: false,
  });
}

export function actualsSheet(ctx: BuildContext): SheetSpec {
  const { config: cfg, history, actuals } = ctx.inputs;
  const g = new SheetGrid("Actuals");
  titleRows(
    g,
    "Actual sales",
    cycleSubtitle(cfg, "units sold by family and month; leave a month blank when not known yet"),
  );
  monthHeader(g, HEADER_ROW, ["Family", "Unit"], history);
  cfg.families.forEach((f, i) => {
    const r = FIRST_ROW + i;
    g.value(r, 0, f.name, "label");
    g.value(r, 1, f.unit, "label");
    history.forEach((m, j) => g.input(r, FIRST_MONTH_COL + j, keys.actual(f.name, m), actuals[i][j], FMT.units));
  });
  if (cfg.families.length > 0 && history.length > 0) {
    g.validations.push({
      kind: "decimal",
      range: range(
        FIRST_ROW,
        FIRST_MONTH_COL,
        FIRST_ROW + cfg.families.length - 1,
        FIRST_MONTH_COL + history.length - 1,
        true,
      ),
    });
  }
  return g.toSpec({
    kind: "input",
    tabColor: TAB.input,
    columnWidths: [WIDTH.family, 10, ...new Array<number>(history.length).fill(WIDTH.month)],
    freeze: { rows: HEADER_ROW + 1, columns: FIRST_MONTH_COL },
    protect: false,
  });
}
