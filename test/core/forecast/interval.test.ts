/**
 * Prediction intervals (src/core/forecast/interval.ts) against R `forecast` and hand calculations.
 *
 * test/fixtures/forecast/interval.json is written by scripts/reference/interval.R: R's ets with
 * the model form fixed (ANN, AAN, AAdN, ANA, AAA, AAdA), its parameters, sigma2, forecasts and
 * 80 % / 95 % bounds, and R's naive and snaive intervals.
 * - The variance formula on R's own parameters and sigma2: bounds to 1e-8 of the interval width
 *   (the normal quantile's approximation error is 1.2e-9). One known difference: for an additive
 *   season without trend (ANA) R's forecast:::class1 puts gamma in the third row of G, which
 *   without a trend is the second seasonal state, so R adds gamma to c_j at j = m - 1, 2m - 1...
 *   instead of j = m, 2m... (Hyndman et al. 2008, table 6.2; R is right with a trend, where the
 *   third state is the first seasonal one). There we agree with R for steps 1..m - 1 and check
 *   R's later numbers against the shifted placement by hand.
 * - The whole pipeline (our least-squares fit of the same model form, then the interval): SES,
 *   HOLT and HOLT_DAMPED within 0.5 % of R's bounds and 2 % of R's width (the fits differ by
 *   the optimiser only: for additive errors R's likelihood is the SSE's); NAIVE and SNAIVE to 1e-7.
 *   Our bands are R's widened by the calibration factor 1.4 (see interval.ts): each bound is
 *   R's mean +- 1.4 x R's distance from it, clipped at 0 (the histories have no negative value).
 * - The calibration by level: per-level factors (80 %: 1.4 long, 1.7 short; 95 %: 1.4 and 2.5),
 *   interpolated linearly in z((1 + level) / 2) between them, the nearest level's outside.
 */
import * as fs from "fs";
import * as path from "path";
import { class1Variance, etsOriginForecasts, runEts } from "../../../src/core/forecast/ets";
import { band, bandCalibration, collectErrors, quantile7 } from "../../../src/core/forecast/interval";
import { forecastInterval, type MethodName } from "../../../src/core/forecast";
import { SopError, isSopError } from "../../../src/core/errors";
import type { FittedModel } from "../../../src/core/forecast/types";

interface RCase {
  y: number[];
  m: number;
  model?: string;
  damped?: boolean;
  h: number;
  alpha?: number;
  beta?: number;
  gamma?: number;
  phi?: number;
  sigma2?: number;
  mean: number[];
  lower80: number[];
  upper80: number[];
  lower95: number[];
  upper95: number[];
}
const cases = (
  JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/forecast/interval.json"), "utf8")) as {
    cases: Record<string, RCase>;
  }
).cases;

/** R's qnorm(0.9), qnorm(0.95) and qnorm(0.975). */
const Z80 = 1.2815515655446004;
const Z90 = 1.6448536269514722;
const Z95 = 1.959963984540054;
/** The band calibration of interval.ts: every band's distances from the forecast times 1.4. */
const CAL = 1.4;

function ok<T>(r: T | SopError): T {
  if (isSopError(r)) throw new Error(`${r.code} ${r.message}`);
  return r;
}

describe("class-1 variance on R's parameters (ets with the model form fixed)", () => {
  const etsCases = Object.entries(cases).filter(([, c]) => c.model !== undefined);
  it.each(etsCases)("%s: 80 %% and 95 %% bounds as R's", (_, c) => {
    const spec = {
      trend: c.model![1] as "N" | "A",
      season: c.model![2] as "N" | "A",
      m: c.m,
    };
    const par = { alpha: c.alpha!, beta: c.beta!, gamma: c.gamma!, phi: c.phi! };
    const v = class1Variance(spec, par, c.sigma2!, c.h);
    if (c.model === "ANA") {
      // R's placement: c_j = alpha + gamma [j mod m = m - 1]
      let sum = 0;
      const rv = [c.sigma2!];
      for (let j = 1; j < c.h; j++) {
        sum += (c.alpha! + (j % c.m === c.m - 1 ? c.gamma! : 0)) ** 2;
        rv.push(c.sigma2! * (1 + sum));
      }
      for (let i = c.m - 1; i < c.h; i++) {
        expect(Math.abs(c.mean[i] - Z80 * Math.sqrt(rv[i]) - c.lower80[i])).toBeLessThan(1e-8 * c.mean[i]);
      }
      v.splice(c.m - 1);
    }
    for (let i = 0; i < v.length; i++) {
      const width = c.upper95[i] - c.lower95[i];
      expect(Math.abs(c.mean[i] - Z80 * Math.sqrt(v[i]) - c.lower80[i])).toBeLessThan(1e-8 * width);
      expect(Math.abs(c.mean[i] + Z80 * Math.sqrt(v[i]) - c.upper80[i])).toBeLessThan(1e-8 * width);
      expect(Math.abs(c.mean[i] - Z95 * Math.sqrt(v[i]) - c.lower95[i])).toBeLessThan(1e-8 * width);
    }
  });

  it("step 1 is sigma2; SES adds alpha^2 sigma2 a step (hand calculation)", () => {
    const v = class1Variance({ trend: "N", season: "N", m: 1 }, { alpha: 0.5, beta: 0, gamma: 0, phi: 1 }, 4, 3);
    expect(v).toEqual([4, 4 * (1 + 0.25), 4 * (1 + 0.5)]);
  });

  it("an additive season adds gamma at every whole cycle (c_j = alpha + gamma at j = m)", () => {
    const v = class1Variance({ trend: "N", season: "A", m: 2 }, { alpha: 0.1, beta: 0, gamma: 0.2, phi: 1 }, 1, 4);
    // c1 = 0.1, c2 = 0.3, c3 = 0.1
    expect(v[1]).toBeCloseTo(1 + 0.01, 12);
    expect(v[2]).toBeCloseTo(1 + 0.01 + 0.09, 12);
    expect(v[3]).toBeCloseTo(1 + 0.01 + 0.09 + 0.01, 12);
  });
});

describe("the whole pipeline against R on the same model form", () => {
  const pipeline: [string, MethodName, number, number][] = [
    ["ses_nile", "SES", 0.005, 0.02],
    ["holt_airmiles", "HOLT", 0.005, 0.02],
    ["holt_damped_airmiles", "HOLT_DAMPED", 0.005, 0.02],
    ["naive_nile", "NAIVE", 1e-7, 1e-7],
    ["snaive_usaccdeaths", "SNAIVE", 1e-7, 1e-7],
  ];
  it.each(pipeline)("%s (%s): bounds within %p relative, width within %p", (key, method, tolBound, tolWidth) => {
    const c = cases[key];
    const r = ok(forecastInterval(c.y, c.h, 0.8, { method, seasonLength: c.m }));
    expect(r.method).toBe(method);
    expect(r.source).toBe("analytic");
    for (let i = 0; i < c.h; i++) {
      const lower = Math.max(0, c.mean[i] - CAL * (c.mean[i] - c.lower80[i]));
      const upper = c.mean[i] + CAL * (c.upper80[i] - c.mean[i]);
      if (lower === 0) expect(r.lower[i]).toBe(0);
      else expect(Math.abs(r.lower[i] / lower - 1)).toBeLessThan(tolBound);
      expect(Math.abs(r.upper[i] / upper - 1)).toBeLessThan(tolBound);
      const w = (r.upper[i] - r.lower[i]) / (upper - lower);
      expect(Math.abs(w - 1)).toBeLessThan(tolWidth);
    }
  });
});

describe("forecastInterval", () => {
  it("NAIVE: sigma2 = mean squared step, v_k = k sigma2, times the calibration (hand calculation)", () => {
    // steps 2, -1, 2: sigma2 = 9 / 3 = 3
    const r = ok(forecastInterval([10, 12, 11, 13], 3, 0.8, { method: "NAIVE" }));
    expect(r.values).toEqual([13, 13, 13]);
    [1, 2, 3].forEach((k, i) => {
      expect(r.lower[i]).toBeCloseTo(13 - 1.4 * Z80 * Math.sqrt(3 * k), 8);
      expect(r.upper[i]).toBeCloseTo(13 + 1.4 * Z80 * Math.sqrt(3 * k), 8);
    });
  });

  it("NAIVE at 95 %: 1.4 from three cycles (no season: one), 2.5 from fewer (hand calculation)", () => {
    const long = ok(forecastInterval([10, 12, 11, 13], 2, 0.95, { method: "NAIVE", seasonLength: 1 }));
    const short = ok(forecastInterval([10, 12, 11, 13], 2, 0.95, { method: "NAIVE", seasonLength: 4 }));
    [1, 2].forEach((k, i) => {
      expect(long.lower[i]).toBeCloseTo(13 - 1.4 * Z95 * Math.sqrt(3 * k), 7);
      expect(long.upper[i]).toBeCloseTo(13 + 1.4 * Z95 * Math.sqrt(3 * k), 7);
      expect(short.lower[i]).toBeCloseTo(13 - 2.5 * Z95 * Math.sqrt(3 * k), 7);
      expect(short.upper[i]).toBeCloseTo(13 + 2.5 * Z95 * Math.sqrt(3 * k), 7);
    });
  });

  it("never goes below 0 for a history without negative values", () => {
    const r = ok(forecastInterval([5, 0, 6, 0, 5, 0, 7, 0], 6, 0.95, { method: "NAIVE" }));
    expect(Math.min(...r.lower)).toBe(0);
    const neg = ok(forecastInterval([5, -1, 6, 0, 5, 0, 7, 0], 2, 0.95, { method: "NAIVE" }));
    expect(neg.lower[0]).toBeLessThan(0);
  });

  it("gives intermittent demand an empirical band from 0", () => {
    const y = [0, 3, 0, 0, 5, 0, 2, 0, 0, 4, 0, 3, 0, 0, 6, 0, 2, 0, 0, 4, 0, 3, 0, 5];
    const r = ok(forecastInterval(y, 6, 0.8, { method: "SBA" }));
    expect(r.source).toBe("empirical");
    expect(r.lower.every((v) => v >= 0)).toBe(true);
    expect(r.upper.every((v, k) => v > r.values[k])).toBe(true);
  });

  it("gives a history of zeros a band of zeros", () => {
    expect(ok(forecastInterval([0, 0, 0], 2, 0.8))).toMatchObject({ lower: [0, 0], upper: [0, 0] });
  });

  it("answers a level outside (0, 1) with #NUM!", () => {
    for (const level of [0, 1, 80, -0.2]) {
      expect(forecastInterval([1, 2, 3, 4], 2, level)).toMatchObject({ code: "#NUM!" });
    }
  });

  it("answers #N/A when an empirical band has fewer than 8 in-sample errors", () => {
    expect(forecastInterval([0, 3, 0, 4, 0, 2], 2, 0.8, { method: "SBA" })).toMatchObject({ code: "#N/A" });
  });
});

describe("bandCalibration by level", () => {
  it("is the calibrated factor at 80 % and 95 %, long (three cycles or more, or no cycle) and short", () => {
    expect(bandCalibration(36, 12, 0.8)).toBe(1.4);
    expect(bandCalibration(35, 12, 0.8)).toBe(1.7);
    expect(bandCalibration(36, 12, 0.95)).toBe(1.4);
    expect(bandCalibration(24, 12, 0.95)).toBe(2.5);
    expect(bandCalibration(5, 1, 0.95)).toBe(1.4);
  });

  it("gives a history without a cycle the long factor however short it is", () => {
    // season length 1 (or less) is no cycle: two values are not "fewer than three cycles"
    expect(bandCalibration(2, 1, 0.8)).toBe(1.4);
    expect(bandCalibration(2, 1, 0.95)).toBe(1.4);
    expect(bandCalibration(2, 0, 0.8)).toBe(1.4);
    expect(bandCalibration(5, 2, 0.8)).toBe(1.7);
  });

  it("interpolates linearly in z between them: 90 % from two cycles (hand calculation)", () => {
    // t = (z90 - z80) / (z95 - z80) = 0.36330206 / 0.67841242 = 0.53551800; 1.7 + 0.8 t = 2.12841440
    const t = (Z90 - Z80) / (Z95 - Z80);
    expect(bandCalibration(24, 12, 0.9)).toBeCloseTo(1.7 + 0.8 * t, 8);
    expect(bandCalibration(24, 12, 0.9)).toBeCloseTo(2.1284144, 6);
    expect(bandCalibration(48, 12, 0.9)).toBeCloseTo(1.4, 12);
  });

  it("keeps the nearest calibrated factor outside 80 %..95 %", () => {
    expect(bandCalibration(24, 12, 0.5)).toBe(1.7);
    expect(bandCalibration(24, 12, 0.99)).toBe(2.5);
    expect(bandCalibration(48, 12, 0.5)).toBe(1.4);
    expect(bandCalibration(48, 12, 0.99)).toBe(1.4);
  });
});

describe("empirical bands", () => {
  /** A model with no closed-form variance whose k-step errors are `errors`, forecasting 100. */
  const empiricalModel = (errors: number[][]): FittedModel => ({
    method: "MA",
    params: {},
    seasonLength: 1,
    sse: 0,
    nErrors: 20,
    nParams: 1,
    forecast: (h) => new Array<number>(h).fill(100),
    oneStep: (y) => y.map(() => 100),
    stepErrors: () => errors,
  });

  it("reads R's type-7 quantiles (hand calculation)", () => {
    expect(quantile7([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    expect(quantile7([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantile7([5], 0.9)).toBe(5);
  });

  it("reads quantiles from 20 errors, the root mean square below, and borrows the last step with 8, scaled by sqrt(k / K)", () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i - 9); // -9 .. 10
    const ten = [-4, -3, -2, -1, 0, 1, 2, 3, 4, 5]; // sum of squares 85
    const b = band(empiricalModel([twenty, ten, [1, 2, 3]]), [100, 100, 100], 0.8, true, 1.4)!;
    // Every distance from the forecast times the calibration, 1.4.
    // q(0.1) of -9..10: position 1.9 -> -7.1; q(0.9): position 17.1 -> 8.1
    expect(b.lower[0]).toBeCloseTo(100 - 1.4 * 7.1, 10);
    expect(b.upper[0]).toBeCloseTo(100 + 1.4 * 8.1, 10);
    // ten errors: +- z sqrt(85 / 10)
    expect(b.lower[1]).toBeCloseTo(100 - 1.4 * Z80 * Math.sqrt(8.5), 7);
    expect(b.upper[1]).toBeCloseTo(100 + 1.4 * Z80 * Math.sqrt(8.5), 7);
    // three errors: step 2's, scaled by sqrt(3 / 2)
    expect(b.upper[2]).toBeCloseTo(100 + 1.4 * Z80 * Math.sqrt(8.5) * Math.sqrt(3 / 2), 7);
    expect(b.source).toBe("empirical");
  });

  it("ETS origin forecasts at step 1 are the run's one-step fitted values", () => {
    const y = [10, 14, 8, 12, 11, 15, 9, 13, 12, 16, 10, 14];
    const spec = { trend: "A" as const, season: "A" as const, m: 4 };
    const par = { alpha: 0.3, beta: 0.05, gamma: 0.2, phi: 0.95 };
    const init = { level: 11, trend: 0.1, season: [-1, 3, -3, 1] };
    const run = runEts(y, spec, par, init);
    const errors = collectErrors(y, 3, (visit) => etsOriginForecasts(y, spec, par, init, 3, visit));
    expect(errors[0]).toHaveLength(12);
    errors[0].forEach((e, t) => expect(e).toBeCloseTo(y[t] - run.fitted[t], 10));
    expect(errors[2]).toHaveLength(10);
  });

  it("sorts the errors before reading their quantiles, and leaves the model's own errors in their order", () => {
    // -9 .. 10 in a shuffled order: the same quantiles as sorted, q(0.1) = -7.1 and q(0.9) = 8.1
    const shuffled = [3, -9, 10, 0, -4, 7, -1, 5, -7, 2, 9, -3, 6, -8, 1, 4, -6, 8, -2, -5];
    const kept = shuffled.slice();
    const b = band(empiricalModel([shuffled]), [100], 0.8, true, 1.4)!;
    expect(b.lower[0]).toBeCloseTo(100 - 1.4 * 7.1, 10);
    expect(b.upper[0]).toBeCloseTo(100 + 1.4 * 8.1, 10);
    expect(shuffled).toEqual(kept);
  });

  it("scales the quantiles of a step with 20 errors by sqrt(k / K) where a later step borrows them", () => {
    // step 2 has 3 errors, fewer than 8: it borrows step 1's (K = 1), times sqrt(2 / 1)
    const twenty = Array.from({ length: 20 }, (_, i) => i - 9); // -9 .. 10
    const b = band(empiricalModel([twenty, [1, 2, 3]]), [100, 100], 0.8, true, 1.4)!;
    expect(b.lower[1]).toBeCloseTo(100 - 1.4 * 7.1 * Math.SQRT2, 10);
    expect(b.upper[1]).toBeCloseTo(100 + 1.4 * 8.1 * Math.SQRT2, 10);
  });

  it("has no band for a model with neither a variance nor k-step errors", () => {
    const bare: FittedModel = { ...empiricalModel([]), stepErrors: undefined };
    expect(band(bare, [100, 100], 0.8, true, 1.4)).toBeUndefined();
  });

  it("collects only steps 1..h with a finite forecast, each error the actual minus the forecast", () => {
    const y = [10, 20, 30, 40];
    const errors = collectErrors(y, 2, (visit) => {
      visit(0, 0, 1); // step 0: not a forecast ahead
      visit(1, 3, 1); // step 3: beyond h = 2
      visit(2, 1, Number.NaN);
      visit(3, 2, Number.POSITIVE_INFINITY);
      visit(1, 1, 18); // 20 - 18 = 2
      visit(3, 2, 45); // 40 - 45 = -5
      visit(2, 1, 26); // 30 - 26 = 4
    });
    expect(errors).toEqual([[2, 4], [-5]]);
  });
});
