/**
 * The Production sheet: actual production and the lag-1 planned production by family and history
 * month, inputs kept by a rebuild (found by family, measure and month wherever the rows moved),
 * moved to Kept inputs when their month leaves the history window and put back when it returns.
 * Scaffolding the next cycle fills the planned production of the month that became history from
 * the old Supply sheet. Plan adherence (actual / planned production) shows "no data" and names
 * the missing input while either is missing.
 */
import { sampleCycle } from "../../src/data/sample";
import { CycleData } from "../../src/core/model";
import { keys } from "../../src/layout/keys";
import { KEPT_SHEET, rebuildWorkbook } from "../../src/layout/rebuild";
import { buildWorkbook } from "../../src/layout/workbook";
import { CellValue } from "../../src/layout/types";
import { keyedCells, valuesOf } from "./support/spec";
import { readNamedRange } from "../../src/layout/lookup";
import { NO_DATA } from "../../src/core/plan-model/kpis";
import { kpiSnapshot } from "../../src/deck/kpis";
import { loadEngine } from "./support/engine";

describe("the Production sheet keeps what was typed", () => {
  const data: CycleData = { ...sampleCycle(), productionActuals: undefined };
  const [f0, f1] = data.config.families.map((f) => f.name);
  const first = buildWorkbook(data);
  const cells = keyedCells(first);
  const typed = new Map<string, CellValue>([
    [keys.production("quantity", f0, "2026-02"), 2500],
    [keys.production("quantity", f1, "2025-06"), 1_234],
    [keys.production("planned", f1, "2025-07"), 1_300],
  ]);

  it("lays out the history months, every cell a blank input", () => {
    const sheet = first.sheets.find((s) => s.name === "Production")!;
    expect(sheet.kind).toBe("input");
    const history = data.config.historyMonths;
    for (const f of data.config.families) {
      expect(cells.get(keys.production("quantity", f.name, "2026-02"))?.value).toBeNull();
      expect(cells.get(keys.production("quantity", f.name, "2026-03"))).toBeUndefined(); // the cycle month is not history
    }
    const at = cells.get(keys.production("quantity", f0, "2026-02"))!;
    expect(at.col).toBe(2 + history - 1);
  });

  it("finds each value by family, measure and month after rows were inserted above, with a family added", () => {
    const values = valuesOf(first);
    const grid = values.get("Production")!;
    for (const [key, v] of typed) {
      const at = cells.get(key)!;
      grid[at.row][at.col] = v;
    }
    grid.splice(5, 0, [], []); // two blank rows inserted inside the block
    const bigger: CycleData = {
      ...data,
      config: { ...data.config, families: [...data.config.families, { ...data.config.families[0], name: "Smart meters" }] },
    };
    const rebuilt = rebuildWorkbook(values, bigger);
    const after = keyedCells(rebuilt);
    for (const [key, v] of typed) expect([key, after.get(key)?.value]).toEqual([key, v]);
    expect(after.get(keys.production("quantity", "Smart meters", "2026-02"))?.value).toBeNull();
    expect(rebuilt.sheets.some((s) => s.name === KEPT_SHEET)).toBe(false);
  });

  it("moves production of a month the history no longer covers to Kept inputs, and back", () => {
    const values = valuesOf(first);
    const key = keys.production("quantity", f1, "2025-06");
    const at = cells.get(key)!;
    values.get("Production")![at.row][at.col] = 1_234;
    const shorter = rebuildWorkbook(values, { ...data, config: { ...data.config, historyMonths: 6 } });
    const kept = shorter.sheets.find((s) => s.name === KEPT_SHEET)!;
    expect(new Map(kept.cells.slice(4).map((r) => [r[0]?.value, r[2]?.value])).get(key)).toBe(1_234);
    const again = rebuildWorkbook(valuesOf(shorter), data);
    expect(keyedCells(again).get(key)?.value).toBe(1_234);
  });
});

describe("scaffolding the next cycle", () => {
  it("fills the planned production of the month that became history with the old Supply sheet's plan for it", () => {
    const data = sampleCycle(); // cycle 2026-03
    const first = buildWorkbook(data);
    const rebuilt = rebuildWorkbook(valuesOf(first), { ...data, config: { ...data.config, cycleMonth: "2026-04" } });
    const cells = keyedCells(rebuilt);
    const oldSupply = readNamedRange(first, "SOP_Supply") as number[][]; // F x plan months from 2026-03
    data.config.families.forEach((f, i) => {
      expect([f.name, cells.get(keys.production("planned", f.name, "2026-03"))?.value]).toEqual([f.name, oldSupply[i][0]]);
      // an older month keeps what it had (the sample's production_actuals.csv)
      const given = data.productionActuals!.find((r) => r.family === f.name && r.month === "2026-02")!;
      expect(cells.get(keys.production("planned", f.name, "2026-02"))?.value).toBe(given.planned);
    });
  });
});

describe("plan adherence without production inputs", () => {
  const PLAN_ADHERENCE_ROW = 4 + 2; // the third KPI, row 7
  const valueOf = (spec: ReturnType<typeof buildWorkbook>) => spec.sheets.find((s) => s.name === "KPIs")!.cells[PLAN_ADHERENCE_ROW];

  it.each([
    ["no production actuals", undefined],
    ["production actuals but no planned production", sampleCycle().productionActuals!.map((r) => ({ ...r, planned: null }))],
  ])("shows no data with %s, in the cached value and in a real formula engine, and the status n/a", (_name, production) => {
    const spec = buildWorkbook({ ...sampleCycle(), productionActuals: production });
    const row = valueOf(spec);
    expect(row[0]?.value).toBe("Plan adherence");
    expect(row[2]?.value).toBe(NO_DATA);
    expect(row[4]?.value).toBe("n/a");
    const engine = loadEngine(spec);
    try {
      expect(engine.value("KPIs", PLAN_ADHERENCE_ROW, 2)).toBe(NO_DATA);
      expect(engine.value("KPIs", PLAN_ADHERENCE_ROW, 4)).toBe("n/a");
    } finally {
      engine.destroy();
    }
  });

  it("the deck names the missing input", () => {
    const [line] = kpiSnapshot([{ name: "Plan adherence", category: "Plan quality", value: null, target: 1, status: "n/a", previous: null, unit: "ratio", noData: true }]);
    expect(line.missing).toBe(
      "production actuals: type Actual production and Planned production (lag 1) on the Production sheet (or quantity and planned in production_actuals.csv); planned production fills in from the Supply sheet when the next cycle is scaffolded",
    );
  });

  it("the sample company has production: plan adherence is a number near 1", () => {
    const v = valueOf(buildWorkbook(sampleCycle()))[2]?.value;
    expect(typeof v).toBe("number");
    expect(Math.abs((v as number) - 1)).toBeLessThan(0.05);
  });
});
