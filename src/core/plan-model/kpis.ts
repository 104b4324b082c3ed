/**
 * The S&OP KPIs, each declared once: label, category, unit, direction and band, default target,
 * definition, and the `SOP.*` call that computes it over the workbook's ranges. From one entry:
 * - the KPIs sheet's formula text (`kpiFormula`, addresses supplied by the layout),
 * - its cached value (`kpiValue`: the same `SOP.*` declaration evaluated on the same ranges'
 *   values, so the cached value equals what Excel shows),
 * - its status rule (`kpiStatus`, and the sheet's IF formula in src/layout/sheets/kpis.ts),
 * - the deck's status and formats (src/deck/kpis.ts looks the KPI up by its label).
 */
import { Result, isSopError } from "../errors";
import {
  CAPACITYUTILIZATION,
  DECISIONCLOSURE,
  DEMANDVOLATILITY,
  FORECASTACCURACY,
  FORECASTBIAS,
  FVA,
  INVENTORYTURNS,
  OTIF,
  PLANADHERENCE,
  REVENUEVSPLAN,
  SCHEDULEADHERENCE,
  SERVICELEVEL,
  TRACKINGSIGNAL,
  WORKINGCAPITAL,
} from "../sop";
import { KpiExpr, KpiRefs, KpiValues, call, evaluateExpr, exprFormula, omit, r, word } from "./kpiExpr";

export type { KpiArg, KpiExpr, KpiRange, KpiRefs, KpiScalar, KpiValues } from "./kpiExpr";
export { NO_DATA, evaluateExpr, exprFormula, isNoData, noData } from "./kpiExpr";

export type KpiCategory = "Process health" | "Plan quality" | "Business impact";
/** How the status reads the value against the target and the watch band b. */
export type KpiRule = "higher" | "lower" | "band";
export type KpiUnit = "%" | "x" | "currency" | "ratio";

export interface KpiDef {
  /** Stable id: input keys (targets, bands, previous values) and kpis.csv use it. */
  readonly id: string;
  /** The label on the KPIs sheet and in the deck. */
  readonly name: string;
  readonly category: KpiCategory;
  readonly unit: KpiUnit;
  readonly rule: KpiRule;
  /** Default target and watch band (inputs on the KPIs sheet). */
  readonly target: number;
  readonly band: number;
  readonly definition: string;
  /** The months (or records) the value covers, as the deck and the KPIs sheet state it. */
  readonly period: string;
  readonly expr: KpiExpr;
  /** Turns-like KPIs over fewer than 12 months are annualised (x 12 / months). */
  readonly annualise?: boolean;
}

const orderColumns = [r("orderIds"), r("promised"), r("delivered")];

/** The twelve seed KPIs in the seed article's order, then the tracking signal. Targets and bands are starting values (inputs). */
export const KPI_DEFS: ReadonlyArray<KpiDef> = [
  {
    id: "ACCURACY",
    name: "Forecast accuracy",
    category: "Plan quality",
    unit: "%",
    rule: "higher",
    target: 0.8,
    band: 0.05,
    period: "all history months",
    definition: "1 - WAPE of consensus vs actual sales over the history months with a lag-1 consensus",
    expr: call(FORECASTACCURACY, r("actuals"), r("consensusHistory")),
  },
  {
    id: "BIAS",
    name: "Forecast bias",
    category: "Plan quality",
    unit: "%",
    rule: "band",
    target: 0,
    band: 0.05,
    period: "all history months",
    definition: "sum(F - A) / sum(A); positive = over-forecast",
    expr: call(FORECASTBIAS, r("actuals"), r("consensusHistory")),
  },
  {
    id: "PLANADHERENCE",
    name: "Plan adherence",
    category: "Plan quality",
    unit: "ratio",
    rule: "band",
    target: 1,
    band: 0.05,
    period: "months with actual and planned production",
    definition:
      "actual production / planned production (what each month's own cycle planned, lag 1) over the history months with both (1 = on plan)",
    // Actual output / planned output (the standard definition): production, not sales. Without
    // production actuals or a production plan for the history months it says "no data".
    expr: {
      needs: ["productionActual", "productionPlanned"],
      partial: true,
      missing:
        "production actuals: type Actual production and Planned production (lag 1) on the Production sheet (or quantity and planned in production_actuals.csv); planned production fills in from the Supply sheet when the next cycle is scaffolded",
      then: call(PLANADHERENCE, r("productionActual"), r("productionPlanned")),
    },
  },
  {
    id: "TURNS",
    name: "Inventory turns",
    category: "Business impact",
    unit: "x",
    rule: "higher",
    target: 6,
    band: 1,
    period: "next 12 plan months (or the horizon), annualised",
    definition: "planned COGS / average inventory value over the next 12 plan months (annualised)",
    expr: call(INVENTORYTURNS, r("cogs"), r("inventoryValue")),
    annualise: true,
  },
  {
    id: "SERVICE",
    name: "Customer service level",
    category: "Business impact",
    unit: "%",
    rule: "higher",
    target: 0.95,
    band: 0.03,
    period: "orders due by the cycle month",
    definition: "orders delivered on time / all orders (Orders sheet)",
    expr: call(SERVICELEVEL, ...orderColumns, omit, omit, omit, omit, omit, { scalar: "cycleMonth" }),
  },
  {
    id: "OTIF",
    name: "OTIF",
    category: "Business impact",
    unit: "%",
    rule: "higher",
    target: 0.9,
    band: 0.05,
    period: "orders due by the cycle month",
    definition: "orders with every line on time and in full / all orders",
    expr: call(OTIF, ...orderColumns, r("qtyOrdered"), r("qtyDelivered"), omit, omit, { scalar: "cycleMonth" }),
  },
  {
    id: "UTILIZATION",
    name: "Capacity utilization",
    category: "Business impact",
    unit: "%",
    rule: "band",
    target: 0.85,
    band: 0.1,
    period: "all plan months (the horizon)",
    definition: "planned supply / available capacity over the horizon",
    expr: call(CAPACITYUTILIZATION, r("supply"), r("capacity")),
  },
  {
    id: "REVENUE",
    name: "Revenue vs plan",
    category: "Business impact",
    unit: "ratio",
    rule: "higher",
    target: 1,
    band: 0.03,
    period: "all history months",
    definition: "actual revenue / planned (consensus x price) revenue over the history months",
    expr: call(REVENUEVSPLAN, r("actualRevenue"), r("plannedRevenue")),
  },
  {
    id: "WORKINGCAPITAL",
    name: "Working capital",
    category: "Business impact",
    unit: "currency",
    rule: "lower",
    target: 0,
    band: 0,
    period: "the first plan month (a point in time)",
    definition: "inventory value (first plan month) + receivables - payables",
    // Receivables and payables are inputs: without them the KPI says "no data", not a guess.
    expr: {
      needs: ["assets", "liabilities"],
      missing:
        "type Trade receivables and Trade payables on the KPIs sheet (or receivables and payables in settings.csv)",
      then: call(WORKINGCAPITAL, r("assets"), r("liabilities")),
    },
  },
  {
    id: "VOLATILITY",
    name: "Demand volatility",
    category: "Plan quality",
    unit: "%",
    rule: "lower",
    target: 0.25,
    band: 0.05,
    period: "plan vs last cycle's plan; first cycle: history",
    definition:
      "forecast change between cycles: sum|consensus - previous cycle's consensus| / sum previous, same months; before a previous cycle exists, CV (STDEV.S / mean) of total monthly actual sales",
    // With last cycle's consensus: the forecast change between the two cycles over the same
    // months; without it (the first cycle): the coefficient of variation of actual sales.
    expr: {
      ifNoNumbers: "previousConsensus",
      then: call(DEMANDVOLATILITY, r("totalActual"), omit, word("CV")),
      else: call(DEMANDVOLATILITY, r("consensusPlan"), r("previousConsensus")),
    },
  },
  {
    id: "SCHEDULE",
    name: "Schedule adherence",
    category: "Process health",
    unit: "%",
    rule: "higher",
    target: 0.95,
    band: 0.03,
    period: "due order lines, and lines shipped early in full",
    definition:
      "sum(min(delivered, ordered)) / sum(ordered) over the order lines as scheduled jobs; an open line promised on or after the cycle month is not yet due and is left out",
    expr: call(SCHEDULEADHERENCE, r("qtyDelivered"), r("qtyOrdered"), r("promised"), { scalar: "cycleMonth" }),
  },
  {
    id: "CLOSURE",
    name: "Meeting decision closure",
    category: "Process health",
    unit: "%",
    rule: "higher",
    target: 0.8,
    band: 0.1,
    period: "all logged actions",
    definition: "closed actions / all actions (Actions sheet)",
    expr: call(DECISIONCLOSURE, r("statuses")),
  },
  {
    id: "TRACKING",
    name: "Tracking signal",
    category: "Plan quality",
    unit: "ratio",
    rule: "band",
    target: 0,
    band: 4,
    period: "all history months",
    definition:
      "sum(A - F) / mean|A - F| of consensus vs actual sales over the history months; positive = under-forecast, beyond +-4 the plan is biased",
    expr: call(TRACKINGSIGNAL, r("actuals"), r("consensusHistory")),
  },
];

/** The KPI a label names (the deck reads labels from the workbook), or undefined. */
export function kpiNamed(label: string): KpiDef | undefined {
  const l = label.trim().toLowerCase();
  return KPI_DEFS.find((d) => d.name.toLowerCase() === l);
}

/** Forecast value added of the consensus over the statistical baseline (the line under the KPI table). */
export const FVA_EXPR: KpiExpr = call(FVA, r("actuals"), r("consensusHistory"), r("baselineHistory"));

/** The KPI's cell formula (`values` gives the sizes of the inputs a KPI needs). */
export function kpiFormula(d: KpiDef, refs: KpiRefs, values?: KpiValues): string {
  const factor = d.annualise && refs.annualMonths < 12 ? `*12/${refs.annualMonths}` : "";
  return `=${exprFormula(d.expr, refs, values)}${factor}`;
}

/** What a KPI needs that the workbook may lack, in words ("type Trade receivables..."); null when it needs nothing typed. */
export function kpiMissingInput(d: KpiDef): string | null {
  return "needs" in d.expr ? d.expr.missing : null;
}

/** The KPI's value, as its formula computes it. */
export function kpiValue(d: KpiDef, v: KpiValues): Result<number> {
  const x = evaluateExpr(d.expr, v);
  if (isSopError(x) || !d.annualise || v.annualMonths >= 12) return x;
  return (x * 12) / v.annualMonths;
}

export type KpiStatus = "On target" | "Watch" | "Off target" | "n/a";

/** The status the sheet's IF formula shows: see `KpiRule`. A value that is not a number -> "n/a". */
export function kpiStatus(rule: KpiRule, value: Result<number>, target: number, band: number): KpiStatus {
  if (isSopError(value)) return "n/a";
  switch (rule) {
    case "higher":
      return value >= target ? "On target" : value >= target - band ? "Watch" : "Off target";
    case "lower":
      return value <= target ? "On target" : value <= target + band ? "Watch" : "Off target";
    case "band": {
      const d = Math.abs(value - target);
      return d <= band ? "On target" : d <= 2 * band ? "Watch" : "Off target";
    }
  }
}

/**
 * The status as an Excel formula over the value, target and band cells: the same rule as
 * `kpiStatus`, so the sheet and the cached value agree.
 */
export function kpiStatusFormula(rule: KpiRule, v: string, t: string, b: string): string {
  const inner =
    rule === "higher"
      ? `IF(${v}>=${t},"On target",IF(${v}>=${t}-${b},"Watch","Off target"))`
      : rule === "lower"
        ? `IF(${v}<=${t},"On target",IF(${v}<=${t}+${b},"Watch","Off target"))`
        : `IF(ABS(${v}-${t})<=${b},"On target",IF(ABS(${v}-${t})<=2*${b},"Watch","Off target"))`;
  return `=IF(ISNUMBER(${v}),${inner},"n/a")`;
}
