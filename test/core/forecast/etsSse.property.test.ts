/**
 * `etsSse`, the fit's objective (src/core/forecast/ets.ts), against `etsRecursion`, the
 * recursion every other path runs: for any model, parameters, initial states and history the
 * SSE is the same number to the last bit (Object.is), Infinity where the recursion breaks down,
 * and the seasonal states are left the same. The fits, the golden pack and the R comparisons
 * depend on that equality: the optimiser must see the values it saw before.
 */
import fc from "fast-check";
import { etsRecursion, etsSse, type EtsSpec } from "../../../src/core/forecast/ets";

const spec: fc.Arbitrary<EtsSpec> = fc.record({
  trend: fc.constantFrom("N" as const, "A" as const),
  season: fc.constantFrom("N" as const, "A" as const, "M" as const),
  m: fc.integer({ min: 2, max: 12 }),
});
const unit = fc.double({ min: 0, max: 1, noNaN: true });
/** Mostly ordinary values, sometimes negative, zero, huge or non-finite ones (breakdowns). */
const value = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -50, max: 2000, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e300, -1e300, Number.POSITIVE_INFINITY, Number.NaN) },
);

const agree = (sp: EtsSpec, y: number[], p: number[], season: number[]): void => {
  const par = { alpha: p[0], beta: p[1], gamma: p[2], phi: p[3] };
  const m = sp.season === "N" ? 1 : sp.m;
  const s0 = Array.from({ length: m }, (_, j) => (sp.season === "N" ? 0 : season[j % season.length]));
  const sRef = s0.slice();
  const ref = etsRecursion(y, sp, par, p[4], p[5], sRef, undefined, { sse: 0, level: 0, trend: 0, ok: true });
  const sFast = Float64Array.from(s0);
  const got = etsSse(Float64Array.from(y), sp, par, p[4], p[5], sFast);
  expect(Object.is(got, ref.sse)).toBe(true);
  // Where both ran to the end, the seasonal states end the same too.
  if (ref.ok) expect(Array.from(sFast)).toEqual(sRef);
};

describe("etsSse equals etsRecursion's SSE to the last bit", () => {
  it("on random models, parameters, states and histories", () => {
    fc.assert(
      fc.property(
        spec,
        fc.array(value, { minLength: 1, maxLength: 40 }),
        fc.tuple(unit, unit, unit, fc.double({ min: 0.8, max: 1, noNaN: true }), value, value),
        fc.array(fc.double({ min: -2, max: 3, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (sp, y, p, season) => agree(sp, y, [...p], season),
      ),
      { numRuns: 3000, seed: 13 },
    );
  });

  it("on the cases written out: a multiplicative state at zero, an infinite level, a NaN history value", () => {
    const hw: EtsSpec = { trend: "A", season: "M", m: 2 };
    // The second seasonal state is 0: no forecast can be made at t = 1, the recursion stops.
    agree(hw, [10, 12, 9], [0.3, 0.1, 0.1, 1, 10, 0], [1, 0]);
    expect(
      etsSse(
        Float64Array.of(10, 12, 9),
        hw,
        { alpha: 0.3, beta: 0.1, gamma: 0.1, phi: 1 },
        10,
        0,
        Float64Array.of(1, 0),
      ),
    ).toBe(Number.POSITIVE_INFINITY);
    // An infinite level: mu is infinite, the level becomes NaN, Infinity.
    agree({ trend: "N", season: "A", m: 2 }, [1, 2], [0.5, 0, 0.1, 1, Number.POSITIVE_INFINITY, 0], [0, 0]);
    // A NaN in the history makes the level NaN at that step.
    agree({ trend: "N", season: "N", m: 1 }, [1, Number.NaN, 3], [0.5, 0, 0, 1, 1, 0], [0]);
    // A level that overflows at the last step while the trend stays finite: a multiplicative
    // state of 1e-310 makes alpha e / s infinite (e = 1 - 1e-310 = 1); the SSE so far is 1, but
    // the recursion breaks down there: Infinity, not 1.
    const tiny: EtsSpec = { trend: "N", season: "M", m: 2 };
    agree(tiny, [1], [0.5, 0, 0.1, 1, 1, 0], [1e-310, 1]);
    expect(
      etsSse(Float64Array.of(1), tiny, { alpha: 0.5, beta: 0, gamma: 0.1, phi: 1 }, 1, 0, Float64Array.of(1e-310, 1)),
    ).toBe(Number.POSITIVE_INFINITY);
    // By hand, SES alpha 0.5 from level 10 on [12, 9]: mu 10, e 2, level 11; mu 11, e -2: SSE 8.
    const ses: EtsSpec = { trend: "N", season: "N", m: 1 };
    expect(
      etsSse(Float64Array.of(12, 9), ses, { alpha: 0.5, beta: 0, gamma: 0, phi: 1 }, 10, 0, new Float64Array(1)),
    ).toBe(8);
  });
});
