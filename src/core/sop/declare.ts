/**
 * A `SOP.*` function as data: its name, its parameters (kind, optional, default, allowed words,
 * numeric rule, pairing), the shape of its result and the core computation it calls.
 *
 * One declaration is read by everything that calls the function:
 * - the custom function (src/functions: a JSDoc wrapper whose body is one `invoke` call; a test
 *   checks the JSDoc against this declaration),
 * - the KPIs sheet's cached values (src/core/plan-model/kpis.ts evaluates the same declaration
 *   on the ranges its formula reads),
 * - the test formula engine (HyperFormula's plugin registers every declaration),
 * - the README's function tables (generated from `syntax`, `formula` and `reading`).
 *
 * Parameter kinds and what the compute function receives:
 * | kind | Excel passes | parsed to |
 * |---|---|---|
 * | numbers | a range | `Float64Array`, NaN for a blank cell; text/TRUE -> #VALUE! naming the cell |
 * | dates | a range of date cells or ISO text | `Float64Array` of Excel serials |
 * | labels | a range of words or ids | `(string or null)[]`, null for a blank (or a desktop 0) |
 * | cells | a range the core reads itself | the cells as Excel sent them |
 * | number | one value | `number` (blank -> the default) checked against `rule` |
 * | date | one value | Excel serial (blank or a desktop 0 -> undefined) |
 * | text | one value | trimmed `string` (blank -> the default) |
 * | option | one word | one of `allowed`, case-insensitive (blank -> the default) |
 *
 * An optional range left out, or whose every cell is blank, arrives as `undefined`.
 */
import type { RangeInput } from "../cells";
import type { NumberRule } from "../args";
import type { Result, SopError } from "../errors";

export type RangeKind = "numbers" | "dates" | "labels" | "cells";
export type ScalarKind = "number" | "date" | "text" | "option";
export type ParamKind = RangeKind | ScalarKind;

export const RANGE_KINDS: ReadonlyArray<ParamKind> = ["numbers", "dates", "labels", "cells"];

export interface ParamDecl {
  /** The parameter's name as Excel shows it (and as messages name it). */
  readonly name: string;
  readonly kind: ParamKind;
  readonly optional?: boolean;
  /** Value of a scalar left blank (without one, a blank required scalar is #VALUE!). */
  readonly default?: number | string;
  /** For "option": the words accepted (upper case). */
  readonly allowed?: ReadonlyArray<string>;
  /** For "number": the allowed range. */
  readonly rule?: NumberRule;
  /** For a range: the parameter it is paired with cell by cell (same number of cells). */
  readonly pairedWith?: string;
}

interface KindTypes {
  numbers: Float64Array;
  dates: Float64Array;
  labels: Array<string | null>;
  cells: RangeInput;
  number: number;
  date: number;
  text: string;
  option: string;
}

type Base<P extends ParamDecl> = P extends { kind: "option"; allowed: ReadonlyArray<infer W> }
  ? W
  : KindTypes[P["kind"]];

/** What the compute function receives for one parameter. */
export type ParamValue<P extends ParamDecl> = P extends { optional: true }
  ? P extends { default: number | string }
    ? Base<P>
    : Base<P> | undefined
  : Base<P>;

/** The parsed arguments, by parameter name. */
export type ArgsOf<P extends ReadonlyArray<ParamDecl>> = { [E in P[number] as E["name"]]: ParamValue<E> };

/** A 2-D result that spills; errors stay in their cells. */
export type Spill = ReadonlyArray<ReadonlyArray<number | string | SopError>>;

export interface ResultTypes {
  scalar: number;
  text: string;
  spill: Spill;
}
export type ResultShape = keyof ResultTypes;

export interface FunctionDecl<
  P extends ReadonlyArray<ParamDecl> = ReadonlyArray<ParamDecl>,
  R extends ResultShape = ResultShape,
> {
  /** The name after `SOP.`, upper case. */
  readonly name: string;
  readonly params: P;
  readonly result: R;
  /** The formula in one line, for the README (e.g. "max(0, 1 - sum|A-F| / sum|A|)"). */
  readonly formula: string;
  /** How to read the result (e.g. "1 - WAPE; 1 = perfect"). */
  readonly reading: string;
  /** The computation on parsed arguments; `raw` holds the arguments as Excel sent them. */
  readonly compute: (args: ArgsOf<P>, raw: ReadonlyArray<unknown>) => Result<ResultTypes[R]>;
}

/** Any declaration, whatever its parameters (what registries and parsers hold). */
export interface AnyFunctionDecl {
  readonly name: string;
  readonly params: ReadonlyArray<ParamDecl>;
  readonly result: ResultShape;
  readonly formula: string;
  readonly reading: string;
  readonly compute: (args: Readonly<Record<string, unknown>>, raw: ReadonlyArray<unknown>) => Result<unknown>;
}

/** Declares a function; the parameter list's literal types give `compute` typed arguments. */
export function declare<const P extends ReadonlyArray<ParamDecl>, R extends ResultShape>(
  decl: FunctionDecl<P, R>,
): FunctionDecl<P, R> & AnyFunctionDecl {
  return decl as FunctionDecl<P, R> & AnyFunctionDecl;
}

/** `SOP.NAME(a, b, [c])`: the syntax line of the docs, optional parameters in brackets. */
export function syntax(decl: AnyFunctionDecl): string {
  const ps = decl.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `SOP.${decl.name}(${ps.join(", ")})`;
}
