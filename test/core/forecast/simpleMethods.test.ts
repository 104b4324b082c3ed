/**
 * Naive, seasonal naive, moving average and Croston/SBA against hand calculations written out
 * below (Croston also confirmed with R: forecast::croston(c(0,3,0,0,5,0,2), alpha = 0.1) gives
 * 1.473684 and fitted NA 0 1.5 1.5 1.5 1.52381 1.52381).
 */
import { crostonRun, fitCroston } from "../../../src/core/forecast/croston";
import { fitMovingAverage, fitNaive, fitSeasonalNaive } from "../../../src/core/forecast/simple";

describe("naive and seasonal naive", () => {
  it("repeats the last value", () => {
    const f = fitNaive([5, 7, 6, 9]);
    expect(f.forecast(3)).toEqual([9, 9, 9]);
    // one-step errors 2, -1, 3 -> SSE 4 + 1 + 9
    expect(f.sse).toBe(14);
  });

  it("repeats the last cycle", () => {
    const f = fitSeasonalNaive([1, 2, 3, 4, 11, 12, 13, 14], 4);
    expect(f.forecast(6)).toEqual([11, 12, 13, 14, 11, 12]);
    expect(f.sse).toBe(400); // four errors of 10
  });
});

describe("moving average", () => {
  it("picks the window with the lowest one-step SSE and forecasts the mean of the last k values", () => {
    // A level shift: the shortest window tracks it best.
    const f = fitMovingAverage([10, 10, 10, 10, 20, 20, 20, 20, 20, 20]);
    expect(f.params.window).toBe(1);
    expect(f.forecast(2)).toEqual([20, 20]);
  });

  it("averages noise with a longer window", () => {
    // Alternating 9, 11: window 2 forecasts 10 every period (errors +-1); window 1 errors +-2.
    const y = [9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11];
    const f = fitMovingAverage(y);
    expect(f.params.window % 2).toBe(0);
    expect(f.forecast(1)[0]).toBeCloseTo(10, 12);
  });
});

describe("Croston and SBA", () => {
  // y = 0 3 0 0 5 0 2, alpha = 0.1
  // first demand at period 2: z = 3, p = 2 (interval counted from the start)
  // period 5: z = 3 + 0.1 (5 - 3) = 3.2,   p = 2 + 0.1 (3 - 2) = 2.1
  // period 7: z = 3.2 + 0.1 (2 - 3.2) = 3.08, p = 2.1 + 0.1 (2 - 2.1) = 2.09
  // Croston = 3.08 / 2.09 = 1.4736842...; SBA = (1 - 0.05) * 1.4736842 = 1.4
  const y = [0, 3, 0, 0, 5, 0, 2];

  it("matches the hand calculation for Croston", () => {
    const r = crostonRun(y, 0.1, "CROSTON");
    expect(r.size).toBeCloseTo(3.08, 12);
    expect(r.interval).toBeCloseTo(2.09, 12);
    expect(r.forecast).toBeCloseTo(3.08 / 2.09, 12);
    expect(r.fitted.slice(2)).toEqual([1.5, 1.5, 1.5, 3.2 / 2.1, 3.2 / 2.1].map((v) => expect.closeTo(v, 12)));
  });

  it("applies the SBA factor 1 - alpha / 2", () => {
    expect(crostonRun(y, 0.1, "SBA").forecast).toBeCloseTo(1.4, 12);
  });

  it("forecasts 0 for a history without demand", () => {
    expect(crostonRun([0, 0, 0], 0.1, "CROSTON").forecast).toBe(0);
  });

  it("fits alpha on the grid and forecasts a flat line", () => {
    const f = fitCroston([0, 0, 4, 0, 0, 0, 5, 0, 3, 0, 0, 6, 0, 0, 4], "SBA");
    expect(f.params.alpha).toBeGreaterThanOrEqual(0.05);
    expect(f.params.alpha).toBeLessThanOrEqual(0.5);
    const v = f.forecast(3);
    expect(v[0]).toBeGreaterThan(0);
    expect(new Set(v).size).toBe(1);
  });
});

describe("naive and seasonal naive: one-step forecasts and variance", () => {
  it("has no one-step forecast before the first value (naive) or the first cycle (seasonal naive)", () => {
    expect(fitNaive([5, 7, 6, 9]).oneStep([5, 7, 6, 9])).toEqual([Number.NaN, 5, 7, 6]);
    expect(fitSeasonalNaive([1, 2, 3, 4, 11, 12], 2).oneStep([1, 2, 3, 4, 11])).toEqual([
      Number.NaN,
      Number.NaN,
      1,
      2,
      3,
    ]);
  });

  it("has a variance of 0, not 0 / 0, without a one-step error", () => {
    // One value (naive) or one cycle (seasonal naive): no step to measure, sigma^2 = 0.
    expect(fitNaive([7]).variance!(2)).toEqual([0, 0]);
    expect(fitSeasonalNaive([1, 2, 3, 4], 4).variance!(5)).toEqual([0, 0, 0, 0, 0]);
    // Seasonal naive on 1 2 3 4 11 12 13 14 (m = 4): four errors of 10, sigma^2 = 100;
    // v_k = ceil(k / 4) sigma^2.
    expect(fitSeasonalNaive([1, 2, 3, 4, 11, 12, 13, 14], 4).variance!(5)).toEqual([100, 100, 100, 100, 200]);
  });
});

describe("moving average: the window's fit", () => {
  // Window at most 2: one-step errors over t = 2..6 (the periods both windows can forecast).
  //   window 1: forecasts 8 4 8 4 8 for 4 8 4 8 6 -> errors -4 4 -4 4 -2, SSE 68
  //   window 2: forecasts 6 6 6 6 6              -> errors -2 2 -2 2 0,  SSE 16
  // Window 2 wins: forecast (8 + 6) / 2 = 7, five errors.
  const y = [4, 8, 4, 8, 4, 8, 6];

  it("compares the windows over the same periods, moving each window along", () => {
    const f = fitMovingAverage(y, 2);
    expect(f.params.window).toBe(2);
    expect(f.sse).toBe(16);
    expect(f.nErrors).toBe(5);
    expect(f.forecast(2)).toEqual([7, 7]);
    // One-step forecasts once the window is full: the mean of the two values before.
    expect(f.oneStep([4, 8, 4, 8])).toEqual([Number.NaN, Number.NaN, 6, 6]);
  });

  it("picks the same window at any scale (the tie tolerance is relative)", () => {
    // The same series times 1e-4: SSEs 6.8e-7 and 1.6e-7, still window 2.
    const f = fitMovingAverage(
      y.map((v) => v * 1e-4),
      2,
    );
    expect(f.params.window).toBe(2);
    expect(f.forecast(1)[0]).toBeCloseTo(7e-4, 15);
  });

  it("tries windows up to n - 1 on a short history, the longest too", () => {
    // n = 5: windows 1..4, each with one error, at t = 4 (y = 5):
    //   window 1: 5 - 2 = 3; window 2: 5 - (10 + 2) / 2 = -1; window 3: 5 - 18 / 3 = -1;
    //   window 4: 5 - 20 / 4 = 0 -> window 4, forecast (6 + 10 + 2 + 5) / 4 = 5.75.
    const f = fitMovingAverage([2, 6, 10, 2, 5]);
    expect(f.params.window).toBe(4);
    expect(f.sse).toBe(0);
    expect(f.nErrors).toBe(1);
    expect(f.forecast(1)).toEqual([5.75]);
  });
});

describe("Croston: the grid of alpha", () => {
  // Demand every second period, intervals always 2 (p = 2 whatever alpha), sizes 2 then 8.
  // Before the step every alpha forecasts 2 / 2 = 1. After it the size is a mix of 2 and 8,
  // the closer to 8 the larger alpha, at every period. Each pair of periods (a 0, then an 8)
  // shares one forecast f = z / 2 < 4 and costs f^2 + (8 - f)^2, which falls as f rises to 4:
  // the largest alpha of the grid, 0.5, has the lowest SSE.
  // alpha = 0.5: z = 5, 6.5, 7.25, 7.625, 7.8125 after each 8 (forecasts 2.5 ... 3.90625);
  // SSE = 5 x 1 (before the step) + 7^2 + 2.5^2 + 5.5^2 + 3.25^2 + 4.75^2 + 3.625^2 + 4.375^2
  //       + 3.8125^2 + 4.1875^2 = 187.9765625, over the 14 periods after the first demand.
  const y = [0, 2, 0, 2, 0, 2, 0, 8, 0, 8, 0, 8, 0, 8, 0, 8];

  it("picks the largest alpha when the size steps up", () => {
    const f = fitCroston(y, "CROSTON");
    expect(f.params.alpha).toBe(0.5);
    expect(f.sse).toBe(187.9765625);
    expect(f.nErrors).toBe(14);
    expect(f.forecast(2)).toEqual([3.90625, 3.90625]);
  });

  it("has no forecast before the first demand: its SSE counts only the periods after it", () => {
    const r = crostonRun(y, 0.5, "CROSTON");
    expect(r.sse).toBe(187.9765625);
    expect(r.nErrors).toBe(14);
    expect(r.fitted).toHaveLength(16);
    expect(r.fitted.slice(0, 3)).toEqual([undefined, undefined, 1]);
    // The model's one-step forecasts: NaN where there is none yet.
    expect(fitCroston(y, "CROSTON").oneStep([0, 2, 0, 2])).toEqual([Number.NaN, Number.NaN, 1, 1]);
    expect(crostonRun([0, 0, 0], 0.1, "CROSTON").fitted).toEqual([undefined, undefined, undefined]);
    expect(crostonRun([0, 0, 0], 0.1, "CROSTON").fitted).toHaveLength(3);
  });

  it("picks the same alpha at any scale (the tie tolerance is relative)", () => {
    // Times 1e-5: SSEs about 2e-8, the same order.
    const f = fitCroston(
      y.map((v) => v * 1e-5),
      "CROSTON",
    );
    expect(f.params.alpha).toBe(0.5);
    expect(f.forecast(1)[0]).toBeCloseTo(3.90625e-5, 15);
  });
});
