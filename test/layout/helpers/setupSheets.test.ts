/**
 * The cycle's own input sheets (src/layout/sheets/setup.ts): Settings, Families and Actuals on the
 * tiny two-family cycle, no workbook built: every cell at its Excel address, the validations and
 * the sheet's shape, written out by hand.
 *
 * Settings: the title on Excel row 1, the subtitle on 2, the header (Setting, Value, Notes) on 4,
 * the eight settings on Excel rows 5 (company) to 12 (inventory ceiling), a blank row, the
 * accuracy lags on 14, a blank row, the supply policy on 16 (strategy), 17 (service level) and 18
 * (inventory target), a blank row, the four scenario multipliers on 20 to 23. Each row: the label
 * in A, the input in B (keyed), the note in C.
 *
 * Families: the header on Excel row 4 (nine family columns A to I, then lot size J, minimum run K,
 * lead time L), one row per family from Excel row 5; every cell of a family row an input.
 *
 * Actuals: the header on Excel row 4 (Family, Unit, then the history months 2026-02 and 2026-03
 * in C and D), one row per family from Excel row 5: its name and unit as labels, an input a month.
 */
import type { CycleData } from "../../../src/core/model";
import type { BuildContext } from "../../../src/layout/sheets/context";
import {
  ACCURACY_LAGS_ROW,
  FAMILY_POLICY_FIELDS,
  OVERTIME_HEADERS,
  SCENARIO_ROWS,
  SETTING_CELLS,
  SUPPLY_POLICY_ROWS,
  actualsSheet,
  familiesSheet,
  familyKeyOf,
  familyPolicyCol,
  settingsSheet,
} from "../../../src/layout/sheets/setup";
import type { Cell, CellValue } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { header, input, label, note, subtitle, title } from "../support/cells";
import { sheetShape } from "../support/spec";
import { fam, tinyCycle } from "../support/tinyCycle";

/** A Settings row: label, keyed input (with its number format when it has one), note. */
const setting = (name: string, key: string, value: CellValue, fmt: string | undefined, text: string): Cell[] => [
  label(name),
  input(key, value, fmt),
  note(text),
];

const BUSINESS_TYPES = ["manufacturing", "saas", "services", "distribution"];
const STRATEGIES = ["target-seeking", "chase", "level"];
const INVENTORY_TARGETS = ["days of supply", "safety stock"];

/** The Settings rows from Excel row 5 (index 4) to 23, given the values of B5..B23 that vary. */
function settingsRows(v: {
  company: string;
  cycle: string;
  history: number;
  horizon: number;
  business: string;
  revenue: number;
  margin: number;
  ceiling: number;
  lags: CellValue;
  strategy: string;
  service: number;
  target: string;
  scenarios: [CellValue, CellValue, CellValue, CellValue];
}): Array<Array<Cell | null>> {
  return [
    setting("Company", "Settings|company", v.company, undefined, "Shown on every sheet and the executive deck"),
    setting(
      "Cycle month",
      "Settings|cycleMonth",
      v.cycle,
      "@",
      "YYYY-MM: the first plan month; history ends the month before",
    ),
    setting(
      "Months of history",
      "Settings|historyMonths",
      v.history,
      undefined,
      "Shown on Demand and Actuals (re-scaffold to apply a change)",
    ),
    setting(
      "Months of horizon",
      "Settings|horizonMonths",
      v.horizon,
      undefined,
      "Plan months (re-scaffold to apply a change)",
    ),
    setting(
      "Business type",
      "Settings|businessType",
      v.business,
      undefined,
      "manufacturing, saas, services, distribution: sets the supply words",
    ),
    setting("Revenue target per month", "Settings|revenueTarget", v.revenue, "#,##0", "Currency"),
    setting("Gross margin target", "Settings|marginTarget", v.margin, "0.0%", "Fraction: 0.35 = 35 %"),
    setting("Inventory value ceiling", "Settings|inventoryCeiling", v.ceiling, "#,##0", "Currency, at any month end"),
    [],
    setting(
      "Accuracy lags",
      "Lags|accuracy",
      v.lags,
      "@",
      "Lags measured on KPIs, e.g. 1, 3 (lag 1 = the plan of the month about to start; lag 3 = planned two cycles earlier); the first is the value added lag",
    ),
    [],
    setting(
      "Supply strategy",
      "Policy|strategy",
      v.strategy,
      "@",
      "target-seeking, chase, level: how the Supply sheet proposes the months not typed (default target-seeking; applies when the workbook is scaffolded again)",
    ),
    setting(
      "Service level",
      "Policy|serviceLevel",
      v.service,
      "0.0%",
      "Fraction, 0.5 to 0.9999 (default 0.95): the safety stock's z = NORM.S.INV(service level)",
    ),
    setting(
      "Inventory target",
      "Policy|inventoryTarget",
      v.target,
      "@",
      "days of supply or safety stock: what the proposal aims at (default days of supply)",
    ),
    [],
    setting(
      "Upside scenario: demand x",
      "Scenario|upsideDemand",
      v.scenarios[0],
      "0.00",
      "The deck's Upside scenario multiplies the plan's demand by this (default 1.10; 0.01 to 10); Base is the plan as it stands",
    ),
    setting(
      "Upside scenario: capacity x",
      "Scenario|upsideCapacity",
      v.scenarios[1],
      "0.00",
      "and capacity (families' and resources') by this (default 1.00; 0.01 to 10); Base is the plan as it stands",
    ),
    setting(
      "Downside scenario: demand x",
      "Scenario|downsideDemand",
      v.scenarios[2],
      "0.00",
      "The deck's Downside scenario multiplies the plan's demand by this (default 0.85; 0.01 to 10); Base is the plan as it stands",
    ),
    setting(
      "Downside scenario: capacity x",
      "Scenario|downsideCapacity",
      v.scenarios[3],
      "0.00",
      "and capacity (families' and resources') by this (default 0.95; 0.01 to 10); Base is the plan as it stands",
    ),
  ];
}

/** Settings' validations: the multipliers (B20..B23), the supply policy (B16..B18), the numeric settings, the business type. */
const SETTINGS_VALIDATIONS = [
  { kind: "decimal", range: "$B$20", min: 0.01, max: 10 },
  { kind: "decimal", range: "$B$21", min: 0.01, max: 10 },
  { kind: "decimal", range: "$B$22", min: 0.01, max: 10 },
  { kind: "decimal", range: "$B$23", min: 0.01, max: 10 },
  { kind: "list", range: "$B$16", values: STRATEGIES },
  { kind: "decimal", range: "$B$17", min: 0.5, max: 0.9999 },
  { kind: "list", range: "$B$18", values: INVENTORY_TARGETS },
  { kind: "whole", range: "$B$7", min: 1, max: 120 },
  { kind: "whole", range: "$B$8", min: 1, max: 60 },
  { kind: "decimal", range: "$B$10", min: 0 },
  { kind: "decimal", range: "$B$11", min: 0, max: 1 },
  { kind: "decimal", range: "$B$12", min: 0 },
  { kind: "list", range: "$B$9", values: BUSINESS_TYPES },
];

describe("the Settings sheet's rows", () => {
  it("sit below the eight settings: accuracy lags on Excel row 14, supply policy 16 to 18, multipliers 20 to 23", () => {
    expect(ACCURACY_LAGS_ROW).toBe(13);
    expect(SUPPLY_POLICY_ROWS).toStrictEqual({ strategy: 15, serviceLevel: 16, inventoryTarget: 17 });
    expect(SCENARIO_ROWS).toStrictEqual({
      upsideDemand: 19,
      upsideCapacity: 20,
      downsideDemand: 21,
      downsideCapacity: 22,
    });
    expect(SETTING_CELLS).toStrictEqual({
      historyMonths: "historyMonths",
      horizonMonths: "horizonMonths",
      revenuePerMonth: "revenueTarget",
      grossMarginPct: "marginTarget",
      inventoryValueCeiling: "inventoryCeiling",
    });
  });
});

describe("the Settings sheet", () => {
  it("writes the tiny cycle's settings, the default lags, policy and multipliers, each row keyed, with its validations", () => {
    const s = settingsSheet(buildContext(tinyCycle()));
    expect(s.cells).toStrictEqual([
      [title("Settings")],
      [subtitle("Acme · S&OP cycle 2026-04 · describe the cycle, then scaffold")],
      [],
      [header("Setting"), header("Value"), header("Notes")],
      ...settingsRows({
        company: "Acme",
        cycle: "2026-04",
        history: 2,
        horizon: 2,
        business: "manufacturing",
        revenue: 0,
        margin: 0,
        ceiling: 500,
        lags: "1, 3",
        strategy: "target-seeking",
        service: 0.95,
        target: "days of supply",
        // SCENARIO_FIELDS' fallbacks
        scenarios: [1.1, 1, 0.85, 0.95],
      }),
    ]);
    // Settings is an input sheet, not protected; 30, 30 and 48 + 20 wide; the rows above the table frozen.
    expect(sheetShape(s)).toStrictEqual({
      name: "Settings",
      kind: "input",
      tabColor: "#2E75B6",
      columnWidths: [30, 30, 68],
      freeze: { rows: 4, columns: 0 },
      protect: false,
      validations: SETTINGS_VALIDATIONS,
      conditionalFormats: [],
      charts: [],
    });
  });

  it("writes the cycle's own targets, policy and multipliers, and the lags and a multiplier as typed", () => {
    const data = tinyCycle(
      {},
      {
        company: "Beta Ltd",
        cycleMonth: "2027-01",
        historyMonths: 3,
        horizonMonths: 4,
        businessType: "services",
        targets: { revenuePerMonth: 1200, grossMarginPct: 0.35, inventoryValueCeiling: 900 },
        supplyPolicy: { strategy: "chase", serviceLevel: 0.9, inventoryTarget: "safety stock" },
        scenarios: { upsideDemand: 1.3, downsideCapacity: 0.7 },
      },
    );
    // A multiplier typed out of its rule stays in its cell as typed (the plan takes the fallback).
    const typed = new Map<string, CellValue>([
      ["Lags|accuracy", "2, 6"],
      ["Scenario|downsideDemand", 20],
    ]);
    const s = settingsSheet(buildContext(data, typed));
    expect(s.cells[1]).toStrictEqual([subtitle("Beta Ltd · S&OP cycle 2027-01 · describe the cycle, then scaffold")]);
    expect(s.cells.slice(4)).toStrictEqual(
      settingsRows({
        company: "Beta Ltd",
        cycle: "2027-01",
        history: 3,
        horizon: 4,
        business: "services",
        revenue: 1200,
        margin: 0.35,
        ceiling: 900,
        lags: "2, 6",
        strategy: "chase",
        service: 0.9,
        target: "safety stock",
        scenarios: [1.3, 1, 20, 0.7],
      }),
    );
    expect(s.validations).toStrictEqual(SETTINGS_VALIDATIONS);
  });

  it("leaves a multiplier blank when the context holds no cell for it", () => {
    const ctx = buildContext(tinyCycle());
    const { upsideDemand: _dropped, ...rest } = ctx.inputs.scenarioCells;
    const s = settingsSheet({ ...ctx, inputs: { ...ctx.inputs, scenarioCells: rest } } as BuildContext);
    // B20: null, not undefined; B21 keeps its fallback 1.
    expect(s.cells[19][1]).toStrictEqual(input("Scenario|upsideDemand", null, "0.00"));
    expect(s.cells[20][1]).toStrictEqual(input("Scenario|upsideCapacity", 1, "0.00"));
  });
});

describe("the Families sheet's columns and keys", () => {
  it("puts lot size, minimum run and lead time right of the nine family columns (J, K, L)", () => {
    expect(FAMILY_POLICY_FIELDS).toStrictEqual(["lotSize", "minimumRun", "leadTimeMonths"]);
    expect(FAMILY_POLICY_FIELDS.map(familyPolicyCol)).toStrictEqual([9, 10, 11]);
    expect(OVERTIME_HEADERS).toStrictEqual({
      overtimePerMonth: "Overtime units / month",
      overtimePremium: "Overtime premium / unit",
    });
  });

  it("keys the cycle's own fields on Families and the optional ones as family inputs", () => {
    expect(familyKeyOf("price", "Pumps")).toBe("Families|price|Pumps");
    expect(familyKeyOf("name", "Pumps")).toBe("Families|name|Pumps");
    expect(familyKeyOf("overtimePerMonth", "Pumps")).toBe("FamilyInputs|overtimePerMonth|Pumps");
    expect(familyKeyOf("overtimePremium", "Valves")).toBe("FamilyInputs|overtimePremium|Valves");
  });
});

/** A family's row: its nine fields, then lot size, minimum run and lead time, every cell an input. */
function familyRow(
  name: string,
  f: {
    unit: string;
    price: number;
    cost: number;
    opening: number;
    capacity: number;
    days: number;
    overtime: number | null;
    premium: number | null;
    lot: number | null;
    run: number | null;
    lead: number;
  },
): Cell[] {
  return [
    input(`Families|name|${name}`, name),
    input(`Families|unit|${name}`, f.unit),
    input(`Families|price|${name}`, f.price, "#,##0"),
    input(`Families|unitCost|${name}`, f.cost, "#,##0"),
    input(`Families|openingInventory|${name}`, f.opening, "#,##0"),
    input(`Families|capacityPerMonth|${name}`, f.capacity, "#,##0"),
    input(`Families|targetDaysOfSupply|${name}`, f.days, "0.0"),
    input(`FamilyInputs|overtimePerMonth|${name}`, f.overtime, "#,##0"),
    input(`FamilyInputs|overtimePremium|${name}`, f.premium, "#,##0"),
    input(`Policy|lotSize|${name}`, f.lot, "#,##0"),
    input(`Policy|minimumRun|${name}`, f.run, "#,##0"),
    input(`Policy|leadTimeMonths|${name}`, f.lead, "0.0"),
  ];
}

/** Families' validations over Excel rows 5 to `last`: the policy columns J to L, then the numeric fields C to I. */
const familyValidations = (last: number): unknown[] => [
  { kind: "whole", range: `$J$5:$J$${last}`, min: 0 },
  { kind: "decimal", range: `$K$5:$K$${last}`, min: 0 },
  { kind: "decimal", range: `$L$5:$L$${last}`, min: 0, max: 24 },
  { kind: "decimal", range: `$C$5:$C$${last}`, min: 0 },
  { kind: "decimal", range: `$D$5:$D$${last}`, min: 0 },
  { kind: "decimal", range: `$E$5:$E$${last}`, min: 0 },
  { kind: "decimal", range: `$F$5:$F$${last}`, min: 0 },
  { kind: "decimal", range: `$G$5:$G$${last}`, min: 0, max: 3650 },
  { kind: "decimal", range: `$H$5:$H$${last}`, min: 0 },
  { kind: "decimal", range: `$I$5:$I$${last}`, min: 0 },
];

const familiesHeader = (opening: string, capacity: string): Cell[] => [
  header("Family"),
  header("Unit"),
  header("Price"),
  header("Unit cost"),
  header(opening),
  header(capacity),
  header("Target days of supply"),
  header("Overtime units / month"),
  header("Overtime premium / unit"),
  header("Lot size"),
  header("Minimum run"),
  header("Lead time (months)"),
];

/** Pumps as fam gives it, Valves with overtime, its own numbers and a supply policy. */
const familiesCycle = (businessType: CycleData["config"]["businessType"] = "manufacturing"): CycleData =>
  tinyCycle(
    {},
    {
      businessType,
      families: [
        { name: "Pumps", ...fam },
        {
          name: "Valves",
          unit: "boxes",
          price: 12,
          unitCost: 7,
          openingInventory: 30,
          capacityPerMonth: 80,
          targetDaysOfSupply: 15,
          overtimePerMonth: 20,
          overtimePremium: 3,
          lotSize: 50,
          minimumRun: 25,
          leadTimeMonths: 2,
        },
      ],
    },
  );

describe("the Families sheet", () => {
  it("writes each family's fields and supply policy as inputs, the header with the manufacturing words, and the validations", () => {
    const s = familiesSheet(buildContext(familiesCycle()));
    expect(s.cells).toStrictEqual([
      [title("Product families")],
      [
        subtitle(
          "Acme · S&OP cycle 2026-04 · one row per family; price and cost in currency, quantities in the family's unit",
        ),
      ],
      [],
      familiesHeader("Opening inventory", "Production capacity / month"),
      // Pumps: fam (price 10, cost 6, opening 0, capacity 100, 0 days), no overtime, no lot size
      // or minimum run, the default lead time 1.
      familyRow("Pumps", {
        unit: "units",
        price: 10,
        cost: 6,
        opening: 0,
        capacity: 100,
        days: 0,
        overtime: null,
        premium: null,
        lot: null,
        run: null,
        lead: 1,
      }),
      familyRow("Valves", {
        unit: "boxes",
        price: 12,
        cost: 7,
        opening: 30,
        capacity: 80,
        days: 15,
        overtime: 20,
        premium: 3,
        lot: 50,
        run: 25,
        lead: 2,
      }),
    ]);
    expect(sheetShape(s)).toStrictEqual({
      name: "Families",
      kind: "input",
      tabColor: "#2E75B6",
      columnWidths: [24, 10, 12, 12, 18, 20, 20, 22, 22, 18, 18, 18],
      freeze: { rows: 4, columns: 1 },
      protect: false,
      validations: familyValidations(6),
      conditionalFormats: [],
      charts: [],
    });
  });

  it("names the inventory and capacity columns in the business type's words", () => {
    // saas: Onboarding backlog, Onboarding capacity; services: Project backlog, Billable hours capacity.
    expect(familiesSheet(buildContext(familiesCycle("saas"))).cells[3]).toStrictEqual(
      familiesHeader("Opening onboarding backlog", "Onboarding capacity / month"),
    );
    expect(familiesSheet(buildContext(familiesCycle("services"))).cells[3]).toStrictEqual(
      familiesHeader("Opening project backlog", "Billable hours capacity / month"),
    );
  });

  it("writes a family's typed optional inputs and policy over the cycle's (its own fields come from the cycle)", () => {
    // A typed price is no input of the build (a rebuild reads Families into the cycle itself).
    const typed = new Map<string, CellValue>([
      ["Families|price|Pumps", 11],
      ["FamilyInputs|overtimePerMonth|Pumps", 5],
      ["Policy|lotSize|Pumps", 40],
      ["Policy|leadTimeMonths|Pumps", 3],
    ]);
    const s = familiesSheet(buildContext(familiesCycle(), typed));
    expect(s.cells[4]).toStrictEqual(
      familyRow("Pumps", {
        unit: "units",
        price: 10,
        cost: 6,
        opening: 0,
        capacity: 100,
        days: 0,
        overtime: 5,
        premium: null,
        lot: 40,
        run: null,
        lead: 3,
      }),
    );
  });

  it("with one family, validates Excel row 5 only", () => {
    const s = familiesSheet(buildContext(tinyCycle({}, { families: [{ name: "Pumps", ...fam }] })));
    expect(s.cells).toHaveLength(5);
    expect(s.validations).toStrictEqual(familyValidations(5));
  });

  it("with no family (a context the build refuses), writes the header and still validates one blank row", () => {
    const ctx = buildContext(tinyCycle());
    const none = { ...ctx, inputs: { ...ctx.inputs, config: { ...ctx.inputs.config, families: [] } } };
    const s = familiesSheet(none);
    expect(s.cells).toHaveLength(4);
    expect(s.cells[3]).toStrictEqual(familiesHeader("Opening inventory", "Production capacity / month"));
    expect(s.validations).toStrictEqual(familyValidations(5));
  });
});

describe("the Actuals sheet", () => {
  it("writes each family's name, unit and an input per history month, blank where no actual is given", () => {
    const data = tinyCycle(
      {
        actuals: [
          { family: "Pumps", month: "2026-02", quantity: 13 },
          { family: "Pumps", month: "2026-03", quantity: 8 },
          { family: "Valves", month: "2026-03", quantity: 10 },
        ],
      },
      {
        families: [
          { name: "Pumps", ...fam },
          { name: "Valves", ...fam, unit: "boxes" },
        ],
      },
    );
    const s = actualsSheet(buildContext(data));
    expect(s.cells).toStrictEqual([
      [title("Actual sales")],
      [subtitle("Acme · S&OP cycle 2026-04 · units sold by family and month; leave a month blank when not known yet")],
      [],
      [header("Family"), header("Unit"), header("2026-02"), header("2026-03")],
      [
        label("Pumps"),
        label("units"),
        input("Actuals|actual|Pumps|2026-02", 13, "#,##0"),
        input("Actuals|actual|Pumps|2026-03", 8, "#,##0"),
      ],
      [
        label("Valves"),
        label("boxes"),
        input("Actuals|actual|Valves|2026-02", null, "#,##0"),
        input("Actuals|actual|Valves|2026-03", 10, "#,##0"),
      ],
    ]);
    // The actuals grid C5:D6 takes any number.
    expect(sheetShape(s)).toStrictEqual({
      name: "Actuals",
      kind: "input",
      tabColor: "#2E75B6",
      columnWidths: [24, 10, 11, 11],
      freeze: { rows: 4, columns: 2 },
      protect: false,
      validations: [{ kind: "decimal", range: "$C$5:$D$6" }],
      conditionalFormats: [],
      charts: [],
    });
  });

  it("with one family and three history months, validates C5:E5", () => {
    const data = tinyCycle(
      { actuals: [{ family: "Pumps", month: "2026-01", quantity: 4 }] },
      { historyMonths: 3, families: [{ name: "Pumps", ...fam }] },
    );
    const s = actualsSheet(buildContext(data));
    expect(s.cells[3]).toStrictEqual([
      header("Family"),
      header("Unit"),
      header("2026-01"),
      header("2026-02"),
      header("2026-03"),
    ]);
    expect(s.cells[4]).toStrictEqual([
      label("Pumps"),
      label("units"),
      input("Actuals|actual|Pumps|2026-01", 4, "#,##0"),
      input("Actuals|actual|Pumps|2026-02", null, "#,##0"),
      input("Actuals|actual|Pumps|2026-03", null, "#,##0"),
    ]);
    expect(s.validations).toStrictEqual([{ kind: "decimal", range: "$C$5:$E$5" }]);
    expect(s.columnWidths).toStrictEqual([24, 10, 11, 11, 11]);
  });

  it("validates nothing without a family or without a history month (contexts the build refuses)", () => {
    const ctx = buildContext(tinyCycle());
    const noFamily = actualsSheet({
      ...ctx,
      inputs: { ...ctx.inputs, config: { ...ctx.inputs.config, families: [] }, actuals: [] },
    });
    expect(noFamily.cells).toStrictEqual([
      [title("Actual sales")],
      [subtitle("Acme · S&OP cycle 2026-04 · units sold by family and month; leave a month blank when not known yet")],
      [],
      [header("Family"), header("Unit"), header("2026-02"), header("2026-03")],
    ]);
    expect(noFamily.validations).toStrictEqual([]);
    const noHistory = actualsSheet({ ...ctx, inputs: { ...ctx.inputs, history: [], actuals: [[], []] } });
    expect(noHistory.cells.slice(3)).toStrictEqual([
      [header("Family"), header("Unit")],
      [label("Pumps"), label("units")],
      [label("Valves"), label("units")],
    ]);
    expect(noHistory.validations).toStrictEqual([]);
    expect(noHistory.columnWidths).toStrictEqual([24, 10]);
  });
});
