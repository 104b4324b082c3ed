/**
 * The sales override's value added by reason (src/layout/sheets/kpisByReason.ts) on a hand-made
 * grid, no workbook built: each formula, cached value and number format at its address, and the
 * SOP_FVAByReason name, worked out by hand.
 *
 * Actuals (test/layout/support/handArchive.ts): A 2026-01 100, 2026-02 120, 2026-03 90; B 50, 40,
 * 60; none in 2026-04. Lag-1 rows (planned in the target month's own cycle):
 *
 * | family | target | actual | baseline | override | reason | abs(A - baseline) | abs(A - sales) |
 * |---|---|---|---|---|---|---|---|
 * | A | 2026-01 | 100 | 110 | 95 | Promotion | 10 | 5 |
 * | A | 2026-02 | 120 | 110 | 125 | Customer order | 10 | 5 |
 * | A | 2026-03 | 90 | 95 | 88 | Promotion | 5 | 2 |
 * | A | 2026-04 | | 100 | 90 | Promotion | (no actual: not measured) | |
 * | B | 2026-01 | 50 | 45 | | | 5 | 5 |
 * | B | 2026-02 | 40 | 46 | 37 | customer ORDER (any case) | 6 | 3 |
 * | B | 2026-03 | 60 | 57 | 70 | Market intelligence | 3 | 10 |
 *
 * plus a lag-3 row (cycle 2026-01, A 2026-03, baseline 100, override 85, Promotion), left out at lag 1.
 * - Promotion: 2 plans, actuals 190; statistical WAPE 15 / 190, sales 7 / 190, added (15 - 7) / 190 x 100
 * - Customer order: 2 plans, actuals 160; 16 / 160 = 0.1, 8 / 160 = 0.05, added +5 pts
 * - Market intelligence: 1 plan, actual 60; 3 / 60, 10 / 60, added (3 - 10) / 60 x 100
 * - New customer, Supply constraint, Other: none measured (0, blank WAPEs, no points)
 *
 * The table from row index 2 (Excel row 3): its title, the header (Excel 4), the six reasons
 * (Excel 5 to 10) and the note (Excel 11).
 */
import { ArchiveRow } from "../../../src/core/model";
import { SheetGrid } from "../../../src/layout/grid";
import { byReasonName, fvaByReason } from "../../../src/layout/sheets/kpisByReason";
import type { Cell } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { formula, header, label } from "../support/cells";
import { HAND_ACTUALS, archiveRow, handArchiveCycle, handFamily, overrideRow } from "../support/handArchive";

const row = overrideRow;
const ARCHIVE: ReadonlyArray<ArchiveRow> = [
  row("2026-01", "A", "2026-01", 110, 95, "Promotion"),
  row("2026-01", "A", "2026-03", 100, 85, "Promotion"),
  row("2026-02", "A", "2026-02", 110, 125, "Customer order"),
  row("2026-03", "A", "2026-03", 95, 88, "Promotion"),
  row("2026-04", "A", "2026-04", 100, 90, "Promotion"),
  row("2026-01", "B", "2026-01", 45, null, null),
  row("2026-02", "B", "2026-02", 46, 37, "customer ORDER"),
  row("2026-03", "B", "2026-03", 57, 70, "Market intelligence"),
];

const POINTS = '+0.0" pts";-0.0" pts";0.0" pts"';

/** Reason row `r` (Excel): the count, the two WAPEs and the points, at lag 1. */
const reasonRow = (
  r: number,
  reason: string,
  count: number,
  stat: number | string,
  sales: number | string,
  points: number | "",
): Array<Cell | null> => [
  label(reason),
  formula(`=SUMPRODUCT((SOP_ArchiveReason=$A${r})*(SOP_ArchiveLag=1)*ISNUMBER(SOP_ArchiveActual))`, count, "0"),
  formula(
    `=IF(B${r}=0,"",SOP.LAGWAPE(SOP_ArchiveActual,IF(ISBLANK(SOP_ArchiveBaseline),"",SOP_ArchiveBaseline),SOP_ArchiveLag,1,SOP_ArchiveReason,$A${r}))`,
    stat,
    "0.0%",
  ),
  formula(
    `=IF(B${r}=0,"",SOP.LAGWAPE(SOP_ArchiveActual,IF(ISBLANK(SOP_ArchiveSales),"",SOP_ArchiveSales),SOP_ArchiveLag,1,SOP_ArchiveReason,$A${r}))`,
    sales,
    "0.0%",
  ),
  formula(`=IF(AND(ISNUMBER(C${r}),ISNUMBER(D${r})),(C${r}-D${r})*100,"")`, points, POINTS),
];

describe("the sales override's value added by reason", () => {
  let rows: ReadonlyArray<ReadonlyArray<Cell | null>>;
  beforeEach(() => {
    const g = new SheetGrid("KPIs");
    fvaByReason(g, buildContext(handArchiveCycle(ARCHIVE)), 2, 1);
    rows = g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells;
  });

  it("titles the table with its lag and heads its five columns", () => {
    expect(rows.slice(0, 4)).toStrictEqual([
      [],
      [],
      [header("Sales override value added at lag 1, by override reason (from the Plan archive)")],
      [
        header("Override reason"),
        header("Archived plans with an actual"),
        header("WAPE statistical"),
        header("WAPE sales"),
        header("Sales added (pts)"),
      ],
    ]);
  });

  it("measures each reason's archived plans at the lag with an actual, in any case; blank where none", () => {
    expect(rows.slice(4, 10)).toStrictEqual([
      reasonRow(5, "Promotion", 2, 15 / 190, 7 / 190, (15 / 190 - 7 / 190) * 100),
      reasonRow(6, "Customer order", 2, 0.1, 0.05, (0.1 - 0.05) * 100),
      reasonRow(7, "New customer", 0, "", "", ""),
      reasonRow(8, "Market intelligence", 1, 3 / 60, 10 / 60, (3 / 60 - 10 / 60) * 100),
      reasonRow(9, "Supply constraint", 0, "", "", ""),
      reasonRow(10, "Other", 0, "", "", ""),
    ]);
    // The points of Customer order, +5 (0.1 - 0.05 = 0.05, x 100).
    expect((rows[5][4] as { value: number }).value).toBeCloseTo(5, 12);
  });

  it("ends with the note on what the points mean", () => {
    expect(rows.slice(10)).toStrictEqual([
      [
        {
          value:
            "Over the archived plans at this lag that give the reason and whose month has an actual: positive = the overrides given for that reason made the plan more accurate than the statistical baseline. Blank = none measured yet.",
          style: "note",
        },
      ],
    ]);
  });
});

describe("reasons whose WAPE is an error", () => {
  let rows: ReadonlyArray<ReadonlyArray<Cell | null>>;
  beforeEach(() => {
    // Two more families at lag 1. C sold 0 in 2026-03; its plan (baseline 10, override 5) gives
    // the reason Other. D sold 10 in each of 2026-01 to 2026-03: its 2026-02 plan has no baseline,
    // only an override of 12 (New customer); its 2026-01 and 2026-03 plans a baseline of 10 and an
    // override of 1e308 (Supply constraint).
    const data = handArchiveCycle(
      [
        ...ARCHIVE,
        row("2026-03", "C", "2026-03", 10, 5, "Other"),
        archiveRow("2026-02", "D", "2026-02", { override: 12, reason: "New customer", consensus: 12 }),
        row("2026-01", "D", "2026-01", 10, 1e308, "Supply constraint"),
        row("2026-03", "D", "2026-03", 10, 1e308, "Supply constraint"),
      ],
      [handFamily("A"), handFamily("B"), handFamily("C"), handFamily("D")],
      {
        actuals: [
          ...HAND_ACTUALS,
          { family: "C", month: "2026-03", quantity: 0 },
          { family: "D", month: "2026-01", quantity: 10 },
          { family: "D", month: "2026-02", quantity: 10 },
          { family: "D", month: "2026-03", quantity: 10 },
        ],
      },
    );
    const g = new SheetGrid("KPIs");
    fvaByReason(g, buildContext(data), 2, 1);
    rows = g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells;
  });

  it("shows #DIV/0! for both WAPEs where every actual is 0, and no points", () => {
    // Other: one plan measured, sum|A| = 0.
    expect(rows[9]).toStrictEqual(reasonRow(10, "Other", 1, "#DIV/0!", "#DIV/0!", ""));
  });

  it("shows #DIV/0! for the statistical WAPE where no plan has a baseline, and no points", () => {
    // New customer: the baseline is blank on its one plan, so no row is left for its WAPE; the
    // sales forecast is the override, |10 - 12| / 10 = 0.2.
    expect(rows[6]).toStrictEqual(reasonRow(7, "New customer", 1, "#DIV/0!", 0.2, ""));
  });

  it("shows #NUM! for the sales WAPE where its errors add up beyond a number, and no points", () => {
    // Supply constraint: baseline WAPE (0 + 0) / 20 = 0; the sales errors 1e308 - 10 twice add up
    // to more than the largest number, so SOP.LAGWAPE answers #NUM!.
    expect(rows[8]).toStrictEqual(reasonRow(9, "Supply constraint", 2, 0, "#NUM!", ""));
  });
});

describe("the SOP_FVAByReason name", () => {
  it("covers the six reason rows below the header, five columns", () => {
    // top 2: title Excel 3, header 4, reasons 5 to 10.
    expect(byReasonName(2)).toStrictEqual({ name: "SOP_FVAByReason", ref: "KPIs!$A$5:$E$10" });
    expect(byReasonName(20)).toStrictEqual({ name: "SOP_FVAByReason", ref: "KPIs!$A$23:$E$28" });
  });
});
