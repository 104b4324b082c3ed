/**
 * Where the harvest's list and setup readers look for their header, and what they leave alone
 * above it, on hand-made sheets: a wider row elsewhere is no header, a row above the header is
 * never read as data, and a Families row without a name is no family's. Each expected key, value
 * and address is read off the grids written here.
 */
import { harvest, kpiValues } from "../../../src/layout/harvest";
import type { CellValue } from "../../../src/layout/types";

type Grid = CellValue[][];
const grids = (sheets: Record<string, Grid>) => ({ values: new Map(Object.entries(sheets)) });

describe("the KPIs sheet's header", () => {
  // Row 0 names a KPI with numbers (a note above the table, wider than the header); row 1 the header.
  const kpis: Grid = [
    ["Forecast accuracy", "noted", 0.1, 0.2, "a", "b", "c", "d"],
    ["KPI", "Category", "Value", "Target"],
    ["Forecast accuracy", "Demand", 0.9, 0.8],
  ];

  it("is the row with the most KPI headers, not the widest, and nothing above it is read", () => {
    expect([...kpiValues(grids({ KPIs: kpis }))]).toEqual([["ACCURACY", 0.9]]);
    expect(harvest(grids({ KPIs: kpis })).found).toEqual([
      { key: "KPIs|target|ACCURACY", value: 0.8, address: "KPIs!D3" },
    ]);
  });
});

describe("the plan archive's header", () => {
  it("has nothing above it read as an archive row", () => {
    const archive: Grid = [
      ["2026-01", "Pumps", "2026-02", 7],
      ["Cycle month", "Family", "Target month", "Consensus"],
      ["2026-01", "Valves", "2026-02", 5],
    ];
    expect(harvest(grids({ "Plan archive": archive })).found).toEqual([
      { key: "Archive|2026-01|2026-02|consensus|Valves", value: 5, address: "Plan archive!D3" },
    ]);
  });
});

describe("the Settings sheet's header", () => {
  it("is the Setting row in column A, not a wider row below it", () => {
    const settings: Grid = [
      ["Setting", "Value"],
      ["Company", "Acme"],
      ["Cycle month", "2026-04", "note", "more", "and more"],
      ["Business type", "saas"],
    ];
    expect(harvest(grids({ Settings: settings })).found).toEqual([
      { key: "Settings|company", value: "Acme", address: "Settings!B2" },
      { key: "Settings|cycleMonth", value: "2026-04", address: "Settings!B3" },
      { key: "Settings|businessType", value: "saas", address: "Settings!B4" },
    ]);
  });

  it("claims the title rows above it (their first cell)", () => {
    const settings: Grid = [["Settings"], ["What the cycle is"], ["Setting", "Value"], ["Company", "Acme"]];
    expect(harvest(grids({ Settings: settings })).orphans).toEqual([]);
  });
});

describe("the Families sheet", () => {
  it("reads no family from a row without a name, leaving what it holds as the user's", () => {
    const families: Grid = [
      ["Family", "Unit", "Price"],
      ["", "pcs", 3],
      ["Pumps", "units", 10],
    ];
    const { found, orphans } = harvest(grids({ Families: families }));
    expect(found).toEqual([
      { key: "Families|name|Pumps", value: "Pumps", address: "Families!A3" },
      { key: "Families|unit|Pumps", value: "units", address: "Families!B3" },
      { key: "Families|price|Pumps", value: 10, address: "Families!C3" },
    ]);
    expect(orphans).toEqual([
      { sheet: "Families", address: "Families!B2", value: "pcs" },
      { sheet: "Families", address: "Families!C2", value: 3 },
    ]);
  });
});
