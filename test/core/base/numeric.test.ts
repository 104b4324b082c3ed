/**
 * The core's numeric building blocks and its errors as values (src/core/numeric.ts,
 * src/core/errors.ts): blanks (NaN) skipped, sums, counts, overflow. Values written out by hand.
 */
import { SopError, divZeroError, isSopError, naError, numError, valueError } from "../../../src/core/errors";
import { countSkip, finite, isBlank, overflowed, pairedSums, sameSize, sumSkip } from "../../../src/core/numeric";

describe("numeric building blocks", () => {
  it("treats NaN, and only NaN, as a blank", () => {
    expect([NaN, 0, -1, Infinity].map(isBlank)).toEqual([true, false, false, false]);
  });
  it("sums and counts the cells that are not blank: 1 + 2 + 4 = 7 over 3 cells", () => {
    expect(sumSkip([1, NaN, 2, 4])).toBe(7);
    expect(countSkip([1, NaN, 2, 4])).toBe(3);
    expect(sumSkip([])).toBe(0);
    expect(countSkip([NaN])).toBe(0);
  });
  it("sums the pairs where neither side is blank: (1 + 4, 10 + 40) over 2 pairs", () => {
    expect(pairedSums([1, NaN, 3, 4], [10, 20, NaN, 40])).toEqual({ sumA: 5, sumB: 50, n: 2 });
  });
  it("names both series when their sizes differ", () => {
    expect(sameSize([1, 2], "a", [1], "b")).toEqual(valueError("a and b must be the same size (2 and 1 cells)"));
    expect(sameSize([1], "a", [2], "b")).toBeNull();
  });
  it("answers #NUM! for a result or a sum that overflowed", () => {
    expect(finite(2, "WAPE")).toBe(2);
    expect(finite(Infinity, "WAPE")).toEqual(numError("WAPE is too large to compute"));
    expect(overflowed("the sum", 1, -Infinity)).toEqual(numError("the sum is too large to compute"));
    expect(overflowed("the sum", 1, 2)).toBeNull();
  });
});

describe("errors as values", () => {
  it("carry their Excel code and message, and print as both", () => {
    expect(naError("no such range")).toEqual(new SopError("#N/A", "no such range"));
    expect(divZeroError("x").code).toBe("#DIV/0!");
    expect(String(valueError("actuals: text"))).toBe("#VALUE! actuals: text");
    expect(isSopError(numError("x"))).toBe(true);
    expect(isSopError({ code: "#NUM!", message: "x" })).toBe(false);
  });
});
