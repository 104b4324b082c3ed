/** Range parsing for the SOP.* functions: blanks, text, shapes, options, numeric parameters. */
import { dates, labels, numberParam, numbers, optionParam, pairable } from "../../src/core/args";
import { isSopError } from "../../src/core/errors";

const nums = (r: unknown): number[] => {
  if (isSopError(r)) throw new Error(r.toString());
  return Array.from(r as Float64Array);
};

describe("numbers", () => {
  it("reads a block row by row and marks web blanks as NaN", () => {
    expect(nums(numbers([[1, null], ["", 4]], "actuals"))).toEqual([1, NaN, NaN, 4]);
  });
  it("keeps a desktop blank (0) as a real zero", () => {
    expect(nums(numbers([[0, 2]], "actuals"))).toEqual([0, 2]);
  });
  it("returns #VALUE! naming the argument and the cell for text", () => {
    const r = numbers([[1, 2], [3, "abc"]], "forecasts");
    expect(isSopError(r) && r.code).toBe("#VALUE!");
    expect(isSopError(r) && r.message).toBe('forecasts: text "abc" in cell 4 (row 2, column 2) where a number belongs');
  });
  it("returns #VALUE! for TRUE/FALSE", () => {
    const r = numbers([[true]], "actuals");
    expect(isSopError(r) && r.message).toContain("TRUE in cell 1");
  });
  it("treats a scalar as a 1x1 range", () => {
    expect(nums(numbers(5, "x"))).toEqual([5]);
  });
});

describe("dates", () => {
  it("accepts date serials and ISO text", () => {
    expect(nums(dates([[45658, "2025-01-02", null]], "promisedDates"))).toEqual([45658, 45659, NaN]);
  });
  it("returns #VALUE! for text that is not a date", () => {
    const r = dates([["next week"]], "promisedDates");
    expect(isSopError(r) && r.message).toContain("promisedDates:");
  });
});

describe("pairable", () => {
  it("names both arguments and their cell counts", () => {
    const r = pairable([[1], [2]], "actuals", [[1]], "forecasts");
    expect(r?.message).toBe("actuals and forecasts must be the same size (2 and 1 cells)");
  });
  it("pairs a row with a column of the same length", () => {
    expect(pairable([[1, 2, 3]], "a", [[1], [2], [3]], "b")).toBeNull();
  });
  it("rejects two blocks of different shapes with the same cell count", () => {
    const r = pairable([[1, 2, 3], [4, 5, 6]], "a", [[1, 2], [3, 4], [5, 6]], "b");
    expect(r?.message).toBe("a and b must be the same shape (2x3 and 3x2 cells)");
  });
});

describe("optionParam", () => {
  const allowed = ["PERCENT", "MEAN"] as const;
  it("is case-insensitive", () => {
    expect(optionParam(" mean ", "variant", allowed, "PERCENT")).toBe("MEAN");
  });
  it("falls back to the default when omitted, blank or a desktop 0", () => {
    expect(optionParam(null, "variant", allowed, "PERCENT")).toBe("PERCENT");
    expect(optionParam(undefined, "variant", allowed, "PERCENT")).toBe("PERCENT");
    expect(optionParam(0, "variant", allowed, "PERCENT")).toBe("PERCENT");
  });
  it("returns #VALUE! listing the allowed words", () => {
    const r = optionParam("median", "variant", allowed, "PERCENT");
    expect(isSopError(r) && r.message).toBe('variant must be one of PERCENT, MEAN (got text "median")');
  });
});

describe("numberParam", () => {
  it("returns the default when blank", () => {
    expect(numberParam(null, "seasonLength", 1)).toBe(1);
  });
  it("returns #NUM! naming the parameter when out of range", () => {
    const r = numberParam(0, "seasonLength", 1, { min: 1, integer: true });
    expect(isSopError(r) && r.code).toBe("#NUM!");
    expect(isSopError(r) && r.message).toBe("seasonLength must be a whole number of at least 1 (got 0)");
  });
  it("returns #VALUE! for text", () => {
    const r = numberParam("x", "daysPerMonth", 30);
    expect(isSopError(r) && r.code).toBe("#VALUE!");
  });
  it("unwraps a 1x1 range and rejects a larger one", () => {
    expect(numberParam([[7]], "dpo", 0)).toBe(7);
    const r = numberParam([[7, 8]], "dpo", 0);
    expect(isSopError(r) && r.code).toBe("#VALUE!");
  });
});

describe("labels", () => {
  it("trims text, keeps numeric ids as text and treats blanks and desktop 0 as null", () => {
    expect(labels([[" Closed ", 1042, null, "", 0]])).toEqual(["Closed", "1042", null, null, null]);
  });
});
