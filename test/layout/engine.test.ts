/**
 * The layout's formulas, evaluated by a real formula engine (HyperFormula, with SOP.* backed by
 * the add-in's custom functions), against the cached values the plan model wrote.
 */
import { sampleCycle } from "../../src/data/sample";
import { CycleData } from "../../src/core/model";
import { buildWorkbook } from "../../src/layout/workbook";
import { WorkbookSpec, CellValue } from "../../src/layout/types";
import { keys } from "../../src/layout/keys";
import { loadEngine, mismatches, Engine } from "./support/engine";

function findKey(spec: WorkbookSpec, key: string): { sheet: string; row: number; col: number; value: CellValue | undefined } {
  for (const s of spec.sheets)
    for (let r = 0; r < s.cells.length; r++)
      for (let c = 0; c < s.cells[r].length; c++) if (s.cells[r][c]?.key === key) return { sheet: s.name, row: r, col: c, value: s.cells[r][c]?.value };
  throw new Error(`no cell with key ${key}`);
}

/** Row index on `sheet` whose column A is `a` and column B is `b`. */
function rowOf(spec: WorkbookSpec, sheet: string, a: string | null, b: string, from = 0): number {
  const s = spec.sheets.find((x) => x.name === sheet)!;
  let block: string | null = null;
  for (let r = from; r < s.cells.length; r++) {
    const first = s.cells[r][0]?.value;
    if (typeof first === "string" && first !== "") block = first;
    if (s.cells[r][1]?.value === b && (a === null || block === a)) return r;
  }
  throw new Error(`no row ${a}/${b} on ${sheet}`);
}

describe("the workbook under a real formula engine", () => {
  const data = sampleCycle();
  const spec = buildWorkbook(data);
  let engine: Engine;
  beforeAll(() => {
    engine = loadEngine(spec);
  });
  afterAll(() => engine.destroy());

  it("computes every formula cell to its cached value (1e-9 relative)", () => {
    const formulas = spec.sheets.reduce((n, s) => n + s.cells.reduce((m, r) => m + r.filter((c) => c?.formula !== undefined).length, 0), 0);
    expect(formulas).toBeGreaterThan(3000);
    expect(mismatches(spec, engine, 20)).toEqual([]);
  });

  it("evaluates the twelve SOP.* KPIs to numbers, none an error", () => {
    for (let r = 4; r < 16; r++) expect(typeof engine.value("KPIs", r, 2)).toBe("number");
  });

  it("shows no error in any native-formula cell", () => {
    const errors: string[] = [];
    for (const s of spec.sheets)
      s.cells.forEach((row, r) =>
        row.forEach((c, col) => {
          if (c?.formula === undefined || c.formula.includes("SOP.")) return;
          const v = engine.value(s.name, r, col);
          if (typeof v === "string" && v.startsWith("#")) errors.push(`${s.name}!R${r + 1}C${col + 1} ${v}`);
        }),
      );
    expect(errors).toEqual([]);
  });
});

describe("changing an override", () => {
  const data = sampleCycle();
  const spec = buildWorkbook(data);
  const family = data.config.families[0];
  const month = "2026-05";

  it("moves consensus, supply gaps, finance, gaps and KPIs through the formulas, to the plan model's numbers", () => {
    const engine = loadEngine(spec);
    try {
      const cell = findKey(spec, keys.override(family.name, month));
      const consensusRow = rowOf(spec, "Demand", family.name, "Consensus demand", 12);
      const before = engine.value("Demand", consensusRow, cell.col) as number;
      const pipelineRow = rowOf(spec, "Demand", family.name, "Weighted pipeline", 12);
      const pipeline = engine.value("Demand", pipelineRow, cell.col) as number;
      const revenueRow = rowOf(spec, "Finance", family.name, "Revenue", 12);
      const financeCol = cell.col - data.config.historyMonths;
      const revenueBefore = engine.value("Finance", revenueRow, financeCol) as number;
      const turnsBefore = engine.value("KPIs", 7, 2) as number;

      const override = 9000;
      engine.set(cell.sheet, cell.row, cell.col, override);

      // Hand calculation: consensus = override + weighted pipeline; revenue = consensus x price.
      expect(engine.value("Demand", consensusRow, cell.col)).toBeCloseTo(override + pipeline, 9);
      expect(engine.value("Finance", revenueRow, financeCol)).toBeCloseTo((override + pipeline) * family.price, 6);
      expect(engine.value("Demand", consensusRow, cell.col)).not.toBeCloseTo(before, 3);
      expect(engine.value("Finance", revenueRow, financeCol)).not.toBeCloseTo(revenueBefore, 3);
      expect(engine.value("KPIs", 7, 2)).not.toBeCloseTo(turnsBefore, 6);

      // The whole workbook now equals the plan model's numbers for the same inputs: the override
      // typed and the supply plan as it was (an input the planner did not touch).
      const typed = new Map<string, CellValue>([[keys.override(family.name, month), override]]);
      for (const s of spec.sheets) for (const row of s.cells) for (const c of row) if (c?.key?.startsWith("Supply|plan|")) typed.set(c.key, c.value ?? null);
      const after = buildWorkbook(data, typed);
      expect(mismatches(after, engine, 20)).toEqual([]);
      // Unserved demand appears (late or lost): the override is far above capacity and the supply plan stayed.
      const late = engine.value("Supply", rowOf(spec, "Supply", family.name, "Late demand", 12), financeCol) as number;
      const lost = engine.value("Supply", rowOf(spec, "Supply", family.name, "Lost demand", 12), financeCol) as number;
      expect(late + lost).toBeGreaterThan(0);
    } finally {
      engine.destroy();
    }
  });

  it("clearing an override falls back to the baseline", () => {
    const withOverride: CycleData = { ...data, overrides: [...data.overrides, { family: family.name, month, quantity: 1234 }] };
    const s2 = buildWorkbook(withOverride);
    const engine = loadEngine(s2);
    try {
      const cell = findKey(s2, keys.override(family.name, month));
      engine.set(cell.sheet, cell.row, cell.col, null);
      const typed = new Map<string, CellValue>();
      for (const s of s2.sheets) for (const row of s.cells) for (const c of row) if (c?.key?.startsWith("Supply|plan|")) typed.set(c.key, c.value ?? null);
      expect(mismatches(buildWorkbook(data, typed), engine, 20)).toEqual([]);
    } finally {
      engine.destroy();
    }
  });
});

describe("other business types", () => {
  it("a SaaS cycle evaluates the same way, with onboarding words", () => {
    const data = sampleCycle();
    const saas: CycleData = { ...data, config: { ...data.config, businessType: "saas", historyMonths: 13, horizonMonths: 7 } };
    const spec = buildWorkbook(saas);
    const supply = spec.sheets.find((s) => s.name === "Supply")!;
    const labels = supply.cells.map((r) => r[1]?.value);
    expect(labels).toContain("Onboarding plan");
    expect(labels).toContain("Onboarding capacity");
    expect(labels).toContain("Projected onboarding backlog");
    const engine = loadEngine(spec);
    try {
      expect(mismatches(spec, engine, 20)).toEqual([]);
    } finally {
      engine.destroy();
    }
  });
});
