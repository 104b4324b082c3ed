/**
 * Property: for any history (blanks, zeros, negatives, huge values, text, short), SOP.FORECAST
 * and SOP.FORECASTMETHOD return finite numbers / text or throw a CustomFunctions.Error, nothing else.
 */
import fc from "fast-check";
import { sopForecast, sopForecastMethod } from "../../src/functions/forecast";

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.double({ min: -1e300, max: 1e300, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom("x", true, 1e-300, -1e-300) },
);
const history = fc.array(cell, { minLength: 0, maxLength: 40 });
const method = fc.constantFrom(undefined, "AUTO", "NAIVE", "SNAIVE", "MA", "SES", "HOLT", "HOLT_DAMPED", "HW_ADDITIVE", "HW_MULTIPLICATIVE", "CROSTON", "SBA");
const season = fc.constantFrom(undefined, 0, 1, 2, 3, 4, 12);

function isExcelError(e: unknown): boolean {
  return e instanceof Error && e.name === "CustomFunctions.Error";
}

describe("SOP.FORECAST never returns NaN or Infinity and throws only Excel errors", () => {
  it("holds for random histories, methods and season lengths", () => {
    fc.assert(
      fc.property(history, fc.integer({ min: -2, max: 30 }), method, season, fc.boolean(), (h, horizon, m, s, asColumn) => {
        const range = asColumn ? h.map((c) => [c]) : [h];
        try {
          const out = sopForecast(range, horizon, m, s);
          for (const row of out) for (const v of row) {
            if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
            else expect(isExcelError(v)).toBe(true);
          }
        } catch (e) {
          expect(isExcelError(e)).toBe(true);
        }
        try {
          expect(typeof sopForecastMethod(range, s)).toBe("string");
        } catch (e) {
          expect(isExcelError(e)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20240501 },
    );
  });
});

describe("SOP.FORECAST's spill follows the history and the horizon", () => {
  it("NAIVE spills `horizon` copies of the last value, as a row for a row and a column for a column", () => {
    // Trailing blanks are dropped (README): the last value is the last number in the range.
    const values = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 24 }), fc.boolean(), (v, trailing, horizon, asColumn) => {
        const cells: Array<number | null> = [...v, ...new Array<null>(trailing).fill(null)];
        const range = asColumn ? cells.map((c) => [c]) : [cells];
        const out = sopForecast(range, horizon, "NAIVE");
        const last = v[v.length - 1];
        if (asColumn) expect(out).toEqual(Array.from({ length: horizon }, () => [last]));
        else expect(out).toEqual([new Array<number>(horizon).fill(last)]);
      }),
      { numRuns: 200, seed: 20240502 },
    );
  });
});
