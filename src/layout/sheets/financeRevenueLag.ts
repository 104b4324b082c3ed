/**
 * The Finance sheet's "Revenue accuracy by lag" table, below the budget bridges: per lag 1..3,
 * over the Plan archive's rows with an actual and a consensus (all families), the actual revenue,
 * the planned revenue (consensus x price), the absolute revenue error, WAPE and bias. Definitions
 * and the price used: src/core/plan-model/revenueAccuracy.ts (the cached values). Native formulas
 * over the archive's revenue columns (lag k, row r):
 * - plans = SUMPRODUCT((SOP_ArchiveLag = k) x ISNUMBER(SOP_ArchiveRevenueError));
 * - actual revenue = SUMIFS(SOP_ArchiveActualRevenue, SOP_ArchiveLag, k); planned = actual -
 *   SUMIFS(SOP_ArchiveRevenueError, SOP_ArchiveLag, k);
 * - absolute error = SUMIFS(error, lag, k, error, ">0") - SUMIFS(error, lag, k, error, "<0"), and
 *   |actual| the same way;
 * - WAPE = absolute error / |actual|; bias = (planned - actual) / ABS(actual); "no data" where no
 *   plan is measured or there is nothing to divide by.
 */
import { NO_DATA, REVENUE_LAG_COLS, REVENUE_LAG_HEADERS, RevenueLagCol } from "../../core/plan-model/revenueAccuracy";
import { addr } from "../a1";
import { financeRevenueLagTitle } from "../geometry";
import { FMT } from "../formats";
import { SheetGrid } from "../grid";
import { NAMES } from "../names";
import { BuildContext } from "./context";

/** Column of a table column (A holds the lag). */
export const revenueLagCol = (c: RevenueLagCol): number => 1 + REVENUE_LAG_COLS.indexOf(c);
/** Row of the i-th lag. */
export const revenueLagRow = (ctx: Pick<BuildContext, "geo">, i: number): number =>
  financeRevenueLagTitle(ctx.geo) + 2 + i;

const FORMATS: Readonly<Record<RevenueLagCol, string>> = {
  plans: "0",
  actual: FMT.currency,
  planned: FMT.currency,
  absError: FMT.currency,
  wape: FMT.percent,
  bias: FMT.percent,
};

/** Writes the table into the Finance grid. */
export function revenueLagTable(g: SheetGrid, ctx: BuildContext): void {
  const top = financeRevenueLagTitle(ctx.geo);
  const { archiveLag: lagCol, archiveActualRevenue: act, archiveRevenueError: err } = NAMES;
  g.value(
    top,
    0,
    "Revenue accuracy by lag: the archived consensus x price against actual revenue (from the Plan archive, all families)",
    "header",
  );
  g.value(top + 1, 0, "Lag", "header");
  REVENUE_LAG_COLS.forEach((c) => g.value(top + 1, revenueLagCol(c), REVENUE_LAG_HEADERS[c], "header"));
  ctx.plan.revenueAccuracy.forEach((line, i) => {
    const r = revenueLagRow(ctx, i);
    const k = line.lag;
    const at = (c: RevenueLagCol): string => addr(r, revenueLagCol(c));
    const sumIfs = (col: string, extra = ""): string => `SUMIFS(${col},${lagCol},${k}${extra})`;
    const absSum = (col: string): string => `(${sumIfs(col, `,${col},">0"`)}-${sumIfs(col, `,${col},"<0"`)})`;
    const none = `${at("plans")}=0`;
    const formulas: Readonly<Record<RevenueLagCol, string>> = {
      plans: `=SUMPRODUCT((${lagCol}=${k})*ISNUMBER(${err}))`,
      actual: `=IF(${none},"",${sumIfs(act)})`,
      planned: `=IF(${none},"",${at("actual")}-${sumIfs(err)})`,
      absError: `=IF(${none},"",${absSum(err)})`,
      wape: `=IF(OR(${none},${absSum(act)}=0),"${NO_DATA}",${at("absError")}/${absSum(act)})`,
      bias: `=IF(OR(${none},${at("actual")}=0),"${NO_DATA}",(${at("planned")}-${at("actual")})/ABS(${at("actual")}))`,
    };
    g.value(r, 0, `Lag ${k}`, "label");
    for (const c of REVENUE_LAG_COLS) g.formula(r, revenueLagCol(c), formulas[c], line[c], FORMATS[c]);
  });
  g.value(
    revenueLagRow(ctx, ctx.plan.revenueAccuracy.length),
    0,
    `Over the archived plans with an actual and a consensus: lag 1 = planned in the month's own cycle, lag 3 = two cycles before. Price = the family's Families price (the Prices sheet holds plan months only; Finance's revenue history uses the same). WAPE = sum|actual - planned revenue| / sum|actual revenue|; bias = (planned - actual) / |actual|, positive = over-forecast. "${NO_DATA}" = nothing archived at that lag has an actual yet.`,
    "note",
  );
}
