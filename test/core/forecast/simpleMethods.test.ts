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
