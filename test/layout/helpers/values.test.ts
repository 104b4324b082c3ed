import { readNamedRange } from "../../../src/layout/lookup";
import { cellAt, isoFromSerial, monthOf, numberOr, text } from "../../../src/layout/read";
import { asText, isEmpty, pick } from "../../../src/layout/typed";
import type { SheetSpec, WorkbookSpec } from "../../../src/layout/types";

const sheet = (name: string, cells: SheetSpec["cells"]): SheetSpec => ({
  name,
  kind: "report",
  cells,
  columnWidths: [],
  validations: [],
  conditionalFormats: [],
  charts: [],
  protect: false,
});

describe("reading a named range of a built spec", () => {
  // Plan!B2:C4 holds 1 | "" / blank | "x" / (short row) ; Plan!A1 is "title"
  const spec: WorkbookSpec = {
    sheets: [
      sheet("Other", [[{ value: 99 }]]),
      sheet("Plan", [
        [{ value: "title" }],
        [null, { value: 1 }, { value: "" }],
        [null, {}, { value: "x" }],
        [null, { value: false }],
      ]),
    ],
    names: [
      { name: "Block", ref: "Plan!$B$2:$C$4" },
      { name: "Title", ref: "Plan!$A$1" },
      { name: "Lost", ref: "Gone!$A$1" },
    ],
  };

  // B2:C4 row by row: 1 and "" (blank), an empty cell and "x", FALSE and a cell past the row's end
  const block = [
    [1, null],
    [null, "x"],
    [false, null],
  ];

  it("gives each cell's value row by row, blanks as null", () => {
    expect(readNamedRange(spec, "Block")).toEqual(block);
    expect(readNamedRange(spec, "Title")).toEqual([["title"]]);
  });

  it("finds the name in any case", () => {
    expect(readNamedRange(spec, "bLOCK")).toEqual(block);
    expect(readNamedRange(spec, "TITLE")).toEqual([["title"]]);
  });

  it("gives [] for an unknown name or a name on a missing sheet", () => {
    expect(readNamedRange(spec, "Nowhere")).toEqual([]);
    expect(readNamedRange(spec, "Lost")).toEqual([]);
  });
});

describe("typed inputs", () => {
  it("calls absent, null and the empty text blank, and nothing else", () => {
    expect(isEmpty(undefined)).toBe(true);
    expect(isEmpty(null)).toBe(true);
    expect(isEmpty("")).toBe(true);
    expect(isEmpty(" ")).toBe(false);
    expect(isEmpty(0)).toBe(false);
    expect(isEmpty(false)).toBe(false);
  });

  it("picks the typed value unless it is blank", () => {
    const typed = new Map<string, string | number | boolean | null>([
      ["a", 0],
      ["b", ""],
      ["c", null],
      ["d", false],
      ["e", "text"],
    ]);
    expect(pick(typed, "a", 5)).toBe(0);
    expect(pick(typed, "b", 5)).toBe(5);
    expect(pick(typed, "c", 5)).toBe(5);
    expect(pick(typed, "d", 5)).toBe(false);
    expect(pick(typed, "e", 5)).toBe("text");
    expect(pick(typed, "missing", "dflt")).toBe("dflt");
  });

  it("reads a text input: null for a blank or spaces, else the text as typed", () => {
    expect(asText(null)).toBeNull();
    expect(asText("")).toBeNull();
    expect(asText("   ")).toBeNull();
    expect(asText(" Pumps ")).toBe(" Pumps ");
    expect(asText(0)).toBe("0");
    expect(asText(false)).toBe("false");
  });
});

describe("reading a workbook's values back", () => {
  const existing = new Map([
    [
      "Actuals",
      [
        ["Family", 7],
        [null, 0, false],
      ],
    ],
  ]);

  it("reads a cell, null outside the grid or on a missing sheet", () => {
    expect(cellAt(existing, "Actuals", 0, 0)).toBe("Family");
    expect(cellAt(existing, "Actuals", 0, 1)).toBe(7);
    expect(cellAt(existing, "Actuals", 1, 1)).toBe(0);
    expect(cellAt(existing, "Actuals", 1, 2)).toBe(false);
    expect(cellAt(existing, "Actuals", 1, 3)).toBeNull();
    expect(cellAt(existing, "Actuals", 5, 0)).toBeNull();
    expect(cellAt(existing, "Demand", 0, 0)).toBeNull();
  });

  it("reads a cell as trimmed text", () => {
    expect(text(null)).toBeNull();
    expect(text("  a b ")).toBe("a b");
    expect(text(12.5)).toBe("12.5");
    expect(text(true)).toBe("true");
  });

  it("reads a number, typed or as text, else the fallback", () => {
    expect(numberOr(12.5, -1)).toBe(12.5);
    expect(numberOr(0, -1)).toBe(0);
    expect(numberOr(" 7 ", -1)).toBe(7);
    expect(numberOr("-0.25", -1)).toBe(-0.25);
    expect(numberOr("", -1)).toBe(-1);
    expect(numberOr("   ", -1)).toBe(-1);
    expect(numberOr("abc", -1)).toBe(-1);
    expect(numberOr("Infinity", -1)).toBe(-1);
    expect(numberOr(Number.NaN, -1)).toBe(-1);
    expect(numberOr(Number.POSITIVE_INFINITY, -1)).toBe(-1);
    expect(numberOr(true, -1)).toBe(-1);
    expect(numberOr(null, -1)).toBe(-1);
  });

  it("reads a month from its text, an ISO date or a date serial", () => {
    // serial 25569 is 1970-01-01; 2026-03-01 is 56 * 365 + 14 leap days + 59 = 20513 days later
    expect(isoFromSerial(46082)).toBe("2026-03-01");
    expect(monthOf(46082)).toBe("2026-03");
    expect(monthOf(46082.75)).toBe("2026-03");
    // serial 1 is 1900-01-01
    expect(monthOf(1)).toBe("1900-01");
    expect(monthOf("2026-03")).toBe("2026-03");
    expect(monthOf(" 2026-12 ")).toBe("2026-12");
    expect(monthOf("2026-03-15")).toBe("2026-03");
    expect(monthOf("2026-03-15T00:00:00Z")).toBe("2026-03");
  });

  it("reads anything else as no month", () => {
    expect(monthOf(null)).toBeNull();
    expect(monthOf(0)).toBeNull();
    expect(monthOf(-5)).toBeNull();
    expect(monthOf("")).toBeNull();
    expect(monthOf("2026-13")).toBeNull();
    expect(monthOf("2026-13-01")).toBeNull();
    expect(monthOf("2026-00-01")).toBeNull();
    expect(monthOf("x2026-03-01")).toBeNull();
    // a month followed by something else, even a date further on, is no month
    expect(monthOf("2026-03, then 2026-04-01")).toBeNull();
    expect(monthOf("2026-03-1")).toBeNull();
    expect(monthOf("2026-3-01")).toBeNull();
    expect(monthOf("March")).toBeNull();
    expect(monthOf(true)).toBeNull();
  });
});
