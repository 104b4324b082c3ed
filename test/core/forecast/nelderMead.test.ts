import { nelderMead } from "../../../src/core/forecast/nelderMead";

describe("bounded Nelder-Mead", () => {
  it("finds the Rosenbrock minimum at (1, 1)", () => {
    const f = (x: readonly number[]) => 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2;
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
