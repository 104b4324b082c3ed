/**
 * The renderer with the real layout: `buildWorkbook(syntheticCycle(F, 36))` for 1, 50 and 2,000
 * families, and a rebuild through `rebuildWorkbook` that keeps typed inputs.
 */
import { createExcelDouble, PAYLOAD_LIMIT_BYTES } from "../../doubles/excel";
import { readSheets, writeWorkbook } from "../../../src/render/officejs";
import { buildWorkbook } from "../../../src/layout/workbook";
import { rebuildWorkbook } from "../../../src/layout/rebuild";
import { syntheticCycle } from "../../../src/data/synthetic";
import type { WorkbookSpec } from "../../../src/layout/types";

type Ctx = Excel.RequestContext;
const MB = 1024 * 1024;

const workbook = { buildWorkbook };
const rebuild = { rebuildWorkbook };
const sample = { syntheticCycle };

describe("scaffolding the real layout through the Excel double", () => {
  it.each([1, 25, 50, 2000])("%i families x 36 months: one read, then one write per ~4.5 MiB, no request over 5 MB", async (families) => {
    const spec = workbook.buildWorkbook(sample.syntheticCycle(families, 36));
    const excel = createExcelDouble();
    const report = await excel.run(async (ctx) => {
      await readSheets(ctx as unknown as Ctx, spec.sheets.map((s) => s.name));
      return writeWorkbook(ctx as unknown as Ctx, spec);
    });
    const writes = excel.stats.requests.slice(1);
    const total = writes.reduce((n, r) => n + r.bytes, 0);
    for (const r of writes) expect(r.bytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    for (const r of writes) expect(r.bytes).toBeLessThan(5_000_000); // 5 MB, counted in decimal too
    expect(writes.length).toBe(report.syncs);
    expect(writes.length).toBeLessThanOrEqual(Math.max(1, Math.ceil(total / (4 * MB)) + 1));
    if (families <= 25) expect(excel.stats.syncs).toBe(2); // it fits in one request: one read, one write
    if (families === 50) expect(excel.stats.syncs).toBe(3); // one read, two writes
    if (families === 2000) expect(writes.length).toBeGreaterThan(1);
    for (const s of spec.sheets) expect(excel.state.sheetNames().filter((n) => n === s.name)).toHaveLength(1);
    expect(report.cellsWritten).toBe(excel.state.sheets.reduce((n, s) => n + s.filledCellCount(), 0));
  });
});

describe("re-scaffolding the real layout", () => {
  it("keeps every value typed into input cells, with an added family and a longer horizon", async () => {
    const first = sample.syntheticCycle(3, 12);
    const spec = workbook.buildWorkbook(first);
    const excel = createExcelDouble();
    await excel.run(async (ctx) => {
      await readSheets(ctx as unknown as Ctx, spec.sheets.map((s) => s.name));
      await writeWorkbook(ctx as unknown as Ctx, spec);
    });
    // Type a distinct number into every keyed numeric input of the plan sheets.
    const typed = new Map<string, number>();
    let n = 0;
    for (const sheet of spec.sheets) {
      if (!["Demand", "Supply"].includes(sheet.name)) continue;
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell?.key || (cell.value !== null && cell.value !== undefined && typeof cell.value !== "number")) return;
          const v = 1000 + n++;
          excel.state.typeValue(sheet.name, `${colName(c)}${r + 1}`, v);
          typed.set(cell.key, v);
        }),
      );
    }
    expect(typed.size).toBeGreaterThan(0);
    const second = sample.syntheticCycle(4, 18);
    let next: WorkbookSpec | null = null;
    excel.stats.reset();
    await excel.run(async (ctx) => {
      const existing = await readSheets(ctx as unknown as Ctx, spec.sheets.map((s) => s.name));
      next = rebuild.rebuildWorkbook(existing, second);
      await writeWorkbook(ctx as unknown as Ctx, next);
    });
    const rebuilt = next! as WorkbookSpec;
    let kept = 0;
    for (const sheet of rebuilt.sheets) {
      const s = excel.state.sheet(sheet.name);
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell?.key && typed.has(cell.key)) {
            expect({ key: cell.key, value: s.cellAt(r, c).value }).toEqual({ key: cell.key, value: typed.get(cell.key) });
            kept++;
          }
        }),
      );
    }
    expect(kept).toBeGreaterThan(0);
    for (const s of rebuilt.sheets) expect(excel.state.sheetNames().filter((x) => x === s.name)).toHaveLength(1);
  });
});

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
