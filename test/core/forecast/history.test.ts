import { historyFromRange } from "../../../src/core/forecast";

describe("historyFromRange", () => {
  it("reads a row and a column with their orientation", () => {
    expect(historyFromRange([[1, 2, 3]])).toEqual({ values: [1, 2, 3], orientation: "row" });
    expect(historyFromRange([[1], [2], [3]])).toEqual({ values: [1, 2, 3], orientation: "column" });
  });

  it("drops leading blanks and zeros and trailing blanks, keeps trailing zeros", () => {
    expect(historyFromRange([[null, 0, "", 4, 5, 0, null, ""]])).toEqual({ values: [4, 5, 0], orientation: "row" });
  });

  it("counts interior blanks as 0, as desktop Excel passes them", () => {
    expect(historyFromRange([[3, null, "", "  ", 6]])).toMatchObject({ values: [3, 0, 0, 0, 6] });
  });

  it("returns #VALUE! naming the position of text or a boolean", () => {
    expect(historyFromRange([[1, 2, "abc"]])).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("3") });
    expect(historyFromRange([[1], [true]])).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("2") });
  });

  it("returns #VALUE! for a block of several rows and columns", () => {
    expect(historyFromRange([[1, 2], [3, 4]])).toMatchObject({ code: "#VALUE!" });
  });
});
