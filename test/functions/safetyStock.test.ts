/**
 * SOP.SAFETYSTOCK as Excel calls it. Expected values by hand, with z from R: qnorm(0.95) =
 * 1.6448536269514722, qnorm(0.975) = 1.959963984540054, qnorm(0.8) = 0.8416212335729143,
 * qnorm(0.999) = 3.090232306167813, qnorm(0.001) = -3.090232306167813.
 */
import { safetyStock } from "../../src/functions/plan";
import { normalQuantile } from "../../src/core/plan/safetyStock";
import { cell, col } from "./excel";

describe("SOP.SAFETYSTOCK", () => {
  it("is z x RMSE of the errors x sqrt(lead time)", () => {
    // errors 0, 20, -20, 10: mean square (0 + 400 + 400 + 100) / 4 = 225, sigma 15;
    // 95 %, 4 months: 1.6448536269514722 x 15 x 2 = 49.345608808544166.
    expect(cell(() => safetyStock(col(100, 120, 80, 110), col(100, 100, 100, 100), 0.95, 4))).toBeCloseTo(49.345608808544166, 6);
  });

  it("defaults to a 95 % service level and a one-month lead time", () => {
    // 1.6448536269514722 x 15 x 1
    expect(cell(() => safetyStock(col(100, 120, 80, 110), col(100, 100, 100, 100)))).toBeCloseTo(24.672804404272083, 6);
  });

  it("leaves out months with a blank actual or forecast (null on the web)", () => {
    // errors 20 and -20 only: sigma 20; 97.5 %, 1 month: 1.959963984540054 x 20 = 39.19927969080108
    expect(cell(() => safetyStock(col(null, 120, 80, 110), col(100, 100, 100, null), 0.975, 1))).toBeCloseTo(39.19927969080108, 6);
  });

  it("answers #NUM! for a service level of 0 or 1 and a negative lead time, #DIV/0! with no pair", () => {
    expect(cell(() => safetyStock(col(1), col(2), 1))).toEqual({ error: "#NUM!", message: "" });
    expect(cell(() => safetyStock(col(1), col(2), 0))).toEqual({ error: "#NUM!", message: "" });
    expect(cell(() => safetyStock(col(1), col(2), 0.9, -1))).toEqual({ error: "#NUM!", message: "" });
    expect(cell(() => safetyStock(col(null), col(2)))).toEqual({ error: "#DIV/0!", message: "" });
  });

  it("answers #VALUE! for ranges of different sizes", () => {
    expect(cell(() => safetyStock(col(1, 2), col(2)))).toEqual({
      error: "#VALUE!",
      message: "actuals and forecasts must be the same size (2 and 1 cells)",
    });
  });
});

describe("normalQuantile", () => {
  it.each([
    [0.5, 0],
    [0.8, 0.8416212335729143],
    [0.95, 1.6448536269514722],
    [0.975, 1.959963984540054],
    [0.999, 3.090232306167813],
    [0.001, -3.090232306167813],
  ])("z(%p) matches R's qnorm within 1e-8", (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-8);
  });
});
