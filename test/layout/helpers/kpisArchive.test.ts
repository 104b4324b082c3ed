/**
 * The KPIs sheet's tables over the Plan archive (src/layout/sheets/kpisArchive.ts) on a hand-made
 * grid, no workbook built: accuracy and bias by lag and the forecast value added stairstep, each
 * formula, cached value and number format at its address, the families measured, the rows the
 * workbook names, worked out by hand.
 *
 * The archive (test/layout/lagKpis.test.ts recalculates the same one in a formula engine); its
 * actuals (test/layout/support/handArchive.ts): A 2026-01 100, 2026-02 120, 2026-03 90; B 50, 40, 60.
 *
 * | cycle | family | target | lag | actual | naive | baseline | override | sales | consensus |
 * |---|---|---|---|---|---|---|---|---|---|
 * | 2026-01 | A | 2026-01 | 1 | 100 | 100 | 110 | | 110 | 105 |
 * | 2026-01 | A | 2026-03 | 3 | 90 | 100 | 100 | 80 | 80 | 85 |
 * | 2026-02 | A | 2026-02 | 1 | 120 | 100 | 110 | 125 | 125 | 118 |
 * | 2026-03 | A | 2026-03 | 1 | 90 | 120 | 95 | | 95 | 92 |
 * | 2026-01 | B | 2026-01 | 1 | 50 | 50 | 45 | | 45 | 48 |
 * | 2026-01 | B | 2026-03 | 3 | 60 | 50 | 55 | | 55 | 58 |
 * | 2026-02 | B | 2026-02 | 1 | 40 | 50 | 46 | 35 | 35 | 38 |
 * | 2026-03 | B | 2026-03 | 1 | 60 | 40 | 57 | | 57 | 63 |
 *
 * |errors| at lag 1 (A: actuals 310; B: 150; all 460), naive / statistical / sales / consensus:
 * A 0+20+30 = 50, 10+10+5 = 25, 10+5+5 = 20, 5+2+2 = 9; B 0+10+20 = 30, 5+6+3 = 14, 5+5+3 = 13,
 * 2+2+3 = 7; all 80, 39, 33, 16. Consensus bias (F - A) at lag 1: A 5-2+2 = +5, B -2-2+3 = -1;
 * at lag 3: A -5 over 90, B -2 over 60, all -7 over 150 (|errors| 5 and 2).
 *
 * From top = 2 (Excel row 3) with two families: the lag title on Excel row 3, its header on 4,
 * all families 5, A 6, B 7, the note 8; the FVA title on 10, its header 11, all families 12, A 13,
 * B 14, the note 15; the value added by reason from Excel row 17.
 */
import { ArchiveRow, CycleData } from "../../../src/core/model";
import { SheetGrid } from "../../../src/layout/grid";
import type { BuildContext } from "../../../src/layout/sheets/context";
import {
  FVA_HEADERS,
  FVA_STEPS,
  archiveKpis,
  byReasonTop,
  fvaName,
  measuredFamilies,
} from "../../../src/layout/sheets/kpisArchive";
import type { ArchiveEntry } from "../../../src/layout/archive";
import type { Cell, CellValue } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { formula, header, label } from "../support/cells";
import {
  HAND_ACTUALS,
  LAG_ARCHIVE,
  archiveRow,
  consensusRow,
  handArchiveCycle,
  handFamily,
} from "../support/handArchive";

const ARCHIVE = LAG_ARCHIVE;

const PCT = "0.0%";
const POINTS = '+0.0" pts";-0.0" pts";0.0" pts"';
const LAG_TITLE = "Accuracy and bias by lag (consensus, from the Plan archive)";
const LAG_NOTE =
  "Lag 1 = the plan made in the target month's own cycle; lag 3 = the plan made two cycles before (what supply acted on). Bias: positive = over-forecast. #DIV/0! = no archived plan at that lag has an actual yet. Lags: Settings.";
const FVA_NOTE =
  "WAPE of each step's forecast over the archived plans at this lag whose month has an actual; value added = the previous step's WAPE - this step's, in points: positive = the step made the plan more accurate. Sales = the override, else the baseline.";
const FVA_HEAD = [
  header("Family"),
  header("WAPE naive"),
  header("WAPE statistical"),
  header("WAPE sales"),
  header("WAPE consensus"),
  header("Statistical added (pts)"),
  header("Sales added (pts)"),
  header("Consensus meeting added (pts)"),
  header("Total added (pts)"),
];

const near = (x: number | string): number | string => (typeof x === "number" ? (expect.closeTo(x, 12) as number) : x);

/** The SOP call of a table cell: over all families, or (Excel row `r`) over the family in column A. */
const call = (fn: string, column: string, lag: number, r: number | null): string =>
  `=SOP.${fn}(SOP_ArchiveActual,IF(ISBLANK(SOP_Archive${column}),"",SOP_Archive${column}),SOP_ArchiveLag,${lag}${
    r === null ? "" : `,SOP_ArchiveFamily,$A${r}`
  })`;

/** A lag table row on Excel row `r`: the family's label, then accuracy and bias at each lag. */
function lagRow(
  r: number,
  family: string | null,
  byLag: ReadonlyArray<[number, number | string, number | string]>,
): Array<Cell | null> {
  const who = family === null ? null : r;
  return [
    family === null ? { value: "All families", style: "total" } : label(family),
    ...byLag.flatMap(([lag, acc, bias]) => [
      formula(call("LAGACCURACY", "Consensus", lag, who), near(acc), PCT),
      formula(call("LAGBIAS", "Consensus", lag, who), near(bias), PCT),
    ]),
  ];
}

/** An FVA row on Excel row `r`: four WAPEs (naive, statistical, sales, consensus), then the points added. */
function fvaRow(
  r: number,
  family: string | null,
  lag: number,
  wapes: [number | string, number | string, number | string, number | string],
  points: [number | "", number | "", number | "", number | ""],
): Array<Cell | null> {
  const who = family === null ? null : r;
  const cols = ["B", "C", "D", "E"];
  const added = (from: number, to: number, p: number | ""): Cell =>
    formula(
      `=IF(AND(ISNUMBER(${cols[from]}${r}),ISNUMBER(${cols[to]}${r})),(${cols[from]}${r}-${cols[to]}${r})*100,"")`,
      near(p),
      POINTS,
    );
  return [
    family === null ? { value: "All families", style: "total" } : label(family),
    ...(["Naive", "Baseline", "Sales", "Consensus"] as const).map((c, i) =>
      formula(call("LAGWAPE", c, lag, who), near(wapes[i]), PCT),
    ),
    added(0, 1, points[0]),
    added(1, 2, points[1]),
    added(2, 3, points[2]),
    added(0, 3, points[3]),
  ];
}

const gridOf = (ctx: BuildContext, top = 2): ReadonlyArray<ReadonlyArray<Cell | null>> => {
  const g = new SheetGrid("KPIs");
  archiveKpis(g, ctx, top);
  return g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells;
};

const handContext = (
  archive: ReadonlyArray<ArchiveRow> = ARCHIVE,
  typed: ReadonlyArray<[string, CellValue]> = [],
  rest: Partial<CycleData> = {},
  families = [handFamily("A"), handFamily("B")],
): BuildContext =>
  // The tables read the archive and the actuals only: no statistical baseline computed.
  buildContext(handArchiveCycle(archive, families, rest), new Map(typed), { forecast: false });

describe("accuracy and bias by lag from the Plan archive", () => {
  it("titles the table and heads accuracy and bias at each lag of Settings (1 and 3 by default)", () => {
    const rows = gridOf(handContext());
    expect(rows.slice(0, 4)).toStrictEqual([
      [],
      [],
      [header(LAG_TITLE)],
      [
        header("Family"),
        header("Accuracy, lag 1"),
        header("Bias, lag 1"),
        header("Accuracy, lag 3"),
        header("Bias, lag 3"),
      ],
    ]);
  });

  it("measures all families, then each family with archived plans, and ends with the note", () => {
    const rows = gridOf(handContext());
    expect(rows.slice(4, 9)).toStrictEqual([
      // all: lag 1 |errors| 16 over 460, bias +4; lag 3 |errors| 7 over 150, bias -7
      lagRow(5, null, [
        [1, 1 - 16 / 460, 4 / 460],
        [3, 1 - 7 / 150, -7 / 150],
      ]),
      // A: lag 1 9 over 310, bias +5; lag 3 5 over 90, bias -5
      lagRow(6, "A", [
        [1, 1 - 9 / 310, 5 / 310],
        [3, 1 - 5 / 90, -5 / 90],
      ]),
      // B: lag 1 7 over 150, bias -1; lag 3 2 over 60, bias -2
      lagRow(7, "B", [
        [1, 1 - 7 / 150, -1 / 150],
        [3, 1 - 2 / 60, -2 / 60],
      ]),
      [{ value: LAG_NOTE, style: "note" }],
      [],
    ]);
  });

  it("writes a column pair per lag typed in Settings, and the stairstep at the first of them", () => {
    // Lags 3 and 1 typed: lag 3 first (columns B, C), lag 1 after (D, E); the FVA at lag 3:
    // all families over the two lag-3 rows, actuals 150: naive |90-100| + |60-50| = 20, statistical
    // |90-100| + |60-55| = 15, sales |90-80| + |60-55| = 15, consensus 5 + 2 = 7.
    const rows = gridOf(handContext(ARCHIVE, [["Lags|accuracy", "3; 1"]]));
    expect(rows[3]).toStrictEqual([
      header("Family"),
      header("Accuracy, lag 3"),
      header("Bias, lag 3"),
      header("Accuracy, lag 1"),
      header("Bias, lag 1"),
    ]);
    expect(rows[4]).toStrictEqual(
      lagRow(5, null, [
        [3, 1 - 7 / 150, -7 / 150],
        [1, 1 - 16 / 460, 4 / 460],
      ]),
    );
    expect(rows[9]).toStrictEqual([
      header("Forecast value added at lag 3: naive -> statistical baseline -> sales override -> consensus"),
    ]);
    expect(rows[11]).toStrictEqual(
      fvaRow(12, null, 3, [20 / 150, 15 / 150, 15 / 150, 7 / 150], [500 / 150, 0, 800 / 150, 1300 / 150]),
    );
    // A's lag-3 row: actual 90, naive 100, statistical 100, sales 80, consensus 85: 10, 10, 10, 5 over 90.
    expect(rows[12]).toStrictEqual(fvaRow(13, "A", 3, [10 / 90, 10 / 90, 10 / 90, 5 / 90], [0, 0, 500 / 90, 500 / 90]));
  });
});

describe("the forecast value added stairstep", () => {
  it("titles the table with the first lag and heads its nine columns", () => {
    const rows = gridOf(handContext());
    expect(rows.slice(9, 11)).toStrictEqual([
      [header("Forecast value added at lag 1: naive -> statistical baseline -> sales override -> consensus")],
      FVA_HEAD,
    ]);
  });

  it("gives each step's WAPE and the points each step added, for all families and each family", () => {
    const rows = gridOf(handContext());
    expect(rows.slice(11, 15)).toStrictEqual([
      // all (460): added (80 - 39), (39 - 33), (33 - 16), (80 - 16) over 460, x 100
      fvaRow(12, null, 1, [80 / 460, 39 / 460, 33 / 460, 16 / 460], [4100 / 460, 600 / 460, 1700 / 460, 6400 / 460]),
      // A (310): 50, 25, 20, 9
      fvaRow(13, "A", 1, [50 / 310, 25 / 310, 20 / 310, 9 / 310], [2500 / 310, 500 / 310, 1100 / 310, 4100 / 310]),
      // B (150): 30, 14, 13, 7
      fvaRow(14, "B", 1, [30 / 150, 14 / 150, 13 / 150, 7 / 150], [1600 / 150, 100 / 150, 600 / 150, 2300 / 150]),
      [{ value: FVA_NOTE, style: "note" }],
    ]);
  });

  it("leaves the points blank where a step's WAPE is not a number", () => {
    // Only a consensus archived (the baseline it came from = the consensus, no naive): A 2026-02
    // 110 and 2026-03 100 against 120 and 90: |errors| 10 + 10 over 210; the naive's WAPE #DIV/0!
    // (no naive forecast), so the points from the naive blank, the others 0. One family: the FVA
    // title on Excel row 9, its header 10, all families 11, A 12.
    const rows = gridOf(
      handContext([consensusRow("2026-02", "A", "2026-02", 110), consensusRow("2026-03", "A", "2026-03", 100)]),
    );
    expect(rows[10]).toStrictEqual(fvaRow(11, null, 1, ["#DIV/0!", 20 / 210, 20 / 210, 20 / 210], ["", 0, 0, ""]));
    expect(rows[11]).toStrictEqual(fvaRow(12, "A", 1, ["#DIV/0!", 20 / 210, 20 / 210, 20 / 210], ["", 0, 0, ""]));
  });

  it("leaves the points blank where the later step's WAPE is not a number", () => {
    // A naive forecast and a baseline archived, no consensus: A 2026-02 (actual 120) naive 100,
    // baseline 110; 2026-03 (actual 90) naive 120, baseline 95. Over 210: naive 20 + 30 = 50,
    // statistical and sales (no override: the baseline) 10 + 5 = 15; the consensus's WAPE
    // #DIV/0!, so the points to the consensus blank. One family: all families on Excel row 11.
    const rows = gridOf(
      handContext([
        archiveRow("2026-02", "A", "2026-02", { naive: 100, baseline: 110 }),
        archiveRow("2026-03", "A", "2026-03", { naive: 120, baseline: 95 }),
      ]),
    );
    expect(rows[10]).toStrictEqual(
      fvaRow(11, null, 1, [50 / 210, 15 / 210, 15 / 210, "#DIV/0!"], [3500 / 210, 0, "", ""]),
    );
  });

  it("hands the value added by reason its first row and the first lag", () => {
    const rows = gridOf(handContext([], [["Lags|accuracy", "2"]]));
    // No family archived: each table holds the all-families row only. Lag title 3, header 4, all 5,
    // note 6; FVA title 8, header 9, all 10, note 11; by reason from Excel row 13.
    expect(rows.slice(3, 12)).toStrictEqual([
      [header("Family"), header("Accuracy, lag 2"), header("Bias, lag 2")],
      lagRow(5, null, [[2, "#DIV/0!", "#DIV/0!"]]),
      [{ value: LAG_NOTE, style: "note" }],
      [],
      [header("Forecast value added at lag 2: naive -> statistical baseline -> sales override -> consensus")],
      FVA_HEAD,
      fvaRow(10, null, 2, ["#DIV/0!", "#DIV/0!", "#DIV/0!", "#DIV/0!"], ["", "", "", ""]),
      [{ value: FVA_NOTE, style: "note" }],
      [],
    ]);
    expect(rows[12]).toStrictEqual([
      header("Sales override value added at lag 2, by override reason (from the Plan archive)"),
    ]);
  });
});

describe("the families the archive tables measure", () => {
  it("keeps the cycle's families with archived plans, in the cycle's order, matching names in any case", () => {
    // C has no archived plan; Gone is archived but not a family of the cycle.
    const ctx = handContext(
      [
        consensusRow("2026-03", "b", "2026-03", 54),
        consensusRow("2026-03", "a", "2026-03", 100),
        consensusRow("2026-03", "Gone", "2026-03", 10),
      ],
      [],
      {},
      [handFamily("A"), handFamily("B"), handFamily("C")],
    );
    expect(measuredFamilies(ctx)).toStrictEqual(["A", "B"]);
    // The rows of "b" and "a" count for B and A: B 54 against 60 (|error| 6, bias -6), A 100
    // against 90 (10, +10); all families 16 over 150, bias +4 (Gone has no actual: left out).
    const rows = gridOf(ctx);
    expect(rows.slice(4, 7)).toStrictEqual([
      lagRow(5, null, [
        [1, 1 - 16 / 150, 4 / 150],
        [3, "#DIV/0!", "#DIV/0!"],
      ]),
      lagRow(6, "A", [
        [1, 1 - 10 / 90, 10 / 90],
        [3, "#DIV/0!", "#DIV/0!"],
      ]),
      lagRow(7, "B", [
        [1, 1 - 6 / 60, -6 / 60],
        [3, "#DIV/0!", "#DIV/0!"],
      ]),
    ]);
  });

  it("matches a family archived, or named on Families, with spaces around its name", () => {
    // " C " archived for C; " D " (so named on Families, with its spaces) archived as " D ", with
    // an actual of 60 in 2026-03 against the consensus 54: accuracy 1 - 6/60, bias -6/60. C's
    // plan has no actual (the archived name is not C's): #DIV/0!.
    const ctx = handContext(
      [consensusRow("2026-03", " C ", "2026-03", 54), consensusRow("2026-03", " D ", "2026-03", 54)],
      [],
      { actuals: [...HAND_ACTUALS, { family: " D ", month: "2026-03", quantity: 60 }] },
      [handFamily("A"), handFamily("C"), handFamily(" D ")],
    );
    expect(measuredFamilies(ctx)).toStrictEqual(["C", " D "]);
    expect(gridOf(ctx).slice(5, 7)).toStrictEqual([
      lagRow(6, "C", [
        [1, "#DIV/0!", "#DIV/0!"],
        [3, "#DIV/0!", "#DIV/0!"],
      ]),
      lagRow(7, " D ", [
        [1, 1 - 6 / 60, -6 / 60],
        [3, "#DIV/0!", "#DIV/0!"],
      ]),
    ]);
  });

  it("is empty while nothing is archived", () => {
    expect(measuredFamilies(handContext([]))).toStrictEqual([]);
  });
});

describe("the rows the workbook names", () => {
  it("names the FVA table's rows, all families first, nine columns", () => {
    // From top 2 with two families: Excel rows 12 to 14; from the KPIs sheet's row 28 (index 27)
    // with none: the all-families row on Excel row 35 (the FVA title on 33, its header on 34).
    expect(fvaName(2, 2)).toStrictEqual({ name: "SOP_FVA", ref: "KPIs!$A$12:$I$14" });
    expect(fvaName(27, 0)).toStrictEqual({ name: "SOP_FVA", ref: "KPIs!$A$35:$I$35" });
  });

  it("puts the value added by reason two rows below the FVA note", () => {
    // two families: note on Excel 15, by reason from 17 (index 16); none: note 11, from 13 (index 12)
    expect([byReasonTop(2, 2), byReasonTop(2, 0), byReasonTop(27, 1)]).toStrictEqual([16, 12, 39]);
  });

  it("lists the stairstep's steps in order with the archive column each reads", () => {
    const e: ArchiveEntry = {
      ...archiveRow("2026-03", "A", "2026-03", { naive: 1, baseline: 2, override: 3, consensus: 4 }),
      lag: 1,
    };
    const noOverride: ArchiveEntry = { ...e, override: null };
    expect(FVA_STEPS.map((s) => [s.label, s.name, s.value(e), s.value(noOverride)])).toStrictEqual([
      ["Naive", "SOP_ArchiveNaive", 1, 1],
      ["Statistical baseline", "SOP_ArchiveBaseline", 2, 2],
      ["Sales override", "SOP_ArchiveSales", 3, 2],
      ["Consensus", "SOP_ArchiveConsensus", 4, 4],
    ]);
    expect(FVA_HEADERS).toStrictEqual(FVA_HEAD.map((h) => h.value));
  });
});
