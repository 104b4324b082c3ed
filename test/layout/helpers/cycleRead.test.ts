/**
 * Reading the cycle back from a workbook built earlier (readCycle, readCycleData) on hand-made
 * sheets (no workbook is built): each expected value below is read off the grids written here.
 */
import { harvestInputs, readCycle, readCycleConfig, readCycleData } from "../../../src/layout/cycle";
import type { CellValue } from "../../../src/layout/types";

type Grid = CellValue[][];
const book = (s: Record<string, Grid>): Map<string, Grid> => new Map(Object.entries(s));

/** A Settings sheet: a title, the header, then each label in column A and its value in column B. */
function settings(over: Record<string, CellValue> = {}, extra: Array<[string, CellValue]> = []): Grid {
  const rows: Array<[string, CellValue]> = [
    ["Company", "Acme"],
    ["Cycle month", "2026-04"],
    ["Months of history", 2],
    ["Months of horizon", 1],
    ["Business type", " Distribution "],
    ["Revenue target per month", 1000],
    ["Gross margin target", 0.3],
    ["Inventory value ceiling", 500],
  ];
  return [
    ["Settings"],
    ["Setting", "Value", "Note"],
    ...rows.map(([label, v]): CellValue[] => [label, label in over ? over[label] : v]),
    ...extra.map(([label, v]): CellValue[] => [label, v]),
  ];
}

const FAMILY_HEADER: CellValue[] = [
  "Family",
  "Unit",
  "Price",
  "Unit cost",
  "Opening inventory",
  "Capacity / month",
  "Target days of supply",
  "Overtime units / month",
  "Overtime premium / unit",
  "Lot size",
  "Minimum run",
  "Lead time (months)",
];

/** Pumps with every field; a blank row; Valves with text, blanks and policy values outside their rules. */
const families: Grid = [
  ["Families"],
  FAMILY_HEADER,
  ["Pumps", "pcs", 10, 6, 4, 100, 15, 20, 2, 50, 0, 1],
  [],
  ["Valves", "", "x", null, null, null, null, null, null, 2.5, -1, 30],
];

const pumps = {
  name: "Pumps",
  unit: "pcs",
  price: 10,
  unitCost: 6,
  openingInventory: 4,
  capacityPerMonth: 100,
  targetDaysOfSupply: 15,
  overtimePerMonth: 20,
  overtimePremium: 2,
  // lot size 50 and a minimum run of 0 meet their rules; a lead time of 1 month is the default
  lotSize: 50,
  minimumRun: 0,
};
// unit blank -> "units"; price "x" and the blanks -> 0; lot size 2.5 (not whole), minimum run -1
// (below 0) and lead time 30 (above 24) break their rules and are left out; no overtime typed
const valves = {
  name: "Valves",
  unit: "units",
  price: 0,
  unitCost: 0,
  openingInventory: 0,
  capacityPerMonth: 0,
  targetDaysOfSupply: 0,
};

describe("reading the cycle's config back", () => {
  it("reads the settings by label and every family row, with the policy values that meet their rules", () => {
    const reading = readCycle(book({ Settings: settings(), Families: families }));
    expect(reading.problem).toBeNull();
    // the typed values outside Settings and Families' cycle fields: Pumps' two overtime and three
    // policy values, Valves' three policy values
    expect(reading.typedValues).toBe(8);
    expect(reading.config).toStrictEqual({
      company: "Acme",
      cycleMonth: "2026-04",
      historyMonths: 2,
      horizonMonths: 1,
      businessType: "distribution",
      families: [pumps, valves],
      targets: { revenuePerMonth: 1000, grossMarginPct: 0.3, inventoryValueCeiling: 500 },
    });
    expect(readCycleConfig(book({ Settings: settings(), Families: families }))).toStrictEqual(reading.config);
  });

  it("names what is missing or unreadable, counting the typed values all the same", () => {
    const actuals: Grid = [
      ["Family", "Measure", "2026-02", "2026-03"],
      ["Pumps", "Actual sales", 7, 8],
    ];
    const problem = (s: Record<string, Grid>) => {
      const r = readCycle(book(s));
      return [r.config, r.problem, r.typedValues];
    };
    expect(problem({ Families: families, Actuals: actuals })).toEqual([
      null,
      "the Settings sheet is missing (deleted or renamed)",
      10,
    ]);
    expect(problem({ Settings: settings(), Actuals: actuals })).toEqual([
      null,
      "the Families sheet is missing (deleted or renamed)",
      2,
    ]);
    expect(problem({ Settings: settings({ "Cycle month": "April" }), Families: families })).toEqual([
      null,
      "the cycle month on Settings is not a month (YYYY-MM)",
      8,
    ]);
    for (const type of [null, "retail"])
      expect(problem({ Settings: settings({ "Business type": type }), Families: families })).toEqual([
        null,
        "the business type on Settings is blank or not one of the business types",
        8,
      ]);
    expect(problem({ Settings: settings(), Families: [["Families"], FAMILY_HEADER, [], [null, "pcs"]] })).toEqual([
      null,
      "the Families sheet lists no family",
      0,
    ]);
    expect(readCycleConfig(book({ Families: families }))).toBeNull();
    expect(readCycleData(book({ Settings: settings() }))).toBeNull();
  });

  it("reads a cycle month Excel made a date, and a business type in any case", () => {
    // 46113 = 2026-04-01
    const config = readCycle(
      book({ Settings: settings({ "Cycle month": 46113, "Business type": "SAAS" }), Families: families }),
    ).config;
    expect([config?.cycleMonth, config?.businessType]).toEqual(["2026-04", "saas"]);
  });

  it("reads any month count from 1 to 120 as typed (rounded), else the default (12 of history, 18 of horizon)", () => {
    const counts = (history: CellValue, horizon: CellValue) => {
      const c = readCycle(
        book({
          Settings: settings({ "Months of history": history, "Months of horizon": horizon }),
          Families: families,
        }),
      ).config;
      return [c?.historyMonths, c?.horizonMonths];
    };
    expect(counts(1, 120)).toEqual([1, 120]);
    expect(counts(0, 121)).toEqual([12, 18]);
    expect(counts(2.6, 0.4)).toEqual([3, 18]);
    expect(counts(1.4, 120.4)).toEqual([1, 120]);
    expect(counts(120.6, 0.5)).toEqual([12, 1]);
    expect(counts("x", null)).toEqual([12, 18]);
    expect(counts(" 5 ", "7")).toEqual([5, 7]);
  });

  it("reads blank targets and company as 0 and empty text", () => {
    const c = readCycle(
      book({
        Settings: settings({
          Company: null,
          "Revenue target per month": null,
          "Gross margin target": "n/a",
          "Inventory value ceiling": "250",
        }),
        Families: families,
      }),
    ).config;
    expect([c?.company, c?.targets]).toEqual([
      "",
      { revenuePerMonth: 0, grossMarginPct: 0, inventoryValueCeiling: 250 },
    ]);
  });

  it("reads the supply policy and the scenario multipliers that differ from their defaults", () => {
    const extra: Array<[string, CellValue]> = [
      ["Supply strategy", " Chase "],
      ["Service level", 0.9],
      ["Inventory target", "Safety stock"],
      ["Upside scenario: demand x", 1.25],
      ["Upside scenario: capacity x", 20],
      ["Downside scenario: demand x", 0.85],
      ["Downside scenario: capacity x", 0.01],
    ];
    const c = readCycle(book({ Settings: settings({}, extra), Families: families })).config;
    expect(c?.supplyPolicy).toStrictEqual({ strategy: "chase", serviceLevel: 0.9, inventoryTarget: "safety stock" });
    // 20 is above 10 (not given); 0.85 is Downside demand's default; 0.01 is the rule's minimum
    expect(c?.scenarios).toStrictEqual({ upsideDemand: 1.25, downsideCapacity: 0.01 });
  });

  it("leaves the supply policy out when each setting is its default or breaks its rule", () => {
    for (const extra of [
      [
        ["Supply strategy", "target-seeking"],
        ["Service level", 0.95],
        ["Inventory target", "days of supply"],
      ],
      [
        ["Supply strategy", "fastest"],
        ["Service level", 1],
        ["Inventory target", 3],
      ],
      [["Service level", "0.9"]],
    ] as Array<Array<[string, CellValue]>>) {
      const c = readCycle(book({ Settings: settings({}, extra), Families: families })).config;
      expect(c === null ? "no config" : "supplyPolicy" in c).toBe(false);
      expect(c === null ? "no config" : "scenarios" in c).toBe(false);
    }
    const one = (extra: Array<[string, CellValue]>) =>
      readCycle(book({ Settings: settings({}, extra), Families: families })).config?.supplyPolicy;
    expect(one([["Supply strategy", "level"]])).toStrictEqual({ strategy: "level" });
    expect(one([["Service level", 0.5]])).toStrictEqual({ serviceLevel: 0.5 });
    expect(one([["Inventory target", "safety stock"]])).toStrictEqual({ inventoryTarget: "safety stock" });
  });

  it("reads trade receivables and payables typed on KPIs as the cycle's finance, either alone", () => {
    const kpis = (receivables: CellValue, payables: CellValue): Grid => [
      ["KPIs"],
      ["KPI", "Category", "Value", "Target"],
      ["Trade receivables", "", receivables],
      ["Trade payables", "", payables],
    ];
    const finance = (r: CellValue, p: CellValue) => {
      const c = readCycle(book({ Settings: settings(), Families: families, KPIs: kpis(r, p) })).config;
      return c === null ? "no config" : "finance" in c ? c.finance : "absent";
    };
    expect(finance(300, 120)).toStrictEqual({ receivables: 300, payables: 120 });
    expect(finance(300, null)).toStrictEqual({ receivables: 300 });
    expect(finance(null, 0)).toStrictEqual({ payables: 0 });
    expect(finance(null, null)).toBe("absent");
    expect(finance("300", "n/a")).toBe("absent");
  });
});

describe("reading the cycle's data back", () => {
  // History 2026-02 and 2026-03 (two months before the cycle month 2026-04), one plan month 2026-04.
  const actuals: Grid = [
    ["Actuals"],
    ["Family", "Measure", "2026-01", "2026-02", "2026-03", "2026-04"],
    ["Pumps", "Actual sales", 1, 7, "n/a", 9],
    ["Valves", "Actual sales", null, 0, 5],
  ];
  const demand: Grid = [
    ["Family", "Measure", "2026-04", "2026-05"],
    ["Pumps", "Sales override", 40, 50],
    ["", "Override reason", "Promotion", "later"],
    ["", "Override comment", "  ", null],
    ["Valves", "Sales override", "high", null],
    ["", "Override reason", "Event"],
    ["Gone", "Sales override", 3],
  ];

  it("reads actuals and overrides (with their notes) of the cycle's families and months, numbers only", () => {
    const data = readCycleData(book({ Settings: settings(), Families: families, Actuals: actuals, Demand: demand }));
    expect(data?.actuals).toEqual([
      { family: "Pumps", month: "2026-02", quantity: 7 },
      { family: "Valves", month: "2026-02", quantity: 0 },
      { family: "Valves", month: "2026-03", quantity: 5 },
    ]);
    // Pumps' comment is only spaces (no comment); Valves' override is text (no override, so its
    // reason goes with nothing); 2026-05 is past the horizon and Gone is no family
    expect(data?.overrides).toStrictEqual([{ family: "Pumps", month: "2026-04", quantity: 40, reason: "Promotion" }]);
    expect(data === null ? "no data" : Object.keys(data)).toEqual([
      "config",
      "actuals",
      "overrides",
      "pipeline",
      "orders",
      "actions",
    ]);
  });

  it("reads an override's comment without a reason", () => {
    const d: Grid = [
      ["Family", "Measure", "2026-04"],
      ["Pumps", "Sales override", 40],
      ["", "Override comment", "call Bob"],
    ];
    expect(readCycleData(book({ Settings: settings(), Families: families, Demand: d }))?.overrides).toStrictEqual([
      { family: "Pumps", month: "2026-04", quantity: 40, comment: "call Bob" },
    ]);
  });

  it("reads the list sheets row by row, in sheet order, text and numbers as the model wants them", () => {
    const pipeline: Grid = [
      ["Deal", "Family", "Quantity", "Stage", "Win probability", "Close month", "Weighted quantity"],
      ["D-1", "Pumps", 10, "Proposal", 0.5, "2026-05", 5],
      [],
      [7, "Valves", "12", null, "x", 46143, 0],
      [null, null, null, null, null, "soon"],
    ];
    const orders: Grid = [
      ["Order", "Line", "Family", "Qty ordered", "Qty delivered", "Promised date", "Delivered date"],
      ["SO-1", 1, "Pumps", 5, 5, 46113, "2026-04-03"],
      ["SO-2", "2", "Valves", 4, null, "2026-04-10", "  "],
    ];
    const actions: Grid = [
      ["Decision", "Owner", "Due date", "Status"],
      ["Add a shift", "Ann", 46113, "in PROGRESS"],
      ["Raise price", null, "next month", "Done"],
      [null, "Bob"],
    ];
    const data = readCycleData(
      book({ Settings: settings(), Families: families, Pipeline: pipeline, Orders: orders, Actions: actions }),
    );
    // 46143 = 2026-05-01, 46113 = 2026-04-01
    expect(data?.pipeline).toEqual([
      { deal: "D-1", family: "Pumps", quantity: 10, stage: "Proposal", winProbability: 0.5, closeMonth: "2026-05" },
      { deal: "7", family: "Valves", quantity: 12, stage: "", winProbability: 0, closeMonth: "2026-05" },
      { deal: "", family: "", quantity: 0, stage: "", winProbability: 0, closeMonth: "soon" },
    ]);
    expect(data?.orders).toEqual([
      {
        order: "SO-1",
        line: 1,
        family: "Pumps",
        quantityOrdered: 5,
        quantityDelivered: 5,
        promisedDate: "2026-04-01",
        deliveredDate: "2026-04-03",
      },
      {
        order: "SO-2",
        line: 2,
        family: "Valves",
        quantityOrdered: 4,
        quantityDelivered: 0,
        promisedDate: "2026-04-10",
        deliveredDate: null,
      },
    ]);
    expect(data?.actions).toEqual([
      { decision: "Add a shift", owner: "Ann", dueDate: "2026-04-01", status: "In progress" },
      { decision: "Raise price", owner: "", dueDate: "next month", status: "Open" },
      { decision: "", owner: "Bob", dueDate: "", status: "Open" },
    ]);
  });

  it("orders list rows by their number, not by where they were found (Kept inputs read last)", () => {
    const kept: Grid = [
      ["Kept inputs"],
      [],
      [],
      ["Key", "Sheet", "Value"],
      ["Actions|10|decision", "Actions", "J"],
      ["Actions|9|decision", "Actions", "I"],
      ["Actions|2|decision", "Actions", "B"],
    ];
    const data = readCycleData(book({ Settings: settings(), Families: families, "Kept inputs": kept }));
    expect(data?.actions.map((a) => a.decision)).toEqual(["B", "I", "J"]);
  });

  it("reads resources with a name, their monthly capacities of plan months, and complete routings", () => {
    const resources: Grid = [
      ["Resource", "Capacity / month", "2026-03", "2026-04"],
      [" Line 1 ", 160, 999, 120],
      ["  ", 80],
      ["Line 2", "n/a", null, "x"],
    ];
    const routings: Grid = [
      ["Family", "Resource", "Hours per unit"],
      ["Pumps", "Line 1", 0.5],
      ["Valves", " ", 1],
      ["", "Line 2", 1],
      ["Valves", "Line 2", "2"],
      [" Valves ", " Line 2 ", 0],
    ];
    const data = readCycleData(
      book({ Settings: settings(), Families: families, Resources: resources, Routings: routings }),
    );
    // 2026-03 is history, not a plan month
    expect(data?.resources).toStrictEqual([
      { name: "Line 1", capacityPerMonth: 160, capacityByMonth: { "2026-04": 120 } },
      { name: "Line 2", capacityPerMonth: 0 },
    ]);
    expect(data?.routings).toStrictEqual([
      { family: "Pumps", resource: "Line 1", hoursPerUnit: 0.5 },
      { family: "Valves", resource: "Line 2", hoursPerUnit: 0 },
    ]);
  });

  it("reads the KPI trend sorted by KPI then month, numbers only, and the plan archive", () => {
    const kpis: Grid = [
      ["KPIs"],
      ["KPI", "Category", "Value", "Target", "2026-03", "2026-02"],
      ["Tracking signal", "", 1, 4, 0.5, 0.25],
      ["Forecast bias", "", 1, 0, "n/a", -0.1],
    ];
    const archive: Grid = [
      ["Cycle month", "Family", "Target month", "Statistical baseline", "Consensus"],
      ["2026-03", "Pumps", "2026-03", 30, 32],
    ];
    const data = readCycleData(book({ Settings: settings(), Families: families, KPIs: kpis, "Plan archive": archive }));
    expect(data?.kpiHistory).toEqual([
      { kpi: "BIAS", month: "2026-02", value: -0.1 },
      { kpi: "TRACKING", month: "2026-02", value: 0.25 },
      { kpi: "TRACKING", month: "2026-03", value: 0.5 },
    ]);
    expect(data?.planArchive).toEqual([
      {
        cycleMonth: "2026-03",
        family: "Pumps",
        targetMonth: "2026-03",
        naive: null,
        baseline: 30,
        override: null,
        reason: null,
        comment: null,
        consensus: 32,
      },
    ]);
  });

  it("harvests every typed input by key, blanks left out", () => {
    const typed = harvestInputs(
      book({
        Actuals: [
          ["Family", "Measure", "2026-02", "2026-03"],
          ["Pumps", "Actual sales", 7, " "],
        ],
      }),
    );
    expect([...typed]).toEqual([["Actuals|actual|Pumps|2026-02", 7]]);
  });
});
