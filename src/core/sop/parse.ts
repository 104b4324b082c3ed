/**
 * The one argument parser of the `SOP.*` functions: reads a declaration (./declare.ts) and turns
 * what Excel passed into the typed arguments of its computation, or the Excel error that says
 * which argument is wrong and why. The custom functions, the KPIs sheet's cached values and the
 * test formula engine all go through `evaluate`.
 *
 * Order of checks (the first problem found is the answer): scalar parameters in declaration
 * order (option words, numbers, text, dates), then the pairing of ranges (same number of cells),
 * then each range's cells in declaration order.
 */
import {
  ArgInput,
  asRange,
  dateParam,
  dates,
  isBlankCell,
  labels,
  numberParam,
  numbers,
  omitted,
  optionParam,
  optionalDateParam,
  pairable,
  textParam,
} from "../args";
import { Result, SopError, isSopError, valueError } from "../errors";
import { AnyFunctionDecl, ParamDecl, RANGE_KINDS, ResultTypes } from "./declare";

const isRange = (p: ParamDecl): boolean => RANGE_KINDS.includes(p.kind);

/** An optional argument counts as left out when omitted, null, or every cell blank. */
function leftOut(v: unknown): boolean {
  return omitted(v as ArgInput);
}

function scalar(p: ParamDecl, v: ArgInput): Result<unknown> {
  switch (p.kind) {
    case "number": {
      if (p.default === undefined && isBlankCell(v as unknown)) return valueError(`${p.name} is needed`);
      return numberParam(v, p.name, Number(p.default), p.rule);
    }
    case "option":
      return optionParam(v, p.name, p.allowed ?? [], String(p.default ?? ""));
    case "text":
      return textParam(v, p.name, String(p.default ?? ""));
    case "date":
      return p.optional ? optionalDateParam(v, p.name) : dateParam(v, p.name);
    default:
      throw new Error(`${p.name}: ${p.kind} is not a scalar kind`);
  }
}

function range(p: ParamDecl, v: ArgInput): Result<unknown> {
  switch (p.kind) {
    case "numbers":
      return numbers(v, p.name);
    case "dates":
      return dates(v, p.name);
    case "labels":
      return labels(v);
    case "cells":
      return asRange(v);
    default:
      throw new Error(`${p.name}: ${p.kind} is not a range kind`);
  }
}

/** The declaration's arguments parsed from what Excel passed (missing trailing arguments = omitted). */
export function parseArgs(decl: AnyFunctionDecl, raw: ReadonlyArray<unknown>): Result<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const present = (i: number): boolean => !(decl.params[i].optional && leftOut(raw[i]));
  for (let i = 0; i < decl.params.length; i++) {
    const p = decl.params[i];
    if (isRange(p)) continue;
    const v = scalar(p, raw[i] as ArgInput);
    if (isSopError(v)) return v;
    out[p.name] = v;
  }
  for (let i = 0; i < decl.params.length; i++) {
    const p = decl.params[i];
    if (!isRange(p) || p.pairedWith === undefined || !present(i)) continue;
    const j = decl.params.findIndex((q) => q.name === p.pairedWith);
    if (j < 0) throw new Error(`${decl.name}: ${p.name} is paired with an unknown parameter`);
    if (!present(j)) continue;
    const bad = pairable(raw[j] as ArgInput, p.pairedWith, raw[i] as ArgInput, p.name);
    if (bad) return bad;
  }
  for (let i = 0; i < decl.params.length; i++) {
    const p = decl.params[i];
    if (!isRange(p)) continue;
    const v = present(i) ? range(p, raw[i] as ArgInput) : undefined;
    if (isSopError(v)) return v;
    out[p.name] = v;
  }
  return out;
}

/** Parses the arguments and runs the declaration's computation: the value or the Excel error. */
export function evaluate<R extends keyof ResultTypes>(
  decl: AnyFunctionDecl & { readonly result: R },
  raw: ReadonlyArray<unknown>,
): Result<ResultTypes[R]> {
  const args = parseArgs(decl, raw);
  if (args instanceof SopError) return args;
  return decl.compute(args, raw) as Result<ResultTypes[R]>;
}
