/**
 * Loads a WorkbookSpec into HyperFormula (a real formula engine) with the SOP.* custom functions
 * registered as a function plugin backed by the add-in's own custom functions, so every sheet,
 * the KPIs included, evaluates.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  ImplementedFunctions,
  RawCellContent,
  SimpleRangeValue,
} from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser/Ast";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import { FUNCTIONS, functionNamed } from "../../../src/core/sop";
import { toExcelError } from "../../../src/functions/shell";
import { evaluate } from "../../../src/core/sop";
import { isSopError } from "../../../src/core/errors";
import { CellValue, WorkbookSpec } from "../../../src/layout/types";
import { abs, addr, colIndex, parseAddr } from "../../../src/layout/a1";

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#N/A": ErrorType.NA,
  "#NULL!": ErrorType.ERROR,
};

/**
 * Which Excel the engine plays: Excel on the web passes an empty cell to a custom function as
 * null, Excel on desktop as 0 (OfficeDev/office-js#4702). Set while an engine evaluates.
 */
export type Host = "web" | "desktop";
let emptyCell: null | 0 = null;

function toExcelArg(v: unknown): unknown {
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map((x) => toExcelArg(x)));
  if (v === EmptyValue || v === undefined) return emptyCell;
  if (v instanceof CellError) throw v;
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: unknown }).val;
  return v;
}

/** Every SOP.* declaration as a HyperFormula function; parameters and optional flags from the declaration. */
class SopPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    FUNCTIONS.map((f) => [
      `SOP.${f.name}`,
      {
        method: "sop",
        parameters: f.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional === true })),
      },
    ]),
  );

  sop(ast: ProcedureAst, state: InterpreterState): unknown {
    const name = ast.procedureName.toUpperCase();
    const decl = functionNamed(name.replace(/^SOP\./, ""));
    if (decl === undefined) throw new Error(`no declaration for ${name}`);
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]): InterpreterValue => {
      let excelArgs: unknown[];
      try {
        // An argument left out arrives as null on every host; an empty cell as the host passes it.
        excelArgs = args.map((a, i) => (i >= ast.args.length || ast.args[i].type === "EMPTY" ? null : toExcelArg(a)));
      } catch (e) {
        if (e instanceof CellError) return e;
        throw e;
      }
      const r = evaluate(decl, excelArgs);
      if (isSopError(r)) {
        const e = toExcelError(r);
        return new CellError(ERROR_TYPES[r.code], e.message);
      }
      if (decl.result === "spill") throw new Error(`${name} spills; the workbook does not use it`);
      if (typeof r === "number" && !Number.isFinite(r)) return new CellError(ErrorType.NUM);
      return r as InterpreterValue;
    });
  }
}

let registered = false;
function register(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(SopPlugin, {
    enGB: Object.fromEntries(FUNCTIONS.map((f) => [`SOP.${f.name}`, `SOP.${f.name}`])),
  });
  registered = true;
}

/** The sheets' raw contents for HyperFormula: formulas as text, values as they are. */
export function rawSheets(spec: WorkbookSpec): Record<string, RawCellContent[][]> {
  const out: Record<string, RawCellContent[][]> = {};
  for (const s of spec.sheets) {
    out[s.name] = s.cells.map((row) => row.map((c) => (c === null ? null : c.formula !== undefined ? c.formula : c.value === "" ? null : (c.value ?? null))));
  }
  return out;
}

export interface Engine {
  readonly hf: HyperFormula;
  /** The engine's value of a cell: numbers, strings, booleans, null for empty, "#CODE" for errors. */
  value(sheet: string, row: number, col: number): CellValue;
  /** Types a value into a cell (null clears it). */
  set(sheet: string, row: number, col: number, v: CellValue): void;
  destroy(): void;
}

export function loadEngine(spec: WorkbookSpec, host: Host = "web"): Engine {
  register();
  const as = <T>(work: () => T): T => {
    emptyCell = host === "desktop" ? 0 : null;
    try {
      return work();
    } finally {
      emptyCell = null;
    }
  };
  const hf = as(() => {
    const built = HyperFormula.buildFromSheets(rawSheets(spec), { licenseKey: "gpl-v3", useArrayArithmetic: true });
    for (const n of spec.names) built.addNamedExpression(n.name, `=${n.ref}`);
    return built;
  });
  const id = (sheet: string): number => {
    const i = hf.getSheetId(sheet);
    if (i === undefined) throw new Error(`no sheet ${sheet}`);
    return i;
  };
  return {
    hf,
    value(sheet, row, col) {
      const v = hf.getCellValue({ sheet: id(sheet), row, col });
      if (v === null || v === undefined) return null;
      if (typeof v === "object") return (v as { value: string }).value;
      return v as CellValue;
    },
    set(sheet, row, col, v) {
      as(() => hf.setCellContents({ sheet: id(sheet), row, col }, [[v]]));
    },
    destroy() {
      hf.destroy();
    },
  };
}

/** Equal within 1e-9 relative (1e-9 absolute near zero); "" and null both mean blank. */
export function sameValue(expected: CellValue | undefined, actual: CellValue): boolean {
  const e = expected === undefined || expected === "" ? null : expected;
  const a = actual === "" ? null : actual;
  if (typeof e === "number" && typeof a === "number") return Math.abs(e - a) <= 1e-9 * Math.max(1, Math.abs(e), Math.abs(a));
  return e === a;
}

/** Every formula cell whose cached value differs from the engine's value. */
export function mismatches(spec: WorkbookSpec, engine: Engine, limit = 20): string[] {
  const out: string[] = [];
  for (const s of spec.sheets) {
    s.cells.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c === null || c.formula === undefined || out.length >= limit) return;
        const v = engine.value(s.name, r, col);
        if (!sameValue(c.value, v)) out.push(`${s.name}!R${r + 1}C${col + 1} ${c.formula}: cached ${JSON.stringify(c.value)} engine ${JSON.stringify(v)}`);
      }),
    );
  }
  return out;
}

/**
 * The cells a conditional-format rule flags, as the engine evaluates its formula at each cell of
 * its range: Excel reads the rule's relative references from the range's top-left cell, so at
 * (r, c) every reference without a `$` moves by (r - top, c - left).
 */
export function flaggedCells(engine: Engine, sheet: string, rule: { range: string; formula: string }): string[] {
  const [from, to = from] = rule.range.replace(/\$/g, "").split(":");
  const [a, b] = [parseAddr(from), parseAddr(to)];
  const sheetId = engine.hf.getSheetId(sheet);
  if (sheetId === undefined) throw new Error(`no sheet ${sheet}`);
  const out: string[] = [];
  for (let r = a.row; r <= b.row; r++)
    for (let c = a.col; c <= b.col; c++) {
      // References outside string literals, shifted and made absolute.
      const shifted = rule.formula
        .split('"')
        .map((part, i) =>
          i % 2 === 1
            ? part
            : part.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g, (_m, dc: string, col: string, dr: string, row: string) => {
                const c2 = dc === "$" ? colIndex(col) : colIndex(col) + c - a.col;
                const r2 = dr === "$" ? Number(row) - 1 : Number(row) - 1 + r - a.row;
                return abs(r2, c2);
              }),
        )
        .join('"');
      if (engine.hf.calculateFormula(shifted, sheetId) === true) out.push(addr(r, c));
    }
  return out;
}
