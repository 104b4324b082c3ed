/**
 * The Finance sheet's "Close the gap to budget" table, below revenue accuracy by lag: per family,
 * over the budget months, revenue vs budget (the bridge's), the plan price, the units at that
 * price that would close a shortfall, the family's spare capacity in those months and whether it
 * allows them; then all families (the gap, the units and the spare capacity added up). Rule and
 * cached values: src/core/plan-model/closeTheGap.ts. Native formulas (family f):
 * - gap = the revenue bridge's revenue vs budget; plan price = IF(plan units > 0, plan revenue /
 *   plan units, Families price);
 * - units = IF(AND(ROUND(gap, 6) < 0, price > 0), -gap / price, 0);
 * - spare = SUMPRODUCT(budget-month flags, (capacity - supply > 0) x (capacity - supply)) over the
 *   Supply sheet's capacity and supply plan rows;
 * - allows = "no budget" / "no gap" / "yes" / "partly" / "no".
 */
import {
  CLOSE_GAP_COLS,
  CLOSE_GAP_HEADERS,
  CloseGapCol,
  GapToClose,
  closeTheGap,
} from "../../core/plan-model/closeTheGap";
import { REVENUE_LAGS } from "../../core/plan-model/revenueAccuracy";
import { ALL_FAMILIES } from "../../core/plan-model/gaps";
import { abs, addr, range } from "../a1";
import {
  FIRST_MONTH_COL,
  FIRST_ROW,
  Geometry,
  familyCol,
  financeBridgeRow,
  financeBridgeTotal,
  financeRevenueLagTitle,
  financeTotalRow,
  planCol,
  supplyRow,
} from "../geometry";
import { FMT } from "../formats";
import { SheetGrid } from "../grid";
import { BuildContext } from "./context";
import { bridgeCol } from "./financeBridge";

/** The table's title row: two rows below revenue accuracy by lag's note. */
export const closeGapTitle = (g: Geometry): number => financeRevenueLagTitle(g) + REVENUE_LAGS.length + 4;
/** Row of family f (f = families: the all-families row). */
export const closeGapRow = (g: Geometry, f: number): number => closeGapTitle(g) + 2 + f;
/** Column of a table column (from C, as the bridges). */
export const closeGapCol = (c: CloseGapCol): number => FIRST_MONTH_COL + CLOSE_GAP_COLS.indexOf(c);

const FORMATS: Readonly<Record<CloseGapCol, string | undefined>> = {
  gap: FMT.currency,
  price: FMT.ratio,
  units: FMT.units,
  spare: FMT.units,
  allows: undefined,
};

/** Writes the table into the Finance grid. */
export function closeGapTable(g: SheetGrid, ctx: BuildContext): void {
  const { inputs, plan, geo } = ctx;
  const F = inputs.config.families.length;
  const P = inputs.plan.length;
  const { bridge } = plan.budget;
  const top = closeGapTitle(geo);
  const months = bridge.months.filter((m) => m).length;
  g.value(
    top,
    0,
    `Close the gap to budget over the ${months} budget months: the units at the plan price that would close a revenue shortfall, and the family's spare capacity`,
    "header",
  );
  g.value(top + 1, 0, "Family", "header");
  g.value(top + 1, 1, "Over the budget months", "header");
  CLOSE_GAP_COLS.forEach((c) => g.value(top + 1, closeGapCol(c), CLOSE_GAP_HEADERS[c], "header"));
  const span =
    P > 0
      ? range(financeTotalRow("budgetMonth"), planCol(0), financeTotalRow("budgetMonth"), planCol(P - 1), true)
      : "";
  const lines: GapToClose[] = inputs.config.families.map((fam, f) =>
    closeTheGap(
      bridge.families[f],
      fam.price,
      plan.families[f].supply.capacity,
      plan.families[f].supply.supply,
      bridge.months,
    ),
  );
  lines.forEach((line, f) => {
    const r = closeGapRow(geo, f);
    const at = (c: CloseGapCol): string => addr(r, closeGapCol(c));
    const R = (c: Parameters<typeof bridgeCol>[1]): string =>
      addr(financeBridgeRow(geo, "revenue", f), bridgeCol("revenue", c));
    const supplyOf = (row: "capacity" | "supply"): string =>
      `Supply!${range(supplyRow(f, row), planCol(0), supplyRow(f, row), planCol(P - 1))}`;
    const headroom = `(${supplyOf("capacity")}-${supplyOf("supply")})`;
    const formulas: Readonly<Record<CloseGapCol, string>> = {
      gap: `=${R("revenueVsBudget")}`,
      price: `=IF(${R("planUnits")}>0,${R("planRevenue")}/${R("planUnits")},Families!${abs(FIRST_ROW + f, familyCol("price"))})`,
      units: `=IF(AND(ROUND(${at("gap")},6)<0,${at("price")}>0),-${at("gap")}/${at("price")},0)`,
      spare: P > 0 ? `=SUMPRODUCT(${span},(${headroom}>0)*${headroom})` : "=0",
      allows:
        P > 0
          ? `=IF(SUM(${span})=0,"no budget",IF(ROUND(${at("gap")},6)>=0,"no gap",IF(AND(${at("price")}>0,ROUND(${at("units")}-${at("spare")},6)<=0),"yes",IF(AND(${at("price")}>0,${at("spare")}>0),"partly","no"))))`
          : `="no budget"`,
    };
    g.value(r, 0, inputs.config.families[f].name, "label");
    g.value(r, 1, "", "label");
    for (const c of CLOSE_GAP_COLS) g.formula(r, closeGapCol(c), formulas[c], line[c], FORMATS[c]);
  });
  const t = closeGapRow(geo, F);
  const sum = (c: CloseGapCol): string =>
    F > 0 ? `=SUM(${range(closeGapRow(geo, 0), closeGapCol(c), closeGapRow(geo, F - 1), closeGapCol(c))})` : "=0";
  const add = (c: "units" | "spare"): number => lines.reduce((s, l) => s + l[c], 0);
  g.value(t, 0, ALL_FAMILIES, "total");
  g.value(t, 1, "", "total");
  g.formula(
    t,
    closeGapCol("gap"),
    `=${addr(financeBridgeTotal(geo, "revenue"), bridgeCol("revenue", "revenueVsBudget"))}`,
    bridge.total.revenueVsBudget,
    FMT.currency,
    "total",
  );
  g.formula(t, closeGapCol("units"), sum("units"), add("units"), FMT.units, "total");
  g.formula(t, closeGapCol("spare"), sum("spare"), add("spare"), FMT.units, "total");
  g.value(
    t + 1,
    0,
    "Units to close = the shortfall of plan revenue to budget / the plan price (plan revenue / plan units over the budget months). Spare capacity = the family's own capacity less its supply plan in the budget months (not its resources'); yes = the units fit, partly = some room, no = none. Selling them is the decision: the plan does not assume it.",
    "note",
  );
}
