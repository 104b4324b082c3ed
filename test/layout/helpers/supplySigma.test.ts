/**
 * The Supply sheet's "Safety stock by family" table (src/layout/sheets/supplySigma.ts) on the tiny
 * two-family cycle, no workbook built: each formula and cached value at its address, worked out
 * from the sheets' rows by hand.
 *
 * Supply's rows with two families: the totals block from row 5 (Excel), ten rows; each family's
 * block 15 rows from Excel row 15 (Pumps) and 30 (Valves); below them (Excel row 45 on) the seven
 * summaries, each a title, two family rows and a blank row, the last (target inventory) titled at
 * Excel row 70; then this table: its title at Excel row 74, the header at 75, Pumps 76, Valves 77
 * and the note at 78. Its columns: A the family, B lead time, C archived errors at lag 1, D sigma
 * from the archive, E history months, F sigma from the history, G sigma used, H its source, I the
 * safety stock.
 *
 * What the formulas read: Families' lead time in column L (after the nine family columns and the
 * lot size and minimum run), Pumps on Excel row 5, Valves on 6; Settings' service level on Excel
 * row 17 (the accuracy lags on 14, then a blank row, the strategy, the service level), column B;
 * Demand's diff row (the eleventh of a family's block: Pumps' block from Excel row 13, so row 24,
 * Valves' from 27, so row 38), its history months 2026-02 and 2026-03 in columns C and D.
 *
 * Cached values: Pumps' actuals 13 and 8 against baselines 10 and 12 (no archived consensus, so
 * the baseline stands in): errors 3 and -4, sigma = sqrt((9 + 16) / 2) = sqrt(12.5) = 3.5355;
 * Valves' single actual 10 against 7 in 2026-03: sigma 3. Safety stock at the default 95 %
 * service level (z = 1.6448536) and lead time 1: 1.6448536 x 3.5355339 = 5.8154 and
 * 1.6448536 x 3 = 4.9346.
 */
import { SheetGrid } from "../../../src/layout/grid";
import { sigmaCol, sigmaTable } from "../../../src/layout/sheets/supplySigma";
import type { Cell } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { formula, header, label } from "../support/cells";
import { givenBaseline, tinyCycle } from "../support/tinyCycle";

const HEADER_ROW = [
  header("Family"),
  header("Lead time (months)"),
  header("Archived errors at lag 1"),
  header("Sigma, archive"),
  header("History months"),
  header("Sigma, history"),
  header("Sigma used"),
  header("Sigma source"),
  header("Safety stock"),
];

const TITLE =
  "Safety stock by family: sigma of the monthly forecast error from the Plan archive (lag 1, at least 6 errors), else from the history";
const NOTE =
  "Sigma = root mean square of actual - consensus: the Plan archive's consensus errors at lag 1 (the plan made in the month's own cycle) when it holds at least 6 for the family, else the Demand sheet's history diff. Safety stock = NORM.S.INV(service level) x sigma x SQRT(lead time): lag 1 errors scaled to the lead time.";

/** The formulas of Excel row `r` reading Families row `fr` and Demand's diff row `dr` (null: no history). */
function rowFormulas(r: number, fr: number, dr: number | null): string[] {
  const mine = `(SOP_ArchiveFamily=$A${r})*(SOP_ArchiveLag=1)`;
  const diff = `Demand!$C$${dr}:$D$${dr}`;
  return [
    `=IF(ISNUMBER(Families!$L$${fr}),Families!$L$${fr},1)`,
    `=SUMPRODUCT(${mine}*ISNUMBER(SOP_ArchiveError))`,
    `=IF(C${r}=0,"",SQRT(SUMPRODUCT(${mine},SOP_ArchiveError,SOP_ArchiveError)/C${r}))`,
    dr === null ? "=0" : `=COUNT(${diff})`,
    dr === null ? '=""' : `=IF(E${r}=0,"",SQRT(SUMSQ(${diff})/E${r}))`,
    `=IF(C${r}>=6,D${r},F${r})`,
    `=IF(C${r}>=6,"archive, "&C${r}&" errors at lag 1",IF(E${r}>0,"history, "&E${r}&" months","none"))`,
    `=IF(G${r}="","",NORM.S.INV(IF(ISNUMBER(Settings!$B$17),Settings!$B$17,0.95))*G${r}*SQRT(B${r}))`,
  ];
}

describe("the safety stock by family table", () => {
  let rows: ReadonlyArray<ReadonlyArray<Cell | null>>;
  beforeEach(() => {
    const ctx = buildContext(
      tinyCycle({
        actuals: [
          { family: "Pumps", month: "2026-02", quantity: 13 },
          { family: "Pumps", month: "2026-03", quantity: 8 },
          { family: "Valves", month: "2026-03", quantity: 10 },
        ],
      }),
      new Map(),
      { baselines: [givenBaseline([20, 25], [10, 12]), givenBaseline([8, 9], [null, 7])] },
    );
    const g = new SheetGrid("Supply");
    sigmaTable(g, ctx);
    rows = g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells;
  });

  it("places each column after the family, in order", () => {
    expect(
      (
        [
          "leadTime",
          "archiveErrors",
          "archiveSigma",
          "historyMonths",
          "historySigma",
          "sigma",
          "source",
          "safetyStock",
        ] as const
      ).map(sigmaCol),
    ).toStrictEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("writes the title, the header, each family's formulas with the core's values, and the note", () => {
    expect(rows).toHaveLength(78);
    expect(rows.slice(0, 73).every((r) => r.every((c) => c === null))).toBe(true);
    expect(rows[73]).toStrictEqual([header(TITLE)]);
    expect(rows[74]).toStrictEqual(HEADER_ROW);
    const [p, v] = [rowFormulas(76, 5, 24), rowFormulas(77, 6, 38)];
    expect(rows[75]).toStrictEqual([
      label("Pumps"),
      formula(p[0], 1, "0.##"),
      formula(p[1], 0, "0"),
      formula(p[2], "", "#,##0"),
      formula(p[3], 2, "0"),
      formula(p[4], Math.sqrt(12.5), "#,##0"),
      formula(p[5], Math.sqrt(12.5), "#,##0"),
      formula(p[6], "history, 2 months"),
      formula(p[7], expect.closeTo(1.6448536 * Math.sqrt(12.5), 5) as number, "#,##0"),
    ]);
    expect(rows[76]).toStrictEqual([
      label("Valves"),
      formula(v[0], 1, "0.##"),
      formula(v[1], 0, "0"),
      formula(v[2], "", "#,##0"),
      formula(v[3], 1, "0"),
      formula(v[4], 3, "#,##0"),
      formula(v[5], 3, "#,##0"),
      formula(v[6], "history, 1 months"),
      formula(v[7], expect.closeTo(1.6448536 * 3, 5) as number, "#,##0"),
    ]);
    expect(rows[77]).toStrictEqual([{ value: NOTE, style: "note" }]);
  });
});

describe("the safety stock by family table without history", () => {
  let rows: ReadonlyArray<ReadonlyArray<Cell | null>>;
  beforeEach(() => {
    // A cycle needs a history month, so the geometry says none here (its rows do not depend on
    // the history); no actual typed, so the core's values are blank too.
    const ctx = buildContext(tinyCycle());
    const g = new SheetGrid("Supply");
    sigmaTable(g, { ...ctx, geo: { ...ctx.geo, history: 0 } });
    rows = g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells;
  });

  it("counts no history month and leaves the history's sigma blank", () => {
    // No history: nothing to count in Demand, no sigma, so no safety stock.
    const p = rowFormulas(76, 5, null);
    expect(rows[75]).toStrictEqual([
      label("Pumps"),
      formula(p[0], 1, "0.##"),
      formula(p[1], 0, "0"),
      formula(p[2], "", "#,##0"),
      formula(p[3], 0, "0"),
      formula(p[4], "", "#,##0"),
      formula(p[5], "", "#,##0"),
      formula(p[6], "none"),
      formula(p[7], "", "#,##0"),
    ]);
  });
});
