/**
 * The KPIs' 12-cycle trend (src/layout/sheets/kpisTrend.ts) on a hand-made grid, no workbook
 * built: each header, formula, cached value, input key and number format at its address, worked
 * out by hand.
 *
 * The KPI table's rows start at Excel row 5 (ACCURACY 5, BIAS 6, PLANADHERENCE 7, TURNS 8 ...
 * TRACKING 17: the 13 KPIs in their order); its header row is 4. The trend sits from column L:
 * the sparkline (L), cycles recorded (M), low (N), high (O), then the 11 cycle months before
 * 2026-04 (2025-05 in P to 2026-03 in Z) and this cycle (AA). This cycle's value column is F
 * (column index 5) in these tests.
 *
 * The sparkline's bars: U+2581 + ROUND((v - low) / (high - low) x 7), "·" where not recorded, all
 * at U+2584 when low = high. ACCURACY: 0.75 in 2025-05, 0.375 in 2025-10, 0.25 in 2026-03 and
 * 0.5 this cycle: low 0.25, high 0.75, so 0.75 -> 7 (█), 0.375 -> 0.25 x 7 = 1.75 -> 2 (▃),
 * 0.25 -> 0 (▁), 0.5 -> 3.5 -> 4 (▅). BIAS: only this cycle's 0.1, low = high, so one ▄.
 * PLANADHERENCE (and every later KPI): nothing recorded, twelve "·", count 0, low and high blank.
 */
import { SheetGrid } from "../../../src/layout/grid";
import { TREND_WIDTHS, kpiTrend, kpiTrendName } from "../../../src/layout/sheets/kpisTrend";
import type { Cell } from "../../../src/layout/types";
import { formula, header, input } from "../support/cells";

/** P to Z: the 11 cycle months before 2026-04, oldest first; AA this cycle. */
const MONTH_COLS = ["P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"];
const MONTHS = [
  "2025-05",
  "2025-06",
  "2025-07",
  "2025-08",
  "2025-09",
  "2025-10",
  "2025-11",
  "2025-12",
  "2026-01",
  "2026-02",
  "2026-03",
];
const KPIS = [
  "ACCURACY",
  "BIAS",
  "PLANADHERENCE",
  "TURNS",
  "SERVICE",
  "OTIF",
  "UTILIZATION",
  "REVENUE",
  "WORKINGCAPITAL",
  "VOLATILITY",
  "SCHEDULE",
  "CLOSURE",
  "TRACKING",
];
/** The number format of each KPI's unit: % "0.0%", ratio "0.00", x '0.0"x"', currency "#,##0". */
const FORMATS = [
  "0.0%",
  "0.0%",
  "0.00",
  '0.0"x"',
  "0.0%",
  "0.0%",
  "0.0%",
  "0.00",
  "#,##0",
  "0.0%",
  "0.0%",
  "0.0%",
  "0.00",
];

const RECORDED: Readonly<Record<string, number>> = {
  "ACCURACY|2025-05": 0.75,
  "ACCURACY|2025-10": 0.375,
  "ACCURACY|2026-03": 0.25,
};
const THIS_CYCLE: Readonly<Record<string, number>> = { ACCURACY: 0.5, BIAS: 0.1 };

/** One bar of row `r`'s sparkline for the value cell `v`: low in N, high in O. */
const bar = (v: string, r: number): string =>
  `IF(ISNUMBER(${v}${r}),UNICHAR(9601+IF(O${r}>N${r},ROUND((${v}${r}-N${r})/(O${r}-N${r})*7,0),3)),"·")`;
const sparklineFormula = (r: number): string => `=${[...MONTH_COLS, "AA"].map((c) => bar(c, r)).join("&")}`;

/** Row `r` (Excel) of KPI `k` (0-based): the trend from L, with the month values and this cycle's. */
function trendRow(
  k: number,
  sparkline: string,
  low: number | "",
  high: number | "",
  count: number,
  months: ReadonlyArray<number | null>,
  thisCycle: number | "",
): Array<Cell | null> {
  const r = 5 + k;
  const id = KPIS[k];
  const fmt = FORMATS[k];
  return [
    ...new Array<null>(11).fill(null),
    { formula: sparklineFormula(r), value: sparkline, style: "formula" },
    formula(`=COUNT(P${r}:AA${r})`, count, "0"),
    formula(`=IF(M${r}>0,MIN(P${r}:AA${r}),"")`, low, fmt),
    formula(`=IF(M${r}>0,MAX(P${r}:AA${r}),"")`, high, fmt),
    ...MONTHS.map((m, i) => input(`KPIs|trend|${id}|${m}`, months[i], fmt)),
    formula(`=IF(ISNUMBER(F${r}),F${r},"")`, thisCycle, fmt),
  ];
}

describe("the KPIs' 12-cycle trend", () => {
  let rows: ReadonlyArray<ReadonlyArray<Cell | null>>;
  beforeEach(() => {
    const g = new SheetGrid("KPIs");
    kpiTrend(
      g,
      "2026-04",
      5,
      (id) => THIS_CYCLE[id] ?? null,
      (id, month) => RECORDED[`${id}|${month}`] ?? null,
    );
    rows = g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells;
  });

  it("heads the 16 columns from L on the KPI table's header row, the 11 earlier months by name", () => {
    expect(rows.slice(0, 4)).toStrictEqual([
      [],
      [],
      [],
      [
        ...new Array<null>(11).fill(null),
        header("Trend (12 cycles)"),
        header("Cycles recorded"),
        header("Low"),
        header("High"),
        ...MONTHS.map(header),
        header("This cycle"),
      ],
    ]);
  });

  it("writes the sparkline, count, low and high of a KPI with values recorded, each month an input", () => {
    const none = new Array<null>(4).fill(null);
    const row = trendRow(0, "█····▃····▁▅", 0.25, 0.75, 4, [0.75, ...none, 0.375, ...none, 0.25], 0.5);
    // The sparkline's formula: its first and last bars written out in full (the helper builds the same).
    const bars = (row[11] as { formula: string }).formula.split("&");
    expect(bars).toHaveLength(12);
    expect(bars[0]).toBe('=IF(ISNUMBER(P5),UNICHAR(9601+IF(O5>N5,ROUND((P5-N5)/(O5-N5)*7,0),3)),"·")');
    expect(bars[11]).toBe('IF(ISNUMBER(AA5),UNICHAR(9601+IF(O5>N5,ROUND((AA5-N5)/(O5-N5)*7,0),3)),"·")');
    expect(rows[4]).toStrictEqual(row);
  });

  it("draws one middle bar when low = high (only this cycle's value), and the count 1", () => {
    expect(rows[5]).toStrictEqual(trendRow(1, "···········▄", 0.1, 0.1, 1, new Array<null>(11).fill(null), 0.1));
  });

  it("leaves low, high and this cycle blank and draws twelve dots for a KPI with nothing recorded", () => {
    expect(rows).toHaveLength(17);
    for (let k = 2; k < 13; k++) {
      expect(rows[4 + k]).toStrictEqual(trendRow(k, "············", "", "", 0, new Array<null>(11).fill(null), ""));
    }
  });
});

describe("the trend's name and widths", () => {
  it("names the 16 columns L:AA of the 13 KPI rows, 5 to 17", () => {
    expect(kpiTrendName()).toStrictEqual({ name: "SOP_KPITrend", ref: "KPIs!$L$5:$AA$17" });
  });

  it("gives the sparkline 17 characters and every other trend column 10", () => {
    expect(TREND_WIDTHS).toStrictEqual([17, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
  });
});
