import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeXlsx, xlsxBytes, LISTS_SHEET } from "../../../src/render/xlsx";
import type { WorkbookSpec } from "../../../src/layout/types";
import { readRawCells, RawSheets } from "./rawCells";
import { featureSpec as spec } from "./featureSpec";
import { sheet } from "../sheetSpec";

async function roundTrip(s: WorkbookSpec): Promise<{ wb: ExcelJS.Workbook; raw: RawSheets }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-xlsx-"));
  const file = path.join(dir, "t.xlsx");
  await writeXlsx(s, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const raw = await readRawCells(file);
  await fs.rm(dir, { recursive: true, force: true });
  return { wb, raw };
}

describe("the .xlsx file", () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let raw: RawSheets;
  beforeAll(async () => {
    ({ wb, raw } = await roundTrip(spec));
    ws = wb.getWorksheet("Plan data")!;
  });

  it("writes the sheets in order, with a hidden lists sheet only for long lists", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Plan data", "KPIs", LISTS_SHEET]);
    expect(wb.getWorksheet(LISTS_SHEET)!.state).toBe("hidden");
    expect(wb.getWorksheet(LISTS_SHEET)!.getCell("A60").value).toBe("Family number 60");
  });

  it("writes formulas without '=' and with their cached results", () => {
    expect(ws.getCell("B3").value).toEqual({ formula: "SUM(B2:C2)", result: 220 });
    expect(ws.getCell("C5").value).toEqual({ formula: 'IF(B2>50,"high","low")', result: "high" });
    expect(ws.getCell("D5").value).toEqual({ formula: "B2>50", result: true });
    expect(ws.getCell("B5").value).toEqual({ formula: "1/0", result: { error: "#DIV/0!" } });
  });

  it("stores SOP.* calls in Excel's _xldudf_ spelling", () => {
    // ExcelJS's reader drops a cached 0; the file itself holds it.
    expect(raw.get("Plan data")!.get("A5")).toEqual(expect.objectContaining({ formula: "_xldudf_SOP_FORECASTBIAS(B2:C2,B2:C2)", value: 0, type: "n" }));
  });

  it("keeps text that starts with =, +, - or @ as a string, never a formula", () => {
    const cells = raw.get("Plan data")!;
    for (const addr of ["A4", "B4", "C4", "D4"]) {
      expect(cells.get(addr)!.formula).toBeUndefined();
      expect(cells.get(addr)!.type).toBe("s");
    }
    for (const [addr, text] of [["A4", '=HYPERLINK("http://evil.example","click")'], ["B4", "+1+2"], ["C4", "-cmd"], ["D4", "@SUM(A1)"]]) {
      expect(ws.getCell(addr).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(addr).value).toBe(text);
    }
  });

  it("styles input cells with one input fill, blue font and no lock; other cells are locked", () => {
    const input = ws.getCell("B2");
    expect(input.fill).toEqual(expect.objectContaining({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } }));
    expect(input.font.color).toEqual({ argb: "FF0000FF" });
    expect(input.protection.locked).toBe(false);
    expect(input.numFmt).toBe("#,##0");
    expect(ws.getCell("C2").style).toEqual(input.style);
    expect(ws.getCell("B7").protection.locked).toBe(false);
    expect(ws.getCell("B7").fill).toEqual(input.fill);
    // Locked is Excel's default: a formula cell either says locked or says nothing.
    expect(ws.getCell("B3").protection?.locked ?? true).toBe(true);
    expect(ws.getCell("B3").font.bold).toBe(true);
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("A5").numFmt).toBe("0.0%");
    const kpis = wb.getWorksheet("KPIs")!;
    expect(kpis.getCell("A1").font.size).toBe(14);
    expect(kpis.getCell("A2").fill).toEqual(expect.objectContaining({ fgColor: { argb: "FFC6EFCE" } }));
  });

  it("writes widths, frozen panes, tab colour and print setup", () => {
    expect(ws.getColumn(1).width).toBe(24);
    expect(ws.getColumn(3).width).toBe(12);
    expect(ws.views[0]).toEqual(expect.objectContaining({ state: "frozen", xSplit: 1, ySplit: 1 }));
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E79" });
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printArea).toBe("A1:C10");
    expect(ws.headerFooter.oddHeader).toContain("Plan && targets");
  });

  it("writes workbook names", () => {
    expect(wb.definedNames.getNames("'Plan data'!B2")).toEqual(["SOP_Demand"]);
    const model = wb.definedNames.model;
    expect(model).toEqual(expect.arrayContaining([
      { name: "SOP_Company", ranges: ["'Plan data'!$A$2"] },
      { name: "SOP_Demand", ranges: ["'Plan data'!$B$2:$C$2"] },
    ]));
  });

  it("writes data validations by range, long lists from the hidden sheet", () => {
    const dv = (addr: string) => ws.getCell(addr).dataValidation;
    expect(dv("C2")).toEqual(expect.objectContaining({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] }));
    expect(dv("D9")).toEqual(expect.objectContaining({ type: "list", formulae: ['"Open,In progress,Closed"'] }));
    expect(dv("E2")).toEqual(expect.objectContaining({ type: "whole", formulae: [1, 10] }));
    expect(dv("F5")).toEqual(expect.objectContaining({ type: "date" }));
    expect(dv("G2")).toEqual(expect.objectContaining({ type: "list", formulae: [`${LISTS_SHEET}!$A$1:$A$60`] }));
    expect(dv("H2")).toBeUndefined();
  });

  it("writes conditional formats as expression rules", () => {
    const cf = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<Record<string, unknown>> }> }).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].ref).toBe("B2:C2");
    expect(cf[0].rules[0]).toEqual(expect.objectContaining({ type: "expression", formulae: ["B2<0"] }));
  });

  it("protects sheets that ask for it, allowing formatting and sorting", () => {
    const p = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(p).toEqual(expect.objectContaining({ sheet: true, formatCells: true, formatColumns: true, sort: true, insertRows: true }));
    expect((wb.getWorksheet("KPIs") as unknown as { sheetProtection: unknown }).sheetProtection ?? null).toBeNull();
  });

  it("skips charts (ExcelJS cannot write them)", () => {
    expect(ws.getCell("E1").value).toBeNull();
  });

  it("can store SOP.* calls as typed", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-xlsx-"));
    const file = path.join(dir, "plain.xlsx");
    await fs.writeFile(file, await xlsxBytes(spec, { customFunctions: "plain" }));
    const plain = await readRawCells(file);
    await fs.rm(dir, { recursive: true, force: true });
    expect(plain.get("Plan data")!.get("A5")).toEqual(
      expect.objectContaining({ formula: "SOP.FORECASTBIAS(B2:C2,B2:C2)", value: 0, type: "n" }),
    );
  });

  it("does not mutate the spec", async () => {
    const copy = JSON.parse(JSON.stringify(spec));
    await xlsxBytes(spec);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(copy);
  });
});

describe("wrapped header rows", () => {
  it("get the height of their longest header, so no label is cut off", async () => {
    const s: WorkbookSpec = {
      sheets: [
        sheet({
          name: "Deck",
          columnWidths: [20, 12],
          cells: [
            [{ value: "Family", style: "header" }, { value: "Unit", style: "header" }],
            // "Production plan, next 3 months" in 12 characters (10 per line): "Production" / "plan, next" / "3 months" = 3 lines = 45 pt
            [{ value: "Revenue", style: "header" }, { value: "Production plan, next 3 months", style: "header" }],
          ],
        }),
      ],
      names: [],
    };
    const { wb: book } = await roundTrip(s);
    const w = book.getWorksheet("Deck")!;
    expect(w.getRow(2).height).toBe(45);
    expect(w.getRow(1).height).toBeUndefined();
  });
});

