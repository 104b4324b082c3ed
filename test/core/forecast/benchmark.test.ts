/**
 * The forecast benchmark: real monthly and quarterly series from R's `datasets`, the `forecast`
 * package's data, AER and tseries, with R's forecasts and 80 % intervals for the held-out points
 * (scripts/reference/benchmark.R -> test/fixtures/forecast/benchmark.json; no R needed here).
 *
 * Measures (M4: Makridakis, Spiliotis & Assimakopoulos, IJF 36 (2020) 54-74; M5 for RMSSE):
 * - sMAPE = mean 200 |y - f| / (|y| + |f|) (0/0 counts 0), in %;
 * - MASE = mean |y - f| / mean |y_t - y_{t-m}| over the fitted history (m = 1 below m + 1 values);
 * - RMSSE = sqrt(mean (y - f)^2 / mean (y_t - y_{t-1})^2 over the fitted history);
 * - OWA = (mean sMAPE / mean sMAPE of Naive2 + mean MASE / mean MASE of Naive2) / 2, from the
 *   means over all series, as M4 ranks methods;
 * - coverage: the share of held-out points inside the 80 % band.
 * AUTO is SOP.FORECAST's default with the series' own season length (as the workbook passes 12),
 * its band SOP.FORECASTINTERVAL's. Print the table: PRINT_TABLE=1 npx jest test/core/forecast/benchmark.test.ts
 */
import * as fs from "fs";
import * as path from "path";
import { forecastInterval } from "../../../src/core/forecast";
import { isSopError } from "../../../src/core/errors";

interface RForecast {
  forecast: number[];
  lower80?: number[];
  upper80?: number[];
}
interface Protocol {
  train: number[];
  test: number[];
  [method: string]: number[] | RForecast;
}
interface Series {
  name: string;
  frequency: number;
  full?: Protocol;
  short?: Protocol;
}
const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/forecast/benchmark.json"), "utf8")) as {
  series: Series[];
};

export const R_METHODS = ["ets", "arima", "theta", "snaive", "naive2", "croston"] as const;
const METHODS = ["AUTO", ...R_METHODS] as const;

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

function smape(y: readonly number[], f: readonly number[]): number {
  return mean(
    y.map((v, i) =>
      Math.abs(v) + Math.abs(f[i]) === 0 ? 0 : (200 * Math.abs(v - f[i])) / (Math.abs(v) + Math.abs(f[i])),
    ),
  );
}
function scaleAbs(train: readonly number[], lag: number): number {
  const d: number[] = [];
  for (let t = lag; t < train.length; t++) d.push(Math.abs(train[t] - train[t - lag]));
  return mean(d);
}
function scaleSq(train: readonly number[]): number {
  const d: number[] = [];
  for (let t = 1; t < train.length; t++) d.push((train[t] - train[t - 1]) ** 2);
  return mean(d);
}

interface Score {
  smape: number[];
  mase: number[];
  rmsse: number[];
  inside: number;
  points: number;
}
const empty = (): Score => ({ smape: [], mase: [], rmsse: [], inside: 0, points: 0 });

/** Scores of every method on one protocol, over the series both AUTO and every R method forecast. */
function score(protocol: "full" | "short"): { scores: Record<string, Score>; series: number } {
  const scores: Record<string, Score> = Object.fromEntries(METHODS.map((m) => [m, empty()]));
  let count = 0;
  for (const s of fixture.series) {
    const p = s[protocol];
    if (!p) continue;
    const h = p.test.length;
    const m = s.frequency;
    const sa = scaleAbs(p.train, p.train.length > m ? m : 1);
    const sq = scaleSq(p.train);
    if (!(sa > 0) || !(sq > 0)) continue;
    const auto = forecastInterval(p.train, h, 0.8, { seasonLength: m });
    if (isSopError(auto)) continue;
    const forecasts: Record<string, RForecast> = {
      AUTO: { forecast: auto.values, lower80: auto.lower, upper80: auto.upper },
    };
    let complete = true;
    for (const r of R_METHODS) {
      const f = p[r] as RForecast | undefined;
      if (!f || f.forecast.some((v) => v === null)) complete = false;
      else forecasts[r] = f;
    }
    if (!complete) continue;
    count += 1;
    for (const method of METHODS) {
      const f = forecasts[method];
      const sc = scores[method];
      sc.smape.push(smape(p.test, f.forecast));
      sc.mase.push(mean(p.test.map((v, i) => Math.abs(v - f.forecast[i]))) / sa);
      sc.rmsse.push(Math.sqrt(mean(p.test.map((v, i) => (v - f.forecast[i]) ** 2)) / sq));
      if (f.lower80 && f.upper80) {
        const lo = f.lower80;
        const up = f.upper80;
        sc.inside += p.test.filter((v, i) => v >= lo[i] && v <= up[i]).length;
        sc.points += h;
      }
    }
  }
  return { scores, series: count };
}

export interface Row {
  method: string;
  smape: number;
  mase: number;
  rmsse: number;
  owa: number;
  coverage: number | undefined;
}

function table(protocol: "full" | "short"): { rows: Row[]; series: number } {
  const { scores, series } = score(protocol);
  const n2 = scores.naive2;
  return {
    series,
    rows: METHODS.map((m) => {
      const s = scores[m];
      return {
        method: m,
        smape: mean(s.smape),
        mase: mean(s.mase),
        rmsse: mean(s.rmsse),
        owa: (mean(s.smape) / mean(n2.smape) + mean(s.mase) / mean(n2.mase)) / 2,
        coverage: s.points > 0 ? s.inside / s.points : undefined,
      };
    }),
  };
}

function markdown(protocol: string, t: { rows: Row[]; series: number }): string {
  const lines = [
    `${protocol} (${t.series} series)`,
    "",
    "| method | sMAPE % | MASE | RMSSE | OWA | 80 % coverage |",
    "|---|---:|---:|---:|---:|---:|",
    ...t.rows.map(
      (r) =>
        `| ${r.method} | ${r.smape.toFixed(2)} | ${r.mase.toFixed(3)} | ${r.rmsse.toFixed(3)} | ${r.owa.toFixed(3)} | ${r.coverage === undefined ? "" : `${(100 * r.coverage).toFixed(1)} %`} |`,
    ),
  ];
  return lines.join("\n");
}

describe("the forecast benchmark (real series, R's forecasts)", () => {
  const full = table("full");
  const short = table("short");
  if (process.env.PRINT_TABLE) console.log(`${markdown("Full history", full)}\n\n${markdown("24 months", short)}`);

  it("has at least 100 series in the full-history protocol", () => {
    expect(full.series).toBeGreaterThanOrEqual(100);
  });

  // Regression margins: the measured values (README) plus 0.02 OWA, minus 2 points of coverage.
  const auto = (t: { rows: Row[] }): Row => t.rows.find((r) => r.method === "AUTO")!;
  it("keeps AUTO's OWA at its measured level: full history 1.085, 24 months 0.819", () => {
    expect(auto(full).owa).toBeLessThan(1.105);
    expect(auto(short).owa).toBeLessThan(0.839);
  });

  it("keeps AUTO's 80 % band coverage at its measured level: 72.3 % and 60.7 %", () => {
    expect(auto(full).coverage).toBeGreaterThan(0.703);
    expect(auto(short).coverage).toBeGreaterThan(0.587);
  });

  it("scores Naive2 an OWA of exactly 1 (the definition)", () => {
    expect(full.rows.find((r) => r.method === "naive2")!.owa).toBeCloseTo(1, 12);
  });
});
