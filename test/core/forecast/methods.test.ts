/**
 * `fitMethod` (src/core/forecast/methods.ts): each method's documented fallback, named by the
 * model it returns, the errors on values a method cannot take, and what a smoothing fit hands
 * out (its parameters by trend and season, season length, error count, and a closed-form
 * variance or k-step errors). Each expected value follows from the rules written in the file's
 * header or is worked out below; no value is taken from running the code.
 */
import { isSopError } from "../../../src/core/errors";
import { fitEts } from "../../../src/core/forecast/etsFit";
import { fitMethod, type ConcreteMethod } from "../../../src/core/forecast/methods";
import type { FittedModel } from "../../../src/core/forecast/types";

/** Two years of quarters with a clear season and growth (8 values), all above 0. */
const QUARTERS = [12, 30, 18, 7, 15, 34, 17, 10];
/** Three years of quarters: 12 values. */
const YEARS3 = [12, 30, 18, 7, 15, 34, 17, 10, 14, 31, 21, 9];

function fitted(method: ConcreteMethod, y: readonly number[], m: number): FittedModel {
  const r = fitMethod(method, y, m);
  if (isSopError(r)) throw new Error(`${method}: ${r.message}`);
  return r;
}
const name = (method: ConcreteMethod, y: readonly number[], m: number): string => fitted(method, y, m).method;

/** AICc = n log(SSE / n) + 2k + 2k(k + 1) / (n - k - 1), with k = nParams + 1 (the error variance). */
function aiccByHand(sse: number, n: number, nParams: number): number {
  const k = nParams + 1;
  return n - k - 1 <= 0 ? Number.POSITIVE_INFINITY : n * Math.log(sse / n) + 2 * k + (2 * k * (k + 1)) / (n - k - 1);
}

describe("fitMethod's fallbacks", () => {
  it("seasonal naive needs a season length of 2 or more and one full cycle, else naive", () => {
    expect(name("SNAIVE", QUARTERS, 4)).toBe("SNAIVE");
    expect(name("SNAIVE", [1, 2, 3, 4], 4)).toBe("SNAIVE"); // n = m: one full cycle
    expect(name("SNAIVE", [1, 2, 3], 4)).toBe("NAIVE");
    expect(name("SNAIVE", QUARTERS, 1)).toBe("NAIVE");
    expect(name("SNAIVE", [1, 5, 2, 6, 3], 2)).toBe("SNAIVE");
  });

  it("Holt-Winters and DECOMP need two full cycles and m >= 2, else damped Holt (SES below 4 values)", () => {
    for (const method of ["HW_ADDITIVE", "HW_MULTIPLICATIVE", "DECOMP"] as const) {
      expect([method, name(method, QUARTERS, 4)]).toEqual([method, method]); // n = 2m
      expect([method, name(method, QUARTERS.slice(0, 7), 4)]).toEqual([method, "HOLT_DAMPED"]);
      expect([method, name(method, QUARTERS, 1)]).toEqual([method, "HOLT_DAMPED"]);
      expect([method, name(method, [5, 6, 7], 2)]).toEqual([method, "SES"]);
      // a season of 2 with two cycles or more is a season
      expect([method, name(method, [1, 5, 2, 6, 3, 7, 4, 8], 2)]).toEqual([method, method]);
    }
  });

  it("Holt and damped Holt need 4 values, else SES", () => {
    expect([name("HOLT", [5, 6, 8, 9], 1), name("HOLT", [5, 6, 8], 1)]).toEqual(["HOLT", "SES"]);
    expect([name("HOLT_DAMPED", [5, 6, 8, 9], 1), name("HOLT_DAMPED", [5, 6, 8], 1)]).toEqual(["HOLT_DAMPED", "SES"]);
  });

  it("fits the other methods under their own names", () => {
    for (const method of ["NAIVE", "MA", "SES", "CROSTON", "SBA", "TSB", "THETA"] as const)
      expect([method, name(method, YEARS3, 4)]).toEqual([method, method]);
  });
});

describe("fitMethod's errors", () => {
  const error = (method: ConcreteMethod, y: readonly number[]): [string, string] | null => {
    const r = fitMethod(method, y, 4);
    return isSopError(r) ? [r.code, r.message] : null;
  };

  it("refuses a value <= 0 for multiplicative Holt-Winters, whatever the history's length", () => {
    const message = "Holt-Winters multiplicative needs every value > 0";
    expect(error("HW_MULTIPLICATIVE", [...QUARTERS.slice(0, 7), 0])).toEqual(["#NUM!", message]);
    expect(error("HW_MULTIPLICATIVE", [-1, ...QUARTERS.slice(1)])).toEqual(["#NUM!", message]);
    expect(error("HW_MULTIPLICATIVE", [3, 0, 2])).toEqual(["#NUM!", message]); // before the fallback
    expect(error("HW_ADDITIVE", [...QUARTERS.slice(0, 7), 0])).toBeNull();
  });

  it("refuses a negative value for Croston, SBA and TSB, and takes 0", () => {
    const y = [0, 3, 0, 0, 2, 0, 4, 0];
    expect(error("CROSTON", [...y, -1])).toEqual(["#NUM!", "Croston and SBA need values >= 0"]);
    expect(error("SBA", [-1, ...y])).toEqual(["#NUM!", "Croston and SBA need values >= 0"]);
    expect(error("TSB", [...y, -1])).toEqual(["#NUM!", "TSB needs values >= 0"]);
    expect([error("CROSTON", y), error("SBA", y), error("TSB", y)]).toEqual([null, null, null]);
  });
});

describe("a smoothing fit as fitMethod hands it out", () => {
  it("names its parameters by trend and season", () => {
    expect(Object.keys(fitted("SES", YEARS3, 4).params)).toEqual(["alpha"]);
    expect(Object.keys(fitted("HOLT", YEARS3, 4).params)).toEqual(["alpha", "beta"]);
    expect(Object.keys(fitted("HOLT_DAMPED", YEARS3, 4).params)).toEqual(["alpha", "beta", "phi"]);
    const hw = fitted("HW_ADDITIVE", YEARS3, 4);
    expect(Object.keys(hw.params)).toContain("gamma");
    expect(Object.keys(hw.params)).toContain("alpha");
  });

  it("gives the season length it fitted (1 without a season) and one error per value", () => {
    const ses = fitted("SES", YEARS3, 4);
    const hw = fitted("HW_ADDITIVE", YEARS3, 4);
    expect([ses.seasonLength, ses.nErrors]).toEqual([1, 12]);
    expect([hw.seasonLength, hw.nErrors]).toEqual([4, 12]);
  });

  it("has a closed-form variance with an additive or no season, k-step errors with a multiplicative one", () => {
    const ses = fitted("SES", YEARS3, 4);
    const add = fitted("HW_ADDITIVE", YEARS3, 4);
    const mult = fitted("HW_MULTIPLICATIVE", YEARS3, 4);
    expect([ses.variance !== undefined, ses.stepErrors === undefined]).toEqual([true, true]);
    expect([add.variance !== undefined, add.stepErrors === undefined]).toEqual([true, true]);
    expect([mult.variance === undefined, mult.stepErrors !== undefined]).toEqual([true, true]);
    // The one-step variance is the residual variance SSE / (n - fitted quantities).
    expect(ses.variance!(1)[0]).toBeCloseTo(ses.sse / (ses.nErrors - ses.nParams), 10);
    expect(add.variance!(1)[0]).toBeCloseTo(add.sse / (add.nErrors - add.nParams), 10);
    // k-step errors, one list per step: the one-step errors are the residuals y_t - yhat_t of
    // the 12 values (the first forecast from the initial states), whose squares sum to the SSE;
    // the two-step errors start one period later, 11 of them.
    const errors = mult.stepErrors!(2);
    const oneStep = mult.oneStep(YEARS3);
    expect(errors.map((e) => e.length)).toEqual([12, 11]);
    expect(errors[0]).toEqual(YEARS3.map((v, t) => expect.closeTo(v - oneStep[t], 9)));
    expect(errors[0].reduce((s, e) => s + e * e, 0)).toBeCloseTo(mult.sse, 9);
  });

  // Three histories of 16 quarters or 12: a season without trend, a season on a straight line
  // (+4 a quarter), a season on a rise that flattens (30 x (1 - 0.75^t)); on each a different
  // variant has the lowest AICc, worked out from the three fits below with the formula above.
  const wobble = (t: number): number => [3, -2, 5, -6][t % 4] + [0.3, -0.2, 0.1, -0.4, 0.2][t % 5];
  it.each([
    ["no trend", YEARS3, "N", false],
    ["a straight trend", Array.from({ length: 16 }, (_, t) => 20 + 4 * t + wobble(t)), "A", false],
    ["a flattening trend", Array.from({ length: 16 }, (_, t) => 20 + 30 * (1 - 0.75 ** t) + wobble(t)), "A", true],
  ] as const)("keeps the Holt-Winters trend variant with the lowest AICc: %s", (_name, y, trend, damped) => {
    const variants = [
      fitEts(y, { trend: "N", season: "A", m: 4 }, false)!,
      fitEts(y, { trend: "A", season: "A", m: 4 }, false)!,
      fitEts(y, { trend: "A", season: "A", m: 4 }, true)!,
    ];
    const ics = variants.map((v) => aiccByHand(v.sse, y.length, v.nParams));
    const best = variants[ics.indexOf(Math.min(...ics))];
    expect([best.spec.trend, best.damped]).toEqual([trend, damped]);
    const hw = fitted("HW_ADDITIVE", y, 4);
    expect([hw.sse, hw.nParams]).toEqual([best.sse, best.nParams]);
    expect(["beta" in hw.params, "phi" in hw.params]).toEqual([trend === "A", damped]);
  });

  it("keeps the first variant, no trend, when every AICc is infinite (two cycles of quarters)", () => {
    // 8 values: even without a trend k = alpha, gamma, the level and the seasonal states, plus
    // the variance, is at least 7, so n - k - 1 <= 0 for all three.
    for (const [trend, damped] of [
      ["N", false],
      ["A", false],
      ["A", true],
    ] as const) {
      const v = fitEts(QUARTERS, { trend, season: "A", m: 4 }, damped)!;
      expect(aiccByHand(v.sse, 8, v.nParams)).toBe(Number.POSITIVE_INFINITY);
    }
    const hw = fitted("HW_ADDITIVE", QUARTERS, 4);
    expect([hw.method, "beta" in hw.params]).toEqual(["HW_ADDITIVE", false]);
  });
});
