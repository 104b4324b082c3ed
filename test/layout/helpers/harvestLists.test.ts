/**
 * The harvest's list and setup readers (src/layout/harvest/lists.ts and setup.ts) on hand-made
 * sheets, no workbook built: the KPIs sheet (its values, targets, trend and working-capital
 * inputs), the plan archive, Resources, a list's computed column, Settings and Families, and which
 * cells of a freely edited sheet are the layout's and which the user's. Each expected key, value
 * and address is read off the grids written here.
 */
import { harvest, kpiValues } from "../../../src/layout/harvest";
import type { CellValue } from "../../../src/layout/types";

type Grid = CellValue[][];
const grids = (sheets: Record<string, Grid>) => ({ values: new Map(Object.entries(sheets)) });

describe("the KPIs sheet", () => {
  // Row 2 the header; 46054 = 2026-02-01 (a trend month Excel made a date)
  const kpis: Grid = [
    ["KPIs"],
    [],
    ["KPI", "Category", "Value", "Target", "Status", "Previous", "Watch band", "2026-01", 46054, "Note"],
    ["Forecast accuracy", "Demand", 0.9, 0.8, "OK", 0.7, 0.05, 0.6, 0.65, "x"],
    [" forecast  ACCURACY ", "Demand", 0.5, 0.1],
    ["Tracking signal", "Demand", "n/a", null, null, null, null, null, 1.5],
    ["Unknown", "", 3, 4],
    ["", "Forecast bias", 0.2, 0.3],
    ["Trade receivables", "", 300, 9],
    ["trade PAYABLES", "", 120],
  ];

  it("shows each KPI's value by its name in column A, numbers only, the first row of a name winning", () => {
    expect([...kpiValues(grids({ KPIs: kpis }))]).toEqual([["ACCURACY", 0.9]]);
  });

  it("shows no values without the sheet, a header of three KPI headers, or a Value column", () => {
    expect(kpiValues(grids({})).size).toBe(0);
    expect(
      kpiValues(
        grids({
          KPIs: [
            ["KPI", "Value"],
            ["Forecast accuracy", 0.9],
          ],
        }),
      ).size,
    ).toBe(0);
    expect(
      kpiValues(
        grids({
          KPIs: [
            ["KPI", "Category", "Target"],
            ["Forecast accuracy", "", 0.9],
          ],
        }),
      ).size,
    ).toBe(0);
    expect([
      ...kpiValues(
        grids({
          KPIs: [
            ["KPI", "Category", "Value"],
            ["Forecast accuracy", "", 0.9],
          ],
        }),
      ),
    ]).toEqual([["ACCURACY", 0.9]]);
  });

  it("holds each KPI's target, previous value, watch band and earlier months, and the working-capital inputs", () => {
    expect(harvest(grids({ KPIs: kpis })).found).toEqual([
      { key: "KPIs|target|ACCURACY", value: 0.8, address: "KPIs!D4" },
      { key: "KPIs|previous|ACCURACY", value: 0.7, address: "KPIs!F4" },
      { key: "KPIs|band|ACCURACY", value: 0.05, address: "KPIs!G4" },
      { key: "KPIs|trend|ACCURACY|2026-01", value: 0.6, address: "KPIs!H4" },
      { key: "KPIs|trend|ACCURACY|2026-02", value: 0.65, address: "KPIs!I4" },
      // the repeated name's row is read too (the rebuild keeps the first of a key)
      { key: "KPIs|target|ACCURACY", value: 0.1, address: "KPIs!D5" },
      { key: "KPIs|trend|TRACKING|2026-02", value: 1.5, address: "KPIs!I6" },
      { key: "KPIs|receivables", value: 300, address: "KPIs!C9" },
      { key: "KPIs|payables", value: 120, address: "KPIs!C10" },
    ]);
  });

  it("reads no working-capital input without a Value column, and nothing without a header", () => {
    const noValue: Grid = [
      ["KPI", "Category", "Target", "Previous"],
      ["Forecast accuracy", "", 0.8, 0.7],
      ["Trade receivables", "", 300],
    ];
    expect(harvest(grids({ KPIs: noValue })).found).toEqual([
      { key: "KPIs|target|ACCURACY", value: 0.8, address: "KPIs!C2" },
      { key: "KPIs|previous|ACCURACY", value: 0.7, address: "KPIs!D2" },
    ]);
    expect(
      harvest(
        grids({
          KPIs: [
            ["KPI", "Value"],
            ["Trade receivables", 300],
          ],
        }),
      ).found,
    ).toEqual([]);
  });
});

describe("the plan archive", () => {
  it("reads each row by its cycle month, target month and family, its fields by their headers", () => {
    // 46054 = 2026-02-01; the second "Consensus" column is not the layout's
    const archive: Grid = [
      ["Plan archive"],
      [
        "Cycle month",
        "Family",
        "Target month",
        "Lag",
        "Actual",
        "Statistical baseline",
        "Override reason",
        "Consensus",
        "Consensus",
      ],
      ["2026-01", "Pumps", "2026-02", 2, 50, 40, "Promotion", 45, 99],
      [46054, "Valves", "2026-02", 1, 5, 4, null, 6],
      ["x", "Pumps", "2026-02", 1, 5, 4],
      ["2026-01", "", "2026-02", 1, 5, 4],
      ["2026-01", "Pumps", null, 1, 5, 4],
    ];
    expect(harvest(grids({ "Plan archive": archive })).found).toEqual([
      { key: "Archive|2026-01|2026-02|baseline|Pumps", value: 40, address: "Plan archive!F3" },
      { key: "Archive|2026-01|2026-02|reason|Pumps", value: "Promotion", address: "Plan archive!G3" },
      { key: "Archive|2026-01|2026-02|consensus|Pumps", value: 45, address: "Plan archive!H3" },
      { key: "Archive|2026-02|2026-02|baseline|Valves", value: 4, address: "Plan archive!F4" },
      { key: "Archive|2026-02|2026-02|consensus|Valves", value: 6, address: "Plan archive!H4" },
    ]);
  });

  it("reads nothing without a header of three archive headers, or without the family's column", () => {
    const rows: Grid = [["2026-01", "Pumps", "2026-02", 40]];
    expect(harvest(grids({ "Plan archive": [["Cycle month", "Family", "Note", "Consensus"], ...rows] })).found).toEqual(
      [],
    );
    expect(
      harvest(grids({ "Plan archive": [["Cycle month", "Who", "Target month", "Consensus"], ...rows] })).found,
    ).toEqual([]);
  });
});

describe("the Resources sheet", () => {
  it("numbers rows from the header, reads capacity by its header and months by theirs, the rest is the user's", () => {
    // 46054 = 2026-02-01; the second 2026-02 column is not read
    const resources: Grid = [
      ["Resources", "my title note"],
      ["Resource", "Capacity / month", "2026-01", 46054, "2026-02", "Notes"],
      ["Line 1", 160, 150, null, 1, "old"],
      [],
      ["Line 2", 80, null, 70],
    ];
    const { found, orphans } = harvest(grids({ Resources: resources }));
    expect(found).toEqual([
      { key: "Resources|1|resource", value: "Line 1", address: "Resources!A3" },
      { key: "Resources|1|capacity", value: 160, address: "Resources!B3" },
      { key: "Resources|1|2026-01", value: 150, address: "Resources!C3" },
      { key: "Resources|3|resource", value: "Line 2", address: "Resources!A5" },
      { key: "Resources|3|capacity", value: 80, address: "Resources!B5" },
      { key: "Resources|3|2026-02", value: 70, address: "Resources!D5" },
    ]);
    expect(orphans).toEqual([
      { sheet: "Resources", address: "Resources!B1", value: "my title note" },
      { sheet: "Resources", address: "Resources!E2", value: "2026-02" },
      { sheet: "Resources", address: "Resources!F2", value: "Notes" },
      { sheet: "Resources", address: "Resources!E3", value: 1 },
      { sheet: "Resources", address: "Resources!F3", value: "old" },
    ]);
  });

  it("reads nothing without both its headers in a row", () => {
    expect(
      harvest(
        grids({
          Resources: [
            ["Resource", "2026-01"],
            ["Line 1", 5],
          ],
        }),
      ).found,
    ).toEqual([]);
  });
});

describe("a list sheet", () => {
  it("leaves out its computed column (the pipeline's weighted quantity)", () => {
    const pipeline: Grid = [
      ["Deal", "Family", "Weighted quantity"],
      ["D-1", "Pumps", 5],
    ];
    expect(harvest(grids({ Pipeline: pipeline })).found).toEqual([
      { key: "Pipeline|1|deal", value: "D-1", address: "Pipeline!A2" },
      { key: "Pipeline|1|family", value: "Pumps", address: "Pipeline!B2" },
    ]);
  });

  it("claims the title rows' first cell and the header's known columns, the rest of a free sheet is the user's", () => {
    const actions: Grid = [
      ["Actions", "note"],
      ["Decision", "Owner", "Why"],
      ["Add a shift", "Ann", "cost"],
    ];
    const { found, orphans } = harvest(grids({ Actions: actions }));
    expect(found).toEqual([
      { key: "Actions|1|decision", value: "Add a shift", address: "Actions!A3" },
      { key: "Actions|1|owner", value: "Ann", address: "Actions!B3" },
    ]);
    expect(orphans).toEqual([
      { sheet: "Actions", address: "Actions!B1", value: "note" },
      { sheet: "Actions", address: "Actions!C2", value: "Why" },
      { sheet: "Actions", address: "Actions!C3", value: "cost" },
    ]);
  });
});

describe("the Settings sheet", () => {
  it("reads every kind of setting by its label, claiming the header, the labels and their notes", () => {
    const settings: Grid = [
      ["Settings", "title note"],
      [],
      ["Setting", "Value", "Note", "More"],
      ["Months of history", 24, "note", "mine"],
      ["Accuracy lags", "1, 3"],
      ["Supply strategy", "chase"],
      ["Upside scenario: demand x", 1.2],
      [null, "Company", "Acme"],
    ];
    const { found, orphans } = harvest(grids({ Settings: settings }));
    expect(found).toEqual([
      { key: "Settings|historyMonths", value: 24, address: "Settings!B4" },
      { key: "Lags|accuracy", value: "1, 3", address: "Settings!B5" },
      { key: "Policy|strategy", value: "chase", address: "Settings!B6" },
      { key: "Scenario|upsideDemand", value: 1.2, address: "Settings!B7" },
    ]);
    // a label in column B is no setting's
    expect(orphans).toEqual([
      { sheet: "Settings", address: "Settings!B1", value: "title note" },
      { sheet: "Settings", address: "Settings!D4", value: "mine" },
      { sheet: "Settings", address: "Settings!B8", value: "Company" },
      { sheet: "Settings", address: "Settings!C8", value: "Acme" },
    ]);
  });

  it("takes the first row as the header when no Setting header is in column A", () => {
    const settings: Grid = [
      ["Company", "Acme", "x"],
      ["Value", "Setting"],
      ["Company", "Other"],
    ];
    const { found, orphans } = harvest(grids({ Settings: settings }));
    // row 1 is the header: its cells are the layout's; "Setting" in column B makes no header
    expect(found).toEqual([{ key: "Settings|company", value: "Other", address: "Settings!B3" }]);
    expect(orphans).toEqual([
      { sheet: "Settings", address: "Settings!A2", value: "Value" },
      { sheet: "Settings", address: "Settings!B2", value: "Setting" },
    ]);
  });
});

describe("the Families sheet", () => {
  it("reads each field by its header, whatever the business type's words, and the supply policy", () => {
    const families: Grid = [
      ["Families", "title note"],
      [
        "Family",
        "Unit cost",
        "Target days of supply",
        "Opening stock",
        "Warehouse throughput / month",
        "Overtime units / month",
        "Overtime premium / unit",
        "Lot size",
        "Minimum run",
        "Lead time (months)",
        "Unit",
        "Price",
        "Notes",
        "Unit",
        "Lot size",
      ],
      ["Pumps", 6, 15, 4, 100, 20, 2, 50, 10, 1, "pcs", 10, "mine", "dup", 99],
    ];
    const { found, orphans } = harvest(grids({ Families: families }));
    expect(found).toEqual([
      { key: "Families|name|Pumps", value: "Pumps", address: "Families!A3" },
      { key: "Families|unitCost|Pumps", value: 6, address: "Families!B3" },
      { key: "Families|targetDaysOfSupply|Pumps", value: 15, address: "Families!C3" },
      { key: "Families|openingInventory|Pumps", value: 4, address: "Families!D3" },
      { key: "Families|capacityPerMonth|Pumps", value: 100, address: "Families!E3" },
      { key: "FamilyInputs|overtimePerMonth|Pumps", value: 20, address: "Families!F3" },
      { key: "FamilyInputs|overtimePremium|Pumps", value: 2, address: "Families!G3" },
      { key: "Families|unit|Pumps", value: "pcs", address: "Families!K3" },
      { key: "Families|price|Pumps", value: 10, address: "Families!L3" },
      { key: "Policy|lotSize|Pumps", value: 50, address: "Families!H3" },
      { key: "Policy|minimumRun|Pumps", value: 10, address: "Families!I3" },
      { key: "Policy|leadTimeMonths|Pumps", value: 1, address: "Families!J3" },
    ]);
    // the repeated Unit and Lot size headers are claimed; their values and the Notes column are the user's
    expect(orphans).toEqual([
      { sheet: "Families", address: "Families!B1", value: "title note" },
      { sheet: "Families", address: "Families!M2", value: "Notes" },
      { sheet: "Families", address: "Families!M3", value: "mine" },
      { sheet: "Families", address: "Families!N3", value: "dup" },
      { sheet: "Families", address: "Families!O3", value: 99 },
    ]);
  });

  it("needs two family headers in a row and a Family column", () => {
    expect(
      harvest(
        grids({
          Families: [
            ["Family", "Notes"],
            ["Pumps", "x"],
          ],
        }),
      ).found,
    ).toEqual([]);
    expect(
      harvest(
        grids({
          Families: [
            ["Unit", "Price"],
            ["pcs", 10],
          ],
        }),
      ).found,
    ).toEqual([]);
  });
});
