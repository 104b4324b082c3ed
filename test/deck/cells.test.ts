/**
 * Reading cells and names back for the deck, by hand: what is a number, a month, a date, a
 * blank; each reading error's message, naming the range and the cell.
 */
import { isSopError, type SopError } from "../../src/core/errors";
import { a1, cellDate, cellMonth, cellNumber, cellText, flatten, isBlank } from "../../src/deck/cells";
import { blankableGrid, list, optionalWord, planGrid, single, singleNumber, table, type NamedReader } from "../../src/deck/read";
import type { CellValue } from "../../src/layout/types";

const reader =
  (grids: Record<string, CellValue[][]>): NamedReader =>
  (name) =>
    grids[name];
const message = (r: unknown): string => (isSopError(r) ? (r as SopError).message : "no error");
const fix = ": rebuild the workbook or correct the range";

describe("a cell as a number", () => {
  it("reads finite numbers and number text (trimmed, signed, decimal, with an exponent)", () => {
    expect([5, -2.5, " 12.5 ", "+5", "-5", "12", "3.25", ".25", "-.5", "7.", "1e3", "1E-2", "1e+2", "1e10"].map(cellNumber)).toEqual([
      5, -2.5, 12.5, 5, -5, 12, 3.25, 0.25, -0.5, 7, 1000, 0.01, 100, 1e10,
    ]);
  });

  it("is null for a blank, undefined for text, an error, a boolean or a non-finite number", () => {
    expect([null, undefined, "", "   "].map(cellNumber)).toEqual([null, null, null, null]);
    // "0x10" and "1e" are not decimal text, although Number("0x10") is 16.
    expect(["abc", "12abc", "0x10", "1e", "#N/A", true, false, Infinity, NaN].map(cellNumber)).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
  });
});

describe("a cell as text, a blank, a month, a date", () => {
  it("trims text and writes numbers and booleans as text", () => {
    expect([null, undefined, " a b ", 5, true].map(cellText)).toEqual(["", "", "a b", "5", "true"]);
    expect([null, undefined, "", "  ", "a", 0].map(isBlank)).toEqual([true, true, true, true, false, false]);
  });

  it("reads a month from YYYY-MM text, YYYY-MM-DD text or a date serial", () => {
    // Serial 46082 = 2026-03-01 (46023 is 2026-01-01, + 31 + 28); serial 1 = 1900-01-01.
    expect([46082, 1, "2026-03", " 2026-12-15 ", "2026-01"].map(cellMonth)).toEqual(["2026-03", "1900-01", "2026-03", "2026-12", "2026-01"]);
    expect([0, -5, Infinity, "2026-13", "2026-00", "x2026-03", "March", null].map(cellMonth)).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it("reads a date from YYYY-MM-DD text (time dropped) or a date serial; blank is empty", () => {
    expect([46082, 1, "2026-03-15", "2026-03-15T10:00", null, " "].map(cellDate)).toEqual(["2026-03-01", "1900-01-01", "2026-03-15", "2026-03-15", "", ""]);
    expect([0, Infinity, "15/03/2026", "x2026-03-15", "2026-03-1", true].map(cellDate)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it("flattens one row or one column, nothing wider", () => {
    expect(flatten([[1, 2, 3]])).toEqual([1, 2, 3]);
    expect(flatten([[1], [2], [3]])).toEqual([1, 2, 3]);
    expect(flatten([[1, 2], [3, 4]])).toBeUndefined();
    expect(flatten([[1], [2, 3]])).toBeUndefined();
    expect(a1(0, 0)).toBe("A1");
    expect(a1(11, 27)).toBe("AB12");
  });
});

describe("reading a name", () => {
  it("says the workbook has no such range when the name is absent or has no values", () => {
    const get = reader({ SOP_Company: [] });
    expect(message(single(get, "SOP_Company"))).toBe("the workbook has no SOP_Company range: scaffold the workbook first");
    expect(message(single(get, "SOP_CycleMonth"))).toBe("the workbook has no SOP_CycleMonth range: scaffold the workbook first");
    expect(message(single(reader({ SOP_Company: [[]] }), "SOP_Company"))).toBe(`SOP_Company is empty${fix}`);
    expect(single(reader({ SOP_Company: [["Acme", "x"]] }), "SOP_Company")).toBe("Acme");
  });

  it("reads one number, or names what the cell holds instead", () => {
    expect(singleNumber(reader({ SOP_RevenueTarget: [[" 3000 "]] }), "SOP_RevenueTarget")).toBe(3000);
    expect(message(singleNumber(reader({ SOP_RevenueTarget: [["lots"]] }), "SOP_RevenueTarget"))).toBe(`SOP_RevenueTarget holds "lots", not a number${fix}`);
    expect(message(singleNumber(reader({ SOP_RevenueTarget: [[null]] }), "SOP_RevenueTarget"))).toBe(`SOP_RevenueTarget holds "", not a number${fix}`);
    expect(message(singleNumber(reader({}), "SOP_RevenueTarget"))).toMatch(/^the workbook has no SOP_RevenueTarget range/);
  });

  it("reads a list from a row or a column, not a block", () => {
    expect(list(reader({ SOP_Months: [["2026-03", "2026-04"]] }), "SOP_Months")).toEqual(["2026-03", "2026-04"]);
    expect(message(list(reader({ SOP_Months: [["a", "b"], ["c", "d"]] }), "SOP_Months"))).toBe(`SOP_Months should be one row or one column${fix}`);
    expect(message(list(reader({}), "SOP_Months"))).toMatch(/^the workbook has no SOP_Months range/);
  });

  it("reads a plan grid of the workbook's size, blanks as 0, and names a bad cell or a grid of blanks", () => {
    const get = (g: CellValue[][]) => reader({ SOP_Demand: g });
    expect(planGrid(get([[1, null], ["2", 3]]), "SOP_Demand", 2, 2)).toEqual([[1, 0], [2, 3]]);
    expect(message(planGrid(get([[1, 2]]), "SOP_Demand", 2, 2))).toBe(`SOP_Demand is 1 x 2 but the workbook has 2 families and 2 months${fix}`);
    expect(message(planGrid(get([[1, 2], [3]]), "SOP_Demand", 2, 2))).toBe(`SOP_Demand is 2 x 2 but the workbook has 2 families and 2 months${fix}`);
    expect(message(planGrid(get([[1, 2], [3, "x"]]), "SOP_Demand", 2, 2))).toBe(`SOP_Demand row 2, month 2 holds "x", not a number${fix}`);
    expect(message(planGrid(get([[null, ""], [null, null]]), "SOP_Demand", 2, 2))).toBe(`SOP_Demand holds no numbers (recalculate the workbook)${fix}`);
    // No families: nothing to read, and no "holds no numbers" either.
    expect(message(planGrid(reader({}), "SOP_Demand", 0, 3))).toMatch(/^the workbook has no SOP_Demand range/);
    // No months: a family's row of 0 cells holds no blanks to report either.
    expect(planGrid(get([[]]), "SOP_Demand", 1, 0)).toEqual([[]]);
  });

  it("reads a blankable grid, blanks kept as null; undefined without the name", () => {
    const get = (g: CellValue[][]) => reader({ SOP_ProposedSupply: g });
    expect(blankableGrid(get([[1, null], [" ", 3]]), "SOP_ProposedSupply", 2, 2)).toEqual([[1, null], [null, 3]]);
    expect(blankableGrid(reader({}), "SOP_ProposedSupply", 2, 2)).toBeUndefined();
    expect(blankableGrid(get([]), "SOP_ProposedSupply", 2, 2)).toBeUndefined();
    expect(message(blankableGrid(get([[1, 2]]), "SOP_ProposedSupply", 2, 2))).toBe(`SOP_ProposedSupply is 1 x 2 but the workbook has 2 families and 2 months${fix}`);
    expect(message(blankableGrid(get([[1, 2], [3]]), "SOP_ProposedSupply", 2, 2))).toBe(`SOP_ProposedSupply is 2 x 2 but the workbook has 2 families and 2 months${fix}`);
  });

  it("reads a table of so many columns (or at least so many), blank rows skipped", () => {
    const get = (g: CellValue[][]) => reader({ SOP_Actions: g });
    expect(table(get([["a", 1], [null, " "], ["b", 2]]), "SOP_Actions", 2)).toEqual([["a", 1], ["b", 2]]);
    expect(message(table(get([["a", 1, 3]]), "SOP_Actions", 2))).toBe(`SOP_Actions should have 2 columns${fix}`);
    expect(table(get([["a", 1, 3]]), "SOP_Actions", 2, true)).toEqual([["a", 1, 3]]);
    expect(message(table(get([["a", 1], ["b"]]), "SOP_Actions", 2, true))).toBe(`SOP_Actions should have at least 2 columns${fix}`);
  });

  it("reads an optional word whatever its case; undefined when absent, blank or another word", () => {
    const words = ["Chase", "Level"] as const;
    expect(optionalWord(reader({ SOP_SupplyStrategy: [[" chase "]] }), "SOP_SupplyStrategy", words)).toBe("Chase");
    expect(optionalWord(reader({ SOP_SupplyStrategy: [["LEVEL"]] }), "SOP_SupplyStrategy", words)).toBe("Level");
    expect(optionalWord(reader({ SOP_SupplyStrategy: [["other"]] }), "SOP_SupplyStrategy", words)).toBeUndefined();
    expect(optionalWord(reader({ SOP_SupplyStrategy: [] }), "SOP_SupplyStrategy", words)).toBeUndefined();
    expect(optionalWord(reader({}), "SOP_SupplyStrategy", words)).toBeUndefined();
  });
});
