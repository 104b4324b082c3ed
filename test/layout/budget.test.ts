/**
 * The Budget sheet and plan vs budget on Finance: typed budget values survive a rebuild (found by
 * family, measure and month, wherever the rows moved); Finance compares plan and budget month by
 * month and bridges the two, as formulas a real engine computes to the cached values; without a
 * budget, Finance shows no budget month and a bridge of zeros.
 */
import { sampleCycle } from "../../src/data/sample";
import { CycleData } from "../../src/core/model";
import { keys } from "../../src/layout/keys";
import { KEPT_SHEET, rebuildWorkbook } from "../../src/layout/rebuild";
import { buildWorkbook } from "../../src/layout/workbook";
import { CellValue, WorkbookSpec } from "../../src/layout/types";
import { blockRowOf, keyedCells, valuesOf } from "./support/spec";
import { loadEngine, mismatches } from "./support/engine";

const rowOf = blockRowOf;

const cellAt = (spec: WorkbookSpec, sheet: string, r: number, c: number): CellValue | undefined =>
  spec.sheets.find((x) => x.name === sheet)!.cells[r][c]?.value;

describe("the Budget sheet keeps what was typed", () => {
  const data: CycleData = { ...sampleCycle(), budget: undefined };
  const [f0, f1] = data.config.families.map((f) => f.name);
  const first = buildWorkbook(data);
  const cells = keyedCells(first);
  const typed = new Map<string, CellValue>([
    [keys.budget("units", f0, "2026-04"), 2500],
    [keys.budget("revenue", f0, "2026-04"), 1_050_000],
    [keys.budget("grossMargin", f1, "2027-08"), 123_456],
  ]);

  it("finds each value by family, measure and month after rows were inserted above, with a family added", () => {
    const values = valuesOf(first);
    const grid = values.get("Budget")!;
    for (const [key, v] of typed) {
      const at = cells.get(key)!;
      grid[at.row][at.col] = v;
    }
    grid.splice(5, 0, [], []); // two blank rows inserted inside the units block
    const bigger: CycleData = {
      ...data,
      config: { ...data.config, horizonMonths: 20, families: [...data.config.families, { ...data.config.families[0], name: "Smart meters" }] },
    };
    const rebuilt = rebuildWorkbook(values, bigger);
    const after = keyedCells(rebuilt);
    for (const [key, v] of typed) expect([key, after.get(key)?.value]).toEqual([key, v]);
    expect(after.get(keys.budget("units", "Smart meters", "2027-10"))?.value).toBeNull();
    expect(rebuilt.sheets.some((s) => s.name === KEPT_SHEET)).toBe(false);
  });

  it("moves the budget of a month the horizon no longer covers to Kept inputs, and back", () => {
    const values = valuesOf(first);
    const at = cells.get(keys.budget("grossMargin", f1, "2027-08"))!;
    values.get("Budget")![at.row][at.col] = 123_456;
    const shorter = rebuildWorkbook(values, { ...data, config: { ...data.config, horizonMonths: 12 } });
    const kept = shorter.sheets.find((s) => s.name === KEPT_SHEET)!;
    expect(new Map(kept.cells.slice(4).map((r) => [r[0]?.value, r[2]?.value])).get(keys.budget("grossMargin", f1, "2027-08"))).toBe(123_456);
    const again = rebuildWorkbook(valuesOf(shorter), data);
    expect(keyedCells(again).get(keys.budget("grossMargin", f1, "2027-08"))?.value).toBe(123_456);
  });
});

describe("plan vs budget on the Finance sheet", () => {
  const data = sampleCycle();
  const spec = buildWorkbook(data);
  const fam = data.config.families[1];
  const col = 2 + 1; // plan month 2026-04

  it("compares plan and budget by family and month: budget units and revenue from the budget, the gap = plan - budget", () => {
    const budget = data.budget!.find((b) => b.family === fam.name && b.month === "2026-04")!;
    const units = cellAt(spec, "Finance", rowOf(spec, "Finance", fam.name, "Plan units (consensus demand)"), col) as number;
    const revenue = cellAt(spec, "Finance", rowOf(spec, "Finance", fam.name, "Revenue"), col) as number;
    expect(cellAt(spec, "Finance", rowOf(spec, "Finance", fam.name, "Budget units"), col)).toBe(budget.units);
    expect(cellAt(spec, "Finance", rowOf(spec, "Finance", fam.name, "Units vs budget"), col)).toBeCloseTo(units - budget.units, 9);
    expect(cellAt(spec, "Finance", rowOf(spec, "Finance", fam.name, "Revenue vs budget"), col)).toBeCloseTo(revenue - budget.revenue, 6);
    expect(revenue).toBeCloseTo(units * fam.price, 6);
    // The sample's budget is its fiscal year 2026: plan months from 2027-01 are not budget months.
    const flag = rowOf(spec, "Finance", "All families", "Budget month (1 = budgeted)");
    expect(spec.sheets.find((s) => s.name === "Finance")!.cells[flag].slice(2, 20).map((c) => c?.value)).toEqual([...new Array(10).fill(1), ...new Array(8).fill(0)]);
    expect(cellAt(spec, "Finance", rowOf(spec, "Finance", fam.name, "Budget units"), 2 + 12)).toBe(""); // a blank result
  });

  it("recalculates (HyperFormula) to the plan model's numbers when a budget value is typed", () => {
    const engine = loadEngine(spec);
    try {
      const key = keys.budget("units", fam.name, "2026-06");
      const at = keyedCells(spec).get(key)!;
      engine.set(at.sheet, at.row, at.col, 999);
      const typed = new Map<string, CellValue>([[key, 999]]);
      for (const s of spec.sheets) for (const row of s.cells) for (const c of row) if (c?.key?.startsWith("Supply|plan|")) typed.set(c.key, c.value ?? null);
      const after = buildWorkbook(data, typed);
      expect(mismatches(after, engine, 20)).toEqual([]);
      expect(engine.value("Finance", rowOf(spec, "Finance", fam.name, "Budget units"), 2 + 3)).toBe(999);
    } finally {
      engine.destroy();
    }
  });

  it("without a budget: no budget month, blank budget rows, a bridge of zeros", () => {
    const none = buildWorkbook({ ...data, budget: undefined });
    const finance = none.sheets.find((s) => s.name === "Finance")!;
    const flag = rowOf(none, "Finance", "All families", "Budget month (1 = budgeted)");
    expect(finance.cells[flag].slice(2, 20).every((c) => c?.value === 0)).toBe(true);
    expect(cellAt(none, "Finance", rowOf(none, "Finance", fam.name, "Revenue vs budget"), col)).toBe("");
    const engine = loadEngine(none);
    try {
      expect(mismatches(none, engine, 20)).toEqual([]);
    } finally {
      engine.destroy();
    }
  });
});
