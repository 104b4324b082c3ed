/**
 * Time and heap to build the workbook spec (plan model, statistical baseline and layout) for
 * synthetic cycles: `node -r ts-node/register/transpile-only bench/workbook.ts`.
 */
import { sampleCycle } from "../src/data/sample";
import { syntheticCycle } from "../src/data/synthetic";
import { buildWorkbook } from "../src/layout/workbook";
import { CycleData } from "../src/core/model";

function measure(label: string, data: CycleData): string {
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const spec = buildWorkbook(data);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cells = spec.sheets.reduce((a, s) => a + s.cells.reduce((m, r) => m + r.filter((c) => c !== null).length, 0), 0);
  const formulas = spec.sheets.reduce((a, s) => a + s.cells.reduce((m, r) => m + r.filter((c) => c?.formula !== undefined).length, 0), 0);
  const heap = (process.memoryUsage().heapUsed - heap0) / 1e6;
  return `| ${label} | ${data.config.historyMonths} + ${data.config.horizonMonths} | ${cells.toLocaleString("en")} | ${formulas.toLocaleString("en")} | ${ms.toFixed(0)} | ${(ms / data.config.families.length).toFixed(1)} | ${heap.toFixed(0)} |`;
}

const rows = [
  "| cycle | months (history + plan) | cells | formulas | build ms | ms / family | heap growth MB |",
  "|---|---|---|---|---|---|---|",
  measure("sample (5 families)", sampleCycle()),
  ...[10, 100, 1000].map((n) => measure(`synthetic ${n} families`, syntheticCycle(n, 36))),
];
console.log("### Workbook build (buildWorkbook)\n");
console.log(rows.join("\n"));
