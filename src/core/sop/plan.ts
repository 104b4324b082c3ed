/** Declarations of the plan-arithmetic functions (see ./declare.ts). */
import { DAYS_PER_MONTH, daysOfSupply, projectedInventory, weightedPipeline } from "../plan";
import { Result, isSopError, valueError } from "../errors";
import { RangeInput } from "../cells";
import { safetyStock } from "../plan/safetyStock";
import { declare } from "./declare";
import { pair } from "./shapes";

export const WEIGHTEDPIPELINE = declare({
  name: "WEIGHTEDPIPELINE",
  params: [
    ...pair("amounts", "probabilities"),
    { name: "closeMonths", kind: "dates", optional: true, pairedWith: "amounts" },
    { name: "month", kind: "date", optional: true },
  ],
  result: "scalar",
  formula: "sum(amount x probability), optionally only deals closing in `month`",
  reading: "probabilities are fractions 0..1",
  compute: (a): Result<number> => {
    if (a.closeMonths === undefined && a.month === undefined) return weightedPipeline(a.amounts, a.probabilities);
    if (a.closeMonths === undefined) return valueError("closeMonths are needed to total one month");
    if (a.month === undefined) return valueError("month is needed with closeMonths");
    return weightedPipeline(a.amounts, a.probabilities, { closeDates: a.closeMonths, month: a.month });
  },
});

/** A column range (several rows of one cell) spills a column; anything else a row. */
function isColumn(r: RangeInput): boolean {
  return r.length > 1 && r.every((row) => row.length === 1);
}

export const PROJECTEDINVENTORY = declare({
  name: "PROJECTEDINVENTORY",
  params: [
    { name: "opening", kind: "number", default: 0 },
    { name: "supply", kind: "numbers" },
    { name: "demand", kind: "numbers", pairedWith: "supply" },
  ],
  result: "spill",
  formula: "I(t) = I(t-1) + supply(t) - demand(t), I(0) = opening",
  reading: "spills a row, or a column when supply is a column; negative = shortfall",
  compute: (a, raw) => {
    const r = projectedInventory(a.opening, a.supply, a.demand);
    if (isSopError(r)) return r;
    const supply = raw[1];
    return Array.isArray(supply) && isColumn(supply as RangeInput) ? r.map((v) => [v]) : [r];
  },
});

export const DAYSOFSUPPLY = declare({
  name: "DAYSOFSUPPLY",
  params: [
    { name: "inventory", kind: "number", default: 0 },
    { name: "futureDemand", kind: "numbers" },
    { name: "daysPerMonth", kind: "number", optional: true, default: DAYS_PER_MONTH, rule: { above: 0 } },
  ],
  result: "scalar",
  formula: "inventory / (average(futureDemand) / daysPerMonth), default 30.4375 (365.25/12)",
  reading: "days of cover",
  compute: (a) => daysOfSupply(a.inventory, a.futureDemand, a.daysPerMonth),
});

export const SAFETYSTOCK = declare({
  name: "SAFETYSTOCK",
  params: [
    ...pair("actuals", "forecasts"),
    { name: "serviceLevel", kind: "number", optional: true, default: 0.95 },
    { name: "leadTimeMonths", kind: "number", optional: true, default: 1 },
  ],
  result: "scalar",
  formula: "z(serviceLevel) x RMSE(A - F) x sqrt(leadTimeMonths); default 95 %, 1 month",
  reading: "units to hold above the forecast for that service level",
  compute: (a) => safetyStock(a.actuals, a.forecasts, a.serviceLevel, a.leadTimeMonths),
});
