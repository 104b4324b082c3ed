/**
 * The add-in's Excel operations (src/app/host.ts) against the recording Excel double: what they write,
 * how many round trips they cost, and what happens when Excel refuses midway.
 */
import { createExcelDouble, PAYLOAD_LIMIT_BYTES, type ExcelDouble } from "../doubles/excel";
import { sampleCycle } from "../../src/data/sample";
import { syntheticCycle } from "../../src/data/synthetic";
import { buildWorkbook } from "../../src/layout/workbook";
import { NAMES } from "../../src/layout/names";
import type { CycleConfig } from "../../src/core/model";
import type { WorkbookSpec } from "../../src/layout/types";
import { colName } from "../../src/layout/a1";
import { StructureProtectedError, createHost, type ExcelRun, type Host } from "../../src/app/host";
import { cachedValues } from "./doubleSupport";
import { failureMessage } from "../../src/app/outcome";


const sample = sampleCycle();
const sampleSpec = buildWorkbook(sample);
const layoutSheets = sampleSpec.sheets.map((s) => s.name);

function setup(override?: (formula: string) => string | undefined): { double: ExcelDouble; host: Host } {
  const double = createExcelDouble({ formulaValue: cachedValues(sampleSpec, override) });
  const host = createHost(double.run as unknown as ExcelRun);
  return { double, host };
}

/** Every stored cell value of a sheet, flattened. */
function valuesOf(double: ExcelDouble, sheet: string): unknown[] {
  const s = double.state.sheet(sheet);
  const out: unknown[] = [];
  for (let r = 0; r < s.rows.length; r += 1) {
    for (let c = 0; c < 200; c += 1) out.push(s.cellAt(r, c).value);
  }
  return out;
}

/** Row and column of the cell with `key` in a sheet spec's cells (throws when there is none). */
function keyedCell(cells: ReadonlyArray<ReadonlyArray<{ key?: string } | null>>, key: string): { r: number; c: number } {
  for (let r = 0; r < cells.length; r += 1) {
    const c = cells[r].findIndex((cell) => cell?.key === key);
    if (c >= 0) return { r, c };
  }
  throw new Error(`no cell with key ${key}`);
}

describe("host: load sample and scaffold", () => {
  it("writes every layout sheet and name for the sample in one read-free write pass", async () => {
    const { double, host } = setup();
    const o = await host.loadSample();
    expect(o.config).toEqual(sample.config);
    for (const name of layoutSheets) expect(double.state.findSheet(name)).toBeDefined();
    for (const name of Object.values(NAMES)) expect(double.state.names.has(name.toLowerCase())).toBe(true);
    expect(o.sheets).toEqual(layoutSheets);
    expect(o.families).toBe(sample.config.families.length);
    expect(o.syncs).toBe(double.stats.syncs);
    expect(o.syncs).toBeLessThanOrEqual(2); // the sample fits in one request (plus none to read)
    expect(double.stats.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("stops before writing anything when the workbook's structure is protected, and says what to do", async () => {
    const { double, host } = setup();
    await host.loadSample();
    double.state.structureProtected = true;
    const before = double.stats.requests.length;
    let error: unknown;
    try {
      await host.scaffold(sample.config);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StructureProtectedError);
    expect(double.stats.requests.slice(before).every((r) => r.contentWrites.length === 0)).toBe(true);
    const m = failureMessage("scaffold", error);
    expect(m.body).toBe(
      "The workbook's structure is protected (Review > Protect Workbook), so its sheets cannot be added, renamed or put in order (StructureProtected). " +
        "Nothing was changed. Unprotect the workbook structure (Review > Protect Workbook), then run it again; you may protect it again afterwards.",
    );
    await expect(host.buildDeck()).rejects.toBeInstanceOf(StructureProtectedError);
    double.state.structureProtected = false;
    await expect(host.scaffold(sample.config)).resolves.toMatchObject({ sheets: layoutSheets });
  });

  it("reads back the settings the sample wrote (the form's prefill)", async () => {
    const { host } = setup();
    expect(await host.readConfig()).toBeNull(); // fresh workbook: defaults
    await host.loadSample();
    expect(await host.readConfig()).toEqual(sample.config);
  });

  it("re-scaffolds with an added family without duplicate sheets, keeping a typed input", async () => {
    const { double, host } = setup();
    await host.loadSample();
    // a value a planner typed into an input cell of the Actuals sheet
    const actuals = double.state.sheet("Actuals");
    const spec = sampleSpec.sheets.find((s) => s.name === "Actuals");
    let at: { r: number; c: number; key: string } | null = null;
    spec?.cells.forEach((row, r) => row.forEach((cell, c) => {
      if (!at && cell?.key && typeof cell.value === "number") at = { r, c, key: cell.key };
    }));
    expect(at).not.toBeNull();
    const { r, c, key } = at as unknown as { r: number; c: number; key: string };
    const col = String.fromCharCode(65 + c);
    if (c > 25) throw new Error("test expects an input within columns A-Z");
    double.state.typeValue("Actuals", `${col}${r + 1}`, 4242.5);
    expect(actuals.cellAt(r, c).value).toBe(4242.5);

    const config: CycleConfig = {
      ...sample.config,
      families: [...sample.config.families, { ...sample.config.families[0], name: "New family" }],
    };
    const before = double.stats.syncs;
    const o = await host.scaffold(config);
    expect(o.syncs).toBe(double.stats.syncs - before);
    expect(o.families).toBe(sample.config.families.length + 1);
    const names = double.state.sheetNames();
    expect(new Set(names).size).toBe(names.length);
    // The typed value sits at its key's cell in the new layout (one more family).
    const rebuilt = buildWorkbook({ ...sample, config }, new Map(), { forecast: false }).sheets.find((s) => s.name === "Actuals");
    const target = keyedCell(rebuilt?.cells ?? [], key);
    expect(key).toBe(`Actuals|actual|${sample.config.families[0].name}|${sample.actuals[0].month}`);
    expect(actuals.cellAt(target.r, target.c).value).toBe(4242.5);
    const families = double.state.sheet("Families");
    const newRow = sampleSpec.sheets.find((s) => s.name === "Families")?.cells.findIndex((row) => row[0]?.value === sample.config.families[0].name);
    expect(families.cellAt((newRow ?? -1) + sample.config.families.length, 0).value).toBe("New family");
  });

  it("says which step failed when Excel refuses midway, and a second run completes", async () => {
    const { double, host } = setup();
    await host.loadSample();
    double.failNextSync({ code: "GeneralException", message: "The request failed." }, 1);
    await expect(host.scaffold(sample.config)).rejects.toThrow(/./);
    const o = await host.scaffold(sample.config);
    expect(o.sheets).toEqual(layoutSheets);
    const names = double.state.sheetNames();
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("host: executive deck", () => {
  it("builds the Executive Summary sheet with its charts in exactly 3 round trips (what exists; the names' values; write + charts)", async () => {
    const { double, host } = setup();
    await host.loadSample();
    const before = double.stats.syncs;
    const o = await host.buildDeck();
    expect(double.stats.syncs - before).toBe(3);
    expect(o.syncs).toBe(3);
    const deck = double.state.sheet(o.sheet);
    expect(o.sheet).toBe("Executive Summary");
    expect(deck.charts).toHaveLength(o.charts);
    expect(o.charts).toBeGreaterThanOrEqual(2);
    expect(deck.pageLayout.orientation).toBe("Landscape");
    expect(valuesOf(double, o.sheet).join(" ")).toContain(sample.config.company);
    expect(o.families).toBe(sample.config.families.length);
  });

  it("waits while the KPIs' custom functions still show #BUSY! after a scaffold, then builds the deck from their values", async () => {
    const double = createExcelDouble({ formulaValue: cachedValues(sampleSpec) });
    const waits: number[] = [];
    const host = createHost(double.run as unknown as ExcelRun, { wait: async (ms) => void waits.push(ms) });
    await host.loadSample();
    double.state.customFunctionsPendingSyncs = 4; // the lists' sync, then three reads of the names, see #BUSY!
    const before = double.stats.syncs;
    const o = await host.buildDeck();
    expect(waits).toEqual([250, 250, 250]);
    // The lists, 4 reads of the names (3 busy, 1 calculated) and the write.
    expect(o.syncs).toBe(double.stats.syncs - before);
    expect(o.syncs).toBe(6);
    expect(valuesOf(double, o.sheet)).not.toContain("#BUSY!");
    // The deck's KPI snapshot shows OTIF's value (a number), read once Excel had calculated it.
    const grid = double.state.sheet(o.sheet).valuesFromA1();
    const otif = grid.find((r) => r[0] === "OTIF");
    expect(typeof otif?.[2]).toBe("number");
  });

  it("gives up with a message when Excel keeps calculating", async () => {
    const double = createExcelDouble({ formulaValue: cachedValues(sampleSpec) });
    const host = createHost(double.run as unknown as ExcelRun, { wait: async () => undefined, busyRetries: 2 });
    await host.loadSample();
    double.state.customFunctionsPendingSyncs = 10;
    await expect(host.buildDeck()).rejects.toThrow(
      "Excel is still calculating the SOP functions (cells show #BUSY!); build the deck again in a moment",
    );
  });

  it("rebuilding the deck replaces only that sheet", async () => {
    const { double, host } = setup();
    await host.loadSample();
    await host.buildDeck();
    const demandBefore = JSON.stringify(valuesOf(double, "Demand"));
    const sheetsBefore = double.state.sheetNames();
    await host.buildDeck();
    expect(double.state.sheetNames()).toEqual(sheetsBefore);
    expect(JSON.stringify(valuesOf(double, "Demand"))).toBe(demandBefore);
    expect(double.state.sheet("Executive Summary").charts.length).toBeGreaterThanOrEqual(2);
  });

  it("asks to scaffold first on a workbook without the plan", async () => {
    const { host } = setup();
    await expect(host.buildDeck()).rejects.toThrow(/scaffold the workbook first/);
  });
});

/** "Sheet!A1" of every cell of the spec whose formula calls SOP.* (as the double quotes sheet names). */
function sopCellsOf(spec: WorkbookSpec): string[] {
  return spec.sheets.flatMap((s) =>
    s.cells.flatMap((row, r) =>
      row.flatMap((c, col) => (c?.formula && /SOP\./i.test(c.formula) ? [`${/^[A-Za-z_][A-Za-z0-9_.]*$/.test(s.name) ? s.name : `'${s.name}'`}!${colName(col)}${r + 1}`] : [])),
    ),
  );
}

/** The cells the syncs since `from` (0-based index into stats.requests) wrote content to, one address per cell. */
function writtenCells(double: ExcelDouble, from: number): string[] {
  return double.stats.requests.slice(from).flatMap((r) => r.contentWrites).sort();
}

const showsName = (f: string): string | undefined => (/SOP\./i.test(f) ? "#NAME?" : undefined);

describe("host: reactivate SOP formulas", () => {
  it("re-enters exactly the SOP.* formulas showing #NAME? in one write, and the sheets stay protected", async () => {
    const { double, host } = setup(showsName);
    await host.loadSample();
    const sopCells = sopCellsOf(sampleSpec);
    expect(sopCells.length).toBeGreaterThan(0);
    const protectedBefore = double.state.sheets.filter((s) => s.protection.protected).map((s) => s.name);
    const before = double.stats.syncs;
    const o = await host.reactivateFormulas();
    expect(o.formulas).toBe(sopCells.length);
    expect(o.sopFormulas).toBe(sopCells.length);
    expect(new Set(o.sheets)).toEqual(new Set(sopCells.map((a) => a.replace(/!.*$/, "").replace(/^'|'$/g, ""))));
    // List the sheets, find the cells in error, read them, write.
    expect(double.stats.syncs - before).toBe(4);
    expect(o.syncs).toBe(4);
    expect(writtenCells(double, before)).toEqual([...sopCells].sort());
    expect(double.state.sheets.filter((s) => s.protection.protected).map((s) => s.name)).toEqual(protectedBefore);
  });

  it("reads only formula cells that show an error: nothing to read or write when every formula calculates", async () => {
    const { double, host } = setup();
    await host.loadSample();
    const before = double.stats.syncs;
    const o = await host.reactivateFormulas();
    expect(o.formulas).toBe(0);
    expect(o.sopFormulas).toBe(0); // calculating SOP.* cells are not read
    expect(o.syncs).toBe(2);
    expect(double.stats.syncs - before).toBe(2);
    expect(writtenCells(double, before)).toEqual([]);
    // the read brings back no cell: only the sheet list and protection states
    expect(Math.max(...double.stats.requests.slice(before).map((r) => r.responseBytes))).toBeLessThan(20_000);
  });

  it("leaves SOP.* cells whose error is their own answer, and other formulas showing #NAME?", async () => {
    const { double, host } = setup((f) => {
      if (/SOP\.OTIF/i.test(f)) return "#DIV/0!"; // calculates: its own error value
      if (/SOP\.|MISSING\.FN/i.test(f)) return "#NAME?";
      return undefined;
    });
    await host.loadSample();
    double.state.addSheet("Notes");
    double.state.typeValue("Notes", "B2", "=MISSING.FN(1)"); // a user's formula, not the add-in's
    const formulas = sampleSpec.sheets.flatMap((s) => s.cells.flat()).map((c) => c?.formula ?? "");
    const otif = formulas.filter((f) => /SOP\.OTIF/i.test(f)).length;
    const all = sopCellsOf(sampleSpec).length;
    expect(otif).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(otif);
    const before = double.stats.syncs;
    const o = await host.reactivateFormulas();
    expect(o.sopFormulas).toBe(all); // every SOP.* cell shows an error, so every one is read
    expect(o.formulas).toBe(all - otif);
    const written = writtenCells(double, before);
    expect(written).toHaveLength(all - otif);
    expect(written.some((a) => a.startsWith("Notes!"))).toBe(false);
    expect(o.sheets).not.toContain("Notes");
  });

  /** A cycle of `families` x 36 months scaffolded into a double whose SOP.* cells show #NAME?. */
  async function bigWorkbook(families: number): Promise<{ double: ExcelDouble; host: Host; sopCells: string[] }> {
    const data = syntheticCycle(families, 36);
    const spec = buildWorkbook(data);
    const double = createExcelDouble({ formulaValue: cachedValues(spec, showsName) });
    const host = createHost(double.run as unknown as ExcelRun);
    await host.scaffold(data.config, data);
    return { double, host, sopCells: sopCellsOf(spec) };
  }

  /** The former read: formulas, values and address of every sheet's whole used range, in one sync. */
  async function readWholeUsedRanges(double: ExcelDouble): Promise<unknown> {
    return double
      .run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        for (const sheet of sheets.items) sheet.getUsedRangeOrNullObject().load("formulas, values, address");
        await context.sync();
      })
      .catch((e: unknown) => e);
  }

  it("reactivates a workbook of 50 families without any response over 5 MB, re-entering exactly its SOP.* cells", async () => {
    const { double, host, sopCells } = await bigWorkbook(50);
    expect(sopCells.length).toBeGreaterThanOrEqual(12);
    await readWholeUsedRanges(double);
    const formerResponse = double.stats.requests[double.stats.syncs - 1].responseBytes;
    expect(formerResponse).toBeGreaterThan(3 * 1024 * 1024); // the whole workbook, 4 MB by the double's count

    const before = double.stats.syncs;
    const o = await host.reactivateFormulas();
    const syncs = double.stats.requests.slice(before);
    expect(syncs).toHaveLength(4);
    expect(o.syncs).toBe(4);
    expect(syncs.every((r) => r.error === undefined)).toBe(true);
    expect(Math.max(...syncs.map((r) => r.responseBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...syncs.map((r) => r.responseBytes))).toBeLessThan(formerResponse / 1000); // the cells in error only
    expect(Math.max(...syncs.map((r) => r.bytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(o.formulas).toBe(sopCells.length);
    expect(o.sopFormulas).toBe(sopCells.length);
    expect(o.sheets).toEqual(["KPIs"]);
    expect(writtenCells(double, before)).toEqual([...sopCells].sort());
    for (const a of sopCells) {
      const [sheet, cell] = a.split("!");
      expect(double.state.sheet(sheet).cell(cell).formula).toMatch(/^=.*SOP\./);
    }
  });

  it("still reactivates where the former whole-used-range read is rejected (70 families)", async () => {
    const { double, host, sopCells } = await bigWorkbook(70);
    expect(await readWholeUsedRanges(double)).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const before = double.stats.syncs;
    const o = await host.reactivateFormulas();
    expect(o.formulas).toBe(sopCells.length);
    expect(double.stats.requests.slice(before).every((r) => r.error === undefined && r.responseBytes < 64 * 1024)).toBe(true);
  });
});
