/**
 * SOP.FORECAST, SOP.FORECASTINTERVAL and SOP.FORECASTMETHOD's declarations (src/core/sop/forecast.ts):
 * the method and season reach the fit, results reused for the same arguments only and never
 * shared with the caller, each argument error returned. Values by hand: seasonal naive repeats
 * the last season; the naive 80 % band is the last value +- c z(0.9) sigma sqrt(k), sigma = 1
 * for a history rising by 1 a period, c = 1.4 (1.7 with fewer than three cycles of the season).
 */
import { FORECAST, FORECASTINTERVAL, FORECASTMETHOD, evaluate } from "../../../src/core/sop";
import { errorOf } from "../errorOf";

const z80 = 1.2815515655446004; // R: qnorm(0.9)
const rising = [[1, 2, 3, 4, 5, 6, 7, 8]];

describe("the forecast declarations", () => {
  it("fit each season length asked for: seasonal naive on 1..6 repeats 5, 6 (season 2) or 4, 5 (season 3)", () => {
    expect(evaluate(FORECAST, [[[1, 2, 3, 4, 5, 6]], 2, "SNAIVE", 2])).toEqual([[5, 6]]);
    expect(evaluate(FORECAST, [[[1, 2, 3, 4, 5, 6]], 2, "SNAIVE", 3])).toEqual([[4, 5]]);
    expect(evaluate(FORECASTMETHOD, [[[1, 2, 3, 4, 5, 6]], 2])).toMatch(/^No season \(2 given;/);
    expect(evaluate(FORECASTMETHOD, [[[1, 2, 3, 4, 5, 6]], 3])).toMatch(/^No season \(3 given;/);
  });

  it("give the interval of the method asked for: naive, 8 -+ 1.4 z sqrt(k)", () => {
    const [lower, upper] = evaluate(FORECASTINTERVAL, [rising, 2, 0.8, "BOTH", "NAIVE"]) as number[][];
    expect(lower[0]).toBeCloseTo(8 - 1.4 * z80, 9);
    expect(lower[1]).toBeCloseTo(8 - 1.4 * z80 * Math.SQRT2, 9);
    expect(upper[1]).toBeCloseTo(8 + 1.4 * z80 * Math.SQRT2, 9);
  });

  it("give the interval of the season asked for: two cycles of 4 widen it to 1.7 z", () => {
    const [lower, upper] = evaluate(FORECASTINTERVAL, [rising, 1, 0.8, "BOTH", "NAIVE", 4]) as number[][];
    expect(lower[0]).toBeCloseTo(8 - 1.7 * z80, 9);
    expect(upper[0]).toBeCloseTo(8 + 1.7 * z80, 9);
    const [lower2] = evaluate(FORECASTINTERVAL, [rising, 1, 0.8, "BOTH", "NAIVE", 2]) as number[][];
    expect(lower2[0]).toBeCloseTo(8 - 1.4 * z80, 9);
  });

  it("hand out a copy: changing a returned row changes no later result", () => {
    const first = evaluate(FORECAST, [[[10, 12, 11, 13]], 2, "NAIVE"]) as number[][];
    first[0][0] = 999;
    expect(evaluate(FORECAST, [[[10, 12, 11, 13]], 2, "NAIVE"])).toEqual([[13, 13]]);
    const bounds = evaluate(FORECASTINTERVAL, [rising, 1, 0.8, "LOWER", "NAIVE"]) as number[][];
    bounds[0][0] = 999;
    expect((evaluate(FORECASTINTERVAL, [rising, 1, 0.8, "LOWER", "NAIVE"]) as number[][])[0][0]).toBeCloseTo(
      8 - 1.4 * z80,
      9,
    );
  });

  it("answer an unknown method or a bad history with the error", () => {
    const unknown = {
      code: "#VALUE!",
      message:
        'unknown method "bogus"; use one of AUTO, NAIVE, SNAIVE, MA, SES, HOLT, HOLT_DAMPED, HW_ADDITIVE, HW_MULTIPLICATIVE, DECOMP, CROSTON, SBA, TSB, THETA',
    };
    expect(errorOf(evaluate(FORECAST, [[[1, 2, 3]], 2, "bogus"]))).toEqual(unknown);
    expect(errorOf(evaluate(FORECASTINTERVAL, [[[1, 2, 3]], 2, 0.8, "BOTH", "bogus"]))).toEqual(unknown);
    expect(errorOf(evaluate(FORECASTMETHOD, [[[1, "x", 3]]])).code).toBe("#VALUE!");
    expect(errorOf(evaluate(FORECASTINTERVAL, [[[1, "x", 3]], 2])).code).toBe("#VALUE!");
  });
});
