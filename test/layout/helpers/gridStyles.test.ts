import { SheetGrid } from "../../../src/layout/grid";
import { cellRole, isUnlocked } from "../../../src/layout/styles";

describe("the sheet grid", () => {
  it("places cells by row and column, padding the gaps with empty cells", () => {
    const g = new SheetGrid("Plan");
    expect(g.rowCount).toBe(0);
    g.value(2, 3, "x");
    // rows 0 and 1 are empty; row 2 holds three empty cells, then the value
    expect(g.rowCount).toBe(3);
    g.value(2, 1, 5);
    g.value(0, 0, "title", "title");
    const spec = g.toSpec({ kind: "report", columnWidths: [], protect: false });
    expect(spec.cells).toEqual([[{ value: "title", style: "title" }], [], [null, { value: 5 }, null, { value: "x" }]]);
  });

  it("writes a value's style and number format only when given", () => {
    const g = new SheetGrid("S");
    g.value(0, 0, 1, "label");
    g.value(0, 1, 2, undefined, "0.0%");
    g.value(0, 2, 3, "total", "#,##0");
    g.value(0, 3, null);
    expect(g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells[0]).toEqual([
      { value: 1, style: "label" },
      { value: 2, numberFormat: "0.0%" },
      { value: 3, style: "total", numberFormat: "#,##0" },
      { value: null },
    ]);
  });

  it("writes a formula with its cached result, a blank result as the empty text", () => {
    const g = new SheetGrid("S");
    g.formula(0, 0, "=A2", 4);
    g.formula(0, 1, "=A3", null, "0.0");
    g.formula(0, 2, "=A4", "ok", undefined, "total");
    expect(g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells[0]).toEqual([
      { formula: "=A2", value: 4, style: "formula" },
      { formula: "=A3", value: "", style: "formula", numberFormat: "0.0" },
      { formula: "=A4", value: "ok", style: "total" },
    ]);
  });

  it("writes an input with its key, its format and a default formula when given", () => {
    const g = new SheetGrid("S");
    g.input(0, 0, "K|a", 3);
    g.input(0, 1, "K|b", 0.5, "0.0%");
    g.input(0, 2, "K|c", 7, undefined, "=B1*2");
    g.input(0, 3, "K|d", 8, "0", "");
    // strictly: no "formula" key on a cell without one
    expect(g.toSpec({ kind: "input", columnWidths: [], protect: true }).cells[0]).toStrictEqual([
      { value: 3, style: "input", key: "K|a" },
      { value: 0.5, style: "input", key: "K|b", numberFormat: "0.0%" },
      { value: 7, style: "input", key: "K|c", formula: "=B1*2" },
      { value: 8, style: "input", key: "K|d", numberFormat: "0", formula: "" },
    ]);
  });

  it("freezes into a spec with its name, validations, formats and charts", () => {
    const g = new SheetGrid("Plan");
    g.validations.push({ kind: "list", range: "A1:A2", values: ["a"] });
    g.conditionalFormats.push({ range: "B1:B2", formula: "=B1<0", style: "bad" });
    const chart = { title: "t", type: "line" as const, sourceRange: "A1:B2", topLeft: "D1", bottomRight: "H9" };
    const withChart = g.toSpec({ kind: "report", columnWidths: [10], protect: false, charts: [chart] });
    expect(withChart).toEqual({
      name: "Plan",
      kind: "report",
      cells: [],
      columnWidths: [10],
      protect: false,
      validations: [{ kind: "list", range: "A1:A2", values: ["a"] }],
      conditionalFormats: [{ range: "B1:B2", formula: "=B1<0", style: "bad" }],
      charts: [chart],
    });
    expect(g.toSpec({ kind: "report", columnWidths: [], protect: false }).charts).toEqual([]);
  });
});

describe("cell roles", () => {
  it("draws a cell with its style, else as an input when keyed, else as a formula", () => {
    expect(cellRole({ value: 1, style: "total", key: "k", formula: "=1" })).toBe("total");
    expect(cellRole({ value: 1, key: "k", formula: "=1" })).toBe("input");
    expect(cellRole({ value: 1, formula: "=1" })).toBe("formula");
    expect(cellRole({ value: 1, formula: "" })).toBeUndefined();
    expect(cellRole({ value: 1 })).toBeUndefined();
  });

  it("unlocks keyed and input-styled cells only", () => {
    expect(isUnlocked({ value: 1, key: "k" })).toBe(true);
    expect(isUnlocked({ value: 1, key: "k", style: "formula" })).toBe(true);
    expect(isUnlocked({ value: 1, style: "input" })).toBe(true);
    expect(isUnlocked({ value: 1, style: "formula" })).toBe(false);
    expect(isUnlocked({ value: 1 })).toBe(false);
  });
});
