/**
 * WorkbookSpecs shaped and sized like the S&OP layout (a block of rows per family, months
 * across, formulas over input rows, protected calc sheets, names, rules, a chart), for renderer
 * tests and the benchmark when the layout module is not at hand, or to control every cell.
 */
import type { Cell, SheetSpec, WorkbookSpec } from "../../../src/layout/types";
import { columnLetter } from "../../../src/render/officejs/a1";

const MONTH0 = 2024 * 12;
function monthLabel(i: number): string {
  const m = MONTH0 + i;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
}

export interface FixtureOptions {
  readonly families: number;
  readonly months: number;
  /** Months of history among `months` (default a third). */
  readonly history?: number;
}

/** A planning workbook: Settings, Families, Demand, Supply, Finance, KPIs. */
export function fixtureSpec(opts: FixtureOptions): WorkbookSpec {
  const { families, months } = opts;
  const history = opts.history ?? Math.floor(months / 3);
  const fam = (f: number): string => `Family ${f + 1}`;
  const header = (title: string): (Cell | null)[] => [{ value: title, style: "header" }, ...Array.from({ length: months }, (_, m) => ({ value: monthLabel(m), style: "header" as const }))];

  const settings: SheetSpec = {
    name: "Settings",
    kind: "input",
    tabColor: "#1F4E79",
    cells: [
      [{ value: "S&OP settings", style: "title" }],
      [{ value: "Company", style: "label" }, { value: "=Acme & Co", style: "input", key: "Settings|company" }],
      [{ value: "Cycle month", style: "label" }, { value: monthLabel(history), style: "input", key: "Settings|cycleMonth" }],
      [{ value: "Business type", style: "label" }, { value: "manufacturing", style: "input", key: "Settings|businessType" }],
      [{ value: "Revenue target / month", style: "label" }, { value: 250000, style: "input", key: "Settings|revenueTarget", numberFormat: "#,##0" }],
    ],
    columnWidths: [24, 18],
    validations: [{ kind: "list", range: "B4", values: ["manufacturing", "saas", "services", "distribution"] }],
    conditionalFormats: [],
    charts: [],
    protect: false,
  };

  const famRows: (Cell | null)[][] = [[{ value: "Family", style: "header" }, { value: "Price", style: "header" }, { value: "Unit cost", style: "header" }, { value: "Capacity", style: "header" }]];
  for (let f = 0; f < families; f++) {
    famRows.push([
      { value: fam(f), style: "input", key: `Families|name|${f}` },
      { value: 100 + f, style: "input", key: `Families|price|${fam(f)}`, numberFormat: "#,##0.00" },
      { value: 60 + f, style: "input", key: `Families|cost|${fam(f)}`, numberFormat: "#,##0.00" },
      { value: 1000, style: "input", key: `Families|capacity|${fam(f)}`, numberFormat: "#,##0" },
    ]);
  }
  const familiesSheet: SheetSpec = {
    name: "Families",
    kind: "input",
    cells: famRows,
    columnWidths: [20, 12, 12, 12],
    freeze: { rows: 1, columns: 1 },
    validations: [{ kind: "decimal", range: `B2:C${families + 1}`, min: 0 }],
    conditionalFormats: [],
    charts: [],
    protect: false,
  };

  // Demand: per family 8 rows: title, actual, baseline, override (input), pipeline, consensus, diff, cum diff.
  const demandRows: (Cell | null)[][] = [[{ value: "Demand plan", style: "title" }], header("Family / measure")];
  const consensusRow: number[] = [];
  for (let f = 0; f < families; f++) {
    const top = demandRows.length; // 0-based row of the family title
    const r = (k: number): number => top + k + 1; // 1-based A1 row of measure k
    const row = (label: string, cell: (m: number, col: string) => Cell | null): (Cell | null)[] => [{ value: label, style: "label" }, ...Array.from({ length: months }, (_, m) => cell(m, columnLetter(m + 1)))];
    demandRows.push([{ value: fam(f), style: "subtitle" }]);
    demandRows.push(row("Actual sales", (m) => (m < history ? { value: 500 + ((f * 7 + m * 13) % 97), style: "input", key: `Demand|actual|${fam(f)}|${monthLabel(m)}`, numberFormat: "#,##0" } : null)));
    demandRows.push(row("Statistical baseline", (m) => ({ value: 510 + (m % 12), style: "formula", numberFormat: "#,##0" })));
    demandRows.push(row("Sales override", (m) => (m >= history ? { value: null, style: "input", key: `Demand|override|${fam(f)}|${monthLabel(m)}`, numberFormat: "#,##0" } : null)));
    demandRows.push(row("Weighted pipeline", (_m, c) => ({ formula: `=SUMIFS(Pipeline!$G:$G,Pipeline!$B:$B,$A$${r(-1)},Pipeline!$F:$F,${c}$2)`, value: 0, style: "formula", numberFormat: "#,##0" })));
    consensusRow.push(r(5));
    demandRows.push(row("Consensus demand", (_m, c) => ({ formula: `=IF(${c}${r(3)}<>"",${c}${r(3)},${c}${r(2)})+${c}${r(4)}`, value: 510, style: "total", numberFormat: "#,##0" })));
    demandRows.push(row("Diff vs actual", (m, c) => (m < history ? { formula: `=${c}${r(5)}-${c}${r(1)}`, value: 0, style: "formula", numberFormat: "#,##0;[Red]-#,##0" } : null)));
    demandRows.push(row("Cumulative diff", (m, c) => (m < history ? { formula: m === 0 ? `=${c}${r(6)}` : `=${columnLetter(m)}${r(7)}+${c}${r(6)}`, value: 0, style: "formula", numberFormat: "#,##0;[Red]-#,##0" } : null)));
  }
  const demand: SheetSpec = {
    name: "Demand",
    kind: "calc",
    tabColor: "#2E75B6",
    cells: demandRows,
    columnWidths: [26, ...Array.from({ length: months }, () => 10)],
    freeze: { rows: 2, columns: 1 },
    validations: [],
    conditionalFormats: [{ range: `B3:${columnLetter(months)}${demandRows.length}`, formula: "=B3<0", style: "bad" }],
    charts: [],
    protect: true,
  };

  const supplyRows: (Cell | null)[][] = [[{ value: "Supply plan", style: "title" }], header("Family / measure")];
  for (let f = 0; f < families; f++) {
    const top = supplyRows.length;
    const r = (k: number): number => top + k + 1;
    const row = (label: string, cell: (m: number, col: string) => Cell | null): (Cell | null)[] => [{ value: label, style: "label" }, ...Array.from({ length: months }, (_, m) => cell(m, columnLetter(m + 1)))];
    supplyRows.push([{ value: fam(f), style: "subtitle" }]);
    supplyRows.push(row("Capacity", () => ({ formula: `=INDEX(Families!$D:$D,${f + 2})`, value: 1000, style: "formula", numberFormat: "#,##0" })));
    supplyRows.push(row("Supply plan", (m) => ({ value: 510, style: "input", key: `Supply|plan|${fam(f)}|${monthLabel(m)}`, numberFormat: "#,##0" })));
    supplyRows.push(row("Projected inventory", (m, c) => ({ formula: m === 0 ? `=${c}${r(2)}-Demand!${c}${consensusRow[f]}` : `=${columnLetter(m)}${r(3)}+${c}${r(2)}-Demand!${c}${consensusRow[f]}`, value: 0, style: "formula", numberFormat: "#,##0" })));
    supplyRows.push(row("Utilization", (_m, c) => ({ formula: `=IF(${c}${r(1)}=0,0,${c}${r(2)}/${c}${r(1)})`, value: 0.51, style: "formula", numberFormat: "0.0%" })));
    supplyRows.push(row("Shortfall", (m, c) => ({ formula: `=MAX(0,Demand!${c}${consensusRow[f]}-${c}${r(2)}-${m === 0 ? 0 : `${columnLetter(m)}${r(3)}`})`, value: 0, style: "formula", numberFormat: "#,##0" })));
  }
  const supply: SheetSpec = { ...demand, name: "Supply", cells: supplyRows, conditionalFormats: [], tabColor: "#548235" };

  const kpis: SheetSpec = {
    name: "KPIs",
    kind: "report",
    cells: [
      [{ value: "KPI", style: "header" }, { value: "Value", style: "header" }, { value: "Status", style: "header" }],
      [{ value: "Forecast accuracy", style: "label" }, { formula: `=SOP.FORECASTACCURACY(Demand!B4:${columnLetter(history)}4,Demand!B8:${columnLetter(history)}8)`, value: 0.9, style: "formula", numberFormat: "0.0%" }, { formula: '=IF(B2>=0.85,"on target","off target")', value: "on target", style: "good" }],
      [{ value: "Note", style: "note" }, { value: "+ signs and - signs stay text", style: "note" }, { value: "@risk", style: "note" }],
    ],
    columnWidths: [30, 12, 14],
    validations: [],
    conditionalFormats: [{ range: "C2", formula: '=C2="off target"', style: "bad" }],
    charts: [{ title: "Demand vs supply", type: "line", sourceRange: `Demand!A2:${columnLetter(months)}4`, topLeft: "E2", bottomRight: "L16" }],
    protect: true,
    print: { landscape: true, fitToWidth: true, title: "Acme & Co S&OP", area: "A1:G20", titleRows: 2, footer: "Acme & Co · S&OP cycle 2026-03" },
  };

  return {
    sheets: [settings, familiesSheet, demand, supply, kpis],
    names: [
      { name: "SOP_Company", ref: "Settings!$B$2" },
      { name: "SOP_Families", ref: `Families!$A$2:$A$${families + 1}` },
    ],
  };
}
