import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { sampleCycle } from "../../src/data/sample";
import { packSpec } from "../../src/cli/build";
import { writeXlsx } from "../../src/render/xlsx";
import { compareRecalc } from "../render/xlsx/compare";
import { recalcWithLibreOffice } from "../render/xlsx/libreoffice";
import { readRawCells } from "../render/xlsx/rawCells";

describe("the sample pack in LibreOffice", () => {
  it.each([
    ["the sample", sampleCycle()],
    // Prices by month and no budget: the Finance formulas' other branches.
    ["the sample with prices by month and no budget", { ...sampleCycle(), budget: undefined, prices: [{ family: "Valves", month: "2026-05", price: 90, unitCost: 45 }, { family: "Controllers", month: "2026-06", price: null, unitCost: 320 }] }],
  ])("recalculates every native formula of %s without errors to the cached numbers", async (_name, data) => {
    const spec = packSpec(data, true, (w) => {
      throw new Error(w);
    });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-pack-lo-"));
    const file = path.join(dir, "sop-pack.xlsx");
    await writeXlsx(spec, file);
    const written = await readRawCells(file);
    const recalculated = await readRawCells(await recalcWithLibreOffice(file));
    const report = compareRecalc(written, recalculated, spec.names);
    expect(report.problems.slice(0, 20)).toEqual([]);
    // Every sheet's native formulas took part: thousands of cells, a handful left out.
    const formulas = spec.sheets.reduce((n, s) => n + s.cells.flat().filter((c) => c?.formula).length, 0);
    expect(report.checked + report.excluded).toBe(formulas);
    expect(report.checked).toBeGreaterThan(0.9 * formulas);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
