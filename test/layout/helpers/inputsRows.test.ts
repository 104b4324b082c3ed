/**
 * More of src/layout/inputs.ts on a tiny hand-made cycle: typed rows past the data on every list
 * sheet, typed resource names and capacities, a resource without monthly capacities, typed KPI
 * inputs, and the archive in the cycle's family order. Each expected value is read off the data
 * and typed values written here.
 */
import { CycleData } from "../../../src/core/model";
import { resolveInputs, tableRows } from "../../../src/layout/inputs";
import type { CellValue } from "../../../src/layout/types";
import { fam, tinyCycle } from "../support/tinyCycle";

/** Valves then Pumps (not alphabetical); history 2026-02 and 2026-03, plan 2026-04 and 2026-05. */
const cycle = (over: Partial<CycleData> = {}): CycleData =>
  tinyCycle(over, {
    families: [
      { name: "Valves", ...fam },
      { name: "Pumps", ...fam },
    ],
  });

const typed = (entries: Array<[string, CellValue]>): Map<string, CellValue> => new Map(entries);

describe("list sheets' rows with rows typed past the data", () => {
  it("run to the highest typed row, not the last one found", () => {
    const t = typed([
      ["Pipeline|30|deal", "D-30"],
      ["Pipeline|7|deal", "D-7"],
    ]);
    expect(tableRows(0, t, "Pipeline", () => 0)).toBe(30);
  });

  it("count each sheet's own typed rows: Orders, Actions, Resources, Routings", () => {
    const t = typed([
      ["Orders|40|order", "SO-40"],
      ["Actions|20|decision", "Call"],
      ["Resources|9|resource", "Line 9"],
      ["Routings|12|family", "Pumps"],
    ]);
    const p = resolveInputs(cycle(), t);
    // 40 + max(25, ceil(40 / 5) = 8); 20 + max(15, 20); 9 + max(5, ceil(9 / 2) = 5); 12 + max(10, 6)
    expect([p.orders.length, p.actions.length, p.resources.length, p.routings.length]).toEqual([65, 40, 14, 22]);
    expect([p.orders[39].order, p.actions[19].decision, p.resources[8].resource, p.routings[11].family]).toEqual([
      "SO-40",
      "Call",
      "Line 9",
      "Pumps",
    ]);
  });

  it("without any given or typed, are only the spare rows: 25 deals, 25 orders, 15 actions, 5 resources, 10 routings", () => {
    const p = resolveInputs(cycle(), typed([]));
    expect([p.pipeline.length, p.orders.length, p.actions.length, p.resources.length, p.routings.length]).toEqual([
      25, 25, 15, 5, 10,
    ]);
  });
});

describe("the Resources rows", () => {
  it("take a typed name and capacity by row over the cycle's, and a resource without monthly capacities", () => {
    const data = cycle({
      resources: [
        { name: "Line 1", capacityPerMonth: 160, capacityByMonth: { "2026-05": 120 } },
        { name: "Line 2", capacityPerMonth: 80 },
      ],
    });
    const t = typed([
      ["Resources|1|capacity", 150],
      ["Resources|2|resource", "Line B"],
    ]);
    expect(resolveInputs(data, t).resources.slice(0, 3)).toStrictEqual([
      { resource: "Line 1", capacity: 150, byMonth: [null, 120] },
      { resource: "Line B", capacity: 80, byMonth: [null, null] },
      { resource: null, capacity: null, byMonth: [null, null] },
    ]);
  });
});

describe("the KPI inputs typed on the KPIs sheet", () => {
  it("take a typed receivable and a typed watch band over the cycle's and the KPI's own", () => {
    const data = cycle();
    const withFinance: CycleData = {
      ...data,
      config: { ...data.config, finance: { receivables: 300, payables: 100 } },
    };
    const k = resolveInputs(
      withFinance,
      typed([
        ["KPIs|receivables", 400],
        ["KPIs|band|BIAS", 0.2],
      ]),
    ).kpiInputs;
    // working capital's target: round(500 + 400 - 100) = 800
    expect([k.get("receivables"), k.get("target|WORKINGCAPITAL"), k.get("band|BIAS")]).toEqual([400, 800, 0.2]);
  });
});

describe("the plan archive's rows", () => {
  it("come in the cycle's family order (Valves before Pumps)", () => {
    const row = (family: string) => ({
      cycleMonth: "2026-03",
      family,
      targetMonth: "2026-04",
      naive: null,
      baseline: null,
      override: null,
      reason: null,
      comment: null,
      consensus: 1,
    });
    const p = resolveInputs(cycle({ planArchive: [row("Pumps"), row("Valves")] }), typed([]));
    expect(p.archive.map((a) => a.family)).toEqual(["Valves", "Pumps"]);
  });
});
