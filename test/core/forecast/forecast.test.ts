/**
 * The public API: forecast() and describeMethod(). Expected values are hand calculations or
 * properties of the data (an exact seasonal pattern, a straight line).
 */
import * as fs from "fs";
import * as path from "path";
import { describeMethod, forecast, ForecastResult, parseMethodName } from "../../../src/core/forecast";
import { isSopError, SopError } from "../../../src/core/errors";

const ets = JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/forecast/ets.json"), "utf8")) as {
  series: Record<string, { train: number[] }>;
};
const air = ets.series.AirPassengers.train;

function ok(r: ForecastResult | SopError): ForecastResult {
  if (isSopError(r)) throw new Error(r.toString());
  return r;
}

describe("forecast: errors", () => {
  it("returns #N/A for fewer than 2 values", () => {
    expect(forecast([5], 3)).toMatchObject({ code: "#N/A" });
    expect(forecast([], 3)).toMatchObject({ code: "#N/A" });
  });

  it("returns #NUM! for a horizon outside 1..120 or not whole", () => {
    for (const h of [0, -1, 121, 2.5, NaN]) expect(forecast([1, 2, 3], h)).toMatchObject({ code: "#NUM!" });
    expect(ok(forecast([1, 2, 3], 120)).values).toHaveLength(120);
  });

  it("returns #VALUE! naming a non-finite history value", () => {
    const r = forecast([1, NaN, 3], 2);
    expect(r).toMatchObject({ code: "#VALUE!" });
    expect((r as SopError).message).toContain("2");
  });

  it("returns #NUM! for a season length below 1 or not whole", () => {
    expect(forecast([1, 2, 3, 4], 2, { seasonLength: 0 })).toMatchObject({ code: "#NUM!" });
    expect(forecast([1, 2, 3, 4], 2, { seasonLength: 2.5 })).toMatchObject({ code: "#NUM!" });
  });

  it("returns #NUM! for Holt-Winters multiplicative asked explicitly on values <= 0", () => {
    const y = Array.from({ length: 36 }, (_, i) => (i % 12 === 0 ? 0 : 10 + (i % 12)));
    expect(forecast(y, 12, { method: "HW_MULTIPLICATIVE", seasonLength: 12 })).toMatchObject({ code: "#NUM!" });
    expect(forecast([-5, 3, 4, 0, 2], 2, { method: "CROSTON" })).toMatchObject({ code: "#NUM!" });
  });
});

describe("forecast: methods", () => {
  it("naive repeats the last value", () => {
    expect(ok(forecast([10, 12, 11, 13], 2, { method: "NAIVE" }))).toMatchObject({ values: [13, 13], method: "NAIVE", seasonLength: 1 });
  });

  it("seasonal naive repeats the last cycle, and falls back to naive when too short", () => {
    expect(ok(forecast([1, 2, 3, 4, 5, 6], 4, { method: "SNAIVE", seasonLength: 3 })).values).toEqual([4, 5, 6, 4]);
    expect(ok(forecast([1, 2], 2, { method: "SNAIVE", seasonLength: 3 }))).toMatchObject({ values: [2, 2], method: "NAIVE" });
  });

  it("Holt-Winters on an exact additive pattern with trend reproduces it", () => {
    const pattern = [5, -3, 8, 0, -10, 0];
    const y = Array.from({ length: 36 }, (_, t) => 100 + 2 * t + pattern[t % 6]);
    const r = ok(forecast(y, 6, { method: "HW_ADDITIVE", seasonLength: 6 }));
    expect(r.method).toBe("HW_ADDITIVE");
    r.values.forEach((v, i) => expect(v).toBeCloseTo(100 + 2 * (36 + i) + pattern[(36 + i) % 6], 1));
  });

  it("Holt-Winters falls back to damped Holt when there are fewer than two cycles", () => {
    const r = ok(forecast([1, 3, 2, 4, 3, 5, 4, 6, 5, 7], 3, { method: "HW_ADDITIVE", seasonLength: 12 }));
    expect(r.method).toBe("HOLT_DAMPED");
    expect(r.seasonLength).toBe(1);
  });

  it("Holt extrapolates a straight line", () => {
    const y = Array.from({ length: 20 }, (_, t) => 50 + 3 * t);
    ok(forecast(y, 3, { method: "HOLT" })).values.forEach((v, i) => expect(v).toBeCloseTo(50 + 3 * (20 + i), 3));
  });

  it("SES on a constant forecasts the constant", () => {
    ok(forecast([7, 7, 7, 7, 7], 3, { method: "SES" })).values.forEach((v) => expect(v).toBeCloseTo(7, 6));
  });

  it("every concrete method returns finite values on a seasonal series", () => {
    for (const m of ["NAIVE", "SNAIVE", "MA", "SES", "HOLT", "HOLT_DAMPED", "HW_ADDITIVE", "HW_MULTIPLICATIVE", "CROSTON", "SBA"] as const) {
      const r = ok(forecast(air, 18, { method: m, seasonLength: 12 }));
      expect(r.values).toHaveLength(18);
      expect(r.values.every(Number.isFinite)).toBe(true);
    }
  });
});

describe("forecast: AUTO", () => {
  it("picks a seasonal method with m = 12 for AirPassengers", () => {
    const r = ok(forecast(air, 12));
    expect(r.seasonLength).toBe(12);
    expect(["HW_ADDITIVE", "HW_MULTIPLICATIVE"]).toContain(r.method);
    expect(r.params.alpha).toBeGreaterThan(0);
  });

  it("uses a non-seasonal method when the history is too short for its season", () => {
    const r = ok(forecast(air.slice(0, 18), 6, { seasonLength: 12 }));
    expect(["SES", "HOLT", "HOLT_DAMPED", "NAIVE"]).toContain(r.method);
  });

  it("uses an intermittent-demand method for sparse demand", () => {
    const y = [0, 0, 5, 0, 0, 0, 3, 0, 0, 6, 0, 0, 0, 4, 0, 0, 5, 0, 0, 0, 2, 0, 4, 0];
    const r = ok(forecast(y, 3));
    expect(["MA", "SES", "CROSTON", "SBA", "TSB"]).toContain(r.method);
    expect(r.values[0]).toBeGreaterThan(0);
    expect(r.values[0]).toBeLessThan(6);
  });

  it("returns naive for two or three values", () => {
    expect(ok(forecast([4, 6], 2))).toMatchObject({ method: "NAIVE", values: [6, 6] });
  });
});

describe("describeMethod", () => {
  it("names the method, season, parameters and holdout sMAPE", () => {
    const d = describeMethod(air);
    expect(typeof d).toBe("string");
    expect(d).toMatch(/^Season of 12 periods \(found: .*\); Holt-Winters (additive|multiplicative), \w+ trend \(lowest AICc of \d methods\); alpha \d\.\d\d/);
    expect(d).toMatch(/; holdout sMAPE \d+\.\d %; 80 % band /);
  });

  it("describes an explicit method and passes errors through", () => {
    // Steps 1, 1, 1: sigma2 = 1; next period 1.4 z = 1.7942 of 4 = 44.9 % (1.4: the band
    // calibration), 12 ahead 1.4 z sqrt(12) = 6.2152 of 4 = 155.4 % above and the lower bound
    // clipped at 0, -100 %. Four values: too short to test a season.
    expect(describeMethod([1, 2, 3, 4], { method: "NAIVE" })).toBe(
      "No season (4 values: fewer than two cycles of 4 periods to test one); Naive (method given); 80 % band ±45 % of the forecast next period, -100 % / +155 % at 12 periods",
    );
    expect(describeMethod([1])).toMatchObject({ code: "#N/A" });
  });
});

describe("parseMethodName", () => {
  it("accepts names and aliases case-insensitively", () => {
    expect(parseMethodName("hw-multiplicative")).toBe("HW_MULTIPLICATIVE");
    expect(parseMethodName("Holt Damped")).toBe("HOLT_DAMPED");
    expect(parseMethodName("sba")).toBe("SBA");
    expect(parseMethodName("arima")).toBeUndefined();
  });
});

describe("non-negative demand", () => {
  it("forecasts zeros for a history of zeros, even a single one", () => {
    expect(forecast([0, 0, 0, 0], 3)).toMatchObject({ values: [0, 0, 0], method: "NAIVE" });
    expect(forecast([0], 2)).toMatchObject({ values: [0, 0] });
  });

  it("never forecasts below 0 when no value is negative: a decline to zero stops at zero", () => {
    // A straight decline by 10 a period: Holt's trend would carry it to -10, -20, ...
    const y = [100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 0];
    for (const method of ["AUTO", "HOLT", "NAIVE", "SES"] as const) {
      const r = forecast(y, 6, { method });
      if (isSopError(r)) throw new Error(r.toString());
      r.values.forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
    }
    const holt = forecast(y, 3, { method: "HOLT" });
    expect(holt).toMatchObject({ values: [0, 0, 0] });
  });

  it("keeps negative forecasts when the history has negative values (returns, net flows)", () => {
    const r = forecast([30, 20, 10, 0, -10, -20, -30, -40], 2, { method: "HOLT" });
    if (isSopError(r)) throw new Error(r.toString());
    expect(r.values[1]).toBeLessThan(-40);
  });
});
