/**
 * The Demand sheet (src/layout/sheets/demand.ts) on the tiny two-family cycle, no workbook built:
 * every cell of the totals block, the family blocks and the four summaries at its Excel address
 * (formula, cached value, style, key, number format), and the sheet's shape. The tables below the
 * summaries have their own suites (forecastabilityTable.test.ts, demandOverrides.test.ts); here
 * only where they start.
 *
 * Rows (Excel): title 1, subtitle 2, "History" over C3 and "Plan" over E3, the header on row 4
 * (history 2026-02 and 2026-03 in columns C and D, plan 2026-04 and 2026-05 in E and F). The
 * totals block: "All families" on row 5, then actual 6, baseline 7, pipeline 8, consensus 9, diff
 * 10, cumulative diff 11. Each family's block 14 rows, Pumps from row 13 and Valves from 27: its
 * name, unit and baseline note, then actual (14 / 28), baseline (15 / 29), band low (16 / 30),
 * band high (17 / 31), override (18 / 32), reason (19 / 33), comment (20 / 34), pipeline (21 /
 * 35), consensus (22 / 36), previous (23 / 37), diff (24 / 38), cumulative diff (25 / 39). The
 * summaries below, each a title row, two family rows and a blank row: consensus titled at 42,
 * previous at 46, actual at 50, baseline at 54; the forecastability table's title at 58.
 *
 * The cycle, worked out by hand:
 * - Pumps: actual 13 and 8; baseline 10 and 12 (history), 20 and 25 (plan), the 80 % band 15 to
 *   26 in 2026-04 and none in 2026-05; the consensus its own cycle planned for 2026-03: 11; an
 *   override of 30 in 2026-04 (Promotion, "spring campaign"); one deal of 40 at 0.5 closing in
 *   2026-05 (weighted 20). History consensus: 10 (the baseline, none archived), 11 (archived).
 *   Diff: 13 - 10 = 3, 8 - 11 = -3; cumulative 3, 0. Plan consensus: 30 + 0 = 30, 25 + 20 = 45.
 * - Valves: actual blank and 10; baseline blank and 7, plan 8 and 9, no band; an override of 5
 *   in 2026-05 without a reason; last cycle's consensus for 2026-04: 6. History consensus: blank,
 *   7. Diff: blank, 10 - 7 = 3; cumulative 0, 3. Plan consensus: 8, 5.
 * - Totals: actual 13, 8 + 10 = 18; baseline 10, 12 + 7 = 19, 20 + 8 = 28, 25 + 9 = 34;
 *   pipeline 0, 20; consensus 10, 11 + 7 = 18, 30 + 8 = 38, 45 + 5 = 50; diff 3, -3 + 3 = 0;
 *   cumulative diff 3 + 0 = 3, 0 + 3 = 3.
 * The Pipeline sheet: one deal and 25 spare rows, Excel rows 5 to 30.
 */
import type { CycleData } from "../../../src/core/model";
import type { FamilyBaseline } from "../../../src/core/plan-model/types";
import type { BuildContext } from "../../../src/layout/sheets/context";
import { DEMAND_LABELS, demandSheet } from "../../../src/layout/sheets/demand";
import type { Cell } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { formula, header, input, label, subtitle, title, totalFormula, totalRow } from "../support/cells";
import { sheetShape } from "../support/spec";
import { givenBaseline, tinyCycle } from "../support/tinyCycle";

const MONTHS = ["2026-02", "2026-03", "2026-04", "2026-05"];
const REASONS = ["Promotion", "Customer order", "New customer", "Market intelligence", "Supply constraint", "Other"];

const pumpsBaseline: FamilyBaseline = {
  history: [10, 12],
  plan: [20, 25],
  lower80: [15, null],
  upper80: [26, null],
  method: "given",
};

const context = (): BuildContext =>
  buildContext(
    tinyCycle({
      actuals: [
        { family: "Pumps", month: "2026-02", quantity: 13 },
        { family: "Pumps", month: "2026-03", quantity: 8 },
        { family: "Valves", month: "2026-03", quantity: 10 },
      ],
      overrides: [
        { family: "Pumps", month: "2026-04", quantity: 30, reason: "Promotion", comment: "spring campaign" },
        { family: "Valves", month: "2026-05", quantity: 5, reason: null },
      ],
      previousConsensus: [
        { family: "Pumps", month: "2026-03", quantity: 11 },
        { family: "Valves", month: "2026-04", quantity: 6 },
      ],
      pipeline: [
        {
          deal: "Big pump deal",
          family: "Pumps",
          quantity: 40,
          stage: "Won",
          winProbability: 0.5,
          closeMonth: "2026-05",
        },
      ],
    } satisfies Partial<CycleData>),
    new Map(),
    { baselines: [pumpsBaseline, givenBaseline([8, 9], [null, 7])] },
  );

/** A formula cell in units. */
const f = (text: string, value: string | number): Cell => formula(text, value, "#,##0");
/** A value cell of the forecasting core (formula style, units; null = blank). */
const UNITS = "#,##0";
const v = (value: number | null): Cell => ({ value, style: "formula", numberFormat: UNITS });

/** The totals' formulas in column `c` on Excel row `r`, over the family blocks' rows `r1` to `r2`. */
const sums = (r1: number, r2: number) => {
  const labels = `$B$${r1}:$B$${r2}`;
  const column = (c: string): string => `${c}$${r1}:${c}$${r2}`;
  const sum = (c: string, r: number): string => `SUMIF(${labels},$B${r},${column(c)})`;
  return {
    /** A history month: blank when no family has a number. */
    history: (c: string, r: number): string =>
      `=IF(SUMPRODUCT((${labels}=$B${r})*ISNUMBER(${column(c)}))=0,"",${sum(c, r)})`,
    /** A plan month, or the cumulative diff. */
    plain: (c: string, r: number): string => `=${sum(c, r)}`,
  };
};

/** The weighted pipeline of the family named in A`top`, plan month in column `c`, over Pipeline rows 5 to `last`. */
const pipe = (top: number, c: string, last = 30): string =>
  `=SUMPRODUCT((Pipeline!$B$5:$B$${last}=$A$${top})*(Pipeline!$F$5:$F$${last}=${c}$4)*Pipeline!$G$5:$G$${last})`;

/** History month formulas of a family whose block starts on Excel row `top`, column `c`. */
const historyOf = (top: number, c: string) => ({
  consensus: `=IF(${c}${top + 10}<>"",${c}${top + 10},IF(${c}${top + 2}="","",${c}${top + 2}))`,
  diff: `=IF(OR(${c}${top + 9}="",${c}${top + 1}=""),"",${c}${top + 1}-${c}${top + 9})`,
  cumDiff: `=SUM($C${top + 11}:${c}${top + 11})`,
});
const planConsensus = (top: number, c: string): string =>
  `=IF(${c}${top + 5}<>"",${c}${top + 5},${c}${top + 2})+${c}${top + 8}`;
const actualOf = (c: string, r: number): string => `=IF(Actuals!${c}${r}="","",Actuals!${c}${r})`;

describe("the Demand sheet", () => {
  it("names each measure", () => {
    expect(DEMAND_LABELS).toStrictEqual({
      actual: "Actual sales",
      baseline: "Statistical baseline",
      bandLow: "Baseline 80 % low",
      bandHigh: "Baseline 80 % high",
      override: "Sales override",
      reason: "Override reason",
      comment: "Override comment",
      pipeline: "Weighted pipeline",
      consensus: "Consensus demand",
      previous: "Previous consensus",
      diff: "Diff (actual - consensus)",
      cumDiff: "Cumulative diff",
    });
  });

  it("writes the titles, the month header and the totals block over both families' blocks", () => {
    const rows = demandSheet(context()).cells;
    expect(rows.slice(0, 5)).toStrictEqual([
      [title("Demand plan")],
      [subtitle("Acme · S&OP cycle 2026-04 · units by family; consensus = (override or baseline) + weighted pipeline")],
      [null, null, subtitle("History"), null, subtitle("Plan")],
      ["Family", "Measure", ...MONTHS].map(header),
      [header("All families")],
    ]);
    const s = sums(13, 40);
    expect(rows.slice(5, 12)).toStrictEqual([
      totalRow("Actual sales", totalFormula(s.history("C", 6), 13, UNITS), totalFormula(s.history("D", 6), 18, UNITS)),
      totalRow(
        "Statistical baseline",
        totalFormula(s.history("C", 7), 10, UNITS),
        totalFormula(s.history("D", 7), 19, UNITS),
        totalFormula(s.plain("E", 7), 28, UNITS),
        totalFormula(s.plain("F", 7), 34, UNITS),
      ),
      totalRow(
        "Weighted pipeline",
        null,
        null,
        totalFormula(s.plain("E", 8), 0, UNITS),
        totalFormula(s.plain("F", 8), 20, UNITS),
      ),
      totalRow(
        "Consensus demand",
        totalFormula(s.history("C", 9), 10, UNITS),
        totalFormula(s.history("D", 9), 18, UNITS),
        totalFormula(s.plain("E", 9), 38, UNITS),
        totalFormula(s.plain("F", 9), 50, UNITS),
      ),
      totalRow(
        "Diff (actual - consensus)",
        totalFormula(s.history("C", 10), 3, UNITS),
        totalFormula(s.history("D", 10), 0, UNITS),
      ),
      // The cumulative diff is a running figure: a number in every history month.
      totalRow("Cumulative diff", totalFormula(s.plain("C", 11), 3, UNITS), totalFormula(s.plain("D", 11), 3, UNITS)),
      [],
    ]);
  });

  it("writes Pumps' block: actuals, the baseline and its band, the inputs, pipeline, consensus and diffs", () => {
    const rows = demandSheet(context()).cells;
    const h = (c: string) => historyOf(13, c);
    const key = (what: string, m: string): string => `Demand|${what}|Pumps|${m}`;
    expect(rows.slice(12, 26)).toStrictEqual([
      [header("Pumps"), label("units"), { value: "Baseline: given, snapshot of cycle 2026-04", style: "note" }],
      [null, label("Actual sales"), f(actualOf("C", 5), 13), f(actualOf("D", 5), 8)],
      [null, label("Statistical baseline"), v(10), v(12), v(20), v(25)],
      [null, label("Baseline 80 % low"), null, null, v(15), v(null)],
      [null, label("Baseline 80 % high"), null, null, v(26), v(null)],
      [
        null,
        label("Sales override"),
        null,
        null,
        input(key("override", "2026-04"), 30, "#,##0"),
        input(key("override", "2026-05"), null, "#,##0"),
      ],
      [
        null,
        label("Override reason"),
        null,
        null,
        input(key("reason", "2026-04"), "Promotion"),
        input(key("reason", "2026-05"), null),
      ],
      [
        null,
        label("Override comment"),
        null,
        null,
        input(key("comment", "2026-04"), "spring campaign", "@"),
        input(key("comment", "2026-05"), null, "@"),
      ],
      [null, label("Weighted pipeline"), null, null, f(pipe(13, "E"), 0), f(pipe(13, "F"), 20)],
      [
        null,
        label("Consensus demand"),
        f(h("C").consensus, 10),
        f(h("D").consensus, 11),
        f(planConsensus(13, "E"), 30),
        f(planConsensus(13, "F"), 45),
      ],
      [
        null,
        label("Previous consensus"),
        ...MONTHS.map((m, j) => input(key("previous", m), j === 1 ? 11 : null, "#,##0")),
      ],
      [null, label("Diff (actual - consensus)"), f(h("C").diff, 3), f(h("D").diff, -3)],
      [null, label("Cumulative diff"), f(h("C").cumDiff, 3), f(h("D").cumDiff, 0)],
      [],
    ]);
    expect(h("D")).toStrictEqual({
      consensus: '=IF(D23<>"",D23,IF(D15="","",D15))',
      diff: '=IF(OR(D22="",D14=""),"",D14-D22)',
      cumDiff: "=SUM($C24:D24)",
    });
  });

  it("writes Valves' block: blanks where there is no actual, baseline or reason", () => {
    const rows = demandSheet(context()).cells;
    const h = (c: string) => historyOf(27, c);
    const key = (what: string, m: string): string => `Demand|${what}|Valves|${m}`;
    expect(rows.slice(26, 40)).toStrictEqual([
      [header("Valves"), label("units"), { value: "Baseline: given, snapshot of cycle 2026-04", style: "note" }],
      [null, label("Actual sales"), f(actualOf("C", 6), ""), f(actualOf("D", 6), 10)],
      // No baseline in 2026-02: no cell.
      [null, label("Statistical baseline"), null, v(7), v(8), v(9)],
      [null, label("Baseline 80 % low"), null, null, v(null), v(null)],
      [null, label("Baseline 80 % high"), null, null, v(null), v(null)],
      [
        null,
        label("Sales override"),
        null,
        null,
        input(key("override", "2026-04"), null, "#,##0"),
        input(key("override", "2026-05"), 5, "#,##0"),
      ],
      [
        null,
        label("Override reason"),
        null,
        null,
        input(key("reason", "2026-04"), null),
        input(key("reason", "2026-05"), null),
      ],
      [
        null,
        label("Override comment"),
        null,
        null,
        input(key("comment", "2026-04"), null, "@"),
        input(key("comment", "2026-05"), null, "@"),
      ],
      [null, label("Weighted pipeline"), null, null, f(pipe(27, "E"), 0), f(pipe(27, "F"), 0)],
      [
        null,
        label("Consensus demand"),
        f(h("C").consensus, ""),
        f(h("D").consensus, 7),
        f(planConsensus(27, "E"), 8),
        f(planConsensus(27, "F"), 5),
      ],
      [
        null,
        label("Previous consensus"),
        ...MONTHS.map((m, j) => input(key("previous", m), j === 2 ? 6 : null, "#,##0")),
      ],
      [null, label("Diff (actual - consensus)"), f(h("C").diff, ""), f(h("D").diff, 3)],
      [null, label("Cumulative diff"), f(h("C").cumDiff, 0), f(h("D").cumDiff, 3)],
      [],
    ]);
    expect(planConsensus(27, "F")).toBe('=IF(F32<>"",F32,F29)+F35');
  });

  it("writes the consensus, previous consensus, actual sales and baseline by family below the blocks", () => {
    const rows = demandSheet(context()).cells;
    const titleRow = (text: string, months: ReadonlyArray<string | null>): Array<Cell | null> => [
      header(text),
      header("Measure"),
      ...months.map((m) => (m === null ? null : header(m))),
    ];
    expect(rows.slice(40, 57)).toStrictEqual([
      [],
      titleRow("Consensus demand by family", MONTHS),
      [label("Pumps"), label("Consensus demand"), f("=C22", 10), f("=D22", 11), f("=E22", 30), f("=F22", 45)],
      [label("Valves"), label("Consensus demand"), f("=C36", ""), f("=D36", 7), f("=E36", 8), f("=F36", 5)],
      [],
      titleRow("Previous cycle consensus by family", [null, null, "2026-04", "2026-05"]),
      [
        label("Pumps"),
        label("Previous consensus"),
        null,
        null,
        f('=IF(E23="","",E23)', ""),
        f('=IF(F23="","",F23)', ""),
      ],
      [
        label("Valves"),
        label("Previous consensus"),
        null,
        null,
        f('=IF(E37="","",E37)', 6),
        f('=IF(F37="","",F37)', ""),
      ],
      [],
      titleRow("Actual sales by family", ["2026-02", "2026-03"]),
      [label("Pumps"), label("Actual sales"), f(actualOf("C", 5), 13), f(actualOf("D", 5), 8)],
      [label("Valves"), label("Actual sales"), f(actualOf("C", 6), ""), f(actualOf("D", 6), 10)],
      [],
      titleRow("Statistical baseline by family", ["2026-02", "2026-03"]),
      [label("Pumps"), label("Statistical baseline"), f('=IF(C15="","",C15)', 10), f('=IF(D15="","",D15)', 12)],
      [label("Valves"), label("Statistical baseline"), f('=IF(C29="","",C29)', ""), f('=IF(D29="","",D29)', 7)],
      [],
    ]);
    // Then the forecastability table (title at Excel row 58) and the override summaries (the
    // reasons' last row at 70).
    expect(rows[57]).toStrictEqual([
      header("Forecastability and bias by family, last 2 history months (2026-02 to 2026-03)"),
    ]);
    expect(rows[63][0]).toStrictEqual(
      header("This cycle's sales overrides by family: override - statistical baseline"),
    );
    expect(rows).toHaveLength(70);
  });

  it("validates overrides and reasons, flags a reason missing beside an override, frozen at the months", () => {
    expect(sheetShape(demandSheet(context()))).toStrictEqual({
      name: "Demand",
      kind: "calc",
      tabColor: "#70AD47",
      columnWidths: [24, 30, 11, 11, 11, 11],
      freeze: { rows: 4, columns: 2 },
      protect: true,
      validations: [
        { kind: "decimal", range: "$E$18:$F$18", min: 0 },
        { kind: "list", range: "$E$19:$F$19", values: REASONS },
        { kind: "decimal", range: "$E$32:$F$32", min: 0 },
        { kind: "list", range: "$E$33:$F$33", values: REASONS },
      ],
      conditionalFormats: [
        // Over the blocks' plan columns: a cell of a reason row blank below a typed override.
        { range: "E13:F40", formula: '=AND($B13="Override reason",E12<>"",E13="")', style: "watch" },
      ],
      charts: [],
    });
  });

  it("with nothing typed, leaves the history totals blank but the cumulative diff 0", () => {
    // No actual, no history baseline: no family has a number in a history month.
    const ctx = buildContext(tinyCycle(), new Map(), {
      baselines: [givenBaseline([20, 25]), givenBaseline([8, 9])],
    });
    const rows = demandSheet(ctx).cells;
    const s = sums(13, 40);
    expect(rows.slice(5, 11)).toStrictEqual([
      totalRow("Actual sales", totalFormula(s.history("C", 6), "", UNITS), totalFormula(s.history("D", 6), "", UNITS)),
      totalRow(
        "Statistical baseline",
        totalFormula(s.history("C", 7), "", UNITS),
        totalFormula(s.history("D", 7), "", UNITS),
        totalFormula(s.plain("E", 7), 28, UNITS),
        totalFormula(s.plain("F", 7), 34, UNITS),
      ),
      totalRow(
        "Weighted pipeline",
        null,
        null,
        totalFormula(s.plain("E", 8), 0, UNITS),
        totalFormula(s.plain("F", 8), 0, UNITS),
      ),
      totalRow(
        "Consensus demand",
        totalFormula(s.history("C", 9), "", UNITS),
        totalFormula(s.history("D", 9), "", UNITS),
        totalFormula(s.plain("E", 9), 28, UNITS),
        totalFormula(s.plain("F", 9), 34, UNITS),
      ),
      totalRow(
        "Diff (actual - consensus)",
        totalFormula(s.history("C", 10), "", UNITS),
        totalFormula(s.history("D", 10), "", UNITS),
      ),
      totalRow("Cumulative diff", totalFormula(s.plain("C", 11), 0, UNITS), totalFormula(s.plain("D", 11), 0, UNITS)),
    ]);
    // Pumps' blocks: no baseline cell in history months; the Pipeline's 25 spare rows, Excel 5 to 29.
    expect(rows[14]).toStrictEqual([null, label("Statistical baseline"), null, null, v(20), v(25)]);
    expect(rows[20]).toStrictEqual([
      null,
      label("Weighted pipeline"),
      null,
      null,
      f(pipe(13, "E", 29), 0),
      f(pipe(13, "F", 29), 0),
    ]);
  });

  it("without a plan month, writes the history alone and validates nothing", () => {
    // A cycle has plan months; the inputs say none here.
    const ctx = context();
    const s = demandSheet({ ...ctx, inputs: { ...ctx.inputs, plan: [] } });
    expect(s.cells[2]).toStrictEqual([null, null, subtitle("History"), null, subtitle("Plan")]);
    expect(s.cells[3]).toStrictEqual(["Family", "Measure", "2026-02", "2026-03"].map(header));
    expect(s.cells[7]).toStrictEqual(totalRow("Weighted pipeline"));
    expect(s.cells[17]).toStrictEqual([null, label("Sales override")]);
    expect(s.columnWidths).toStrictEqual([24, 30, 11, 11]);
    expect(s.validations).toStrictEqual([]);
    expect(s.conditionalFormats).toStrictEqual([]);
  });

  it("without a family, totals over the one row after the totals block and flags nothing", () => {
    // No family: the totals read Excel row 13 alone; the consensus summary is titled at 14.
    const ctx = context();
    const s = demandSheet({
      ...ctx,
      inputs: { ...ctx.inputs, config: { ...ctx.inputs.config, families: [] } },
      geo: { ...ctx.geo, families: 0 },
    });
    const sum = sums(13, 13);
    expect(s.cells[5]).toStrictEqual(
      totalRow(
        "Actual sales",
        totalFormula(sum.history("C", 6), 13, UNITS),
        totalFormula(sum.history("D", 6), 18, UNITS),
      ),
    );
    expect(s.cells[10]).toStrictEqual(
      totalRow(
        "Cumulative diff",
        totalFormula(sum.plain("C", 11), 3, UNITS),
        totalFormula(sum.plain("D", 11), 3, UNITS),
      ),
    );
    expect(s.cells.slice(11, 13)).toStrictEqual([[], []]);
    expect(s.cells[13]).toStrictEqual([header("Consensus demand by family"), header("Measure"), ...MONTHS.map(header)]);
    expect(s.validations).toStrictEqual([]);
    expect(s.conditionalFormats).toStrictEqual([]);
  });
});
