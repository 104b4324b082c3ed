/**
 * The twelve seed KPIs as the KPIs sheet computes them: each value from the same ranges its
 * `SOP.*` formula reads, through the same range parsing (core/args) and the same core function
 * as the custom function, so the cached value equals what Excel shows. Order lines are read
 * with the same column reader as SOP.OTIF and SOP.SERVICELEVEL (core/lines).
 */
import { RangeInput } from "../cells";
import { andThen, labels, numbers, pairedNumbers } from "../args";
import { Result, isSopError } from "../errors";
import {
  capacityUtilization,
  decisionClosure,
  demandVolatility,
  forecastAccuracy,
  forecastBias,
  inventoryTurns,
  otif,
  planAdherence,
  revenueVsPlan,
  scheduleAdherence,
  serviceLevel,
  workingCapital,
} from "../kpi";
import { deliveryLines } from "../lines";

export type KpiId =
  | "ACCURACY"
  | "BIAS"
  | "PLANADHERENCE"
  | "TURNS"
  | "SERVICE"
  | "OTIF"
  | "UTILIZATION"
  | "REVENUE"
  | "WORKINGCAPITAL"
  | "VOLATILITY"
  | "SCHEDULE"
  | "CLOSURE";

export type KpiCategory = "Process health" | "Plan quality" | "Business impact";
/** How the status reads the value against the target and the watch band b. */
export type KpiRule = "higher" | "lower" | "band";
export type KpiUnit = "%" | "x" | "currency" | "ratio";

export interface KpiDef {
  readonly id: KpiId;
  readonly name: string;
  readonly category: KpiCategory;
  readonly unit: KpiUnit;
  readonly rule: KpiRule;
  readonly target: number;
  readonly band: number;
  readonly definition: string;
}

/** The twelve KPIs in the seed article's order. Targets and bands are starting values (inputs). */
export const KPI_DEFS: ReadonlyArray<KpiDef> = [
  {
    id: "ACCURACY",
    name: "Forecast accuracy",
    category: "Plan quality",
    unit: "%",
    rule: "higher",
    target: 0.8,
    band: 0.05,
    definition: "1 - WAPE of consensus vs actual sales over the history months with a lag-1 consensus",
  },
  {
    id: "BIAS",
    name: "Forecast bias",
    category: "Plan quality",
    unit: "%",
    rule: "band",
    target: 0,
    band: 0.05,
    definition: "sum(F - A) / sum(A); positive = over-forecast",
  },
  {
    id: "PLANADHERENCE",
    name: "Plan adherence",
    category: "Plan quality",
    unit: "ratio",
    rule: "band",
    target: 1,
    band: 0.05,
    definition: "actual sales / consensus plan over the history months (1 = on plan)",
  },
  {
    id: "TURNS",
    name: "Inventory turns",
    category: "Business impact",
    unit: "x",
    rule: "higher",
    target: 6,
    band: 1,
    definition: "planned COGS / average inventory value over the next 12 plan months (annualised)",
  },
  {
    id: "SERVICE",
    name: "Customer service level",
    category: "Business impact",
    unit: "%",
    rule: "higher",
    target: 0.95,
    band: 0.03,
    definition: "orders delivered on time / all orders (Orders sheet)",
  },
  {
    id: "OTIF",
    name: "OTIF",
    category: "Business impact",
    unit: "%",
    rule: "higher",
    target: 0.9,
    band: 0.05,
    definition: "orders with every line on time and in full / all orders",
  },
  {
    id: "UTILIZATION",
    name: "Capacity utilization",
    category: "Business impact",
    unit: "%",
    rule: "band",
    target: 0.85,
    band: 0.1,
    definition: "planned supply / available capacity over the horizon",
  },
  {
    id: "REVENUE",
    name: "Revenue vs plan",
    category: "Business impact",
    unit: "ratio",
    rule: "higher",
    target: 1,
    band: 0.03,
    definition: "actual revenue / planned (consensus x price) revenue over the history months",
  },
  {
    id: "WORKINGCAPITAL",
    name: "Working capital",
    category: "Business impact",
    unit: "currency",
    rule: "lower",
    target: 0,
    band: 0,
    definition: "inventory value (first plan month) + receivables - payables",
  },
  {
    id: "VOLATILITY",
    name: "Demand volatility",
    category: "Plan quality",
    unit: "%",
    rule: "lower",
    target: 0.25,
    band: 0.05,
    definition:
      "forecast change between cycles: sum|consensus - previous cycle's consensus| / sum previous, same months; before a previous cycle exists, CV (STDEV.S / mean) of total monthly actual sales",
  },
  {
    id: "SCHEDULE",
    name: "Schedule adherence",
    category: "Process health",
    unit: "%",
    rule: "higher",
    target: 0.95,
    band: 0.03,
    definition: "sum(min(delivered, ordered)) / sum(ordered) over the order lines as scheduled jobs",
  },
  {
    id: "CLOSURE",
    name: "Meeting decision closure",
    category: "Process health",
    unit: "%",
    rule: "higher",
    target: 0.8,
    band: 0.1,
    definition: "closed actions / all actions (Actions sheet)",
  },
];

/** The ranges each KPI formula reads, as the cells hold them. */
export interface KpiRanges {
  readonly actuals: RangeInput;
  readonly consensusHistory: RangeInput;
  readonly totalActual: RangeInput;
  /** F x plan: this cycle's consensus. */
  readonly consensusPlan: RangeInput;
  /** F x plan: last cycle's consensus for the same months ("" where there is none). */
  readonly previousConsensus: RangeInput;
  readonly cogs: RangeInput;
  readonly inventoryValue: RangeInput;
  /** Months the turns cover (the formula multiplies by 12 / months when fewer than 12). */
  readonly turnsMonths: number;
  readonly orderIds: RangeInput;
  readonly promised: RangeInput;
  readonly delivered: RangeInput;
  readonly qtyOrdered: RangeInput;
  readonly qtyDelivered: RangeInput;
  /** The cycle month's first day (Excel date): open order lines not yet due by then are left out. */
  readonly asOf: number;
  readonly supply: RangeInput;
  readonly capacity: RangeInput;
  readonly actualRevenue: RangeInput;
  readonly plannedRevenue: RangeInput;
  readonly assets: RangeInput;
  readonly liabilities: RangeInput;
  readonly statuses: RangeInput;
}

export function kpiValue(id: KpiId, r: KpiRanges): Result<number> {
  switch (id) {
    case "ACCURACY":
      return andThen(pairedNumbers(r.actuals, "actuals", r.consensusHistory, "forecasts"), ([a, f]) =>
        forecastAccuracy(a, f),
      );
    case "BIAS":
      return andThen(pairedNumbers(r.actuals, "actuals", r.consensusHistory, "forecasts"), ([a, f]) =>
        forecastBias(a, f),
      );
    case "PLANADHERENCE":
      return andThen(pairedNumbers(r.actuals, "actual", r.consensusHistory, "plan"), ([a, p]) => planAdherence(a, p));
    case "TURNS": {
      const cogs = numbers(r.cogs, "cogs");
      if (isSopError(cogs)) return cogs;
      const t = andThen(numbers(r.inventoryValue, "inventoryBalances"), (inv) => inventoryTurns(cogs, inv));
      return isSopError(t) || r.turnsMonths >= 12 ? t : (t * 12) / r.turnsMonths;
    }
    case "SERVICE":
      return andThen(
        deliveryLines({ orderIds: r.orderIds, promisedDates: r.promised, deliveredDates: r.delivered }),
        (ls) => serviceLevel(ls, { asOf: r.asOf }),
      );
    case "OTIF":
      return andThen(
        deliveryLines({
          orderIds: r.orderIds,
          promisedDates: r.promised,
          deliveredDates: r.delivered,
          qtyOrdered: r.qtyOrdered,
          qtyDelivered: r.qtyDelivered,
        }),
        (ls) => otif(ls, { asOf: r.asOf }),
      );
    case "UTILIZATION":
      return andThen(pairedNumbers(r.supply, "output", r.capacity, "capacity"), ([o, c]) => capacityUtilization(o, c));
    case "REVENUE":
      return andThen(pairedNumbers(r.actualRevenue, "actualRevenue", r.plannedRevenue, "plannedRevenue"), ([a, p]) =>
        revenueVsPlan(a, p),
      );
    case "WORKINGCAPITAL": {
      const a = numbers(r.assets, "currentAssets");
      if (isSopError(a)) return a;
      return andThen(numbers(r.liabilities, "currentLiabilities"), (l) => workingCapital(a, l));
    }
    case "VOLATILITY": {
      // With last cycle's consensus: the forecast change between the two cycles over the same
      // months; without it (the first cycle): the coefficient of variation of actual sales.
      const hasPrevious = r.previousConsensus.some((row) => row.some((v) => typeof v === "number"));
      if (!hasPrevious)
        return andThen(numbers(r.totalActual, "currentForecasts"), (c) => demandVolatility(c, undefined, "CV"));
      return andThen(
        pairedNumbers(r.consensusPlan, "currentForecasts", r.previousConsensus, "previousForecasts"),
        ([now, prev]) => demandVolatility(now, prev, "CHANGE"),
      );
    }
    case "SCHEDULE":
      return andThen(pairedNumbers(r.qtyDelivered, "actual", r.qtyOrdered, "scheduled"), ([a, s]) =>
        scheduleAdherence(a, s),
      );
    case "CLOSURE":
      return decisionClosure(labels(r.statuses), "Closed");
  }
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
