import {
  abs,
  addr,
  colIndex,
  colName,
  parseAddr,
  parseRef,
  quoteSheetName,
  range,
  sheetPrefix,
} from "../../../src/layout/a1";

describe("A1 addresses", () => {
  it("names columns in base 26 without a zero digit", () => {
    // 0..25 -> A..Z; 26 = 1*26 + 0 -> AA; 51 = 1*26 + 25 -> AZ; 52 -> BA;
    // 701 = 26*26 + 25 -> ZZ (the last two-letter column); 702 -> AAA.
    const cases: Array<[number, string]> = [
      [0, "A"],
      [1, "B"],
      [25, "Z"],
      [26, "AA"],
      [27, "AB"],
      [51, "AZ"],
      [52, "BA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ];
    for (const [col, letters] of cases) {
      expect(colName(col)).toBe(letters);
      expect(colIndex(letters)).toBe(col);
    }
  });

  it("reads column letters in either case", () => {
    expect(colIndex("a")).toBe(0);
    expect(colIndex("z")).toBe(25);
    expect(colIndex("aB")).toBe(27);
    expect(colIndex("xfd")).toBe(16383);
  });

  it("writes addresses with each part absolute on its own", () => {
    // row 6, column 2: the seventh row of column C
    expect(addr(6, 2)).toBe("C7");
    expect(addr(6, 2, { absRow: true })).toBe("C$7");
    expect(addr(6, 2, { absCol: true })).toBe("$C7");
    expect(addr(6, 2, { absRow: true, absCol: true })).toBe("$C$7");
    expect(abs(0, 0)).toBe("$A$1");
    expect(abs(11, 27)).toBe("$AB$12");
  });

  it("writes ranges, relative by default", () => {
    expect(range(6, 2, 8, 5)).toBe("C7:F9");
    expect(range(6, 2, 8, 5, false)).toBe("C7:F9");
    expect(range(6, 2, 8, 5, true)).toBe("$C$7:$F$9");
  });

  it("quotes a sheet name unless it is a plain identifier", () => {
    expect(quoteSheetName("Demand")).toBe("Demand");
    expect(quoteSheetName("_x")).toBe("_x");
    expect(quoteSheetName("Plan_2.v3")).toBe("Plan_2.v3");
    expect(quoteSheetName("z")).toBe("z");
    // a space, a leading digit, a hyphen, a leading dot
    expect(quoteSheetName("Kept inputs")).toBe("'Kept inputs'");
    expect(quoteSheetName("1Plan")).toBe("'1Plan'");
    expect(quoteSheetName("P-L")).toBe("'P-L'");
    expect(quoteSheetName(".x")).toBe("'.x'");
    expect(quoteSheetName("Plan ")).toBe("'Plan '");
    // an apostrophe is doubled inside the quotes
    expect(quoteSheetName("O'Neil's plan")).toBe("'O''Neil''s plan'");
    expect(sheetPrefix("Demand")).toBe("Demand!");
    expect(sheetPrefix("Kept inputs")).toBe("'Kept inputs'!");
  });

  it("parses addresses, absolute or not, in either case", () => {
    expect(parseAddr("B7")).toEqual({ row: 6, col: 1 });
    expect(parseAddr("$B$7")).toEqual({ row: 6, col: 1 });
    expect(parseAddr("$B7")).toEqual({ row: 6, col: 1 });
    expect(parseAddr("B$7")).toEqual({ row: 6, col: 1 });
    expect(parseAddr("ab120")).toEqual({ row: 119, col: 27 });
    expect(parseAddr("A1")).toEqual({ row: 0, col: 0 });
  });

  it("rejects anything else than an address, naming it", () => {
    for (const bad of ["", "B", "7", "7B", "B7C", "1B7", "B-7", "B 7", "$$B7", "B$$7", "B7$", "Demand!B7"]) {
      expect(() => parseAddr(bad)).toThrow(`not an A1 address: ${bad}`);
    }
  });

  it("parses references to a cell or a range, with quoted sheet names", () => {
    expect(parseRef("Demand!$B$7:$D$9")).toEqual({ sheet: "Demand", r1: 6, c1: 1, r2: 8, c2: 3 });
    expect(parseRef("Settings!$B$3")).toEqual({ sheet: "Settings", r1: 2, c1: 1, r2: 2, c2: 1 });
    expect(parseRef("'Kept inputs'!B7")).toEqual({ sheet: "Kept inputs", r1: 6, c1: 1, r2: 6, c2: 1 });
    expect(parseRef("'O''Neil''s plan'!A1:AA2")).toEqual({ sheet: "O'Neil's plan", r1: 0, c1: 0, r2: 1, c2: 26 });
    // the last "!" separates the sheet from the cells
    expect(parseRef("'Wow!'!C3")).toEqual({ sheet: "Wow!", r1: 2, c1: 2, r2: 2, c2: 2 });
  });
});
