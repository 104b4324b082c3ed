import { enteredContent, contentGrid } from "../../../src/render/officejs/grid";
import { chunkAddresses, columnWidthGroups, groupRects, widthInPoints } from "../../../src/render/officejs/styles";
import { columnIndex, columnLetter, parseRect, splitReference } from "../../../src/render/officejs/a1";
import { countRequests, nextRequest, type Step } from "../../../src/render/officejs/step";
import type { SheetSpec } from "../../../src/layout/types";
import { createExcelDouble } from "../../doubles/excel";
import fc from "fast-check";

const sheet = (cells: SheetSpec["cells"]): SheetSpec => ({ name: "S", kind: "calc", cells, columnWidths: [], validations: [], conditionalFormats: [], charts: [], protect: false });

describe("what each cell is entered as", () => {
  it("keeps text that Excel would read as a formula, number, date or boolean as text", () => {
    for (const text of ["=1+1", "+1", "-2", "@SUM(A1)", "2026-03", "1e5", "TRUE", "12%", "'quoted"]) {
      expect(enteredContent({ value: text })).toBe(`'${text}`);
    }
  });

  it("enters formulas, numbers and booleans as they are, blanks and non-finite numbers as empty", () => {
    expect(enteredContent({ formula: "=SUM(A1:A3)", value: 6 })).toBe("=SUM(A1:A3)");
    expect(enteredContent({ formula: "SUM(A1:A3)" })).toBe("=SUM(A1:A3)");
    expect(enteredContent({ value: 2.5 })).toBe(2.5);
    expect(enteredContent({ value: false })).toBe(false);
    expect(enteredContent({ value: null, style: "input" })).toBe("");
    expect(enteredContent(null)).toBe("");
    expect(enteredContent({ value: Number.NaN })).toBe("");
  });

  it("never lets text become a formula, whatever the text (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 20 }), async (texts) => {
        const excel = createExcelDouble();
        const spec = sheet([texts.map((t) => ({ value: t }))]);
        await excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange(`A1:${columnLetter(texts.length - 1)}1`).formulas = contentGrid(spec, texts.length);
        });
        const s = excel.state.sheet("Sheet1");
        texts.forEach((t, c) => {
          expect(s.cellAt(0, c).formula).toBeNull();
          expect(s.cellAt(0, c).value).toBe(t);
        });
      }),
      { numRuns: 50 },
    );
  });
});

describe("A1 addresses", () => {
  it("converts column letters both ways", () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
    expect(columnIndex("XFD")).toBe(16383);
  });
  it("splits sheet-qualified references", () => {
    expect(splitReference("'It''s here'!$B$3:$C$4")).toEqual({ sheet: "It's here", local: "$B$3:$C$4" });
    expect(parseRect("$B$3:$C$4")).toEqual({ r0: 2, c0: 1, r1: 3, c1: 2 });
  });
});

describe("styles as rectangles", () => {
  it("groups equal styles along rows and merges identical runs downwards", () => {
    const s = sheet([
      [{ style: "header" }, { style: "header" }, { style: "header" }],
      [{ style: "label" }, { style: "input" }, { style: "input" }],
      [{ style: "label" }, { style: "input" }, { style: "input" }],
      [{ style: "total" }, null, { style: "input" }],
    ]);
    const g = groupRects(s, (r, c) => s.cells[r][c]?.style);
    expect(g.get("header")).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 2 }]);
    expect(g.get("input")).toEqual([
      { r0: 1, c0: 1, r1: 2, c1: 2 },
      { r0: 3, c0: 2, r1: 3, c1: 2 },
    ]);
    expect(g.get("label")).toEqual([{ r0: 1, c0: 0, r1: 2, c1: 0 }]);
  });

  it("chunks address lists under the character limit", () => {
    expect(chunkAddresses(["A1:B2", "C3", "D4:D9", "E1"], 12)).toEqual(["A1:B2,C3", "D4:D9,E1"]);
  });

  it("converts widths in characters to points: 7 px per character + 5 px padding, 0.75 pt per px", () => {
    expect(widthInPoints(10)).toBe(56.25); // 75 px
    expect(widthInPoints(26)).toBe(140.25); // 187 px
    expect(columnWidthGroups([26, 10, 10, 12, 10])).toEqual(
      new Map([
        [140.25, ["A:A"]],
        [56.25, ["B:C", "E:E"]],
        [66.75, ["D:D"]], // 12 characters: 89 px
      ]),
    );
  });
});

describe("packing steps into requests", () => {
  const plain = (bytes: number): Step => ({ label: `${bytes}`, sheet: null, bytes, queue: () => undefined });
  const grid = (rows: number, rowBytes: number, r0 = 0): Step => ({
    label: `grid ${r0}-${r0 + rows - 1}`,
    sheet: "S",
    bytes: rows * rowBytes,
    queue: () => undefined,
    fit: (room) => {
      const k = Math.floor(room / rowBytes);
      return k === 0 || k >= rows ? null : { head: grid(k, rowBytes, r0), tail: grid(rows - k, rowBytes, r0 + k) };
    },
  });

  it("fills each request, cutting a grid by rows", () => {
    const { batch, rest } = nextRequest([plain(30_000), grid(100, 1000), plain(10)], 100_000);
    expect(batch.map((s) => s.label)).toEqual(["30000", "grid 0-69"]);
    expect(rest.map((s) => s.label)).toEqual(["grid 70-99", "10"]);
    expect(countRequests([plain(30_000), grid(100, 1000), plain(10)], 100_000)).toBe(2);
  });

  it("sends a step larger than the budget alone", () => {
    const { batch, rest } = nextRequest([plain(500), plain(10)], 100);
    expect(batch.map((s) => s.bytes)).toEqual([500]);
    expect(rest.map((s) => s.bytes)).toEqual([10]);
  });
});
