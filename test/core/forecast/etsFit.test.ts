/**
 * `fitEts` (src/core/forecast/etsFit.ts) around its optimiser: what it hands Nelder-Mead (the
 * start, the box, the initial steps and the budget, as the file's header and R's `forecast::ets`
 * set them), the objective it minimises (the SSE of the parameters and initial states read in
 * a fixed order, Infinity outside the constraints), and the fit it builds from the point the
 * optimiser returns. Nelder-Mead is replaced by a recording double so that each point is one the
 * test chose; every expected value is worked out below by hand (the recursions of ets.ts's header).
 */
import type { EtsSpec } from "../../../src/core/forecast/ets";
import { fitEts, type EtsFit } from "../../../src/core/forecast/etsFit";
import { nelderMead } from "../../../src/core/forecast/nelderMead";

// A recording double in place of the optimiser (jest hoists this above the imports).
jest.mock("../../../src/core/forecast/nelderMead", () => ({ nelderMead: jest.fn() }));

const nm = nelderMead as jest.MockedFunction<typeof nelderMead>;
type Objective = (x: readonly number[]) => number;

/** The optimiser stays where it starts: each call returns its start and the objective there. */
function stayAtStart(): void {
  nm.mockImplementation((f, x0) => ({ x: x0.slice(), value: f(Float64Array.from(x0)), evaluations: 1 }));
}

/** The optimiser returns these points and values, one per call, whatever it is given. */
function returns(...results: { x: number[]; value: number }[]): void {
  for (const r of results) nm.mockImplementationOnce(() => ({ ...r, evaluations: 1 }));
}

beforeEach(() => {
  nm.mockReset();
  stayAtStart();
});

interface Call {
  x0: number[];
  lower: readonly number[];
  upper: readonly number[];
  steps: readonly number[] | undefined;
  maxEvaluations: number | undefined;
}
const calls = (): Call[] =>
  nm.mock.calls.map(([, x0, o]: Parameters<typeof nelderMead>) => ({
    x0: x0.slice(),
    lower: o.lower,
    upper: o.upper,
    steps: o.steps,
    maxEvaluations: o.maxEvaluations,
  }));
/** The objective of the first call, taking the point as an array (the optimiser hands it a Float64Array). */
const objective = (): Objective => {
  const f = nm.mock.calls[0][0];
  return (x) => f(Float64Array.from(x));
};
const close = (xs: readonly number[]): unknown[] => xs.map((v) => (Number.isFinite(v) ? expect.closeTo(v, 12) : v));
const ok = (f: EtsFit | undefined): EtsFit => {
  if (!f) throw new Error("no fit");
  return f;
};

const SES: EtsSpec = { trend: "N", season: "N", m: 4 }; // m is ignored without a season
const HOLT: EtsSpec = { trend: "A", season: "N", m: 1 };
const HW_A2: EtsSpec = { trend: "N", season: "A", m: 2 };
const HW_M2: EtsSpec = { trend: "N", season: "M", m: 2 };

// alpha starts at 1e-4 + 0.2 (0.9999 - 1e-4) / m: 0.20006 without a season (m counts as 1),
// 0.10008 at m = 2; beta at 1e-4 + 0.1 (alpha0 - 1e-4); gamma at 1e-4 + 0.05 (1 - alpha0 - 1e-4).
const ALPHA1 = 0.20006;
const ALPHA2 = 0.10008;
const BETA1 = 0.020096; // 1e-4 + 0.1 x 0.19996
const BETA2 = 0.010098; // 1e-4 + 0.1 x 0.09998
const GAMMA2 = 0.045091; // 1e-4 + 0.05 x 0.89982
const INF = Number.POSITIVE_INFINITY;

describe("what fitEts hands the optimiser", () => {
  it("SES: alpha and the level, the level's step a tenth of the larger of its size and the mean |y|", () => {
    // y = -4, 2, -1, 7: the start level is the mean, 1; the mean |y| is 14 / 4 = 3.5.
    ok(fitEts([-4, 2, -1, 7], SES, false));
    const [first, second] = calls();
    expect(nm).toHaveBeenCalledTimes(2);
    expect(first.x0).toEqual(close([ALPHA1, 1]));
    expect([first.lower, first.upper]).toEqual([
      [1e-4, -INF],
      [0.9999, INF],
    ]);
    expect(first.steps).toEqual(close([0.1, 0.35]));
    expect(first.maxEvaluations).toBe(400); // 100 per dimension, at least 400
    // The second search starts where the first ended, in the same box, with half the steps.
    expect(second.x0).toEqual(first.x0);
    expect([second.lower, second.upper]).toEqual([first.lower, first.upper]);
    expect(second.steps).toEqual(close([0.05, 0.175]));
    expect(second.maxEvaluations).toBe(400);
  });

  it("Holt: alpha, beta, the level and the trend, the trend's step from its size", () => {
    // y = 3, 5, 4, 8, 10: the line through (1, 3) ... (5, 10) has slope 17 / 10 = 1.7 and
    // intercept 6 - 1.7 x 3 = 0.9; the mean |y| is 6, so the trend's floor is 0.01 x 6 = 0.06.
    ok(fitEts([3, 5, 4, 8, 10], HOLT, false));
    const [first] = calls();
    expect(first.x0).toEqual(close([ALPHA1, BETA1, 0.9, 1.7]));
    expect([first.lower, first.upper]).toEqual([
      [1e-4, 1e-4, -INF, -INF],
      [0.9999, 0.9999, INF, INF],
    ]);
    expect(first.steps).toEqual(close([0.1, 0.05, 0.6, 0.17]));
    expect(first.maxEvaluations).toBe(400);
  });

  it("damped Holt: phi after beta, from 0.978 in [0.8, 0.98]; a flat trend's step is a hundredth of the mean |y|", () => {
    // y = 4, 6, 2, 6, 4: symmetric about its middle, so the line's slope is 0 and its intercept
    // the mean, 4.4 (= the mean |y|): the trend's step is 0.1 x 0.01 x 4.4.
    ok(fitEts([4, 6, 2, 6, 4], HOLT, true));
    const [first] = calls();
    expect(first.x0).toEqual(close([ALPHA1, BETA1, 0.978, 4.4, 0]));
    expect([first.lower, first.upper]).toEqual([
      [1e-4, 1e-4, 0.8, -INF, -INF],
      [0.9999, 0.9999, 0.98, INF, INF],
    ]);
    expect(first.steps).toEqual(close([0.1, 0.05, 0.05, 0.44, 0.0044]));
    expect(first.maxEvaluations).toBe(500);
  });

  it("an all-zero history: the steps are floored at 1e-8 of scale", () => {
    ok(fitEts([0, 0, 0, 0], HOLT, false));
    const [first] = calls();
    expect(first.x0).toEqual(close([ALPHA1, BETA1, 0, 0]));
    expect(first.steps).toEqual([0.1, 0.05, 1e-9, expect.closeTo(1e-11, 25)]);
  });

  it("additive season: gamma after alpha, then the level and m - 1 free seasonal states", () => {
    // y = 1, 5, 2, 6 (m = 2, fewer than three cycles): the line has slope 6 / 5 = 1.2 and
    // intercept 0.5, so 1.7, 2.9, 4.1, 5.3; the deviations -0.7, 2.1, -2.1, 0.7 average -1.4
    // and 1.4 by position. Adjusted: 2.4, 3.6, 3.4, 4.6, mean 3.5 (the mean |y| too).
    ok(fitEts([1, 5, 2, 6], HW_A2, false));
    const [first] = calls();
    expect(first.x0).toEqual(close([ALPHA2, GAMMA2, 3.5, -1.4]));
    expect([first.lower, first.upper]).toEqual([
      [1e-4, 1e-4, -INF, -INF],
      [0.9999, 0.9999, INF, INF],
    ]);
    expect(first.steps).toEqual(close([0.1, 0.05, 0.35, 0.175])); // the season's: 0.05 x 3.5
    expect(first.maxEvaluations).toBe(400);
  });

  it("the seasonal states held at their start (fitSeason false): not among the coordinates", () => {
    ok(fitEts([1, 5, 2, 6], HW_A2, false, { fitSeason: false }));
    const [first] = calls();
    expect(first.x0).toEqual(close([ALPHA2, GAMMA2, 3.5]));
    expect(first.steps).toEqual(close([0.1, 0.05, 0.35]));
  });

  it("multiplicative season with a trend: each of alpha, beta, gamma, level, trend and states, the states above 1e-3", () => {
    // y = 2, 6, 3, 9 (m = 2): the line has slope 9 / 5 = 1.8 and intercept 0.5, so 2.3, 4.1,
    // 5.9, 7.7; the ratios by position average r0 = (2/2.3 + 3/5.9) / 2 and r1 = (6/4.1 +
    // 9/7.7) / 2, divided by their mean. The adjusted values' line (x = 1..4) gives the level
    // and trend; the mean |y| is 5.
    const r0 = (2 / 2.3 + 3 / 5.9) / 2;
    const r1 = (6 / 4.1 + 9 / 7.7) / 2;
    const s = [r0 / ((r0 + r1) / 2), r1 / ((r0 + r1) / 2)];
    const a = [2 / s[0], 6 / s[1], 3 / s[0], 9 / s[1]];
    const slope = (-1.5 * a[0] - 0.5 * a[1] + 0.5 * a[2] + 1.5 * a[3]) / 5;
    const level = (a[0] + a[1] + a[2] + a[3]) / 4 - 2.5 * slope;
    ok(fitEts([2, 6, 3, 9], { trend: "A", season: "M", m: 2 }, false));
    const [first] = calls();
    expect(first.x0).toEqual(close([ALPHA2, BETA2, GAMMA2, level, slope, s[0]]));
    expect([first.lower, first.upper]).toEqual([
      [1e-4, 1e-4, 1e-4, -INF, -INF, 1e-3],
      [0.9999, 0.9999, 0.9999, INF, INF, INF],
    ]);
    expect(first.steps).toEqual(close([0.1, 0.05, 0.05, 0.1 * Math.max(level, 5), 0.1 * slope, 0.05]));
    expect(first.maxEvaluations).toBe(600);
  });

  it("a given budget for both searches", () => {
    ok(fitEts([1, 5, 2, 6], HW_A2, false, { maxEvaluations: 50 }));
    expect(calls().map((c) => c.maxEvaluations)).toEqual([50, 50]);
  });
});

describe("the objective fitEts minimises", () => {
  it("SES: the SSE of the one-step errors from alpha and the level", () => {
    // y = 1, 3, 2, 6 from level 2 with alpha 0.5: forecasts 2, 1.5, 2.25, 2.125, errors -1,
    // 1.5, -0.25, 3.875; with alpha 1 from 0: forecasts 0, 1, 3, 2, errors 1, 2, -1, 4.
    ok(fitEts([1, 3, 2, 6], SES, false));
    const f = objective();
    expect(f([0.5, 2])).toBe(1 + 2.25 + 0.0625 + 3.875 ** 2);
    expect(f([1, 0])).toBe(22);
  });

  it("Holt: beta read after alpha, no larger than alpha", () => {
    // y = 3, 5, 4, 8, 10 from level 1, trend 2, alpha 0.5, beta 0.25: forecasts 3, 5, 7
    // (error -3: level 5.5, trend 1.25), 6.75 (error 1.25: level 7.375, trend 1.5625), 8.9375.
    ok(fitEts([3, 5, 4, 8, 10], HOLT, false));
    const f = objective();
    expect(f([0.5, 0.25, 1, 2])).toBe(9 + 1.5625 + 1.0625 ** 2);
    expect(f([0.5, 0.5, 1, 2])).toBeLessThan(INF); // beta = alpha is allowed
    expect(f([0.5, 0.5000001, 1, 2])).toBe(INF);
  });

  it("damped Holt: phi read after beta", () => {
    // y = 4, 6, 2, 6, 4 from level 4, trend 1, alpha 0.5, beta 0.25, phi 0.8: forecasts
    // 4.8, 4.88, 6.048, 3.7008, 5.05168 (l + 0.8 b each time).
    ok(fitEts([4, 6, 2, 6, 4], HOLT, true));
    expect(objective()([0.5, 0.25, 0.8, 4, 1])).toBeCloseTo(
      0.8 ** 2 + 1.12 ** 2 + 4.048 ** 2 + 2.2992 ** 2 + 1.05168 ** 2,
      10,
    );
  });

  it("additive season: gamma no larger than 1 - alpha, the last state minus the sum of the others, each call from the same states", () => {
    // y = 1, 5, 2, 6 (m = 2) from level 3, states -2 and 2, alpha = gamma = 0.5: forecasts 1,
    // 5, 1 (error 1: level 3.5, state -1.5), 5.5. From states 0 and 0: forecasts 3, 2, 2.5,
    // 4.75, errors -2, 3, -0.5, 1.25.
    ok(fitEts([1, 5, 2, 6], HW_A2, false));
    const f = objective();
    expect(f([0.5, 0.5, 3, -2])).toBe(1.25);
    expect(f([0.5, 0.5, 3, 0])).toBe(4 + 9 + 0.25 + 1.5625);
    expect(f([0.5, 0.5, 3, -2])).toBe(1.25);
    expect(f([0.5, 0.5000001, 3, -2])).toBe(INF);
  });

  it("the seasonal states held at their start: -1.4 and 1.4 each call", () => {
    // From level 3 with alpha = gamma = 0.5: forecasts 1.6 (error -0.6: level 2.7, state
    // -1.7), 4.1 (0.9: 3.15, 1.85), 1.45 (0.55: 3.425), 5.275 (0.725).
    ok(fitEts([1, 5, 2, 6], HW_A2, false, { fitSeason: false }));
    const f = objective();
    const sse = 0.36 + 0.81 + 0.3025 + 0.725 ** 2;
    expect(f([0.5, 0.5, 3])).toBeCloseTo(sse, 12);
    expect(f([0.5, 0.5, 3])).toBeCloseTo(sse, 12);
  });

  it("multiplicative season: the last state m minus the sum of the others, every state above 0", () => {
    // y = 2, 6, 3, 9 (m = 2) from level 4, states 0.5 and 1.5, alpha = gamma = 0.5: forecasts
    // 2, 6, 2 (error 1: level 4 + 0.5 / 0.5 = 5), 5 x 1.5 = 7.5.
    ok(fitEts([2, 6, 3, 9], HW_M2, false));
    const f = objective();
    expect(f([0.5, 0.5, 4, 0.5])).toBe(1 + 2.25);
    for (const s0 of [0, -0.5, 2, 2.5]) expect([s0, f([0.5, 0.5, 4, s0])]).toEqual([s0, INF]);
  });

  it("multiplicative season: the states a short history never reaches must be above 0 too", () => {
    // m = 4 and two values: the states of positions 2 and 3 are never used. From level 2 and
    // states 1, 1, 1 (so 1): forecasts 2 and 2, errors 0 and 1.
    ok(fitEts([2, 3], { trend: "N", season: "M", m: 4 }, false));
    const f = objective();
    expect(f([0.5, 0.5, 2, 1, 1, 1])).toBe(1);
    for (const s2 of [2, 2.5, 0, -1]) expect([s2, f([0.5, 0.5, 2, 1, 1, s2])]).toEqual([s2, INF]);
  });
});

describe("the fit fitEts builds from the optimiser's point", () => {
  it("SES: parameters, initial states, SSE, parameter count, forecasts and one-step forecasts", () => {
    // The point of the objective's first case: final level 2.125 + 0.5 x 3.875 = 4.0625.
    returns({ x: [0.5, 2], value: 18.328125 }, { x: [0.9, 0], value: 30 });
    const fit = ok(fitEts([1, 3, 2, 6], SES, false));
    expect([fit.spec, fit.damped]).toEqual([SES, false]);
    expect(fit.par).toEqual({ alpha: 0.5, beta: 0, gamma: 0, phi: 1 });
    expect(fit.init).toEqual({ level: 2, trend: 0, season: [] });
    expect([fit.sse, fit.run.sse, fit.nParams]).toEqual([18.328125, 18.328125, 2]);
    expect(fit.run.fitted).toEqual([2, 1.5, 2.25, 2.125]);
    expect(fit.forecast(2)).toEqual([4.0625, 4.0625]);
    expect(fit.oneStep([1, 3, 2, 6, 4])).toEqual([2, 1.5, 2.25, 2.125, 4.0625]);
  });

  it("keeps the second search's point when it is as good or better, else the first's", () => {
    // Values as the double reports them; the SSE is the run's: 18.328125 at [0.5, 2], 22 at [1, 0].
    const alphaKept = (first: number, second: number): number => {
      returns({ x: [0.5, 2], value: first }, { x: [1, 0], value: second });
      const fit = ok(fitEts([1, 3, 2, 6], SES, false));
      return fit.par.alpha;
    };
    expect(alphaKept(20, 20)).toBe(1);
    expect(alphaKept(20, 19)).toBe(1);
    expect(alphaKept(20, 21)).toBe(0.5);
    expect(alphaKept(20, INF)).toBe(0.5);
    returns({ x: [1, 0], value: 5 }, { x: [1, 0], value: 5 });
    expect(ok(fitEts([1, 3, 2, 6], SES, false)).sse).toBe(22);
  });

  it("no fit when neither search finds a finite SSE", () => {
    returns({ x: [0.5, 2], value: INF }, { x: [0.5, 2], value: INF });
    expect(fitEts([1, 3, 2, 6], SES, false)).toBeUndefined();
    returns({ x: [0.5, 2], value: Number.NaN }, { x: [0.5, 2], value: Number.NaN });
    expect(fitEts([1, 3, 2, 6], SES, false)).toBeUndefined();
  });

  it("Holt and damped Holt: beta, then phi, then the level and the trend", () => {
    // From the objective's Holt case: final level 8.9375 + 0.5 x 1.0625 = 9.46875, trend
    // 1.5625 + 0.25 x 1.0625 = 1.828125; forecasts 9.46875 + 1.828125 k.
    returns({ x: [0.5, 0.25, 1, 2], value: 1 }, { x: [0.5, 0.25, 1, 2], value: 2 });
    const holt = ok(fitEts([3, 5, 4, 8, 10], HOLT, false));
    expect(holt.par).toEqual({ alpha: 0.5, beta: 0.25, gamma: 0, phi: 1 });
    expect(holt.init).toEqual({ level: 1, trend: 2, season: [] });
    expect([holt.sse, holt.nParams]).toEqual([9 + 1.5625 + 1.0625 ** 2, 4]);
    expect(holt.forecast(2)).toEqual([11.296875, 13.125]);
    returns({ x: [0.5, 0.25, 0.8, 4, 1], value: 1 }, { x: [0.5, 0.25, 0.8, 4, 1], value: 2 });
    const damped = ok(fitEts([4, 6, 2, 6, 4], HOLT, true));
    expect([damped.damped, damped.par, damped.init]).toEqual([
      true,
      { alpha: 0.5, beta: 0.25, gamma: 0, phi: 0.8 },
      { level: 4, trend: 1, season: [] },
    ]);
    expect(damped.nParams).toBe(5);
    expect(damped.run.fitted).toEqual(close([4.8, 4.88, 6.048, 3.7008, 5.05168]));
  });

  it("additive season: the last initial state minus the sum of the others", () => {
    // From the objective's case: final level 3.75, states -1.5 (position 0) and 2 + 0.5 x 0.5
    // = 2.25; four values, so the next period is position 0.
    returns({ x: [0.5, 0.5, 3, -2], value: 1.25 }, { x: [0.5, 0.5, 3, -2], value: 2 });
    const fit = ok(fitEts([1, 5, 2, 6], HW_A2, false));
    expect(fit.par).toEqual({ alpha: 0.5, beta: 0, gamma: 0.5, phi: 1 });
    expect(fit.init).toEqual({ level: 3, trend: 0, season: [-2, 2] });
    expect([fit.sse, fit.nParams]).toEqual([1.25, 4]);
    expect(fit.forecast(3)).toEqual([2.25, 6, 2.25]);
  });

  it("the seasonal states held at their start: the heuristic's, counted among the parameters", () => {
    returns({ x: [0.5, 0.5, 3], value: 2 }, { x: [0.5, 0.5, 3], value: 3 });
    const fit = ok(fitEts([1, 5, 2, 6], HW_A2, false, { fitSeason: false }));
    expect(fit.init).toEqual({ level: 3, trend: 0, season: close([-1.4, 1.4]) });
    expect(fit.nParams).toBe(4); // alpha, gamma, the level and m - 1 = 1 seasonal state
    expect(fit.sse).toBeCloseTo(0.36 + 0.81 + 0.3025 + 0.725 ** 2, 12);
  });

  it("SES with a season length given: no seasonal state fitted or counted, alpha from m = 1", () => {
    ok(fitEts([1, 3, 2, 6], SES, false, { fitSeason: true }));
    expect(calls()[0].x0).toEqual(close([ALPHA1, 3]));
    returns({ x: [0.5, 2], value: 1 }, { x: [0.5, 2], value: 2 });
    expect(ok(fitEts([1, 3, 2, 6], SES, false)).nParams).toBe(2);
  });

  it("multiplicative season: the last initial state m minus the sum of the others", () => {
    returns({ x: [0.5, 0.5, 4, 0.5], value: 1 }, { x: [0.5, 0.5, 4, 0.5], value: 2 });
    const fit = ok(fitEts([2, 6, 3, 9], HW_M2, false));
    expect(fit.init).toEqual({ level: 4, trend: 0, season: [0.5, 1.5] });
    expect(fit.sse).toBe(3.25);
  });

  it("no fit from a point outside the constraints, even with a finite value reported", () => {
    const fitAt = (y: number[], spec: EtsSpec, x: number[]): EtsFit | undefined => {
      returns({ x, value: 1 }, { x, value: 2 });
      return fitEts(y, spec, false);
    };
    expect(fitAt([3, 5, 4, 8, 10], HOLT, [0.5, 0.5, 1, 2])).toBeDefined();
    expect(fitAt([3, 5, 4, 8, 10], HOLT, [0.5, 0.6, 1, 2])).toBeUndefined(); // beta > alpha
    expect(fitAt([1, 5, 2, 6], HW_A2, [0.5, 0.5, 3, -2])).toBeDefined();
    expect(fitAt([1, 5, 2, 6], HW_A2, [0.5, 0.6, 3, -2])).toBeUndefined(); // gamma > 1 - alpha
    // m = 4, two values: states 2 and 3 are never used by the run, so only the constraints
    // rule them out (the last state is 4 minus the others).
    const short = { trend: "N", season: "M", m: 4 } as const;
    expect(ok(fitAt([2, 3], short, [0.5, 0.5, 2, 1, 1, 1])).init.season).toEqual([1, 1, 1, 1]);
    for (const s2 of [2, 2.5, 0, -1])
      expect([s2, fitAt([2, 3], short, [0.5, 0.5, 2, 1, 1, s2])]).toEqual([s2, undefined]);
  });

  it("no fit when the run from the point breaks down (a multiplicative model's level below 0)", () => {
    returns({ x: [0.5, 0.5, -4, 0.5], value: 1 }, { x: [0.5, 0.5, -4, 0.5], value: 2 });
    expect(fitEts([2, 6, 3, 9], HW_M2, false)).toBeUndefined();
  });

  it("one-step forecasts of a continued history: NaN from where the run breaks down", () => {
    // From the multiplicative fit above (level 4, states 0.5 and 1.5): 2, 6, then a value of
    // -100 (error -102: level 4 - 51 / 0.5 < 0), after which no forecast can be made.
    returns({ x: [0.5, 0.5, 4, 0.5], value: 1 }, { x: [0.5, 0.5, 4, 0.5], value: 2 });
    const fit = ok(fitEts([2, 6, 3, 9], HW_M2, false));
    expect(fit.oneStep([2, 6, -100, 9, 3])).toEqual([2, 6, 2, Number.NaN, Number.NaN]);
  });
});

describe("damping without a trend", () => {
  it("is not fitted or counted: SES asked for damped has alpha and the level only", () => {
    ok(fitEts([-4, 2, -1, 7], SES, true));
    expect(calls()[0].x0).toEqual(close([ALPHA1, 1]));
    returns({ x: [0.5, 2], value: 1 }, { x: [0.5, 2], value: 2 });
    const fit = ok(fitEts([1, 3, 2, 6], SES, true));
    expect([fit.nParams, fit.par.phi]).toEqual([2, 1]);
  });
});
