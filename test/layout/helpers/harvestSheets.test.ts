/**
 * `harvest()` over several hand-made sheets at once (src/layout/harvest/index.ts), no workbook
 * built: each sheet read by its own reader, in the readers' order; what the user put elsewhere is
 * kept only on the sheets users may edit freely. Each expected key, value and address is read off
 * the grids written here.
 */
import { harvest } from "../../../src/layout/harvest";
import type { CellValue } from "../../../src/layout/types";

type Grid = CellValue[][];
const grids = (sheets: Record<string, Grid>, formulas?: Record<string, Grid>) => ({
  values: new Map(Object.entries(sheets)),
  ...(formulas ? { formulas: new Map(Object.entries(formulas)) } : {}),
});

describe("harvesting the input sheets together", () => {
  // Routings' header in row 2, a routing in row 3; Prices and Production with a family per row
  // and months from column C; a sheet of the user's own that no reader reads.
  let sheets: Record<string, Grid>;
  beforeEach(() => {
    sheets = {
      Routings: [["Routings"], [], ["Family", "Resource", "Hours per unit"], ["Pumps", "Assembly", 0.5]],
      Production: [
        ["Family", "Measure", "2026-02"],
        ["Pumps", "Actual production", 30],
        ["Pumps", "Planned production (lag 1)", 28],
      ],
      Prices: [
        ["Family", "Measure", "2026-04"],
        ["Pumps", "Price", 12],
        ["Pumps", "Unit cost", 7],
      ],
      "My notes": [["Pumps", "Price", 99]],
    };
  });

  it("reads each sheet by its reader, in the readers' order, and no other sheet", () => {
    const { found, orphans } = harvest(grids(sheets));
    expect(found).toEqual([
      { key: "Prices|price|Pumps|2026-04", value: 12, address: "Prices!C2" },
      { key: "Prices|unitCost|Pumps|2026-04", value: 7, address: "Prices!C3" },
      { key: "Production|quantity|Pumps|2026-02", value: 30, address: "Production!C2" },
      { key: "Production|planned|Pumps|2026-02", value: 28, address: "Production!C3" },
      { key: "Routings|1|family", value: "Pumps", address: "Routings!A4" },
      { key: "Routings|1|resource", value: "Assembly", address: "Routings!B4" },
      { key: "Routings|1|hoursPerUnit", value: 0.5, address: "Routings!C4" },
    ]);
    expect(orphans).toEqual([]);
  });

  it("keeps a typed formula found on a sheet with its value", () => {
    const formulas: Record<string, Grid> = { Prices: [[], [null, null, "=10+2"]] };
    expect(harvest(grids(sheets, formulas)).found[0]).toEqual({
      key: "Prices|price|Pumps|2026-04",
      value: 12,
      formula: "=10+2",
      address: "Prices!C2",
    });
  });
});

describe("what the user put beside the tables", () => {
  // The same note in column E of a data row on each sheet: the layout's own cells end before it.
  const note = "my note";
  let sheets: Record<string, Grid>;
  beforeEach(() => {
    sheets = {
      Production: [
        ["Family", "Measure", "2026-02"],
        ["Pumps", "Actual production", 30, null, note],
      ],
      Routings: [
        ["Family", "Resource", "Hours per unit"],
        ["Pumps", "Assembly", 0.5, null, note],
      ],
      Demand: [
        ["Family", "Measure", "2026-04"],
        ["Pumps", "Sales override", 40, null, note],
      ],
      Supply: [
        ["Family", "Measure", "2026-04"],
        ["Pumps", "Production plan", 12, null, note],
      ],
      Pipeline: [
        ["Deal", "Family", "Quantity"],
        ["D-1", "Pumps", 5, null, note],
      ],
    };
  });

  it("is the user's own on a free sheet, and no one's on a protected one (Demand, Supply, Pipeline)", () => {
    expect(harvest(grids(sheets)).orphans).toEqual([
      { sheet: "Production", address: "Production!E2", value: note },
      { sheet: "Routings", address: "Routings!E2", value: note },
    ]);
  });
});
