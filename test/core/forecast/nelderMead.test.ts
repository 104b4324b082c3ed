import { nelderMead } from "../../../src/core/forecast/nelderMead";

describe("bounded Nelder-Mead", () => {
  it("finds the Rosenbrock minimum at (1, 1)", () => {
    const f = (x: ArrayLike<number>) => 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2;
    const r = nelderMead(f, [-1.2, 1], { lower: [-5, -5], upper: [5, 5], maxEvaluations: 5000, tolerance: 1e-14 });
    expect(r.x[0]).toBeCloseTo(1, 3);
    expect(r.x[1]).toBeCloseTo(1, 3);
  });

  it("stays inside the bounds when the free minimum is outside", () => {
    // (x - 3)^2 on [0, 1]: the constrained minimum is the bound 1.
    const r = nelderMead((x) => (x[0] - 3) ** 2, [0.5], { lower: [0], upper: [1] });
    expect(r.x[0]).toBeCloseTo(1, 6);
  });

  it("treats non-finite objective values as infeasible", () => {
    const r = nelderMead((x) => (x[0] < 0.2 ? NaN : (x[0] - 0.5) ** 2), [0.9], { lower: [0], upper: [1] });
    expect(r.x[0]).toBeCloseTo(0.5, 4);
    expect(Number.isFinite(r.value)).toBe(true);
  });
});

describe("bounded Nelder-Mead by hand", () => {
  it("reflects, expands, then contracts inside, halving the distance to the minimum of x^2", () => {
    // From 4 on [-10, 10]: the second point is 4 + 0.1 x 20 = 6 (f 16 and 36).
    // Centroid 4: reflection 2 (f 4) beats the best, expansion 0 (f 0) beats it: 0 replaces 6.
    // Then the simplex {4, 0}: reflection -4 (f 16) is no better than the worst (16), so the
    // contraction inside, 2 (f 4), replaces 4; and so on, the worst point 4 / 2^k, two
    // evaluations a step, until 16 / 4^k <= 1e-8 x (0 + 1e-8): k = 29 (28 gives 2.2e-16).
    // Evaluations: 2 + 2 (reflection, expansion) + 2 x 29 = 62.
    const r = nelderMead((x) => x[0] * x[0], [4], { lower: [-10], upper: [10] });
    expect(r).toEqual({ x: [0], value: 0, evaluations: 62 });
  });

  it("contracts outside, shrinks when that does not help, and keeps the first of equal points", () => {
    // f = 0 below 0.25, 1 from it; from 0 with a step of 1: {0 (f 0), 1 (f 1)}.
    // Reflection -1 (f 0) is no better than the best; better than the worst, so the contraction
    // outside, -0.5 (f 0), is tried: not below the reflection's 0, so the simplex shrinks toward
    // 0: 1 -> 0.5 (f 1). Again: -0.5, -0.25, then 0.25 (f 1). Again: -0.25, -0.125, then 0.125
    // (f 0): both values 0, the spread is 0. Evaluations 2 + 3 x 3 = 11; of the two equal
    // points the first, 0.
    const r = nelderMead((x) => (x[0] < 0.25 ? 0 : 1), [0], { lower: [-10], upper: [10], steps: [1] });
    expect(r).toEqual({ x: [0], value: 0, evaluations: 11 });
  });

  it("takes the expansion only when it is strictly better, and returns the first of equal best points", () => {
    // f = 0 below 0.25, x from it; from 1 with a step of 1: {1 (f 1), 2 (f 2)}. Reflection 0
    // (f 0) beats the best; the expansion -1 (f 0) is not below it: 0 replaces 2. Then three
    // shrinks toward 0 (reflection and contraction outside both 0, not below): 1 -> 0.5 (f 0.5),
    // -> 0.25 (f 0.25), -> 0.125 (f 0). Evaluations 2 + 2 + 3 x 3 = 13. Both points are at 0, and
    // the first of them, the shrunk 0.125, is returned.
    const r = nelderMead((x) => (x[0] < 0.25 ? 0 : x[0]), [1], { lower: [-10], upper: [10], steps: [1] });
    expect(r).toEqual({ x: [0.125], value: 0, evaluations: 13 });
    // The same moved by 1 (shrinks toward 1, not 0): 1.125.
    const moved = nelderMead((x) => (x[0] < 1.25 ? 0 : x[0] - 1), [2], { lower: [-10], upper: [10], steps: [1] });
    expect(moved).toEqual({ x: [1.125], value: 0, evaluations: 13 });
  });

  it("orders equal values by their index, so the later of two equal worst points is replaced", () => {
    // f = -x from (4, 0) with steps 2: (4, 0) f -4, (6, 0) f -6, (4, 2) f -4. Best (6, 0); of the
    // equal two the later, (4, 2), is the worst. Centroid (5, 0), reflection (6, -2) f -6: not
    // below the best, below the second: it replaces (4, 2). Now -4, -6, -6: best (6, 0), then
    // (6, -2), worst (4, 0). Centroid (6, -1), reflection (8, -2) f -8 beats the best, the
    // expansion (10, -3) f -10 beats that: it replaces (4, 0). Six evaluations, past the five allowed.
    const r = nelderMead((x) => -x[0], [4, 0], {
      lower: [-10, -10],
      upper: [10, 10],
      steps: [2, 2],
      maxEvaluations: 5,
    });
    expect(r).toEqual({ x: [10, -3], value: -10, evaluations: 6 });
  });

  it("keeps equal values in index order after a replacement, whatever order they held before", () => {
    // f = -y from (0, 0) with steps 1: #0 (0, 0) f 0, #1 (1, 0) f 0, #2 (0, 1) f -1; order #2, #0, #1.
    // Centroid of #2 and #0 (0, 0.5), reflection of #1 (-1, 1) f -1: not below the best, below the
    // second: it replaces #1. Now #1 and #2 both -1, and #1, the earlier index, comes first although
    // #2 was ahead: order #1, #2, #0 (best (-1, 1)). Centroid (-0.5, 1), reflection of #0 (-1, 2)
    // f -2, expansion (-1.5, 3) f -3: it replaces #0; order #0, #1, #2, so (0, 1) is the worst (in
    // the order held before, #2 ahead of #1, it would be (-1, 1)). Centroid of (-1.5, 3) and
    // (-1, 1): (-1.25, 2); reflection of (0, 1): (-2.5, 3) f -3, below the second's -1: it replaces
    // #2. Order #0, #2, #1 (-3, -3, -1): centroid (-2, 3), reflection of (-1, 1): (-3, 5) f -5,
    // below the best; expansion (-4, 7) f -7, below that: it replaces #1. Nine evaluations, past
    // the eight allowed.
    const r = nelderMead((x) => -x[1], [0, 0], {
      lower: [-10, -10],
      upper: [10, 10],
      steps: [1, 1],
      maxEvaluations: 8,
    });
    expect(r).toEqual({ x: [-4, 7], value: -7, evaluations: 9 });
  });

  it("contracts inside when the reflection only equals the worst value", () => {
    // x^2 from 4 on [-10, 10], the first test's steps, every point evaluated in turn: 4 and 6,
    // reflection 2, expansion 0 (it replaces 6); then reflection -4, f 16, equal to the worst (4,
    // f 16), not below it: the contraction is inside, 2, not outside, -2.
    const seen: number[] = [];
    const r = nelderMead(
      (x) => {
        seen.push(x[0]);
        return x[0] * x[0];
      },
      [4],
      { lower: [-10], upper: [10], maxEvaluations: 6 },
    );
    expect(seen).toEqual([4, 6, 2, 0, -4, 2]);
    expect(r).toEqual({ x: [0], value: 0, evaluations: 6 });
  });

  it("stops as soon as the values are equal, not only when they are near 0", () => {
    // A constant 7: the simplex {0.5, 0.6} has a spread of 0, within 1e-8 x (7 + 1e-8): two evaluations.
    expect(nelderMead(() => 7, [0.5], { lower: [0], upper: [1] })).toEqual({ x: [0.5], value: 7, evaluations: 2 });
    // A tolerance of 0 still stops on a spread of exactly 0 (0 <= 0 x 7).
    expect(nelderMead(() => 7, [0.5], { lower: [0], upper: [1], tolerance: 0 })).toEqual({
      x: [0.5],
      value: 7,
      evaluations: 2,
    });
  });

  it("keeps a coordinate whose box has no width on its bound, whatever the step fraction", () => {
    // lower = upper = 2: no tenth of a width of 0, so a tenth of the value, 0.2; 2.2 is past the
    // bound, 1.8 is clamped back to 2. Both points 2 (f 2), spread 0: two evaluations. The step
    // fraction is not used for a box of no width, even one that is not finite (Infinity x 0 is NaN).
    expect(nelderMead((x) => x[0], [2], { lower: [2], upper: [2], step: Infinity })).toEqual({
      x: [2],
      value: 2,
      evaluations: 2,
    });
  });

  it("starts the simplex a tenth of the box away, or the given step, inside the box", () => {
    // With two evaluations allowed only the starting simplex is evaluated; f = -x (or x) makes
    // its second point (or its first) the best.
    const down = (x: ArrayLike<number>) => -x[0];
    const up = (x: ArrayLike<number>) => x[0];
    const box = { lower: [-10], upper: [10], maxEvaluations: 2 };
    expect(nelderMead(down, [4], box)).toEqual({ x: [6], value: -6, evaluations: 2 });
    expect(nelderMead(down, [4], { ...box, step: 0.25 }).x).toEqual([9]);
    expect(nelderMead(down, [4], { ...box, steps: [3] }).x).toEqual([7]);
    // A step that is not positive is ignored: the tenth of the box.
    expect(nelderMead(down, [4], { ...box, steps: [0] }).x).toEqual([6]);
    expect(nelderMead(down, [4], { ...box, steps: [-1] }).x).toEqual([6]);
    // Up to the bound itself; beyond it, the other way.
    expect(nelderMead(down, [8], box).x).toEqual([10]);
    expect(nelderMead(up, [9.5], box)).toEqual({ x: [7.5], value: 7.5, evaluations: 2 });
    // A start outside the box is clamped into it first: 20 -> 10, then 10 - 2 = 8.
    expect(nelderMead(up, [20], box).x).toEqual([8]);
    expect(nelderMead(down, [20], box).x).toEqual([10]);
    // No finite box: a tenth of the value, at least 1e-3.
    const free = { lower: [-Infinity], upper: [Infinity], maxEvaluations: 2 };
    expect(nelderMead(down, [50], free).x).toEqual([55]);
    expect(nelderMead(down, [0], free).x).toEqual([0.001]);
  });

  it("evaluates once without coordinates, and stops at the evaluation limit", () => {
    expect(nelderMead(() => 7, [], { lower: [], upper: [] })).toEqual({ x: [], value: 7, evaluations: 1 });
    // Once even when that value is not finite (no simplex to move: Infinity, not 200 tries).
    expect(nelderMead(() => Number.NaN, [], { lower: [], upper: [] })).toEqual({
      x: [],
      value: Number.POSITIVE_INFINITY,
      evaluations: 1,
    });
    // The default limit is 200 evaluations a coordinate. On a plane that falls without end the
    // reflection always beats the best point and the expansion the reflection: two evaluations a
    // step after the three of the simplex, 3 + 2k, the last step starting at 399: 401.
    const r = nelderMead((x) => -x[0] - x[1], [0, 0], { lower: [-Infinity, -Infinity], upper: [Infinity, Infinity] });
    expect(r.evaluations).toBe(401);
    // Every value non-finite: the best is Infinity.
    expect(nelderMead(() => Number.NaN, [0.5], { lower: [0], upper: [1], maxEvaluations: 10 }).value).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
});
