/**
 * Revenue accuracy by lag on the Finance sheet: the archived consensus x price against the actual
 * revenue, over all families, at lags 1, 2 and 3. Every number by hand.
 *
 * Actuals (the hand cycle, cycle month 2026-04): A 2026-02 120, 2026-03 90; B 2026-02 40,
 * 2026-03 60. Families prices: A 10, B 100.
 * Archive (consensus):
 *   lag 1: A 2026-02 110, A 2026-03 100, B 2026-02 50, B 2026-03 54
 *   lag 2: A 2026-03 80 (cycle 2026-02), B 2026-03 70 (cycle 2026-02)
 *   left out: A 2026-04 at lag 1 (no actual yet); Gone 2026-03 (not on Families, no price)
 *
 * Lag 1, revenue = units x price:
 *   actual 1,200 + 900 + 4,000 + 6,000 = 12,100; planned 1,100 + 1,000 + 5,000 + 5,400 = 12,500
 *   errors actual - planned: +100, -100, -1,000, +600; absolute 1,800
 *   WAPE = 1,800 / 12,100 = 0.14876033057851240; bias = (12,500 - 12,100) / 12,100 = 0.03305785123966942
 *   (in units the WAPE would be 36 / 310 = 0.116: revenue weighs B's misses 10 times A's)
 * Lag 2: actual 900 + 6,000 = 6,900; planned 800 + 7,000 = 7,800; errors +100, -1,000;
 *   WAPE = 1,100 / 6,900 = 0.15942028985507245; bias = 900 / 6,900 = 0.13043478260869565
 * Lag 3: nothing archived -> "no data"
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { CycleData } from "../../src/core/model";
import { computePlan } from "../../src/core/plan-model/plan";
import { resolveInputs } from "../../src/layout/inputs";
import { FIRST_MONTH_COL, FIRST_ROW } from "../../src/layout/geometry";
import { revenueLagCol, revenueLagRow } from "../../src/layout/sheets/financeRevenueLag";
import { buildContext, buildWorkbook } from "../../src/layout/workbook";
import { writeXlsx } from "../../src/render/xlsx";
import { addr } from "../../src/layout/a1";
import { compareRecalc } from "../render/xlsx/compare";
import { recalcWithLibreOffice } from "../render/xlsx/libreoffice";
import { readRawCells } from "../render/xlsx/rawCells";
import { loadEngine, mismatches } from "./support/engine";
import { revenueArchiveCycle } from "./support/handArchive";

const data: CycleData = revenueArchiveCycle();

describe("revenue accuracy by lag (Finance)", () => {
  it("values the archived consensus and the actuals at the Families price, lag by lag", () => {
    const [l1, l2, l3] = computePlan(resolveInputs(data, new Map())).revenueAccuracy;
    expect(l1).toEqual({
      lag: 1,
      plans: 4,
      actual: 12100,
      planned: 12500,
      absError: 1800,
      wape: expect.closeTo(0.1487603305785124, 15),
      bias: expect.closeTo(0.03305785123966942, 15),
    });
    expect(l2).toEqual({
      lag: 2,
      plans: 2,
      actual: 6900,
      planned: 7800,
      absError: 1100,
      wape: expect.closeTo(0.15942028985507245, 15),
      bias: expect.closeTo(0.13043478260869565, 15),
    });
    expect(l3).toEqual({ lag: 3, plans: 0, actual: null, planned: null, absError: null, wape: "no data", bias: "no data" });
  });

  it("writes the table on the Finance sheet: blank revenue and 'no data' where nothing is archived, never 0 or #DIV/0!", () => {
    const spec = buildWorkbook(data);
    const ctx = buildContext(data);
    const finance = spec.sheets.find((s) => s.name === "Finance")!;
    const line = (i: number) => finance.cells[revenueLagRow(ctx, i)];
    expect(line(0)[0]?.value).toBe("Lag 1");
    expect(line(2).slice(0, 7).map((c) => c?.value)).toEqual(["Lag 3", 0, "", "", "", "no data", "no data"]);
    expect(line(0)[revenueLagCol("wape")]?.formula).toBe(
      `=IF(OR(B${revenueLagRow(ctx, 0) + 1}=0,(SUMIFS(SOP_ArchiveActualRevenue,SOP_ArchiveLag,1,SOP_ArchiveActualRevenue,">0")-SUMIFS(SOP_ArchiveActualRevenue,SOP_ArchiveLag,1,SOP_ArchiveActualRevenue,"<0"))=0),"no data",E${revenueLagRow(ctx, 0) + 1}/(SUMIFS(SOP_ArchiveActualRevenue,SOP_ArchiveLag,1,SOP_ArchiveActualRevenue,">0")-SUMIFS(SOP_ArchiveActualRevenue,SOP_ArchiveLag,1,SOP_ArchiveActualRevenue,"<0")))`,
    );
  });

  it("HyperFormula computes the Finance table and the archive's revenue columns to the cached values, and follows a typed actual", () => {
    const spec = buildWorkbook(data);
    const ctx = buildContext(data);
    const engine = loadEngine(spec);
    const at = (i: number, c: Parameters<typeof revenueLagCol>[0]) => engine.value("Finance", revenueLagRow(ctx, i), revenueLagCol(c));
    try {
      expect(mismatches(spec, engine)).toEqual([]);
      expect(at(0, "wape")).toBeCloseTo(1800 / 12100, 9);
      expect(at(1, "bias")).toBeCloseTo(900 / 6900, 9);
      expect(at(2, "wape")).toBe("no data");
      // B sold 66 in 2026-03, not 60: lag 1 B error 66 - 54 = 12 -> 1,200; actual 12,700;
      // absolute 100 + 100 + 1,000 + 1,200 = 2,400; bias (12,500 - 12,700) / 12,700.
      engine.set("Actuals", FIRST_ROW + 1, FIRST_MONTH_COL + 5, 66);
      expect(at(0, "actual")).toBeCloseTo(12700, 9);
      expect(at(0, "wape")).toBeCloseTo(2400 / 12700, 9);
      expect(at(0, "bias")).toBeCloseTo(-200 / 12700, 9);
    } finally {
      engine.destroy();
    }
  });

  it("LibreOffice recalculates the table to the cached values", async () => {
    const spec = buildWorkbook(data);
    const ctx = buildContext(data);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-revlag-lo-"));
    const file = path.join(dir, "revlag.xlsx");
    await writeXlsx(spec, file);
    const written = await readRawCells(file);
    const recalculated = await readRawCells(await recalcWithLibreOffice(file));
    expect(compareRecalc(written, recalculated, spec.names).problems).toEqual([]);
    const cell = (i: number, c: Parameters<typeof revenueLagCol>[0]) =>
      recalculated.get("Finance")?.get(addr(revenueLagRow(ctx, i), revenueLagCol(c)))?.value;
    expect(cell(0, "wape")).toBeCloseTo(1800 / 12100, 9);
    expect(cell(1, "bias")).toBeCloseTo(900 / 6900, 9);
    expect(cell(2, "wape")).toBe("no data");
    await fs.rm(dir, { recursive: true, force: true });
  }, 120_000);
});
