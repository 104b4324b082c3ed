/**
 * More of a rebuild on a one-family cycle from hand-made old sheets: the layout's own cells read
 * apart from Kept inputs (a key there shadows nothing), a typed formula showing a blank, what
 * rolling to the next cycle month keeps as typed, and `rebuildWorkbook`. Each expected value is
 * read off the old sheets written here.
 */
import { KEPT_SHEET, planRebuild, rebuildWorkbook } from "../../src/layout/rebuild";
import type { CellValue, WorkbookSpec } from "../../src/layout/types";
import { book, Grid, pumpsCycle } from "./support/oneFamily";

const data = pumpsCycle;

/** The layout's keyed cells by key, Kept inputs left out. */
function layoutCells(spec: WorkbookSpec): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const s of spec.sheets)
    if (s.name !== KEPT_SHEET)
      for (const row of s.cells) for (const c of row) if (c?.key !== undefined) out.set(c.key, c.value ?? null);
  return out;
}

const settings = (cycleMonth: string): Grid => [
  ["Setting", "Value"],
  ["Cycle month", cycleMonth],
  ["Business type", "manufacturing"],
];
const families: Grid = [
  ["Family", "Unit", "Price"],
  ["Pumps", "units", 10],
];

describe("a rebuild of the same cycle", () => {
  it("is rebuildWorkbook's workbook", () => {
    const values = book({ Actuals: [[], [], [], ["Family", "Unit", "2026-02"], ["Pumps", "units", 7]] });
    expect(rebuildWorkbook(values, data)).toEqual(planRebuild({ values }, data).spec);
  });

  it("counts a typed formula showing only spaces as in place in a blank cell, not as kept", () => {
    const { report } = planRebuild(
      {
        values: book({ Actuals: [[], [], [], ["Family", "Unit", "2026-02"], ["Pumps", "units", "  "]] }),
        formulas: new Map([["Actuals", [[], [], [], [], [null, null, '="  "']]]]),
      },
      data,
    );
    expect([report.found, report.inPlace, report.toKept]).toEqual([1, 1, []]);
  });
});

describe("a rebuild that rolls to the next cycle month", () => {
  // The old cycle 2026-03; its KPIs sheet shows a typed Previous column and the trend from
  // 2025-05 (the first month the new cycle's trend keeps); an actual of 2025-04 was typed long ago.
  const kpis: Grid = [
    ["KPI", "Category", "Value", "Previous", "2025-05"],
    ["Forecast accuracy", "", 0.9, 0.7, 0.4],
    ["Tracking signal", "", "n/a", 3],
    ["Forecast bias", "", 0.2],
  ];
  const demand: Grid = [
    ["Family", "Measure", "2026-02", "2026-03", "2026-04"],
    ["Pumps", "Override reason", "Old", "Promotion"],
    ["", "Consensus demand", 6, 12, 11],
  ];
  const archive: Grid = [
    ["Cycle month", "Family", "Target month", "Consensus"],
    ["2026-03", "Pumps", "2026-04", 99],
  ];
  const kept: Grid = [[], [], [], ["Key"], ["KPIs|trend|BIAS|2026-03", "KPIs", 0.5]];
  const grids = {
    values: book({
      Settings: settings("2026-03"),
      Families: families,
      Actuals: [[], [], [], ["Family", "Unit", "2025-04", "2026-02"], ["Pumps", "units", 3, 7]],
      Demand: demand,
      KPIs: kpis,
      "Plan archive": archive,
      [KEPT_SHEET]: kept,
    }),
  };

  it("keeps a trend value typed for the month being left, and a consensus already archived", () => {
    const cells = layoutCells(planRebuild(grids, data).spec);
    // bias showed 0.2, but 0.5 is typed for 2026-03
    expect([cells.get("KPIs|trend|BIAS|2026-03"), cells.get("KPIs|trend|ACCURACY|2026-03")]).toEqual([0.5, 0.9]);
    expect(cells.get("Archive|2026-03|2026-04|consensus|Pumps")).toBe(99);
  });

  it("keeps the trend's first month, replaces the typed previous values, and archives no note of an earlier month", () => {
    const { spec, report } = planRebuild(grids, data);
    const cells = layoutCells(spec);
    expect(cells.get("KPIs|trend|ACCURACY|2025-05")).toBe(0.4);
    // the previous values are what the KPIs showed (a text value leaves it blank)
    expect([cells.get("KPIs|previous|ACCURACY"), cells.get("KPIs|previous|TRACKING")]).toEqual([0.9, null]);
    expect(cells.get("Archive|2026-03|2026-03|reason|Pumps")).toBe("Promotion");
    expect(cells.has("Archive|2026-03|2026-02|reason|Pumps")).toBe(false);
    // the 2025-04 actual has no cell: it is kept, not dropped with the trend's old months; the
    // reasons of 2026-02 and 2026-03 (now history months, no override cell) are kept too
    expect(report.toKept.map((f) => f.key)).toEqual([
      "Actuals|actual|Pumps|2025-04",
      "Demand|reason|Pumps|2026-02",
      "Demand|reason|Pumps|2026-03",
    ]);
  });
});

describe("a rebuild that rolls to the next cycle month, month by month", () => {
  // The old cycle 2026-03 showed history 2026-02 and plan 2026-03 onward. Its Supply plan row
  // gives 5, 8 and 9; its Demand sheet a reason for 2026-03 that is a formula showing only spaces
  // and one for 2026-04; a planned production of 4 for 2026-02 was typed on Production.
  const grids = {
    values: book({
      Settings: settings("2026-03"),
      Families: families,
      Demand: [
        ["Family", "Measure", "2026-02", "2026-03", "2026-04"],
        ["Pumps", "Consensus demand", 6, 12, 11],
        ["", "Override reason", "", "  ", "Tender"],
      ],
      Supply: [
        ["Family", "Measure", "2026-02", "2026-03", "2026-04"],
        ["Pumps", "Production plan", 5, 8, 9],
      ],
      Production: [
        ["Family", "Measure", "2026-02", "2026-03"],
        ["Pumps", "Planned production (lag 1)", 4],
      ],
    }),
    formulas: new Map([["Demand", [[], [], [null, null, null, '="  "']]]]),
  };

  it("makes the old plan of the month being left its planned production, and leaves an earlier month's as typed", () => {
    const cells = layoutCells(planRebuild(grids, data).spec);
    // 2026-03 was the old cycle's first plan month: its plan, 8, is what adherence compares with;
    // 2026-02 was history already, so the 4 typed for it stays (not the old row's 5).
    expect([cells.get("Production|planned|Pumps|2026-02"), cells.get("Production|planned|Pumps|2026-03")]).toEqual([
      4, 8,
    ]);
  });

  it("archives no reason for a month whose reason cell only showed spaces", () => {
    const cells = layoutCells(planRebuild(grids, data).spec);
    expect(cells.get("Archive|2026-03|2026-03|reason|Pumps")).toBeNull();
    expect(cells.get("Archive|2026-03|2026-03|consensus|Pumps")).toBe(12);
    expect(cells.get("Archive|2026-03|2026-04|reason|Pumps")).toBe("Tender");
  });

  it("adds the KPIs of a cycle 11 months back as the trend's first month", () => {
    // 2025-05 to 2026-04: the new cycle's 12-month trend starts at the old cycle month itself.
    const old = {
      values: book({
        Settings: settings("2025-05"),
        Families: families,
        KPIs: [
          ["KPI", "Category", "Value"],
          ["Forecast accuracy", "", 0.9],
        ],
      }),
    };
    const cells = layoutCells(planRebuild(old, data).spec);
    expect(cells.get("KPIs|trend|ACCURACY|2025-05")).toBe(0.9);
    expect(cells.get("KPIs|previous|ACCURACY")).toBe(0.9);
  });
});
