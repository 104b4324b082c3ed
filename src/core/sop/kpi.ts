/** Declarations of the S&OP KPI functions besides accuracy and bias (see ./declare.ts). */
import {
  ADHERENCE_VARIANTS,
  OTIF_BASES,
  SERVICE_LEVEL_VARIANTS,
  VOLATILITY_VARIANTS,
  WORKING_CAPITAL_VARIANTS,
  capacityUtilization,
  cashConversionCycle,
  decisionClosure,
  demandVolatility,
  inventoryTurns,
  otif,
  planAdherence,
  revenueVsPlan,
  scheduleAdherence,
  serviceLevel,
  workingCapital,
} from "../kpi";
import { Result, isSopError, valueError } from "../errors";
import { deliveryLines } from "../lines";
import { declare } from "./declare";
import { AS_OF, ORDER_COLUMNS, TOLERANCE, pair, pairedFunction } from "./shapes";

export const PLANADHERENCE = declare({
  name: "PLANADHERENCE",
  params: [
    ...pair("actual", "plan"),
    { name: "variant", kind: "option", optional: true, allowed: ADHERENCE_VARIANTS, default: "RATIO" },
  ],
  result: "scalar",
  formula: '"RATIO" (default): sum(actual) / sum(plan); "ABS": max(0, 1 - sum|actual-plan| / sum(plan))',
  reading: "1 = on plan",
  compute: (a) => planAdherence(a.actual, a.plan, a.variant),
});

export const INVENTORYTURNS = declare({
  name: "INVENTORYTURNS",
  params: [
    { name: "cogs", kind: "numbers" },
    { name: "inventoryBalances", kind: "numbers" },
  ],
  result: "scalar",
  formula: "sum(COGS) / average(every balance of the period)",
  reading: "higher = faster turning",
  compute: (a) => inventoryTurns(a.cogs, a.inventoryBalances),
});

export const SERVICELEVEL = declare({
  name: "SERVICELEVEL",
  params: [
    ...ORDER_COLUMNS,
    { name: "qtyOrdered", kind: "cells", optional: true },
    { name: "qtyDelivered", kind: "cells", optional: true },
    { name: "variant", kind: "option", optional: true, allowed: SERVICE_LEVEL_VARIANTS, default: "ONTIME" },
    TOLERANCE,
    { name: "unitPrices", kind: "cells", optional: true },
    AS_OF,
  ],
  result: "scalar",
  formula:
    '"ONTIME" (default): orders with every line delivered by promised + tolerance / orders; fill rates "ORDER", "LINE", "UNIT" = sum(min(delivered, ordered)) / sum(ordered), "VALUE"',
  reading: "0..1, higher is better",
  compute: (a): Result<number> => {
    if (a.variant !== "ONTIME" && (a.qtyOrdered === undefined || a.qtyDelivered === undefined)) {
      return valueError(`qtyOrdered and qtyDelivered are needed for the ${a.variant} fill rate`);
    }
    const lines = deliveryLines(a);
    if (isSopError(lines)) return lines;
    return serviceLevel(lines, { variant: a.variant, toleranceDays: a.toleranceDays, asOf: a.asOfDate });
  },
});

export const OTIF = declare({
  name: "OTIF",
  params: [
    ...ORDER_COLUMNS,
    { name: "qtyOrdered", kind: "cells" },
    { name: "qtyDelivered", kind: "cells" },
    { name: "basis", kind: "option", optional: true, allowed: OTIF_BASES, default: "ORDER" },
    TOLERANCE,
    AS_OF,
  ],
  result: "scalar",
  formula:
    'a line is OTIF when delivered <= promised + tolerance and qty delivered >= qty ordered; "ORDER" (default): orders whose every line is OTIF / orders; "LINE": lines',
  reading: "0..1",
  compute: (a): Result<number> => {
    const lines = deliveryLines(a);
    if (isSopError(lines)) return lines;
    return otif(lines, { basis: a.basis, toleranceDays: a.toleranceDays, asOf: a.asOfDate });
  },
});

export const CAPACITYUTILIZATION = pairedFunction({
  name: "CAPACITYUTILIZATION",
  params: ["output", "capacity"],
  formula: "sum(output) / sum(capacity)",
  reading: "above 1 = beyond capacity",
  core: capacityUtilization,
});

export const REVENUEVSPLAN = pairedFunction({
  name: "REVENUEVSPLAN",
  params: ["actualRevenue", "plannedRevenue"],
  formula: "sum(actual) / sum(planned)",
  reading: "1.05 = 5 % above plan",
  core: revenueVsPlan,
});

/** One value of a CCC argument: a single cell (DIO, DSO, DPO are days, not ranges). */
function days(xs: Float64Array, name: string): Result<number> {
  if (xs.length > 1) return valueError(`${name} must be a single value, not a range`);
  return xs.length === 1 ? xs[0] : NaN;
}

export const WORKINGCAPITAL = declare({
  name: "WORKINGCAPITAL",
  params: [
    { name: "currentAssets", kind: "numbers" },
    { name: "currentLiabilities", kind: "numbers" },
    { name: "variant", kind: "option", optional: true, allowed: WORKING_CAPITAL_VARIANTS, default: "NET" },
    { name: "dpo", kind: "number", optional: true, default: NaN },
  ],
  result: "scalar",
  formula: '"NET" (default): sum(assets) - sum(liabilities); "CCC": DIO + DSO - DPO',
  reading: "CCC in days, lower = cash back sooner",
  compute: (a): Result<number> => {
    if (a.variant === "NET") return workingCapital(a.currentAssets, a.currentLiabilities);
    const dio = days(a.currentAssets, "DIO");
    if (isSopError(dio)) return dio;
    const dso = days(a.currentLiabilities, "DSO");
    if (isSopError(dso)) return dso;
    if ([dio, dso, a.dpo].some((d) => Number.isNaN(d))) return valueError("CCC needs DIO, DSO and DPO");
    return cashConversionCycle(dio, dso, a.dpo);
  },
});

export const DEMANDVOLATILITY = declare({
  name: "DEMANDVOLATILITY",
  params: [
    { name: "currentForecasts", kind: "numbers" },
    { name: "previousForecasts", kind: "numbers", optional: true, pairedWith: "currentForecasts" },
    { name: "variant", kind: "option", optional: true, allowed: VOLATILITY_VARIANTS, default: "CHANGE" },
  ],
  result: "scalar",
  formula:
    '"CHANGE" (default): sum|F_now - F_prev| / sum|F_prev| over the same target months; "CV": STDEV.S / |mean| of one series',
  reading: "0 = stable",
  compute: (a): Result<number> => {
    if (a.variant === "CV") return demandVolatility(a.currentForecasts, undefined, "CV");
    if (a.previousForecasts === undefined) return valueError("previousForecasts are needed for the CHANGE variant");
    return demandVolatility(a.currentForecasts, a.previousForecasts, "CHANGE");
  },
});

export const SCHEDULEADHERENCE = declare({
  name: "SCHEDULEADHERENCE",
  params: [
    ...pair("actual", "scheduled"),
    { name: "dueDates", kind: "numbers", optional: true, pairedWith: "actual" },
    AS_OF,
  ],
  result: "scalar",
  formula:
    "sum(min(actual, scheduled)) / sum(scheduled): over-production in one period does not offset a miss in another; with due dates and an as-of date, jobs not yet due and not complete are left out",
  reading: "1 = every period met",
  compute: (a) => scheduleAdherence(a.actual, a.scheduled, a.dueDates, a.asOfDate),
});

export const DECISIONCLOSURE = declare({
  name: "DECISIONCLOSURE",
  params: [
    { name: "statuses", kind: "labels" },
    { name: "closedLabel", kind: "text", optional: true, default: "Closed" },
  ],
  result: "scalar",
  formula: 'statuses equal to closedLabel (default "Closed", any case) / non-blank statuses',
  reading: "higher is better",
  compute: (a) => decisionClosure(a.statuses, a.closedLabel),
});
