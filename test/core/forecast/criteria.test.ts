/**
 * The small pieces AUTO leans on: the AICc of a least-squares fit, the holdout's mean absolute
 * error and the method names a user types, by hand.
 */
import { aicc } from "../../../src/core/forecast/aicc";
import { mae } from "../../../src/core/forecast/accuracy";
import { parseMethodName } from "../../../src/core/forecast/methodNames";

describe("aicc", () => {
  it("is n ln(SSE / n) + 2k + 2k (k + 1) / (n - k - 1), k = the parameters + 1 (the variance)", () => {
    // SSE = 10 e over n = 10 with 1 parameter: 10 ln(e) + 2 x 2 + 2 x 2 x 3 / 7 = 14 + 12 / 7.
    expect(aicc(10 * Math.E, 10, 1)).toBeCloseTo(14 + 12 / 7, 12);
    // n = 4, 1 parameter: 4 ln(4 / 4) + 4 + 12 / 1 = 16.
    expect(aicc(4, 4, 1)).toBe(16);
    // Two parameters on 20 errors, SSE 20: 0 + 6 + 2 x 3 x 4 / 16 = 7.5.
    expect(aicc(20, 20, 2)).toBeCloseTo(7.5, 12);
  });

  it("is infinite without enough errors for the parameters, or for an SSE that is not >= 0", () => {
    expect(aicc(1, 3, 1)).toBe(Number.POSITIVE_INFINITY); // n - k - 1 = 0
    expect(aicc(1, 2, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(aicc(-1, 10, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(aicc(Number.NaN, 10, 1)).toBe(Number.POSITIVE_INFINITY);
  });

  it("stays finite for a perfect fit: the SSE is taken as at least 1e-300 a error", () => {
    // 10 ln(1e-300) + 4 + 12 / 7.
    expect(aicc(0, 10, 1)).toBeCloseTo(10 * Math.log(1e-300) + 4 + 12 / 7, 9);
  });
});

describe("mae", () => {
  it("is the mean absolute error over the pairs both sides have", () => {
    expect(mae([1, 2, 3], [2, 2, 5])).toBe(1); // (1 + 0 + 2) / 3
    expect(mae([1, 2, 3, 4], [2, 2])).toBe(0.5); // (1 + 0) / 2
    expect(mae([5], [2, 9])).toBe(3);
  });
});

describe("parseMethodName", () => {
  it("ignores case, spaces, tabs, dashes and underscores anywhere in the name", () => {
    expect(parseMethodName("auto")).toBe("AUTO");
    expect(parseMethodName(" Holt-Winters_Additive ")).toBe("HW_ADDITIVE");
    expect(parseMethodName("h w-m")).toBe("HW_MULTIPLICATIVE");
    expect(parseMethodName("seasonal\tnaive")).toBe("SNAIVE");
    expect(parseMethodName("moving--average")).toBe("MA");
    expect(parseMethodName("")).toBeUndefined();
    expect(parseMethodName("arima")).toBeUndefined();
  });
});
