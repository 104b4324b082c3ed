/**
 * The baseline's 80 % band in the plan model (FamilyBaseline.lower80 / upper80): a snapshot from
 * the same fit as the baseline, so it brackets the baseline it is written beside.
 */
import { familyBaseline } from "../../src/core/plan-model/baseline";
import { cycleMonths } from "../../src/core/plan-model/months";
import { forecastWithBand } from "../../src/core/forecast";
import { isSopError } from "../../src/core/errors";
import { sampleCycle } from "../../src/data/sample";

/** Standard normal quantile at 0.9 (R: qnorm(0.9)). */
const Z80 = 1.2815515655446004;

describe("forecastWithBand", () => {
  it("NAIVE: the forecast and, from the same fit, forecast +- 1.4 z sqrt(k sigma2) (hand calculation; 1.4 the band calibration)", () => {
    // steps 2, -1, 2: sigma2 = 9 / 3 = 3
    const r = forecastWithBand([10, 12, 11, 13], 2, 0.8, { method: "NAIVE" });
    if (isSopError(r)) throw new Error(r.message);
    expect(r.values).toEqual([13, 13]);
    expect(r.band?.source).toBe("analytic");
    [1, 2].forEach((k, i) => {
      expect(r.band?.lower[i]).toBeCloseTo(13 - 1.4 * Z80 * Math.sqrt(3 * k), 8); // normalQuantile: 1e-9
      expect(r.band?.upper[i]).toBeCloseTo(13 + 1.4 * Z80 * Math.sqrt(3 * k), 8); // normalQuantile: 1e-9
    });
  });

  it("keeps the forecast where the model has no band yet (SBA with 5 in-sample errors)", () => {
    const r = forecastWithBand([0, 3, 0, 4, 0, 2], 2, 0.8, { method: "SBA" });
    if (isSopError(r)) throw new Error(r.message);
    expect(r.method).toBe("SBA");
    expect(r.values).toHaveLength(2);
    expect(r.band).toBeUndefined();
  });

  it("answers a level outside (0, 1) with #NUM!", () => {
    expect(forecastWithBand([1, 2, 3, 4], 2, 80)).toMatchObject({ code: "#NUM!" });
  });
});

describe("familyBaseline's 80 % band", () => {
  it("brackets the sample's seasonal baseline in every plan month, rounded like it", () => {
    const data = sampleCycle();
    const { history, plan } = cycleMonths(data.config.cycleMonth, data.config.historyMonths, data.config.horizonMonths);
    for (const family of data.config.families.map((f) => f.name)) {
      const sold = new Map(data.actuals.filter((a) => a.family === family).map((a) => [a.month, a.quantity]));
      const b = familyBaseline(
        history.map((m) => sold.get(m) ?? null),
        plan.length,
      );
      expect([family, b.lower80.length, b.upper80.length]).toEqual([family, plan.length, plan.length]);
      b.plan.forEach((v, t) => {
        const [lo, hi] = [b.lower80[t], b.upper80[t]];
        if (lo === null || hi === null) throw new Error(`${family}: no band in plan month ${t + 1}`);
        expect(lo).toBeLessThanOrEqual(v);
        expect(hi).toBeGreaterThan(v);
        expect([Math.round(lo * 100) / 100, Math.round(hi * 100) / 100]).toEqual([lo, hi]);
      });
    }
  });

  it("is blank where the model has no band, and where there is no model", () => {
    // Intermittent with 6 values: SBA, whose band needs 8 in-sample errors.
    const short = familyBaseline([0, 3, 0, 4, 0, 2], 3);
    expect(short.method).toMatch(/SBA/);
    expect(short.plan.every((v) => v > 0)).toBe(true);
    expect([short.lower80, short.upper80]).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    // One actual: the last actual repeated, no model.
    const one = familyBaseline([null, null, 40], 2);
    expect(one).toMatchObject({ plan: [40, 40], lower80: [null, null], upper80: [null, null] });
  });

  it("is calibrated for the season length of the plan's months, 12, as a short history (fewer than 3 years)", () => {
    // Four actuals: NAIVE, 13, in-sample steps 2, -1, 2: sigma2 = 3. A history of fewer than
    // 3 x 12 months takes the short factor 1.7 (1.4 is the long one):
    // 13 -+ 1.7 x 1.2815516 x sqrt(3) = 13 -+ 3.7735 -> 9.23, 16.77; two steps sqrt(6): 5.3366 -> 7.66, 18.34.
    // The lag-1 history: naive after 10, 12 is 12; after 10, 12, 11 it is 11.
    expect(familyBaseline([10, 12, 11, 13], 2)).toEqual({
      history: [null, null, 12, 11],
      plan: [13, 13],
      lower80: [9.23, 7.66],
      upper80: [16.77, 18.34],
      method: "Naive",
    });
  });

  it("is zero around a baseline of zeros", () => {
    expect(familyBaseline([0, 0, 0, 0], 2)).toMatchObject({ plan: [0, 0], lower80: [0, 0], upper80: [0, 0] });
  });
});
