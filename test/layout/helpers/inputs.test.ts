/**
 * Resolving every input cell (src/layout/inputs.ts) on a tiny hand-made cycle, no workbook built:
 * a value typed in the workbook (by key) wins, else the cycle's data, else the default; each
 * expected value below is read off the data and typed values written here.
 */
import { CycleData, FamilyConfig } from "../../../src/core/model";
import {
  resolveInputs,
  resolveScenarios,
  resolveSupplyPolicy,
  tableRows,
  withFamilyInputs,
} from "../../../src/layout/inputs";
import type { CellValue } from "../../../src/layout/types";
import { fam, tinyCycle } from "../support/tinyCycle";

const cycle = tinyCycle;

const typed = (entries: Array<[string, CellValue]>): Map<string, CellValue> => new Map(entries);

describe("a family's optional inputs (overtime)", () => {
  const pumps: FamilyConfig = { name: "Pumps", ...fam, overtimePerMonth: 5, overtimePremium: 2 };

  it("takes a typed number over the cycle's, and drops a field typed as text", () => {
    const t = typed([
      ["FamilyInputs|overtimePerMonth|Pumps", 8],
      ["FamilyInputs|overtimePremium|Pumps", "x"],
    ]);
    expect(withFamilyInputs(pumps, t)).toStrictEqual({ name: "Pumps", ...fam, overtimePerMonth: 8 });
  });

  it("keeps the cycle's where nothing (or a blank) is typed, and assumes nothing where neither gives one", () => {
    expect(withFamilyInputs(pumps, typed([["FamilyInputs|overtimePerMonth|Pumps", ""]]))).toStrictEqual(pumps);
    expect(withFamilyInputs({ name: "Valves", ...fam }, typed([]))).toStrictEqual({ name: "Valves", ...fam });
    expect(
      withFamilyInputs({ name: "Valves", ...fam }, typed([["FamilyInputs|overtimePremium|Valves", Infinity]])),
    ).toStrictEqual({ name: "Valves", ...fam });
  });
});

describe("the scenario multipliers", () => {
  it("take a typed value, else the cycle's, else the default; a value outside 0.01..10 counts as not given", () => {
    const data = cycle({}, { scenarios: { upsideDemand: 1.3, downsideCapacity: 50 } });
    const t = typed([
      ["Scenario|upsideCapacity", 2],
      ["Scenario|downsideDemand", "x"],
    ]);
    expect(resolveScenarios(data, t)).toStrictEqual({
      scenarios: { upsideDemand: 1.3, upsideCapacity: 2, downsideDemand: 0.85, downsideCapacity: 0.95 },
      // the cells show what was typed or given, even outside the rule, else the number used
      scenarioCells: { upsideDemand: 1.3, upsideCapacity: 2, downsideDemand: "x", downsideCapacity: 50 },
    });
  });

  it("accept the rule's bounds, 0.01 and 10, and show the default in a blank cell", () => {
    const t = typed([
      ["Scenario|upsideDemand", 10],
      ["Scenario|upsideCapacity", 0.01],
      ["Scenario|downsideDemand", 0.009],
      ["Scenario|downsideCapacity", ""],
    ]);
    expect(resolveScenarios(cycle(), t)).toStrictEqual({
      scenarios: { upsideDemand: 10, upsideCapacity: 0.01, downsideDemand: 0.85, downsideCapacity: 0.95 },
      scenarioCells: { upsideDemand: 10, upsideCapacity: 0.01, downsideDemand: 0.009, downsideCapacity: 0.95 },
    });
  });
});

describe("the supply policy", () => {
  it("is the defaults when nothing is typed or given: target-seeking, 95 %, days of supply, lead time 1", () => {
    const family = { lotSize: null, minimumRun: null, leadTimeMonths: 1 };
    expect(resolveSupplyPolicy(cycle(), typed([]))).toStrictEqual({
      strategy: "target-seeking",
      serviceLevel: 0.95,
      inventoryTarget: "days of supply",
      families: [family, family],
    });
  });

  it("takes the cycle's values, typed values over them, and a typed value outside its rule as not given", () => {
    const data = cycle(
      {},
      {
        supplyPolicy: { strategy: "level", serviceLevel: 0.9, inventoryTarget: "safety stock" },
        families: [
          { name: "Pumps", ...fam, lotSize: 50, minimumRun: 20, leadTimeMonths: 2 },
          { name: "Valves", ...fam, lotSize: 2.5, minimumRun: 4, leadTimeMonths: 25 },
        ],
      },
    );
    expect(resolveSupplyPolicy(data, typed([]))).toStrictEqual({
      strategy: "level",
      serviceLevel: 0.9,
      inventoryTarget: "safety stock",
      // 2.5 is no whole lot, 25 months is above 24
      families: [
        { lotSize: 50, minimumRun: 20, leadTimeMonths: 2 },
        { lotSize: null, minimumRun: 4, leadTimeMonths: 1 },
      ],
    });
    const t = typed([
      ["Policy|strategy", " CHASE "],
      ["Policy|serviceLevel", 0.4],
      ["Policy|inventoryTarget", "most"],
      ["Policy|lotSize|Pumps", 0],
      ["Policy|minimumRun|Pumps", ""],
      ["Policy|leadTimeMonths|Pumps", 0],
      ["Policy|lotSize|Valves", 12],
      ["Policy|minimumRun|Valves", 0],
      ["Policy|leadTimeMonths|Valves", 24],
    ]);
    expect(resolveSupplyPolicy(data, t)).toStrictEqual({
      strategy: "chase",
      // 0.4 is below 0.5: the default, not the cycle's 0.9
      serviceLevel: 0.95,
      // "most" is no inventory target: the default, not the cycle's
      inventoryTarget: "days of supply",
      // a lot size or minimum run of 0 means none; a lead time of 0 months is one
      families: [
        { lotSize: null, minimumRun: 20, leadTimeMonths: 0 },
        { lotSize: 12, minimumRun: null, leadTimeMonths: 24 },
      ],
    });
  });

  it("accepts a service level at 0.5 and at 0.9999, not above", () => {
    const level = (v: number) => resolveSupplyPolicy(cycle(), typed([["Policy|serviceLevel", v]])).serviceLevel;
    expect([level(0.5), level(0.9999), level(1)]).toEqual([0.5, 0.9999, 0.95]);
  });
});

describe("a table sheet's rows", () => {
  const spare = (n: number): number => 10 * n + 1;

  it("are the data's rows, or up to the last typed row, and the spare rows below them", () => {
    expect(tableRows(3, typed([]), "Pipeline", spare)).toBe(3 + 31);
    const t = typed([
      ["Pipeline|30|deal", "D-30"],
      ["Pipeline|40|deal", ""],
      ["Pipelines|50|deal", "other sheet"],
      ["Pipeline|x|deal", "no row"],
      ["Pipeline|35.5|deal", "no row"],
      ["Orders|60|order", "other sheet"],
    ]);
    // the last typed row is 30 (row 40 is blank)
    expect(tableRows(3, t, "Pipeline", spare)).toBe(30 + 301);
    expect(tableRows(31, t, "Pipeline", spare)).toBe(31 + 311);
  });
});

describe("every input of a tiny cycle", () => {
  const data = cycle(
    {
      actuals: [
        { family: "Pumps", month: "2026-01", quantity: 99 },
        { family: "Pumps", month: "2026-02", quantity: 10 },
        { family: "Pumps", month: "2026-03", quantity: 12 },
        { family: "Valves", month: "2026-03", quantity: 4 },
      ],
      overrides: [{ family: "Pumps", month: "2026-04", quantity: 40, reason: "Promotion", comment: "c" }],
      supplyPlan: [{ family: "Pumps", month: "2026-04", quantity: 30 }],
      budget: [{ family: "Pumps", month: "2026-04", units: 1, revenue: 2, grossMargin: 3 }],
      prices: [{ family: "Pumps", month: "2026-05", price: 11, unitCost: null }],
      productionActuals: [{ family: "Pumps", month: "2026-03", quantity: 8, planned: 9 }],
      previousConsensus: [
        { family: "Pumps", month: "2026-03", quantity: 33 },
        { family: "Pumps", month: "2026-04", quantity: 44 },
      ],
      pipeline: [
        { deal: "D-1", family: "Pumps", quantity: 5, stage: "Proposal", winProbability: 0.5, closeMonth: "2026-05" },
      ],
      orders: [
        {
          order: "SO-1",
          line: 1,
          family: "Pumps",
          quantityOrdered: 5,
          quantityDelivered: 5,
          promisedDate: "2026-04-01",
          deliveredDate: null,
        },
        {
          order: "SO-2",
          line: 1,
          family: "Valves",
          quantityOrdered: 2,
          quantityDelivered: 2,
          promisedDate: "soon",
          deliveredDate: "2026-04-03",
        },
      ],
      actions: [{ decision: "Add a shift", owner: "Ann", dueDate: "2026-04-30", status: "Open" }],
      resources: [{ name: "Line 1", capacityPerMonth: 160, capacityByMonth: { "2026-05": 120 } }],
      routings: [{ family: "Pumps", resource: "Line 1", hoursPerUnit: 0.5 }],
      planArchive: [
        {
          cycleMonth: "2026-03",
          family: "Pumps",
          targetMonth: "2026-04",
          naive: 1,
          baseline: 2,
          override: null,
          reason: null,
          comment: null,
          consensus: 3,
        },
      ],
      previousKpis: [{ kpi: "ACCURACY", value: 0.7 }],
      kpiHistory: [
        { kpi: "ACCURACY", month: "2026-03", value: 0.75 },
        { kpi: "ACCURACY", month: "2025-04", value: 0.1 },
      ],
    },
    { finance: { receivables: 300.6 } },
  );
  const t = typed([
    ["FamilyInputs|overtimePerMonth|Pumps", 8],
    ["Actuals|actual|Pumps|2026-03", 15],
    ["Actuals|actual|Valves|2026-02", "n/a"],
    ["Demand|override|Pumps|2026-05", 50],
    ["Demand|reason|Pumps|2026-05", "  "],
    ["Demand|comment|Valves|2026-04", 7],
    ["Supply|plan|Valves|2026-05", 9],
    ["Budget|revenue|Pumps|2026-05", 20],
    ["Prices|unitCost|Valves|2026-04", 6],
    ["Production|planned|Valves|2026-02", 5],
    ["Demand|previous|Valves|2026-05", 55],
    ["Pipeline|2|family", "Valves"],
    ["Resources|1|2026-04", 100],
    ["KPIs|payables", 100],
    ["KPIs|target|BIAS", 0.1],
    ["KPIs|trend|BIAS|2025-05", 0.2],
  ]);

  it("resolves the month grids: typed, else the data's, else blank; text in a number cell is blank", () => {
    const p = resolveInputs(data, t);
    expect([p.history, p.plan]).toEqual([
      ["2026-02", "2026-03"],
      ["2026-04", "2026-05"],
    ]);
    expect(p.config.families.map((f) => f.overtimePerMonth)).toEqual([8, undefined]);
    expect(p.actuals).toEqual([
      [10, 15],
      [null, 4],
    ]);
    expect(p.overrides).toEqual([
      [40, 50],
      [null, null],
    ]);
    // a reason of only spaces is none; a number typed as a comment stays a number
    expect(p.overrideNotes).toEqual({
      reason: [
        ["Promotion", null],
        [null, null],
      ],
      comment: [
        ["c", null],
        [7, null],
      ],
    });
    expect(p.supplyPlan).toEqual([
      [30, null],
      [null, 9],
    ]);
    expect(p.budget).toEqual({
      units: [
        [1, null],
        [null, null],
      ],
      revenue: [
        [2, 20],
        [null, null],
      ],
      grossMargin: [
        [3, null],
        [null, null],
      ],
    });
    expect(p.prices).toEqual({
      price: [
        [null, 11],
        [null, null],
      ],
      unitCost: [
        [null, null],
        [6, null],
      ],
    });
    expect([p.productionActuals, p.productionPlanned]).toEqual([
      [
        [null, 8],
        [null, null],
      ],
      [
        [null, 9],
        [5, null],
      ],
    ]);
    // last cycle's consensus of the plan months, and of the history months (the archived one)
    expect([p.previousConsensus, p.archivedConsensus]).toEqual([
      [
        [44, null],
        [null, 55],
      ],
      [
        [null, 33],
        [null, null],
      ],
    ]);
  });

  it("resolves the list sheets' rows with their spare rows, dates as serials", () => {
    const p = resolveInputs(data, t);
    // Pipeline: typed up to row 2, 25 spare rows; Orders 2 + 25; Actions 1 + 15; Resources 1 + 5; Routings 1 + 10
    expect([p.pipeline.length, p.orders.length, p.actions.length, p.resources.length, p.routings.length]).toEqual([
      27, 27, 16, 6, 11,
    ]);
    const blankDeal = { deal: null, family: null, quantity: null, stage: null, winProbability: null, closeMonth: null };
    expect(p.pipeline.slice(0, 2)).toStrictEqual([
      { deal: "D-1", family: "Pumps", quantity: 5, stage: "Proposal", winProbability: 0.5, closeMonth: "2026-05" },
      { ...blankDeal, family: "Valves" },
    ]);
    expect(p.pipeline[26]).toStrictEqual(blankDeal);
    // 46113 = 2026-04-01, 46115 = 2026-04-03, 46142 = 2026-04-30; "soon" is no date and stays text
    expect(p.orders.slice(0, 2)).toStrictEqual([
      {
        order: "SO-1",
        line: 1,
        family: "Pumps",
        quantityOrdered: 5,
        quantityDelivered: 5,
        promisedDate: 46113,
        deliveredDate: null,
      },
      {
        order: "SO-2",
        line: 1,
        family: "Valves",
        quantityOrdered: 2,
        quantityDelivered: 2,
        promisedDate: "soon",
        deliveredDate: 46115,
      },
    ]);
    expect(p.orders[2].order).toBeNull();
    expect(p.actions[0]).toStrictEqual({ decision: "Add a shift", owner: "Ann", dueDate: 46142, status: "Open" });
    expect(p.actions[1]).toStrictEqual({ decision: null, owner: null, dueDate: null, status: null });
    expect(p.resources.slice(0, 2)).toStrictEqual([
      { resource: "Line 1", capacity: 160, byMonth: [100, 120] },
      { resource: null, capacity: null, byMonth: [null, null] },
    ]);
    expect(p.routings.slice(0, 2)).toStrictEqual([
      { family: "Pumps", resource: "Line 1", hoursPerUnit: 0.5 },
      { family: null, resource: null, hoursPerUnit: null },
    ]);
    expect(resolveInputs(cycle(), typed([])).resources.length).toBe(5);
  });

  it("resolves the KPI inputs: working capital's target from the ceiling, receivables and payables", () => {
    const k = resolveInputs(data, t).kpiInputs;
    // 2 finance inputs + 13 KPIs x (target, band, previous and 11 trend months)
    expect(k.size).toBe(2 + 13 * 14);
    expect([k.get("receivables"), k.get("payables")]).toEqual([300.6, 100]);
    // round(500 + 300.6 - 100) = 701; its band round(701 x 0.05 = 35.05) = 35
    expect([k.get("target|WORKINGCAPITAL"), k.get("band|WORKINGCAPITAL")]).toEqual([701, 35]);
    expect([k.get("target|ACCURACY"), k.get("band|ACCURACY"), k.get("previous|ACCURACY")]).toEqual([0.8, 0.05, 0.7]);
    expect([k.get("target|BIAS"), k.get("band|BIAS"), k.get("previous|BIAS")]).toEqual([0.1, 0.05, null]);
    // the trend's 11 months are 2025-05 .. 2026-03: 2025-04 is left out
    expect([k.get("trend|ACCURACY|2026-03"), k.get("trend|ACCURACY|2025-05"), k.has("trend|ACCURACY|2025-04")]).toEqual(
      [0.75, null, false],
    );
    expect([k.get("trend|BIAS|2025-05"), k.get("trend|BIAS|2026-03")]).toEqual([0.2, null]);
  });

  it("gives working capital no target or band without both receivables and payables", () => {
    for (const [config, entries] of [
      [{}, []],
      [{ finance: { receivables: 300 } }, []],
      [{}, [["KPIs|payables", 100]]],
    ] as Array<[Partial<CycleData["config"]>, Array<[string, CellValue]>]>) {
      const k = resolveInputs(cycle({}, config), typed(entries)).kpiInputs;
      expect([k.get("target|WORKINGCAPITAL"), k.get("band|WORKINGCAPITAL")]).toEqual([null, null]);
    }
    const k = resolveInputs(cycle({}, { finance: { receivables: 300, payables: 100 } }), typed([])).kpiInputs;
    // round(500 + 300 - 100) = 700, band 35
    expect([k.get("target|WORKINGCAPITAL"), k.get("band|WORKINGCAPITAL")]).toEqual([700, 35]);
  });

  it("resolves the plan archive, its lag counted from the cycle month", () => {
    expect(resolveInputs(data, t).archive).toEqual([
      {
        cycleMonth: "2026-03",
        family: "Pumps",
        targetMonth: "2026-04",
        lag: 2,
        naive: 1,
        baseline: 2,
        override: null,
        reason: null,
        comment: null,
        consensus: 3,
      },
    ]);
  });
});
