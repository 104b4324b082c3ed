/**
 * The deck sheet's row writer and cell shapes (src/deck/writer.ts), each expected value written
 * out by hand.
 */
import { RowWriter, a1Range, headers, num, text } from "../../src/deck/writer";

describe("the deck's row writer", () => {
  let w: RowWriter;
  beforeEach(() => {
    w = new RowWriter();
  });

  it("appends rows, returning each one's 0-based index, and says which row comes next", () => {
    expect(w.next).toBe(0);
    expect(w.row([text("a")])).toBe(0);
    expect(w.next).toBe(1);
    expect(w.row([null, text("b")])).toBe(1);
    expect(w.next).toBe(2);
    expect(w.cells()).toEqual([[{ value: "a" }], [null, { value: "b" }]]);
  });

  it("writes one empty row by default, or as many as asked (none for 0)", () => {
    w.blank();
    expect(w.next).toBe(1);
    w.blank(3);
    expect(w.next).toBe(4);
    w.blank(0);
    expect(w.next).toBe(4);
    expect(w.cells()).toEqual([[], [], [], []]);
  });

  it("puts a cell beside what a row holds, padding the columns between with empty cells", () => {
    w.row([text("a")]);
    w.row([]);
    // Row 0 holds column A: B and C are padded, D gets the cell.
    w.put(0, 3, text("d"));
    expect(w.cells()[0]).toEqual([{ value: "a" }, null, null, { value: "d" }]);
    // Putting into a column already written replaces it without padding.
    w.put(0, 1, text("b"));
    expect(w.cells()[0]).toEqual([{ value: "a" }, { value: "b" }, null, { value: "d" }]);
    // An empty row: column A needs no padding.
    w.put(1, 0, text("x"));
    expect(w.cells()[1]).toEqual([{ value: "x" }]);
    // The row right after the last one filled: one pad before column B.
    w.put(1, 2, text("z"));
    expect(w.cells()[1]).toEqual([{ value: "x" }, null, { value: "z" }]);
  });

  it("hands out a copy of its rows: changing it leaves the writer's own alone", () => {
    const cells = [text("a")];
    w.row(cells);
    cells.push(text("later"));
    const copy = w.cells();
    copy[0].push(text("b"));
    copy.push([]);
    expect(w.cells()).toEqual([[{ value: "a" }]]);
    expect(w.next).toBe(1);
  });
});

describe("the deck's cell shapes", () => {
  it("writes text with its style, or none", () => {
    expect(text("Total", "total")).toEqual({ value: "Total", style: "total" });
    expect(text("plain")).toEqual({ value: "plain" });
    expect("style" in text("plain")).toBe(false);
    expect(text("")).toEqual({ value: "" });
  });

  it("writes a finite number with its format and style, and nothing for a missing or non-finite one", () => {
    expect(num(12.5, "#,##0")).toEqual({ value: 12.5, numberFormat: "#,##0" });
    expect("style" in (num(12.5, "#,##0") ?? {})).toBe(false);
    expect(num(-3, "0.0%", "bad")).toEqual({ value: -3, numberFormat: "0.0%", style: "bad" });
    expect(num(0, "0")).toEqual({ value: 0, numberFormat: "0" });
    for (const v of [null, undefined, NaN, Infinity, -Infinity]) expect(num(v, "0")).toBeNull();
    // -0 is written as 0 (Excel would show "-0" under some formats).
    expect(Object.is(num(-0, "0")?.value, 0)).toBe(true);
    expect(Object.is(num(-0, "0", "total")?.value, 0)).toBe(true);
  });

  it("writes headers in the header style", () => {
    expect(headers(["Family", "Unit"])).toEqual([
      { value: "Family", style: "header" },
      { value: "Unit", style: "header" },
    ]);
    expect(headers([])).toEqual([]);
  });

  it("gives a 0-based rectangle's A1 address", () => {
    expect(a1Range(0, 0, 2, 3)).toBe("A1:D3");
    expect(a1Range(118, 0, 121, 3)).toBe("A119:D122");
  });
});
