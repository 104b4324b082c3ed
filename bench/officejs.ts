/**
 * Office.js renderer benchmark: for 1, 50, 300, 1,000 and 2,000 families x 36 months, the syncs
 * a scaffold costs (read + write), the largest request and all requests' bytes as measured by
 * the recording Excel double and as Microsoft's Excel web client library serializes them
 * (test/doubles/officeWire.ts), and the time to build the spec and to plan + serialize the
 * requests.
 *
 *   node -r ts-node/register/transpile-only bench/officejs.ts
 */
import type { WorkbookSpec } from "../src/layout/types";
import { readSheets, writeWorkbook } from "../src/render/officejs";
import { planWrite, DEFAULT_BUDGET_BYTES, DEFAULT_MAX_ADDRESS_CHARS } from "../src/render/officejs/plan";
import { createExcelDouble } from "../test/doubles/excel";
import { createOfficeWire, WIRE_LIMIT_BYTES } from "../test/doubles/officeWire";
import { fixtureSpec } from "../test/render/officejs/spec-fixture";

type Builder = { name: string; build: (families: number, months: number) => WorkbookSpec };

/** The real layout when it is present, else a layout-shaped fixture of the same size. */
function builder(): Builder {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const layout = require("../src/layout/workbook") as { buildWorkbook: (d: unknown) => WorkbookSpec };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sample = require("../src/data/synthetic") as { syntheticCycle: (f: number, m: number) => unknown };
    return { name: "buildWorkbook(syntheticCycle(F, 36))", build: (f, m) => layout.buildWorkbook(sample.syntheticCycle(f, m)) };
  } catch {
    return { name: "test fixture (layout module not found)", build: (f, m) => fixtureSpec({ families: f, months: m }) };
  }
}

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const b = builder();
  const rows: string[] = [];
  for (const families of [1, 50, 300, 1000, 2000]) {
    const t0 = performance.now();
    const spec = b.build(families, 36);
    const tBuild = performance.now() - t0;

    // Plan and serialize every request, as the renderer does before each sync.
    const t1 = performance.now();
    const plan = planWrite(spec, { sheets: new Map(), names: new Set() }, { budget: DEFAULT_BUDGET_BYTES, maxAddressChars: DEFAULT_MAX_ADDRESS_CHARS, orderSheets: true });
    const excel = createExcelDouble();
    await excel.run(async (ctx) => {
      for (const step of plan.steps) step.queue(ctx as unknown as Excel.RequestContext);
      const queue = (ctx as unknown as { queue: { wire: unknown }[] }).queue;
      let bytes = 0;
      for (const op of queue) bytes += JSON.stringify(op.wire).length;
      (ctx as unknown as { queue: unknown[] }).queue = [];
      void bytes;
    });
    const tSerialize = performance.now() - t1;

    const run = createExcelDouble();
    const t2 = performance.now();
    await run.run(async (ctx) => {
      const c = ctx as unknown as Excel.RequestContext;
      await readSheets(c, spec.sheets.map((s) => s.name));
      await writeWorkbook(c, spec);
    });
    const tWrite = performance.now() - t2;
    const s = run.stats;

    // The same scaffold through the Excel web client library: the bytes Excel on the web receives.
    const wire = createOfficeWire();
    const t3 = performance.now();
    await wire.run(async (ctx) => {
      await readSheets(ctx, spec.sheets.map((sh) => sh.name));
      await writeWorkbook(ctx, spec);
    });
    const tWire = performance.now() - t3;
    const w = wire.requests;
    const wLargest = Math.max(...w.map((r) => r.bytes));
    const wTotal = w.reduce((n, r) => n + r.bytes, 0);
    const over = w.filter((r) => r.bytes >= WIRE_LIMIT_BYTES).length;
    rows.push(
      `| ${families} | ${spec.sheets.length} | ${plan.cells.toLocaleString("en-US")} | ${s.syncs} (1 read + ${s.syncs - 1} write) | ${(s.largestRequestBytes / MB).toFixed(2)} | ${(s.totalRequestBytes / MB).toFixed(2)} | ${wLargest.toLocaleString("en-US")} | ${(wTotal / MB).toFixed(2)} | ${over} | ${w.filter((r) => r.rejected).length} | ${tBuild.toFixed(0)} | ${tSerialize.toFixed(0)} | ${tWrite.toFixed(0)} | ${tWire.toFixed(0)} |`,
    );
  }
  console.log(`### Office.js renderer: scaffold through the recording Excel double and the Excel web client library (${b.name})\n`);
  console.log("| families x 36 months | sheets | cells | syncs | largest request, double (MiB) | all requests, double (MiB) | largest request, web client (bytes) | all requests, web client (MiB) | requests of 5,000,000 bytes or more | rejected | build spec (ms) | plan + serialize (ms) | read + write via double (ms) | read + write via web client (ms) |");
  console.log("|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(r);
  console.log(`\nRequests are packed up to ${DEFAULT_BUDGET_BYTES.toLocaleString("en-US")} bytes by the renderer's estimate (Excel on the web rejects requests over 5 MB).`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
