/**
 * The Kept inputs sheet a rebuild writes, cell by cell (styles, the subtitle's promise, the tab),
 * and a value already on Kept inputs going back into its cell, on a one-family cycle from
 * hand-made old sheets.
 */
import { TAB } from "../../src/layout/formats";
import { KEPT_SHEET, planRebuild } from "../../src/layout/rebuild";
import { Grid, pumpsCycle } from "./support/oneFamily";

const data = pumpsCycle;

describe("the Kept inputs sheet", () => {
  // Gone's actual has no cell in the new layout; the note beside the table is the user's own.
  const actuals: Grid = [
    [],
    [],
    [],
    ["Family", "Unit", "2026-02", "2026-03"],
    ["Pumps", "units", 7, 8, "call Bob"],
    ["Gone", "units", 3],
  ];

  it("has a title, the subtitle saying what it holds, a header, and each row's cells styled by their part", () => {
    const { spec } = planRebuild({ values: new Map([["Actuals", actuals]]) }, data);
    const sheet = spec.sheets.find((s) => s.name === KEPT_SHEET);
    const cells = sheet?.cells ?? [];
    expect(cells[0]?.[0]).toEqual({ value: "Kept inputs", style: "title" });
    expect(cells[1]?.[0]).toEqual({
      value:
        "Values the rebuilt layout has no cell for (a removed family, a shorter horizon, text typed into a number cell), and notes written beside the layout. Copy back what you need; a value goes back into the layout by itself when its cell exists again.",
      style: "subtitle",
    });
    expect(cells[3]?.map((c) => c?.style)).toEqual(["header", "header", "header", "header", "header"]);
    // Gone's value (a key: sheet, row, family, month), then the note (no formula typed: no cell)
    expect(cells[4]).toEqual([
      { value: "Actuals|actual|Gone|2026-02", style: "label" },
      { value: "Actuals", style: "label" },
      { value: 3, style: "input", key: "Actuals|actual|Gone|2026-02" },
      null,
      { value: "Actuals!C6", style: "note" },
    ]);
    expect(cells[5]?.[3] ?? null).toBeNull();
    expect(cells[5]?.[4]).toEqual({ value: "Actuals!E5", style: "note" });
    expect(sheet?.tabColor).toBe(TAB.input);
  });

  it("shows a typed formula beside its value, styled as a note", () => {
    // Gone's actual typed as =1+2: the value 3 goes to Kept inputs with the formula beside it.
    const { spec } = planRebuild(
      {
        values: new Map([["Actuals", actuals]]),
        formulas: new Map([["Actuals", [[], [], [], [], [], [null, null, "=1+2"]]]]),
      },
      data,
    );
    const cells = spec.sheets.find((s) => s.name === KEPT_SHEET)?.cells ?? [];
    expect(cells[4]?.[3]).toEqual({ value: "=1+2", style: "note" });
    expect(cells[4]?.[4]).toEqual({ value: "Actuals!C6", style: "note" });
  });

  it("counts a value found on Kept inputs as kept, not as found in the layout, and puts it back in its cell", () => {
    const { report } = planRebuild(
      {
        values: new Map([[KEPT_SHEET, [[], [], [], ["Key"], ["Actuals|actual|Pumps|2026-02", "Actuals", 5]] as Grid]]),
      },
      data,
    );
    expect(report.restored).toEqual([
      { key: "Actuals|actual|Pumps|2026-02", from: "Kept inputs!C5", to: "Actuals!C5" },
    ]);
    expect([report.found, report.inPlace, report.stillKept]).toEqual([0, 0, 0]);
  });
});
