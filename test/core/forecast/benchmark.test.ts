/**
 * The forecast benchmark's margins (scores in ./benchmarkTable.ts: real monthly and quarterly
 * series from R's `datasets`, the `forecast` package's data, AER and tseries, with R's forecasts
 * and 80 % and 95 % intervals for the held-out points; no R needed here). The band calibration
 * (src/core/forecast/interval.ts, BAND_CALIBRATIONS) was set on calibration points from the
 * full-protocol fitting histories only; the held-out test points were not used.
 * Print the tables: PRINT_TABLE=1 npx jest test/core/forecast/benchmark.test.ts (or npm run bench -- forecast).
 */
import { BAND_CALIBRATIONS } from "../../../src/core/forecast/interval";
import {
  LEVELS,
  type Level,
  type RForecast,
  type Row,
  bounds,
  calibrated,
  fixture,
  markdown,
  pct,
  table,
} from "./benchmarkTable";

describe("the forecast benchmark (real series, R's forecasts)", () => {
  const full = table("full");
  const short = table("short");
  const long = calibrated("long");
  const shortCal = calibrated("short");
  if (process.env.PRINT_TABLE) console.log(`${markdown("Full history", full)}\n\n${markdown("24 months", short)}`);

  it("has at least 100 series in the full-history protocol", () => {
    expect(full.series).toBeGreaterThanOrEqual(100);
  });

  // Regression margins: the measured values (README) plus 0.02 OWA, minus 2 points of coverage.
  const auto = (t: { rows: Row[] }): Row => t.rows.find((r) => r.method === "AUTO")!;
  it("keeps AUTO's OWA at its measured level: full history 1.032, 24 months 0.819", () => {
    expect(auto(full).owa).toBeLessThan(1.052);
    expect(auto(short).owa).toBeLessThan(0.839);
  });

  it("scores AUTO a lower OWA than R's ets, auto.arima and thetaf in both protocols", () => {
    for (const t of [full, short]) {
      const best = Math.min(...["ets", "arima", "theta"].map((m) => t.rows.find((r) => r.method === m)!.owa));
      expect(auto(t).owa).toBeLessThan(best);
    }
  });

  it("keeps AUTO's 80 % band coverage at its measured level: 82.3 % and 79.1 %", () => {
    expect(auto(full).coverage[80]).toBeGreaterThan(0.803);
    expect(auto(short).coverage[80]).toBeGreaterThan(0.771);
  });

  it("keeps AUTO's 95 % band coverage at its measured level: 94.7 % and 96.6 %", () => {
    expect(auto(full).coverage[95]).toBeGreaterThan(0.927);
    expect(auto(short).coverage[95]).toBeGreaterThan(0.946);
  });

  it("covers within 5 points of nominal with AUTO's 80 % and 95 % bands in both protocols", () => {
    for (const t of [full, short]) {
      for (const level of LEVELS) {
        expect(Math.abs(auto(t).coverage[level]! - level / 100)).toBeLessThanOrEqual(0.05);
      }
    }
  });

  it("calibrates the band by the rule: at each level the smallest tenth that covers it on each pool's calibration points (80 %: 1.4 long, 1.7 short; 95 %: 1.4 and 2.5)", () => {
    if (process.env.PRINT_TABLE) {
      for (const [name, c] of [
        ["long", long],
        ["short", shortCal],
      ] as const) {
        for (const level of LEVELS) {
          const l = c[level];
          console.log(
            `Calibration points at ${level} %, ${name} (${c.series} series, ${c.points} points): x1 ${pct(l.uncalibrated)}, x${(l.factor - 0.1).toFixed(1)} ${pct(l.below)}, x${l.factor.toFixed(1)} ${pct(l.at)}`,
          );
        }
      }
    }
    expect(BAND_CALIBRATIONS.map((c) => c.level)).toEqual([0.8, 0.95]);
    for (const c of BAND_CALIBRATIONS) {
      const level = Math.round(100 * c.level) as Level;
      expect(long[level].factor).toBeCloseTo(c.long, 12);
      expect(shortCal[level].factor).toBeCloseTo(c.short, 12);
    }
  });

  it("has R's 80 % and 95 % bounds of ets, auto.arima, thetaf and snaive, each 95 % band around its 80 % band", () => {
    const wrong: string[] = [];
    let bands = 0;
    for (const s of fixture.series) {
      for (const [name, p] of [
        ["full", s.full],
        ["short", s.short],
      ] as const) {
        for (const r of ["ets", "arima", "theta", "snaive"]) {
          const f = p?.[r] as RForecast | undefined;
          if (!f || f.forecast.some((v) => v === null)) continue;
          const [lo80, up80] = bounds(f, 80) ?? [[], []];
          const [lo95, up95] = bounds(f, 95) ?? [[], []];
          bands += 1;
          const nested = f.forecast.every(
            (v, i) => lo95[i] <= lo80[i] && lo80[i] <= v && v <= up80[i] && up80[i] <= up95[i],
          );
          if (!nested) wrong.push(`${s.name} ${name} ${r}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(bands).toBeGreaterThanOrEqual(900);
  });

  it("scores Naive2 an OWA of exactly 1 (the definition)", () => {
    expect(full.rows.find((r) => r.method === "naive2")!.owa).toBeCloseTo(1, 12);
  });
});
