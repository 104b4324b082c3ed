/**
 * The F distribution's upper tail and its parts, against closed forms worked by hand: the
 * regularised incomplete beta function has polynomial values for whole a and b and an arcsine
 * for a = b = 1/2, log-gamma is known at whole and half-whole points and satisfies
 * Gamma(x + 1) = x Gamma(x) and Gamma(x) Gamma(1 - x) = pi / sin(pi x).
 */
import * as fs from "fs";
import * as path from "path";
import { fUpperTail, incompleteBeta, logGamma } from "../../../src/core/forecast/fdist";

/** R's pf(f, d1, d2, lower.tail = FALSE), written by scripts/reference/fdist.R. */
const rTails = (
  JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/forecast/fdist.json"), "utf8")) as {
    points: { f: number; d1: number; d2: number; upper: number }[];
  }
).points;

describe("logGamma", () => {
  it("is log((x - 1)!) at whole numbers and log(sqrt(pi)) at 1/2", () => {
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(2)).toBeCloseTo(0, 13);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 12);
    // Gamma(3/2) = sqrt(pi) / 2.
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(1.5)).toBeCloseTo(0.5 * Math.log(Math.PI) - Math.log(2), 13);
  });

  it("below 1/2, by the reflection Gamma(x) Gamma(1 - x) = pi / sin(pi x)", () => {
    // Gamma(1/4) = 3.625609908221908311930685... (a known constant); Gamma(3/4) = pi sqrt(2) / Gamma(1/4).
    expect(logGamma(0.25)).toBeCloseTo(Math.log(3.625609908221908), 12);
    expect(logGamma(0.25) + logGamma(0.75)).toBeCloseTo(Math.log(Math.PI * Math.SQRT2), 12);
    // Gamma(1.1) = 0.1 Gamma(0.1): the same value from both branches.
    expect(logGamma(0.1)).toBeCloseTo(logGamma(1.1) - Math.log(0.1), 12);
    // Gamma(1/10) = 9.513507698668731836...
    expect(logGamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 12);
  });
});

describe("incompleteBeta", () => {
  // For whole a and b, I_x(a, b) = sum over j = a .. a + b - 1 of C(a + b - 1, j) x^j (1 - x)^(a + b - 1 - j).
  // The continued fraction is read at x below (a + 1) / (a + b + 2), else at 1 - x with a and b swapped.
  it.each([
    // I_x(1, 1) = x; switch at 1/2.
    [0.3, 1, 1, 0.3],
    [0.7, 1, 1, 0.7],
    // I_x(3, 1) = x^3; switch at 2/3.
    [0.5, 3, 1, 0.125],
    [0.9, 3, 1, 0.729],
    // I_x(1, 3) = 1 - (1 - x)^3; switch at 1/3.
    [0.2, 1, 3, 1 - 0.512],
    [0.6, 1, 3, 1 - 0.064],
    // I_x(2, 3) = 6 x^2 (1 - x)^2 + 4 x^3 (1 - x) + x^4; switch at 3/7.
    // 0.3: 6 x 0.09 x 0.49 + 4 x 0.027 x 0.7 + 0.0081 = 0.2646 + 0.0756 + 0.0081.
    [0.3, 2, 3, 0.3483],
    // 0.7: 6 x 0.49 x 0.09 + 4 x 0.343 x 0.3 + 0.2401 = 0.2646 + 0.4116 + 0.2401.
    [0.7, 2, 3, 0.9163],
    // I_x(1/2, 1/2) = (2 / pi) arcsin(sqrt(x)): arcsin(1/2) = pi / 6, arcsin(sqrt(3) / 2) = pi / 3.
    [0.25, 0.5, 0.5, 1 / 3],
    [0.75, 0.5, 0.5, 2 / 3],
  ])("I_%p(%p, %p)", (x, a, b, expected) => {
    expect(incompleteBeta(x, a, b)).toBeCloseTo(expected, 12);
  });

  it("reads the fraction on the side of the switch where it converges: I_x(1, b) = 1 - (1 - x)^b, I_x(a, 1) = x^a", () => {
    // Switch at (a + 1) / (a + b + 2): 2 / 53.5 for (1, 50.5), 51.5 / 53.5 for (50.5, 1).
    expect(incompleteBeta(0.5, 1, 50.5)).toBeCloseTo(1 - 0.5 ** 50.5, 14);
    expect(incompleteBeta(0.5, 50.5, 1) / 0.5 ** 50.5).toBeCloseTo(1, 10);
  });

  it("is 0 at and below x = 0 and 1 at and above x = 1", () => {
    expect(incompleteBeta(0, 2, 3)).toBe(0);
    expect(incompleteBeta(-0.1, 2, 3)).toBe(0);
    expect(incompleteBeta(1, 2, 3)).toBe(1);
    expect(incompleteBeta(1.5, 2, 3)).toBe(1);
  });
});

describe("fUpperTail", () => {
  it("is I_{d2 / (d2 + d1 f)}(d2 / 2, d1 / 2): closed forms for F(2, 2) and F(2, 4)", () => {
    // F(2, 2): P(F > f) = I_{1 / (1 + f)}(1, 1) = 1 / (1 + f).
    expect(fUpperTail(3, 2, 2)).toBeCloseTo(0.25, 12);
    // F(2, 4): I_{2 / (2 + f)}(2, 1) = (2 / (2 + f))^2; f = 2: 1/4.
    expect(fUpperTail(2, 2, 4)).toBeCloseTo(0.25, 12);
  });

  it("for F(d1, 2): 1 - (d1 f / (2 + d1 f))^(d1 / 2)", () => {
    // I_{2 / (2 + d1 f)}(1, d1 / 2); d1 = 51, f = 0.01: 1 - (0.51 / 2.51)^25.5.
    expect(fUpperTail(0.01, 51, 2)).toBeCloseTo(1 - (0.51 / 2.51) ** 25.5, 14);
  });

  it.each(rTails.map((p) => [p.d1, p.d2, p.f, p.upper]))(
    "agrees with R's pf far in the tails: P(F(%p, %p) > %p)",
    (d1, d2, f, upper) => {
      expect(Math.abs(fUpperTail(f, d1, d2) - upper) / upper).toBeLessThan(1e-11);
    },
  );

  it("is 1 at 0, below 0 and for NaN", () => {
    expect(fUpperTail(0, 2, 2)).toBe(1);
    // Without the guard, d2 / (d2 + d1 f) = 2 / (2 - 4) < 0 would give 0.
    expect(fUpperTail(-1, 4, 2)).toBe(1);
    expect(fUpperTail(Number.NaN, 4, 2)).toBe(1);
  });
});
