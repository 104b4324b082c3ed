/**
 * The pieces the sheet builders share (src/layout/sheets/common.ts) on hand-made grids: a number
 * rule's validation, title and header rows, a summary by family with formulas or plain values.
 */
import { SheetGrid } from "../../../src/layout/grid";
import {
  cycleSubtitle,
  familySummary,
  monthHeader,
  ruleValidation,
  tableHeader,
  titleRows,
} from "../../../src/layout/sheets/common";
import type { Cell } from "../../../src/layout/types";
import { header, label } from "../support/cells";
import { tinyCycle } from "../support/tinyCycle";

const cellsOf = (g: SheetGrid): ReadonlyArray<ReadonlyArray<Cell | null>> =>
  g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells;

describe("a number rule's validation", () => {
  it("is whole for an integer rule and decimal otherwise, with the rule's bounds", () => {
    expect(ruleValidation("$C$5:$D$6", { integer: true, min: 1, max: 120 })).toStrictEqual({
      kind: "whole",
      range: "$C$5:$D$6",
      min: 1,
      max: 120,
    });
    expect(ruleValidation("$B$5", { min: 0 })).toStrictEqual({ kind: "decimal", range: "$B$5", min: 0 });
    expect(ruleValidation("$B$5", { max: 1 })).toStrictEqual({ kind: "decimal", range: "$B$5", max: 1 });
    expect(ruleValidation("$B$5", { integer: false })).toStrictEqual({ kind: "decimal", range: "$B$5" });
    expect(ruleValidation("$B$5", {})).toStrictEqual({ kind: "decimal", range: "$B$5" });
  });

  it("refuses a rule with an exclusive bound, which Excel's validation cannot express", () => {
    expect(() => ruleValidation("$B$5", { above: 0 })).toThrow(
      new Error("a sheet validation cannot require a value above 0"),
    );
  });
});

describe("title and header rows", () => {
  it("writes the title, the subtitle with the company and cycle, the labels then the months from column C", () => {
    const g = new SheetGrid("S");
    titleRows(g, "Title", cycleSubtitle(tinyCycle().config, "what it shows"));
    monthHeader(g, 3, ["Family", "Measure"], ["2026-04", "2026-05"]);
    tableHeader(g, ["Deal", "Family", "Quantity"], 5);
    tableHeader(g, ["Decision"]);
    expect(cellsOf(g)).toStrictEqual([
      [{ value: "Title", style: "title" }],
      [{ value: "Acme · S&OP cycle 2026-04 · what it shows", style: "subtitle" }],
      [],
      // The default header row (row 4 in Excel) is the one the month header used: overwritten.
      [header("Decision"), header("Measure"), header("2026-04"), header("2026-05")],
      [],
      [header("Deal"), header("Family"), header("Quantity")],
    ]);
  });

  it("puts the months from column C even after a single label", () => {
    const g = new SheetGrid("S");
    monthHeader(g, 0, ["Family"], ["2026-04"]);
    expect(cellsOf(g)).toStrictEqual([[header("Family"), null, header("2026-04")]]);
  });
});

describe("a summary by family", () => {
  it("writes the title row with the months, then each family's label and its cells at the given rows and columns", () => {
    const g = new SheetGrid("S");
    familySummary(g, {
      titleRow: 1,
      title: "Units by family",
      label: "Units",
      families: ["Pumps", "Valves"],
      months: ["2026-04", "2026-05"],
      row: (f) => 2 + 2 * f,
      col: (j) => 3 + j,
      // Pumps by formula, Valves as values; the cached value null is written blank.
      formula: (f, j) => (f === 0 ? `=X${j + 1}` : null),
      value: (f, j) => (f === 0 && j === 1 ? null : 10 * f + j),
      numberFormat: "0.0",
    });
    expect(cellsOf(g)).toStrictEqual([
      [],
      [header("Units by family"), header("Measure"), null, header("2026-04"), header("2026-05")],
      [
        label("Pumps"),
        label("Units"),
        null,
        { formula: "=X1", value: 0, style: "formula", numberFormat: "0.0" },
        { formula: "=X2", value: "", style: "formula", numberFormat: "0.0" },
      ],
      [],
      [
        label("Valves"),
        label("Units"),
        null,
        { value: 10, style: "formula", numberFormat: "0.0" },
        { value: 11, style: "formula", numberFormat: "0.0" },
      ],
    ]);
  });
});
