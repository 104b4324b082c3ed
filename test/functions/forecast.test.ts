/**
 * SOP.FORECAST and SOP.FORECASTMETHOD as Excel calls them (CustomFunctions globals from
 * test/setup/customFunctions.ts).
 */
import { sopForecast, sopForecastInterval, sopForecastMethod } from "../../src/functions/forecast";

function thrown(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("expected an Excel error");
}

describe("SOP.FORECAST", () => {
  it("spills a row for a row history and a column for a column history", () => {
    expect(sopForecast([[10, 12, 11, 13]], 3, "naive")).toEqual([[13, 13, 13]]);
    expect(sopForecast([[10], [12], [11], [13]], 2, "NAIVE")).toEqual([[13], [13]]);
  });

  it("uses AUTO when the method is omitted (null on the web, undefined, or blank)", () => {
    const y = [[5, 7, 6, 8, 7, 9, 8, 10, 9, 11, 10, 12]];
    const a = sopForecast(y, 4, null as unknown as string);
    expect(a[0]).toHaveLength(4);
    expect(sopForecast(y, 4)).toEqual(a);
    expect(sopForecast(y, 4, "")).toEqual(a);
  });

  it("ignores web blanks after the last actual (future months in the range)", () => {
    expect(sopForecast([[null, 4, 6, 8, null, null]], 1, "NAIVE")).toEqual([[8]]);
  });

  it("treats a season length of 0 (a blank cell on desktop) as 'detect'", () => {
    expect(sopForecast([[1, 2, 3, 4, 5, 6]], 2, "NAIVE", 0)).toEqual([[6, 6]]);
  });

  it("returns #NUM! for a horizon below 1 or above 120", () => {
    expect(thrown(() => sopForecast([[1, 2, 3]], 0)).code).toBe("#NUM!");
    expect(thrown(() => sopForecast([[1, 2, 3]], 121)).code).toBe("#NUM!");
  });

  it("returns #VALUE! for text in the history, naming its position", () => {
    const e = thrown(() => sopForecast([[1, "n/a", 3]], 2));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("2");
  });

  it("returns #VALUE! for an unknown method, listing the names", () => {
    const e = thrown(() => sopForecast([[1, 2, 3]], 2, "ARIMA"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("HW_MULTIPLICATIVE");
  });

  it("returns #N/A with a message for a single value", () => {
    const e = thrown(() => sopForecast([[null, 5, null]], 2));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/at least 2/);
  });

  it("returns #NUM! for multiplicative Holt-Winters on values <= 0 and for a negative season length", () => {
    const y = [Array.from({ length: 24 }, (_, i) => (i === 5 ? -1 : 10 + (i % 4)))];
    expect(thrown(() => sopForecast(y, 4, "HWM", 4)).code).toBe("#NUM!");
    expect(thrown(() => sopForecast([[1, 2, 3]], 2, "AUTO", -2)).code).toBe("#NUM!");
  });
});

describe("SOP.FORECASTMETHOD", () => {
  it("describes AUTO's choice", () => {
    const y = [Array.from({ length: 48 }, (_, t) => 200 + 2 * t + [30, 10, -20, -20][t % 4])];
    expect(sopForecastMethod(y, 4)).toMatch(/^Season of 4 periods \(given; stable-seasonality F test p < 0\.001\); Holt-Winters (additive|multiplicative), /);
  });

  it("passes errors to Excel", () => {
    expect(thrown(() => sopForecastMethod([[3]])).code).toBe("#N/A");
  });
});

describe("SOP.FORECAST recalculation", () => {
  it("gives the same spill when recalculated, and follows a changed history", () => {
    // 24 months: level 100 rising 2 a month, +/- 10 by season
    const history = [Array.from({ length: 24 }, (_, t) => 100 + 2 * t + (t % 12 < 6 ? 10 : -10))];
    const first = sopForecast(history, 6);
    expect(sopForecast(history, 6)).toEqual(first);
    const changed = [history[0].map((v, t) => (t === 23 ? v + 50 : v))];
    expect(sopForecast(changed, 6)).not.toEqual(first);
    expect(sopForecast(history, 6, "NAIVE")).toEqual([Array(6).fill(history[0][23])]);
    expect(sopForecastMethod(history)).toBe(sopForecastMethod(history));
  });
});

describe("SOP.FORECASTINTERVAL", () => {
  // NAIVE on 10, 12, 11, 13: steps 2, -1, 2, sigma^2 = 3, v_k = 3k; z(0.9) = 1.2815515655446004 (R);
  // the core's normal quantile is within 1.2e-9 relative of it, hence 7 decimals; every band's
  // width times the calibration 1.4
  const z80 = 1.2815515655446004;
  const lo = (k: number): number => 13 - 1.4 * z80 * Math.sqrt(3 * k);
  const up = (k: number): number => 13 + 1.4 * z80 * Math.sqrt(3 * k);

  it("spills the lower then the upper bounds: two rows for a row history, two columns for a column", () => {
    const row = sopForecastInterval([[10, 12, 11, 13]], 2, 0.8, "BOTH", "NAIVE") as number[][];
    expect(row).toHaveLength(2);
    expect(row[0][0]).toBeCloseTo(lo(1), 7);
    expect(row[0][1]).toBeCloseTo(lo(2), 7);
    expect(row[1][1]).toBeCloseTo(up(2), 7);
    const col = sopForecastInterval([[10], [12], [11], [13]], 2, 0.8, null, "NAIVE") as number[][];
    expect(col).toEqual([
      [row[0][0], row[1][0]],
      [row[0][1], row[1][1]],
    ]);
  });

  it('spills one bound with "LOWER" or "UPPER" (any case), and 0.8 when the level is omitted', () => {
    expect(sopForecastInterval([[10, 12, 11, 13]], 2, null, "lower", "NAIVE")).toEqual([
      (sopForecastInterval([[10, 12, 11, 13]], 2, 0.8, "BOTH", "NAIVE") as number[][])[0],
    ]);
    const upper = sopForecastInterval([[10, 12, 11, 13]], 1, undefined, "UPPER", "NAIVE") as number[][];
    expect(upper[0][0]).toBeCloseTo(up(1), 7);
  });

  it("widens the 95 % band by its own calibration: 1.4 without a season, 2.5 from fewer than three cycles", () => {
    // z(0.975) = 1.959963984540054 (R): 13 -+ factor x z x sqrt(3k)
    const z95 = 1.959963984540054;
    const none = sopForecastInterval([[10, 12, 11, 13]], 1, 0.95, "BOTH", "NAIVE", 1) as number[][];
    expect(none[0][0]).toBeCloseTo(13 - 1.4 * z95 * Math.sqrt(3), 7);
    expect(none[1][0]).toBeCloseTo(13 + 1.4 * z95 * Math.sqrt(3), 7);
    const short = sopForecastInterval([[10, 12, 11, 13]], 1, 0.95, "BOTH", "NAIVE", 4) as number[][];
    expect(short[0][0]).toBeCloseTo(13 - 2.5 * z95 * Math.sqrt(3), 7);
    expect(short[1][0]).toBeCloseTo(13 + 2.5 * z95 * Math.sqrt(3), 7);
  });

  it("returns #NUM! for a level of 80 (a percentage, not a fraction) and #VALUE! for an unknown bound", () => {
    expect(thrown(() => sopForecastInterval([[1, 2, 3, 4]], 2, 80)).code).toBe("#NUM!");
    const e = thrown(() => sopForecastInterval([[1, 2, 3, 4]], 2, 0.8, "MIDDLE"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("LOWER");
  });
});
