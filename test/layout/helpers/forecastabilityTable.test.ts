/**
 * The Demand sheet's "Forecastability and bias by family" table and the Gaps sheet's bias line
 * (src/layout/sheets/forecastability.ts), no workbook built: each formula and cached value at its
 * address, worked out by hand. (test/layout/forecastability.test.ts recalculates the same on a
 * whole workbook.)
 *
 * The cycle: the tiny cycle with 6 history months (2025-10 .. 2026-03, Demand columns C to H) and
 * three families, Pumps and Valves at price 10 and Seals at price 1, the baseline given (the
 * history consensus, as no consensus is archived):
 * | family | actual, 2025-10 .. 2026-03 | baseline | errors actual - consensus |
 * |---|---|---|---|
 * | Pumps | 100 x 6 | 90 x 6 | +10 x 6 |
 * | Valves | 10, 30, 10, 30, 10, 30 | 40 x 6 | -30, -10 x 3 |
 * | Seals | blank x 4, 0, 40 | blank | none (no month with both) |
 *
 * - Revenue = the window's actuals x price: Pumps 600 x 10 = 6000, Valves 120 x 10 = 1200, Seals
 *   40 x 1 = 40; all 7240. Share ranked above: Pumps 0 -> A; Valves 6000 / 7240 = 0.829 -> B
 *   (not under 0.8, under 0.95); Seals 7200 / 7240 = 0.994 -> C.
 * - CV = population SD / mean: Pumps constant, 0 -> X; Valves mean 20, every deviation 10, so
 *   SD 10 and CV 0.5 -> Y (not under 0.5); Seals 0 and 40: mean 20, SD 20, CV 1 -> Z.
 * - Tracking signal = sum(e) x n / sum|e|: Pumps 60 x 6 / 60 = +6, beyond +4: Under-forecast,
 *   score 6; Valves -120 x 6 / 120 = -6: Over-forecast, score 6; Seals no value (""), no flag,
 *   score 0.
 * - Gaps' bias line: 2 flagged; Pumps and Valves tie at 6, Pumps comes first.
 *
 * Demand's rows with three families: the totals block from Excel row 5 (8 rows); each family's
 * block 14 rows from Excel row 13 (Pumps), 27 (Valves), 41 (Seals), the diff its twelfth row (24,
 * 38, 52); below the blocks four summaries, each a title, three family rows and a blank row:
 * consensus (title 56), previous (61), actual (66: Pumps 67, Valves 68, Seals 69), baseline (71);
 * then this table: its title at Excel row 76, the header at 77, the families 78 to 80, the note 81.
 * Families' price is column C, Pumps on Excel row 5, Valves 6, Seals 7.
 */
import type { CycleData } from "../../../src/core/model";
import { SheetGrid } from "../../../src/layout/grid";
import type { BuildContext } from "../../../src/layout/sheets/context";
import { FORECASTABILITY_HEADERS, biasLine, forecastabilityTable } from "../../../src/layout/sheets/forecastability";
import type { Cell } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { formula, header, label } from "../support/cells";
import { fam, givenBaseline, tinyCycle } from "../support/tinyCycle";

const HISTORY = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"];

const sold = (family: string, quantities: Array<number | null>): CycleData["actuals"] =>
  quantities.flatMap((quantity, j) => (quantity === null ? [] : [{ family, month: HISTORY[j], quantity }]));

const context = (): BuildContext =>
  buildContext(
    tinyCycle(
      {
        actuals: [
          ...sold("Pumps", [100, 100, 100, 100, 100, 100]),
          ...sold("Valves", [10, 30, 10, 30, 10, 30]),
          ...sold("Seals", [null, null, null, null, 0, 40]),
        ],
      },
      {
        historyMonths: 6,
        families: [
          { ...fam, name: "Pumps" },
          { ...fam, name: "Valves" },
          { ...fam, name: "Seals", price: 1 },
        ],
      },
    ),
    new Map(),
    {
      baselines: [
        givenBaseline([100, 100], [90, 90, 90, 90, 90, 90]),
        givenBaseline([20, 20], [40, 40, 40, 40, 40, 40]),
        givenBaseline([10, 10], [null, null, null, null, null, null]),
      ],
    },
  );

const rowsOf = (ctx: BuildContext): ReadonlyArray<ReadonlyArray<Cell | null>> => {
  const g = new SheetGrid("Demand");
  forecastabilityTable(g, ctx);
  return g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells;
};

/**
 * The formulas of the table's row on Excel row `r`, columns B to H: the family's actual sales on
 * Actual sales by family's row `ar` and its diff on row `dr`, both over columns `c1`:`c2`, its
 * price on Families row `fr`; `revAll` the table's revenue column.
 */
function rowFormulas(r: number, ar: number, dr: number, fr: number, revAll: string, [c1, c2] = ["C", "H"]): string[] {
  const actuals = `${c1}${ar}:${c2}${ar}`;
  const above = `SUMIF(${revAll},">"&B${r})/SUM(${revAll})`;
  const mean = `(SUM(${actuals})/COUNT(${actuals}))`;
  const d = `${c1}${dr}:${c2}${dr}`;
  const sumAbs = `(SUMIF(${d},">0")-SUMIF(${d},"<0"))`;
  return [
    `=SUM(${actuals})*Families!$C$${fr}`,
    `=IF(SUM(${revAll})<=0,"",IF(${above}<0.8,"A",IF(${above}<0.95,"B","C")))`,
    `=IF(COUNT(${actuals})=0,"",IF(${mean}<=0,"",MAX(0,SUMPRODUCT(${actuals},${actuals})/COUNT(${actuals})-${mean}^2)^0.5/${mean}))`,
    `=IF(ISNUMBER(D${r}),IF(D${r}<0.5,"X",IF(D${r}<1,"Y","Z")),"")`,
    `=IF(${sumAbs}=0,"",SUM(${d})*COUNT(${d})/${sumAbs})`,
    `=IF(ISNUMBER(F${r}),IF(F${r}>4,"Under-forecast",IF(F${r}<-4,"Over-forecast","")),"")`,
    `=IF(G${r}<>"",ABS(F${r}),0)`,
  ];
}

/** A family's row: its name, then columns B to H with the formulas `f` and the cached values `v`. */
const familyRow = (name: string, f: string[], v: Array<string | number>): Cell[] => [
  label(name),
  formula(f[0], v[0], "#,##0"),
  formula(f[1], v[1]),
  formula(f[2], v[2], "0.00"),
  formula(f[3], v[3]),
  formula(f[4], v[4], "+0.00;-0.00;0.00"),
  formula(f[5], v[5]),
  formula(f[6], v[6], "0.00"),
];

const NOTE = {
  value:
    "ABC: revenue = actual sales x price; A while the families ranked above hold under 80 % of all revenue, B under 95 %, C otherwise. XYZ: standard deviation / mean of actual sales, X under 0.5, Y under 1, Z otherwise. Tracking signal: sum(actual - consensus) / mean |actual - consensus| over the months with both; positive = under-forecast; beyond +-4 the family is biased (Gaps, deck decisions).",
  style: "note",
};

describe("the forecastability and bias by family table", () => {
  it("writes the title, the header, each family's formulas with the core's values, and the note", () => {
    const rows = rowsOf(context());
    expect(rows).toHaveLength(81);
    expect(rows.slice(0, 75).every((r) => r.every((c) => c === null))).toBe(true);
    expect(rows[75]).toStrictEqual([
      header("Forecastability and bias by family, last 6 history months (2025-10 to 2026-03)"),
    ]);
    expect(rows[76]).toStrictEqual(
      [
        "Family",
        "Revenue, last 12 months",
        "ABC",
        "Coefficient of variation",
        "XYZ",
        "Tracking signal",
        "Bias exception",
        "|Tracking signal| if flagged",
      ].map(header),
    );
    expect(FORECASTABILITY_HEADERS).toHaveLength(8);
    const revAll = "$B$78:$B$80";
    expect(rows[77]).toStrictEqual(
      familyRow("Pumps", rowFormulas(78, 67, 24, 5, revAll), [6000, "A", 0, "X", 6, "Under-forecast", 6]),
    );
    expect(rows[78]).toStrictEqual(
      familyRow("Valves", rowFormulas(79, 68, 38, 6, revAll), [1200, "B", 0.5, "Y", -6, "Over-forecast", 6]),
    );
    expect(rows[79]).toStrictEqual(
      familyRow("Seals", rowFormulas(80, 69, 52, 7, revAll), [40, "C", 1, "Z", "", "", 0]),
    );
    expect(rows[80]).toStrictEqual([NOTE]);
  });

  it("looks back over the last 12 of 13 history months", () => {
    // One family, no actual typed: no revenue, no class, no CV, no tracking signal. Demand's
    // rows with one family: its block from Excel row 13 (diff on 24), the summaries titled at 28,
    // 31, 34 (actual sales on 35) and 37, this table's title at 40, the header 41, Pumps 42 and
    // the note 43. The window 2025-04 .. 2026-03 is history months 2 to 13: columns D to O.
    const ctx = buildContext(tinyCycle({}, { historyMonths: 13, families: [{ ...fam, name: "Pumps" }] }), new Map(), {
      baselines: [givenBaseline([0, 0], new Array<null>(13).fill(null))],
    });
    const rows = rowsOf(ctx);
    expect(rows).toHaveLength(43);
    expect(rows[39]).toStrictEqual([
      header("Forecastability and bias by family, last 12 history months (2025-04 to 2026-03)"),
    ]);
    expect(rows[41]).toStrictEqual(
      familyRow("Pumps", rowFormulas(42, 35, 24, 5, "$B$42:$B$42", ["D", "O"]), [0, "", "", "", "", "", 0]),
    );
    expect(rows[42]).toStrictEqual([NOTE]);
  });

  it("without a history month, names the families and computes nothing", () => {
    // A cycle needs a history month, so the inputs say none here. Two families: the table's
    // title at Excel row 58, the header 59, Pumps 60, Valves 61 and the note 62.
    const ctx = buildContext(tinyCycle());
    const rows = rowsOf({ ...ctx, inputs: { ...ctx.inputs, history: [] } });
    expect(rows).toHaveLength(62);
    expect(rows[57]).toStrictEqual([header("Forecastability and bias by family, last 0 history months")]);
    expect(rows[58]).toHaveLength(8);
    expect(rows.slice(59)).toStrictEqual([[label("Pumps")], [label("Valves")], [NOTE]]);
  });

  it("without a family, keeps one row's room before the note", () => {
    // No family: the summaries titled at Excel rows 14, 17, 20 and 23 (each a title, one empty
    // row's room and a blank row), this table's title at 26, the header 27, no family on 28, the
    // note on 29.
    const ctx = buildContext(tinyCycle());
    const rows = rowsOf({
      ...ctx,
      inputs: { ...ctx.inputs, config: { ...ctx.inputs.config, families: [] } },
      geo: { ...ctx.geo, families: 0 },
    });
    expect(rows).toHaveLength(29);
    expect(rows[25]).toStrictEqual([
      header("Forecastability and bias by family, last 2 history months (2026-02 to 2026-03)"),
    ]);
    expect(rows[26]).toHaveLength(8);
    expect(rows[27]).toStrictEqual([]);
    expect(rows[28]).toStrictEqual([NOTE]);
  });
});

describe("the Gaps sheet's bias line", () => {
  const lineOf = (ctx: BuildContext): ReadonlyArray<Cell | null> => {
    const g = new SheetGrid("Gaps");
    biasLine(g, ctx);
    const rows = g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells;
    expect(rows).toHaveLength(3);
    expect(rows.slice(0, 2)).toStrictEqual([[], []]);
    return rows[2];
  };
  /** Column `c` of the Demand table's family rows `r1` to `r2` (Excel). */
  const col = (c: string, r1: number, r2: number): string => `Demand!$${c}$${r1}:$${c}$${r2}`;
  /** The text formula on Excel row 3, the table's family rows `r1` to `r2`. */
  const textFormula = (r1: number, r2: number): string => {
    const at = (c: string): string => `INDEX(${col(c, r1, r2)},MATCH(MAX(${col("H", r1, r2)}),${col("H", r1, r2)},0))`;
    return `=IF(B3=0,"none",IF(B3=1,"","largest: ")&${at("A")}&" ("&${at("G")}&", tracking signal "&ROUND(${at("F")},1)&")")`;
  };
  const TITLE = header("Bias exceptions: families with |tracking signal| above 4 (Demand)");

  it("counts the flagged families on Demand and names the most biased, the first on a tie", () => {
    expect(lineOf(context())).toStrictEqual([
      TITLE,
      { formula: `=SUMPRODUCT((${col("G", 78, 80)}<>"")*1)`, value: 2, style: "total", numberFormat: "0" },
      null,
      formula(textFormula(78, 80), "largest: Pumps (Under-forecast, tracking signal 6)"),
    ]);
  });

  it("without a family, reads the table's one row of room and says none", () => {
    // No family: the table's first row is Excel row 28 (above).
    const ctx = buildContext(tinyCycle());
    const line = lineOf({
      ...ctx,
      inputs: { ...ctx.inputs, config: { ...ctx.inputs.config, families: [] } },
      plan: { ...ctx.plan, families: [] },
      geo: { ...ctx.geo, families: 0 },
    });
    expect(line).toStrictEqual([
      TITLE,
      { formula: `=SUMPRODUCT((${col("G", 28, 28)}<>"")*1)`, value: 0, style: "total", numberFormat: "0" },
      null,
      formula(textFormula(28, 28), "none"),
    ]);
  });
});
