/**
 * The Supply sheet's proposed supply plan in the workbook: the strategy and lot size come from
 * the cycle (settings.csv, families.csv) or from what is typed on Settings and Families; months
 * not typed hold "=" the proposed cell; a rebuild keeps typed months and proposes the rest again.
 * Expected numbers are planned by hand in the comments (rule: src/core/plan-model/proposeSupply.ts).
 */
import { CycleData } from "../../src/core/model";
import { formatIssue, importCycle } from "../../src/io";
import { cycleToCsv } from "../../src/io/export";
import { keys } from "../../src/layout/keys";
import { planRebuild } from "../../src/layout/rebuild";
import { SUPPLY_POLICY_ROWS } from "../../src/layout/sheets/setup";
import { supplyRow, planCol, supplyBlockStart, FIRST_MONTH_COL } from "../../src/layout/geometry";
import { buildWorkbook } from "../../src/layout/workbook";
import { CellValue, SheetSpec, WorkbookSpec } from "../../src/layout/types";
import { minimal } from "../io/minimalCycle";
import { keyedCells, valuesOf } from "./support/spec";

// Family P: opening 0, capacity 100 a month, target 0 days; consensus = the overrides
// 40, 40, 40, 200, 40 (no pipeline). A peak of 200 in month 4 against a capacity of 100.
const months = ["2026-04", "2026-05", "2026-06", "2026-07", "2026-08"];
const data = (over: Partial<CycleData["config"]> = {}, family: Partial<CycleData["config"]["families"][number]> = {}): CycleData => ({
  config: {
    company: "Peak Co",
    cycleMonth: "2026-04",
    historyMonths: 1,
    horizonMonths: 5,
    businessType: "manufacturing",
    families: [{ name: "P", unit: "units", price: 10, unitCost: 6, openingInventory: 0, capacityPerMonth: 100, targetDaysOfSupply: 0, ...family }],
    targets: { revenuePerMonth: 0, grossMarginPct: 0, inventoryValueCeiling: 0 },
    ...over,
  },
  actuals: [{ family: "P", month: "2026-03", quantity: 40 }],
  overrides: [40, 40, 40, 200, 40].map((quantity, i) => ({ family: "P", month: months[i], quantity })),
  pipeline: [],
  orders: [],
  actions: [],
});

const sheet = (spec: WorkbookSpec, name: string): SheetSpec => spec.sheets.find((s) => s.name === name)!;
const row = (spec: WorkbookSpec, r: number): CellValue[] =>
  months.map((_, j) => sheet(spec, "Supply").cells[r][planCol(j)]?.value ?? null);

describe("the Supply sheet's proposal", () => {
  it("proposes target-seeking by default: builds ahead of the peak in the latest earlier months", () => {
    // Months 1-3 make 40; month 4 can make 100 of 200: month 3 builds 60 more (to 100), month 2 40 more (to 80).
    const spec = buildWorkbook(data());
    expect(row(spec, supplyRow(0, "proposed"))).toEqual([40, 80, 100, 100, 40]);
    expect(row(spec, supplyRow(0, "supply"))).toEqual([40, 80, 100, 100, 40]);
    expect(row(spec, supplyRow(0, "lost"))).toEqual([0, 0, 0, 0, 0]);
    const supply = sheet(spec, "Supply");
    // Each month not typed is "=" its proposed cell, just above it.
    months.forEach((_, j) => expect(supply.cells[supplyRow(0, "supply")][planCol(j)]?.formula).toBe(`=${String.fromCharCode(65 + planCol(j))}${supplyRow(0, "proposed") + 1}`));
    expect(supply.cells[supplyBlockStart(0)][FIRST_MONTH_COL]?.value).toBe(
      "Proposed: target-seeking, aiming at the target inventory, builds 100 ahead of peaks, snapshot of cycle 2026-04; type over the plan to override a month",
    );
    // The policy's defaults are written on Settings and Families, where they can be typed over.
    const settings = keyedCells(spec);
    expect(settings.get(keys.supplyPolicy("strategy"))?.value).toBe("target-seeking");
    expect(settings.get(keys.supplyPolicy("serviceLevel"))?.value).toBe(0.95);
    expect(settings.get(keys.supplyPolicy("inventoryTarget"))?.value).toBe("days of supply");
    expect(settings.get(keys.familyPolicy("lotSize", "P"))?.value).toBeNull();
    expect(settings.get(keys.familyPolicy("leadTimeMonths", "P"))?.value).toBe(1);
    expect(sheet(spec, "Settings").cells[SUPPLY_POLICY_ROWS.strategy][0]?.value).toBe("Supply strategy");
  });

  it("follows the cycle's strategy and lot size (chase; target-seeking in lots of 30)", () => {
    // Chase: demand within capacity, 40 40 40 100, then 40 + 100 backlog -> 100; 40 never shipped.
    const chase = buildWorkbook(data({ supplyPolicy: { strategy: "chase" } }));
    expect(row(chase, supplyRow(0, "supply"))).toEqual([40, 40, 40, 100, 100]);
    expect(row(chase, supplyRow(0, "lost"))).toEqual([0, 0, 0, 0, 40]);
    // Lots of 30 (at most 90 in a month): 40 -> 60 (inventory 20); 20 -> 30 (10); 30 -> 30 (0);
    // 200 -> 90, short 110: month 3 30 -> 90 (+60), month 2 30 + 50 -> 90 (+60); inventory 20,
    // 70, 120, 10; month 5 wants 40 - 10 = 30 -> 30.
    const lots = buildWorkbook(data({}, { lotSize: 30 }));
    expect(row(lots, supplyRow(0, "supply"))).toEqual([60, 90, 90, 90, 30]);
    expect(keyedCells(lots).get(keys.familyPolicy("lotSize", "P"))?.value).toBe(30);
  });

  it("takes the strategy typed on Settings over the cycle's", () => {
    // Level: (40+40+40+200+40) + last target 0 - opening 0 = 360 over 5 months = 72 each.
    const typed = new Map<string, CellValue>([[keys.supplyPolicy("strategy"), "Level"]]);
    const spec = buildWorkbook(data({ supplyPolicy: { strategy: "chase" } }), typed);
    expect(row(spec, supplyRow(0, "supply"))).toEqual([72, 72, 72, 72, 72]);
  });

  it("keeps a typed month through a rebuild, and proposes the others again for the new cycle", () => {
    const first = buildWorkbook(data());
    const cells = keyedCells(first);
    const values = valuesOf(first);
    const at = cells.get(keys.supplyPlan("P", "2026-05"))!;
    values.get("Supply")![at.row][at.col] = 0; // the planner types 0 in May
    // Rebuild with a capacity of 120: May stays 0; the others are proposed again around it:
    // April 40 + 40 for May (May short 40, April builds 40 ahead: 80); June 40; July 120 of 200,
    // short 80: June builds 80 ahead (120); August 40.
    const { spec } = planRebuild({ values }, data({}, { capacityPerMonth: 120 }));
    expect(row(spec, supplyRow(0, "supply"))).toEqual([80, 0, 120, 120, 40]);
    expect(row(spec, supplyRow(0, "proposed"))).toEqual([80, null, 120, 120, 40]);
    expect(sheet(spec, "Supply").cells[supplyRow(0, "supply")][planCol(1)]?.formula).toBeUndefined();
  });
});

describe("the supply policy in the CSV folder", () => {
  it("reads supply_strategy, service_level, inventory_target and the families' lot_size, minimum_run, lead_time_months, and exports them back", () => {
    const r = importCycle(
      minimal({
        "settings.csv": `${minimal()["settings.csv"]}supply_strategy,Chase\nservice_level,97.5%\ninventory_target,safety stock\n`,
        "families.csv": "family,unit,price,unit_cost,opening_inventory,capacity_per_month,target_days_of_supply,lot_size,minimum_run,lead_time_months\nSeats,seats,10,4,0,100,0,25,50,2\n",
      }),
    );
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.data.config.supplyPolicy).toEqual({ strategy: "chase", serviceLevel: 0.975, inventoryTarget: "safety stock" });
    expect(r.data.config.families[0]).toMatchObject({ lotSize: 25, minimumRun: 50, leadTimeMonths: 2 });
    const csv = cycleToCsv(r.data);
    expect(csv["settings.csv"]).toContain("supply_strategy,chase\r\nservice_level,0.975\r\ninventory_target,safety stock\r\n");
    expect(csv["families.csv"]).toBe(
      "family,unit,price,unit_cost,opening_inventory,capacity_per_month,target_days_of_supply,lot_size,minimum_run,lead_time_months\r\nSeats,seats,10,4,0,100,0,25,50,2\r\n",
    );
  });

  it("refuses a strategy it does not know and a lot size that is not whole", () => {
    const r = importCycle(
      minimal({
        "settings.csv": `${minimal()["settings.csv"]}supply_strategy,just in time\n`,
        "families.csv": "family,unit,price,unit_cost,opening_inventory,capacity_per_month,target_days_of_supply,lot_size\nSeats,seats,10,4,0,100,0,2.5\n",
      }),
    );
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^settings\.csv line 10, column value: expected one of "target-seeking", "chase", "level"/),
      expect.stringMatching(/^families\.csv line 2, column lot_size: expected a whole number of at least 0/),
    ]);
  });
});
