/**
 * The statistical baseline's edges (src/core/plan-model/baseline.ts): the history made
 * forecastable, the fallbacks without a model, the method's label and the rounding.
 */
import { familyBaseline, forecastableHistory } from "../../src/core/plan-model/baseline";

describe("forecastableHistory", () => {
  it("drops leading blanks, interpolates interior ones and counts trailing ones as 0", () => {
    // 10, (10 + 14) / 2, 14, then two months without a record: 0, 0.
    expect(forecastableHistory([null, 10, null, 14, null, null])).toEqual([10, 12, 14, 0, 0]);
    expect(forecastableHistory([5])).toEqual([5]);
    expect(forecastableHistory([5, null])).toEqual([5, 0]);
  });

  it("is empty without any actual", () => {
    expect(forecastableHistory([null, null])).toEqual([]);
    expect(forecastableHistory([])).toEqual([]);
  });
});

describe("familyBaseline without a model", () => {
  it("is zero, with no history, band or lag-1 value, when nothing was sold", () => {
    expect(familyBaseline([null, null], 2)).toEqual({
      history: [null, null],
      plan: [0, 0],
      lower80: [null, null],
      upper80: [null, null],
      method: "no history: zero",
    });
  });

  it("repeats a single actual of 0 without fitting a model to it", () => {
    // One value is too few for a model; the forecasting core would fit a single 0 as a history of
    // zeros (naive, band 0), but the baseline repeats it as it repeats any single actual.
    expect(familyBaseline([null, 0], 2)).toEqual({
      history: [null, null],
      plan: [0, 0],
      lower80: [null, null],
      upper80: [null, null],
      method: "last actual repeated",
    });
  });

  it("repeats a single actual", () => {
    expect(familyBaseline([null, null, 40], 3)).toEqual({
      history: [null, null, null],
      plan: [40, 40, 40],
      lower80: [null, null, null],
      upper80: [null, null, null],
      method: "last actual repeated",
    });
  });
});

describe("familyBaseline with a model", () => {
  it("fits from two actuals: naive, 12 repeated; no month has two actuals before it", () => {
    const b = familyBaseline([10, 12], 2);
    expect(b.method).toBe("Naive");
    expect(b.plan).toEqual([12, 12]);
    expect(b.history).toEqual([null, null]);
  });

  it("rounds the plan to 2 decimals: naive after 10.333 is 10.33", () => {
    expect(familyBaseline([10, 10.333], 1).plan).toEqual([10.33]);
  });

  it("names the season in the method: a year repeated three times is seasonal with m = 12", () => {
    const year = [50, 60, 80, 120, 160, 200, 220, 200, 150, 100, 70, 55];
    expect(familyBaseline([...year, ...year, ...year], 12).method).toMatch(/ \(m=12\)$/);
  });
});
