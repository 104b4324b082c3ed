import {
  HEADER_FOOTER_MAX,
  cycleFooter,
  footerParts,
  headerFooterText,
  headerParts,
  joinParts,
  planPages,
  sheetPrint,
} from "../../../src/layout/print";
import { headerRowHeights, printedRowHeights, wrappedLines } from "../../../src/layout/rowHeights";
import type { SheetSpec } from "../../../src/layout/types";

const sheet = (cells: SheetSpec["cells"], columnWidths: number[], extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name: "S",
  kind: "report",
  cells,
  columnWidths,
  validations: [],
  conditionalFormats: [],
  charts: [],
  protect: false,
  ...extra,
});

describe("header and footer text", () => {
  it("doubles each & and cuts the coded text at the limit, never inside a doubled &", () => {
    expect(headerFooterText("a&b", 10)).toBe("a&&b");
    // "a&&b" is 4 characters: it fits in exactly 4
    expect(headerFooterText("a&b", 4)).toBe("a&&b");
    expect(headerFooterText("a&b", 3)).toBe("a&&");
    // the doubled & would end at 3 > 2: cut before it
    expect(headerFooterText("a&b", 2)).toBe("a");
    expect(headerFooterText("abc", 0)).toBe("");
  });

  it("puts the footer's text left, the sheet centre, the page right, within 255 characters", () => {
    expect(footerParts("Pumps & Co")).toEqual({ left: "Pumps && Co", center: "&A", right: "Page &P of &N" });
    // room = 255 - "&L&C&R" (6) - "&A" (2) - "Page &P of &N" (13) = 234
    const long = footerParts("x".repeat(300));
    expect(long.left).toBe("x".repeat(234));
    expect(joinParts(long)).toHaveLength(HEADER_FOOTER_MAX);
  });

  it("puts the header's title in bold in the centre, within 255 characters", () => {
    expect(headerParts("Plan & gaps")).toEqual({ left: "", center: '&"-,Bold"Plan && gaps', right: "" });
    // room = 255 - "&C" (2) - '&"-,Bold"' (9) = 244
    const long = headerParts("y".repeat(300));
    expect(long.center).toBe('&"-,Bold"' + "y".repeat(244));
    expect(joinParts(long)).toHaveLength(HEADER_FOOTER_MAX);
  });

  it("joins the parts, leaving out the empty ones", () => {
    expect(joinParts({ left: "a", center: "b", right: "c" })).toBe("&La&Cb&Rc");
    expect(joinParts({ left: "", center: "b", right: "" })).toBe("&Cb");
    expect(joinParts({ left: "a", center: "", right: "c" })).toBe("&La&Rc");
    expect(joinParts({ left: "", center: "", right: "" })).toBe("");
  });

  it("names the company and the cycle in the footer", () => {
    expect(cycleFooter("Northwind Pumps & Valves", "2026-03")).toBe("Northwind Pumps & Valves · S&OP cycle 2026-03");
  });
});

describe("a sheet's page setup", () => {
  it("prints landscape, one page wide, repeating the frozen rows", () => {
    expect(sheetPrint(sheet([], [], { freeze: { rows: 4, columns: 2 } }), "F")).toEqual({
      landscape: true,
      fitToWidth: true,
      titleRows: 4,
      footer: "F",
    });
    expect(sheetPrint(sheet([], [], { freeze: { rows: 0, columns: 2 } }), "F")).toEqual({
      landscape: true,
      fitToWidth: true,
      footer: "F",
    });
    expect(sheetPrint(sheet([], []), "G")).toEqual({ landscape: true, fitToWidth: true, footer: "G" });
  });
});

describe("planning pages, more cases", () => {
  it("keeps everything on one page when one page (or fewer) is allowed", () => {
    // 3 rows of 100: one page 300 tall; zoom 600 / (300 x 1.005) = 1.99 -> at most 100 %
    expect(planPages([100, 100, 100], [1, 2], 1, 100, { width: 1000, height: 600 })).toEqual({
      breaks: [],
      scale: 100,
      tallest: 300,
    });
    expect(planPages([100, 100, 100], [1, 2], 0, 100, { width: 1000, height: 600 })).toEqual({
      breaks: [],
      scale: 100,
      tallest: 300,
    });
  });

  it("reads the allowed starts in any order, once each, the earliest on a tie", () => {
    // 50 | 100 or 100 | 50: both 100 tall, the break at row 1 is the earlier
    expect(planPages([50, 50, 50], [2, 1, 2], 2, 100, { width: 1000, height: 1000 }).breaks).toEqual([1]);
  });

  it("never zooms below 10 %, and reads a width of 0 as 1 point", () => {
    // 10 000 pt on a 100 pt page: 1 % -> 10 %
    expect(planPages([10000], [], 1, 0, { width: 100, height: 100 }).scale).toBe(10);
    // width 0 -> 1 pt; height 100 / (50 x 1.005) > 1 -> 100 %
    expect(planPages([50], [], 1, 0, { width: 100, height: 100 }).scale).toBe(100);
    // an empty sheet: tallest 0, read as 1 pt
    expect(planPages([], [], 2, 50, { width: 100, height: 100 })).toEqual({ breaks: [], scale: 100, tallest: 0 });
  });

  it("breaks twice where that is best, not where one break is", () => {
    // rows 10, 10, 10, 100 on up to three pages, starts at 1, 2, 3:
    // the row 3 of 100 pt is the tallest page whatever the breaks (1 and 3: 10 | 20 | 100, 2 and 3,
    // or 3 alone: 30 | 100). The first break tried is the earliest, row 1, and the rest (rows 1-3
    // on two pages) is best broken at 3: 10 | 20 | 100; later plans only tie, and a tie is not better.
    expect(planPages([10, 10, 10, 100], [1, 2, 3], 3, 100, { width: 1000, height: 1000 })).toEqual({
      breaks: [1, 3],
      scale: 100,
      tallest: 100,
    });
    // On up to four pages: the first break tried is row 1, then the rest (rows 1-3 on three
    // pages) is best broken at 2 and 3: 10 | 10 | 10 | 100, each break once, after the page it ends.
    expect(planPages([10, 10, 10, 100], [1, 2, 3], 4, 100, { width: 1000, height: 1000 }).breaks).toEqual([1, 2, 3]);
    // 60, 60, 60 on up to three pages: 60 | 60 | 60
    expect(planPages([60, 60, 60], [1, 2], 3, 100, { width: 1000, height: 120 })).toEqual({
      breaks: [1, 2],
      // 120 / (60 x 1.005) = 1.99 -> 100 %
      scale: 100,
      tallest: 60,
    });
  });
});

describe("wrapped lines, more cases", () => {
  it("fits a word that ends exactly at the column's capacity", () => {
    // width 10 -> capacity floor(9) = 9: "aaaa bbbb" is 9 characters, one line
    expect(wrappedLines("aaaa bbbb", 10)).toBe(1);
    expect(wrappedLines("aaaa bbbbb", 10)).toBe(2);
    // capacity 9, not 11 (width / 0.9): 11 characters take two lines
    expect(wrappedLines("aaaaa bbbbb", 10)).toBe(2);
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("   a   ", 10)).toBe(1);
    // a space after a full line starts no new line
    expect(wrappedLines("aaaaaaaaa ", 10)).toBe(1);
    expect(wrappedLines("aaaa bbbb   ", 10)).toBe(1);
  });

  it("takes at least one character a line in the narrowest column", () => {
    // width 1 -> capacity max(1, floor(0.9)) = 1: "ab" takes 2 lines, "cd" 2 more
    expect(wrappedLines("ab cd", 1)).toBe(4);
  });

  it("breaks long words across lines, and goes on after their last piece", () => {
    // capacity 9. 20 x's: lines 1-3 (9 + 9 + 2); "cd" fits beside the last 2: 3 lines
    expect(wrappedLines(`${"x".repeat(20)} cd`, 10)).toBe(3);
    // 18 x's fill two whole lines; "c" starts a third
    expect(wrappedLines(`${"x".repeat(18)} c`, 10)).toBe(3);
    // "ab", then 20 x's from the next line: lines 2-4 (9 + 9 + 2); "cd" beside the last 2
    expect(wrappedLines(`ab ${"x".repeat(20)} cd`, 10)).toBe(4);
    // "ab", 18 x's on lines 2-3, "c" on line 4
    expect(wrappedLines(`ab ${"x".repeat(18)} c`, 10)).toBe(4);
  });
});

describe("row heights, more cases", () => {
  it("sizes a wrapped 9-pt note in proportion to its font", () => {
    // width 9 at 9 pt holds as much as 11 characters at 11 pt: capacity floor(11 x 0.9) = 9;
    // "aaaa bbbb cccc" takes 2 lines of 15 x 9 / 11 pt: ceil(24.55) = 25
    const s = sheet([[{ value: "aaaa bbbb cccc", style: "wrappedNote" }]], [9]);
    expect([...headerRowHeights(s)]).toEqual([[0, 25]]);
  });

  it("uses Excel's default width for a column without one", () => {
    // 8.43 characters -> capacity floor(7.587) = 7: "abcd efgh" (9) takes 2 lines, 30 pt
    const s = sheet([[null, { value: "abcd efgh", style: "header" }]], [20]);
    expect([...headerRowHeights(s)]).toEqual([[0, 30]]);
  });

  it("leaves alone text that does not wrap, values that are not text, and unstyled cells", () => {
    const s = sheet(
      [
        [{ value: "a very long label that would wrap", style: "label" }],
        [{ value: 1234567890123, style: "header" }],
        [{ value: "a very long value without a style" }],
        [{ value: "a very long note that does not wrap", style: "note" }],
      ],
      [5],
    );
    expect([...headerRowHeights(s)]).toEqual([]);
  });

  it("takes the row's tallest wrapped cell, and a height of the row's own over it", () => {
    // width 10 (capacity 9): "aaaa bbbb cccc" 2 lines (30), "aaaa bbbb cccc dddd eeee" 3 lines (45)
    const cells = [
      [
        { value: "aaaa bbbb cccc dddd eeee", style: "header" as const },
        { value: "aaaa bbbb cccc", style: "header" as const },
      ],
      [{ value: "aaaa bbbb cccc", style: "header" as const }],
    ];
    expect([...headerRowHeights(sheet(cells, [10, 10]))]).toEqual([
      [0, 45],
      [1, 30],
    ]);
    const own = sheet(cells, [10, 10], {
      rowHeights: [
        [1, 12],
        [4, 8],
      ],
    });
    expect([...headerRowHeights(own)]).toEqual([
      [0, 45],
      [1, 12],
      [4, 8],
    ]);
  });

  it("prints a row past the cells, or of small fonts only, at the default line", () => {
    const s = sheet([[{ value: "n", style: "note" }], [{ value: "t", style: "title" }, { value: "x" }]], [10]);
    // note (9 pt): max(11, 9) -> 15; title 14 pt: 20; rows 2 and 3 have no cells: 15
    expect(printedRowHeights(s, 3)).toEqual([15, 20, 15, 15]);
    expect(printedRowHeights(s, 0)).toEqual([15]);
  });
});
