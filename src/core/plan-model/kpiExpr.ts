/**
 * How a KPI is computed, as data: one `SOP.*` call over named workbook ranges (or a choice on
 * whether a range holds any number). The same expression gives the KPIs sheet's formula text
 * (with the ranges' addresses) and its cached value (the `SOP.*` declaration evaluated on the
 * ranges' values), so the two always agree.
 */
import type { RangeInput } from "../cells";
import type { Result } from "../errors";
import { AnyFunctionDecl, evaluate } from "../sop";

/** The workbook ranges a KPI formula can read (the layout knows their addresses and values). */
export type KpiRange =
  /** Families x history months: actual sales ("" where a month is not known yet). */
  | "actuals"
  /** Families x history months: the consensus planned for each history month (lag 1). */
  | "consensusHistory"
  /** Families x history months: the statistical baseline planned for each history month. */
  | "baselineHistory"
  /** 1 x history months: total actual sales. */
  | "totalActual"
  /** Families x plan months: this cycle's consensus. */
  | "consensusPlan"
  /** Families x plan months: last cycle's consensus for the same months ("" where there is none). */
  | "previousConsensus"
  /** 1 x turns months: planned COGS and inventory value. */
  | "cogs"
  | "inventoryValue"
  /** Order lines (columns of the Orders sheet). */
  | "orderIds"
  | "promised"
  | "delivered"
  | "qtyOrdered"
  | "qtyDelivered"
  /** Families x plan months: planned supply and capacity. */
  | "supply"
  | "capacity"
  /** 1 x history months: actual and planned revenue. */
  | "actualRevenue"
  | "plannedRevenue"
  /** Working-capital inputs: current assets (inventory value, receivables) and liabilities. */
  | "assets"
  | "liabilities"
  /** Action statuses. */
  | "statuses";

/** A single value the formulas read by workbook name. */
export type KpiScalar = "cycleMonth";

/** An argument of a KPI's `SOP.*` call: a range, a named value, a word, or left out. */
export type KpiArg =
  { readonly range: KpiRange } | { readonly scalar: KpiScalar } | { readonly word: string } | { readonly omit: true };

/** How a KPI is computed: one `SOP.*` call, or a choice on whether a range holds any number. */
export type KpiExpr =
  | { readonly call: AnyFunctionDecl; readonly args: ReadonlyArray<KpiArg> }
  | { readonly ifNoNumbers: KpiRange; readonly then: KpiExpr; readonly else: KpiExpr };

/** Builders of expressions: a range argument, a call, a left-out argument, an option word. */
export const r = (range: KpiRange): KpiArg => ({ range });
export const call = (fn: AnyFunctionDecl, ...args: KpiArg[]): KpiExpr => ({ call: fn, args });
export const omit: KpiArg = { omit: true };
export const word = (w: string): KpiArg => ({ word: w });
/** The ranges' values, as the cells hold them, and the named scalars. */
export type KpiValues = Readonly<Record<KpiRange, RangeInput>> & {
  readonly cycleMonth: number;
  /** Months the annualised KPIs cover. */
  readonly annualMonths: number;
};

/** The ranges' addresses and the named scalars' names, for the formula text. */
export type KpiRefs = Readonly<Record<KpiRange, string>> & {
  readonly cycleMonth: string;
  readonly annualMonths: number;
};

const hasNumber = (rg: RangeInput): boolean => rg.some((row) => row.some((v) => typeof v === "number"));

function argValue(a: KpiArg, v: KpiValues): unknown {
  if ("range" in a) return v[a.range];
  if ("scalar" in a) return v[a.scalar];
  if ("word" in a) return a.word;
  return undefined;
}

function argText(a: KpiArg, refs: KpiRefs): string {
  if ("range" in a) return refs[a.range];
  if ("scalar" in a) return refs[a.scalar];
  if ("word" in a) return `"${a.word}"`;
  return "";
}

/** Evaluates an expression on the ranges' values, through the `SOP.*` declarations. */
export function evaluateExpr(e: KpiExpr, v: KpiValues): Result<number> {
  if ("ifNoNumbers" in e) return evaluateExpr(hasNumber(v[e.ifNoNumbers]) ? e.else : e.then, v);
  const out = evaluate(
    e.call,
    e.args.map((a) => argValue(a, v)),
  );
  return out as Result<number>;
}

/** The expression as Excel formula text (without the leading "="). */
export function exprFormula(e: KpiExpr, refs: KpiRefs): string {
  if ("ifNoNumbers" in e) {
    return `IF(COUNT(${refs[e.ifNoNumbers]})=0,${exprFormula(e.then, refs)},${exprFormula(e.else, refs)})`;
  }
  const args = e.args.map((a) => argText(a, refs));
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return `SOP.${e.call.name}(${args.join(",")})`;
}
