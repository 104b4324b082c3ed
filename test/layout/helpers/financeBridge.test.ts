/**
 * The Finance sheet's budget bridge tables (src/layout/sheets/financeBridge.ts) on the tiny
 * two-family cycle, no workbook built: each formula and cached value at its address, worked out
 * from the sheets' rows by hand.
 *
 * Finance's rows with two families (see financeSheet.test.ts): the budget-month flags on Excel
 * row 17, months in C and D; per family the plan units, revenue and gross margin rows (Pumps 34,
 * 29, 31; Valves 50, 45, 47). Budget's units rows 5 and 6, revenue 8 and 9, gross margin 11 and
 * 12. The revenue bridge titled at Excel row 87, its header at 88, Pumps 89, Valves 90, all
 * families 91; the margin bridge titled at 93, header 94, Pumps 95, Valves 96, all families 97.
 * Revenue bridge columns: C plan units, D budget units, E plan revenue, F budget revenue, G budget
 * price, H budget share, I volume, J mix, K price, L revenue vs budget. Margin bridge: C plan
 * margin, D budget margin, E budget margin per unit, F volume, G mix, H price, I cost, J margin
 * vs budget.
 *
 * Cached values (by hand). Plan (consensus = baseline, price 10, unit cost 6): Pumps 20 and 25
 * units, Valves 8 and 9. Budget in 2026-05 only (the one budget month): Pumps 20 units, revenue
 * 240, margin 100; Valves no units, revenue 50, margin 20. Over 2026-05:
 * - Pumps: Qp 25, Qb 20, Rp 250, Rb 240, Gp 100, Gb 100; Qp* = 34, Qb* = 20. Budget price 12,
 *   share 1; volume 34 x 1 x 12 - 240 = 168; mix (25 - 34) x 12 = -108; price 250 - 25 x 12 =
 *   -50; vs budget 10 (= 168 - 108 - 50). Margin per unit 5: volume 34 x 5 - 100 = 70; mix -9 x
 *   5 = -45; price -50; cost 100 - 25 x 5 + 50 = 25; vs budget 0 (= 70 - 45 - 50 + 25).
 * - Valves (no budget units): Qp 9, Rp 90, Gp 36; price blank, share 0; volume -50, mix 90
 *   (its plan revenue), price 0, vs budget 40. Margin: per unit blank, volume -20, mix 36 (its
 *   plan margin), price 0, cost 0, vs budget 16.
 * - All families: 34 and 20 units, revenue 340 and 290, price 290 / 20 = 14.5, share 1; volume
 *   118, mix -108 + 90 = -18, price -50, vs budget 50. Margin 136 and 120, per unit 6; volume 50,
 *   mix -45 + 36 = -9, price -50, cost 25, vs budget 16.
 */
import { SheetGrid } from "../../../src/layout/grid";
import type { BuildContext } from "../../../src/layout/sheets/context";
import { bridgeCol, bridgeTables } from "../../../src/layout/sheets/financeBridge";
import type { Cell, CellValue } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { header, label } from "../support/cells";
import { givenBaseline, tinyCycle } from "../support/tinyCycle";

const context = (): BuildContext =>
  buildContext(
    tinyCycle({
      budget: [
        { family: "Pumps", month: "2026-05", units: 20, revenue: 240, grossMargin: 100 },
        { family: "Valves", month: "2026-05", units: 0, revenue: 50, grossMargin: 20 },
      ],
    }),
    new Map(),
    { baselines: [givenBaseline([20, 25]), givenBaseline([8, 9])] },
  );

const rowsOf = (ctx: BuildContext): ReadonlyArray<ReadonlyArray<Cell | null>> => {
  const g = new SheetGrid("Finance");
  bridgeTables(g, ctx);
  return g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells;
};

const U = "#,##0";
const C = "#,##0";
const RATIO = "0.00";
const PCT = "0.0%";
/** Number formats of the revenue bridge's columns C to L, and of the margin bridge's C to J. */
const REVENUE_FORMATS = [U, U, C, C, RATIO, PCT, C, C, C, C];
const MARGIN_FORMATS = [C, C, RATIO, C, C, C, C, C];

const REVENUE_HEADER = [
  header("Family"),
  header("Over the budget months"),
  header("Plan units"),
  header("Budget units"),
  header("Plan revenue"),
  header("Budget revenue"),
  header("Budget price"),
  header("Budget share of units"),
  header("Volume effect"),
  header("Mix effect"),
  header("Price effect"),
  header("Revenue vs budget"),
];
const MARGIN_HEADER = [
  header("Family"),
  header("Over the budget months"),
  header("Plan gross margin"),
  header("Budget gross margin"),
  header("Budget margin per unit"),
  header("Volume effect"),
  header("Mix effect"),
  header("Price effect"),
  header("Cost effect"),
  header("Gross margin vs budget"),
];

/** A bridge row: family (or all families), a blank, then the formulas with their values and formats. */
const line = (name: string, formulas: string[], values: CellValue[], formats: string[], isTotal = false): Cell[] => {
  const style = isTotal ? "total" : "formula";
  return [
    isTotal ? { value: name, style: "total" } : label(name),
    isTotal ? { value: "", style: "total" } : label(""),
    ...formulas.map((f, i) => ({ formula: `=${f}`, value: values[i], style, numberFormat: formats[i] }) as Cell),
  ];
};

/** The budget-month flags, Finance row 17, months C and D. */
const SPAN = "$C$17:$D$17";

/**
 * A family's revenue bridge formulas on Excel row `r` (all families on `t`): its Finance rows of
 * plan units `u` and revenue `rev`, its Budget rows of units `bu` and revenue `br`.
 */
function revenueFormulas(r: number, t: number, u: number, rev: number, bu: number, br: number): string[] {
  const has = `D${r}>0`;
  const expected = `$C$${t}*H${r}`;
  return [
    `SUMPRODUCT(C${u}:D${u},${SPAN})`,
    `SUMPRODUCT(Budget!C${bu}:D${bu},${SPAN})`,
    `SUMPRODUCT(C${rev}:D${rev},${SPAN})`,
    `SUMPRODUCT(Budget!C${br}:D${br},${SPAN})`,
    `IF(${has},F${r}/D${r},"")`,
    `IF($D$${t}>0,D${r}/$D$${t},0)`,
    `ROUND(IF(${has},${expected}*G${r}-F${r},-F${r}),6)`,
    `ROUND(IF(${has},(C${r}-${expected})*G${r},E${r}),6)`,
    `ROUND(IF(${has},E${r}-C${r}*G${r},0),6)`,
    `E${r}-F${r}`,
  ];
}

/** A family's margin bridge formulas on Excel row `m`, its revenue bridge row `r` (all families on `t`): Finance margin row `gm`, Budget margin row `bg`. */
function marginFormulas(m: number, r: number, t: number, gm: number, bg: number): string[] {
  const has = `D${r}>0`;
  const expected = `$C$${t}*H${r}`;
  return [
    `SUMPRODUCT(C${gm}:D${gm},${SPAN})`,
    `SUMPRODUCT(Budget!C${bg}:D${bg},${SPAN})`,
    `IF(${has},D${m}/D${r},"")`,
    `ROUND(IF(${has},${expected}*E${m}-D${m},-D${m}),6)`,
    `ROUND(IF(${has},(C${r}-${expected})*E${m},C${m}),6)`,
    `K${r}`,
    `ROUND(IF(${has},C${m}-C${r}*E${m}-H${m},0),6)`,
    `C${m}-D${m}`,
  ];
}

/** The all-families row: the sum of rows `a` to `b` in each column, effects (the columns in `effects`) rounded. */
const sums = (cols: string[], a: number, b: number, effects: string[]): string[] =>
  cols.map((c) => (effects.includes(c) ? `ROUND(SUM(${c}${a}:${c}${b}),6)` : `SUM(${c}${a}:${c}${b})`));

describe("the budget bridge columns", () => {
  it("start at column C, in order", () => {
    expect(
      (
        [
          "planUnits",
          "budgetUnits",
          "planRevenue",
          "budgetRevenue",
          "budgetPrice",
          "budgetShare",
          "volume",
          "mix",
          "price",
          "revenueVsBudget",
        ] as const
      ).map((c) => bridgeCol("revenue", c)),
    ).toStrictEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(
      (
        [
          "planMargin",
          "budgetMargin",
          "budgetUnitMargin",
          "marginVolume",
          "marginMix",
          "marginPrice",
          "marginCost",
          "marginVsBudget",
        ] as const
      ).map((c) => bridgeCol("margin", c)),
    ).toStrictEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe("the budget bridge tables", () => {
  it("title each table with the number of budget months, then the header", () => {
    const rows = rowsOf(context());
    expect(rows).toHaveLength(97);
    expect(rows.slice(0, 86).every((r) => r.length === 0)).toBe(true);
    expect(rows[86]).toStrictEqual([header("Budget bridge: revenue (volume, mix, price) over the 1 budget months")]);
    expect(rows[87]).toStrictEqual(REVENUE_HEADER);
    expect(rows[91]).toStrictEqual([]);
    expect(rows[92]).toStrictEqual([
      header("Budget bridge: gross margin (volume, mix, price, cost) over the 1 budget months"),
    ]);
    expect(rows[93]).toStrictEqual(MARGIN_HEADER);
  });

  it("bridges each family's revenue from budget to plan: volume, mix and price", () => {
    const rows = rowsOf(context());
    expect(rows[88]).toStrictEqual(
      line(
        "Pumps",
        revenueFormulas(89, 91, 34, 29, 5, 8),
        [25, 20, 250, 240, 12, 1, 168, -108, -50, 10],
        REVENUE_FORMATS,
      ),
    );
    expect(rows[89]).toStrictEqual(
      line("Valves", revenueFormulas(90, 91, 50, 45, 6, 9), [9, 0, 90, 50, "", 0, -50, 90, 0, 40], REVENUE_FORMATS),
    );
  });

  it("adds up the revenue bridge for all families, the budget price and share from the totals", () => {
    const rows = rowsOf(context());
    const f = sums(["C", "D", "E", "F", "G", "H", "I", "J", "K", "L"], 89, 90, ["I", "J", "K"]);
    f[4] = 'IF(D91>0,F91/D91,"")';
    f[5] = 'IF(D91>0,1,"")';
    expect(rows[90]).toStrictEqual(
      line("All families", f, [34, 20, 340, 290, 14.5, 1, 118, -18, -50, 50], REVENUE_FORMATS, true),
    );
  });

  it("bridges each family's gross margin: volume, mix, the revenue's price effect, cost", () => {
    const rows = rowsOf(context());
    expect(rows[94]).toStrictEqual(
      line("Pumps", marginFormulas(95, 89, 91, 31, 11), [100, 100, 5, 70, -45, -50, 25, 0], MARGIN_FORMATS),
    );
    expect(rows[95]).toStrictEqual(
      line("Valves", marginFormulas(96, 90, 91, 47, 12), [36, 20, "", -20, 36, 0, 0, 16], MARGIN_FORMATS),
    );
  });

  it("adds up the margin bridge for all families, the margin per unit over the revenue bridge's units", () => {
    const rows = rowsOf(context());
    const f = sums(["C", "D", "E", "F", "G", "H", "I", "J"], 95, 96, ["F", "G", "H", "I"]);
    f[2] = 'IF(D91>0,D97/D91,"")';
    expect(rows[96]).toStrictEqual(line("All families", f, [136, 120, 6, 50, -9, -50, 25, 16], MARGIN_FORMATS, true));
  });
});

describe("the budget bridge tables without a budget month", () => {
  it("says 0 budget months", () => {
    const ctx = buildContext(tinyCycle(), new Map(), { baselines: [givenBaseline([20, 25]), givenBaseline([8, 9])] });
    const rows = rowsOf(ctx);
    expect(rows[86]).toStrictEqual([header("Budget bridge: revenue (volume, mix, price) over the 0 budget months")]);
    expect(rows[92]).toStrictEqual([
      header("Budget bridge: gross margin (volume, mix, price, cost) over the 0 budget months"),
    ]);
    // No budget: plan revenue is all mix, nothing budgeted.
    expect(rows[88].map((c) => c?.value)).toStrictEqual(["Pumps", "", 0, 0, 0, 0, "", 0, 0, 0, 0, 0]);
  });
});

describe("the budget bridge tables without plan months", () => {
  it("sums nothing: each month sum is 0", () => {
    // A cycle has plan months; the inputs say none here.
    const ctx = context();
    const rows = rowsOf({ ...ctx, inputs: { ...ctx.inputs, plan: [] } });
    const formulas = (r: number): Array<string | undefined> => rows[r].slice(2, 6).map((c) => c?.formula);
    expect(formulas(88)).toStrictEqual(["=0", "=0", "=0", "=0"]);
    expect(formulas(89)).toStrictEqual(["=0", "=0", "=0", "=0"]);
    expect(formulas(94).slice(0, 2)).toStrictEqual(["=0", "=0"]);
    expect(formulas(95).slice(0, 2)).toStrictEqual(["=0", "=0"]);
  });
});

describe("the budget bridge tables without a family", () => {
  it("writes only the all-families rows, each column 0", () => {
    // No family: the revenue bridge titled at Excel row 43 (its total at 45), the margin bridge
    // at 47 (total 49); the cached values are still the plan's totals.
    const ctx = context();
    const rows = rowsOf({
      ...ctx,
      inputs: { ...ctx.inputs, config: { ...ctx.inputs.config, families: [] } },
      geo: { ...ctx.geo, families: 0 },
    });
    expect(rows).toHaveLength(49);
    expect(rows[42]).toStrictEqual([header("Budget bridge: revenue (volume, mix, price) over the 1 budget months")]);
    expect(rows[43]).toStrictEqual(REVENUE_HEADER);
    const zero = "0";
    const rounded = "ROUND(0,6)";
    expect(rows[44]).toStrictEqual(
      line(
        "All families",
        [zero, zero, zero, zero, 'IF(D45>0,F45/D45,"")', 'IF(D45>0,1,"")', rounded, rounded, rounded, zero],
        [34, 20, 340, 290, 14.5, 1, 118, -18, -50, 50],
        REVENUE_FORMATS,
        true,
      ),
    );
    expect(rows[45]).toStrictEqual([]);
    expect(rows[46]).toStrictEqual([
      header("Budget bridge: gross margin (volume, mix, price, cost) over the 1 budget months"),
    ]);
    expect(rows[47]).toStrictEqual(MARGIN_HEADER);
    expect(rows[48]).toStrictEqual(
      line(
        "All families",
        [zero, zero, 'IF(D45>0,D49/D45,"")', rounded, rounded, rounded, rounded, zero],
        [136, 120, 6, 50, -9, -50, 25, 16],
        MARGIN_FORMATS,
        true,
      ),
    );
  });
});
