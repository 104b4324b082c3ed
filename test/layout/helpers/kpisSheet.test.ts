/**
 * The KPIs sheet (src/layout/sheets/kpis.ts), no workbook built: the builder on a context of a
 * small cycle, each cell of the KPI table, the working-capital inputs and the forecast value added
 * line at its Excel address (formula text, cached value, style, key, number format), and the
 * sheet's shape. The trend (kpisTrend.ts) and the archive tables (kpisArchive.ts) have their own
 * suites: here only what this builder hands them (this cycle's values, the typed trend values,
 * the first row of the archive tables).
 *
 * Rows: title A1, subtitle A2, header row 4, the 13 KPIs on Excel rows 5 to 17 (columns A KPI,
 * B category, C value, D target, E status, F previous, G unit, H change, I watch band, J rule,
 * K definition; the trend from L, this cycle in AA), "Working capital inputs" on 19, inventory
 * value 20, receivables 21, payables 22, "Forecast value added" on 24 and its line on 25, the
 * archive tables from row 28.
 *
 * The hand-made cycle (test/layout/support/kpiHandCycle.ts, the one kpisHandCalc.test.ts works
 * out against a formula engine): three history and three plan months, so Demand's and Supply's
 * summaries read columns C:E (history) and F:H (plan); its hand calculation is repeated next to
 * each row.
 */
import { CycleData } from "../../../src/core/model";
import { kpisSheet } from "../../../src/layout/sheets/kpis";
import type { BuildContext } from "../../../src/layout/sheets/context";
import type { Cell, CellValue, SheetSpec } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { formula, header, input, label, subtitle, title } from "../support/cells";
import { KPI_HAND_TYPED, kpiHandCycle } from "../support/kpiHandCycle";
import { sheetShape } from "../support/spec";
import { fam, givenBaseline, tinyCycle } from "../support/tinyCycle";

const handSheet = (more: ReadonlyArray<[string, CellValue]> = []): SheetSpec =>
  kpisSheet(buildContext(kpiHandCycle(), new Map([...KPI_HAND_TYPED, ...more])));

// ---- the tiny two-family cycle ---------------------------------------------------------------
// Pumps and Valves, history 2026-02..03 (columns C:D), plan 2026-04..05 (E:F); baselines given:
// Pumps 20 and 25, Valves 8 and 9 (the supply plan follows them: capacity 100 a month each).
const tinyContext = (over: Partial<CycleData> = {}, typed: ReadonlyArray<[string, CellValue]> = []): BuildContext =>
  buildContext(tinyCycle(over), new Map(typed), {
    baselines: [givenBaseline([20, 25]), givenBaseline([8, 9])],
  });

// ---- the KPI table's columns -------------------------------------------------------------------
type Rule = "higher" | "lower" | "band";
interface Kpi {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly unit: string;
  readonly fmt: string;
  readonly rule: Rule;
  readonly definition: string;
}
const PCT = "0.0%";
const RATIO = "0.00";
const TURNS = '0.0"x"';
const MONEY = "#,##0";

/** The 13 KPIs in their rows' order (Excel rows 5 to 17), definition and period as column K shows them. */
const KPIS: ReadonlyArray<Kpi> = [
  {
    id: "ACCURACY",
    name: "Forecast accuracy",
    category: "Plan quality",
    unit: "%",
    fmt: PCT,
    rule: "higher",
    definition:
      "1 - WAPE of consensus vs actual sales over the history months with a lag-1 consensus. Period: all history months",
  },
  {
    id: "BIAS",
    name: "Forecast bias",
    category: "Plan quality",
    unit: "%",
    fmt: PCT,
    rule: "band",
    definition: "sum(F - A) / sum(A); positive = over-forecast. Period: all history months",
  },
  {
    id: "PLANADHERENCE",
    name: "Plan adherence",
    category: "Plan quality",
    unit: "ratio",
    fmt: RATIO,
    rule: "band",
    definition:
      "actual production / planned production (what each month's own cycle planned, lag 1) over the history months with both (1 = on plan). Period: months with actual and planned production",
  },
  {
    id: "TURNS",
    name: "Inventory turns",
    category: "Business impact",
    unit: "x",
    fmt: TURNS,
    rule: "higher",
    definition:
      "planned COGS / average inventory value over the next 12 plan months (annualised). Period: next 12 plan months (or the horizon), annualised",
  },
  {
    id: "SERVICE",
    name: "Customer service level",
    category: "Business impact",
    unit: "%",
    fmt: PCT,
    rule: "higher",
    definition: "orders delivered on time / all orders (Orders sheet). Period: orders due by the cycle month",
  },
  {
    id: "OTIF",
    name: "OTIF",
    category: "Business impact",
    unit: "%",
    fmt: PCT,
    rule: "higher",
    definition: "orders with every line on time and in full / all orders. Period: orders due by the cycle month",
  },
  {
    id: "UTILIZATION",
    name: "Capacity utilization",
    category: "Business impact",
    unit: "%",
    fmt: PCT,
    rule: "band",
    definition: "planned supply / available capacity over the horizon. Period: all plan months (the horizon)",
  },
  {
    id: "REVENUE",
    name: "Revenue vs plan",
    category: "Business impact",
    unit: "ratio",
    fmt: RATIO,
    rule: "higher",
    definition:
      "actual revenue / planned (consensus x price) revenue over the history months. Period: all history months",
  },
  {
    id: "WORKINGCAPITAL",
    name: "Working capital",
    category: "Business impact",
    unit: "currency",
    fmt: MONEY,
    rule: "lower",
    definition:
      "inventory value (first plan month) + receivables - payables. Period: the first plan month (a point in time)",
  },
  {
    id: "VOLATILITY",
    name: "Demand volatility",
    category: "Plan quality",
    unit: "%",
    fmt: PCT,
    rule: "lower",
    definition:
      "forecast change between cycles: sum|consensus - previous cycle's consensus| / sum previous, same months; before a previous cycle exists, CV (STDEV.S / mean) of total monthly actual sales. Period: plan vs last cycle's plan; first cycle: history",
  },
  {
    id: "SCHEDULE",
    name: "Schedule adherence",
    category: "Process health",
    unit: "%",
    fmt: PCT,
    rule: "higher",
    definition:
      "sum(min(delivered, ordered)) / sum(ordered) over the order lines as scheduled jobs; an open line promised on or after the cycle month is not yet due and is left out. Period: due order lines, and lines shipped early in full",
  },
  {
    id: "CLOSURE",
    name: "Meeting decision closure",
    category: "Process health",
    unit: "%",
    fmt: PCT,
    rule: "higher",
    definition: "closed actions / all actions (Actions sheet). Period: all logged actions",
  },
  {
    id: "TRACKING",
    name: "Tracking signal",
    category: "Plan quality",
    unit: "ratio",
    fmt: RATIO,
    rule: "band",
    definition:
      "sum(A - F) / mean|A - F| of consensus vs actual sales over the history months; positive = under-forecast, beyond +-4 the plan is biased. Period: all history months",
  },
];

const RULE_TEXT: Record<Rule, string> = {
  higher: "higher is better",
  lower: "lower is better",
  band: "close to target",
};

/** The status formula of Excel row `r`: value C, target D, band I. */
function statusFormula(rule: Rule, r: number): string {
  const [v, t, b] = [`C${r}`, `D${r}`, `I${r}`];
  const inner =
    rule === "higher"
      ? `IF(${v}>=${t},"On target",IF(${v}>=${t}-${b},"Watch","Off target"))`
      : rule === "lower"
        ? `IF(${v}<=${t},"On target",IF(${v}<=${t}+${b},"Watch","Off target"))`
        : `IF(ABS(${v}-${t})<=${b},"On target",IF(ABS(${v}-${t})<=2*${b},"Watch","Off target"))`;
  return `=IF(ISNUMBER(${v}),${inner},"n/a")`;
}

interface Expected {
  readonly formula: string;
  readonly value: string | number;
  readonly target: number | null;
  readonly status: string;
  readonly previous?: number | null;
  readonly change?: number | "";
  readonly band: number | null;
}

/** Columns A to K of KPI `i` (Excel row 5 + i). */
function kpiRow(i: number, e: Expected): Array<Cell | null> {
  const k = KPIS[i];
  const r = 5 + i;
  const near = (x: string | number): string | number => (typeof x === "number" ? (expect.closeTo(x, 12) as number) : x);
  return [
    label(k.name),
    label(k.category),
    formula(e.formula, near(e.value), k.fmt),
    input(`KPIs|target|${k.id}`, e.target, k.fmt),
    formula(statusFormula(k.rule, r), e.status),
    input(`KPIs|previous|${k.id}`, e.previous ?? null, k.fmt),
    label(k.unit),
    formula(`=IF(AND(ISNUMBER(C${r}),ISNUMBER(F${r})),C${r}-F${r},"")`, near(e.change ?? ""), k.fmt),
    input(`KPIs|band|${k.id}`, e.band, k.fmt),
    { value: RULE_TEXT[k.rule], style: "note" },
    { value: k.definition, style: "wrappedNote" },
  ];
}

// The hand calculation (test/layout/kpisHandCalc.test.ts works it out in full):
// pairs (actual, consensus) over the history: (80,90) (100,100) (120,110) (20,20) (30,25) (40,35):
// sum A 390, sum(F - A) -10, sum|A - F| 30. Supply = capacity (W 125 a month, G 40); inventory
// value W 330 300 390 (G none); COGS 1,200 1,380 1,140; revenue actual 1,200 1,600 2,000,
// planned 1,300 1,500 1,800.
const HAND_ROWS: ReadonlyArray<Expected> = [
  // 1 - 30 / 390 = 12/13 >= 0.8; last cycle 0.9: change 12/13 - 0.9
  {
    formula: "=SOP.FORECASTACCURACY(Demand!C51:E52,Demand!C43:E44)",
    value: 12 / 13,
    target: 0.8,
    status: "On target",
    previous: 0.9,
    change: 12 / 13 - 0.9,
    band: 0.05,
  },
  // -10 / 390 = -1/39, within 0.05 of 0
  {
    formula: "=SOP.FORECASTBIAS(Demand!C51:E52,Demand!C43:E44)",
    value: -1 / 39,
    target: 0,
    status: "On target",
    band: 0.05,
  },
  // made 300 / planned 305 over the months with both = 60/61, within 0.05 of 1
  {
    formula:
      '=IF(OR(COUNT(Production!C5:E6)=0,COUNT(Production!C8:E9)=0),"no data",SOP.PLANADHERENCE(IF(ISBLANK(Production!C5:E6),"",Production!C5:E6),IF(ISBLANK(Production!C8:E9),"",Production!C8:E9)))',
    value: 60 / 61,
    target: 1,
    status: "On target",
    band: 0.05,
  },
  // COGS 3,720 / average inventory value 340 over 3 months, x 12 / 3 = 744/17
  {
    formula: "=SOP.INVENTORYTURNS(Finance!C7:E7,Finance!C10:E10)*12/3",
    value: 744 / 17,
    target: 6,
    status: "On target",
    band: 1,
  },
  // on time: O1 yes, O2 late, O3 yes, O4 overdue (O5 not due) -> 2 / 4 < 0.95 - 0.03
  {
    formula: "=SOP.SERVICELEVEL(Orders!A5:A35,Orders!F5:F35,Orders!G5:G35,,,,,,SOP_CycleMonth)",
    value: 0.5,
    target: 0.95,
    status: "Off target",
    band: 0.03,
  },
  // on time and in full: O1 only of O1..O4 -> 1 / 4; last cycle 0.2: change +0.05
  {
    formula: "=SOP.OTIF(Orders!A5:A35,Orders!F5:F35,Orders!G5:G35,Orders!D5:D35,Orders!E5:E35,,,SOP_CycleMonth)",
    value: 0.25,
    target: 0.9,
    status: "Off target",
    previous: 0.2,
    change: 0.05,
    band: 0.05,
  },
  // supply 495 / capacity 495 = 1: |1 - 0.85| = 0.15 beyond the band 0.1, within 2 x 0.1
  {
    formula: "=SOP.CAPACITYUTILIZATION(Supply!C51:E52,Supply!C47:E48)",
    value: 1,
    target: 0.85,
    status: "Watch",
    band: 0.1,
  },
  // 4,800 / 4,600 = 24/23 >= 1
  {
    formula: "=SOP.REVENUEVSPLAN(Finance!C60:E60,Finance!C61:E61)",
    value: 24 / 23,
    target: 1,
    status: "On target",
    band: 0.03,
  },
  // 330 + 1,000 - 400 = 930; default target = the ceiling 1,000 + receivables 1,000 - payables
  // 400 = 1,600 (src/layout/inputs.ts), band 5 % of it = 80: 930 <= 1,600
  {
    formula: '=IF(COUNT(C20:C21)+COUNT(C22)<3,"no data",SOP.WORKINGCAPITAL(C20:C21,C22))',
    value: 930,
    target: 1600,
    status: "On target",
    band: 80,
  },
  // |120-100| + |130-100| + |40-40| + |50-40| + |40-40| = 60 over 320 = 0.1875 <= 0.25
  {
    formula:
      '=IF(COUNT(Demand!F47:H48)=0,SOP.DEMANDVOLATILITY(Demand!C6:E6,,"CV"),SOP.DEMANDVOLATILITY(Demand!F43:H44,Demand!F47:H48))',
    value: 0.1875,
    target: 0.25,
    status: "On target",
    band: 0.05,
  },
  // min(delivered, ordered) 27 over ordered 34 (O5 not due) < 0.95 - 0.03
  {
    formula: "=SOP.SCHEDULEADHERENCE(Orders!E5:E35,Orders!D5:D35,Orders!F5:F35,SOP_CycleMonth)",
    value: 27 / 34,
    target: 0.95,
    status: "Off target",
    band: 0.03,
  },
  // Closed, Open, Closed, In progress -> 2 / 4 < 0.8 - 0.1
  {
    formula: "=SOP.DECISIONCLOSURE(Actions!D5:D23)",
    value: 0.5,
    target: 0.8,
    status: "Off target",
    band: 0.1,
  },
  // sum(A - F) 10 over mean|A - F| 5 = 2, within 4 of 0
  {
    formula: "=SOP.TRACKINGSIGNAL(Demand!C51:E52,Demand!C43:E44)",
    value: 2,
    target: 0,
    status: "On target",
    band: 4,
  },
];

describe("the KPIs sheet on the hand-made cycle", () => {
  it("titles the sheet and heads the KPI table's eleven columns, the trend's from column L", () => {
    const rows = handSheet().cells;
    expect(rows.slice(0, 3)).toStrictEqual([
      [title("S&OP KPIs")],
      [
        subtitle(
          "Tiny Co · S&OP cycle 2026-04 · the twelve KPIs of the cycle; targets, watch bands and last cycle's values are inputs",
        ),
      ],
      [],
    ]);
    expect(rows[3].slice(0, 12)).toStrictEqual([
      header("KPI"),
      header("Category"),
      header("Value"),
      header("Target"),
      header("Status"),
      header("Previous"),
      header("Unit"),
      header("Change"),
      header("Watch band"),
      header("Rule"),
      header("Definition"),
      header("Trend (12 cycles)"),
    ]);
    expect(rows[3][26]).toStrictEqual(header("This cycle"));
    expect(rows[3]).toHaveLength(27);
  });

  it("writes each KPI's formula with the hand-calculated value, its inputs, status, change, rule and definition", () => {
    const rows = handSheet().cells;
    HAND_ROWS.forEach((e, i) =>
      expect([KPIS[i].id, rows[4 + i].slice(0, 11)]).toStrictEqual([KPIS[i].id, kpiRow(i, e)]),
    );
    // A KPI row ends with this cycle's trend value in AA, column 27.
    expect(rows.slice(4, 17).map((r) => r.length)).toStrictEqual(new Array<number>(13).fill(27));
  });

  it("hands this cycle's value of each KPI to the trend (column AA)", () => {
    const rows = handSheet().cells;
    HAND_ROWS.forEach((e, i) =>
      expect([KPIS[i].id, rows[4 + i][26]]).toStrictEqual([
        KPIS[i].id,
        formula(`=IF(ISNUMBER(C${5 + i}),C${5 + i},"")`, expect.closeTo(e.value as number, 12) as number, KPIS[i].fmt),
      ]),
    );
  });

  it("writes the working-capital inputs and the forecast value added line below the KPIs", () => {
    const rows = handSheet().cells;
    expect(rows.slice(17, 26)).toStrictEqual([
      [],
      [header("Working capital inputs")],
      // W's inventory value at the end of April: 55 x 6 = 330 (Finance's total inventory value row 10, April in C)
      [label("Inventory value, end of first plan month"), null, formula("=Finance!C10", 330, MONEY)],
      [label("Trade receivables"), null, input("KPIs|receivables", 1000, MONEY)],
      [label("Trade payables"), null, input("KPIs|payables", 400, MONEY)],
      [],
      [header("Forecast value added")],
      // Only March has a lag-1 baseline: W (A 120, F 110, B 100), G (A 40, F 35, B 30); sum A 160:
      // baseline WAPE 30/160 - consensus WAPE 15/160 = 3/32
      [
        label("Consensus vs statistical baseline (WAPE points)"),
        null,
        formula("=SOP.FVA(Demand!C51:E52,Demand!C43:E44,Demand!C55:E56)", expect.closeTo(3 / 32, 12) as number, PCT),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        {
          value:
            "WAPE of the lag-1 statistical baseline minus WAPE of the consensus, over the history months: positive = overrides and pipeline made the plan more accurate. 0 until archived consensus exists (the next cycles).",
          style: "wrappedNote",
        },
      ],
      [],
    ]);
  });

  it("starts the Plan archive's tables three rows below the forecast value added line (Excel row 28)", () => {
    const rows = handSheet().cells;
    expect(rows.slice(26, 29)).toStrictEqual([
      [],
      [header("Accuracy and bias by lag (consensus, from the Plan archive)")],
      [
        header("Family"),
        header("Accuracy, lag 1"),
        header("Bias, lag 1"),
        header("Accuracy, lag 3"),
        header("Bias, lag 3"),
      ],
    ]);
  });

  it("has a protected calculation sheet's shape: widths, frozen header and KPI names, validations, status colours", () => {
    const spec = handSheet();
    expect(sheetShape(spec)).toStrictEqual({
      name: "KPIs",
      kind: "calc",
      tabColor: "#70AD47",
      // KPI 30 + 6, then B to K; the trend's sparkline 17, count, low, high and 12 cycles of 10
      columnWidths: [36, 18, 13, 12, 12, 12, 10, 11, 12, 18, 80, 17, ...new Array<number>(15).fill(10)],
      freeze: { rows: 4, columns: 1 },
      protect: true,
      validations: [
        { kind: "decimal", range: "$D$5:$D$17" },
        { kind: "decimal", range: "$I$5:$I$17", min: 0 },
        { kind: "decimal", range: "$C$21:$C$22", min: 0 },
      ],
      conditionalFormats: [
        { range: "E5:E17", formula: '=$E5="On target"', style: "good" },
        { range: "E5:E17", formula: '=$E5="Watch"', style: "watch" },
        { range: "E5:E17", formula: '=$E5="Off target"', style: "bad" },
      ],
      charts: [],
    });
  });
});

describe("the KPIs sheet with typed targets, bands, previous values and trend values", () => {
  it("reads the status against the typed target and band, the change against the typed previous value", () => {
    const rows = handSheet([
      // ACCURACY 12/13 = 0.923 below 0.95 but within 0.95 - 0.05 = 0.9: Watch; last cycle 0.95: change 12/13 - 0.95
      ["KPIs|target|ACCURACY", 0.95],
      ["KPIs|previous|ACCURACY", 0.95],
      // VOLATILITY 0.1875 above 0.15, within 0.15 + 0.05: Watch
      ["KPIs|target|VOLATILITY", 0.15],
      // UTILIZATION |1 - 0.85| = 0.15 within a band of 0.2: On target
      ["KPIs|band|UTILIZATION", 0.2],
      // TRACKING 2: text typed over the band of 4 (no number: blank, read as 0), target 0: |2| > 0
      // and > 2 x 0: Off target; previous 3: change -1
      ["KPIs|band|TRACKING", "wide"],
      ["KPIs|previous|TRACKING", 3],
    ]).cells;
    expect(rows[4].slice(0, 11)).toStrictEqual(
      kpiRow(0, { ...HAND_ROWS[0], target: 0.95, status: "Watch", previous: 0.95, change: 12 / 13 - 0.95 }),
    );
    expect(rows[13].slice(0, 11)).toStrictEqual(kpiRow(9, { ...HAND_ROWS[9], target: 0.15, status: "Watch" }));
    expect(rows[10].slice(0, 11)).toStrictEqual(kpiRow(6, { ...HAND_ROWS[6], band: 0.2, status: "On target" }));
    expect(rows[16].slice(0, 11)).toStrictEqual(
      kpiRow(12, { ...HAND_ROWS[12], band: null, status: "Off target", previous: 3, change: -1 }),
    );
  });

  it("with text typed over the target (no number: blank), reads the status against a target of 0", () => {
    // (A cleared cell is not typed: the default target stands.)
    // WORKINGCAPITAL 930 against a blank target and the band 80: 930 > 0 + 80: Off target.
    // SERVICE 0.5 against a blank target: 0.5 >= 0: On target.
    const rows = handSheet([
      ["KPIs|target|WORKINGCAPITAL", "none"],
      ["KPIs|target|SERVICE", "none"],
    ]).cells;
    expect(rows[12].slice(0, 11)).toStrictEqual(kpiRow(8, { ...HAND_ROWS[8], target: null, status: "Off target" }));
    expect(rows[8].slice(0, 11)).toStrictEqual(kpiRow(4, { ...HAND_ROWS[4], target: null, status: "On target" }));
  });

  it("hands the recorded and typed trend values of past cycles to the trend, blank where none", () => {
    const data: CycleData = {
      ...kpiHandCycle(),
      kpiHistory: [
        { kpi: "ACCURACY", month: "2025-05", value: 0.75 },
        { kpi: "BIAS", month: "2026-03", value: 0.1 },
      ],
    };
    const typed = new Map<string, CellValue>([...KPI_HAND_TYPED, ["KPIs|trend|ACCURACY|2026-03", 0.5]]);
    const rows = kpisSheet(buildContext(data, typed)).cells;
    // P is 2025-05, Z 2026-03 (columns 15 and 25)
    expect([rows[4][15], rows[4][16], rows[4][25]]).toStrictEqual([
      input("KPIs|trend|ACCURACY|2025-05", 0.75, PCT),
      input("KPIs|trend|ACCURACY|2025-06", null, PCT),
      input("KPIs|trend|ACCURACY|2026-03", 0.5, PCT),
    ]);
    expect([rows[5][15], rows[5][25]]).toStrictEqual([
      input("KPIs|trend|BIAS|2025-05", null, PCT),
      input("KPIs|trend|BIAS|2026-03", 0.1, PCT),
    ]);
    // Cycles recorded: ACCURACY 0.75, 0.5 and this cycle's 12/13; BIAS 0.1 and -1/39.
    expect([rows[4][12]?.value, rows[5][12]?.value, rows[6][12]?.value]).toStrictEqual([3, 2, 1]);
  });
});

describe("the KPIs sheet on the tiny cycle with nothing measured", () => {
  /** Column C (value) and E (status) of each KPI row, and H (change). */
  const valueStatusChange = (s: SheetSpec): CellValue[][] =>
    s.cells.slice(4, 17).map((r) => [r[2]?.value ?? null, r[4]?.value ?? null, r[7]?.value ?? null]);

  it("writes no data, the functions' errors and n/a where nothing is measured; the change blank", () => {
    // No actuals, production, orders or actions; the supply plan = the baselines within capacity:
    // Pumps 20 + 25, Valves 8 + 9 = 62 over the capacity 4 x 100: utilisation 0.155, below 0.85
    // by more than 2 x 0.1: Off target. TRACKING's previous value typed: its value is no number, so no change.
    const spec = kpisSheet(tinyContext({}, [["KPIs|previous|TRACKING", 1]]));
    expect(valueStatusChange(spec)).toStrictEqual([
      ["#DIV/0!", "n/a", ""],
      ["#DIV/0!", "n/a", ""],
      ["no data", "n/a", ""],
      ["#DIV/0!", "n/a", ""],
      ["#DIV/0!", "n/a", ""],
      ["#DIV/0!", "n/a", ""],
      [0.155, "Off target", ""],
      ["#DIV/0!", "n/a", ""],
      ["no data", "n/a", ""],
      ["#DIV/0!", "n/a", ""],
      ["#DIV/0!", "n/a", ""],
      ["#DIV/0!", "n/a", ""],
      ["#DIV/0!", "n/a", ""],
    ]);
    expect(spec.cells[16][5]).toStrictEqual(input("KPIs|previous|TRACKING", 1, RATIO));
    // No archived consensus for the history months: the forecast value added's error, cached as its code.
    expect(spec.cells[24][2]).toStrictEqual(
      formula("=SOP.FVA(Demand!C51:D52,Demand!C43:D44,Demand!C55:D56)", "#DIV/0!", PCT),
    );
    // The trend's "this cycle" blank where the value is no number.
    expect(spec.cells.slice(4, 17).map((r) => r[26]?.value)).toStrictEqual([
      "",
      "",
      "",
      "",
      "",
      "",
      0.155,
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
  });

  it("reads the two history and two plan months' ranges, 25 order lines and 15 actions", () => {
    const rows = kpisSheet(tinyContext()).cells;
    expect(rows.slice(4, 17).map((r) => r[2]?.formula)).toStrictEqual([
      "=SOP.FORECASTACCURACY(Demand!C51:D52,Demand!C43:D44)",
      "=SOP.FORECASTBIAS(Demand!C51:D52,Demand!C43:D44)",
      '=IF(OR(COUNT(Production!C5:D6)=0,COUNT(Production!C8:D9)=0),"no data",SOP.PLANADHERENCE(IF(ISBLANK(Production!C5:D6),"",Production!C5:D6),IF(ISBLANK(Production!C8:D9),"",Production!C8:D9)))',
      "=SOP.INVENTORYTURNS(Finance!C7:D7,Finance!C10:D10)*12/2",
      "=SOP.SERVICELEVEL(Orders!A5:A29,Orders!F5:F29,Orders!G5:G29,,,,,,SOP_CycleMonth)",
      "=SOP.OTIF(Orders!A5:A29,Orders!F5:F29,Orders!G5:G29,Orders!D5:D29,Orders!E5:E29,,,SOP_CycleMonth)",
      "=SOP.CAPACITYUTILIZATION(Supply!C51:D52,Supply!C47:D48)",
      "=SOP.REVENUEVSPLAN(Finance!C60:D60,Finance!C61:D61)",
      '=IF(COUNT(C20:C21)+COUNT(C22)<3,"no data",SOP.WORKINGCAPITAL(C20:C21,C22))',
      '=IF(COUNT(Demand!E47:F48)=0,SOP.DEMANDVOLATILITY(Demand!C6:D6,,"CV"),SOP.DEMANDVOLATILITY(Demand!E43:F44,Demand!E47:F48))',
      "=SOP.SCHEDULEADHERENCE(Orders!E5:E29,Orders!D5:D29,Orders!F5:F29,SOP_CycleMonth)",
      "=SOP.DECISIONCLOSURE(Actions!D5:D19)",
      "=SOP.TRACKINGSIGNAL(Demand!C51:D52,Demand!C43:D44)",
    ]);
  });

  it("leaves working capital's inputs, target and band blank without receivables and payables", () => {
    const rows = kpisSheet(tinyContext()).cells;
    // Nothing sold or made: no inventory at the end of April.
    expect(rows.slice(18, 22)).toStrictEqual([
      [header("Working capital inputs")],
      [label("Inventory value, end of first plan month"), null, formula("=Finance!C10", 0, MONEY)],
      [label("Trade receivables"), null, input("KPIs|receivables", null, MONEY)],
      [label("Trade payables"), null, input("KPIs|payables", null, MONEY)],
    ]);
    expect([rows[12][3], rows[12][8]]).toStrictEqual([
      input("KPIs|target|WORKINGCAPITAL", null, MONEY),
      input("KPIs|band|WORKINGCAPITAL", null, MONEY),
    ]);
  });

  it("measures volatility as the CV of total actual sales before a previous cycle's consensus exists", () => {
    // Total actual sales: 2026-02 Pumps 13; 2026-03 Pumps 8 + Valves 10 = 18. Mean 15.5, STDEV.S
    // sqrt((2.5^2 + 2.5^2) / 1) = sqrt(12.5): CV = sqrt(12.5) / 15.5 = 0.2281 <= 0.25: On target.
    const rows = kpisSheet(
      tinyContext({
        actuals: [
          { family: "Pumps", month: "2026-02", quantity: 13 },
          { family: "Pumps", month: "2026-03", quantity: 8 },
          { family: "Valves", month: "2026-03", quantity: 10 },
        ],
      }),
    ).cells;
    expect([rows[13][2]?.value, rows[13][4]?.value]).toStrictEqual([
      expect.closeTo(Math.sqrt(12.5) / 15.5, 12),
      "On target",
    ]);
  });
});

describe("the KPIs sheet of a context without plan months", () => {
  it("writes the inventory value as 0, cached 0", () => {
    // A cycle always has a plan month (buildContext requires one); the builder still guards the
    // working capital's first plan month: no month, no Finance cell to read.
    const ctx = tinyContext();
    const noPlan: BuildContext = {
      ...ctx,
      inputs: { ...ctx.inputs, plan: [] },
      plan: { ...ctx.plan, totals: { ...ctx.plan.totals, inventoryValue: [] } },
    };
    const rows = kpisSheet(noPlan).cells;
    expect(rows[19]).toStrictEqual([label("Inventory value, end of first plan month"), null, formula("=0", 0, MONEY)]);
  });
});

describe("the KPIs sheet of a horizon longer than a year", () => {
  it("measures inventory turns over the first 12 plan months only, not annualised", () => {
    // 13 plan months (2026-04 to 2027-04, Finance's columns C to O); baselines Pumps 20 and
    // Valves 8 a month; Pumps opens with 100 in stock. Supply (target 0 days): Pumps nothing until
    // the stock is used (100 - 20 a month: 80, 60, 40, 20, 0), then 20 a month; Valves 8.
    // Inventory value (cost 6): 480, 360, 240, 120, then 0: over the first 12 months 1,200,
    // average 100. COGS (28 x 6) 168 a month: 2,016 over 12 months. Turns 2,016 / 100 = 20.16,
    // the 12 months a year: no factor. (The 13th month, inventory 0, would lower the average.)
    const plan13 = (d: number) => ({
      history: [null, null],
      plan: new Array<number>(13).fill(d),
      lower80: new Array<null>(13).fill(null),
      upper80: new Array<null>(13).fill(null),
      method: "given" as const,
    });
    const ctx = buildContext(
      tinyCycle(
        {},
        {
          horizonMonths: 13,
          families: [
            { name: "Pumps", ...fam, openingInventory: 100 },
            { name: "Valves", ...fam },
          ],
        },
      ),
      new Map(),
      { baselines: [plan13(20), plan13(8)] },
    );
    const rows = kpisSheet(ctx).cells;
    expect(rows[7].slice(2, 5)).toStrictEqual([
      formula("=SOP.INVENTORYTURNS(Finance!C7:N7,Finance!C10:N10)", expect.closeTo(20.16, 12) as number, TURNS),
      input("KPIs|target|TURNS", 6, TURNS),
      formula(statusFormula("higher", 8), "On target"),
    ]);
  });
});
