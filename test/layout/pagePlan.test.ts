import { NARROW_LANDSCAPE_BODY_PT, planPages } from "../../src/layout/print";
import { columnWidthPt, fontLineHeight, printedRowHeights } from "../../src/layout/rowHeights";
import type { SheetSpec } from "../../src/layout/types";

describe("planning a sheet's printed pages", () => {
  it("breaks at the allowed row that makes the taller page the shortest", () => {
    // Rows of 10, 20, 30, 40 and 50 pt; a page may start at rows 2, 3 or 4.
    // Break at 2: 30 | 120; at 3: 60 | 90; at 4: 100 | 50. The best is row 3, tallest 90.
    const plan = planPages([10, 20, 30, 40, 50], [0, 2, 3, 4], 2, 100, { width: 200, height: 60 });
    expect(plan.breaks).toEqual([3]);
    expect(plan.tallest).toBe(90);
    // Zoom: 60 / (90 x 1.005, room for pixel rounding) = 0.6633 -> 66 %; the width (200 / 100) allows more.
    expect(plan.scale).toBe(66);
  });

  it("lets the width set the zoom when the page is too wide", () => {
    // Two pages of 50 | 100 (the first of two equal plans); 400 pt wide on a 200 pt body: 50 %.
    expect(planPages([50, 50, 50], [0, 1, 2], 2, 400, { width: 200, height: 1000 })).toEqual({ breaks: [1], scale: 50, tallest: 100 });
  });

  it("plans three pages when allowed, and never breaks at row 0 or past the last row", () => {
    // 100 | 100 | 100 with breaks at rows 1 and 2; 7 and -1 are ignored.
    const plan = planPages([100, 100, 100], [-1, 0, 1, 2, 7], 3, 100, { width: 1000, height: 101 });
    expect(plan.breaks).toEqual([1, 2]);
    expect(plan.scale).toBe(100);
  });

  it("plans for the smaller of A4 and Letter each way, inside the narrow margins", () => {
    // Letter is 11" wide, A4 8.27" tall; margins 0.25" each side, 0.55" top and bottom.
    expect(NARROW_LANDSCAPE_BODY_PT.width).toBeCloseTo(10.5 * 72, 9);
    expect(NARROW_LANDSCAPE_BODY_PT.height).toBeCloseTo(7.17 * 72, 9);
  });

  it("measures rows and columns as Excel draws them", () => {
    // 10 characters: Excel 10 x 7 + 5 = 75 px = 56.25 pt; LibreOffice wider, 7 pt a character: 70 pt.
    expect(columnWidthPt(10)).toBeCloseTo(70, 9);
    // A 14-pt title: 14 / 11 x 15 = 19.09 -> 20 pt; an 11-pt line 15 pt.
    expect(fontLineHeight(14)).toBe(20);
    expect(fontLineHeight(11)).toBe(15);
    const sheet: SheetSpec = {
      name: "S",
      kind: "report",
      cells: [[{ value: "Title", style: "title" }], [{ value: "x" }], [], [{ value: "Production plan, next 3 months", style: "header" }]],
      columnWidths: [15],
      rowHeights: [[2, 6]],
      validations: [],
      conditionalFormats: [],
      charts: [],
      protect: false,
    };
    // Title 20, a plain row 15, a 6-pt spacer of its own, a three-line header 45.
    expect(printedRowHeights(sheet, 3)).toEqual([20, 15, 6, 45]);
  });
});
