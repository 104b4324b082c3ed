import { headerRowHeights, wrappedLines } from "../../src/layout/rowHeights";
import { SheetSpec } from "../../src/layout/types";

describe("header row heights", () => {
  it("counts wrapped lines at word boundaries", () => {
    // capacity = floor(15 * 0.9) = 13 characters: "Production" (10) | "plan, next 3" (12) | "months" (6)
    expect(wrappedLines("Production plan, next 3 months", 15)).toBe(3);
    expect(wrappedLines("Family", 15)).toBe(1);
    // a 30-character word in 10-character columns (capacity 9) takes 4 lines
    expect(wrappedLines("x".repeat(30), 10)).toBe(4);
  });

  it("gives two-line and three-line header rows their height, and leaves one-line rows alone", () => {
    const sheet: SheetSpec = {
      name: "S",
      kind: "report",
      cells: [
        [{ value: "Family", style: "header" }, { value: "Unit", style: "header" }],
        [{ value: "Demand, next 3 months", style: "header" }, { value: "Production plan, next 3 months", style: "header" }],
        [{ value: "A long label that is not a header" }],
      ],
      columnWidths: [20, 15],
      validations: [],
      conditionalFormats: [],
      charts: [],
      protect: false,
    };
    // row 1: "Demand, next 3 months" in 18 characters -> 2 lines; "Production plan, next 3 months" in 13 -> 3 lines
    expect([...headerRowHeights(sheet)]).toEqual([[1, 45]]);
  });
});
