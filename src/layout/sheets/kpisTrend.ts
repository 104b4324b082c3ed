/**
 * The KPIs' 12-cycle trend, beside the KPI table on the same rows (columns L onwards):
 * - the sparkline (one block character per cycle, "·" where no value is recorded: a native
 *   UNICHAR / ROUND formula, src/core/plan-model/kpiTrend.ts), how many of the 12 cycles have a
 *   value, and the lowest and highest of them;
 * - the KPI's value in each of the 11 cycle months before this one (input cells: filled when the
 *   next cycle month is scaffolded, typed, or from kpi_history.csv; blank = not recorded);
 * - this cycle's value (the Value column, when it is a number).
 * The SOP_KPITrend name covers these 16 columns of the KPI rows.
 */
import { KPI_DEFS } from "../../core/plan-model/kpis";
import { TREND_CYCLES, TREND_FIRST_BAR, TREND_MISSING, sparkline, trendMonths } from "../../core/plan-model/kpiTrend";
import { addr, range } from "../a1";
import { FIRST_ROW, HEADER_ROW } from "../geometry";
import { KPI_FORMAT } from "../formats";
import { SheetGrid } from "../grid";
import { keys } from "../keys";
import { NAMES } from "../names";
import { NamedRange } from "../types";

/** The trend's first column (L), right of the KPI table's Definition. */
export const TREND_COL = 11;
export const TREND_HEADERS = ["Trend (12 cycles)", "Cycles recorded", "Low", "High"] as const;
/** The header of this cycle's column (not a month: it is no input). */
export const THIS_CYCLE = "This cycle";
const FIRST_VALUE_COL = TREND_COL + TREND_HEADERS.length;
const LAST_COL = FIRST_VALUE_COL + TREND_CYCLES - 1;
/** Column widths from L: the sparkline, the count, low and high, the 12 values. */
export const TREND_WIDTHS: ReadonlyArray<number> = [17, 10, 10, 10, ...new Array<number>(TREND_CYCLES).fill(10)];

/** The SOP_KPITrend name: K rows x 16 (sparkline, cycles recorded, low, high, 12 values oldest first). */
export function kpiTrendName(): NamedRange {
  return {
    name: NAMES.kpiTrend,
    ref: `KPIs!${range(FIRST_ROW, TREND_COL, FIRST_ROW + KPI_DEFS.length - 1, LAST_COL, true)}`,
  };
}

/** The sparkline formula of row `r`: one UNICHAR bar per value cell, "·" where it is not a number. */
function sparklineFormula(r: number): string {
  const [low, high] = [addr(r, TREND_COL + 2), addr(r, TREND_COL + 3)];
  const terms = Array.from({ length: TREND_CYCLES }, (_, i) => {
    const v = addr(r, FIRST_VALUE_COL + i);
    return `IF(ISNUMBER(${v}),UNICHAR(${TREND_FIRST_BAR}+IF(${high}>${low},ROUND((${v}-${low})/(${high}-${low})*7,0),3)),"${TREND_MISSING}")`;
  });
  return `=${terms.join("&")}`;
}

/**
 * Writes the trend columns: `cycleMonth` names the months, `value(id)` is this cycle's value of
 * a KPI (null when it is not a number), `recorded(id, month)` its earlier values, `valueCol` the
 * KPI table's Value column.
 */
export function kpiTrend(
  g: SheetGrid,
  cycleMonth: string,
  valueCol: number,
  value: (id: string) => number | null,
  recorded: (id: string, month: string) => number | null,
): void {
  const months = trendMonths(cycleMonth);
  [...TREND_HEADERS, ...months, THIS_CYCLE].forEach((h, i) => g.value(HEADER_ROW, TREND_COL + i, h, "header"));
  KPI_DEFS.forEach((d, k) => {
    const r = FIRST_ROW + k;
    const fmt = KPI_FORMAT[d.unit];
    const values = [...months.map((m) => recorded(d.id, m)), value(d.id)];
    const known = values.filter((v): v is number => v !== null);
    const span = range(r, FIRST_VALUE_COL, r, LAST_COL);
    const count = addr(r, TREND_COL + 1);
    g.formula(r, TREND_COL, sparklineFormula(r), sparkline(values));
    g.formula(r, TREND_COL + 1, `=COUNT(${span})`, known.length, "0");
    g.formula(r, TREND_COL + 2, `=IF(${count}>0,MIN(${span}),"")`, known.length > 0 ? Math.min(...known) : null, fmt);
    g.formula(r, TREND_COL + 3, `=IF(${count}>0,MAX(${span}),"")`, known.length > 0 ? Math.max(...known) : null, fmt);
    months.forEach((m, i) => g.input(r, FIRST_VALUE_COL + i, keys.kpiTrend(d.id, m), values[i], fmt));
    const v = addr(r, valueCol);
    g.formula(r, LAST_COL, `=IF(ISNUMBER(${v}),${v},"")`, values[TREND_CYCLES - 1], fmt);
  });
}
