import { fillGaps, historyFromRange } from "../../../src/core/forecast";

describe("historyFromRange", () => {
  it("reads a row and a column with their orientation", () => {
    expect(historyFromRange([[1, 2, 3]])).toEqual({ values: [1, 2, 3], orientation: "row" });
    expect(historyFromRange([[1], [2], [3]])).toEqual({ values: [1, 2, 3], orientation: "column" });
  });

  it("drops leading blanks and zeros and trailing blanks, keeps trailing zeros", () => {
    expect(historyFromRange([[null, 0, "", 4, 5, 0, null, ""]])).toEqual({ values: [4, 5, 0], orientation: "row" });
  });

  it("fills interior blanks (web) on the straight line between their neighbours; a desktop 0 stays 0", () => {
    // 3 to 6 over four steps: 3.75, 4.5, 5.25.
    expect(historyFromRange([[3, null, "", "  ", 6]])).toMatchObject({ values: [3, 3.75, 4.5, 5.25, 6] });
    expect(historyFromRange([[3, 0, 0, 0, 6]])).toMatchObject({ values: [3, 0, 0, 0, 6] });
  });

  it("keeps a range of zeros (zero demand so far) from its first zero", () => {
    expect(historyFromRange([[null, 0, null, 0, 0, null]])).toEqual({ values: [0, 0, 0, 0], orientation: "row" }); // the blank between zeros is filled with 0
    expect(historyFromRange([[null, null]])).toEqual({ values: [], orientation: "row" });
  });

  it("returns #VALUE! naming the position of text or a boolean", () => {
    expect(historyFromRange([[1, 2, "abc"]])).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("3") });
    expect(historyFromRange([[1], [true]])).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("2") });
  });

  it("returns #VALUE! for a block of several rows and columns", () => {
    expect(
      historyFromRange([
        [1, 2],
        [3, 4],
      ]),
    ).toMatchObject({ code: "#VALUE!" });
  });

  it("fillGaps: straight line inside, nearest value at the ends", () => {
    expect(fillGaps([null, 2, null, null, 8, null])).toEqual([2, 2, 4, 6, 8, 8]);
    expect(fillGaps([null, null])).toEqual([0, 0]);
  });
});

describe("historyFromRange: shapes and messages", () => {
  it("reads a single cell, a 1 x 1 range and an empty range as a row", () => {
    expect(historyFromRange(5)).toEqual({ values: [5], orientation: "row" });
    expect(historyFromRange([[5]])).toEqual({ values: [5], orientation: "row" });
    expect(historyFromRange([])).toEqual({ values: [], orientation: "row" });
    expect(historyFromRange([[]])).toEqual({ values: [], orientation: "row" });
  });

  it("reads the first cell of each row of a column, and refuses a row longer than one cell in it", () => {
    expect(historyFromRange([[1], [2, 3]])).toMatchObject({
      code: "#VALUE!",
      message: "history must be a single row or a single column",
    });
  });

  it("names the position and the fault: not a number, not a finite number", () => {
    expect(historyFromRange([[1, 2, "abc"]])).toMatchObject({ message: "history value 3 is not a number" });
    expect(historyFromRange([[1], [Number.POSITIVE_INFINITY]])).toMatchObject({
      code: "#VALUE!",
      message: "history value 2 is not a finite number",
    });
    expect(historyFromRange([[Number.NaN, 1]])).toMatchObject({ message: "history value 1 is not a finite number" });
  });

  it("reads a blank of spaces as a blank at either end", () => {
    expect(historyFromRange([["  ", 4, 5, " "]])).toEqual({ values: [4, 5], orientation: "row" });
    expect(historyFromRange([[undefined, 4, undefined, 6, undefined]])).toEqual({
      values: [4, 5, 6],
      orientation: "row",
    });
  });
});
