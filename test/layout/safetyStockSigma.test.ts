/**
 * Safety stock's sigma from the Plan archive: the root mean square of the consensus errors
 * (actual - archived consensus) at lag 1 when the archive holds at least 6 for the family, else
 * the history's (the Demand sheet's diff row). Every number by hand.
 *
 * Actuals 2025-10 .. 2026-03 (the hand cycle, cycle month 2026-04):
 *   A 100, 100, 100, 100, 120, 90; B 50, 50, 50, 50, 40, 60.
 * The Demand sheet's history consensus (carried previous consensus): A 100 each, B 50 each, so
 *   A's history diff: 0, 0, 0, 0, 20, -10 -> sigma = sqrt(500 / 6) = 9.128709291752768
 *   B's history diff: 0, 0, 0, 0, -10, 10 -> sigma = sqrt(200 / 6) = 5.773502691896258
 * Plan archive, lag 1 (planned in the month's own cycle):
 *   A consensus 100, 110, 90, 100, 100, 90 -> errors 0, -10, 10, 0, 20, 0:
 *     6 errors, sigma = sqrt((100 + 100 + 400) / 6) = sqrt(100) = 10 -> source "archive, 6 errors at lag 1"
 *   B 2025-11 .. 2026-03 consensus 50 each -> errors 0, 0, 0, -10, 10: 5 errors,
 *     sigma = sqrt(200 / 5) = sqrt(40), not used -> source "history, 6 months";
 *     B 2025-10 has a baseline (45) but no consensus: no error.
 *   left out: A's lag-3 row (cycle 2025-11 for 2026-01, consensus 200) and A's lag-2 row for
 *   2026-04 (no actual yet).
 * Service level 95 %: z = 1.6448536269514722 (R: qnorm(0.95)). Lead time A 4 months (sqrt 2),
 * B blank = 1 month.
 *   A: safety stock = 1.6448536269514722 x 10 x 2 = 32.897072539029444
 *   B: safety stock = 1.6448536269514722 x sqrt(200 / 6) x 1 = 9.496579...
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { CycleData } from "../../src/core/model";
import { computePlan } from "../../src/core/plan-model/plan";
import { resolveInputs } from "../../src/layout/inputs";
import { addr } from "../../src/layout/a1";
import { FIRST_MONTH_COL, FIRST_ROW, planCol, supplyRow, supplySigmaRow } from "../../src/layout/geometry";
import { ARCHIVE_SHEET } from "../../src/layout/archive";
import { archiveCol } from "../../src/layout/sheets/archive";
import { sigmaCol } from "../../src/layout/sheets/supplySigma";
import { buildContext, buildWorkbook } from "../../src/layout/workbook";
import { writeXlsx } from "../../src/render/xlsx";
import { compareRecalc } from "../render/xlsx/compare";
import { recalcWithLibreOffice } from "../render/xlsx/libreoffice";
import { readRawCells } from "../render/xlsx/rawCells";
import { loadEngine, mismatches } from "./support/engine";
import { HAND_ACTUALS, consensusRow, handConfig, handFamily } from "./support/handArchive";

const Z95 = 1.6448536269514722;
const history = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"];
const row = consensusRow;
const aConsensus = [100, 110, 90, 100, 100, 90];
const data: CycleData = {
  config: {
    ...handConfig([{ ...handFamily("A"), leadTimeMonths: 4 }, handFamily("B")]),
    supplyPolicy: { serviceLevel: 0.95 },
  },
  actuals: HAND_ACTUALS,
  overrides: [],
  previousConsensus: history.flatMap((month) => [
    { family: "A", month, quantity: 100 },
    { family: "B", month, quantity: 50 },
  ]),
  pipeline: [],
  orders: [],
  actions: [],
  planArchive: [
    ...history.map((m, i) => row(m, "A", m, aConsensus[i])),
    row("2025-11", "A", "2026-01", 200),
    row("2026-03", "A", "2026-04", 100),
    row("2025-10", "B", "2025-10", null),
    ...history.slice(1).map((m) => row(m, "B", m, 50)),
  ],
};

const SS_A = Z95 * 10 * 2;
const SIGMA_B = Math.sqrt(200 / 6);
const SS_B = Z95 * SIGMA_B;

describe("safety stock sigma from the Plan archive", () => {
  it("takes A's sigma from its 6 lag-1 archived errors and B's from the history (5 archived errors are too few)", () => {
    const [a, b] = computePlan(resolveInputs(data, new Map())).families.map((f) => f.supply);
    expect(a.sigma).toEqual({
      archiveErrors: 6,
      archiveSigma: 10,
      historyMonths: 6,
      historySigma: Math.sqrt(500 / 6),
      source: "archive",
      sigma: 10,
      sourceText: "archive, 6 errors at lag 1",
    });
    a.safetyStock.forEach((v) => expect(v).toBeCloseTo(32.897072539029444, 9));
    expect(b.sigma.archiveErrors).toBe(5);
    expect(b.sigma.archiveSigma).toBeCloseTo(Math.sqrt(40), 12);
    expect(b.sigma.source).toBe("history");
    expect(b.sigma.sourceText).toBe("history, 6 months");
    expect(b.sigma.sigma).toBeCloseTo(5.773502691896258, 12);
    b.safetyStock.forEach((v) => expect(v).toBeCloseTo(SS_B, 9));
  });

  it("shows the table on the Supply sheet, the family blocks reading its safety stock", () => {
    const spec = buildWorkbook(data);
    const supply = spec.sheets.find((s) => s.name === "Supply")!;
    const geo = buildContext(data).geo;
    const cell = (f: number, c: Parameters<typeof sigmaCol>[0]) => supply.cells[supplySigmaRow(geo, f)][sigmaCol(c)];
    expect(supply.cells[supplySigmaRow(geo, 0)][0]?.value).toBe("A");
    expect(cell(0, "source")?.value).toBe("archive, 6 errors at lag 1");
    expect(cell(1, "source")?.value).toBe("history, 6 months");
    expect(cell(0, "archiveErrors")?.formula).toBe(
      `=SUMPRODUCT((SOP_ArchiveFamily=$A${supplySigmaRow(geo, 0) + 1})*(SOP_ArchiveLag=1)*ISNUMBER(SOP_ArchiveError))`,
    );
    expect(supply.cells[supplyRow(0, "safetyStock")][planCol(0)]?.formula).toBe(
      `=$${String.fromCharCode(65 + sigmaCol("safetyStock"))}$${supplySigmaRow(geo, 0) + 1}`,
    );
    const archive = spec.sheets.find((s) => s.name === ARCHIVE_SHEET)!;
    // Every row with an actual and a consensus has an error: A's 6 at lag 1 and its lag-3 row
    // (100 - 200 = -100), B's 5; A's 2026-04 row (no actual) and B's 2025-10 (no consensus) none.
    const errors = archive.cells.slice(FIRST_ROW).map((r) => r[archiveCol("error")]?.value);
    expect(errors.filter((e) => typeof e === "number").sort((x, y) => Number(x) - Number(y))).toEqual([
      -100, -10, -10, 0, 0, 0, 0, 0, 0, 10, 10, 20,
    ]);
  });

  it("HyperFormula computes the table, the archive's errors and the safety stock rows to the cached values, and follows typing", () => {
    const spec = buildWorkbook(data);
    const geo = buildContext(data).geo;
    const engine = loadEngine(spec);
    const at = (f: number, c: Parameters<typeof sigmaCol>[0]) => engine.value("Supply", supplySigmaRow(geo, f), sigmaCol(c));
    try {
      expect(mismatches(spec, engine)).toEqual([]);
      expect(at(0, "sigma")).toBeCloseTo(10, 9);
      expect(at(0, "safetyStock")).toBeCloseTo(SS_A, 9);
      expect(engine.value("Supply", supplyRow(0, "safetyStock"), planCol(2))).toBeCloseTo(SS_A, 9);
      expect(at(1, "sigma")).toBeCloseTo(SIGMA_B, 9);
      expect(at(1, "safetyStock")).toBeCloseTo(SS_B, 9);

      // Typing A's actual of 2026-02 as 130: the archived error becomes 30, sigma sqrt((100 + 100 + 900) / 6).
      const archiveRows = buildContext(data).archive;
      const actualsRow = FIRST_ROW; // A is the first family on Actuals
      engine.set("Actuals", actualsRow, FIRST_MONTH_COL + history.indexOf("2026-02"), 130);
      expect(at(0, "sigma")).toBeCloseTo(Math.sqrt(1100 / 6), 9);
      expect(at(0, "safetyStock")).toBeCloseTo(Z95 * Math.sqrt(1100 / 6) * 2, 9);

      // Typing a consensus (55) into B's 2025-10 archive row: a sixth error, -5, so sigma now comes
      // from the archive: sqrt((25 + 100 + 100) / 6) = sqrt(37.5).
      const b1 = archiveRows.findIndex((e) => e.family === "B" && e.targetMonth === "2025-10");
      engine.set(ARCHIVE_SHEET, FIRST_ROW + b1, archiveCol("consensus"), 55);
      expect(at(1, "archiveErrors")).toBe(6);
      expect(at(1, "source")).toBe("archive, 6 errors at lag 1");
      expect(at(1, "sigma")).toBeCloseTo(Math.sqrt(37.5), 9);
      expect(engine.value("Supply", supplyRow(1, "safetyStock"), planCol(0))).toBeCloseTo(Z95 * Math.sqrt(37.5), 9);
    } finally {
      engine.destroy();
    }
  });

  it("LibreOffice recalculates the table to the cached values", async () => {
    const spec = buildWorkbook(data);
    const geo = buildContext(data).geo;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-sigma-lo-"));
    const file = path.join(dir, "sigma.xlsx");
    await writeXlsx(spec, file);
    const written = await readRawCells(file);
    const recalculated = await readRawCells(await recalcWithLibreOffice(file));
    expect(compareRecalc(written, recalculated, spec.names).problems).toEqual([]);
    const cell = (f: number, c: Parameters<typeof sigmaCol>[0]) =>
      recalculated.get("Supply")?.get(addr(supplySigmaRow(geo, f), sigmaCol(c)))?.value;
    expect(cell(0, "safetyStock")).toBeCloseTo(SS_A, 6);
    expect(cell(1, "safetyStock")).toBeCloseTo(SS_B, 6);
    expect(cell(0, "source")).toBe("archive, 6 errors at lag 1");
    await fs.rm(dir, { recursive: true, force: true });
  }, 120_000);
});
