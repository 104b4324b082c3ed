/**
 * The forecast benchmark's scores: real monthly and quarterly series from R's `datasets`, the
 * `forecast` package's data, AER and tseries, with R's forecasts and 80 % and 95 % intervals for
 * the held-out points (scripts/reference/benchmark.R -> test/fixtures/forecast/benchmark.json; no
 * R needed here).
 *
 * Measures (M4: Makridakis, Spiliotis & Assimakopoulos, IJF 36 (2020) 54-74; M5 for RMSSE):
 * - sMAPE = mean 200 |y - f| / (|y| + |f|) (0/0 counts 0), in %;
 * - MASE = mean |y - f| / mean |y_t - y_{t-m}| over the fitted history (m = 1 below m + 1 values);
 * - RMSSE = sqrt(mean (y - f)^2 / mean (y_t - y_{t-1})^2 over the fitted history);
 * - OWA = (mean sMAPE / mean sMAPE of Naive2 + mean MASE / mean MASE of Naive2) / 2, from the
 *   means over all series, as M4 ranks methods;
 * - coverage: the share of held-out points inside the 80 % and the 95 % band, over all steps and
 *   per step ahead.
 * The band calibration (src/core/forecast/interval.ts, BAND_CALIBRATIONS: at 80 %, 1.4 for
 * histories of three cycles or more and 1.7 for shorter ones; at 95 %, 1.4 and 2.5) was set on
 * calibration points from the full-protocol fitting histories only; the held-out test points were
 * not used. `calibration` below builds them, `calibrated` applies the rule.
 * AUTO is SOP.FORECAST's default with the series' own season length (as the workbook passes 12),
 * its band SOP.FORECASTINTERVAL's. The tables are printed by `npm run bench -- forecast` and by
 * PRINT_TABLE=1 npx jest test/core/forecast/benchmark.test.ts, which asserts their margins.
 */
import * as fs from "fs";
import * as path from "path";
import { forecastInterval } from "../../../src/core/forecast";
import { choose } from "../../../src/core/forecast/forecast";
import { SHORT_HISTORY_CYCLES, band, bandCalibration } from "../../../src/core/forecast/interval";
import { isSopError } from "../../../src/core/errors";

export interface RForecast {
  forecast: number[];
  lower80?: number[];
  upper80?: number[];
  lower95?: number[];
  upper95?: number[];
}

/** The band levels the benchmark scores, in %. */
export const LEVELS = [80, 95] as const;
export type Level = (typeof LEVELS)[number];

/** A forecast's band at `level`, when it has one. */
export function bounds(f: RForecast, level: Level): [number[], number[]] | undefined {
  const [lo, up] = level === 80 ? [f.lower80, f.upper80] : [f.lower95, f.upper95];
  return lo && up ? [lo, up] : undefined;
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
export const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../fixtures/forecast/benchmark.json"), "utf8"),
) as {
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

interface Coverage {
  inside: number;
  points: number;
  /** Inside and points per step ahead. */
  byStep: [number, number][];
}
interface Score {
  smape: number[];
  mase: number[];
  rmsse: number[];
  coverage: Record<Level, Coverage>;
}
const empty = (): Score => ({
  smape: [],
  mase: [],
  rmsse: [],
  coverage: { 80: { inside: 0, points: 0, byStep: [] }, 95: { inside: 0, points: 0, byStep: [] } },
});

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
    const auto95 = forecastInterval(p.train, h, 0.95, { seasonLength: m });
    if (isSopError(auto) || isSopError(auto95)) continue;
    const forecasts: Record<string, RForecast> = {
      AUTO: {
        forecast: auto.values,
        lower80: auto.lower,
        upper80: auto.upper,
        lower95: auto95.lower,
        upper95: auto95.upper,
      },
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
      for (const level of LEVELS) {
        const b = bounds(f, level);
        if (!b) continue;
        const [lo, up] = b;
        const c = sc.coverage[level];
        p.test.forEach((v, i) => {
          const inside = v >= lo[i] && v <= up[i] ? 1 : 0;
          c.inside += inside;
          c.points += 1;
          const step = (c.byStep[i] ??= [0, 0]);
          step[0] += inside;
          step[1] += 1;
        });
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
  /** Coverage at each level (undefined without a band). */
  coverage: Record<Level, number | undefined>;
  /** Coverage per step ahead at each level (empty without a band). */
  coverageByStep: Record<Level, number[]>;
}

const share = (c: Coverage): number | undefined => (c.points > 0 ? c.inside / c.points : undefined);
const byStep = (c: Coverage): number[] => c.byStep.map(([inside, points]) => inside / points);

export function table(protocol: "full" | "short"): { rows: Row[]; series: number } {
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
        coverage: { 80: share(s.coverage[80]), 95: share(s.coverage[95]) },
        coverageByStep: { 80: byStep(s.coverage[80]), 95: byStep(s.coverage[95]) },
      };
    }),
  };
}

export const pct = (c: number | undefined): string => (c === undefined ? "" : `${(100 * c).toFixed(1)} %`);

export function markdown(protocol: string, t: { rows: Row[]; series: number }): string {
  const lines = [
    `${protocol} (${t.series} series)`,
    "",
    "| method | sMAPE % | MASE | RMSSE | OWA | 80 % coverage | 95 % coverage |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...t.rows.map(
      (r) =>
        `| ${r.method} | ${r.smape.toFixed(2)} | ${r.mase.toFixed(3)} | ${r.rmsse.toFixed(3)} | ${r.owa.toFixed(3)} | ${LEVELS.map((l) => pct(r.coverage[l])).join(" | ")} |`,
    ),
  ];
  for (const level of LEVELS) {
    const banded = t.rows.filter((r) => r.coverageByStep[level].length > 0);
    const steps = banded[0].coverageByStep[level].length;
    lines.push(
      "",
      `${level} % coverage by step ahead (${protocol})`,
      "",
      `| method | ${Array.from({ length: steps }, (_, k) => k + 1).join(" | ")} |`,
      `|---|${"---:|".repeat(steps)}`,
      ...banded.map((r) => `| ${r.method} | ${r.coverageByStep[level].map((c) => (100 * c).toFixed(0)).join(" | ")} |`),
    );
  }
  return lines.join("\n");
}

/**
 * The calibration points of one pool, from the full-history protocol's fitting histories only
 * (the held-out test points are not used): each fitting history is cut before its last h values
 * and forecast by AUTO from the values before them, "long": all of them when they are at least
 * SHORT_HISTORY_CYCLES cycles (h = 18 months, 8 quarters, the full protocol's horizon); "short":
 * the last two cycles before them (24 months, 8 quarters; h = 12 months, 4 quarters, the short
 * protocol's horizon). Returns the share of those h values inside the band at each level widened
 * by each `factor` instead of the pool's calibration at that level (each bound's distance from the
 * forecast, before clipping, x factor / calibration; then clipped at 0 for a history without
 * negative values, as the band is).
 */
function calibration(
  pool: "long" | "short",
  factors: readonly number[],
): { coverage: Record<Level, number[]>; series: number; points: number } {
  const inside: Record<Level, number[]> = { 80: factors.map(() => 0), 95: factors.map(() => 0) };
  let points = 0;
  let series = 0;
  for (const s of fixture.series) {
    const p = s.full;
    if (!p) continue;
    const m = s.frequency;
    const h = pool === "long" ? p.test.length : m === 12 ? 12 : 4;
    const end = p.train.length - h;
    const start = pool === "long" ? 0 : end - 2 * m;
    if (start < 0 || (pool === "long" && end < SHORT_HISTORY_CYCLES * m)) continue;
    const y = p.train.slice(start, end);
    const model = choose(y, { seasonLength: m });
    if (isSopError(model)) continue;
    const f = model.forecast(h);
    const own = LEVELS.map((level) => bandCalibration(y.length, m, level / 100));
    const bands = LEVELS.map((level, j) => band(model, f, level / 100, false, own[j]));
    if (bands.some((b) => !b)) continue;
    const clip = (v: number): number => (y.every((x) => x >= 0) ? Math.max(0, v) : v);
    series += 1;
    for (let k = 0; k < h; k++) {
      const v = p.train[end + k];
      points += 1;
      LEVELS.forEach((level, j) => {
        const b = bands[j]!;
        factors.forEach((c, i) => {
          const lo = clip(f[k] - (c / own[j]) * (f[k] - b.lower[k]));
          const up = clip(f[k] + (c / own[j]) * (b.upper[k] - f[k]));
          if (v >= lo && v <= up) inside[level][i] += 1;
        });
      });
    }
  }
  return { coverage: { 80: inside[80].map((c) => c / points), 95: inside[95].map((c) => c / points) }, series, points };
}

interface Calibrated {
  factor: number;
  below: number;
  at: number;
  uncalibrated: number;
}

/**
 * At each level, the smallest tenth (1, 1.1, ... 3.5) whose band covers that level's share of the
 * pool's calibration points: the rule of interval.ts.
 */
export function calibrated(pool: "long" | "short"): Record<Level, Calibrated> & { series: number; points: number } {
  const factors = Array.from({ length: 26 }, (_, i) => 1 + i / 10);
  const cal = calibration(pool, factors);
  const at = (level: Level): Calibrated => {
    const c = cal.coverage[level];
    const i = c.findIndex((x) => x >= level / 100);
    return { factor: factors[i], below: c[i - 1], at: c[i], uncalibrated: c[0] };
  };
  return { 80: at(80), 95: at(95), series: cal.series, points: cal.points };
}
