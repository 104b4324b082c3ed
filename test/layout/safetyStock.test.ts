/**
 * Safety stock on the Supply sheet: z(service level) x sigma x sqrt(lead time), worked by hand,
 * cached by the core and recalculated by HyperFormula and LibreOffice to the same numbers.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { CycleData } from "../../src/core/model";
import { computePlan } from "../../src/core/plan-model/plan";
import { resolveInputs } from "../../src/layout/inputs";
import { abs, addr, range } from "../../src/layout/a1";
import { demandCol, demandRow, planCol, supplyRow, supplySigmaRow } from "../../src/layout/geometry";
import { sigmaCol } from "../../src/layout/sheets/supplySigma";
import { buildContext, buildWorkbook } from "../../src/layout/workbook";
import { writeXlsx } from "../../src/render/xlsx";
import { compareRecalc } from "../render/xlsx/compare";
import { recalcWithLibreOffice } from "../render/xlsx/libreoffice";
import { readRawCells } from "../render/xlsx/rawCells";
import { loadEngine, mismatches } from "./support/engine";

// Family S: history 2026-01..04 sold 100, 120, 80, 110; the consensus planned for those months
// (archived) was 100 each. Errors actual - consensus: 0, 20, -20, 10.
// sigma = sqrt((0 + 400 + 400 + 100) / 4) = sqrt(225) = 15.
// Service level 95 %: z = 1.6448536269514722 (R: qnorm(0.95)). Lead time 4 months: sqrt(4) = 2.
// Safety stock = 1.6448536269514722 x 15 x 2 = 49.345608808544166.
// Plan 2026-05..08: overrides 90 a month, so the days-of-supply window averages 90 a month and
// safety stock in days = 49.345608808544166 / (90 / 30.4375) = 16.688...
const Z95 = 1.6448536269514722;
const SS = Z95 * 15 * 2;
const history = ["2026-01", "2026-02", "2026-03", "2026-04"];
const plan = ["2026-05", "2026-06", "2026-07", "2026-08"];
const data = (inventoryTarget: "days of supply" | "safety stock"): CycleData => ({
  config: {
    company: "Buffer Co",
    cycleMonth: "2026-05",
    historyMonths: 4,
    horizonMonths: 4,
    businessType: "manufacturing",
    families: [{ name: "S", unit: "units", price: 10, unitCost: 6, openingInventory: 50, capacityPerMonth: 200, targetDaysOfSupply: 10, lotSize: 40, leadTimeMonths: 4 }],
    targets: { revenuePerMonth: 0, grossMarginPct: 0, inventoryValueCeiling: 0 },
    supplyPolicy: { serviceLevel: 0.95, inventoryTarget },
  },
  actuals: [100, 120, 80, 110].map((quantity, i) => ({ family: "S", month: history[i], quantity })),
  overrides: plan.map((month) => ({ family: "S", month, quantity: 90 })),
  previousConsensus: history.map((month) => ({ family: "S", month, quantity: 100 })),
  pipeline: [],
  orders: [],
  actions: [],
});

describe("safety stock", () => {
  it("is z x sigma x sqrt(lead time) from the history's errors, and in days of the coming demand", () => {
    const s = computePlan(resolveInputs(data("days of supply"), new Map())).families[0].supply;
    s.safetyStock.forEach((v) => expect(v).toBeCloseTo(SS, 9));
    expect(SS).toBeCloseTo(49.345608808544166, 12);
    expect(s.safetyStockDays[0]).toBeCloseTo(SS / (90 / 30.4375), 9);
    // Target days of supply (10 days of 90 a month) stays the target inventory by default.
    expect(s.targetInventory[0]).toBeCloseTo((10 * 90) / 30.4375, 9);
  });

  it("with the inventory target 'safety stock', aims the proposal at safety stock + cycle stock (half a lot)", () => {
    // Target = 49.3456 + 40 / 2 = 69.3456. Lots of 40, opening 50: May wants 90 + 69.35 - 50 =
    // 109.35 -> 120 (inventory 80); June 90 + 69.35 - 80 = 79.35 -> 80 (70); July 89.35 -> 120
    // (100); August 59.35 -> 80 (90).
    const s = computePlan(resolveInputs(data("safety stock"), new Map())).families[0].supply;
    s.targetInventory.forEach((v) => expect(v).toBeCloseTo(SS + 20, 9));
    expect(s.supply).toEqual([120, 80, 120, 80]);
  });

  it.each(["days of supply", "safety stock"] as const)("HyperFormula computes the sheet's formulas to the cached values (%s)", (target) => {
    const spec = buildWorkbook(data(target));
    const engine = loadEngine(spec);
    try {
      expect(mismatches(spec, engine)).toEqual([]);
      expect(engine.value("Supply", supplyRow(0, "safetyStock"), planCol(0))).toBeCloseTo(SS, 9);
      expect(engine.value("Supply", supplyRow(0, "targetInventory"), planCol(0))).toBeCloseTo(target === "safety stock" ? SS + 20 : 900 / 30.4375, 9);
      const supply = spec.sheets.find((x) => x.name === "Supply")!;
      // The block reads the "Safety stock by family" table, where sigma comes from the history's
      // diff row (this cycle has no Plan archive).
      const r = supplySigmaRow(buildContext(data(target)).geo, 0);
      const diff = `Demand!${range(demandRow(0, "diff"), demandCol(0), demandRow(0, "diff"), demandCol(3), true)}`;
      const c = (col: Parameters<typeof sigmaCol>[0]) => addr(r, sigmaCol(col));
      expect(supply.cells[supplyRow(0, "safetyStock")][planCol(0)]?.formula).toBe(`=${abs(r, sigmaCol("safetyStock"))}`);
      expect(supply.cells[r][sigmaCol("historySigma")]?.formula).toBe(`=IF(${c("historyMonths")}=0,"",SQRT(SUMSQ(${diff})/${c("historyMonths")}))`);
      expect(supply.cells[r][sigmaCol("source")]?.value).toBe("history, 4 months");
      expect(supply.cells[r][sigmaCol("safetyStock")]?.formula).toMatch(/^=IF\([A-Z]+\d+="","",NORM\.S\.INV\(.*\)\*[A-Z]+\d+\*SQRT\([A-Z]+\d+\)\)$/);
    } finally {
      engine.destroy();
    }
  });

  it("LibreOffice recalculates the safety stock rows to the cached values", async () => {
    const spec = buildWorkbook(data("safety stock"));
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-ss-lo-"));
    const file = path.join(dir, "ss.xlsx");
    await writeXlsx(spec, file);
    const written = await readRawCells(file);
    const recalculated = await readRawCells(await recalcWithLibreOffice(file));
    expect(compareRecalc(written, recalculated, spec.names).problems).toEqual([]);
    const cell = (row: number, j: number) => recalculated.get("Supply")?.get(addr(row, planCol(j)));
    for (let j = 0; j < plan.length; j++) {
      expect(cell(supplyRow(0, "safetyStock"), j)?.value).toBeCloseTo(SS, 6);
      expect(cell(supplyRow(0, "targetInventory"), j)?.value).toBeCloseTo(SS + 20, 6);
    }
    expect(cell(supplyRow(0, "safetyStockDays"), 0)?.value).toBeCloseTo(SS / (90 / 30.4375), 6);
    await fs.rm(dir, { recursive: true, force: true });
  }, 120_000);
});
