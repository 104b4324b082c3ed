/** Pieces shared by the sheet builders: title rows, month headers, summaries by family. */
import { CycleConfig } from "../../core/model";
import type { NumberRule } from "../../core/numberRule";
import { CellValue, Validation } from "../types";
import { FIRST_MONTH_COL, HEADER_ROW } from "../geometry";
import { SheetGrid } from "../grid";

/**
 * The data validation of a schema number field on `range`: whole or decimal, with the schema's
 * bounds. Excel's validation has no exclusive bound, so a rule with `above` is a programming error.
 */
export function ruleValidation(range: string, rule: NumberRule): Validation {
  if (rule.above !== undefined) throw new Error(`a sheet validation cannot require a value above ${rule.above}`);
  const kind = rule.integer === true ? "whole" : "decimal";
  return {
    kind,
    range,
    ...(rule.min !== undefined ? { min: rule.min } : {}),
    ...(rule.max !== undefined ? { max: rule.max } : {}),
  };
}

/** Title and subtitle rows. */
export function titleRows(g: SheetGrid, title: string, subtitle: string): void {
  g.value(0, 0, title, "title");
  g.value(1, 0, subtitle, "subtitle");
}

export function cycleSubtitle(cfg: CycleConfig, what: string): string {
  return `${cfg.company} · S&OP cycle ${cfg.cycleMonth} · ${what}`;
}

/** A header row: the given labels from column A, then the months from column C. */
export function monthHeader(
  g: SheetGrid,
  row: number,
  labels: ReadonlyArray<string>,
  months: ReadonlyArray<string>,
): void {
  labels.forEach((l, c) => g.value(row, c, l, "header"));
  months.forEach((m, j) => g.value(row, FIRST_MONTH_COL + j, m, "header"));
}

/** A header row of plain column labels from column A. */
export function tableHeader(g: SheetGrid, labels: ReadonlyArray<string>, row = HEADER_ROW): void {
  labels.forEach((l, c) => g.value(row, c, l, "header"));
}

/**
 * A "<measure> by family" block: a title row with the months, then one row per family whose
 * cells are formulas over the family's own block (the contiguous F x months ranges the workbook
 * names and the KPIs read).
 */
export function familySummary(
  g: SheetGrid,
  o: {
    readonly titleRow: number;
    readonly title: string;
    readonly label: string;
    readonly families: ReadonlyArray<string>;
    readonly months: ReadonlyArray<string>;
    readonly row: (f: number) => number;
    readonly col: (j: number) => number;
    /** The cell's formula, or null for a value (the cached value written as it is). */
    readonly formula: (f: number, j: number) => string | null;
    readonly value: (f: number, j: number) => CellValue;
    readonly numberFormat: string;
  },
): void {
  g.value(o.titleRow, 0, o.title, "header");
  g.value(o.titleRow, 1, "Measure", "header");
  o.months.forEach((m, j) => g.value(o.titleRow, o.col(j), m, "header"));
  o.families.forEach((name, f) => {
    const r = o.row(f);
    g.value(r, 0, name, "label");
    g.value(r, 1, o.label, "label");
    o.months.forEach((_m, j) => {
      const formula = o.formula(f, j);
      if (formula === null) g.value(r, o.col(j), o.value(f, j), "formula", o.numberFormat);
      else g.formula(r, o.col(j), formula, o.value(f, j), o.numberFormat);
    });
  });
}
