import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeXlsx } from "../../../src/render/xlsx";
import type { SheetSpec, WorkbookSpec } from "../../../src/layout/types";
import { compareRecalc } from "./compare";
import { formulaAreas } from "./dependencies";
import { recalcWithLibreOffice } from "./libreoffice";
import { readRawCells } from "./rawCells";

const sheet = (name: string, cells: SheetSpec["cells"]): SheetSpec => ({
  name, kind: "calc", cells, columnWidths: [], validations: [], conditionalFormats: [], charts: [], protect: true,
});

// Cached values worked out by hand: Data!B1:B3 = 10, 20, 30.
const spec = (sumCache: number): WorkbookSpec => ({
  sheets: [
    sheet("Data", [
      [{ value: "a" }, { value: 10, style: "input", key: "a" }],
      [{ value: "b" }, { value: 20, style: "input", key: "b" }],
      [{ value: "c" }, { value: 30, style: "input", key: "c" }],
    ]),
    sheet("Calc sheet", [
      [{ formula: "=SUM(Data!B1:B3)", value: sumCache }, { formula: "=AVERAGE(SOP_Values)", value: 20 }, { formula: "=IFS(A1>50,\"big\",TRUE,\"small\")", value: "big" }],
      [{ formula: "=SOP.WAPE(Data!B1:B3,Data!B1:B3)", value: 0 }, { formula: "=A2*100", value: 0 }, { formula: "=IFERROR(B2+1,0)", value: 1 }],
      [{ formula: "='Calc sheet'!A1/3", value: 20 }, { formula: "=ROUND(A3,2)-0.1", value: 19.9 }, { value: "=1+1" }],
    ]),
  ],
  names: [{ name: "SOP_Values", ref: "Data!$B$1:$B$3" }],
});

async function recalc(s: WorkbookSpec) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-lo-test-"));
  const file = path.join(dir, "t.xlsx");
  await writeXlsx(s, file);
  const written = await readRawCells(file);
  const recalculated = await readRawCells(await recalcWithLibreOffice(file));
  return { written, recalculated };
}

describe("LibreOffice recalculation check", () => {
  it("finds references through sheets, quotes, ranges and names", () => {
    const names = new Map([["SOP_Values", { sheet: "Data", top: 1, left: 2, bottom: 3, right: 2 }]]);
    expect(formulaAreas("SUM('My ''x'''!$A$1:B2)+C3*SOP_Values+LOG10(4)+\"D4\"", "S", names)).toEqual([
      { sheet: "My 'x'", top: 1, left: 1, bottom: 2, right: 2 },
      { sheet: "S", top: 3, left: 3, bottom: 3, right: 3 },
      { sheet: "Data", top: 1, left: 2, bottom: 3, right: 2 },
    ]);
  });

  it("agrees with the cached values, leaving out SOP.* cells and their dependents", async () => {
    const s = spec(60);
    const { written, recalculated } = await recalc(s);
    const report = compareRecalc(written, recalculated, s.names);
    expect(report.problems).toEqual([]);
    expect(report.checked).toBe(5); // A1, B1, C1, A3, B3 of Calc sheet
    expect(report.excluded).toBe(3); // A2 (SOP.WAPE), B2 and C2 that depend on it
    // The text "=1+1" stays text after LibreOffice opens the file.
    expect(recalculated.get("Calc sheet")!.get("C3")).toEqual(expect.objectContaining({ type: "s", value: "=1+1" }));
  });

  it("really recalculates: a wrong cached value is caught", async () => {
    const s = spec(61);
    const { written, recalculated } = await recalc(s);
    const report = compareRecalc(written, recalculated, s.names);
    expect(report.problems).toEqual(["Calc sheet!A1 (=SUM(Data!B1:B3)): cached 61, LibreOffice 60"]);
  });
});
