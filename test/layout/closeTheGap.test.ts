/**
 * Close the gap to budget (Finance): per family over the budget months, the revenue gap, the units
 * at the plan price that would close it and whether the family's spare capacity allows them. By hand.
 *
 * Plan months 2026-04 .. 2026-06; the budget covers 2026-04 and 2026-05 only. Capacity 200 a month.
 * | family | price | consensus (override) | supply plan typed | budget revenue |
 * |---|---|---|---|---|
 * | A | 10 | 100, 100, 100 | 180, 150, 100 | 1,500, 1,500 |
 * | B | 100 | 50, 50, 50 | 200, 200, 0 | 4,000, 4,000 |
 * | C | 20 | 60, 60, 60 | 100, 100, 100 | 1,300, 1,300 |
 * A: plan revenue 2,000, gap -1,000, plan price 2,000 / 200 = 10, units 100; spare (200 - 180) +
 *    (200 - 150) = 70 (June's 100 is not a budget month): "partly".
 * B: plan revenue 10,000, gap +2,000: "no gap", 0 units; spare 0.
 * C: plan revenue 2,400, gap -200, price 20, units 10; spare 100 + 100 = 200: "yes".
 * All families: gap -1,000 + 2,000 - 200 = 800; units 110; spare 270.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { CycleData } from "../../src/core/model";
import { closeTheGap } from "../../src/core/plan-model/closeTheGap";
import { buildContext, buildWorkbook } from "../../src/layout/workbook";
import type { SheetSpec, WorkbookSpec } from "../../src/layout/types";
import { closeGapCol, closeGapRow } from "../../src/layout/sheets/financeCloseGap";
import { planCol, supplyRow } from "../../src/layout/geometry";
import { writeXlsx } from "../../src/render/xlsx";
import { addr } from "../../src/layout/a1";
import { compareRecalc } from "../render/xlsx/compare";
import { recalcWithLibreOffice } from "../render/xlsx/libreoffice";
import { readRawCells } from "../render/xlsx/rawCells";
import { loadEngine, mismatches } from "./support/engine";
import { handConfig, handFamily } from "./support/handArchive";

const plan = ["2026-04", "2026-05", "2026-06"];
const each = (family: string, values: number[]) => values.map((quantity, i) => ({ family, month: plan[i], quantity }));
const budget = (family: string, revenue: number, price: number) =>
  plan.slice(0, 2).map((month) => ({ family, month, units: revenue / price, revenue, grossMargin: 0 }));
const data: CycleData = {
  config: handConfig([handFamily("A", 10), handFamily("B", 100), handFamily("C", 20)]),
  actuals: [],
  overrides: [...each("A", [100, 100, 100]), ...each("B", [50, 50, 50]), ...each("C", [60, 60, 60])],
  supplyPlan: [...each("A", [180, 150, 100]), ...each("B", [200, 200, 0]), ...each("C", [100, 100, 100])],
  budget: [...budget("A", 1500, 10), ...budget("B", 4000, 100), ...budget("C", 1300, 20)],
  pipeline: [],
  orders: [],
  actions: [],
};

describe("close the gap to budget (Finance)", () => {
  // Built in each test (not at load), so that mutation testing's per-test coverage sees it.
  let ctx: ReturnType<typeof buildContext>;
  let spec: WorkbookSpec;
  let finance: SheetSpec;
  beforeEach(() => {
    ctx = buildContext(data);
    spec = buildWorkbook(data);
    finance = spec.sheets.find((s) => s.name === "Finance")!;
  });
  const cell = (f: number, c: Parameters<typeof closeGapCol>[0]) => finance.cells[closeGapRow(ctx.geo, f)][closeGapCol(c)]?.value;

  it("gives each family's gap, units at the plan price, spare capacity and whether it allows them", () => {
    expect([0, 1, 2, 3].map((f) => ["gap", "price", "units", "spare", "allows"].map((c) => cell(f, c as Parameters<typeof closeGapCol>[0])))).toEqual([
      [-1000, 10, 100, 70, "partly"],
      [2000, 100, 0, 0, "no gap"],
      [-200, 20, 10, 200, "yes"],
      [800, undefined, 110, 270, undefined],
    ]);
  });

  it("says 'no' without spare capacity and 'no budget' without a budget month", () => {
    const line = { planUnits: 10, planRevenue: 100, revenueVsBudget: -50 };
    expect(closeTheGap(line, 10, [5, 5], [5, 5], [true, true])).toEqual({ gap: -50, price: 10, units: 5, spare: 0, allows: "no" });
    expect(closeTheGap(line, 10, [5, 5], [0, 0], [false, false]).allows).toBe("no budget");
  });

  it("HyperFormula computes the table to the cached values and follows a typed supply plan", () => {
    const engine = loadEngine(spec);
    try {
      expect(mismatches(spec, engine)).toEqual([]);
      // A's May supply typed down to 120: spare 20 + 80 = 100, so A's 100 units now fit.
      engine.set("Supply", supplyRow(0, "supply"), planCol(1), 120);
      expect(engine.value("Finance", closeGapRow(ctx.geo, 0), closeGapCol("spare"))).toBe(100);
      expect(engine.value("Finance", closeGapRow(ctx.geo, 0), closeGapCol("allows"))).toBe("yes");
    } finally {
      engine.destroy();
    }
  });

  it("LibreOffice recalculates the table to the cached values", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-gap-lo-"));
    const file = path.join(dir, "gap.xlsx");
    await writeXlsx(spec, file);
    const written = await readRawCells(file);
    const recalculated = await readRawCells(await recalcWithLibreOffice(file));
    expect(compareRecalc(written, recalculated, spec.names).problems).toEqual([]);
    const at = (f: number, c: Parameters<typeof closeGapCol>[0]) => recalculated.get("Finance")?.get(addr(closeGapRow(ctx.geo, f), closeGapCol(c)))?.value;
    expect([at(0, "spare"), at(0, "allows"), at(2, "allows")]).toEqual([70, "partly", "yes"]);
    await fs.rm(dir, { recursive: true, force: true });
  }, 120_000);
});
