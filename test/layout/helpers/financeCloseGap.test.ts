/**
 * The Finance sheet's "Close the gap to budget" table (src/layout/sheets/financeCloseGap.ts) on
 * the tiny two-family cycle, no workbook built: each formula and cached value at its address,
 * worked out from the sheets' rows by hand.
 *
 * Finance's rows with two families: the totals block from Excel row 5, 21 rows (the budget-month
 * flags on its twelfth data row, Excel row 17); each family's block 16 rows (Excel rows 26 and
 * 42); the revenue history title at Excel row 59, the six summaries from 63 (4 rows each, the
 * last titled at 83); the revenue bridge titled at 87 (Pumps 89, Valves 90, total 91), the margin
 * bridge at 93 (total 97); revenue accuracy by lag titled at 99 (header, three lags, a note), so
 * this table's title at Excel row 106, its header at 107, Pumps 108, Valves 109, all families 110
 * and the note 111. Its columns: A the family, B blank, then C gap, D plan price, E units to
 * close, F spare capacity, G capacity allows. The revenue bridge's columns read: C plan units, E
 * plan revenue, L revenue vs budget. Supply: Pumps' capacity row is Excel row 17 and supply 19
 * (its block from 15), Valves' 32 and 34 (from 30); the plan months in columns C and D there and
 * on Finance. Families' price is column C, Pumps on Excel row 5, Valves on 6.
 *
 * Cached values (price 10, capacity 100, supply = the baseline demand: Pumps 20 and 25, Valves 8
 * and 9), budget in 2026-05 only (one budget month):
 * - Pumps: budget 400, plan 25 x 10 = 250, gap -150; units 150 / 10 = 15; spare 100 - 25 = 75 ≥ 15: yes.
 * - Valves: budget 1500, plan 9 x 10 = 90, gap -1410; units 141; spare 100 - 9 = 91 < 141: partly.
 * - All families: gap -1560, units 156, spare 166.
 */
import { SheetGrid } from "../../../src/layout/grid";
import type { BuildContext } from "../../../src/layout/sheets/context";
import { closeGapCol, closeGapRow, closeGapTable, closeGapTitle } from "../../../src/layout/sheets/financeCloseGap";
import type { Cell } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { header, label } from "../support/cells";
import { givenBaseline, tinyCycle } from "../support/tinyCycle";

const cell = (f: string, value: string | number, numberFormat?: string, style = "formula"): Cell =>
  ({ formula: f, value, style, ...(numberFormat === undefined ? {} : { numberFormat }) }) as Cell;

const HEADER = [
  header("Family"),
  header("Over the budget months"),
  header("Revenue vs budget"),
  header("Plan price"),
  header("Units to close the gap"),
  header("Spare capacity"),
  header("Capacity allows"),
];
const NOTE =
  "Units to close = the shortfall of plan revenue to budget / the plan price (plan revenue / plan units over the budget months). Spare capacity = the family's own capacity less its supply plan in the budget months (not its resources'); yes = the units fit, partly = some room, no = none. Selling them is the decision: the plan does not assume it.";

/** Formulas of a family on Excel row `r`: its bridge row `b`, Families row `fr`, Supply capacity and supply rows. */
function familyFormulas(r: number, b: number, fr: number, cap: number, sup: number): string[] {
  const head = `(Supply!C${cap}:D${cap}-Supply!C${sup}:D${sup})`;
  return [
    `=L${b}`,
    `=IF(C${b}>0,E${b}/C${b},Families!$C$${fr})`,
    `=IF(AND(ROUND(C${r},6)<0,D${r}>0),-C${r}/D${r},0)`,
    `=SUMPRODUCT($C$17:$D$17,(${head}>0)*${head})`,
    `=IF(SUM($C$17:$D$17)=0,"no budget",IF(ROUND(C${r},6)>=0,"no gap",IF(AND(D${r}>0,ROUND(E${r}-F${r},6)<=0),"yes",IF(AND(D${r}>0,F${r}>0),"partly","no"))))`,
  ];
}

const context = (): BuildContext =>
  buildContext(
    tinyCycle({
      budget: [
        { family: "Pumps", month: "2026-05", units: 40, revenue: 400, grossMargin: 0 },
        { family: "Valves", month: "2026-05", units: 150, revenue: 1500, grossMargin: 0 },
      ],
    }),
    new Map(),
    { baselines: [givenBaseline([20, 25]), givenBaseline([8, 9])] },
  );

const rowsOf = (ctx: BuildContext): ReadonlyArray<ReadonlyArray<Cell | null>> => {
  const g = new SheetGrid("Finance");
  closeGapTable(g, ctx);
  return g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells;
};

describe("the close the gap to budget table", () => {
  let ctx: BuildContext;
  beforeEach(() => {
    ctx = context();
  });

  it("sits two rows below revenue accuracy by lag's note, from column C", () => {
    expect([closeGapTitle(ctx.geo), closeGapRow(ctx.geo, 0), closeGapRow(ctx.geo, 2)]).toStrictEqual([105, 107, 109]);
    expect((["gap", "price", "units", "spare", "allows"] as const).map(closeGapCol)).toStrictEqual([2, 3, 4, 5, 6]);
  });

  it("writes the title, the header, each family's formulas with the core's values, the total and the note", () => {
    const rows = rowsOf(ctx);
    expect(rows).toHaveLength(111);
    expect(rows.slice(0, 105).every((r) => r.every((c) => c === null))).toBe(true);
    expect(rows[105]).toStrictEqual([
      header(
        "Close the gap to budget over the 1 budget months: the units at the plan price that would close a revenue shortfall, and the family's spare capacity",
      ),
    ]);
    expect(rows[106]).toStrictEqual(HEADER);
    const p = familyFormulas(108, 89, 5, 17, 19);
    const v = familyFormulas(109, 90, 6, 32, 34);
    expect(rows[107]).toStrictEqual([
      label("Pumps"),
      label(""),
      cell(p[0], -150, "#,##0"),
      cell(p[1], 10, "0.00"),
      cell(p[2], 15, "#,##0"),
      cell(p[3], 75, "#,##0"),
      cell(p[4], "yes"),
    ]);
    expect(rows[108]).toStrictEqual([
      label("Valves"),
      label(""),
      cell(v[0], -1410, "#,##0"),
      cell(v[1], 10, "0.00"),
      cell(v[2], 141, "#,##0"),
      cell(v[3], 91, "#,##0"),
      cell(v[4], "partly"),
    ]);
    expect(rows[109]).toStrictEqual([
      { value: "All families", style: "total" },
      { value: "", style: "total" },
      cell("=L91", -1560, "#,##0", "total"),
      null,
      cell("=SUM(E108:E109)", 156, "#,##0", "total"),
      cell("=SUM(F108:F109)", 166, "#,##0", "total"),
    ]);
    expect(rows[110]).toStrictEqual([{ value: NOTE, style: "note" }]);
  });

  it("without plan months, spares nothing and says no budget", () => {
    // A cycle has plan months; the inputs say none here, so no budget-month flags to read.
    const rows = rowsOf({ ...ctx, inputs: { ...ctx.inputs, plan: [] } });
    expect(rows[107].slice(5)).toStrictEqual([cell("=0", 75, "#,##0"), cell('="no budget"', "yes")]);
    expect(rows[108].slice(5)).toStrictEqual([cell("=0", 91, "#,##0"), cell('="no budget"', "partly")]);
  });

  it("without a family, totals 0", () => {
    // No family: the Finance blocks end at Excel row 25, the summaries from 31, the revenue
    // bridge titled at 43 (its total at 45), the margin bridge at 47 (total 49), revenue accuracy
    // by lag at 51, this table's title at 58, the header at 59 and the total at 60.
    const rows = rowsOf({
      ...ctx,
      inputs: { ...ctx.inputs, config: { ...ctx.inputs.config, families: [] } },
      geo: { ...ctx.geo, families: 0 },
    });
    expect(rows).toHaveLength(61);
    expect(rows[59]).toStrictEqual([
      { value: "All families", style: "total" },
      { value: "", style: "total" },
      cell("=L45", -1560, "#,##0", "total"),
      null,
      cell("=0", 0, "#,##0", "total"),
      cell("=0", 0, "#,##0", "total"),
    ]);
  });
});
