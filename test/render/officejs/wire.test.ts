/**
 * The renderer's requests as Microsoft's Excel web client library serializes them
 * (test/doubles/officeWire.ts): a scaffold of the real layout, `buildWorkbook(syntheticCycle(F,
 * 36))`, read and written through a real `Excel.RequestContext` whose request executor records
 * every body. Excel on the web rejects a request over 5 MB (5,000,000 bytes here, the stricter
 * reading); the fake Excel behind the executor does the same, so a request the packer made too
 * large would show up as a rejection and a retry.
 */
import { createOfficeWire, WIRE_LIMIT_BYTES, type OfficeWire } from "../../doubles/officeWire";
import { readSheets, writeWorkbook, type WriteReport } from "../../../src/render/officejs";
import { BULK_CELLS, bulkBands, utf8Length } from "../../../src/render/officejs/step";
import { buildWorkbook } from "../../../src/layout/workbook";
import { syntheticCycle } from "../../../src/data/synthetic";

/**
 * Scaffolds `families` x 36 months. `forecast: false` leaves the statistical baseline at zero
 * (shorter numbers in one row per family, the same cells and formulas) and saves its fitting
 * time where the size in between is what matters.
 */
async function scaffold(wire: OfficeWire, families: number, forecast = true): Promise<WriteReport> {
  const spec = buildWorkbook(syntheticCycle(families, 36), new Map(), { forecast });
  return wire.run(async (ctx) => {
    await readSheets(
      ctx,
      spec.sheets.map((s) => s.name),
    );
    return writeWorkbook(ctx, spec);
  });
}

describe("the Excel web client library, as the recording executor sees it", () => {
  it("splits a 2-D assignment of more than 1,500 cells into bands of round(1,500 / columns) rows", async () => {
    const wire = createOfficeWire({ keepBodies: true });
    await wire.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("S");
      // 100 rows x 40 columns = 4,000 cells: bands of round(1500 / 40) = 38 rows -> 38 + 38 + 24.
      sheet.getRange("A1:AN100").formulas = Array.from({ length: 100 }, () => new Array<number>(40).fill(1));
      // 37 x 40 = 1,480 cells: one plain assignment.
      sheet.getRange("A1:AN37").numberFormat = Array.from({ length: 37 }, () => new Array<string>(40).fill("0"));
      await ctx.sync();
    });
    const actions = JSON.parse(wire.bodies[0]).Actions as {
      Name: string;
      ArgumentInfo?: { Arguments: unknown[][][] };
    }[];
    expect(actions.filter((a) => a.Name === "Formulas").map((a) => a.ArgumentInfo!.Arguments[0].length)).toEqual([
      38, 38, 24,
    ]);
    expect(actions.filter((a) => a.Name === "NumberFormat")).toHaveLength(1);
    // The renderer's model of the same rule.
    expect(bulkBands(100, 40)).toBe(3);
    expect(bulkBands(37, 40)).toBe(0);
    expect(BULK_CELLS).toBe(1500);
  });

  it("measures bodies in UTF-8 bytes", async () => {
    const wire = createOfficeWire({ keepBodies: true });
    await wire.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["é€😀"]];
      await ctx.sync();
    });
    // é is 2 bytes, € 3 and 😀 (two UTF-16 units) 4: 9 bytes where String.length counts 4.
    expect(wire.requests[0].bytes).toBe(wire.bodies[0].length - 4 + 9);
    expect(utf8Length("é€😀")).toBe(9);
  });

  it("answers a read as an empty workbook: no sheet exists", async () => {
    const wire = createOfficeWire();
    const read = await wire.run((ctx) => readSheets(ctx, ["Demand", "Supply"]));
    expect(read.size).toBe(0);
    expect(wire.requests).toHaveLength(1);
  });
});

describe("scaffolding the real layout: every request under 5,000,000 bytes as the real client serializes it", () => {
  it.each([
    [1, true],
    [25, true],
    [50, true],
    [300, false],
    [1000, false],
    [2000, true],
  ])("%i families x 36 months (statistical baseline: %s)", async (families, forecast) => {
    const wire = createOfficeWire();
    const report = await scaffold(wire, families, forecast);
    const writes = wire.requests.slice(1);
    for (const r of wire.requests) expect(r.bytes).toBeLessThan(WIRE_LIMIT_BYTES);
    // Nothing rejected, nothing retried: one read, then exactly the writes the renderer planned.
    expect(wire.requests.filter((r) => r.rejected)).toEqual([]);
    expect(writes).toHaveLength(report.syncs);
    expect(report.requests).toHaveLength(writes.length);
    // The packer's estimate of each request is at least what travelled.
    writes.forEach((w, i) => expect(report.requests[i].bytes).toBeGreaterThanOrEqual(w.bytes));
    // Up to 25 families: one read and one write (30 families now take 2 writes: the write's
    // estimate is 4,804,390 bytes). Beyond, no more requests than the bytes need: every request
    // but the last carries more than 4.5 MB.
    if (families <= 25) expect(wire.requests).toHaveLength(2);
    for (const w of writes.slice(0, -1)) expect(w.bytes).toBeGreaterThan(4_500_000);
  });

  it("retries smaller requests when Excel rejects one, through the real client's error", async () => {
    const wire = createOfficeWire({ limitBytes: 1_000_000 });
    const report = await scaffold(wire, 50);
    const rejected = wire.requests.filter((r) => r.rejected);
    // 4.6 MB in one request at a 4.8 MB budget: rejected, then at 2.4 MB and 1.2 MB rejected
    // again, then packed at 0.6 MB.
    expect(rejected).toHaveLength(3);
    const accepted = wire.requests.slice(1).filter((r) => !r.rejected);
    for (const r of accepted) expect(r.bytes).toBeLessThanOrEqual(1_000_000);
    expect(accepted).toHaveLength(report.requests.length);
  });
});
