/**
 * Safety stock and the normal quantile it rests on, against R (qnorm) and hand calculations.
 * R 4: options(digits = 17); qnorm(c(0.5, 0.9, 0.95, 0.975, 0.01, 0.99, 0.001, 0.999, 0.02, 0.98, 0.3, 1e-10)).
 */
import { normalQuantile, safetyStock } from "../../../src/core/plan/safetyStock";
import { expectClose, expectError } from "../kpi/expectClose";

describe("normalQuantile", () => {
  it.each([
    // central branch (0.02425 <= p <= 0.97575)
    [0.5, 0],
    [0.9, 1.2815515655446008],
    [0.95, 1.6448536269514715],
    [0.975, 1.9599639845400536],
    [0.3, -0.5244005127080407],
    [0.98, 2.053748910631822],
    [0.02, -2.0537489106318225],
    // lower tail (p < 0.02425)
    [0.01, -2.3263478740408408],
    [0.001, -3.090232306167813],
    // far in the tail 0.5 x (1 + erf) cancels: about 1e-9 relative, still far below a unit of stock
    [1e-10, -6.361340902404056, 1e-8],
    // upper tail (p > 0.97575)
    [0.99, 2.3263478740408408],
    [0.999, 3.090232306167813],
  ])("qnorm(%p) = %p as R gives it", (p: number, z: number, tol = 1e-14) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(tol);
  });
  it("is symmetric: z(1 - p) = -z(p)", () => {
    expect(normalQuantile(0.2) + normalQuantile(0.8)).toBeCloseTo(0, 14);
  });
});

describe("safetyStock", () => {
  it("is z(service level) x RMSE x sqrt(lead time)", () => {
    // errors A - F: 0, 20, -20, 10; squares 0 + 400 + 400 + 100 = 900; 900 / 4 = 225; sqrt = 15
    // sqrt(4 months) = 2; z(0.95) = 1.6448536269514715 (R) -> 1.6448536269514715 x 15 x 2
    expectClose(safetyStock([100, 120, 80, 110], [100, 100, 100, 100], 0.95, 4), 1.6448536269514715 * 15 * 2, 1e-14);
  });
  it("counts bias as error (a constant error of 10 gives sigma 10)", () => {
    // errors 10, 10, 10: RMSE 10; lead time 9 -> sqrt 3; z(0.9) = 1.2815515655446008
    expectClose(safetyStock([110, 110, 110], [100, 100, 100], 0.9, 9), 1.2815515655446008 * 10 * 3, 1e-14);
  });
  it("leaves out months where either side is blank, from the sum and the count", () => {
    // pairs kept: (110, 100) -> 10, (100, 100) -> 0; 100 / 2 = 50; sqrt(50) = 7.0710678118654755
    // lead time 1; z(0.975) = 1.9599639845400536
    const actuals = [110, NaN, 90, 100];
    const forecasts = [100, 100, NaN, 100];
    expectClose(safetyStock(actuals, forecasts, 0.975, 1), 1.9599639845400536 * Math.sqrt(50), 1e-14);
  });
  it("is 0 for a lead time of 0 and for a service level of 50 %", () => {
    expect(safetyStock([110, 90], [100, 100], 0.95, 0)).toBe(0);
    expect(safetyStock([110, 90], [100, 100], 0.5, 4)).toBe(0);
  });
  it("is negative below a 50 % service level", () => {
    // errors 10, -10: RMSE 10; sqrt(1) = 1; z(0.3) = -0.5244005127080407
    expectClose(safetyStock([110, 90], [100, 100], 0.3, 1), -0.5244005127080407 * 10, 1e-14);
  });
  it("returns #NUM! for a service level of 0, 1 or not a number, naming it", () => {
    expectError(safetyStock([1], [1], 0, 1), "#NUM!", "serviceLevel must be between 0 and 1 (got 0)");
    expectError(safetyStock([1], [1], 1, 1), "#NUM!", "serviceLevel must be between 0 and 1 (got 1)");
    expectError(safetyStock([1], [1], NaN, 1), "#NUM!", "serviceLevel must be between 0 and 1 (got NaN)");
  });
  it("returns #NUM! for a negative or missing lead time, naming it", () => {
    expectError(safetyStock([1], [1], 0.95, -1), "#NUM!", "leadTimeMonths must be 0 or more (got -1)");
    expectError(safetyStock([1], [1], 0.95, NaN), "#NUM!", "leadTimeMonths must be 0 or more (got NaN)");
  });
  it("returns #VALUE! naming actuals and forecasts when sizes differ", () => {
    expectError(
      safetyStock([1, 2], [1], 0.95, 1),
      "#VALUE!",
      "actuals and forecasts must be the same size (2 and 1 cells)",
    );
  });
  it("returns #DIV/0! when no month has both values", () => {
    expectError(safetyStock([NaN, 5], [5, NaN], 0.95, 1), "#DIV/0!", "no month has both an actual and a forecast");
    expectError(safetyStock([], [], 0.95, 1), "#DIV/0!", "no month has both an actual and a forecast");
  });
  it("returns #NUM! when the squared errors overflow", () => {
    // 1e200 squared is beyond the floating-point range
    expectError(safetyStock([1e200], [0], 0.95, 1), "#NUM!", "safety stock is too large to compute");
  });
});
