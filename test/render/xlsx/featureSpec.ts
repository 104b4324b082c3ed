/** Test fixture: a small workbook using every feature the renderer writes (render.test.ts, streaming.test.ts). */
import type { WorkbookSpec } from "../../../src/layout/types";
import { sheet } from "../sheetSpec";

export const featureSpec: WorkbookSpec = {
  sheets: [
    sheet({
      name: "Plan data",
      kind: "input",
      tabColor: "#1F4E79",
      protect: true,
      columnWidths: [24, 12, 12],
      freeze: { rows: 1, columns: 1 },
      print: { landscape: true, fitToWidth: true, title: "Plan & targets", area: "A1:C10" },
      cells: [
        [{ value: "Family", style: "header" }, { value: "2026-01", style: "header" }, { value: "2026-02", style: "header" }],
        [{ value: "Widgets", style: "label" }, { value: 100, style: "input", key: "k|W|1", numberFormat: "#,##0" }, { value: 120, style: "input", key: "k|W|2", numberFormat: "#,##0" }],
        [{ value: "Total", style: "total" }, { formula: "=SUM(B2:C2)", value: 220, style: "total", numberFormat: "#,##0" }],
        [{ value: "=HYPERLINK(\"http://evil.example\",\"click\")" }, { value: "+1+2" }, { value: "-cmd" }, { value: "@SUM(A1)" }],
        [{ formula: "=SOP.FORECASTBIAS(B2:C2,B2:C2)", value: 0, numberFormat: "0.0%" }, { formula: "=1/0", value: "#DIV/0!" }, { formula: "=IF(B2>50,\"high\",\"low\")", value: "high" }, { formula: "=B2>50", value: true }],
        [],
        [null, { style: "input", key: "blank" }],
        // Formulas without a cached result (none, NaN), a styled blank (an infinite value), a
        // plain boolean and number, and a formula that passes a range through blankAware (an array formula).
        [
          { formula: "=B2" },
          { formula: "=B2/0", value: Number.NaN, style: "total", numberFormat: "#,##0" },
          { value: Number.POSITIVE_INFINITY, style: "good" },
          { value: false },
          { value: 7 },
          { formula: '=SUM(IF(ISBLANK(B2:C2),"",B2:C2))', value: 220 },
        ],
      ],
      validations: [
        { kind: "decimal", range: "B2:C2", min: 0 },
        { kind: "list", range: "D2:D9", values: ["Open", "In progress", "Closed"] },
        { kind: "whole", range: "E2:E9", min: 1, max: 10 },
        { kind: "date", range: "F2:F9" },
        { kind: "list", range: "G2:G9", values: Array.from({ length: 60 }, (_, i) => `Family number ${i + 1}`) },
      ],
      conditionalFormats: [{ range: "B2:C2", formula: "=B2<0", style: "bad" }],
      charts: [{ title: "ignored", type: "line", sourceRange: "A1:C2", topLeft: "E1", bottomRight: "J10" }],
    }),
    sheet({ name: "KPIs", cells: [[{ value: "KPIs", style: "title" }], [{ value: 0.93, style: "good", numberFormat: "0%" }]] }),
  ],
  names: [
    { name: "SOP_Company", ref: "'Plan data'!$A$2" },
    { name: "SOP_Demand", ref: "'Plan data'!$B$2:$C$2" },
  ],
};
