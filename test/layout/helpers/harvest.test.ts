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

describe("harvesting month grids: what is the layout's and what is the user's", () => {
  it("finds the header by Family in column A only, and reads months from column B on", () => {
    const actuals: Grid = [["Notes", "family"], [], ["Family", "2026-01", "2026-02"], ["Pumps", 10, 11]];
    expect(harvest(grids({ Actuals: actuals })).found).toEqual([
      { key: "Actuals|actual|Pumps|2026-01", value: 10, address: "Actuals!B4" },
      { key: "Actuals|actual|Pumps|2026-02", value: 11, address: "Actuals!C4" },
    ]);
  });

  it("keeps a header-row formula that shows a blank as the user's", () => {
    const values: Grid = [
      ["Family", "Measure", "2026-01", ""],
      ["Pumps", "Actual sales", 10],
    ];
    const formulas: Grid = [[null, null, null, '=IF(TRUE,"","")'], []];
    expect(harvest(grids({ Actuals: values }, { Actuals: formulas })).orphans).toEqual([
      { sheet: "Actuals", address: "Actuals!D1", value: "", formula: '=IF(TRUE,"","")' },
    ]);
  });

  it("claims a row's labels when the row held inputs or names a family, else keeps them as the user's", () => {
    // Families lists Pumps and Valves; Settings has the cycle month.
    const settings: Grid = [
      ["Setting", "Value"],
      ["Cycle month", "2026-03"],
    ];
    const families: Grid = [
      ["Family", "Unit"],
      ["Pumps", "pcs"],
      ["Valves", "pcs"],
    ];
    const actuals: Grid = [
      ["Family", "Measure", "2026-01"],
      ["Pumps", "Actual sales", 10],
      ["Valves", "Actual sales", null],
      ["Notes", "remember", null],
      ["Month", "", null],
    ];
    const orphans = harvest(grids({ Settings: settings, Families: families, Actuals: actuals })).orphans;
    // Valves held no value but is a family: its labels are the layout's. "Notes" and "Month" are not.
    expect(orphans).toEqual([
      { sheet: "Actuals", address: "Actuals!A4", value: "Notes" },
      { sheet: "Actuals", address: "Actuals!B4", value: "remember" },
      { sheet: "Actuals", address: "Actuals!A5", value: "Month" },
    ]);
  });

  it("keeps, on a sheet without a Family header, every label as the user's, even a family's", () => {
    const families: Grid = [
      ["Family", "Unit"],
      ["Pumps", "pcs"],
    ];
    const actuals: Grid = [
      ["Pumps", "Actual sales", 10],
      ["Pumps", "Actual sales", 11],
    ];
    expect(harvest(grids({ Families: families, Actuals: actuals })).orphans).toEqual([
      { sheet: "Actuals", address: "Actuals!A1", value: "Pumps" },
      { sheet: "Actuals", address: "Actuals!B1", value: "Actual sales" },
      { sheet: "Actuals", address: "Actuals!C1", value: 10 },
      { sheet: "Actuals", address: "Actuals!A2", value: "Pumps" },
      { sheet: "Actuals", address: "Actuals!B2", value: "Actual sales" },
      { sheet: "Actuals", address: "Actuals!C2", value: 11 },
    ]);
  });

  it("reads a Demand row above the first family block as no family's", () => {
    const demand: Grid = [
      ["Family", "Measure", "2026-04"],
      ["", "Sales override", 5],
      ["Pumps", "Sales override", 6],
    ];
    expect(harvest(grids({ Demand: demand })).found).toEqual([
      { key: "Demand|override|Pumps|2026-04", value: 6, address: "Demand!C3" },
    ]);
  });

  it("reads only numbers as a measure's values", () => {
    const demand: Grid = [
      ["Family", "Measure", "2026-04", "2026-05"],
      ["Pumps", "Consensus demand", "n/a", 7],
    ];
    expect([...measureValues(grids({ Demand: demand }), "Demand", "Consensus demand")]).toEqual([["Pumps|2026-05", 7]]);
  });

  it("reads Budget by the measure's label, a row without a family in column A being no family's", () => {
    const budget: Grid = [
      ["Family", "Measure", "2026-04"],
      ["Pumps", "Budget units", 100],
      ["", "Budget revenue", 900],
      ["Pumps", "Budget gross margin", 300],
      ["Pumps", "Unknown measure", 1],
    ];
    const { found, orphans } = harvest(grids({ Budget: budget }));
    expect(found).toEqual([
      { key: "Budget|units|Pumps|2026-04", value: 100, address: "Budget!C2" },
      { key: "Budget|grossMargin|Pumps|2026-04", value: 300, address: "Budget!C4" },
    ]);
    expect(orphans).toEqual([
      { sheet: "Budget", address: "Budget!B3", value: "Budget revenue" },
      { sheet: "Budget", address: "Budget!C3", value: 900 },
      { sheet: "Budget", address: "Budget!A5", value: "Pumps" },
      { sheet: "Budget", address: "Budget!B5", value: "Unknown measure" },
      { sheet: "Budget", address: "Budget!C5", value: 1 },
    ]);
  });
});

describe("harvesting the Supply plan, more cases", () => {
  it("compares a plan with its family's first proposal, and reads a family's plan once", () => {
    // values only: Pumps' plan equals its first proposal (12) in 2026-04, not the later 99
    const values: Grid = [
      ["Family", "Measure", "2026-04"],
      ["Pumps", "Proposed production plan", 12],
      ["", "Production plan", 12],
      ["Valves", "Production plan", 4],
      ["Pumps", "Proposed production plan", 99],
      ["", "Production plan", 50],
    ];
    // Valves has no proposal: its plan is typed. Pumps' second plan row is not read again.
    expect(harvest(grids({ Supply: values })).found).toEqual([
      { key: "Supply|plan|Valves|2026-04", value: 4, address: "Supply!C4" },
    ]);
  });

  it("when only values were read, compares numbers only", () => {
    const values: Grid = [
      ["Family", "Measure", "2026-04"],
      ["Pumps", "Proposed production plan", "#VALUE!"],
      ["", "Production plan", "#VALUE!"],
    ];
    expect(harvest(grids({ Supply: values })).found).toEqual([
      { key: "Supply|plan|Pumps|2026-04", value: "#VALUE!", address: "Supply!C3" },
    ]);
  });
});
