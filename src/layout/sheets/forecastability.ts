/**
 * The Demand sheet's "Forecastability and bias by family" table, below the summaries: per
 * family the revenue of the last 12 history months, its ABC class, the coefficient of variation
 * of its sales and XYZ class, and the tracking signal of its consensus with the bias exception
 * (|TS| > 4). Definitions, window and thresholds: src/core/plan-model/forecastability.ts; the
 * cached values come from there, the formulas compute the same on the sheet.
 */
import {
  ABC_LIMITS,
  BIAS_LIMIT,
  XYZ_LIMITS,
  abcClasses,
  biasFlag,
  biasLine as biasLineText,
  biasScore,
  coefficientOfVariation,
  familyTrackingSignal,
  forecastabilityWindow,
  windowRevenue,
  xyzClass,
} from "../../core/plan-model/forecastability";
import { isSopError } from "../../core/errors";
import { abs, addr, range } from "../a1";
import {
  FIRST_ROW,
  GAP_BIAS_ROW,
  actualSummaryRow,
  demandCol,
  demandRow,
  familyCol,
  forecastabilityRow,
  forecastabilityTitle,
} from "../geometry";
import { FMT } from "../formats";
import { SheetGrid } from "../grid";
import { BuildContext } from "./context";

export const FORECASTABILITY_HEADERS = [
  "Family",
  "Revenue, last 12 months",
  "ABC",
  "Coefficient of variation",
  "XYZ",
  "Tracking signal",
  "Bias exception",
  "|Tracking signal| if flagged",
] as const;

/** Writes the table into the Demand grid. */
export function forecastabilityTable(g: SheetGrid, ctx: BuildContext): void {
  const { inputs, plan, geo } = ctx;
  const families = inputs.config.families;
  const H = inputs.history.length;
  const top = forecastabilityTitle(geo);
  const window = forecastabilityWindow(inputs.history);
  g.value(
    top,
    0,
    `Forecastability and bias by family, last ${window.length} history months${window.length > 0 ? ` (${window[0]} to ${window[window.length - 1]})` : ""}`,
    "header",
  );
  FORECASTABILITY_HEADERS.forEach((h, c) => g.value(top + 1, c, h, "header"));
  const first = demandCol(H - window.length);
  const last = demandCol(H - 1);
  const revenues = families.map((fam, f) => windowRevenue(inputs.actuals[f], fam.price));
  const abc = abcClasses(revenues);
  const rev = (f: number): string => addr(forecastabilityRow(geo, f), 1);
  const revAll = range(
    forecastabilityRow(geo, 0),
    1,
    forecastabilityRow(geo, Math.max(families.length, 1) - 1),
    1,
    true,
  );
  families.forEach((fam, f) => {
    const r = forecastabilityRow(geo, f);
    g.value(r, 0, fam.name, "label");
    if (window.length === 0) return;
    const actuals = range(actualSummaryRow(geo, f), first, actualSummaryRow(geo, f), last);
    const price = `Families!${abs(FIRST_ROW + f, familyCol("price"))}`;
    g.formula(r, 1, `=SUM(${actuals})*${price}`, revenues[f], FMT.currency);
    const above = `SUMIF(${revAll},">"&${rev(f)})/SUM(${revAll})`;
    g.formula(
      r,
      2,
      `=IF(SUM(${revAll})<=0,"",IF(${above}<${ABC_LIMITS.A},"A",IF(${above}<${ABC_LIMITS.B},"B","C")))`,
      abc[f],
    );
    const cv = coefficientOfVariation(inputs.actuals[f]);
    const mean = `(SUM(${actuals})/COUNT(${actuals}))`;
    g.formula(
      r,
      3,
      // Population SD / mean in the functions every engine has: mean = SUM / COUNT,
      // variance = SUMPRODUCT(x, x) / COUNT - mean^2 (a tiny negative from rounding read as 0).
      `=IF(COUNT(${actuals})=0,"",IF(${mean}<=0,"",MAX(0,SUMPRODUCT(${actuals},${actuals})/COUNT(${actuals})-${mean}^2)^0.5/${mean}))`,
      cv ?? "",
      "0.00",
    );
    const cvCell = addr(r, 3);
    g.formula(
      r,
      4,
      `=IF(ISNUMBER(${cvCell}),IF(${cvCell}<${XYZ_LIMITS.X},"X",IF(${cvCell}<${XYZ_LIMITS.Y},"Y","Z")),"")`,
      xyzClass(cv),
    );
    const ts = familyTrackingSignal(plan.families[f].demand.actual, plan.families[f].demand.consensusHistory);
    // SOP.TRACKINGSIGNAL in native functions (only the KPIs sheet calls the add-in's functions),
    // over the family's diff row (actual - consensus, "" unless both are there):
    // sum(e) x n / sum|e|, sum|e| = SUMIF(e > 0) - SUMIF(e < 0).
    const d = range(demandRow(f, "diff"), first, demandRow(f, "diff"), last);
    const sumAbs = `(SUMIF(${d},">0")-SUMIF(${d},"<0"))`;
    g.formula(
      r,
      5,
      `=IF(${sumAbs}=0,"",SUM(${d})*COUNT(${d})/${sumAbs})`,
      isSopError(ts) ? "" : ts,
      "+0.00;-0.00;0.00",
    );
    const tsCell = addr(r, 5);
    g.formula(
      r,
      6,
      `=IF(ISNUMBER(${tsCell}),IF(${tsCell}>${BIAS_LIMIT},"Under-forecast",IF(${tsCell}<-${BIAS_LIMIT},"Over-forecast","")),"")`,
      biasFlag(ts),
    );
    g.formula(r, 7, `=IF(${addr(r, 6)}<>"",ABS(${tsCell}),0)`, biasScore(ts), "0.00");
  });
  g.value(
    forecastabilityRow(geo, Math.max(families.length, 1)),
    0,
    `ABC: revenue = actual sales x price; A while the families ranked above hold under ${ABC_LIMITS.A * 100} % of all revenue, B under ${ABC_LIMITS.B * 100} %, C otherwise. XYZ: standard deviation / mean of actual sales, X under ${XYZ_LIMITS.X}, Y under ${XYZ_LIMITS.Y}, Z otherwise. Tracking signal: sum(actual - consensus) / mean |actual - consensus| over the months with both; positive = under-forecast; beyond +-${BIAS_LIMIT} the family is biased (Gaps, deck decisions).`,
    "note",
  );
}

/**
 * The Gaps sheet's bias line, above the ranked agenda: how many families are flagged on the
 * Demand table and the most biased one (largest |tracking signal|, the first on a tie).
 */
export function biasLine(g: SheetGrid, ctx: BuildContext): void {
  const { inputs, plan, geo } = ctx;
  const F = inputs.config.families.length;
  const col = (c: number): string =>
    `Demand!${range(forecastabilityRow(geo, 0), c, forecastabilityRow(geo, Math.max(F, 1) - 1), c, true)}`;
  const ts = plan.families.map((fp) => familyTrackingSignal(fp.demand.actual, fp.demand.consensusHistory));
  const line = biasLineText(
    inputs.config.families.map((f) => f.name),
    ts,
  );
  g.value(GAP_BIAS_ROW, 0, `Bias exceptions: families with |tracking signal| above ${BIAS_LIMIT} (Demand)`, "header");
  const count = addr(GAP_BIAS_ROW, 1);
  g.formula(GAP_BIAS_ROW, 1, `=SUMPRODUCT((${col(6)}<>"")*1)`, line.count, "0", "total");
  const at = (c: number): string => `INDEX(${col(c)},MATCH(MAX(${col(7)}),${col(7)},0))`;
  g.formula(
    GAP_BIAS_ROW,
    3,
    `=IF(${count}=0,"none",IF(${count}=1,"","largest: ")&${at(0)}&" ("&${at(6)}&", tracking signal "&ROUND(${at(5)},1)&")")`,
    line.text,
  );
}
