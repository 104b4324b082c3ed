/**
 * A rebuild on a one-family cycle from hand-made old sheets (small, so each test builds one
 * small workbook): where every typed value goes (in place, moved, restored from Kept inputs, kept
 * there, newly kept), the notes and typed formulas, the Kept inputs sheet itself, and what
 * rolling to the next cycle month carries forward. Each expected value is read off the old
 * sheets written here and the layout's geometry (history months from column C, families from
 * row 5; a Demand family block's override row is row 18 with one family).
 */
import { WIDTH } from "../../src/layout/formats";
import { KEPT_SHEET, planRebuild } from "../../src/layout/rebuild";
import { keyedCells } from "./support/spec";
import { book, Grid, pumpsCycle } from "./support/oneFamily";

const data = pumpsCycle;

const settings = (cycleMonth: string, businessType: string): Grid => [
  ["Settings"],
  ["Setting", "Value"],
  ["Cycle month", cycleMonth],
  ["Business type", businessType],
];
const families: Grid = [["Families"], ["Family", "Unit", "Price"], ["Pumps", "units", 10]];
const blank = (rows: number): Grid => Array.from({ length: rows }, () => []);

describe("a rebuild of the same cycle", () => {
  // Actuals: a blank column inserted before 2026-03 (its value moves from E5 to D5), a removed
  // family (Gone), a note beside the table with a helper formula. Kept inputs: an older copy of
  // Pumps' 2026-03 actual (the layout's wins), a value of a family still gone, and an override
  // with its formula, whose cell exists again.
  const actuals: Grid = [
    ["Actual sales"],
    [],
    [],
    ["Family", "Unit", "2026-02", null, "2026-03"],
    ["Pumps", "units", 7, null, 8, null, 15],
    ["Gone", "units", 3],
  ];
  const actualFormulas: Grid = [[], [], [], [], [null, null, "=3+4", null, null, null, "=C5+E5"], [null, null, "=1+2"]];
  const kept: Grid = [
    ["Kept inputs"],
    ["old subtitle"],
    [],
    ["Key (sheet | row | family | month)", "Sheet", "Value", "Formula typed", "Found at"],
    ["Actuals|actual|Pumps|2026-03", "Actuals", 99, "", "Actuals!D5"],
    ["Actuals|actual|Lost|2026-02", "Actuals", 5, "", "Actuals!C9"],
    ["Demand|override|Pumps|2026-04", "Demand", 40, "=20*2", "Demand!E18"],
  ];
  const grids = {
    values: book({
      Settings: settings("2026-04", "manufacturing"),
      Families: families,
      Actuals: actuals,
      [KEPT_SHEET]: kept,
    }),
    formulas: new Map([["Actuals", actualFormulas]]),
  };

  it("reports every typed value: in place, moved, newly kept, still kept, restored, the notes and formulas", () => {
    const { report } = planRebuild(grids, data);
    // in the layout: Pumps' two actuals and Gone's (Settings and Families describe the cycle)
    expect(report.found).toBe(3);
    expect(report.inPlace).toBe(1);
    expect(report.moved).toEqual([{ key: "Actuals|actual|Pumps|2026-03", from: "Actuals!E5", to: "Actuals!D5" }]);
    expect(report.toKept).toEqual([
      { key: "Actuals|actual|Gone|2026-02", value: 3, address: "Actuals!C6", formula: "=1+2" },
    ]);
    expect(report.stillKept).toBe(1);
    expect(report.restored).toEqual([
      { key: "Demand|override|Pumps|2026-04", from: "Kept inputs!C7", to: "Demand!E18" },
    ]);
    expect(report.notes).toEqual([{ sheet: "Actuals", address: "Actuals!G5", value: 15, formula: "=C5+E5" }]);
    // the restored override's formula and the formula typed into Pumps' 2026-02 actual
    expect(report.formulas).toEqual(["Demand!E18", "Actuals!C5"]);
    expect(report.settingsProblem).toBeNull();
  });

  it("writes each value into its cell, typed formulas kept as formulas", () => {
    const { spec } = planRebuild(grids, data);
    const cells = keyedCells(spec);
    expect(cells.get("Actuals|actual|Pumps|2026-02")?.value).toBe(7);
    expect(cells.get("Actuals|actual|Pumps|2026-03")?.value).toBe(8);
    expect(cells.get("Demand|override|Pumps|2026-04")?.value).toBe(40);
    const cell = (sheet: string, r: number, c: number) => spec.sheets.find((s) => s.name === sheet)?.cells[r]?.[c];
    expect([cell("Actuals", 4, 2)?.formula, cell("Actuals", 4, 3)?.formula]).toEqual(["=3+4", undefined]);
    expect(cell("Demand", 17, 4)?.formula).toBe("=20*2");
  });

  it("puts what has no cell on Kept inputs: key, sheet, value, formula typed, where it was found", () => {
    const { spec } = planRebuild(grids, data);
    const sheet = spec.sheets.find((s) => s.name === KEPT_SHEET);
    expect(spec.sheets.map((s) => s.name).indexOf(KEPT_SHEET)).toBe(spec.sheets.length - 1);
    const text = sheet?.cells.map((row) => row.map((c) => c?.value ?? null));
    expect(text?.[0]?.[0]).toBe("Kept inputs");
    expect(text?.[3]).toEqual(["Key (sheet | row | family | month)", "Sheet", "Value", "Formula typed", "Found at"]);
    // Lost (still kept, where it was first found), Gone (newly kept, with its formula), the note
    expect(text?.slice(4)).toEqual([
      ["Actuals|actual|Lost|2026-02", "Actuals", 5, null, "Actuals!C9"],
      ["Actuals|actual|Gone|2026-02", "Actuals", 3, "=1+2", "Actuals!C6"],
      ["Note|Actuals!G5", "Note", 15, "=C5+E5", "Actuals!G5"],
    ]);
    // the values are input cells under their keys; the sheet is unprotected, its header frozen
    expect(sheet?.cells[4]?.[2]?.key).toBe("Actuals|actual|Lost|2026-02");
    expect(sheet?.cells[6]?.[2]?.key).toBe("Note|Actuals!G5");
    expect([sheet?.kind, sheet?.protect, sheet?.freeze]).toEqual(["input", false, { rows: 4, columns: 0 }]);
    expect(sheet?.columnWidths).toEqual([WIDTH.wide + 10, 14, 18, 24, 18]);
    expect(spec.names.filter((n) => n.ref.startsWith("'Kept inputs'!"))).toEqual([
      { name: "SOP_Sheet_Keptinputs", ref: "'Kept inputs'!$A$1" },
    ]);
  });

  it("adds no Kept inputs sheet when everything has its cell, and names a missing Settings sheet", () => {
    const { spec, report } = planRebuild(
      {
        values: book({
          Families: families,
          Actuals: [[], [], [], ["Family", "Unit", "2026-02", "2026-03"], ["Pumps", "units", 7, 8]],
        }),
      },
      data,
    );
    expect(spec.sheets.some((s) => s.name === KEPT_SHEET)).toBe(false);
    expect(spec.names.some((n) => n.ref.includes("Kept"))).toBe(false);
    expect([report.found, report.inPlace, report.moved, report.toKept, report.formulas]).toEqual([2, 2, [], [], []]);
    expect(report.settingsProblem).toBe("the Settings sheet is missing (deleted or renamed)");
  });

  it("keeps a typed formula only where the new cell holds the value it showed", () => {
    const { report, spec } = planRebuild(
      {
        values: book({ Actuals: [[], [], [], ["Family", "Unit", "2026-02"], ["Pumps", "units", "n/a"]] }),
        formulas: new Map([["Actuals", [[], [], [], [], [null, null, '="n/a"']]]]),
      },
      data,
    );
    // an actual is a number: the text goes to Kept inputs with its formula, the cell stays blank
    expect(report.formulas).toEqual([]);
    expect(report.toKept).toEqual([
      { key: "Actuals|actual|Pumps|2026-02", value: "n/a", address: "Actuals!C5", formula: '="n/a"' },
    ]);
    const actuals = spec.sheets.find((s) => s.name === "Actuals");
    expect([actuals?.cells[4]?.[2]?.key, actuals?.cells[4]?.[2]?.value ?? null]).toEqual([
      "Actuals|actual|Pumps|2026-02",
      null,
    ]);
  });

  it("keeps a typed formula that shows a blank as a formula, in place", () => {
    // =IF(1>2,5,"") shows "" in Excel; the new input cell is blank (null): the same, so the
    // formula goes back into its cell, counted in place, and nothing goes to Kept inputs.
    const shows = '=IF(1>2,5,"")';
    const { report, spec } = planRebuild(
      {
        values: book({ Actuals: [[], [], [], ["Family", "Unit", "2026-02"], ["Pumps", "units", ""]] }),
        formulas: new Map([["Actuals", [[], [], [], [], [null, null, shows]]]]),
      },
      data,
    );
    expect([report.found, report.inPlace, report.toKept, report.formulas]).toEqual([1, 1, [], ["Actuals!C5"]]);
    expect(spec.sheets.some((s) => s.name === KEPT_SHEET)).toBe(false);
    const cell = spec.sheets.find((s) => s.name === "Actuals")?.cells[4]?.[2];
    expect([cell?.key, cell?.formula, cell?.value ?? null]).toEqual(["Actuals|actual|Pumps|2026-02", shows, null]);
  });
});

describe("a rebuild that rolls to the next cycle month", () => {
  // The old workbook's cycle is 2026-03 (history 2026-01 and 2026-02, plan 2026-03 and 2026-04),
  // a distribution business (its Supply plan row is "Fulfilment plan"); the new cycle is 2026-04.
  const demand: Grid = [
    ...blank(3),
    ["Family", "Measure", "2026-01", "2026-02", "2026-03", "2026-04"],
    ["Pumps", "Actual sales", 6, 7],
    ["", "Statistical baseline", 5, 6, 10, 11],
    ["", "Sales override", null, null, 12],
    ["", "Override reason", null, null, "Promotion"],
    ["", "Override comment", null, null, null, "late"],
    ["", "Consensus demand", 5, 6, 12, 11],
    ["", "Previous consensus", null, 4, 9, 9],
  ];
  const supply: Grid = [
    ...blank(3),
    ["Family", "Measure", "2026-03", "2026-04"],
    ["Pumps", "Consensus demand", 12, 11],
    ["", "Fulfilment plan", 13, 14],
  ];
  const kpis: Grid = [
    ["KPIs"],
    [],
    [],
    ["KPI", "Category", "Value", "Target", "2025-04", "2026-02"],
    ["Forecast accuracy", "", 0.9, 0.8, 0.5, 0.85],
    ["Tracking signal", "", 2, 0],
  ];
  const archive: Grid = [
    ["Cycle month", "Family", "Target month", "Consensus"],
    ["2026-03", "Pumps", "2026-04", 99],
  ];
  const kept: Grid = [...blank(3), ["Key"], ["KPIs|trend|TRACKING|2026-03", "KPIs", 1.5]];
  const grids = {
    values: book({
      Settings: settings("2026-03", "distribution"),
      Families: families,
      Actuals: [[], [], [], ["Family", "Unit", "2026-01", "2026-02"], ["Pumps", "units", 6, 7]],
      Demand: demand,
      Supply: supply,
      KPIs: kpis,
      "Plan archive": archive,
      [KEPT_SHEET]: kept,
    }),
  };

  it("makes the old consensus the previous one, the old plan the planned production, the old KPIs the previous values", () => {
    const cells = keyedCells(planRebuild(grids, data).spec);
    const v = (k: string) => cells.get(k)?.value;
    // the old consensus of 2026-04 (a plan month) and of 2026-03 (now history); the previous
    // consensus typed for 2026-02, before the old cycle, stays
    expect([
      v("Demand|previous|Pumps|2026-04"),
      v("Demand|previous|Pumps|2026-03"),
      v("Demand|previous|Pumps|2026-02"),
    ]).toEqual([11, 12, 4]);
    // the old fulfilment plan of 2026-03, now history, is its planned production
    expect(v("Production|planned|Pumps|2026-03")).toBe(13);
    expect([v("KPIs|previous|ACCURACY"), v("KPIs|previous|TRACKING")]).toEqual([0.9, 2]);
    // the values shown join the trend under 2026-03, except where a value is typed there
    expect([
      v("KPIs|trend|ACCURACY|2026-03"),
      v("KPIs|trend|TRACKING|2026-03"),
      v("KPIs|trend|ACCURACY|2026-02"),
    ]).toEqual([0.9, 1.5, 0.85]);
  });

  it("archives the old cycle's plan months: baseline, override and its notes, consensus and the naive forecast", () => {
    const cells = keyedCells(planRebuild(grids, data).spec);
    const v = (target: string, field: string) => cells.get(`Archive|2026-03|${target}|${field}|Pumps`)?.value;
    // naive = the actual of 2026-02, the month before the old cycle
    expect(["naive", "baseline", "override", "reason", "comment", "consensus"].map((f) => v("2026-03", f))).toEqual([
      7,
      10,
      12,
      "Promotion",
      null,
      12,
    ]);
    // 2026-04: no override; the consensus already archived for it (99) is kept
    expect(["naive", "baseline", "override", "reason", "comment", "consensus"].map((f) => v("2026-04", f))).toEqual([
      7,
      11,
      null,
      null,
      "late",
      99,
    ]);
    expect(cells.has("Archive|2026-03|2026-02|consensus|Pumps")).toBe(false);
  });

  it("drops what it replaced and the trend values older than the 12 cycles, rather than keeping them", () => {
    const { report } = planRebuild(grids, data);
    const keptKeys = report.toKept.map((f) => f.key);
    expect(keptKeys.filter((k) => k.startsWith("KPIs|") || k.startsWith("Demand|previous|"))).toEqual([]);
    expect(report.settingsProblem).toBeNull();
  });

  it("carries nothing forward when the cycle month stays or goes back", () => {
    for (const month of ["2026-04", "2026-05"]) {
      const values = new Map(grids.values);
      values.set("Settings", settings(month, "distribution"));
      const cells = keyedCells(planRebuild({ values }, data).spec);
      expect([cells.get("Demand|previous|Pumps|2026-04")?.value, cells.get("KPIs|previous|ACCURACY")?.value]).toEqual([
        9,
        null,
      ]);
    }
  });
});
