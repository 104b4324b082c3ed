/**
 * The tracking-signal KPI on the KPIs sheet: declared once (src/core/plan-model/kpis.ts), it
 * reads the same ranges as forecast accuracy (actual sales and the lag-1 consensus of the
 * history months), and its cached value is the tracking signal worked out here by hand from
 * those cells: sum(A - F) / mean|A - F| over the months where both are numbers.
 */
import { sampleCycle } from "../../src/data/sample";
import { buildWorkbook } from "../../src/layout/workbook";
import { CellValue, WorkbookSpec } from "../../src/layout/types";
import { parseRef } from "../../src/layout/a1";

const spec = buildWorkbook(sampleCycle());
const kpis = spec.sheets.find((s) => s.name === "KPIs")!;
const rowOf = (label: string): number => kpis.cells.findIndex((r) => r[0]?.value === label);

function cellsOf(s: WorkbookSpec, ref: string): CellValue[] {
  const { sheet, r1, c1, r2, c2 } = parseRef(ref);
  const grid = s.sheets.find((x) => x.name === sheet)!.cells;
  const out: CellValue[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(grid[r]?.[c]?.value ?? null);
  return out;
}

describe("the tracking signal KPI", () => {
  const r = rowOf("Tracking signal");
  const formula = kpis.cells[r][2]!.formula!;
  const accuracy = kpis.cells[rowOf("Forecast accuracy")][2]!.formula!;

  it("is an SOP.TRACKINGSIGNAL formula over the ranges forecast accuracy reads", () => {
    expect(formula.replace("TRACKINGSIGNAL", "X")).toBe(accuracy.replace("FORECASTACCURACY", "X"));
  });

  it("caches sum(A - F) / mean|A - F| of those cells, worked out here", () => {
    const [aRef, fRef] = formula.slice(formula.indexOf("(") + 1, -1).split(",");
    const a = cellsOf(spec, aRef);
    const f = cellsOf(spec, fRef);
    let sum = 0;
    let abs = 0;
    let n = 0;
    a.forEach((x, i) => {
      const y = f[i];
      if (typeof x !== "number" || typeof y !== "number") return;
      sum += x - y;
      abs += Math.abs(x - y);
      n++;
    });
    expect(n).toBeGreaterThan(0);
    expect(kpis.cells[r][2]!.value).toBeCloseTo(sum / (abs / n), 9);
  });

  it("is judged close to a target of 0 with a band of 4", () => {
    const value = kpis.cells[r][2]!.value as number;
    expect([kpis.cells[r][3]?.value, kpis.cells[r][8]?.value]).toEqual([0, 4]); // target and watch band (inputs)
    expect(kpis.cells[r][4]!.formula).toBe(
      `=IF(ISNUMBER(C${r + 1}),IF(ABS(C${r + 1}-D${r + 1})<=I${r + 1},"On target",IF(ABS(C${r + 1}-D${r + 1})<=2*I${r + 1},"Watch","Off target")),"n/a")`,
    );
    expect(Math.abs(value)).toBeLessThan(100);
  });
});
