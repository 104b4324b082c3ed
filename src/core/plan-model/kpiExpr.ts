/**
 * How a KPI is computed, as data: one `SOP.*` call over named workbook ranges (or a choice on
 * whether a range holds any number). The same expression gives the KPIs sheet's formula text
 * (with the ranges' addresses) and its cached value (the `SOP.*` declaration evaluated on the
 * ranges' values), so the two always agree.
 */
import type { RangeInput } from "../cells";
import { SopError, naError, type Result } from "../errors";
import { AnyFunctionDecl, evaluate } from "../sop";
import { blankAware } from "../blankAware";

/** The workbook ranges a KPI formula can read (the layout knows their addresses and values). */
export type KpiRange =
  /** Families x history months: actual sales ("" where a month is not known yet). */
  | "actuals"
  /** Families x history months: the consensus planned for each history month (lag 1). */
  | "consensusHistory"
  /** Families x history months: the statistical baseline planned for each history month. */
  | "baselineHistory"
  /** Families x history months: actual production, and what each month's own cycle planned to produce (Production sheet; blank where not known). */
  | "productionActual"
  | "productionPlanned"
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

/**
 * The ranges of input cells whose empty cells mean "not known" (the functions skip them with
 * their pair): the formula passes them through `blankAware`, so Excel on desktop, which would
 * send an empty cell as 0, sends "" as Excel on the web sends null. The other ranges are formula
 * cells that already show "" for a value not known (the Demand summaries), or inputs that the
 * KPI's "no data" guard requires whole.
 */
export const UNKNOWN_WHEN_BLANK: ReadonlySet<KpiRange> = new Set<KpiRange>(["productionActual", "productionPlanned"]);

/** A single value the formulas read by workbook name. */
export type KpiScalar = "cycleMonth";

/** An argument of a KPI's `SOP.*` call: a range, a named value, a word, or left out. */
export type KpiArg =
  { readonly range: KpiRange } | { readonly scalar: KpiScalar } | { readonly word: string } | { readonly omit: true };

/**
 * How a KPI is computed: one `SOP.*` call, a choice on whether a range holds any number, or a
 * call that needs inputs: while any cell of `needs` is blank (with `partial`: while any range of
 * `needs` holds no number at all), the KPI shows "no data" (never a number made up for the
 * missing input) and `missing` says what to fill in.
 */
export type KpiExpr =
  | { readonly call: AnyFunctionDecl; readonly args: ReadonlyArray<KpiArg> }
  | { readonly ifNoNumbers: KpiRange; readonly then: KpiExpr; readonly else: KpiExpr }
  | {
      readonly needs: ReadonlyArray<KpiRange>;
      readonly partial?: true;
      readonly missing: string;
      readonly then: KpiExpr;
    };

/** What a KPI cell shows while an input it needs is blank. */
export const NO_DATA = "no data";

/** The result of a KPI whose input is missing: `#N/A` whose message starts with "no data". */
export const noData = (missing: string): SopError => naError(`${NO_DATA}: ${missing}`);

/** Whether a result is `noData`. */
export const isNoData = (x: unknown): x is SopError =>
  x instanceof SopError && x.code === "#N/A" && x.message.startsWith(`${NO_DATA}:`);

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
const allNumbers = (rg: RangeInput): boolean => rg.every((row) => row.every((v) => typeof v === "number"));
const cellCount = (rg: RangeInput): number => rg.reduce((n, row) => n + row.length, 0);

function argValue(a: KpiArg, v: KpiValues): unknown {
  if ("range" in a) return v[a.range];
  if ("scalar" in a) return v[a.scalar];
  if ("word" in a) return a.word;
  return undefined;
}

function argText(a: KpiArg, refs: KpiRefs): string {
  if ("range" in a) return UNKNOWN_WHEN_BLANK.has(a.range) ? blankAware(refs[a.range]) : refs[a.range];
  if ("scalar" in a) return refs[a.scalar];
  if ("word" in a) return `"${a.word}"`;
  return "";
}

/** Evaluates an expression on the ranges' values, through the `SOP.*` declarations. */
export function evaluateExpr(e: KpiExpr, v: KpiValues): Result<number> {
  if ("ifNoNumbers" in e) return evaluateExpr(hasNumber(v[e.ifNoNumbers]) ? e.else : e.then, v);
  if ("needs" in e) {
    const given = e.partial === true ? hasNumber : allNumbers;
    return e.needs.every((n) => given(v[n])) ? evaluateExpr(e.then, v) : noData(e.missing);
  }
  const out = evaluate(
    e.call,
    e.args.map((a) => argValue(a, v)),
  );
  return out as Result<number>;
}

/**
 * The expression as Excel formula text (without the leading "="). A `needs` expression counts
 * the numbers in its input ranges, whose sizes `v` gives.
 */
export function exprFormula(e: KpiExpr, refs: KpiRefs, v?: KpiValues): string {
  if ("needs" in e && e.partial === true) {
    const none = e.needs.map((n) => `COUNT(${refs[n]})=0`).join(",");
    return `IF(OR(${none}),"${NO_DATA}",${exprFormula(e.then, refs, v)})`;
  }
  if ("needs" in e) {
    if (v === undefined)
      throw new Error("exprFormula: a KPI that needs inputs needs the ranges' values for their sizes");
    const count = e.needs.map((n) => `COUNT(${refs[n]})`).join("+");
    const cells = e.needs.reduce((n, r) => n + cellCount(v[r]), 0);
    return `IF(${count}<${cells},"${NO_DATA}",${exprFormula(e.then, refs, v)})`;
  }
  if ("ifNoNumbers" in e) {
    return `IF(COUNT(${refs[e.ifNoNumbers]})=0,${exprFormula(e.then, refs, v)},${exprFormula(e.else, refs, v)})`;
  }
  const args = e.args.map((a) => argText(a, refs));
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return `SOP.${e.call.name}(${args.join(",")})`;
}
