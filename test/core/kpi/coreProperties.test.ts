/**
 * Property tests of the calculation core: for any series (NaN blanks, zeros, negatives, 1e300,
 * 1e-300) each function returns a finite number or a SopError, never NaN or Infinity; plus
 * invariants that follow from the definitions.
 */
import fc from "fast-check";
import {
  capacityUtilization,
  daysOfSupply,
  demandVolatility,
  forecastAccuracy,
  forecastBias,
  fva,
  inventoryTurns,
  isSopError,
  mape,
  mase,
  planAdherence,
  projectedInventory,
  revenueVsPlan,
  scheduleAdherence,
  smape,
  trackingSignal,
  wape,
  weightedPipeline,
  workingCapital,
} from "../../../src/core";

const value = fc.oneof(
  { weight: 5, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(NaN, 0, 1e300, -1e300, 1e-300, 1.7e308, -1.7e308, 5e-324) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);
const pair = fc.integer({ min: 0, max: 12 }).chain((n) =>
  fc.tuple(fc.array(value, { minLength: n, maxLength: n }), fc.array(value, { minLength: n, maxLength: n })),
);

const finiteOrError = (r: unknown): boolean => isSopError(r) || (typeof r === "number" && Number.isFinite(r));

const paired: Array<[string, (a: number[], b: number[]) => unknown]> = [
  ["wape", wape],
  ["mape", mape],
  ["smape", smape],
  ["trackingSignal", trackingSignal],
  ["forecastAccuracy", forecastAccuracy],
  ["forecastBias", (a, b) => forecastBias(a, b)],
  ["forecastBias MEAN", (a, b) => forecastBias(a, b, "MEAN")],
  ["mase", (a, b) => mase(a, b, b, 1)],
  ["fva", (a, b) => fva(a, b)],
  ["fva SMAPE baseline", (a, b) => fva(a, b, { baseline: a.map((x) => x * 0.9), metric: "SMAPE" })],
  ["planAdherence", (a, b) => planAdherence(a, b)],
  ["planAdherence ABS", (a, b) => planAdherence(a, b, "ABS")],
  ["inventoryTurns", inventoryTurns],
  ["capacityUtilization", capacityUtilization],
  ["revenueVsPlan", revenueVsPlan],
  ["workingCapital", workingCapital],
  ["demandVolatility", (a, b) => demandVolatility(a, b)],
  ["demandVolatility CV", (a) => demandVolatility(a, undefined, "CV")],
  ["scheduleAdherence", scheduleAdherence],
  ["weightedPipeline", (a, b) => weightedPipeline(a, b.map((x) => Math.abs(x) % 1))],
  ["daysOfSupply", (a, b) => daysOfSupply(a[0] ?? 0, b)],
];

describe("the core never returns NaN or Infinity", () => {
  it.each(paired)("%s", (_name, f) => {
    fc.assert(fc.property(pair, ([a, b]) => finiteOrError(f(a, b))), { numRuns: 500, seed: 7 });
  });
  it("projectedInventory", () => {
    fc.assert(
      fc.property(pair, value, ([s, d], o) => {
        const r = projectedInventory(o, s, d);
        return isSopError(r) || r.every((x) => Number.isFinite(x));
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});

const modest = fc.integer({ min: 1, max: 10 }).chain((n) =>
  fc.tuple(
    fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: n, maxLength: n }),
    fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: n, maxLength: n }),
  ),
);

describe("invariants from the definitions", () => {
  it("WAPE, MAPE and sMAPE do not change when both series are scaled", () => {
    fc.assert(
      fc.property(modest, fc.double({ min: 0.01, max: 100, noNaN: true }), ([a, f], c) => {
        for (const m of [wape, mape, smape]) {
          const x = m(a, f) as number;
          const y = m(a.map((v) => v * c), f.map((v) => v * c)) as number;
          expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, x));
        }
      }),
      { seed: 11 },
    );
  });
  it("forecast accuracy lies in [0, 1], sMAPE in [0, 2], schedule adherence in [0, 1]", () => {
    fc.assert(
      fc.property(modest, ([a, f]) => {
        const acc = forecastAccuracy(a, f) as number;
        const s = smape(a, f) as number;
        const sa = scheduleAdherence(f, a) as number;
        return acc >= 0 && acc <= 1 && s >= 0 && s <= 2 && sa >= 0 && sa <= 1;
      }),
      { seed: 12 },
    );
  });
  it("bias changes sign when forecasts and actuals are mirrored around the actuals", () => {
    fc.assert(
      fc.property(modest, ([a, f]) => {
        const mirrored = a.map((x, i) => 2 * x - f[i]);
        const b1 = forecastBias(a, f, "MEAN") as number;
        const b2 = forecastBias(a, mirrored, "MEAN") as number;
        return Math.abs(b1 + b2) <= 1e-9 * Math.max(1, Math.abs(b1));
      }),
      { seed: 13 },
    );
  });
  it("FVA of a forecast against itself is zero", () => {
    fc.assert(
      fc.property(modest, ([a, f]) => {
        const r = fva(a, f, { baseline: f });
        return r === 0;
      }),
      { seed: 14 },
    );
  });
  it("the last projected balance is opening + total supply - total demand", () => {
    fc.assert(
      fc.property(modest, fc.double({ min: 0, max: 1000, noNaN: true }), ([s, d], o) => {
        const r = projectedInventory(o, s, d) as number[];
        const expected = o + s.reduce((x, y) => x + y, 0) - d.reduce((x, y) => x + y, 0);
        return Math.abs(r[r.length - 1] - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
      }),
      { seed: 15 },
    );
  });
});
