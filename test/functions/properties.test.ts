/**
 * Property tests over every SOP.* function in kpi.ts, accuracy.ts and plan.ts: whatever Excel
 * sends (random shapes, mismatched sizes, web blanks null, desktop blanks 0 and "", text,
 * booleans, zeros, 1e300 and 1e-300), the only thing that escapes is a CustomFunctions.Error,
 * and no NaN or Infinity is returned (also inside spilled arrays).
 */
import fc from "fast-check";
import * as accuracy from "../../src/functions/accuracy";
import * as kpi from "../../src/functions/kpi";
import * as plan from "../../src/functions/plan";

type Kind = "range" | "scalar" | "option";
type Fn = (...args: never[]) => unknown;

const WORDS = ["PERCENT", "mean", "RATIO", "abs", "ONTIME", "ORDER", "LINE", "UNIT", "VALUE", "NET", "ccc", "CHANGE", "cv", "WAPE", "MAPE", "SMAPE", "MAE", "Closed", "bogus", ""];

const number = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -50, max: 500 }) },
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: 45000, max: 46500 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 1e300, -1e300, 1e-300, -1e-300, 1.7e308, 5e-324) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);
const messy = fc.oneof(
  { weight: 6, arbitrary: number },
  { weight: 2, arbitrary: fc.constantFrom(null, "", 0, undefined) },
  { weight: 1, arbitrary: fc.constantFrom("abc", "2025-01-15", "2025-02", "Closed", "Open", " ", "1/2/2025", "A-17") },
  { weight: 1, arbitrary: fc.boolean() },
);
const clean = fc.oneof({ weight: 5, arbitrary: number }, { weight: 1, arbitrary: fc.constant(null) });

/** Cells every function accepts: fractions 0..1 and positive whole numbers (quantities, dates). */
const valid = fc.oneof(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.integer({ min: 1, max: 46500 }));

const shaped = (r: number, c: number, cell: fc.Arbitrary<unknown>) =>
  fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r });

/** A 2-D range: usually the shared shape (so the core is reached), sometimes another. */
function range(rows: number, cols: number, validOnly: boolean): fc.Arbitrary<unknown> {
  if (validOnly) return shaped(rows, cols, valid);
  return fc.oneof(
    { weight: 4, arbitrary: shaped(rows, cols, clean) },
    { weight: 3, arbitrary: shaped(rows, cols, messy) },
    { weight: 1, arbitrary: shaped(cols, rows, clean) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }))
        .chain(([r, c]) => shaped(r, c, messy)),
    },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  );
}

function arg(kind: Kind, rows: number, cols: number, validOnly: boolean): fc.Arbitrary<unknown> {
  switch (kind) {
    case "range":
      return range(rows, cols, validOnly);
    case "scalar":
      return fc.oneof({ weight: 4, arbitrary: messy }, { weight: 1, arbitrary: fc.constant([[3]]) });
    case "option":
      return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(null, undefined, 0) }, { weight: 1, arbitrary: messy });
  }
}

const R: Kind = "range";
const S: Kind = "scalar";
const O: Kind = "option";

const cases: Array<[string, Fn, Kind[]]> = [
  ["MAPE", accuracy.mape, [R, R]],
  ["WAPE", accuracy.wape, [R, R]],
  ["SMAPE", accuracy.smape, [R, R]],
  ["MASE", accuracy.mase, [R, R, R, S]],
  ["TRACKINGSIGNAL", accuracy.trackingSignal, [R, R]],
  ["FVA", accuracy.fva, [R, R, R, O]],
  ["FORECASTACCURACY", kpi.forecastAccuracy, [R, R]],
  ["FORECASTBIAS", kpi.forecastBias, [R, R, O]],
  ["PLANADHERENCE", kpi.planAdherence, [R, R, O]],
  ["INVENTORYTURNS", kpi.inventoryTurns, [R, R]],
  ["SERVICELEVEL", kpi.serviceLevel, [R, R, R, R, R, O, S, R]],
  ["OTIF", kpi.otif, [R, R, R, R, R, O, S]],
  ["CAPACITYUTILIZATION", kpi.capacityUtilization, [R, R]],
  ["REVENUEVSPLAN", kpi.revenueVsPlan, [R, R]],
  ["WORKINGCAPITAL", kpi.workingCapital, [R, R, O, S]],
  ["DEMANDVOLATILITY", kpi.demandVolatility, [R, R, O]],
  ["SCHEDULEADHERENCE", kpi.scheduleAdherence, [R, R]],
  ["DECISIONCLOSURE", kpi.decisionClosure, [R, O]],
  ["WEIGHTEDPIPELINE", plan.weightedPipeline, [R, R, R, S]],
  ["PROJECTEDINVENTORY", plan.projectedInventory, [S, R, R]],
  ["DAYSOFSUPPLY", plan.daysOfSupply, [S, R, S]],
];

function checkOutput(out: unknown): void {
  if (typeof out === "number") {
    expect(Number.isFinite(out)).toBe(true);
    return;
  }
  expect(Array.isArray(out)).toBe(true);
  for (const r of out as unknown[][]) {
    for (const v of r) {
      if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
      else if (typeof v !== "string") expect(v).toBeInstanceOf(CustomFunctions.Error);
    }
  }
}

describe("every SOP.* function survives anything Excel can send", () => {
  it("covers all 21 functions", () => {
    expect(cases.length).toBe(21);
  });

  it.each(cases)("SOP.%s returns a finite value or throws only CustomFunctions.Error", (_name, fn, kinds) => {
    const outcomes = { value: 0, error: 0 };
    const args = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 }), fc.boolean())
      .chain(([rows, cols, validOnly]) => fc.tuple(...kinds.map((k) => arg(k, rows, cols, validOnly))));
    fc.assert(
      fc.property(args, (xs) => {
        let out: unknown;
        try {
          out = (fn as (...a: unknown[]) => unknown)(...xs);
        } catch (e) {
          expect(e).toBeInstanceOf(CustomFunctions.Error);
          outcomes.error++;
          return;
        }
        checkOutput(out);
        outcomes.value++;
      }),
      { numRuns: 400, seed: 20250301 },
    );
    // The generator reaches the calculation, not only the argument checks.
    expect(outcomes.value).toBeGreaterThan(10);
  });
});

describe("paired accuracy functions do not depend on the order of the months", () => {
  it("permuting the (actual, forecast) pairs, web blanks included, leaves WAPE, MAPE, sMAPE, accuracy and bias unchanged", () => {
    const cellValue = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 10_000 }) }, { weight: 1, arbitrary: fc.constant(null) });
    const pairs = fc.array(fc.tuple(cellValue, cellValue), { minLength: 1, maxLength: 12 });
    const fns: Array<(a: unknown[][], f: unknown[][]) => unknown> = [accuracy.wape, accuracy.mape, accuracy.smape, kpi.forecastAccuracy, kpi.forecastBias];
    const run = (fn: (a: unknown[][], f: unknown[][]) => unknown, ps: ReadonlyArray<[number | null, number | null]>): unknown => {
      try {
        return fn(ps.map((p) => [p[0]]), ps.map((p) => [p[1]]));
      } catch (e) {
        return (e as Error).message || "error";
      }
    };
    fc.assert(
      fc.property(pairs.chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length }))), ([ps, shuffled]) => {
        for (const fn of fns) {
          const a = run(fn, ps);
          const b = run(fn, shuffled);
          if (typeof a === "number" && typeof b === "number") expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(a)));
          else expect(b).toEqual(a);
        }
      }),
      { numRuns: 300, seed: 20250302 },
    );
  });
});
