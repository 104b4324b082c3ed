/**
 * The Finance sheet's "Revenue accuracy by lag" table (src/layout/sheets/financeRevenueLag.ts) on
 * a hand-made grid, no workbook built: each formula, cached value and number format at its
 * address, worked out by hand (the numbers as in test/layout/revenueAccuracy.test.ts).
 *
 * Actuals (the hand cycle, cycle month 2026-04): A 2026-02 120, 2026-03 90; B 2026-02 40,
 * 2026-03 60. Families prices: A 10, B 100. Archive (consensus): lag 1: A 2026-02 110, A 2026-03
 * 100, B 2026-02 50, B 2026-03 54; lag 2: A 2026-03 80, B 2026-03 70 (cycle 2026-02); A 2026-04
 * at lag 1 has no actual yet; Gone 2026-03 is on no Families row, so it has no price.
 * - Lag 1: actual 1,200 + 900 + 4,000 + 6,000 = 12,100; planned 1,100 + 1,000 + 5,000 + 5,400 =
 *   12,500; errors +100, -100, -1,000, +600, absolute 1,800; WAPE 1,800 / 12,100; bias 400 / 12,100.
 * - Lag 2: actual 900 + 6,000 = 6,900; planned 800 + 7,000 = 7,800; absolute error 100 + 1,000 =
 *   1,100; WAPE 1,100 / 6,900; bias 900 / 6,900.
 * - Lag 3: nothing archived: 0 plans, blank sums, "no data".
 *
 * Where the table sits with two families (0-based rows): Finance's totals block from row 4, 19
 * total rows + 2 = 21 rows; each family's block 14 rows + 2 = 16, so the blocks end at 4 + 21 +
 * 32 = 57; the revenue history's title 58; the six summaries by family 4 rows each from 62, the
 * last (unit cost) at 82; the bridges (title, header, 2 families, total) from 82 + 4 = 86 (revenue)
 * and 86 + 6 = 92 (margin), whose total is 92 + 4 = 96; this table's title 98 (Excel 99), its
 * header 99 (Excel 100), lags 1 to 3 in Excel rows 101 to 103, its note Excel 104. Columns: A the
 * lag, B plans, C actual, D planned, E absolute error, F WAPE, G bias.
 */
import { SheetGrid } from "../../../src/layout/grid";
import { revenueLagCol, revenueLagRow, revenueLagTable } from "../../../src/layout/sheets/financeRevenueLag";
import type { Cell } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { formula, header, label } from "../support/cells";
import { revenueArchiveCycle } from "../support/handArchive";

/** |sum| of an archive column at lag k: its positive entries minus its negative ones. */
const absSum = (col: string, k: number): string =>
  `(SUMIFS(${col},SOP_ArchiveLag,${k},${col},">0")-SUMIFS(${col},SOP_ArchiveLag,${k},${col},"<0"))`;

/** Lag k's row, Excel row r. */
const lagRow = (
  r: number,
  k: number,
  plans: number,
  actual: number | "",
  planned: number | "",
  absError: number | "",
  wape: number | string,
  bias: number | string,
): Array<Cell | null> => [
  label(`Lag ${k}`),
  formula(`=SUMPRODUCT((SOP_ArchiveLag=${k})*ISNUMBER(SOP_ArchiveRevenueError))`, plans, "0"),
  formula(`=IF(B${r}=0,"",SUMIFS(SOP_ArchiveActualRevenue,SOP_ArchiveLag,${k}))`, actual, "#,##0"),
  formula(`=IF(B${r}=0,"",C${r}-SUMIFS(SOP_ArchiveRevenueError,SOP_ArchiveLag,${k}))`, planned, "#,##0"),
  formula(`=IF(B${r}=0,"",${absSum("SOP_ArchiveRevenueError", k)})`, absError, "#,##0"),
  formula(
    `=IF(OR(B${r}=0,${absSum("SOP_ArchiveActualRevenue", k)}=0),"no data",E${r}/${absSum("SOP_ArchiveActualRevenue", k)})`,
    wape,
    "0.0%",
  ),
  formula(`=IF(OR(B${r}=0,C${r}=0),"no data",(D${r}-C${r})/ABS(C${r}))`, bias, "0.0%"),
];

describe("revenue accuracy by lag (Finance)", () => {
  let rows: ReadonlyArray<ReadonlyArray<Cell | null>>;
  let ctx: ReturnType<typeof buildContext>;
  beforeEach(() => {
    ctx = buildContext(revenueArchiveCycle());
    const g = new SheetGrid("Finance");
    revenueLagTable(g, ctx);
    rows = g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells;
  });

  it("titles the table below the margin bridge and heads the lag and its six measures", () => {
    expect(rows).toHaveLength(104);
    expect(rows.slice(0, 98)).toStrictEqual(new Array(98).fill([]));
    expect(rows.slice(98, 100)).toStrictEqual([
      [
        header(
          "Revenue accuracy by lag: the archived consensus x price against actual revenue (from the Plan archive, all families)",
        ),
      ],
      [
        header("Lag"),
        header("Archived plans with an actual"),
        header("Actual revenue"),
        header("Planned revenue (consensus x price)"),
        header("Absolute revenue error"),
        header("Revenue WAPE"),
        header("Revenue bias"),
      ],
    ]);
  });

  it("measures each lag with native formulas over the archive's revenue columns, 'no data' where none", () => {
    expect(rows.slice(100, 103)).toStrictEqual([
      lagRow(101, 1, 4, 12100, 12500, 1800, 1800 / 12100, 400 / 12100),
      lagRow(102, 2, 2, 6900, 7800, 1100, 1100 / 6900, 900 / 6900),
      lagRow(103, 3, 0, "", "", "", "no data", "no data"),
    ]);
  });

  it("ends with the note on the lags, the price and the measures", () => {
    expect(rows[103]).toStrictEqual([
      {
        value:
          "Over the archived plans with an actual and a consensus: lag 1 = planned in the month's own cycle, lag 3 = two cycles before. Price = the family's Families price (the Prices sheet holds plan months only; Finance's revenue history uses the same). WAPE = sum|actual - planned revenue| / sum|actual revenue|; bias = (planned - actual) / |actual|, positive = over-forecast. \"no data\" = nothing archived at that lag has an actual yet.",
        style: "note",
      },
    ]);
  });

  it("places each measure in its column (B to G) and each lag in its row", () => {
    const cols = ["plans", "actual", "planned", "absError", "wape", "bias"] as const;
    expect(cols.map(revenueLagCol)).toEqual([1, 2, 3, 4, 5, 6]);
    expect([0, 1, 2, 3].map((i) => revenueLagRow(ctx, i))).toEqual([100, 101, 102, 103]);
  });
});
