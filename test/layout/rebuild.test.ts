/**
 * Rebuilding never loses work: fill inputs, re-scaffold with an added family and a longer
 * horizon, and find every typed value again in its keyed cell.
 */
import { sampleCycle } from "../../src/data/sample";
import { CycleData, FamilyConfig } from "../../src/core/model";
import { keys } from "../../src/layout/keys";
import { KEPT_SHEET, harvestInputs, readCycleConfig, readCycleData, rebuildWorkbook } from "../../src/layout/rebuild";
import { buildWorkbook } from "../../src/layout/workbook";
import { CellValue } from "../../src/layout/types";
import { keyedCells, valuesOf } from "./support/spec";

const NEW_FAMILY: FamilyConfig = {
  name: "Smart meters",
  unit: "units",
  price: 150,
  unitCost: 90,
  openingInventory: 300,
  capacityPerMonth: 500,
  targetDaysOfSupply: 30,
};

/** Types `typed` into the sheet values at each key's cell (as a user would). */
function typeInto(
  values: Map<string, CellValue[][]>,
  cells: ReturnType<typeof keyedCells>,
  typed: ReadonlyMap<string, CellValue>,
): void {
  for (const [key, v] of typed) {
    const at = cells.get(key);
    if (at === undefined) throw new Error(`no input cell ${key}`);
    const grid = values.get(at.sheet)!;
    while (grid.length <= at.row) grid.push([]);
    grid[at.row][at.col] = v;
  }
}

describe("rebuildWorkbook", () => {
  const data = sampleCycle();
  const [f0, f1, f2] = data.config.families.map((f) => f.name);
  const first = buildWorkbook(data);
  const cells = keyedCells(first);
  const typed = new Map<string, CellValue>([
    [keys.override(f0, "2026-04"), 2500],
    [keys.override(f2, "2027-08"), 11111],
    [keys.supplyPlan(f1, "2026-06"), 404],
    [keys.supplyPlan(f0, "2027-08"), 2999],
    [keys.actual(f1, "2025-11"), 321],
    [keys.actual(f0, "2024-03"), 1999],
    [keys.pipeline(31, "deal"), "D-2001 Nordic Water"],
    [keys.pipeline(31, "family"), f2],
    [keys.pipeline(31, "quantity"), 800],
    [keys.pipeline(31, "winProbability"), 0.5],
    [keys.pipeline(31, "closeMonth"), "2026-07"],
    [keys.pipeline(2, "winProbability"), 0.9],
    [keys.order(5, "quantityDelivered"), 1],
    [keys.action(3, "status"), "Closed"],
    [keys.action(11, "decision"), "Review the valve price list"],
    [keys.kpi("previous", "OTIF"), 0.88],
    [keys.kpi("target", "ACCURACY"), 0.85],
    [keys.kpiInput("payables"), 1234567],
  ]);
  const values = valuesOf(first);
  typeInto(values, cells, typed);

  it("keeps every typed value when a family is added and the horizon grows", () => {
    const bigger: CycleData = {
      ...data,
      config: { ...data.config, horizonMonths: 24, families: [...data.config.families, NEW_FAMILY] },
    };
    const rebuilt = rebuildWorkbook(values, bigger);
    const after = keyedCells(rebuilt);
    for (const [key, v] of typed) expect([key, after.get(key)?.value]).toEqual([key, v]);
    // The new family and the new months are there, with their defaults.
    expect(after.has(keys.override(NEW_FAMILY.name, "2027-09"))).toBe(true);
    expect(after.has(keys.supplyPlan(NEW_FAMILY.name, "2027-12"))).toBe(true);
    expect(rebuilt.sheets.some((s) => s.name === KEPT_SHEET)).toBe(false);
  });

  it("keeps the untouched inputs too (every old input cell's value is found again)", () => {
    const rebuilt = rebuildWorkbook(values, { ...data, config: { ...data.config, horizonMonths: 20 } });
    const after = keyedCells(rebuilt);
    const supply = rebuilt.sheets.find((s) => s.name === "Supply")!;
    let proposed = 0;
    for (const [key, at] of cells) {
      if (key.startsWith("Settings|") || key.startsWith("Families|")) continue;
      const v = values.get(at.sheet)![at.row][at.col];
      if (v === null || v === "") continue;
      if (key.startsWith("Supply|plan|") && !typed.has(key)) {
        // A supply month the planner did not type held the proposal: the rebuild proposes it
        // again for the new cycle (the cell says so: "=" the proposed cell just above it).
        const a = after.get(key)!;
        const cell = supply.cells[a.row][a.col]!;
        expect(cell.formula).toBe(`=${String.fromCharCode(65 + a.col)}${a.row}`);
        expect(cell.value).toBe(supply.cells[a.row - 1][a.col]!.value);
        proposed++;
        continue;
      }
      expect([key, after.get(key)?.value]).toEqual([key, v]);
    }
    expect(proposed).toBeGreaterThan(50);
  });

  it("moves inputs of a removed family or a shorter horizon to the Kept inputs sheet, and keeps them there", () => {
    const smaller: CycleData = {
      ...data,
      config: { ...data.config, horizonMonths: 12, families: data.config.families.filter((f) => f.name !== f2) },
    };
    const rebuilt = rebuildWorkbook(values, smaller);
    const kept = rebuilt.sheets.find((s) => s.name === KEPT_SHEET);
    expect(kept).toBeDefined();
    const keptKeys = new Map(kept!.cells.slice(4).map((r) => [r[0]?.value, r[2]?.value]));
    expect(keptKeys.get(keys.override(f2, "2027-08"))).toBe(11111);
    expect(keptKeys.get(keys.supplyPlan(f0, "2027-08"))).toBe(2999);
    // A later rebuild with the family back puts the value back in place.
    const again = rebuildWorkbook(valuesOf(rebuilt), { ...data, config: { ...data.config } });
    expect(keyedCells(again).get(keys.override(f2, "2027-08"))?.value).toBe(11111);
  });

  it("keeps text typed into a number cell in that cell, across rebuilds", () => {
    const withText = valuesOf(first);
    const note = new Map<string, CellValue>([[keys.override(f1, "2026-05"), "TBD after the trade show"]]);
    typeInto(withText, cells, note);
    const rebuilt = rebuildWorkbook(withText, { ...data, config: { ...data.config, horizonMonths: 20 } });
    expect(keyedCells(rebuilt).get(keys.override(f1, "2026-05"))?.value).toBe("TBD after the trade show");
    const again = rebuildWorkbook(valuesOf(rebuilt), data);
    expect(keyedCells(again).get(keys.override(f1, "2026-05"))?.value).toBe("TBD after the trade show");
  });

  it("takes the cycle's settings from the new cycle, not from the old cells", () => {
    const rebuilt = rebuildWorkbook(values, {
      ...data,
      config: { ...data.config, company: "Renamed Ltd", horizonMonths: 21 },
    });
    const after = keyedCells(rebuilt);
    expect(after.get(keys.settings("company"))?.value).toBe("Renamed Ltd");
    expect(after.get(keys.settings("horizonMonths"))?.value).toBe(21);
  });

  it("reads the cycle back: config, actuals, overrides, pipeline, orders, actions", () => {
    const cfg = readCycleConfig(valuesOf(first));
    expect(cfg).toEqual(data.config);
    const back = readCycleData(valuesOf(first))!;
    expect(back.actuals).toEqual(data.actuals);
    expect(back.overrides).toEqual(data.overrides);
    expect(back.pipeline).toEqual(data.pipeline);
    expect(back.orders).toEqual(data.orders);
    expect(back.actions).toEqual(data.actions);
  });

  it("reads a cycle month Excel turned into a date", () => {
    const v = valuesOf(first);
    v.get("Settings")![5][1] = 46082; // 2026-03-01 as an Excel serial
    expect(readCycleConfig(v)?.cycleMonth).toBe("2026-03");
  });

  it("returns null and harvests nothing from a workbook that was never scaffolded", () => {
    const blank = new Map([["Sheet1", [["hello"]]]]);
    expect(readCycleConfig(blank)).toBeNull();
    expect(readCycleData(blank)).toBeNull();
    expect(harvestInputs(blank).size).toBe(0);
  });
});
