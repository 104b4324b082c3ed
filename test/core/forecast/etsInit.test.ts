/**
 * The exponential smoothing fits' starting states (R `forecast:::initstate`'s heuristic), each
 * step by hand: the least-squares line, the centred moving average, the seasonal indices in both
 * branches (three cycles decomposed, fewer detrended by a line) and the level and trend through
 * the first max(10, 2m) seasonally adjusted values.
 */
import { centredMovingAverage, initialStates, lineFit, seasonalIndices } from "../../../src/core/forecast/etsInit";

function expectAllClose(actual: readonly (number | undefined)[], expected: readonly (number | undefined)[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    if (e === undefined) expect(actual[i]).toBeUndefined();
    else expect(actual[i]).toBeCloseTo(e, 12);
  });
}

describe("lineFit: least squares through (1, y0), (2, y1), ...", () => {
  it("is 0, 0 for no point and the value itself, flat, for one", () => {
    expect(lineFit([])).toEqual({ intercept: 0, slope: 0 });
    expect(lineFit([7])).toEqual({ intercept: 7, slope: 0 });
  });

  it("fits 2, 4, 9: slope 7 / 2, intercept at 0 of -2", () => {
    // x 1 2 3 (mean 2), y mean 5: sxy = (-1)(-3) + 0 + (1)(4) = 7, sxx = 2: slope 3.5, 5 - 3.5 x 2 = -2.
    const { intercept, slope } = lineFit([2, 4, 9]);
    expect(slope).toBeCloseTo(3.5, 12);
    expect(intercept).toBeCloseTo(-2, 12);
  });

  it("fits two points exactly", () => {
    // (1, 10), (2, 4): slope -6, intercept 16.
    const { intercept, slope } = lineFit([10, 4]);
    expect(slope).toBeCloseTo(-6, 12);
    expect(intercept).toBeCloseTo(16, 12);
  });
});

describe("centredMovingAverage", () => {
  it("of odd order 3: the plain mean of each value and its neighbours, none at the ends", () => {
    expectAllClose(centredMovingAverage([1, 2, 6, 4, 5], 3), [undefined, 3, 4, 5, undefined]);
  });

  it("of even order 4 (2 x 4): weights 1/8, 1/4, 1/4, 1/4, 1/8, two undefined at each end", () => {
    // t = 2: 8/8 + 0 + 4/4 + 0 + 8/8 = 3; t = 3: 0 + (4 + 0 + 8)/4 + 4/8 = 3.5;
    // t = 4: 4/8 + (0 + 8 + 4)/4 + 0 = 3.5; t = 5: 0 + (8 + 4 + 0)/4 + 4/8 = 3.5.
    expectAllClose(centredMovingAverage([8, 0, 4, 0, 8, 4, 0, 4], 4), [
      undefined,
      undefined,
      3,
      3.5,
      3.5,
      3.5,
      undefined,
      undefined,
    ]);
  });

  it("of order 2 (2 x 2): weights 1/4, 1/2, 1/4", () => {
    // t = 1: 4/4 + 8/2 + 12/4 = 8; t = 2: 8/4 + 12/2 + 0 = 8.
    expectAllClose(centredMovingAverage([4, 8, 12, 0], 2), [undefined, 8, 8, undefined]);
  });

  it("is undefined everywhere when the history is no longer than the window's half on each side", () => {
    expectAllClose(centredMovingAverage([1, 2, 3, 4], 4), [undefined, undefined, undefined, undefined]);
    expectAllClose(centredMovingAverage([1, 2], 3), [undefined, undefined]);
  });
});

describe("seasonalIndices from three cycles: the deviations from the centred moving average", () => {
  it("additive: mean deviation per position, centred on 0; values past three cycles unused", () => {
    // m = 2, the first 6 values: the 2 x 2 average at t = 1..4 is 7, 8, 9.5, 11
    // (t = 3: 12/4 + 5/2 + 16/4; t = 4: 5/4 + 16/2 + 7/4). Deviations: position 1: 3 - 7 = -4 and
    // 5 - 9.5 = -4.5 (mean -4.25); position 0: 12 - 8 = 4 and 16 - 11 = 5 (mean 4.5).
    // Centred on their mean 0.125: 4.375 and -4.375. The seventh value (100) is past three cycles.
    expectAllClose(seasonalIndices([10, 3, 12, 5, 16, 7, 100], 2, "A"), [4.375, -4.375]);
  });

  it("multiplicative: mean ratio per position, normalised to mean 1", () => {
    // Averages at t = 1..4: 10, 10, 10.75 (12/4 + 8/2 + 15/4), 10.75 (8/4 + 15/2 + 5/4).
    // Position 0: 12/10 and 15/10.75; position 1: 8/10 and 8/10.75.
    const p0 = (1.2 + 15 / 10.75) / 2;
    const p1 = (0.8 + 8 / 10.75) / 2;
    const mean = (p0 + p1) / 2;
    expectAllClose(seasonalIndices([12, 8, 12, 8, 15, 5], 2, "M"), [p0 / mean, p1 / mean]);
  });

  it("multiplicative: a moving average of 0 gives no ratio", () => {
    // Averages at t = 1..4: 0 (skipped), 1 (0/4 + 0/2 + 4/4), 4 (0 + 4/2 + 8/4), 6 (4/4 + 8/2 + 4/4).
    // Position 0: 0/1 and 8/6 (mean 2/3); position 1: 4/4 only (1). Mean 5/6: 0.8 and 1.2.
    expectAllClose(seasonalIndices([0, 0, 0, 4, 8, 4], 2, "M"), [0.8, 1.2]);
  });
});

describe("seasonalIndices from fewer than three cycles: the deviations from a least-squares line", () => {
  it("additive: mean deviation from the line per position, centred on 0", () => {
    // 0 10 0 12: x mean 2.5, y mean 5.5, sxy = 8.25 - 2.25 - 2.75 + 9.75 = 13, sxx = 5: slope 2.6,
    // intercept -1; the line at t = 0..3: 1.6, 4.2, 6.8, 9.4. Position 0: -1.6 and -6.8 (mean -4.2);
    // position 1: 5.8 and 2.6 (mean 4.2); their mean is 0.
    expectAllClose(seasonalIndices([0, 10, 0, 12], 2, "A"), [-4.2, 4.2]);
  });

  it("additive, a position never seen: 0 before centring", () => {
    // 1 2 3 lie on the line (intercept 0, slope 1): deviations 0 0 0, the fourth position none (0).
    expectAllClose(seasonalIndices([1, 2, 3], 4, "A"), [0, 0, 0, 0]);
    // 1 3 2: slope 0.5, intercept 1; line 1.5, 2, 2.5: deviations -0.5, 1, -0.5 and 0; mean 0.
    expectAllClose(seasonalIndices([1, 3, 2], 4, "A"), [-0.5, 1, -0.5, 0]);
  });

  it("multiplicative, a position never seen: 1 before normalising", () => {
    // The same line through 1 2 3: ratios 1 1 1, the fourth position none (1); mean 1.
    expectAllClose(seasonalIndices([1, 2, 3], 4, "M"), [1, 1, 1, 1]);
  });

  it("multiplicative: an index below 0.01 is floored there", () => {
    // 0 10 0 10: y mean 5, sxy = 7.5 - 2.5 - 2.5 + 7.5 = 10, sxx = 5: slope 2, intercept 0; the line
    // at t = 0..3: 2, 4, 6, 8. Position 0: 0/2 and 0/6 (0); position 1: 10/4 and 10/8 (1.875).
    // Mean 0.9375: 0 (floored at 0.01) and 2.
    expectAllClose(seasonalIndices([0, 10, 0, 10], 2, "M"), [0.01, 2]);
  });

  it("multiplicative: a line at 0 gives no ratio", () => {
    // 0 0 0 0: the line is 0 everywhere, no ratio at any position: 1 and 1 (not 0 / 0).
    expectAllClose(seasonalIndices([0, 0, 0, 0], 2, "M"), [1, 1]);
    // 1 0 5 at m = 3: x mean 2, y mean 2, sxy = 1 + 0 + 3 = 4, sxx = 2: slope 2, intercept -2; the
    // line at t = 0..2: 0, 2, 4. Position 0: no ratio (1, not 1 / 0); position 1: 0/2 = 0;
    // position 2: 5/4. Mean 0.75: 4/3, 0 (floored at 0.01) and 5/3.
    expectAllClose(seasonalIndices([1, 0, 5], 3, "M"), [4 / 3, 0.01, 5 / 3]);
  });

  it("multiplicative: indices whose mean is not above 0 are all 1", () => {
    // 2 -2 2 -2: y mean 0, sxy = -3 + 1 + 1 - 3 = -4, sxx = 5: slope -0.8, intercept 2; the line at
    // t = 0..3: 1.2, 0.4, -0.4, -1.2. Position 0: 2/1.2 and 2/-0.4 (mean (5/3 - 5)/2 = -5/3);
    // position 1: -2/0.4 and -2/-1.2 (mean -5/3). Mean -5/3: both 1.
    expectAllClose(seasonalIndices([2, -2, 2, -2], 2, "M"), [1, 1]);
    // 4 -2 2 -2: y mean 0.5, sxy = -5.25 + 1.25 + 0.75 - 3.75 = -7, sxx = 5: slope -1.4, intercept
    // 4; the line 2.6, 1.2, -0.2, -1.6. Position 0: 4/2.6 and 2/-0.2 (mean (20/13 - 10)/2 < 0);
    // position 1: -2/1.2 and -2/-1.6 (mean (-5/3 + 5/4)/2 = -5/24). Mean below 0: both 1.
    expectAllClose(seasonalIndices([4, -2, 2, -2], 2, "M"), [1, 1]);
    // 1 -1 1: the line is flat at 1/3; position 0: 3 and 3, position 1: -3. Mean exactly 0: both 1.
    expectAllClose(seasonalIndices([1, -1, 1], 2, "M"), [1, 1]);
  });
});

describe("initialStates: level and trend through the first max(10, 2m) adjusted values", () => {
  it("no trend, no season: the mean of the first 10 values", () => {
    const y = Array.from({ length: 12 }, (_, t) => t + 1);
    expect(initialStates(y, "N", "N", 1)).toEqual({ level: 5.5, trend: 0, season: [] });
  });

  it("no trend, no season, fewer than 10 values: the mean of them all", () => {
    expect(initialStates([2, 4, 9], "N", "N", 1)).toEqual({ level: 5, trend: 0, season: [] });
  });

  it("the first 2m values when 2m is more than 10", () => {
    // m = 6: the first 12 of 1..14, mean 6.5.
    const y = Array.from({ length: 14 }, (_, t) => t + 1);
    expect(initialStates(y, "N", "N", 6).level).toBeCloseTo(6.5, 12);
  });

  it("a trend: the line through the first 10 values, intercept at period 0", () => {
    // 5 3 8 6 11 9 14 12 17 15 (then 100 and 0, unused): x mean 5.5, y mean 10; deviations of y
    // -5 -7 -2 -4 1 -1 4 2 7 5: sxy = 22.5 + 24.5 + 5 + 6 - 0.5 - 0.5 + 6 + 5 + 24.5 + 22.5 = 115,
    // sxx = 2 (20.25 + 12.25 + 6.25 + 2.25 + 0.25) = 82.5.
    const s = initialStates([5, 3, 8, 6, 11, 9, 14, 12, 17, 15, 100, 0], "A", "N", 1);
    expect(s.trend).toBeCloseTo(115 / 82.5, 12);
    expect(s.level).toBeCloseTo(10 - (5.5 * 115) / 82.5, 12);
    expect(s.season).toEqual([]);
  });

  it("an additive season: the values minus their index, then the line", () => {
    // Indices 4.375, -4.375 (seasonalIndices' additive three-cycle case): adjusted 5.625 7.375
    // 7.625 9.375 11.625 11.375, sum 53; sxy = sum (x - 3.5) y = -14.0625 - 11.0625 - 3.8125
    // + 4.6875 + 17.4375 + 28.4375 = 21.625, sxx = 17.5.
    const s = initialStates([10, 3, 12, 5, 16, 7], "A", "A", 2);
    expectAllClose(s.season, [4.375, -4.375]);
    expect(s.trend).toBeCloseTo(21.625 / 17.5, 12);
    expect(s.level).toBeCloseTo(53 / 6 - (3.5 * 21.625) / 17.5, 12);
  });

  it("a multiplicative season: the values divided by their index", () => {
    // 12 8 12 8 12 8: averages 10, indices 1.2 and 0.8, adjusted all 10: level 10, and flat.
    const y = [12, 8, 12, 8, 12, 8];
    const n = initialStates(y, "N", "M", 2);
    expectAllClose(n.season, [1.2, 0.8]);
    expect(n.level).toBeCloseTo(10, 12);
    expect(n.trend).toBe(0);
    const a = initialStates(y, "A", "M", 2);
    expect(a.level).toBeCloseTo(10, 12);
    expect(a.trend).toBeCloseTo(0, 12);
  });
});
