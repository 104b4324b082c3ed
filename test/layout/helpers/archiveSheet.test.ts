/**
 * The Plan archive sheet (src/layout/sheets/archive.ts) on the hand-made archive cycle
 * (test/layout/support/handArchive.ts: families A and B, history 2025-10 to 2026-03 in Actuals'
 * columns C to H), no workbook built: every cell at its Excel address, the names over its columns,
 * the validations and the sheet's shape, written out by hand.
 *
 * Its columns: A cycle month, B family, C target month, D lag, E actual, F naive, G baseline,
 * H override, I reason, J comment, K sales forecast, L consensus, M consensus error, N price,
 * O actual revenue, P revenue error. The title on Excel row 1, the subtitle on 2, the header on 4,
 * one row per archived plan from Excel row 5, ordered by cycle month, then family (the cycle's
 * families first, in their order), then target month.
 *
 * The five rows below (A at price 10, B at 100; actuals A 2026-02 120, B 2026-03 60):
 * - Excel row 5, cycle 2026-02, A, 2026-02: lag 1; naive 100, baseline 110, override 115
 *   (Promotion, "Spring push"), consensus 115: actual 120, sales 115 (the override), error
 *   120 - 115 = 5, price 10, actual revenue 120 x 10 = 1200, revenue error 5 x 10 = 50.
 * - row 6, cycle 2026-02, B, 2026-03: lag 2; naive 40, baseline 45, no override, consensus 48:
 *   actual 60, sales 45 (the baseline), error 12, price 100, revenue 6000, revenue error 1200.
 * - row 7, cycle 2026-03, A, 2026-04: lag 2; baseline and consensus 100: 2026-04 is no history
 *   month, so no actual, no error, no revenue; sales 100, price 10.
 * - row 8, cycle 2026-03, B, 2026-03: lag 1; nothing typed: actual 60, sales blank (no override
 *   nor baseline), no error (no consensus), price 100, no revenue.
 * - row 9, cycle 2026-03, Gone, 2026-03: lag 1; baseline and consensus 10: Gone is not on
 *   Actuals nor Families, so no actual, no price, no error, no revenue; sales 10.
 */
import type { CycleData } from "../../../src/core/model";
import { OVERRIDE_REASONS } from "../../../src/core/schema";
import {
  ARCHIVE_COLS,
  archiveActual,
  archiveCol,
  archiveNames,
  archiveSheet,
  salesForecast,
} from "../../../src/layout/sheets/archive";
import type { BuildContext } from "../../../src/layout/sheets/context";
import type { Cell, CellValue } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { formula, header, input, label, subtitle, title } from "../support/cells";
import { archiveRow, handArchiveCycle, handFamily } from "../support/handArchive";
import { sheetShape } from "../support/spec";

/** The build context without a forecast (the archive reads no baseline of this cycle's plan). */
const contextOf = (data: CycleData, typed: Map<string, CellValue> = new Map()): BuildContext =>
  buildContext(data, typed, { forecast: false });

const HEADER = [
  "Cycle month",
  "Family",
  "Target month",
  "Lag",
  "Actual",
  "Naive (last actual)",
  "Statistical baseline",
  "Sales override",
  "Override reason",
  "Override comment",
  "Sales forecast",
  "Consensus",
  "Consensus error",
  "Price",
  "Actual revenue",
  "Revenue error",
].map(header);

const SUBTITLE =
  "Hand Co · S&OP cycle 2026-04 · what each earlier cycle planned per family and target month; scaffolding the next cycle month adds the cycle being left";

/** Where the formulas read: Actuals' and Families' last family row (Excel) and Actuals' last month column. */
interface Reads {
  readonly lastFamily: number;
  readonly lastMonth: string;
}
const HAND: Reads = { lastFamily: 6, lastMonth: "H" };

/** The six formulas of Excel row `r`: actual, sales, error, price, actual revenue, revenue error. */
function rowFormulas(r: number, { lastFamily, lastMonth }: Reads = HAND): string[] {
  const fm = `MATCH($B${r},Actuals!$A$5:$A$${lastFamily},0)`;
  const tm = `MATCH($C${r},Actuals!$C$4:$${lastMonth}$4,0)`;
  const look = `INDEX(Actuals!$C$5:$${lastMonth}$${lastFamily},${fm},${tm})`;
  const priceAt = `MATCH($B${r},Families!$A$5:$A$${lastFamily},0)`;
  return [
    `=IF(AND(ISNUMBER(${fm}),ISNUMBER(${tm})),IF(${look}="","",${look}),"")`,
    `=IF($H${r}="",IF($G${r}="","",$G${r}),$H${r})`,
    `=IF(AND(ISNUMBER($E${r}),ISNUMBER($L${r})),$E${r}-$L${r},"")`,
    `=IF(ISNUMBER(${priceAt}),INDEX(Families!$C$5:$C$${lastFamily},${priceAt}),"")`,
    `=IF(AND(ISNUMBER($M${r}),ISNUMBER($N${r})),$E${r}*$N${r},"")`,
    `=IF(ISNUMBER($O${r}),$M${r}*$N${r},"")`,
  ];
}

interface Row {
  cycle: string;
  family: string;
  target: string;
  lag: number;
  actual: number | "";
  naive: number | null;
  baseline: number | null;
  override: number | null;
  reason: string | null;
  comment: string | null;
  sales: number | "";
  consensus: number | null;
  error: number | "";
  price: number | "";
  revenue: number | "";
  revenueError: number | "";
}

/** The cells of an archive row on Excel row `r`. */
function rowCells(r: number, v: Row, reads: Reads = HAND): Cell[] {
  const f = rowFormulas(r, reads);
  const key = (field: string): string => `Archive|${v.cycle}|${v.target}|${field}|${v.family}`;
  return [
    { value: v.cycle, style: "label", numberFormat: "@" },
    label(v.family),
    { value: v.target, style: "label", numberFormat: "@" },
    { value: v.lag, style: "formula", numberFormat: "0" },
    formula(f[0], v.actual, "#,##0"),
    input(key("naive"), v.naive, "#,##0"),
    input(key("baseline"), v.baseline, "#,##0"),
    input(key("override"), v.override, "#,##0"),
    input(key("reason"), v.reason),
    input(key("comment"), v.comment),
    formula(f[1], v.sales, "#,##0"),
    input(key("consensus"), v.consensus, "#,##0"),
    formula(f[2], v.error, "#,##0"),
    formula(f[3], v.price, "0.00"),
    formula(f[4], v.revenue, "#,##0"),
    formula(f[5], v.revenueError, "#,##0"),
  ];
}

/** Nothing measured: no actual, error or revenue. */
const unmeasured = { actual: "", error: "", revenue: "", revenueError: "" } as const;
const blank = { naive: null, baseline: null, override: null, reason: null, comment: null, consensus: null } as const;

/** The five archived plans of the header comment (given out of order: the archive sorts them). */
const fiveRowCycle = () =>
  handArchiveCycle(
    [
      archiveRow("2026-03", "Gone", "2026-03", { baseline: 10, consensus: 10 }),
      archiveRow("2026-03", "B", "2026-03"),
      archiveRow("2026-03", "A", "2026-04", { baseline: 100, consensus: 100 }),
      archiveRow("2026-02", "B", "2026-03", { naive: 40, baseline: 45, consensus: 48 }),
      archiveRow("2026-02", "A", "2026-02", {
        naive: 100,
        baseline: 110,
        override: 115,
        reason: "Promotion",
        comment: "Spring push",
        consensus: 115,
      }),
    ],
    [handFamily("A", 10), handFamily("B", 100)],
  );

const FIVE_ROWS: Row[] = [
  {
    cycle: "2026-02",
    family: "A",
    target: "2026-02",
    lag: 1,
    actual: 120,
    naive: 100,
    baseline: 110,
    override: 115,
    reason: "Promotion",
    comment: "Spring push",
    sales: 115,
    consensus: 115,
    error: 5,
    price: 10,
    revenue: 1200,
    revenueError: 50,
  },
  {
    cycle: "2026-02",
    family: "B",
    target: "2026-03",
    lag: 2,
    actual: 60,
    naive: 40,
    baseline: 45,
    override: null,
    reason: null,
    comment: null,
    sales: 45,
    consensus: 48,
    error: 12,
    price: 100,
    revenue: 6000,
    revenueError: 1200,
  },
  {
    ...unmeasured,
    ...blank,
    cycle: "2026-03",
    family: "A",
    target: "2026-04",
    lag: 2,
    baseline: 100,
    sales: 100,
    consensus: 100,
    price: 10,
  },
  {
    ...blank,
    cycle: "2026-03",
    family: "B",
    target: "2026-03",
    lag: 1,
    actual: 60,
    sales: "",
    error: "",
    price: 100,
    revenue: "",
    revenueError: "",
  },
  {
    ...unmeasured,
    ...blank,
    cycle: "2026-03",
    family: "Gone",
    target: "2026-03",
    lag: 1,
    baseline: 10,
    sales: 10,
    consensus: 10,
    price: "",
  },
];

/** The validations over archive rows Excel 5 to `last`: naive to override, consensus, the reason list. */
const validations = (last: number): unknown[] => [
  { kind: "decimal", range: `$F$5:$H$${last}`, min: 0 },
  { kind: "decimal", range: `$L$5:$L$${last}`, min: 0 },
  { kind: "list", range: `$I$5:$I$${last}`, values: OVERRIDE_REASONS },
];

describe("the Plan archive's columns and names", () => {
  it("puts each column in sheet order", () => {
    expect(ARCHIVE_COLS.map(archiveCol)).toStrictEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect([archiveCol("lag"), archiveCol("error"), archiveCol("revenueError")]).toStrictEqual([3, 12, 15]);
  });

  it("names eleven columns over the archive's rows", () => {
    // Three rows: Excel 5 to 7.
    expect(archiveNames(3)).toStrictEqual([
      { name: "SOP_ArchiveFamily", ref: "'Plan archive'!$B$5:$B$7" },
      { name: "SOP_ArchiveLag", ref: "'Plan archive'!$D$5:$D$7" },
      { name: "SOP_ArchiveActual", ref: "'Plan archive'!$E$5:$E$7" },
      { name: "SOP_ArchiveNaive", ref: "'Plan archive'!$F$5:$F$7" },
      { name: "SOP_ArchiveBaseline", ref: "'Plan archive'!$G$5:$G$7" },
      { name: "SOP_ArchiveSales", ref: "'Plan archive'!$K$5:$K$7" },
      { name: "SOP_ArchiveConsensus", ref: "'Plan archive'!$L$5:$L$7" },
      { name: "SOP_ArchiveReason", ref: "'Plan archive'!$I$5:$I$7" },
      { name: "SOP_ArchiveError", ref: "'Plan archive'!$M$5:$M$7" },
      { name: "SOP_ArchiveActualRevenue", ref: "'Plan archive'!$O$5:$O$7" },
      { name: "SOP_ArchiveRevenueError", ref: "'Plan archive'!$P$5:$P$7" },
    ]);
  });

  it("names one blank row when the archive is empty, and one row for one", () => {
    const refs = (rows: number): string[] => archiveNames(rows).map((n) => n.ref);
    expect(refs(0)[0]).toBe("'Plan archive'!$B$5:$B$5");
    expect(refs(0)[10]).toBe("'Plan archive'!$P$5:$P$5");
    expect(refs(1)[1]).toBe("'Plan archive'!$D$5:$D$5");
  });
});

describe("an archive row's actual and sales forecast", () => {
  it("reads the actual off Actuals, blank when the target is no history month or the family is not on Actuals", () => {
    const ctx = contextOf(fiveRowCycle());
    // The archive's rows as sorted: A 2026-02 (actual 120), B 2026-03 (60), A 2026-04, B 2026-03, Gone.
    expect(ctx.archive.map((e) => archiveActual(ctx, e))).toStrictEqual([120, 60, "", 60, ""]);
  });

  it("reads a blank actual of a history month as blank", () => {
    const ctx = contextOf(
      handArchiveCycle([archiveRow("2026-02", "A", "2026-02", { consensus: 100 })], undefined, { actuals: [] }),
    );
    expect(archiveActual(ctx, ctx.archive[0])).toBe("");
  });

  it("is the override, else the baseline, else blank (null)", () => {
    const ctx = contextOf(fiveRowCycle());
    // 115 (override over baseline 110), 45 (baseline), 100, null, 10.
    expect(ctx.archive.map(salesForecast)).toStrictEqual([115, 45, 100, null, 10]);
  });

  it("takes an override of 0 over the baseline", () => {
    const ctx = contextOf(handArchiveCycle([archiveRow("2026-02", "A", "2026-02", { baseline: 90, override: 0 })]));
    expect(salesForecast(ctx.archive[0])).toBe(0);
  });
});

describe("the Plan archive sheet", () => {
  it("writes each archived plan: its identity, lag, inputs and formulas with the core's values, and the validations", () => {
    const s = archiveSheet(contextOf(fiveRowCycle()));
    expect(s.cells).toStrictEqual([
      [title("Plan archive")],
      [subtitle(SUBTITLE)],
      [],
      HEADER,
      ...FIVE_ROWS.map((v, i) => rowCells(5 + i, v)),
    ]);
    expect(sheetShape(s)).toStrictEqual({
      name: "Plan archive",
      kind: "input",
      tabColor: "#2E75B6",
      columnWidths: [12, 24, 12, 6, 11, 12, 12, 12, 20, 48, 12, 12, 12, 10, 14, 14],
      freeze: { rows: 4, columns: 3 },
      protect: true,
      validations: validations(9),
      conditionalFormats: [],
      charts: [],
    });
  });

  it("writes a typed archive value over the data's", () => {
    const typed = new Map<string, CellValue>([
      ["Archive|2026-02|2026-03|override|B", 50],
      ["Archive|2026-02|2026-03|reason|B", "Customer order"],
    ]);
    const s = archiveSheet(contextOf(fiveRowCycle(), typed));
    // B's 2026-02 plan of 2026-03 on Excel row 6: sales now the override 50; the consensus stays 48.
    expect(s.cells[5]).toStrictEqual(
      rowCells(6, { ...FIVE_ROWS[1], override: 50, reason: "Customer order", sales: 50 }),
    );
  });

  it("writes only the titles and the header, with no validation, when the archive is empty", () => {
    const s = archiveSheet(contextOf(handArchiveCycle([])));
    expect(s.cells).toStrictEqual([[title("Plan archive")], [subtitle(SUBTITLE)], [], HEADER]);
    expect(s.validations).toStrictEqual([]);
    expect(s.protect).toBe(true);
  });

  it("validates Excel row 5 only for a one-row archive", () => {
    const s = archiveSheet(contextOf(handArchiveCycle([archiveRow("2026-03", "B", "2026-03", { consensus: 55 })])));
    expect(s.cells).toHaveLength(5);
    // B's actual of 2026-03 is 60: error 60 - 55 = 5, price 10, revenue 600, revenue error 50.
    expect(s.cells[4]).toStrictEqual(
      rowCells(5, {
        ...blank,
        cycle: "2026-03",
        family: "B",
        target: "2026-03",
        lag: 1,
        actual: 60,
        sales: "",
        consensus: 55,
        error: 5,
        price: 10,
        revenue: 600,
        revenueError: 50,
      }),
    );
    expect(s.validations).toStrictEqual(validations(5));
  });

  it("reads Actuals and Families over one family's row and three months on a one-family, three-month cycle", () => {
    const data = handArchiveCycle([archiveRow("2026-01", "A", "2026-02", { consensus: 110 })], [handFamily("A", 7)]);
    const s = archiveSheet(contextOf({ ...data, config: { ...data.config, historyMonths: 3 } }));
    // History 2026-01 to 2026-03 (Actuals C to E), A on row 5; A's 2026-02 actual 120: error 10, at 7: 840 and 70.
    expect(s.cells[4]).toStrictEqual(
      rowCells(
        5,
        {
          ...blank,
          cycle: "2026-01",
          family: "A",
          target: "2026-02",
          lag: 2,
          actual: 120,
          sales: "",
          consensus: 110,
          error: 10,
          price: 7,
          revenue: 840,
          revenueError: 70,
        },
        { lastFamily: 5, lastMonth: "E" },
      ),
    );
  });

  it("reads one blank row of Actuals and Families, and one month, in contexts without a family or a history month", () => {
    const ctx = contextOf(handArchiveCycle([archiveRow("2026-03", "A", "2026-03", { consensus: 80 })]));
    const noFamily: BuildContext = {
      ...ctx,
      inputs: { ...ctx.inputs, config: { ...ctx.inputs.config, families: [] }, actuals: [] },
    };
    const noHistory: BuildContext = { ...ctx, inputs: { ...ctx.inputs, history: [], actuals: [[], []] } };
    // Nothing found either way: no actual, so no error and no revenue; no family, so no price.
    const row: Row = {
      ...unmeasured,
      ...blank,
      cycle: "2026-03",
      family: "A",
      target: "2026-03",
      lag: 1,
      sales: "",
      consensus: 80,
      price: "",
    };
    expect(archiveSheet(noFamily).cells[4]).toStrictEqual(rowCells(5, row, { lastFamily: 5, lastMonth: "H" }));
    expect(archiveSheet(noHistory).cells[4]).toStrictEqual(
      rowCells(5, { ...row, price: 10 }, { lastFamily: 6, lastMonth: "C" }),
    );
  });
});
