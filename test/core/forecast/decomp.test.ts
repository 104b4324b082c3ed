/**
 * DECOMP (classical decomposition, shrunk indices, SES / damped Holt on the adjusted history) and
 * AUTO on two-cycle histories. Expected values are built into the series by hand.
 */
import { forecast } from "../../../src/core/forecast";
import { decompose, fitDecomposition } from "../../../src/core/forecast/decomp";
import { candidates } from "../../../src/core/forecast/auto";
import { isSopError } from "../../../src/core/errors";
import { familyBaseline, forecastableHistory } from "../../../src/core/plan-model/baseline";
import { cycleMonths } from "../../../src/core/plan-model/months";
import { sampleCycle } from "../../../src/data/sample";

const INDEX = [0.8, 0.9, 1.0, 1.2, 1.3, 1.1, 1.0, 0.9, 0.8, 0.9, 1.0, 1.1]; // mean 1

describe("decompose", () => {
  it("recovers exact indices of a flat, noiseless season and keeps them whole (weight 1)", () => {
    const y = Array.from({ length: 24 }, (_, t) => 500 * INDEX[t % 12]);
    const d = decompose(y, 12);
    expect(d.multiplicative).toBe(true);
    expect(d.weight).toBe(1);
    d.indices.forEach((s, j) => expect(s).toBeCloseTo(INDEX[j], 9));
  });

  it("forecasts the flat season exactly: level 500 times next year's index", () => {
    const y = Array.from({ length: 24 }, (_, t) => 500 * INDEX[t % 12]);
    const f = fitDecomposition(y, 12)!;
    expect(f.method).toBe("DECOMP");
    f.forecast(14).forEach((v, i) => expect(v).toBeCloseTo(500 * INDEX[i % 12], 6));
  });

  it("shrinks a season the cycles disagree on toward none", () => {
    // Two cycles whose month-to-month pattern is reversed: no stable season at all.
    const a = [110, 90, 120, 80, 105, 95, 115, 85, 100, 100, 112, 88];
    const y = [...a, ...a.map((v) => 200 - v)];
    const d = decompose(y, 12);
    expect(d.weight).toBeLessThan(0.2);
    d.indices.forEach((s) => expect(Math.abs(s - 1)).toBeLessThan(0.05));
  });

  it("is additive when a value is <= 0", () => {
    const y = Array.from({ length: 8 }, (_, t) => [-10, 5, 20, 5][t % 4] + t);
    const d = decompose(y, 4);
    expect(d.multiplicative).toBe(false);
    expect(d.indices.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 9);
  });
});

describe("decompose by hand", () => {
  it("additive (a value of 0): trend from the moving average and its line, shrunk by 1 - 1/F", () => {
    // m = 2: the 2 x 2 average at t = 1..4 is 4, 5, 5.5, 7 (0/4 + 6/2 + 4/4, ...). The line through
    // them (points 1..4): mean 5.375, sxy = -6 - 2.5 + 2.75 + 10.5 = 4.75, sxx = 5: slope 0.95, 3 at
    // point 0, so the trend at t = 0 is 3 and at t = 5 is 3 + 5 x 0.95 = 7.75.
    // Differences: -3, 2, -1, 0.5, -1, 2.25. Position 0: mean -5/3; position 1: 19/12.
    // Within: (16/9 + 4/9 + 4/9 + 25/144 + 169/144 + 64/144) / (6 - 2) = (107/24) / 4 = 107/96.
    // Centred on their mean -1/24: -13/8 and 13/8; spread 2 (13/8)^2 / 1 = 169/32;
    // F = (169/32) / ((107/96) / 3) = 1521/107; weight 1 - 107/1521 = 1414/1521.
    const d = decompose([0, 6, 4, 6, 6, 10], 2);
    expect(d.multiplicative).toBe(false);
    expect(d.weight).toBeCloseTo(1414 / 1521, 12);
    expect(d.indices[0]).toBeCloseTo((-13 / 8) * (1414 / 1521), 12);
    expect(d.indices[1]).toBeCloseTo((13 / 8) * (1414 / 1521), 12);
  });

  it("multiplicative: ratios to the trend, normalised to mean 1, shrunk toward 1", () => {
    // 12 7 14 5: the 2 x 2 average at t = 1, 2 is 10 (3 + 3.5 + 3.5, 1.75 + 7 + 1.25), a flat line.
    // Ratios 1.2, 0.7, 1.4, 0.5: position 0 mean 1.3, position 1 0.6. Within: 4 x 0.01 / 2 = 0.02.
    // Normalised by their mean 0.95: 26/19 and 12/19, 7/19 from 1 each; spread 2 (7/19)^2 = 98/361;
    // F = (98/361) / (0.02 / 2) = 9800/361; weight 1 - 361/9800 = 9439/9800.
    const d = decompose([12, 7, 14, 5], 2);
    const w = 9439 / 9800;
    expect(d.multiplicative).toBe(true);
    expect(d.weight).toBeCloseTo(w, 12);
    expect(d.indices[0]).toBeCloseTo(1 + (w * 7) / 19, 12);
    expect(d.indices[1]).toBeCloseTo(1 - (w * 7) / 19, 12);
  });

  it("keeps no season when F is not above 1", () => {
    // 14 8 10 12: the average at t = 1, 2 is 10 (3.5 + 4 + 2.5, 2 + 5 + 3), a flat line. Ratios 1.4,
    // 0.8, 1.0, 1.2: position 0 mean 1.2, position 1 1.0; within 4 x 0.04 / 2 = 0.08. Normalised by
    // 1.1: 12/11 and 10/11, spread 2 (1/11)^2 = 2/121; F = (2/121) / (0.08 / 2) = 50/121: weight 0.
    const d = decompose([14, 8, 10, 12], 2);
    expect(d.multiplicative).toBe(true);
    expect(d.weight).toBe(0);
    expect(d.indices).toEqual([1, 1]);
  });

  it("is additive when the trend's line falls to 0 or below, though every value is > 0", () => {
    // 30 1 1 1: the average at t = 1, 2 is 8.25 (7.5 + 0.5 + 0.25) and 1; the line falls 7.25 a
    // period: 15.5 at t = 0, -6.25 at t = 3. Differences 14.5, -7.25, 0, 7.25: position 0 mean
    // 7.25, position 1 0; within (7.25^2 x 4) / 2; centred: 3.625 and -3.625, spread 2 x 3.625^2;
    // F = 2 x 3.625^2 / (2 x 7.25^2 / 2) = 0.5: weight 0, indices 0.
    const d = decompose([30, 1, 1, 1], 2);
    expect(d.multiplicative).toBe(false);
    expect(d.weight).toBe(0);
    expect(d.indices).toEqual([0, 0]);
  });

  it("is additive when the trend's line reaches exactly 0 at an end", () => {
    // 40 30 20 10 4 20: the average at t = 1..4 is 30, 20, 11 (5 + 5 + 1), 9.5 (2.5 + 2 + 5); their
    // line: mean 17.625, sxy = -45 - 10 + 5.5 + 14.25 = -35.25, slope -7.05, so at t = 5
    // 17.625 + 2.5 x (-7.05) = 0. Differences 4.75, 0, 0, -1, -5.5, 20: position 0 mean -0.25,
    // position 1 19/3; within (25 + 0.0625 + 27.5625 + 2526/9) / 4 = 83.3; centred +-3.29, spread
    // 21.7; F = 21.7 / (83.3 / 3) = 0.78: weight 0.
    expect(decompose([40, 30, 20, 10, 4, 20], 2)).toEqual({ indices: [0, 0], multiplicative: false, weight: 0 });
  });

  it("three positions: the spread of the indices over m - 1 = 2", () => {
    // m = 3 (a 0, so additive): the 3-term average at t = 1..4 is 3, 4, 5, 19/3; their line: mean
    // 55/12, sxy = -4.5 - 2 + 2.5 + 9.5 = 5.5, slope 1.1, 11/6 at t = 0 and 22/3 at t = 5.
    // Differences -11/6, 3, -1, -2, 8/3, -1/3: position means -23/12, 17/6, -2/3; within
    // (2/144 + 2/36 + 2/9) / (6 - 3) = 7/72. Centred on their mean 1/12: -2, 11/4, -3/4; spread
    // (4 + 121/16 + 9/16) / 2 = 97/16; F = (97/16) / ((7/72) / 2) = 873/7; weight 1 - 7/873.
    const d = decompose([0, 6, 3, 3, 9, 7], 3);
    const w = 866 / 873;
    expect(d.multiplicative).toBe(false);
    expect(d.weight).toBeCloseTo(w, 12);
    [-2, 11 / 4, -3 / 4].forEach((s, j) => expect(d.indices[j]).toBeCloseTo(w * s, 12));
  });

  it("keeps a season it cannot test whole: a constant history (no spread, no within-position variance)", () => {
    // 5 5 5 5: ratios all 1, within 0: F is taken as infinite, weight 1; the indices are 1.
    expect(decompose([5, 5, 5, 5], 2)).toEqual({ indices: [1, 1], multiplicative: true, weight: 1 });
  });
});

describe("fitDecomposition: the adjusted history's fit, seasonalised again", () => {
  // A trend of 50 a period dwarfs its small season and noise; a flat history with noise has none.
  const TREND = Array.from({ length: 12 }, (_, t) => 100 + 50 * t + [3, -3, 5, -5][t % 4] + (t % 3));
  const FLAT = [100, 104, 97, 103, 99, 101, 96, 105, 98, 102, 100, 95];

  it("adds an exact additive season back at each forecast period's own position", () => {
    // 10 + (-10, 5, 0, 5): a value of 0, so additive; no noise, so the indices are kept whole and
    // the adjusted history is 10 throughout. Nine values: the forecasts are of positions 1, 2, 3, 0, 1.
    const season = [-10, 5, 0, 5];
    const y = Array.from({ length: 9 }, (_, t) => 10 + season[t % 4]);
    const f = fitDecomposition(y, 4)!;
    expect(f.forecast(5)).toEqual([15, 10, 15, 0, 15].map((v) => expect.closeTo(v, 6)));
    // Each one-step forecast is the value itself: the level 10 plus the period's index.
    f.oneStep(y).forEach((v, t) => expect(v).toBeCloseTo(10 + season[t % 4], 6));
    expect(f.sse).toBeCloseTo(0, 6);
  });

  it("multiplies an exact multiplicative season back at each forecast period's own position", () => {
    // Nine values of 500 x INDEX at m = 4 (0.8 0.9 1.0 1.2, mean 0.975): the forecasts are of
    // positions 1, 2, 3, 0: 500 x 0.9, 1.0, 1.2 and 0.8.
    const y = Array.from({ length: 9 }, (_, t) => 500 * INDEX[t % 4]);
    const f = fitDecomposition(y, 4)!;
    expect(f.forecast(4)).toEqual([450, 500, 600, 400].map((v) => expect.closeTo(v, 6)));
  });

  it("fits damped Holt to a trending history and SES to a flat one, and names their parameters", () => {
    const trend = fitDecomposition(TREND, 4)!;
    expect(Object.keys(trend.params).sort()).toEqual(["alpha", "beta", "phi", "weight"]);
    // SES counts alpha and the level, damped Holt also beta, phi and the trend; both m - 1 = 3 indices.
    expect(trend.nParams).toBe(5 + 3);
    const flat = fitDecomposition(FLAT, 4)!;
    expect(Object.keys(flat.params).sort()).toEqual(["alpha", "weight"]);
    expect(flat.nParams).toBe(2 + 3);
    expect(flat.params.weight).toBe(decompose(FLAT, 4).weight);
  });

  it("keeps SES when both fits' AICc are infinite (four values: too few errors for either)", () => {
    // n = 4: SES counts 2 quantities (k = 3), so n - k - 1 = 0 and its AICc is infinite, as damped
    // Holt's; the first fit stays.
    const f = fitDecomposition([12, 7, 14, 5], 2)!;
    expect(f.method).toBe("DECOMP");
    expect(Object.keys(f.params).sort()).toEqual(["alpha", "weight"]);
    expect(f.nParams).toBe(2 + 1);
  });

  it("sums the squared one-step errors on the original scale; its one-step errors are the band's first", () => {
    for (const [y, m] of [
      [TREND, 4],
      [FLAT, 4],
      [[0, 6, 4, 6, 6, 10, 5, 9], 2],
    ] as const) {
      const f = fitDecomposition(y, m)!;
      const steps = f.oneStep(y);
      const errors = y.map((v, t) => v - steps[t]);
      expect(f.sse).toBeCloseTo(
        errors.reduce((a, e) => a + e * e, 0),
        6,
      );
      expect(f.stepErrors!(1)[0]).toEqual(errors.map((e) => expect.closeTo(e, 6)));
    }
  });
});

describe("AUTO on two cycles", () => {
  it("offers seasonal methods only when the season is significant", () => {
    const seasonal = Array.from({ length: 24 }, (_, t) => 500 * INDEX[t % 12] + (t % 2 ? 8 : -8));
    expect(candidates(seasonal, 12)).toEqual(["DECOMP", "HW_ADDITIVE", "HW_MULTIPLICATIVE"]);
    const flat = Array.from({ length: 24 }, (_, t) => 500 + ((t * 7) % 5) * 10);
    expect(candidates(flat, 12)).toEqual(["SES", "HOLT", "HOLT_DAMPED"]);
  });

  it("forecasts the season of 24 months without being told the season length", () => {
    const y = Array.from({ length: 24 }, (_, t) => 500 * INDEX[t % 12] + (t % 2 ? 8 : -8));
    const r = forecast(y, 12);
    if (isSopError(r)) throw new Error(r.toString());
    expect(r.seasonLength).toBe(12);
    // Month 5 (index 1.3 -> 650) above month 1 (index 0.8 -> 400) by most of the true 250.
    expect(r.values[4] - r.values[0]).toBeGreaterThan(200);
  });
});

describe("the sample company's Compact pumps baseline", () => {
  it("is higher in summer than in winter, by about the history's own gap", () => {
    const data = sampleCycle();
    const { history, plan } = cycleMonths(data.config.cycleMonth, data.config.historyMonths, data.config.horizonMonths);
    const sold = new Map(data.actuals.filter((a) => a.family === "Compact pumps").map((a) => [a.month, a.quantity]));
    const actuals = history.map((m) => sold.get(m) ?? null);
    const b = familyBaseline(actuals, plan.length);
    const avg = (months: string[], values: ReadonlyArray<number | null>, names: string[]) => {
      const picked = values.filter((_, i) => names.includes(months[i].slice(5))) as number[];
      return picked.reduce((a, v) => a + v, 0) / picked.length;
    };
    const summer = ["06", "07", "08"];
    const winter = ["12", "01", "02"];
    const historyGap = avg(history, actuals, summer) - avg(history, actuals, winter);
    const planGap = avg(plan, b.plan, summer) - avg(plan, b.plan, winter);
    expect(historyGap).toBeGreaterThan(700); // the sample's summers sell about 45 % more
    expect(planGap).toBeGreaterThan(0.7 * historyGap);
    expect(planGap).toBeLessThan(1.3 * historyGap);
    expect(b.method).toMatch(/\(m=12\)/);
  });

  it("keeps its season when a month inside the history is blank (a missing month, not a zero)", () => {
    const data = sampleCycle();
    const { history, plan } = cycleMonths(data.config.cycleMonth, data.config.historyMonths, data.config.horizonMonths);
    const sold = new Map(data.actuals.filter((a) => a.family === "Compact pumps").map((a) => [a.month, a.quantity]));
    const actuals = history.map((m) => sold.get(m) ?? null);
    actuals[15] = null; // a summer month of the second year
    const b = familyBaseline(actuals, plan.length);
    expect(b.method).toMatch(/\(m=12\)/);
  });
});

describe("forecastableHistory", () => {
  it("drops leading blanks, interpolates interior ones, counts blanks after the last actual as 0", () => {
    expect(forecastableHistory([null, 5, null, 9, null])).toEqual([5, 7, 9, 0]);
  });
});
