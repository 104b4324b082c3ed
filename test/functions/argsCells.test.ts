/**
 * Range and parameter parsing (src/core/args.ts) cell by cell: where a bad cell is, how a long
 * text is quoted, scalar parameters of each kind, left-out optional arguments. Every expected
 * value and message is written out by hand.
 */
import {
  cellCount,
  dateParam,
  dates,
  isBlankCell,
  numberParam,
  numbers,
  omitted,
  optionalDateParam,
  optionParam,
  pairable,
  textParam,
} from "../../src/core/args";
import { isSopError } from "../../src/core/errors";
import { errorOf } from "../core/errorOf";

const nums = (r: unknown): number[] => {
  if (isSopError(r)) throw new Error(r.toString());
  return Array.from(r as Float64Array);
};

describe("blank cells", () => {
  it("are null, undefined, empty or whitespace-only text, never 0 or FALSE", () => {
    expect([null, undefined, "", "  \t"].map(isBlankCell)).toEqual([true, true, true, true]);
    expect([0, false, " x "].map(isBlankCell)).toEqual([false, false, false]);
    expect(nums(numbers([[" ", 3]], "actuals"))).toEqual([NaN, 3]);
  });
});

describe("a bad cell's place", () => {
  it("counts cells row by row over rows of different lengths", () => {
    expect(errorOf(numbers([[1], [2, "x"]], "actuals")).message).toBe(
      'actuals: text "x" in cell 3 (row 2, column 2) where a number belongs',
    );
    expect(cellCount([[1], [2, 3], []])).toBe(3);
    expect(errorOf(numbers([[1], [], ["x"]], "actuals")).message).toBe(
      'actuals: text "x" in cell 2 (row 3, column 1) where a number belongs',
    );
    // A flat list is read as a column, one cell a row.
    expect(nums(numbers([1, null, 3] as unknown as number[][], "actuals"))).toEqual([1, NaN, 3]);
    expect(errorOf(numbers([1, "x"] as unknown as number[][], "actuals")).message).toBe(
      'actuals: text "x" in cell 2 (row 2, column 1) where a number belongs',
    );
  });
  it("answers #NUM! for a number that is not finite", () => {
    expect(errorOf(numbers([[1, Infinity]], "forecasts"))).toEqual({
      code: "#NUM!",
      message: "forecasts: cell 2 (row 1, column 2) is not a finite number",
    });
  });
  it("quotes the first 20 characters of a long text and names FALSE", () => {
    expect(errorOf(numbers([["abcdefghijklmnopqrstuvwxyz"]], "a")).message).toBe(
      'a: text "abcdefghijklmnopqrst..." in cell 1 (row 1, column 1) where a number belongs',
    );
    expect(errorOf(numbers([["abcdefghijklmnopqrst"]], "a")).message).toBe(
      'a: text "abcdefghijklmnopqrst" in cell 1 (row 1, column 1) where a number belongs',
    );
    expect(errorOf(numbers([[false]], "a")).message).toBe(
      "a: FALSE in cell 1 (row 1, column 1) where a number belongs",
    );
  });
  it("says a date belongs in a date range", () => {
    expect(errorOf(dates([[45658], ["next week"]], "promisedDates"))).toEqual({
      code: "#VALUE!",
      message:
        'promisedDates: text "next week" in cell 2 (row 2, column 1) where a date (a date cell or ISO text such as 2025-03-31) belongs',
    });
  });
  it("says TRUE in a date range is not a date", () => {
    expect(errorOf(dates([[true]], "promisedDates")).message).toBe(
      "promisedDates: TRUE in cell 1 (row 1, column 1) where a date (a date cell or ISO text such as 2025-03-31) belongs",
    );
  });
  it("reads ISO text as a number in a number range as text, not as a date", () => {
    expect(errorOf(numbers([["2025-01-01"]], "a")).code).toBe("#VALUE!");
  });
});

describe("pairing ranges", () => {
  it("pairs a block with a row or a column of as many cells", () => {
    expect(
      pairable(
        [
          [1, 2],
          [3, 4],
        ],
        "a",
        [[1, 2, 3, 4]],
        "b",
      ),
    ).toBeNull();
    expect(
      pairable(
        [[1], [2], [3], [4]],
        "a",
        [
          [1, 2],
          [3, 4],
        ],
        "b",
      ),
    ).toBeNull();
    expect(
      pairable(
        [
          [1, 2],
          [3, 4],
        ],
        "a",
        [
          [5, 6],
          [7, 8],
        ],
        "b",
      ),
    ).toBeNull();
    expect(pairable(7, "a", [[8]], "b")).toBeNull();
  });
  it("rejects two blocks whose rows differ in length", () => {
    expect(
      errorOf(
        pairable(
          [
            [1, 2],
            [3, 4],
          ],
          "a",
          [[1, 2, 3], [4]],
          "b",
        ),
      ),
    ).toEqual({
      code: "#VALUE!",
      message: "a and b must be the same shape (2x2 and 2x3 cells)",
    });
    expect(
      errorOf(
        pairable(
          [
            [1, 2],
            [3, 4],
            [5, 6],
          ],
          "a",
          [
            [1, 2, 3],
            [4, 5, 6],
          ],
          "b",
        ),
      ).message,
    ).toBe("a and b must be the same shape (3x2 and 2x3 cells)");
  });
});

describe("numberParam", () => {
  it("takes the fallback for whitespace, an empty range or a range of one empty row", () => {
    expect(numberParam("  ", "lag", 3)).toBe(3);
    expect(numberParam([], "lag", 3)).toBe(3);
    expect(numberParam([[], [5]], "lag", 3)).toBe(5);
  });
  it("names the parameter for TRUE, a range and a number that is not finite", () => {
    expect(errorOf(numberParam(true, "lag", 3))).toEqual({
      code: "#VALUE!",
      message: "lag: TRUE where a number belongs",
    });
    expect(errorOf(numberParam([[1], [2]], "lag", 3))).toEqual({
      code: "#VALUE!",
      message: "lag must be a single value, not a range",
    });
    expect(errorOf(numberParam(-Infinity, "lag", 3))).toEqual({ code: "#NUM!", message: "lag is not a finite number" });
  });
  it("accepts a value on the rule's bounds", () => {
    expect(numberParam(1, "lag", 3, { min: 1, max: 120, integer: true })).toBe(1);
    expect(numberParam(120, "lag", 3, { min: 1, max: 120, integer: true })).toBe(120);
    expect(errorOf(numberParam(0.5, "daysPerMonth", 30, { above: 0.5 })).message).toBe(
      "daysPerMonth must be a number above 0.5 (got 0.5)",
    );
  });
});

describe("dateParam and optionalDateParam", () => {
  it("reads a date cell's serial or ISO text (2025-01-01 is Excel serial 45658)", () => {
    expect(dateParam(45658, "month")).toBe(45658);
    expect(dateParam([[" 2025-01-01 "]], "month")).toBe(45658);
    expect(dateParam("2025-02", "month")).toBe(45689);
  });
  it("says what is wrong: blank, text, TRUE, not finite, a range", () => {
    expect(errorOf(dateParam(null, "month"))).toEqual({
      code: "#VALUE!",
      message: "month: blank where a date belongs",
    });
    expect(errorOf(dateParam("soon", "month")).message).toBe('month: text "soon" where a date belongs');
    expect(errorOf(dateParam(true, "month")).message).toBe("month: TRUE where a date belongs");
    expect(errorOf(dateParam(NaN, "month")).message).toBe("month: NaN where a date belongs");
    expect(errorOf(dateParam([[1, 2]], "month")).message).toBe("month must be a single value, not a range");
  });
  it("leaves an optional date out when omitted, blank or a desktop 0, and checks anything else", () => {
    for (const v of [undefined, null, "", [[null]], 0, [[0]]]) expect(optionalDateParam(v, "asOfDate")).toBeUndefined();
    expect(optionalDateParam([["2025-01-01"]], "asOfDate")).toBe(45658);
    expect(errorOf(optionalDateParam("soon", "asOfDate")).message).toBe('asOfDate: text "soon" where a date belongs');
    expect(errorOf(optionalDateParam([[0, 1]], "asOfDate")).message).toBe(
      "asOfDate must be a single value, not a range",
    );
  });
});

describe("textParam and optionParam", () => {
  it("trims text and takes the fallback for a blank or a desktop 0", () => {
    expect(textParam("  Done ", "closedLabel", "Closed")).toBe("Done");
    expect(textParam(null, "closedLabel", "Closed")).toBe("Closed");
    expect(textParam(0, "closedLabel", "Closed")).toBe("Closed");
    expect(textParam([[" "]], "closedLabel", "Closed")).toBe("Closed");
  });
  it("rejects a number or TRUE where text belongs", () => {
    expect(errorOf(textParam(5, "closedLabel", "Closed"))).toEqual({
      code: "#VALUE!",
      message: "closedLabel: 5 where text belongs",
    });
    expect(errorOf(textParam(true, "closedLabel", "Closed")).message).toBe("closedLabel: TRUE where text belongs");
    expect(errorOf(textParam([["a", "b"]], "closedLabel", "Closed")).message).toBe(
      "closedLabel must be a single value, not a range",
    );
  });
  it("rejects a number that is not one of the words", () => {
    expect(errorOf(optionParam(3, "variant", ["PERCENT", "MEAN"], "PERCENT")).message).toBe(
      "variant must be one of PERCENT, MEAN (got 3)",
    );
    expect(errorOf(optionParam([["MEAN", "PERCENT"]], "variant", ["PERCENT", "MEAN"], "PERCENT")).message).toBe(
      "variant must be a single value, not a range",
    );
  });
});

describe("omitted", () => {
  it("is true only when every cell is blank", () => {
    expect([undefined, null, " ", [[null, ""]], [], [[]]].map(omitted)).toEqual([true, true, true, true, true, true]);
    expect([0, [[null, 0]], [[null], ["x"]]].map(omitted)).toEqual([false, false, false]);
  });
});
