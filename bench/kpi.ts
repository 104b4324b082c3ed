/**
 * Benchmark: the KPI core (WAPE + forecast bias + forecast accuracy) over 1,000,000 cell pairs,
 * next to bare typed-array loops computing the same sums. Prints a Markdown table.
 *
 * Run: node -r ts-node/register/transpile-only bench/kpi.ts
 */
import { performance } from "perf_hooks";
import { forecastAccuracy, forecastBias, wape } from "../src/core";

const N = 1_000_000;
const WARMUP = 5;
const RUNS = 15;

function series(seed: number): Float64Array {
  // Deterministic LCG so every run measures the same data.
  let s = seed >>> 0;
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = 50 + (s / 4294967296) * 100;
  }
  return out;
}

const actuals = series(1);
const forecasts = series(2);

function bareWape(a: Float64Array, f: Float64Array): number {
  let e = 0;
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    e += Math.abs(a[i] - f[i]);
    s += Math.abs(a[i]);
  }
  return e / s;
}

function bareBias(a: Float64Array, f: Float64Array): number {
  let d = 0;
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    d += f[i] - a[i];
    s += a[i];
  }
  return d / Math.abs(s);
}

function bareAccuracy(a: Float64Array, f: Float64Array): number {
  return Math.max(0, 1 - bareWape(a, f));
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
}

let sink = 0;
function time(fn: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) sink += Number(fn());
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    sink += Number(fn());
    t.push(performance.now() - t0);
  }
  return median(t);
}

const rows: Array<[string, () => unknown, () => unknown]> = [
  ["wape", () => wape(actuals, forecasts), () => bareWape(actuals, forecasts)],
  ["forecastBias", () => forecastBias(actuals, forecasts), () => bareBias(actuals, forecasts)],
  ["forecastAccuracy", () => forecastAccuracy(actuals, forecasts), () => bareAccuracy(actuals, forecasts)],
  [
    "all three",
    () => Number(wape(actuals, forecasts)) + Number(forecastBias(actuals, forecasts)) + Number(forecastAccuracy(actuals, forecasts)),
    () => bareWape(actuals, forecasts) + bareBias(actuals, forecasts) + bareAccuracy(actuals, forecasts),
  ],
];

// Same answers, or the comparison is meaningless.
for (const [name, core, bare] of rows) {
  const c = Number(core());
  const b = Number(bare());
  if (Math.abs(c - b) > 1e-9 * Math.max(1, Math.abs(b))) throw new Error(`${name}: core ${c} != bare ${b}`);
}

console.log(`KPI core over ${N.toLocaleString("en-US")} cell pairs (Float64Array), median of ${RUNS} runs after ${WARMUP} warm-up, Node ${process.version}`);
console.log("");
console.log("| function | core (ms) | bare loop (ms) | core / bare |");
console.log("|---|---:|---:|---:|");
for (const [name, core, bare] of rows) {
  const tc = time(core);
  const tb = time(bare);
  console.log(`| ${name} | ${tc.toFixed(2)} | ${tb.toFixed(2)} | ${(tc / tb).toFixed(2)}x |`);
}
if (!Number.isFinite(sink)) process.exitCode = 1;
