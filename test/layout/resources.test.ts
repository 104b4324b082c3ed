/**
 * Rough-cut capacity on the sheets: the Resources and Routings input sheets, the Supply sheet's
 * load vs capacity tables on the two-resource example worked out by hand (test/plan-model/
 * twoResources.ts), recalculated by HyperFormula (also after typing) and LibreOffice to the cached values, the
 * overloads on the Gaps agenda and in the deck's supply summary, and the typed inputs kept by a
 * rebuild and read back by readCycleData.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { isSopError } from "../../src/core/errors";
import { writeXlsx } from "../../src/render/xlsx";
import { addr } from "../../src/layout/a1";
import { compareRecalc } from "../render/xlsx/compare";
import { recalcWithLibreOffice } from "../render/xlsx/libreoffice";
import { readRawCells } from "../render/xlsx/rawCells";
import { specReader } from "../../src/cli/named";
import { deckInputFromNames } from "../../src/deck/input";
import { buildDeckSheet } from "../../src/deck/sheet";
import { keys } from "../../src/layout/keys";
import { readCycleData, rebuildWorkbook } from "../../src/layout/rebuild";
import { buildWorkbook } from "../../src/layout/workbook";
import { CellValue, WorkbookSpec } from "../../src/layout/types";
import { twoResourceCycle } from "../plan-model/twoResources";
import { twoFamilyCycle } from "../plan-model/twoFamilies";
import { keyedCells, valuesOf } from "./support/spec";
import { loadEngine, mismatches } from "./support/engine";

/** Row of `sheet` whose column A shows `a` and column B `b`. */
function rowOf(spec: WorkbookSpec, sheet: string, a: string, b: string): number {
  const s = spec.sheets.find((x) => x.name === sheet)!;
  const r = s.cells.findIndex((row) => row[0]?.value === a && row[1]?.value === b);
  if (r < 0) throw new Error(`no row ${a}/${b} on ${sheet}`);
  return r;
}
const cell = (spec: WorkbookSpec, sheet: string, r: number, c: number) => spec.sheets.find((x) => x.name === sheet)!.cells[r][c];
const months = (spec: WorkbookSpec, sheet: string, r: number): CellValue[] => [2, 3, 4].map((c) => cell(spec, sheet, r, c)?.value ?? null);

describe("rough-cut capacity by resource on the Supply sheet", () => {
  const data = twoResourceCycle();
  const spec = buildWorkbook(data, new Map(), { forecast: false });

  it("shows capacity, load, overload and value at stake per resource and month (hand calculation)", () => {
    expect(months(spec, "Supply", rowOf(spec, "Supply", "Line 1", "Resource capacity"))).toEqual([400, 300, 400]);
    expect(months(spec, "Supply", rowOf(spec, "Supply", "Line 1", "Load"))).toEqual([250, 440, 220]);
    expect(months(spec, "Supply", rowOf(spec, "Supply", "Line 1", "Overload"))).toEqual([0, 140, 0]);
    expect(months(spec, "Supply", rowOf(spec, "Supply", "Assembly team", "Load"))).toEqual([25, 100, 30]);
    expect(months(spec, "Supply", rowOf(spec, "Supply", "Assembly team", "Overload"))).toEqual([0, 10, 0]);
    const value = months(spec, "Supply", rowOf(spec, "Supply", "Line 1", "Overload value at stake")) as number[];
    expect(value[1]).toBeCloseTo(2800, 9);
    const load = cell(spec, "Supply", rowOf(spec, "Supply", "Line 1", "Load"), 3)!;
    expect(load.formula).toMatch(/^=SUMPRODUCT\(/);
    expect(cell(spec, "Supply", rowOf(spec, "Supply", "Pumps", "Hours per unit"), 2)?.formula).toMatch(/^=SUMIFS\(Routings!/);
  });

  it("recalculates (HyperFormula) to the cached values, and after a routing rate is typed", () => {
    const engine = loadEngine(spec);
    try {
      expect(mismatches(spec, engine, 20)).toEqual([]);
      // Pumps on Line 1 at 3 h/unit: load in 2026-05 = 120 x 3 + 200 = 560, overload 260.
      const key = keys.routing(1, "hoursPerUnit");
      const at = keyedCells(spec).get(key)!;
      engine.set(at.sheet, at.row, at.col, 3);
      const typed = new Map<string, CellValue>([[key, 3]]);
      const again = buildWorkbook(data, typed, { forecast: false });
      expect(mismatches(again, engine, 20)).toEqual([]);
      expect(engine.value("Supply", rowOf(spec, "Supply", "Line 1", "Overload"), 3)).toBe(260);
    } finally {
      engine.destroy();
    }
  });

  it("LibreOffice recalculates the load vs capacity tables to the cached values", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-rccp-lo-"));
    const file = path.join(dir, "rccp.xlsx");
    await writeXlsx(spec, file);
    const written = await readRawCells(file);
    const recalculated = await readRawCells(await recalcWithLibreOffice(file));
    expect(compareRecalc(written, recalculated, spec.names).problems).toEqual([]);
    const at = (a: string, b: string, j: number) => recalculated.get("Supply")?.get(addr(rowOf(spec, "Supply", a, b), 2 + j))?.value;
    expect([0, 1, 2].map((j) => at("Line 1", "Load", j))).toEqual([250, 440, 220]);
    expect(at("Line 1", "Overload value at stake", 1)).toBeCloseTo(2800, 6);
    expect(at("Assembly team", "Overload", 1)).toBe(10);
    await fs.rm(dir, { recursive: true, force: true });
  }, 120_000);

  it("values the overload at the month's unit cost (Prices), recalculated by HyperFormula and LibreOffice alike", async () => {
    // Pumps at 50 in 2026-05 (Families 40): Line 1's value = 140 / 440 x (120 x 50 + 200 x 20) =
    // 140 / 440 x 10,000 = 3,181.82; the Assembly team's (Valves only) stays 10 / 100 x 4,000 = 400.
    const priced = buildWorkbook(
      { ...data, prices: [{ family: "Pumps", month: "2026-05", price: null, unitCost: 50 }] },
      new Map(),
      { forecast: false },
    );
    const value = (a: string) => months(priced, "Supply", rowOf(priced, "Supply", a, "Overload value at stake")) as number[];
    expect(value("Line 1")[1]).toBeCloseTo((140 / 440) * 10000, 9);
    expect(value("Assembly team")[1]).toBeCloseTo(400, 9);
    const engine = loadEngine(priced);
    try {
      expect(mismatches(priced, engine, 20)).toEqual([]);
    } finally {
      engine.destroy();
    }
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-rccp-cost-lo-"));
    const file = path.join(dir, "rccp.xlsx");
    await writeXlsx(priced, file);
    const recalculated = await readRawCells(await recalcWithLibreOffice(file));
    expect(compareRecalc(await readRawCells(file), recalculated, priced.names).problems).toEqual([]);
    const row = rowOf(priced, "Supply", "Line 1", "Overload value at stake");
    expect(recalculated.get("Supply")?.get(addr(row, 3))?.value).toBeCloseTo((140 / 440) * 10000, 6);
    await fs.rm(dir, { recursive: true, force: true });
  }, 120_000);

  it("lists the overloads on the Gaps sheet's candidates, their units and value read from the Supply sheet", () => {
    const gaps = spec.sheets.find((s) => s.name === "Gaps")!;
    const rows = gaps.cells.filter((r) => r[2]?.value === "Resource overload" && r[0]?.value === "Line 1");
    expect(rows.map((r) => [r[1]?.value, r[3]?.value])).toEqual([
      ["2026-04", 0],
      ["2026-05", 140],
      ["2026-06", 0],
    ]);
    expect(rows[1][3]?.formula).toMatch(/^=Supply!/);
    expect(rows[1][4]?.value).toBeCloseTo(2800, 9);
  });

  it("names the worst overloads on one line of the deck's supply summary", () => {
    const input = deckInputFromNames(specReader(spec));
    if (isSopError(input)) throw new Error(input.message);
    const lines = buildDeckSheet(input).cells.map((r) => r[0]?.value).filter((v): v is string => typeof v === "string");
    expect(lines.filter((l) => l.startsWith("Resource overloads"))).toEqual([
      "Resource overloads (load vs capacity): Line 1 2026-05 440 vs 300 (+140), Assembly team 2026-05 100 vs 90 (+10)",
    ]);
    // Without resources the deck has no such line, and the Supply sheet no such section.
    const plain = buildWorkbook(twoFamilyCycle(80), new Map(), { forecast: false });
    const plainInput = deckInputFromNames(specReader(plain));
    if (isSopError(plainInput)) throw new Error(plainInput.message);
    expect(buildDeckSheet(plainInput).cells.some((r) => String(r[0]?.value ?? "").startsWith("Resource overloads"))).toBe(false);
    expect(plain.sheets.find((s) => s.name === "Supply")!.cells.some((r) => r[1]?.value === "Load")).toBe(false);
  });

  it("keeps typed resources and routings through a rebuild, and reads them back as the cycle's", () => {
    const values = valuesOf(spec);
    const cells = keyedCells(spec);
    const typed = new Map<string, CellValue>([
      [keys.resource(3, "resource"), "Paint shop"],
      [keys.resource(3, "capacity"), 120],
      [keys.resource(3, "2026-06"), 60],
      [keys.routing(4, "family"), "Pumps"],
      [keys.routing(4, "resource"), "Paint shop"],
      [keys.routing(4, "hoursPerUnit"), 0.25],
    ]);
    for (const [key, v] of typed) {
      const c = cells.get(key)!;
      values.get(c.sheet)![c.row][c.col] = v;
    }
    const { config } = data;
    const after = rebuildWorkbook(values, { ...data, resources: undefined, routings: undefined, config });
    const kept = keyedCells(after);
    for (const [key, v] of typed) expect([key, kept.get(key)?.value]).toEqual([key, v]);
    expect(kept.get(keys.resource(1, "2026-05"))?.value).toBe(300);
    // Paint shop: Pumps 0.25 h/unit x 100, 120, 80 = 25, 30, 20 h, against 120, 120, 60.
    expect(months(after, "Supply", rowOf(after, "Supply", "Paint shop", "Load"))).toEqual([25, 30, 20]);
    const read = readCycleData(values);
    expect(read?.resources).toEqual([
      { name: "Line 1", capacityPerMonth: 400, capacityByMonth: { "2026-05": 300 } },
      { name: "Assembly team", capacityPerMonth: 90 },
      { name: "Paint shop", capacityPerMonth: 120, capacityByMonth: { "2026-06": 60 } },
    ]);
    expect(read?.routings).toEqual([...(data.routings ?? []), { family: "Pumps", resource: "Paint shop", hoursPerUnit: 0.25 }]);
  });
});
