import {
  SheetReader,
  claimAbove,
  columnsOf,
  headerRow,
  isEmpty,
  norm,
  text,
  type Found,
} from "../../../src/layout/sheetReader";

describe("the sheet reader's text helpers", () => {
  it("reads cells as trimmed text, a blank as the empty text", () => {
    expect(text(undefined)).toBe("");
    expect(text(null)).toBe("");
    expect(text("  Pumps ")).toBe("Pumps");
    expect(text(0)).toBe("0");
    expect(text(false)).toBe("false");
    expect(isEmpty("  ")).toBe(true);
    expect(isEmpty(undefined)).toBe(true);
    expect(isEmpty(0)).toBe(false);
    expect(norm("  Unit   Cost\t ")).toBe("unit cost");
  });
});

describe("the sheet reader", () => {
  // Values:   row 0: "Title"
  //           row 1: "Family", "Unit", "Unit"          (header, "Unit" twice)
  //           row 2: "Pumps", 4, "", 7
  //           row 3: (empty)
  // Formulas: row 2 col 1 "=2*2"; row 3 col 4 "=Z1" over an empty value; row 4 col 0 "note" (not a formula)
  const values = [["Title"], ["Family", "Unit", " unit "], ["Pumps", 4, "", 7], []];
  const formulas = [[], [], [null, "=2*2"], [null, null, null, null, "=Z1"], ["note"]];

  it("reads values and formulas, null and undefined outside", () => {
    const s = new SheetReader("Actuals", values, formulas);
    expect(s.rows).toBe(4);
    expect(s.value(2, 1)).toBe(4);
    expect(s.value(2, 9)).toBeNull();
    expect(s.value(9, 0)).toBeNull();
    expect(s.text(1, 2)).toBe("unit");
    expect(s.formula(2, 1)).toBe("=2*2");
    expect(s.formula(2, 3)).toBeUndefined();
    expect(s.formula(4, 0)).toBeUndefined();
    // past the formulas' rows
    expect(s.formula(9, 0)).toBeUndefined();
    expect(s.hasFormulas).toBe(true);
    expect(new SheetReader("A", values, undefined).hasFormulas).toBe(false);
    expect(new SheetReader("A", values, undefined).formula(2, 1)).toBeUndefined();
  });

  it("measures a row by the wider of its values and formulas", () => {
    const s = new SheetReader("Actuals", values, formulas);
    expect(s.width(2)).toBe(4);
    expect(s.width(3)).toBe(5);
    expect(s.width(4)).toBe(1);
    expect(s.width(7)).toBe(0);
    expect(new SheetReader("A", values, undefined).width(3)).toBe(0);
  });

  it("addresses a cell on its sheet", () => {
    expect(new SheetReader("Actuals", [], undefined).address(8, 5)).toBe("Actuals!F9");
  });

  it("takes an input holding a value or a formula, claiming it either way", () => {
    const s = new SheetReader("Actuals", values, formulas);
    const out: Found[] = [];
    s.take(out, "k1", 2, 1);
    s.take(out, "k2", 2, 2);
    s.take(out, "k3", 2, 3);
    s.take(out, "k4", 3, 4);
    expect(out).toStrictEqual([
      { key: "k1", value: 4, address: "Actuals!B3", formula: "=2*2" },
      { key: "k3", value: 7, address: "Actuals!D3" },
      { key: "k4", value: null, address: "Actuals!E4", formula: "=Z1" },
    ]);
    // everything unclaimed that holds something is an orphan: the title, the header row, "Pumps";
    // the blank cell taken at C3 is claimed, and "note" is no formula over an empty value
    expect(s.orphans()).toStrictEqual([
      { sheet: "Actuals", address: "Actuals!A1", value: "Title" },
      { sheet: "Actuals", address: "Actuals!A2", value: "Family" },
      { sheet: "Actuals", address: "Actuals!B2", value: "Unit" },
      { sheet: "Actuals", address: "Actuals!C2", value: " unit " },
      { sheet: "Actuals", address: "Actuals!A3", value: "Pumps" },
    ]);
  });

  it("finds orphans in rows past the values when formulas run longer", () => {
    const s = new SheetReader("Notes", [["a"]], [[null], [null, "=A1+1"]]);
    expect(s.orphans()).toStrictEqual([
      { sheet: "Notes", address: "Notes!A1", value: "a" },
      { sheet: "Notes", address: "Notes!B2", value: null, formula: "=A1+1" },
    ]);
    s.claim(1, 1);
    expect(s.orphans()).toStrictEqual([{ sheet: "Notes", address: "Notes!A1", value: "a" }]);
  });

  it("claims whole rows and everything above a header", () => {
    const s = new SheetReader("Actuals", values, formulas);
    s.claimRow(1);
    claimAbove(s, 1);
    // claimAbove claims column A only
    expect(s.orphans().map((o) => o.address)).toEqual(["Actuals!A3", "Actuals!B3", "Actuals!D3", "Actuals!E4"]);
    const t = new SheetReader("T", [["a", "b"], ["c"], ["d"]], undefined);
    claimAbove(t, 2);
    expect(t.orphans().map((o) => o.address)).toEqual(["T!B1", "T!A3"]);
    claimAbove(t, 0);
    expect(t.orphans().map((o) => o.address)).toEqual(["T!B1", "T!A3"]);
  });

  it("finds the header row with the most hits, the first on a tie, at least min", () => {
    const rows = [["x"], ["h", "h"], ["h"], ["h", "h", "h"], ["h", "h", "h"]];
    const s = new SheetReader("S", rows, undefined);
    const isH = (r: number, c: number): boolean => s.text(r, c) === "h";
    expect(headerRow(s, isH)).toBe(3);
    expect(headerRow(s, isH, 3)).toBe(3);
    expect(headerRow(s, isH, 4)).toBeNull();
    // only the row's own cells are tested: at most 3 hits, even for a test true everywhere
    expect(headerRow(s, () => true, 3)).toBe(3);
    expect(headerRow(s, () => true, 4)).toBeNull();
    const one = new SheetReader("S", [["x"], ["h"], ["h"]], undefined);
    expect(headerRow(one, (r, c) => one.text(r, c) === "h")).toBe(1);
    expect(headerRow(one, () => false)).toBeNull();
  });

  it("looks for the header in the top 30 rows only", () => {
    const rows: string[][] = Array.from({ length: 31 }, () => ["x"]);
    rows[30] = ["h"];
    const s = new SheetReader("S", rows, undefined);
    expect(headerRow(s, (r, c) => s.text(r, c) === "h")).toBeNull();
    rows[29] = ["h"];
    const t = new SheetReader("S", rows, undefined);
    expect(headerRow(t, (r, c) => t.text(r, c) === "h")).toBe(29);
  });

  it("maps normalised header text to its first column, blanks left out", () => {
    const s = new SheetReader("S", [["Family", "", " Unit  Cost ", "unit cost", "x"]], undefined);
    expect([...columnsOf(s, 0)]).toEqual([
      ["family", 0],
      ["unit cost", 2],
      ["x", 4],
    ]);
  });
});
