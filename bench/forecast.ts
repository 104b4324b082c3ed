/**
 * Forecasting benchmark.
 * 1. AUTO fit-and-forecast time per series for 1,000 generated monthly series of 48 months
 *    (seeded PRNG: level + trend + yearly season + noise; one in five intermittent), and the
 *    method mix AUTO chose.
 * 2. Against R, in the same run: the benchmark's real series (test/fixtures/forecast/benchmark.json,
 *    both protocols' fitting histories: full and 24 months, monthly and quarterly), each fitted and
 *    forecast with its 80 % band over its held-out horizon, by AUTO (`forecastInterval`) and, when
 *    `Rscript` is on the PATH, by R's `forecast(ets(y))` (the `forecast` package) on the same
 *    histories. Each side's time excludes start-up and one warm-up fit; the table gives both per
 *    series and their ratio. Without R it says so and times AUTO alone.
 * 3. The benchmark's scores on the same fixture (test/core/forecast/benchmarkTable.ts, no R
 *    needed): sMAPE, MASE, RMSSE, M4's OWA and the 80 % and 95 % bands' coverage of AUTO and R's
 *    models in both protocols, overall and per step ahead (the benchmark test asserts their margins).
 * Run: node -r ts-node/register/transpile-only bench/forecast.ts
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { forecast, forecastInterval } from "../src/core/forecast";
import { isSopError } from "../src/core/errors";
import { markdown, table } from "../test/core/forecast/benchmarkTable";

/** mulberry32: small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

function generate(count: number, months: number, seed: number): number[][] {
  const rand = prng(seed);
  const out: number[][] = [];
  for (let i = 0; i < count; i++) {
    if (i % 5 === 4) {
      out.push(Array.from({ length: months }, () => (rand() < 0.35 ? Math.round(1 + 9 * rand()) : 0)));
      continue;
    }
    const level = 100 + 900 * rand();
    const trend = (rand() - 0.4) * 0.01 * level;
    const amp = rand() < 0.7 ? 0.1 + 0.3 * rand() : 0;
    const phase = 12 * rand();
    const noise = 0.03 + 0.1 * rand();
    out.push(
      Array.from({ length: months }, (_, t) =>
        Math.max(0, (level + trend * t) * (1 + amp * Math.sin((2 * Math.PI * (t + phase)) / 12)) * (1 + noise * gaussian(rand))),
      ),
    );
  }
  return out;
}

const series = generate(1000, 48, 42);
const mix: Record<string, number> = {};
const start = process.hrtime.bigint();
let failures = 0;
for (const y of series) {
  const r = forecast(y, 18);
  if (isSopError(r)) failures++;
  else mix[r.method] = (mix[r.method] ?? 0) + 1;
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;

console.log("### Forecasting: AUTO on 1,000 series of 48 months, horizon 18\n");
console.log("| measure | value |");
console.log("|---|---|");
console.log(`| AUTO fit + forecast, total | ${(ms / 1000).toFixed(2)} s |`);
console.log(`| AUTO per series | ${(ms / series.length).toFixed(2)} ms |`);
console.log(`| errors | ${failures} |`);
console.log("\n| method AUTO chose | series |");
console.log("|---|---|");
for (const [m, c] of Object.entries(mix).sort((a, b) => b[1] - a[1])) console.log(`| ${m} | ${c} |`);

/** One fit of the comparison: a fitting history, its season length and the horizon held out. */
interface Job {
  readonly y: number[];
  readonly m: number;
  readonly h: number;
}

interface FixtureSeries {
  readonly frequency: number;
  readonly full?: { train: number[]; test: unknown[] };
  readonly short?: { train: number[]; test: unknown[] };
}

function realJobs(): Job[] {
  const file = path.join(__dirname, "../test/fixtures/forecast/benchmark.json");
  const series = (JSON.parse(fs.readFileSync(file, "utf8")) as { series: FixtureSeries[] }).series;
  return series.flatMap((s) =>
    [s.full, s.short].flatMap((p) => (p ? [{ y: p.train, m: s.frequency, h: p.test.length }] : [])),
  );
}

/** AUTO's seconds for all jobs after one warm-up fit, and how many failed. */
function timeAuto(jobs: readonly Job[]): { seconds: number; failures: number } {
  forecastInterval(jobs[0].y, jobs[0].h, 0.8, { seasonLength: jobs[0].m });
  let failures = 0;
  const t0 = process.hrtime.bigint();
  for (const j of jobs) if (isSopError(forecastInterval(j.y, j.h, 0.8, { seasonLength: j.m }))) failures++;
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, failures };
}

/** R's script: read the jobs (one a line: m h values...), one warm-up fit, then time them all. */
const R_SCRIPT = `
suppressPackageStartupMessages(library(forecast))
jobs <- lapply(strsplit(readLines(commandArgs(TRUE)[1]), " "), as.numeric)
fit <- function(j) forecast(ets(ts(j[-(1:2)], frequency = j[1])), h = j[2], level = 80)
invisible(try(fit(jobs[[1]]), silent = TRUE))
failures <- 0
t0 <- proc.time()[["elapsed"]]
for (j in jobs) if (inherits(try(fit(j), silent = TRUE), "try-error")) failures <- failures + 1
cat(proc.time()[["elapsed"]] - t0, failures, "\n")
`;

/** R's seconds for all jobs, or why there are none. */
function timeR(jobs: readonly Job[]): { seconds: number; failures: number } | string {
  const probe = spawnSync("Rscript", ["--version"], { encoding: "utf8" });
  if (probe.error) return "Rscript is not on the PATH: R's ets was not timed (install R and its forecast package to compare)";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sop-bench-"));
  try {
    const data = path.join(dir, "jobs.txt");
    const script = path.join(dir, "ets.R");
    fs.writeFileSync(data, jobs.map((j) => [j.m, j.h, ...j.y].join(" ")).join("\n") + "\n");
    fs.writeFileSync(script, R_SCRIPT);
    const r = spawnSync("Rscript", [script, data], { encoding: "utf8", maxBuffer: 1 << 20 });
    const [seconds, failures] = (r.stdout ?? "").trim().split(/\s+/).map(Number);
    if (r.status !== 0 || !Number.isFinite(seconds)) {
      return `R's ets could not be timed: ${(r.stderr ?? "").trim().split("\n").pop() ?? "no output"}`;
    }
    return { seconds, failures };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const jobs = realJobs();
const auto = timeAuto(jobs);
const rTime = timeR(jobs);
const perSeries = (seconds: number): string => `${((1000 * seconds) / jobs.length).toFixed(2)} ms`;
console.log(
  `\n### Against R's ets on the same ${jobs.length} real fitting histories (benchmark fixture, full and 24 months), fit + forecast with the 80 % band\n`,
);
console.log("| measure | AUTO | R ets |");
console.log("|---|---:|---:|");
if (typeof rTime === "string") {
  console.log(`| per series | ${perSeries(auto.seconds)} | not measured |`);
  console.log(`| failures | ${auto.failures} | |`);
  console.log(`\n${rTime}.`);
} else {
  console.log(`| per series | ${perSeries(auto.seconds)} | ${perSeries(rTime.seconds)} |`);
  console.log(`| failures | ${auto.failures} | ${rTime.failures} |`);
  console.log(`\nAUTO is ${(rTime.seconds / auto.seconds).toFixed(1)} times as fast as R's ets per series (measured in this run).`);
}

console.log(`\n### The benchmark's scores (benchmark fixture: R's forecasts and bands of the same held-out points)\n`);
console.log(`${markdown("Full history", table("full"))}\n\n${markdown("24 months", table("short"))}`);
