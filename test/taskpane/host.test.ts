/**
 * The task pane's Excel operations against the recording Excel double: what they write,
 * how many round trips they cost, and what happens when Excel refuses midway.
 */
import { createExcelDouble, type ExcelDouble } from "../doubles/excel";
import { sampleCycle } from "../../src/data/sample";
import { buildWorkbook } from "../../src/layout/workbook";
import { NAMES } from "../../src/layout/names";
import type { CycleConfig } from "../../src/core/model";
import { createHost, type ExcelRun, type Host } from "../../src/taskpane/host";
import { cachedValues } from "./doubleSupport";


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
    let at: { r: number; c: number } | null = null;
    spec?.cells.forEach((row, r) => row.forEach((cell, c) => {
      if (!at && cell?.key && typeof cell.value === "number") at = { r, c };
    }));
    expect(at).not.toBeNull();
    const { r, c } = at as unknown as { r: number; c: number };
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
    expect(valuesOf(double, "Actuals")).toContain(4242.5);
    expect(valuesOf(double, "Families")).toContain("New family");
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
  it("builds the Executive Summary sheet with its charts in at most 3 round trips", async () => {
    const { double, host } = setup();
    await host.loadSample();
    const before = double.stats.syncs;
    const o = await host.buildDeck();
    expect(double.stats.syncs - before).toBeLessThanOrEqual(3);
    expect(o.syncs).toBe(double.stats.syncs - before);
    const deck = double.state.sheet(o.sheet);
    expect(o.sheet).toBe("Executive Summary");
    expect(deck.charts).toHaveLength(o.charts);
    expect(o.charts).toBeGreaterThanOrEqual(2);
    expect(deck.pageLayout.orientation).toBe("Landscape");
    expect(valuesOf(double, o.sheet).join(" ")).toContain(sample.config.company);
    expect(o.families).toBe(sample.config.families.length);
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

describe("host: reactivate SOP formulas", () => {
  it("re-enters the SOP.* formulas showing #NAME? in one write, and the sheets stay protected", async () => {
    const { double, host } = setup((f) => (/SOP\./i.test(f) ? "#NAME?" : undefined));
    await host.loadSample();
    const sopCells = sampleSpec.sheets.flatMap((s) =>
      s.cells.flatMap((row) => row.filter((c) => c?.formula && /SOP\./i.test(c.formula)).map(() => s.name)),
    );
    expect(sopCells.length).toBeGreaterThan(0);
    const protectedBefore = double.state.sheets.filter((s) => s.protection.protected).map((s) => s.name);
    const before = double.stats.syncs;
    const o = await host.reactivateFormulas();
    expect(o.formulas).toBe(sopCells.length);
    expect(o.sopFormulas).toBe(sopCells.length);
    expect(new Set(o.sheets)).toEqual(new Set(sopCells));
    expect(double.stats.syncs - before).toBe(3);
    expect(o.syncs).toBe(3);
    expect(double.state.sheets.filter((s) => s.protection.protected).map((s) => s.name)).toEqual(protectedBefore);
  });

  it("does nothing when every SOP.* formula calculates", async () => {
    const { host } = setup();
    await host.loadSample();
    const o = await host.reactivateFormulas();
    expect(o.formulas).toBe(0);
    expect(o.sopFormulas).toBeGreaterThan(0);
    expect(o.syncs).toBe(2);
  });
});
