/**
 * Finding typed inputs by meaning on hand-made sheets (no workbook is built): each expected key,
 * value and address below is read off the grids written here.
 */
import { harvest, measureValues } from "../../../src/layout/harvest";
import type { CellValue } from "../../../src/layout/types";

type Grid = CellValue[][];
const grids = (sheets: Record<string, Grid>, formulas?: Record<string, Grid>) => ({
  values: new Map(Object.entries(sheets)),
  ...(formulas ? { formulas: new Map(Object.entries(formulas)) } : {}),
});

describe("harvesting a month grid (Actuals)", () => {
  // Row 0 a title, row 2 the header (found by "Family" in column A), months as text and as a
  // date serial (46082 = 2026-03-01); column F repeats 2026-01 and is not read again.
  const actuals: Grid = [
    ["Actuals"],
    [],
    ["Family", "Measure", "2026-01", "2026-02", 46082, "2026-01"],
    ["Pumps", "Actual sales", 10, "", 12, 99],
    ["", "Actual sales", 5],
    ["All families", "Actual sales", 15, 0, 12],
    ["Valves", "Actual sales", null, 7, null, null, "my note"],
  ];

  it("keys each value by the family in column A and the month in the header", () => {
    const { found, orphans } = harvest(grids({ Actuals: actuals }));
    expect(found).toEqual([
      { key: "Actuals|actual|Pumps|2026-01", value: 10, address: "Actuals!C4" },
      { key: "Actuals|actual|Pumps|2026-03", value: 12, address: "Actuals!E4" },
      { key: "Actuals|actual|Valves|2026-02", value: 7, address: "Actuals!D7" },
    ]);
    // Not the layout's: the second 2026-01 column's value, the row without a family, the totals
    // row's values (its label is claimed only when it holds inputs), the note beside Valves.
    expect(orphans).toEqual([
      { sheet: "Actuals", address: "Actuals!F4", value: 99 },
      { sheet: "Actuals", address: "Actuals!B5", value: "Actual sales" },
      { sheet: "Actuals", address: "Actuals!C5", value: 5 },
      { sheet: "Actuals", address: "Actuals!A6", value: "All families" },
      { sheet: "Actuals", address: "Actuals!B6", value: "Actual sales" },
      { sheet: "Actuals", address: "Actuals!C6", value: 15 },
      { sheet: "Actuals", address: "Actuals!D6", value: 0 },
      { sheet: "Actuals", address: "Actuals!E6", value: 12 },
      { sheet: "Actuals", address: "Actuals!G7", value: "my note" },
    ]);
  });

  it("reads no input from a grid without a Family header, and keeps what it holds as the user's", () => {
    const { found, orphans } = harvest(grids({ Actuals: [["Pumps", "Actual sales", 10]] }));
    expect(found).toEqual([]);
    expect(orphans).toEqual([
      { sheet: "Actuals", address: "Actuals!A1", value: "Pumps" },
      { sheet: "Actuals", address: "Actuals!B1", value: "Actual sales" },
      { sheet: "Actuals", address: "Actuals!C1", value: 10 },
    ]);
  });

  it("keeps a typed formula with its value, and the first of a repeated row", () => {
    const values: Grid = [
      ["Family", "Measure", "2026-01"],
      ["Pumps", "Actual sales", 20],
      ["Pumps", "Actual sales", 30],
    ];
    const formulas: Grid = [[], [null, null, "=10*2"], []];
    const { found, orphans } = harvest(grids({ Actuals: values }, { Actuals: formulas }));
    expect(found).toEqual([
      { key: "Actuals|actual|Pumps|2026-01", value: 20, address: "Actuals!C2", formula: "=10*2" },
    ]);
    expect(orphans).toEqual([
      { sheet: "Actuals", address: "Actuals!A3", value: "Pumps" },
      { sheet: "Actuals", address: "Actuals!B3", value: "Actual sales" },
      { sheet: "Actuals", address: "Actuals!C3", value: 30 },
    ]);
  });
});

describe("harvesting the Demand sheet's blocks", () => {
  // A block's family is in column A of its first row and labels the rows below it.
  const demand: Grid = [
    ["Family", "Measure", "2026-04", "2026-05"],
    ["All families", "Sales override", 1, 1],
    ["Pumps", "Actual sales", 3, 3],
    ["", "Sales override", 40, null],
    ["", "Override reason", "Promotion", ""],
    ["", "Override comment", null, "late"],
    ["", "Previous consensus", 38, 39],
    ["", "Consensus demand", 40, 41],
    ["Valves", "Sales override", null, 8],
    ["", "Consensus demand", 5, 8],
    ["Pumps", "Consensus demand", 99, 99],
  ];

  it("finds overrides, their notes and the previous consensus, family by block", () => {
    expect(harvest(grids({ Demand: demand })).found).toEqual([
      { key: "Demand|override|Pumps|2026-04", value: 40, address: "Demand!C4" },
      { key: "Demand|reason|Pumps|2026-04", value: "Promotion", address: "Demand!C5" },
      { key: "Demand|comment|Pumps|2026-05", value: "late", address: "Demand!D6" },
      { key: "Demand|previous|Pumps|2026-04", value: 38, address: "Demand!C7" },
      { key: "Demand|previous|Pumps|2026-05", value: 39, address: "Demand!D7" },
      { key: "Demand|override|Valves|2026-05", value: 8, address: "Demand!D9" },
    ]);
  });

  it("reads a measure's numbers by family and month, the first block of each family", () => {
    expect([...measureValues(grids({ Demand: demand }), "Demand", "consensus  DEMAND")]).toEqual([
      ["Pumps|2026-04", 40],
      ["Pumps|2026-05", 41],
      ["Valves|2026-04", 5],
      ["Valves|2026-05", 8],
    ]);
    expect([...measureValues(grids({ Demand: demand }), "Supply", "Consensus demand")]).toEqual([]);
  });
});

describe("harvesting the Supply sheet's typed plan", () => {
  // Rows 2-3: Pumps' proposed and planned production; the plan of 2026-04 is the proposal (the
  // formula = the cell above), 2026-05's is typed.
  const values: Grid = [
    ["Family", "Measure", "2026-04", "2026-05"],
    ["Pumps", "Consensus demand", 10, 10],
    ["", "Proposed production plan", 12, 12],
    ["", "Production plan", 12, 15],
    ["Valves", "Proposed production plan", 6, 6],
    ["", "Production plan", 6, 6],
  ];

  it("leaves out a month whose plan is the proposal's formula, keeps any other", () => {
    const formulas: Grid = [[], [], [], [null, null, "=$C$3", "=D3+3"], [], [null, null, "=C5", "=C5"]];
    expect(harvest(grids({ Supply: values }, { Supply: formulas })).found).toEqual([
      { key: "Supply|plan|Pumps|2026-05", value: 15, address: "Supply!D4", formula: "=D3+3" },
      // =C5 is the proposal of 2026-04 only; in 2026-05 it is the planner's own formula
      { key: "Supply|plan|Valves|2026-05", value: 6, address: "Supply!D6", formula: "=C5" },
    ]);
  });

  it("when only values were read, calls a plan equal to the proposal not typed", () => {
    expect(harvest(grids({ Supply: values })).found).toEqual([
      { key: "Supply|plan|Pumps|2026-05", value: 15, address: "Supply!D4" },
    ]);
  });

  it("keeps a typed value even when formulas were read and it equals the proposal", () => {
    const formulas: Grid = [[], [], [], [null, null, null, "=D3"], [], []];
    expect(harvest(grids({ Supply: values }, { Supply: formulas })).found).toEqual([
      { key: "Supply|plan|Pumps|2026-04", value: 12, address: "Supply!C4" },
      { key: "Supply|plan|Valves|2026-04", value: 6, address: "Supply!C6" },
      { key: "Supply|plan|Valves|2026-05", value: 6, address: "Supply!D6" },
    ]);
  });
});

describe("harvesting list sheets", () => {
  it("reads each field by its header and numbers rows from the header, blank rows kept", () => {
    const orders: Grid = [
      ["Orders"],
      [],
      ["Line", "Order", "Family", "Qty ordered", "Order"],
      [1, "SO-1", "Pumps", 5, "dup"],
      [],
      [2, "SO-2"],
    ];
    const { found, orphans } = harvest(grids({ Orders: orders }));
    expect(found).toEqual([
      { key: "Orders|1|line", value: 1, address: "Orders!A4" },
      { key: "Orders|1|order", value: "SO-1", address: "Orders!B4" },
      { key: "Orders|1|family", value: "Pumps", address: "Orders!C4" },
      { key: "Orders|1|quantityOrdered", value: 5, address: "Orders!D4" },
      { key: "Orders|3|line", value: 2, address: "Orders!A6" },
      { key: "Orders|3|order", value: "SO-2", address: "Orders!B6" },
    ]);
    // the second "Order" column is not the layout's
    expect(orphans).toEqual([
      { sheet: "Orders", address: "Orders!E3", value: "Order" },
      { sheet: "Orders", address: "Orders!E4", value: "dup" },
    ]);
  });

  it("needs two known headers in a row to call it the header", () => {
    expect(
      harvest(
        grids({
          Orders: [
            ["Order", "Note"],
            ["SO-1", "x"],
          ],
        }),
      ).found,
    ).toEqual([]);
  });
});

describe("harvesting Kept inputs", () => {
  it("reads each key's value with the formula typed and where it was first found", () => {
    const kept: Grid = [
      ["Kept inputs"],
      ["subtitle"],
      [],
      ["Key", "Sheet", "Value", "Formula typed", "Found at"],
      ["Actuals|actual|Gone|2026-01", "Actuals", 4, "=2*2", "Actuals!C9"],
      ["Note|Actuals!H2", "Note", "call Bob", "", ""],
      ["no separator", "", 5],
      ["Demand|override|X|2026-04", "Demand", null, "not a formula", "Demand!C4"],
    ];
    const { found, orphans } = harvest(grids({ "Kept inputs": kept }));
    expect(found).toEqual([
      {
        key: "Actuals|actual|Gone|2026-01",
        value: 4,
        address: "Kept inputs!C5",
        formula: "=2*2",
        origin: "Actuals!C9",
      },
      { key: "Note|Actuals!H2", value: "call Bob", address: "Kept inputs!C6" },
    ]);
    // a row whose first cell is no key: its value is the user's own
    expect(orphans).toEqual([{ sheet: "Kept inputs", address: "Kept inputs!C7", value: 5 }]);
  });
});

describe("harvesting Settings and Families", () => {
  it("reads settings by their labels, the first row of a label winning", () => {
    const settings: Grid = [
      ["Settings"],
      ["Setting", "Value", "Note"],
      ["Company", "Acme", "shown everywhere"],
      ["  cycle   MONTH ", "2026-03"],
      ["Company", "Other"],
      ["Unknown", 1],
    ];
    const { found, orphans } = harvest(grids({ Settings: settings }));
    expect(found).toEqual([
      { key: "Settings|company", value: "Acme", address: "Settings!B3" },
      { key: "Settings|cycleMonth", value: "2026-03", address: "Settings!B4" },
    ]);
    expect(orphans).toEqual([
      { sheet: "Settings", address: "Settings!A5", value: "Company" },
      { sheet: "Settings", address: "Settings!B5", value: "Other" },
      { sheet: "Settings", address: "Settings!A6", value: "Unknown" },
      { sheet: "Settings", address: "Settings!B6", value: 1 },
    ]);
  });

  it("reads every named family row by its column headers, skipping blank and repeated names", () => {
    const families: Grid = [
      ["Families"],
      ["Family", "Unit", "Price", "Opening inventory"],
      ["Pumps", "pcs", 10, 4],
      [],
      ["Valves", "", 3],
      [" pumps ", "x", 99],
    ];
    expect(harvest(grids({ Families: families })).found).toEqual([
      { key: "Families|name|Pumps", value: "Pumps", address: "Families!A3" },
      { key: "Families|unit|Pumps", value: "pcs", address: "Families!B3" },
      { key: "Families|price|Pumps", value: 10, address: "Families!C3" },
      { key: "Families|openingInventory|Pumps", value: 4, address: "Families!D3" },
      { key: "Families|name|Valves", value: "Valves", address: "Families!A5" },
      { key: "Families|price|Valves", value: 3, address: "Families!C5" },
    ]);
  });
});
