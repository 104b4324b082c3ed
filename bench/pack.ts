/**
 * Benchmark of the headless pack: time and peak memory to build and write the .xlsx for
 * 10 / 100 / 1,000 families x 24 history + 18 plan months.
 *
 *   node -r ts-node/register/transpile-only bench/pack.ts
 *
 * Each size runs in its own child process, so its peak resident memory (maxRSS) is its own.
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import type { ActualRow, CycleData } from "../src/core/model";
import { syntheticCycle } from "../src/data/synthetic";
import { packSpec } from "../src/cli/build";
import { addMonths } from "../src/core/plan-model/months";
import { writeXlsx } from "../src/render/xlsx";

const SIZES = [10, 100, 1000];
const HISTORY = 24;
const HORIZON = 18;

interface Measure {
  readonly families: number;
  readonly cells: number;
  readonly specMs: number;
  readonly writeMs: number;
  readonly fileMB: number;
  readonly peakRssMB: number;
}

/**
 * A synthetic cycle with 24 months of history: the generator's 12 months, preceded by the same
 * calendar months a year earlier at 95 % (same seasonality, slightly lower level).
 */
export function benchCycle(families: number): CycleData {
  const base = syntheticCycle(families, HORIZON);
  const earlier: ActualRow[] = base.actuals.map((a) => ({ family: a.family, month: addMonths(a.month, -12), quantity: Math.round(a.quantity * 0.95) }));
  return { ...base, config: { ...base.config, historyMonths: HISTORY }, actuals: [...earlier, ...base.actuals] };
}

async function child(families: number): Promise<Measure> {
  const t0 = performance.now();
  const data = benchCycle(families);
  const spec = packSpec(data, true, () => undefined);
  const t1 = performance.now();
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "sop-bench-")), "pack.xlsx");
  await writeXlsx(spec, file);
  const t2 = performance.now();
  const size = (await fs.stat(file)).size;
  await fs.rm(path.dirname(file), { recursive: true, force: true });
  const cells = spec.sheets.reduce((n, s) => n + s.cells.reduce((m, r) => m + r.filter((c) => c !== null).length, 0), 0);
  return {
    families,
    cells,
    specMs: t1 - t0,
    writeMs: t2 - t1,
    fileMB: size / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

function table(rows: ReadonlyArray<Measure>): string {
  const s = (x: number) => (x / 1000).toFixed(2);
  const lines = [
    `Headless pack (${HISTORY} history + ${HORIZON} plan months, executive summary included; Node ${process.version}, ${os.cpus().length} cores)`,
    "",
    "| families | cells | layout + deck (s) | write .xlsx, streaming (s) | total (s) | file (MB) | peak RSS (MB) |",
    "|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) =>
      `| ${r.families.toLocaleString("en-US")} | ${r.cells.toLocaleString("en-US")} | ${s(r.specMs)} | ${s(r.writeMs)} | ${s(r.specMs + r.writeMs)} | ${r.fileMB.toFixed(1)} | ${Math.round(r.peakRssMB)} |`),
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--child");
  if (i >= 0) {
    process.stdout.write(JSON.stringify(await child(Number(process.argv[i + 1]))));
    return;
  }
  const rows: Measure[] = [];
  for (const n of SIZES) {
    const out = execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", __filename, "--child", String(n)], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=6144`.trim() },
    });
    rows.push(JSON.parse(out) as Measure);
  }
  process.stdout.write(`${table(rows)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exitCode = 1;
});
