/**
 * ABC, XYZ and the bias exception's edges (src/core/plan-model/forecastability.ts), by hand.
 */
import {
  abcClasses,
  biasFlag,
  biasLine,
  biasScore,
  coefficientOfVariation,
  familyTrackingSignal,
  windowRevenue,
  xyzClass,
} from "../../src/core/plan-model/forecastability";
import { isSopError } from "../../src/core/errors";

const oneTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

describe("ABC by value", () => {
  it("classes by the share of value ranked above: 50/30/15/5 -> above 0, .5, .8, .95 -> A, A, B, C", () => {
    expect(abcClasses([15, 50, 5, 30])).toEqual(["B", "A", "C", "A"]);
  });
  it("gives equal values the same class: 40/40/20 -> above 0, 0, .8 -> A, A, B", () => {
    expect(abcClasses([40, 40, 20])).toEqual(["A", "A", "B"]);
  });
  it("gives no class when every value is zero", () => {
    expect(abcClasses([0, 0])).toEqual(["", ""]);
  });
  it("sums the last 12 months x price: 1..14 -> (3 + ... + 14) x 2 = 102 x 2; a blank month counts 0", () => {
    expect(windowRevenue(oneTo(14), 2)).toBe(204);
    expect(windowRevenue([...oneTo(13), null], 2)).toBe((102 - 14) * 2);
  });
});

describe("XYZ by coefficient of variation", () => {
  it("is population SD / mean over the months with an actual: 5, blank, 15 -> 5 / 10", () => {
    expect(coefficientOfVariation([5, null, 15])).toBeCloseTo(0.5, 12);
    expect(xyzClass(0.5)).toBe("Y");
    expect(xyzClass(0.4999)).toBe("X");
    expect(xyzClass(1)).toBe("Z");
  });
  it("has no value without actuals or with a mean of 0", () => {
    expect(coefficientOfVariation([null, null])).toBeNull();
    expect(coefficientOfVariation([0, 0])).toBeNull();
    expect(xyzClass(null)).toBe("");
  });
  it("reads only the last 12 months: 1000, then 12 x 10 -> 0", () => {
    expect(coefficientOfVariation([1000, ...new Array<number>(12).fill(10)])).toBe(0);
  });
});

describe("the bias exception", () => {
  it("takes the tracking signal over the last 12 months with both values: 13 months, the first off by 100", () => {
    // window: errors +10 x 6, -10 x 5, blank consensus once -> sum 10, sum|e| 110, n 11 -> 10 x 11 / 110 = 1
    const actual = [200, ...new Array<number>(12).fill(50)];
    const consensus = [100, ...new Array<number>(6).fill(40), ...new Array<number>(5).fill(60), null];
    expect(familyTrackingSignal(actual, consensus)).toBeCloseTo(1, 12);
  });
  it("flags beyond +-4 only, and not a missing signal", () => {
    expect([4, 4.01, -4, -4.01].map(biasFlag)).toEqual(["", "Under-forecast", "", "Over-forecast"]);
    const none = familyTrackingSignal([null], [null]);
    expect(isSopError(none)).toBe(true);
    expect(biasFlag(none)).toBe("");
  });
  it("names the most biased family on the Gaps line", () => {
    expect(biasLine(["A", "B"], [1, -2])).toEqual({ count: 0, text: "none" });
    expect(biasLine(["A", "B"], [1, -4.26])).toEqual({ count: 1, text: "B (Over-forecast, tracking signal -4.3)" });
    expect(biasLine(["A", "B", "C"], [5, -6.04, 0])).toEqual({
      count: 2,
      text: "largest: B (Over-forecast, tracking signal -6)",
    });
  });
  it("scores a flagged family by |tracking signal| and any other by 0 (the Gaps line's ranking)", () => {
    expect([5, -6.5, 4, -3, 0].map(biasScore)).toEqual([5, 6.5, 0, 0, 0]);
    expect(biasScore(familyTrackingSignal([null], [null]))).toBe(0);
  });
  it("rounds the signal on the Gaps line half away from zero, as ROUND(x, 1) does: -4.25 -> -4.3, 4.25 -> 4.3", () => {
    expect(biasLine(["A"], [-4.25]).text).toBe("A (Over-forecast, tracking signal -4.3)");
    expect(biasLine(["A"], [4.25]).text).toBe("A (Under-forecast, tracking signal 4.3)");
  });
});
