/**
 * This cycle's overrides at the foot of the Demand sheet (src/layout/sheets/demandOverrides.ts)
 * on the tiny two-family cycle with baselines given (Pumps 20 and 25, Valves 8 and 9 in the plan
 * months 2026-04 and 2026-05), no workbook built: each formula and cached value at its address,
 * and the two names' ranges, worked out from the Demand sheet's rows by hand.
 *
 * Demand's rows with two families: the totals block from row 5 (Excel), eight rows; each family's
 * block 14 rows from Excel row 13 (Pumps) and 27 (Valves): its title, then actual, baseline,
 * band low, band high, override, reason... so Pumps' baseline is Excel row 15, override 18,
 * reason 19; Valves' 29, 32 and 33. Below the blocks (Excel row 41 on) come the summaries, each a
 * title row, two family rows and a blank row: consensus (title 42), previous (46), actual (50),
 * baseline (54), then forecastability (title 58, a header, two rows, a note row), then the
 * override - baseline summary (title 64, rows 65 and 66) and the reasons (title 68, rows 69 and
 * 70). History 2026-02 and 2026-03 sit in columns C and D, the plan months in E and F.
 */
import { CycleData } from "../../../src/core/model";
import { Geometry } from "../../../src/layout/geometry";
import { SheetGrid } from "../../../src/layout/grid";
import { overrideNames, overrideSummaries } from "../../../src/layout/sheets/demandOverrides";
import type { Cell } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { formula, header, label } from "../support/cells";
import { givenBaseline, tinyCycle } from "../support/tinyCycle";

const overrides: CycleData["overrides"] = [
  { family: "Pumps", month: "2026-04", quantity: 30, reason: "Promotion", comment: "spring campaign" },
  { family: "Valves", month: "2026-05", quantity: 5, reason: null },
];

/** A summary row: the family and its label in columns A and B, its two plan months' cells in E and F. */
const summaryRow = (family: string, measure: string, e: Cell, f: Cell): Array<Cell | null> => [
  label(family),
  label(measure),
  null,
  null,
  e,
  f,
];
/** A summary's title row: its title, "Measure", the two plan months in E and F. */
const titleRow = (title: string): Array<Cell | null> => [
  header(title),
  header("Measure"),
  null,
  null,
  header("2026-04"),
  header("2026-05"),
];

describe("the override summaries", () => {
  let rows: ReadonlyArray<ReadonlyArray<Cell | null>>;
  beforeEach(() => {
    const ctx = buildContext(tinyCycle({ overrides }), new Map(), {
      baselines: [givenBaseline([20, 25]), givenBaseline([8, 9])],
    });
    const g = new SheetGrid("Demand");
    overrideSummaries(g, ctx);
    rows = g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells;
  });

  it("writes each family's override minus baseline, blank where no override is typed", () => {
    // Pumps 2026-04: 30 - 20 = 10; Valves 2026-05: 5 - 9 = -4.
    expect(rows.slice(63, 66)).toStrictEqual([
      titleRow("This cycle's sales overrides by family: override - statistical baseline"),
      summaryRow(
        "Pumps",
        "Override - baseline",
        formula('=IF(E18="","",E18-E15)', 10, "#,##0"),
        formula('=IF(F18="","",F18-F15)', "", "#,##0"),
      ),
      summaryRow(
        "Valves",
        "Override - baseline",
        formula('=IF(E32="","",E32-E29)', "", "#,##0"),
        formula('=IF(F32="","",F32-F29)', -4, "#,##0"),
      ),
    ]);
  });

  it("writes each family's override reason, blank where none is given", () => {
    expect(rows.slice(67, 70)).toStrictEqual([
      titleRow("This cycle's override reasons by family"),
      summaryRow(
        "Pumps",
        "Reason given",
        formula('=IF(E19="","",E19)', "Promotion", "@"),
        formula('=IF(F19="","",F19)', "", "@"),
      ),
      summaryRow(
        "Valves",
        "Reason given",
        formula('=IF(E33="","",E33)', "", "@"),
        formula('=IF(F33="","",F33)', "", "@"),
      ),
    ]);
    expect(rows).toHaveLength(70);
  });
});

describe("the override summaries' names", () => {
  const geo = (families: number, history: number, plan: number): Geometry => ({
    families,
    history,
    plan,
    pipelineRows: 25,
    orderRows: 25,
    actionRows: 15,
    candidates: 0,
    ranked: 0,
    resources: 0,
  });

  it("spans the families' rows and the plan months' columns", () => {
    expect(overrideNames(geo(2, 2, 2))).toStrictEqual([
      { name: "SOP_OverrideDiff", ref: "Demand!$E$65:$F$66" },
      { name: "SOP_OverrideReason", ref: "Demand!$E$69:$F$70" },
    ]);
    // One family, three history months (C to E), one plan month (F): the family's block from
    // Excel row 13, the summaries from row 27 (consensus 28, previous 31, actual 34, baseline
    // 37, forecastability 40 to 43), the overrides' title at 45, the reasons' at 48.
    expect(overrideNames(geo(1, 3, 1))).toStrictEqual([
      { name: "SOP_OverrideDiff", ref: "Demand!$F$46:$F$46" },
      { name: "SOP_OverrideReason", ref: "Demand!$F$49:$F$49" },
    ]);
  });

  it("keeps one row where there is no family", () => {
    // No family block: the summaries from Excel row 13 (consensus title 14), one row each.
    expect(overrideNames(geo(0, 2, 2))).toStrictEqual([
      { name: "SOP_OverrideDiff", ref: "Demand!$E$32:$F$32" },
      { name: "SOP_OverrideReason", ref: "Demand!$E$35:$F$35" },
    ]);
  });
});
