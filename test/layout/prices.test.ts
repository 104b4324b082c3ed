/**
 * Prices and unit costs by month: a value on the Prices sheet (or prices.csv) overrides the
 * Families price or unit cost for that month only; Finance's revenue, COGS, gross margin and
 * inventory value use it, as formulas a real engine computes to the cached values; a typed value
 * survives a rebuild.
 */
import { sampleCycle } from "../../src/data/sample";
import { CycleData } from "../../src/core/model";
import { keys } from "../../src/layout/keys";
import { rebuildWorkbook } from "../../src/layout/rebuild";
import { buildWorkbook } from "../../src/layout/workbook";
import { CellValue, WorkbookSpec } from "../../src/layout/types";
import { blockRowOf, keyedCells, valuesOf } from "./support/spec";
import { loadEngine, mismatches } from "./support/engine";

const rowOf = blockRowOf;

const value = (spec: WorkbookSpec, sheet: string, r: number, c: number): number =>
  spec.sheets.find((x) => x.name === sheet)!.cells[r][c]?.value as number;

describe("prices and unit costs by month", () => {
  const base = sampleCycle();
  // Valves: 85 and 41 on Families; 90 and 45 in 2026-05; a price of 88 alone in 2026-06.
  const data: CycleData = {
    ...base,
    prices: [
      { family: "Valves", month: "2026-05", price: 90, unitCost: 45 },
      { family: "Valves", month: "2026-06", price: 88, unitCost: null },
    ],
  };
  const spec = buildWorkbook(data);
  const at = (measure: string, month: number): number => value(spec, "Finance", rowOf(spec, "Finance", "Valves", measure), 2 + month);
  const consensus = (month: number): number => at("Plan units (consensus demand)", month);
  const inventory = (month: number): number => value(spec, "Supply", rowOf(spec, "Supply", "Valves", "Projected inventory"), 2 + month);

  it("uses the month's price and unit cost where given, the Families values elsewhere (hand calculation)", () => {
    // 2026-04 (month 1): Families values.
    expect(at("Price", 1)).toBe(85);
    expect(at("Revenue", 1)).toBeCloseTo(consensus(1) * 85, 6);
    expect(at("COGS", 1)).toBeCloseTo(consensus(1) * 41, 6);
    // 2026-05 (month 2): 90 and 45.
    expect([at("Price", 2), at("Unit cost", 2)]).toEqual([90, 45]);
    expect(at("Revenue", 2)).toBeCloseTo(consensus(2) * 90, 6);
    expect(at("COGS", 2)).toBeCloseTo(consensus(2) * 45, 6);
    expect(at("Gross margin", 2)).toBeCloseTo(consensus(2) * (90 - 45), 6);
    expect(at("Inventory value", 2)).toBeCloseTo(Math.max(0, inventory(2)) * 45, 6);
    // 2026-06 (month 3): the price alone; the unit cost stays 41.
    expect([at("Price", 3), at("Unit cost", 3)]).toEqual([88, 41]);
    expect(at("Gross margin", 3)).toBeCloseTo(consensus(3) * (88 - 41), 6);
    // The workbook without prices: 2026-05 at 85.
    const plain = buildWorkbook(base);
    expect(value(plain, "Finance", rowOf(plain, "Finance", "Valves", "Revenue"), 4)).toBeCloseTo(consensus(2) * 85, 6);
  });

  it("recalculates (HyperFormula) to the cached values, and after a price is typed on the Prices sheet", () => {
    const engine = loadEngine(spec);
    try {
      expect(mismatches(spec, engine, 20)).toEqual([]);
      const key = keys.price("price", "Valves", "2026-07");
      const cell = keyedCells(spec).get(key)!;
      engine.set(cell.sheet, cell.row, cell.col, 99);
      const typed = new Map<string, CellValue>([[key, 99]]);
      for (const s of spec.sheets) for (const row of s.cells) for (const c of row) if (c?.key?.startsWith("Supply|plan|")) typed.set(c.key, c.value ?? null);
      expect(mismatches(buildWorkbook(data, typed), engine, 20)).toEqual([]);
      expect(engine.value("Finance", rowOf(spec, "Finance", "Valves", "Revenue"), 2 + 4)).toBeCloseTo(consensus(4) * 99, 6);
    } finally {
      engine.destroy();
    }
  });

  it("keeps a typed price and unit cost through a rebuild", () => {
    const values = valuesOf(spec);
    const cells = keyedCells(spec);
    const typed = new Map<string, CellValue>([
      [keys.price("unitCost", "Controllers", "2026-09"), 333],
      [keys.price("price", "Compact pumps", "2027-01"), 444],
    ]);
    for (const [key, v] of typed) {
      const c = cells.get(key)!;
      values.get("Prices")![c.row][c.col] = v;
    }
    const after = keyedCells(rebuildWorkbook(values, { ...data, config: { ...data.config, horizonMonths: 20 } }));
    for (const [key, v] of typed) expect([key, after.get(key)?.value]).toEqual([key, v]);
    expect(after.get(keys.price("price", "Valves", "2026-05"))?.value).toBe(90);
  });
});
