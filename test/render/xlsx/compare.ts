/**
 * Test helper: compare a workbook as written (formulas with cached results) with the same
 * workbook recalculated by LibreOffice.
 */
import type { NamedRange } from "../../../src/layout/types";
import { Area, dependents, FormulaCell, parseQualified } from "./dependencies";
import type { RawSheets } from "./rawCells";

export interface RecalcReport {
  /** Native-formula cells compared. */
  readonly checked: number;
  /** Cells left out: custom-function cells and the cells that depend on them. */
  readonly excluded: number;
  readonly problems: ReadonlyArray<string>;
}

const colNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function position(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

const isCustom = (formula: string): boolean => /_xldudf_SOP_|(^|[^A-Za-z0-9_.])SOP\.[A-Za-z]/i.test(formula);

/** Compares every native formula's cached value with LibreOffice's recalculated one. */
export function compareRecalc(written: RawSheets, recalculated: RawSheets, names: ReadonlyArray<NamedRange>, tolerance = 1e-6): RecalcReport {
  const areas = new Map<string, Area>();
  for (const n of names) {
    const a = parseQualified(n.ref);
    if (a) areas.set(n.name, a);
  }
  const cells: Array<FormulaCell & { address: string }> = [];
  for (const [sheet, map] of written) {
    for (const [address, c] of map) {
      if (c.formula !== undefined) cells.push({ sheet, address, formula: c.formula, ...position(address) });
    }
  }
  const skip = dependents(cells, areas, (c) => isCustom(c.formula));
  const problems: string[] = [];
  let checked = 0;
  for (const c of cells) {
    if (skip.has(`${c.sheet}!${c.row},${c.col}`)) continue;
    checked += 1;
    const where = `${c.sheet}!${c.address} (=${c.formula})`;
    const cached = written.get(c.sheet)!.get(c.address)!;
    const lo = recalculated.get(c.sheet)?.get(c.address);
    if (!lo) {
      problems.push(`${where}: missing after recalculation`);
      continue;
    }
    if (lo.type === "e") {
      problems.push(`${where}: LibreOffice shows ${lo.value}`);
      continue;
    }
    if (cached.type === "e") {
      problems.push(`${where}: the cached value is the error ${cached.value}, LibreOffice computes ${String(lo.value)}`);
      continue;
    }
    const a = cached.value;
    const b = lo.value;
    if (typeof a === "number" && typeof b === "number") {
      if (Math.abs(a - b) > tolerance * Math.max(1, Math.abs(a), Math.abs(b))) problems.push(`${where}: cached ${a}, LibreOffice ${b}`);
    } else if ((a ?? "") !== (b ?? "")) {
      problems.push(`${where}: cached ${JSON.stringify(a)}, LibreOffice ${JSON.stringify(b)}`);
    }
  }
  return { checked, excluded: skip.size, problems };
}
