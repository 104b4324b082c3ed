/**
 * Forecasting benchmark: AUTO fit-and-forecast time per series for 1,000 generated monthly
 * series of 48 months (seeded PRNG: level + trend + yearly season + noise; one in five
 * intermittent), the method mix AUTO chose, and R's ets time per series measured on this machine
 * by scripts/reference/forecast.R (test/fixtures/forecast/ets.json).
 * Run: node -r ts-node/register/transpile-only bench/forecast.ts
 */
import * as fs from "fs";
import * as path from "path";
import { forecast } from "../src/core/forecast";
import { isSopError } from "../src/core/errors";

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

let rSeconds: number | undefined;
try {
  const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, "../test/fixtures/forecast/ets.json"), "utf8"));
  rSeconds = fixture.meta.ets_seconds_per_series_48;
} catch {
  rSeconds = undefined;
}

console.log("### Forecasting: AUTO on 1,000 series of 48 months, horizon 18\n");
console.log("| measure | value |");
console.log("|---|---|");
console.log(`| AUTO fit + forecast, total | ${(ms / 1000).toFixed(2)} s |`);
console.log(`| AUTO per series | ${(ms / series.length).toFixed(2)} ms |`);
if (rSeconds !== undefined) console.log(`| R forecast::ets per series (same machine, 100 series of 48 months) | ${(rSeconds * 1000).toFixed(1)} ms |`);
console.log(`| errors | ${failures} |`);
console.log("\n| method AUTO chose | series |");
console.log("|---|---|");
for (const [m, c] of Object.entries(mix).sort((a, b) => b[1] - a[1])) console.log(`| ${m} | ${c} |`);
