/**
 * The Finance sheet (src/layout/sheets/finance.ts) on the tiny two-family cycle, no workbook
 * built: the title rows, the header, the totals block, each family's block, the revenue history
 * and the six summaries by family, every formula and cached value at its address, worked out
 * from the sheets' rows by hand; the sheet's shape (widths, freeze, conditional formats). The
 * bridge tables, revenue accuracy by lag and close the gap below the summaries have their own
 * suites (financeBridge, financeRevenueLag, financeCloseGap).
 *
 * Finance's rows with two families: the totals block titled "All families" at Excel row 5, its
 * 19 rows from 6 to 24 (the budget-month flags at 17, plan units at 18); Pumps' block titled at
 * Excel row 26 (price 27 ... plan vs budget to 40), Valves' at 42 (price 43 ... 56); the revenue
 * history titled at 59 (actual 60, planned 61); the summaries titled at 63, 67, 71, 75 and 79
 * (revenue, COGS, gross margin, inventory value, price), each with Pumps and Valves below.
 *
 * What the formulas read: Settings' targets in column B, rows 10 to 12; Prices' price rows 5
 * (Pumps) and 6 (Valves), unit cost rows 8 and 9; Families' price in column C, unit cost in D,
 * Pumps on row 5, Valves on 6; Supply's demand row 16 (Pumps' block from 15) and 31 (Valves'
 * from 30), inventory rows 20 and 35; Budget's units rows 5 and 6, revenue 8 and 9, gross margin
 * 11 and 12; Actuals rows 5 and 6; Demand's consensus by family rows 43 and 44.
 *
 * Cached values (by hand). Consensus = the baseline: Pumps 20 and 25, Valves 8 and 9. Prices:
 * Pumps' unit cost typed 5 in 2026-04 (else 6), Valves' price typed 12 in 2026-05 (else 10).
 * - Pumps: revenue 200, 250; COGS 100, 150; margin 100, 100; margin % 50 %, 40 %; no inventory.
 * - Valves: revenue 80, 108; COGS 48, 54; margin 32, 54; margin % 40 %, 50 %; opening inventory
 *   50, nothing to make (target days 0): inventory 42 then 33, valued at 6: 252, 198.
 * - Totals: revenue 280, 358; COGS 148, 204; margin 132, 154; margin % 132/280, 154/358;
 *   inventory value 252, 198. Targets 300 a month, 45 %, ceiling 500: vs target -20 and 58,
 *   132/280 - 0.45 and 154/358 - 0.45, vs ceiling -248 and -302.
 * - Budget: Pumps only, in 2026-05 (units 30, revenue 270, margin 90), so 2026-05 is the one
 *   budget month and Valves' blank budget counts 0. Pumps: units 25 - 30 = -5, revenue
 *   250 - 270 = -20, margin 100 - 90 = 10; Valves 9, 108, 54; totals budget 30, 270, 90, gaps
 *   4, 88, 64; 2026-04 blank throughout.
 * - History: actuals Pumps 13 (2026-02) and 8 (2026-03), Valves 10 (2026-03), at the Families
 *   price 10: 130 and 180; consensus (the baseline's history) blank in 2026-02, Pumps 12 and
 *   Valves 7 in 2026-03: blank, then 190.
 */
import type { BuildContext } from "../../../src/layout/sheets/context";
import { FINANCE_LABELS, financeSheet } from "../../../src/layout/sheets/finance";
import type { Cell, CellValue, SheetSpec } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { formula, header, label, subtitle, title, totalFormula, totalRow } from "../support/cells";
import { sheetShape } from "../support/spec";
import { fam, givenBaseline, tinyCycle } from "../support/tinyCycle";

const context = (): BuildContext =>
  buildContext(
    tinyCycle(
      {
        actuals: [
          { family: "Pumps", month: "2026-02", quantity: 13 },
          { family: "Pumps", month: "2026-03", quantity: 8 },
          { family: "Valves", month: "2026-03", quantity: 10 },
        ],
        prices: [
          { family: "Pumps", month: "2026-04", price: null, unitCost: 5 },
          { family: "Valves", month: "2026-05", price: 12, unitCost: null },
        ],
        budget: [{ family: "Pumps", month: "2026-05", units: 30, revenue: 270, grossMargin: 90 }],
      },
      {
        families: [
          { name: "Pumps", ...fam },
          { name: "Valves", ...fam, openingInventory: 50 },
        ],
        targets: { revenuePerMonth: 300, grossMarginPct: 0.45, inventoryValueCeiling: 500 },
      },
    ),
    new Map(),
    { baselines: [givenBaseline([20, 25], [null, 12]), givenBaseline([8, 9], [null, 7])] },
  );

const build = (ctx: BuildContext = context()): SheetSpec => financeSheet(ctx);

/** The SUMIF of a totals row (Excel row `r`) in column `c` over the family blocks, Excel rows 26 to `last`. */
const sumif = (r: number, c: string, last = 57): string => `SUMIF($B$26:$B$${last},$B${r},${c}$26:${c}$${last})`;

const UNITS = "#,##0";
const CURRENCY = "#,##0";
const PERCENT = "0.0%";
const RATIO = "0.00";

/** A totals row (Excel row `r`): its label, then the formula of each month from `f(column)` with the values. */
const totalsRow = (name: string, f: (c: string) => string, values: CellValue[], fmt: string): Array<Cell | null> =>
  totalRow(name, ...["C", "D"].map((c, j) => totalFormula(f(c), values[j], fmt)));

/** A family row: its label, then the formula of each month from `f(column)` with the values. */
const familyRow = (name: string, f: (c: string) => string, values: CellValue[], fmt: string): Array<Cell | null> => [
  null,
  label(name),
  ...["C", "D"].map((c, j) => formula(f(c), values[j] as string | number, fmt)),
];

describe("the Finance sheet's labels", () => {
  it("names each row", () => {
    expect(FINANCE_LABELS).toStrictEqual({
      price: "Price",
      unitCost: "Unit cost",
      revenue: "Revenue",
      cogs: "COGS",
      grossMargin: "Gross margin",
      marginPct: "Gross margin %",
      inventoryValue: "Inventory value",
      revenueTarget: "Revenue target",
      revenueVsTarget: "Revenue vs target",
      marginTarget: "Gross margin % target",
      marginVsTarget: "Margin % vs target",
      inventoryCeiling: "Inventory value ceiling",
      inventoryVsCeiling: "Inventory value vs ceiling",
      budgetMonth: "Budget month (1 = budgeted)",
      units: "Plan units (consensus demand)",
      budgetUnits: "Budget units",
      unitsVsBudget: "Units vs budget",
      budgetRevenue: "Budget revenue",
      revenueVsBudget: "Revenue vs budget",
      budgetMargin: "Budget gross margin",
      marginVsBudget: "Gross margin vs budget",
    });
  });
});

describe("the Finance sheet", () => {
  it("writes the title, the subtitle and the month header", () => {
    const rows = build().cells;
    expect(rows.slice(0, 5)).toStrictEqual([
      [title("Financial plan")],
      [subtitle("Acme · S&OP cycle 2026-04 · revenue = consensus demand x price; against the targets on Settings")],
      [],
      [header("Family"), header("Measure"), header("2026-04"), header("2026-05")],
      [header("All families")],
    ]);
  });

  it("totals the families by label, against the targets on Settings and the budget", () => {
    const rows = build().cells;
    const inBudget = (r: number) => (c: string) => `=IF(${c}17=0,"",${sumif(r, c)})`;
    expect(rows.slice(5, 25)).toStrictEqual([
      totalsRow("Revenue", (c) => `=${sumif(6, c)}`, [280, 358], CURRENCY),
      totalsRow("COGS", (c) => `=${sumif(7, c)}`, [148, 204], CURRENCY),
      totalsRow("Gross margin", (c) => `=${sumif(8, c)}`, [132, 154], CURRENCY),
      totalsRow("Gross margin %", (c) => `=IF(${c}6=0,"",${c}8/${c}6)`, [132 / 280, 154 / 358], PERCENT),
      totalsRow("Inventory value", (c) => `=${sumif(10, c)}`, [252, 198], CURRENCY),
      totalsRow("Revenue target", () => "=Settings!$B$10", [300, 300], CURRENCY),
      totalsRow("Revenue vs target", (c) => `=${c}6-${c}11`, [-20, 58], CURRENCY),
      totalsRow("Gross margin % target", () => "=Settings!$B$11", [0.45, 0.45], PERCENT),
      totalsRow(
        "Margin % vs target",
        (c) => `=IF(${c}9="","",${c}9-${c}13)`,
        [132 / 280 - 0.45, 154 / 358 - 0.45],
        PERCENT,
      ),
      totalsRow("Inventory value ceiling", () => "=Settings!$B$12", [500, 500], CURRENCY),
      totalsRow("Inventory value vs ceiling", (c) => `=${c}10-${c}15`, [-248, -302], CURRENCY),
      // Budget rows 5 (Pumps' units) to 12 (Valves' gross margin): a number in 2026-05 only.
      totalsRow("Budget month (1 = budgeted)", (c) => `=IF(COUNT(Budget!${c}5:${c}12)>0,1,0)`, [0, 1], UNITS),
      totalsRow("Plan units (consensus demand)", (c) => `=${sumif(18, c)}`, [28, 34], UNITS),
      totalsRow("Budget units", inBudget(19), ["", 30], UNITS),
      totalsRow("Units vs budget", inBudget(20), ["", 4], UNITS),
      totalsRow("Budget revenue", inBudget(21), ["", 270], CURRENCY),
      totalsRow("Revenue vs budget", inBudget(22), ["", 88], CURRENCY),
      totalsRow("Budget gross margin", inBudget(23), ["", 90], CURRENCY),
      totalsRow("Gross margin vs budget", inBudget(24), ["", 64], CURRENCY),
      [],
    ]);
  });

  it("writes each family's block: price and cost of the month, revenue, margin, inventory value, plan vs budget", () => {
    const rows = build().cells;
    /** The block of a family titled at Excel row `t`: Families row `fr`, Prices rows, Supply rows, Budget rows. */
    const block = (
      name: string,
      t: number,
      fr: number,
      prices: [number, number],
      supply: [number, number],
      budget: [number, number, number],
      v: Record<string, CellValue[]>,
    ): Array<Array<Cell | null>> => {
      const r = (k: number): number => t + k; // row k of the block (price = 1)
      const [demand, inv] = supply.map((s) => (c: string) => `Supply!${c}${s}`);
      const vs = (gap: number, plan: number) => (c: string) =>
        `=IF(${c}${r(gap - 1)}="","",${c}${r(plan)}-${c}${r(gap - 1)})`;
      const inBudget = (b: number) => (c: string) => `=IF(${c}$17=0,"",SUM(Budget!${c}${b}))`;
      return [
        [header(name)],
        familyRow(
          "Price",
          (c) => `=IF(ISNUMBER(Prices!${c}${prices[0]}),Prices!${c}${prices[0]},Families!$C$${fr})`,
          v.price,
          RATIO,
        ),
        familyRow(
          "Unit cost",
          (c) => `=IF(ISNUMBER(Prices!${c}${prices[1]}),Prices!${c}${prices[1]},Families!$D$${fr})`,
          v.unitCost,
          RATIO,
        ),
        familyRow("Revenue", (c) => `=${demand(c)}*${c}${r(1)}`, v.revenue, CURRENCY),
        familyRow("COGS", (c) => `=${demand(c)}*${c}${r(2)}`, v.cogs, CURRENCY),
        familyRow("Gross margin", (c) => `=${c}${r(3)}-${c}${r(4)}`, v.grossMargin, CURRENCY),
        familyRow("Gross margin %", (c) => `=IF(${c}${r(3)}=0,"",${c}${r(5)}/${c}${r(3)})`, v.marginPct, PERCENT),
        familyRow("Inventory value", (c) => `=MAX(0,${inv(c)})*${c}${r(2)}`, v.inventoryValue, CURRENCY),
        familyRow("Plan units (consensus demand)", (c) => `=${demand(c)}`, v.units, UNITS),
        familyRow("Budget units", inBudget(budget[0]), v.budgetUnits, UNITS),
        familyRow("Units vs budget", vs(10, 8), v.unitsVsBudget, UNITS),
        familyRow("Budget revenue", inBudget(budget[1]), v.budgetRevenue, CURRENCY),
        familyRow("Revenue vs budget", vs(12, 3), v.revenueVsBudget, CURRENCY),
        familyRow("Budget gross margin", inBudget(budget[2]), v.budgetMargin, CURRENCY),
        familyRow("Gross margin vs budget", vs(14, 5), v.marginVsBudget, CURRENCY),
        [],
      ];
    };
    expect(rows.slice(25, 57)).toStrictEqual([
      ...block("Pumps", 26, 5, [5, 8], [16, 20], [5, 8, 11], {
        price: [10, 10],
        unitCost: [5, 6],
        revenue: [200, 250],
        cogs: [100, 150],
        grossMargin: [100, 100],
        marginPct: [0.5, 0.4],
        inventoryValue: [0, 0],
        units: [20, 25],
        budgetUnits: ["", 30],
        unitsVsBudget: ["", -5],
        budgetRevenue: ["", 270],
        revenueVsBudget: ["", -20],
        budgetMargin: ["", 90],
        marginVsBudget: ["", 10],
      }),
      ...block("Valves", 42, 6, [6, 9], [31, 35], [6, 9, 12], {
        price: [10, 12],
        unitCost: [6, 6],
        revenue: [80, 108],
        cogs: [48, 54],
        grossMargin: [32, 54],
        marginPct: [0.4, 0.5],
        inventoryValue: [252, 198],
        units: [8, 9],
        budgetUnits: ["", 0],
        unitsVsBudget: ["", 9],
        budgetRevenue: ["", 0],
        revenueVsBudget: ["", 108],
        budgetMargin: ["", 0],
        marginVsBudget: ["", 54],
      }),
    ]);
  });

  it("writes the revenue history: actual and planned revenue at the Families prices, blank without numbers", () => {
    const rows = build().cells;
    const prices = "Families!$C$5:$C$6";
    const actual = (c: string) => `=IF(COUNT(Actuals!${c}5:${c}6)=0,"",SUMPRODUCT(Actuals!${c}5:${c}6,${prices}))`;
    const planned = (c: string) => `=IF(COUNT(Demand!${c}43:${c}44)=0,"",SUMPRODUCT(Demand!${c}43:${c}44,${prices}))`;
    expect(rows.slice(57, 62)).toStrictEqual([
      [],
      [header("Revenue history"), header("Measure"), header("2026-02"), header("2026-03")],
      familyRow("Actual revenue", actual, [130, 180], CURRENCY),
      familyRow("Planned revenue (consensus x price)", planned, ["", 190], CURRENCY),
      [],
    ]);
  });

  it("writes the six summaries by family, each cell the family block's", () => {
    const rows = build().cells;
    /** A summary titled `name` reading the blocks' row `k` (price = 1), with Pumps' and Valves' values. */
    const summary = (name: string, k: number, pumps: number[], valves: number[]): Cell[][] => [
      [header(`${name} by family`), header("Measure"), header("2026-04"), header("2026-05")],
      [label("Pumps"), label(name), ...["C", "D"].map((c, j) => formula(`=${c}${26 + k}`, pumps[j], CURRENCY))],
      [label("Valves"), label(name), ...["C", "D"].map((c, j) => formula(`=${c}${42 + k}`, valves[j], CURRENCY))],
      [],
    ];
    expect(rows.slice(62, 86)).toStrictEqual([
      ...summary("Revenue", 3, [200, 250], [80, 108]),
      ...summary("COGS", 4, [100, 150], [48, 54]),
      ...summary("Gross margin", 5, [100, 100], [32, 54]),
      ...summary("Inventory value", 7, [0, 0], [252, 198]),
      ...summary("Price", 1, [10, 10], [10, 12]),
      ...summary("Unit cost", 2, [5, 6], [6, 6]),
    ]);
    // Below them the budget bridges, titled at Excel row 87 (their own suite).
    expect(rows[86][0]).toStrictEqual(header("Budget bridge: revenue (volume, mix, price) over the 1 budget months"));
  });

  it("is a protected calc sheet, frozen at the months, month columns 13 wide, flagging shortfalls and excess", () => {
    const shape = sheetShape(build());
    expect({ ...shape, conditionalFormats: shape.conditionalFormats.slice(0, 3) }).toStrictEqual({
      name: "Finance",
      kind: "calc",
      tabColor: "#70AD47",
      columnWidths: [24, 30, 13, 13],
      freeze: { rows: 4, columns: 2 },
      protect: true,
      validations: [],
      conditionalFormats: [
        { range: "C12:D12", formula: "=AND(ISNUMBER(C12),C12<0)", style: "bad" },
        { range: "C14:D14", formula: "=AND(ISNUMBER(C14),C14<0)", style: "watch" },
        { range: "C16:D16", formula: "=AND(ISNUMBER(C16),C16>0)", style: "bad" },
      ],
      charts: [],
    });
  });
});

/** The formulas of the cells of a row from column C (null where a cell has none). */
const formulasOf = (row: ReadonlyArray<Cell | null>): Array<string | null> =>
  row.slice(2).map((c) => c?.formula ?? null);

describe("the Finance sheet without plan months", () => {
  it("writes the labels with no month cell and no conditional format, widths still as wide as the history", () => {
    // A cycle has plan months; the inputs say none here.
    const ctx = context();
    const spec = build({ ...ctx, inputs: { ...ctx.inputs, plan: [] } });
    expect(spec.cells[3]).toStrictEqual([header("Family"), header("Measure")]);
    expect(spec.cells[5]).toStrictEqual(totalRow("Revenue"));
    expect(spec.cells[26]).toStrictEqual([null, label("Price")]);
    expect(spec.cells[62]).toStrictEqual([header("Revenue by family"), header("Measure")]);
    // The history's two months still set the widths.
    expect(spec.columnWidths).toStrictEqual([24, 30, 13, 13]);
    expect(spec.conditionalFormats.filter((c) => ["C12:D12", "C14:D14", "C16:D16"].includes(c.range))).toStrictEqual(
      [],
    );
    expect(spec.conditionalFormats.some((c) => /^[A-Z]+1[246]:/.test(c.range))).toBe(false);
  });

  it("takes its widths from the plan months when there are more of them than history months", () => {
    const ctx = context();
    const spec = build({ ...ctx, inputs: { ...ctx.inputs, history: [] } });
    expect(spec.columnWidths).toStrictEqual([24, 30, 13, 13]);
    expect(spec.cells[58]).toStrictEqual([header("Revenue history"), header("Measure")]);
    expect(spec.cells[59]).toStrictEqual([null, label("Actual revenue")]);
  });
});

describe("the Finance sheet without a family", () => {
  it("sums over the one row below the totals and reads one row of Budget, Families, Actuals and Demand", () => {
    // No family: the blocks start and end at Excel row 26, the history is titled at 27; Budget's
    // blocks are one row each (units 5, revenue 7, gross margin 9); Demand's consensus by family
    // is on row 15 (its blocks end at 13, the summary titled at 14).
    const ctx = context();
    const spec = build({
      ...ctx,
      inputs: { ...ctx.inputs, config: { ...ctx.inputs.config, families: [] } },
      geo: { ...ctx.geo, families: 0 },
    });
    const rows = spec.cells;
    expect(formulasOf(rows[5])).toStrictEqual([
      "=SUMIF($B$26:$B$26,$B6,C$26:C$26)",
      "=SUMIF($B$26:$B$26,$B6,D$26:D$26)",
    ]);
    expect(formulasOf(rows[16])).toStrictEqual(["=IF(COUNT(Budget!C5:C9)>0,1,0)", "=IF(COUNT(Budget!D5:D9)>0,1,0)"]);
    expect(formulasOf(rows[18])).toStrictEqual([
      '=IF(C17=0,"",SUMIF($B$26:$B$26,$B19,C$26:C$26))',
      '=IF(D17=0,"",SUMIF($B$26:$B$26,$B19,D$26:D$26))',
    ]);
    expect(rows[25]).toStrictEqual([]);
    expect(rows[26]).toStrictEqual([
      header("Revenue history"),
      header("Measure"),
      header("2026-02"),
      header("2026-03"),
    ]);
    expect(formulasOf(rows[27])).toStrictEqual([
      '=IF(COUNT(Actuals!C5:C5)=0,"",SUMPRODUCT(Actuals!C5:C5,Families!$C$5:$C$5))',
      '=IF(COUNT(Actuals!D5:D5)=0,"",SUMPRODUCT(Actuals!D5:D5,Families!$C$5:$C$5))',
    ]);
    expect(formulasOf(rows[28])).toStrictEqual([
      '=IF(COUNT(Demand!C15:C15)=0,"",SUMPRODUCT(Demand!C15:C15,Families!$C$5:$C$5))',
      '=IF(COUNT(Demand!D15:D15)=0,"",SUMPRODUCT(Demand!D15:D15,Families!$C$5:$C$5))',
    ]);
    expect(rows[30]).toStrictEqual([
      header("Revenue by family"),
      header("Measure"),
      header("2026-04"),
      header("2026-05"),
    ]);
    expect(rows[31]).toStrictEqual([]);
  });
});
