/**
 * Rebuilding keeps every typed input, after the edits users make in Excel.
 *
 * Each scenario scaffolds a workbook through the task pane's host (the real Office.js renderer
 * over the recording Excel double), types inputs into it as a user would, makes an ordinary
 * Excel edit on the double (insert a row, rename a sheet...), rebuilds as the pane does (read
 * the settings, then Scaffold with them; when the pane cannot read them, with the same settings
 * typed again) and looks for every typed value at its meaning: family and month, order line.
 *
 * `test.failing` marks what today's code gets wrong; the comment above each names the cause.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelDouble, type ExcelDouble, type ExcelDoubleOptions } from "../doubles/excel";
import type { CycleConfig, CycleData } from "../../src/core/model";
import type { CellValue } from "../../src/layout/types";
import { addr } from "../../src/layout/a1";
import { keys } from "../../src/layout/keys";
import { buildWorkbook } from "../../src/layout/workbook";
import { KEPT_SHEET } from "../../src/layout/rebuild";
import { createHost, type ExcelRun, type Host } from "../../src/app/host";
import { App } from "../../src/taskpane/components/App";
import { keyedCells } from "../layout/support/spec";
import { button, click, render, settle, tab, text } from "./ui";

const FAMILIES = ["Pumps", "Valves", "Meters"] as const;
/** Six months of history before the cycle month 2026-04, six plan months from it. */
const HISTORY = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"] as const;
const PLAN = ["2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"] as const;

const config: CycleConfig = {
  company: "Northwind Pumps",
  cycleMonth: "2026-04",
  historyMonths: HISTORY.length,
  horizonMonths: PLAN.length,
  businessType: "manufacturing",
  families: FAMILIES.map((name, i) => ({
    name,
    unit: "units",
    price: 100 + i,
    unitCost: 60 + i,
    openingInventory: 500,
    capacityPerMonth: 1000,
    targetDaysOfSupply: 30,
  })),
  targets: { revenuePerMonth: 300000, grossMarginPct: 0.35, inventoryValueCeiling: 250000 },
};
const noInputs: CycleData = { config, actuals: [], overrides: [], pipeline: [], orders: [], actions: [] };

/** The typed history: family f, month j sells 100 * (f + 1) + j (Pumps 2025-10 = 100, Meters 2026-03 = 305). */
const actual = (f: number, j: number): number => 100 * (f + 1) + j;
/** The typed sales overrides: family f, plan month t = 5000 + 10 f + t, in the first three plan months. */
const override = (f: number, t: number): number => 5000 + 10 * f + t;

/** Every typed value by key. */
function typedInputs(): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  FAMILIES.forEach((fam, f) => {
    HISTORY.forEach((m, j) => out.set(keys.actual(fam, m), actual(f, j)));
    PLAN.slice(0, 3).forEach((m, t) => out.set(keys.override(fam, m), override(f, t)));
  });
  return out;
}

/** Where each keyed input sits in a workbook laid out for `config` (the layout's contract). */
const layout = keyedCells(buildWorkbook(noInputs));
function cellOf(key: string): { sheet: string; address: string; row: number; col: number } {
  const at = layout.get(key);
  if (!at) throw new Error(`no input cell ${key}`);
  return { sheet: at.sheet, address: addr(at.row, at.col), row: at.row, col: at.col };
}

/** A workbook scaffolded through the host, with the history and overrides typed in. */
async function scaffolded(options: ExcelDoubleOptions = {}): Promise<{ double: ExcelDouble; host: Host }> {
  const double = createExcelDouble(options);
  const host = createHost(double.run as unknown as ExcelRun);
  await host.scaffold(config, noInputs);
  for (const [key, v] of typedInputs()) {
    const at = cellOf(key);
    double.state.typeValue(at.sheet, at.address, v);
  }
  return { double, host };
}

/** Scaffold as the pane does: the settings it read from the workbook, or (when it read none) the same settings typed again. */
async function rebuildAsPane(host: Host): Promise<void> {
  const read = await host.readConfig();
  await host.scaffold(read ?? config);
}

/** [key, value] of every typed input as the rebuilt workbook holds it at its key, against what was typed. */
function expectEveryInputAtItsKey(double: ExcelDouble): void {
  const found: Array<[string, unknown]> = [];
  const typed: Array<[string, unknown]> = [];
  for (const [key, v] of typedInputs()) {
    const at = cellOf(key);
    found.push([key, double.state.findSheet(at.sheet)?.cellAt(at.row, at.col).value]);
    typed.push([key, v]);
  }
  expect(found).toEqual(typed);
}

/** Every value stored on a sheet (empty when the sheet does not exist). */
function sheetValues(double: ExcelDouble, sheet: string): unknown[] {
  const s = double.state.findSheet(sheet);
  if (!s) return [];
  return s.valuesFromA1().flat();
}

/** First and last row (1-based) of the reference to `sheet` in the first formula of `onSheet` containing `fn`. */
function rowsReferenced(double: ExcelDouble, onSheet: string, fn: string, sheet: string): [number, number] {
  const s = double.state.sheet(onSheet);
  for (let r = 0; r < s.rows.length; r++) {
    for (let c = 0; c < 30; c++) {
      const f = s.cellAt(r, c).formula;
      if (f === null || !f.includes(fn)) continue;
      const m = new RegExp(`${sheet}!\\$?[A-Z]+\\$?(\\d+):\\$?[A-Z]+\\$?(\\d+)`).exec(f);
      if (m) return [Number(m[1]), Number(m[2])];
    }
  }
  throw new Error(`no ${fn} formula referring to ${sheet} on ${onSheet}`);
}

/** The pane's text after it opened on the workbook and "Load sample data" was clicked. */
async function paneAfterLoadSample(host: Host): Promise<string> {
  const { container } = await render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} today={new Date(2026, 3, 2)} />
    </FluentProvider>,
  );
  for (let i = 0; i < 10; i++) await settle();
  await tab(container, "Tools");
  await click(button(container, "Load sample data"));
  for (let i = 0; i < 10; i++) await settle();
  return text(container);
}

describe("a rebuild after ordinary Excel edits keeps every typed input", () => {
  it("keeps them when nothing was edited (the baseline the scenarios build on)", async () => {
    const { double, host } = await scaffolded();
    await rebuildAsPane(host);
    expectEveryInputAtItsKey(double);
    expect(double.state.findSheet(KEPT_SHEET)).toBeUndefined();
  });

  it("inserting a row in Actuals (unprotected) keeps each family's history with its family", async () => {
    const { double, host } = await scaffolded();
    double.state.insertRows("Actuals", 6); // a blank row between Pumps (row 5) and Valves
    expect(double.state.sheet("Actuals").cell("A7").value).toBe("Valves");
    await rebuildAsPane(host);
    expectEveryInputAtItsKey(double);
  });

  it("inserting a column in Actuals keeps every month's value with its month", async () => {
    const { double, host } = await scaffolded();
    double.state.insertColumns("Actuals", "D"); // between 2025-10 (C) and 2025-11
    await rebuildAsPane(host);
    expectEveryInputAtItsKey(double);
  });

  it("a blank row in Families: the pane still reads every family", async () => {
    const { double, host } = await scaffolded();
    double.state.insertRows("Families", 6); // between Pumps (row 5) and Valves
    expect((await host.readConfig())?.families.map((f) => f.name)).toEqual([...FAMILIES]);
  });

  it("a blank row in Families: Scaffold with what the pane read keeps every input", async () => {
    const { double, host } = await scaffolded();
    double.state.insertRows("Families", 6);
    await rebuildAsPane(host);
    expectEveryInputAtItsKey(double);
  });

  const brokenSettings: ReadonlyArray<[string, (d: ExcelDouble) => void]> = [
    ["the Settings sheet deleted", (d) => d.state.deleteSheet("Settings")],
    ["the Settings sheet renamed", (d) => d.state.renameSheet("Settings", "Setup")],
    ["the business type cleared", (d) => d.state.clearCells("Settings", "B9")],
    ["the cycle month typed as text", (d) => d.state.typeValue("Settings", "B6", "April 2026")],
    ["the first family name cleared", (d) => d.state.clearCells("Families", "A5")],
  ];

  it.each(brokenSettings.slice(0, 4))("with %s, Scaffold (the same settings typed again) keeps every typed input", async (_what, edit) => {
    const { double, host } = await scaffolded();
    edit(double);
    await rebuildAsPane(host);
    expectEveryInputAtItsKey(double);
  });

  it.each(brokenSettings.slice(0, 4))("with %s, Load sample data asks before replacing the workbook's data", async (_what, edit) => {
    const { double, host } = await scaffolded();
    edit(double);
    expect(await paneAfterLoadSample(host)).toContain("Replace this workbook's data?");
  });

  it("with the first family name cleared, Load sample data asks before replacing the workbook's data", async () => {
    const { double, host } = await scaffolded();
    brokenSettings[4][1](double);
    expect(await paneAfterLoadSample(host)).toContain("Replace this workbook's data?");
  });

  it("Load sample data asks first on an intact scaffolded workbook (the pane over the double)", async () => {
    const { host } = await scaffolded();
    expect(await paneAfterLoadSample(host)).toContain("Replace this workbook's data?");
  });

  it("a formula typed into an input cell comes back as the same formula", async () => {
    const typedFormula = "=D20*1.1";
    const { double, host } = await scaffolded({ formulaValue: (_s, _r, _c, f) => (f === typedFormula ? 5500.1 : "") });
    const at = cellOf(keys.override("Pumps", "2026-05"));
    double.state.typeFormula(at.sheet, at.address, typedFormula);
    await rebuildAsPane(host);
    expect(double.state.sheet(at.sheet).cellAt(at.row, at.col).formula).toBe(typedFormula);
  });

  it("notes typed beside and below the layout: Scaffold asks first, then keeps them on Kept inputs with their addresses", async () => {
    const { double, host } = await scaffolded();
    double.state.typeValue("Actuals", "J5", "Pumps: March from the ERP export");
    double.state.typeValue("Actuals", "A12", "Checked by finance on 2 April");
    const read = (await host.readConfig())!;
    const asked = await host.scaffold(read);
    expect(asked.needsConfirmation).toBe(true);
    expect(asked.rebuild?.notesAt).toEqual(["Actuals!J5", "Actuals!A12"]);
    const actuals = double.state.sheet("Actuals");
    // Nothing was written: the notes are where they were typed.
    expect([actuals.cell("J5").value, actuals.cell("A12").value]).toEqual([
      "Pumps: March from the ERP export",
      "Checked by finance on 2 April",
    ]);
    const done = await host.scaffold(read, undefined, undefined, { confirmed: true });
    expect(done.needsConfirmation).toBeUndefined();
    const kept = double.state.sheet(KEPT_SHEET).valuesFromA1();
    const rows = kept.filter((r) => typeof r[0] === "string" && (r[0] as string).startsWith("Note|"));
    expect(rows.map((r) => [r[0], r[2], r[4]])).toEqual([
      ["Note|Actuals!J5", "Pumps: March from the ERP export", "Actuals!J5"],
      ["Note|Actuals!A12", "Checked by finance on 2 April", "Actuals!A12"],
    ]);
    expectEveryInputAtItsKey(double);
  });

  it("a renamed Settings sheet is followed by its anchor name: the pane reads it, Scaffold names it back and keeps everything", async () => {
    const { double, host } = await scaffolded();
    double.state.renameSheet("Settings", "Setup");
    const read = await host.readConfig();
    expect(read).toEqual(config);
    const done = await host.scaffold(read!);
    expect(done.renamed).toEqual(["Setup -> Settings"]);
    expect(double.state.findSheet("Setup")).toBeUndefined();
    expect(double.state.sheet("Settings").cell("B5").value).toBe(config.company);
    expectEveryInputAtItsKey(double);
  });

  it("a renamed Actuals sheet keeps the history typed in it after the rename", async () => {
    const { double, host } = await scaffolded();
    double.state.renameSheet("Actuals", "Sales history");
    const at = cellOf(keys.actual("Valves", "2026-01"));
    double.state.typeValue("Sales history", at.address, 4321);
    await host.scaffold((await host.readConfig())!);
    expect(double.state.findSheet("Sales history")).toBeUndefined();
    expect(double.state.sheet("Actuals").cellAt(at.row, at.col).value).toBe(4321);
  });

  it("with the first family name cleared, Scaffold with what the pane read stops before writing and names what would move", async () => {
    const { double, host } = await scaffolded();
    brokenSettings[4][1](double);
    const before = JSON.stringify(double.state.sheet("Actuals").valuesFromA1());
    const read = (await host.readConfig())!;
    expect(read.families.map((f) => f.name)).toEqual(FAMILIES.slice(1));
    const asked = await host.scaffold(read);
    expect(asked.needsConfirmation).toBe(true);
    expect(asked.syncs).toBe(3); // the reads only: what exists, sizes, cells
    expect(asked.rebuild?.toKeptAt[0]).toBe("Actuals!C5");
    expect(JSON.stringify(double.state.sheet("Actuals").valuesFromA1())).toBe(before);
  });

  describe("rows typed below the last row of a list", () => {
    // Orders: 0 order lines + 25 spare rows = rows 5 to 29; a line typed on row 30.
    const typeOrderLine = (d: ExcelDouble): void => {
      (["SO-9001", 1, "Pumps", 10, 10, "2026-03-10", "2026-03-09"] as const).forEach((v, c) =>
        d.state.typeValue("Orders", addr(29, c), v),
      );
    };

    it("an order line typed below the Orders rows is kept by Scaffold and then counts in the KPIs", async () => {
      const { double, host } = await scaffolded();
      typeOrderLine(double);
      await rebuildAsPane(host);
      expect(double.state.sheet("Orders").cell("A30").value).toBe("SO-9001");
      const [first, last] = rowsReferenced(double, "KPIs", "SOP.OTIF(", "Orders");
      expect(first).toBe(5);
      expect(last).toBeGreaterThanOrEqual(30);
      expectEveryInputAtItsKey(double);
    });

    // Root cause: the KPIs formulas refer to fixed ranges sized at the last Scaffold
    // (src/layout/sheets/kpis.ts: Orders!A5:A29 for 0 lines + 25 spare rows, from
    // src/layout/geometry.ts spareRows); a line below them counts only after the next Scaffold.
    test.failing("an order line typed below the Orders rows counts in OTIF before any rebuild", async () => {
      const { double } = await scaffolded();
      typeOrderLine(double);
      expect(rowsReferenced(double, "KPIs", "SOP.OTIF(", "Orders")[1]).toBeGreaterThanOrEqual(30);
    });

    it("an action typed below the Actions rows is kept by Scaffold and then counts in decision closure", async () => {
      const { double, host } = await scaffolded();
      // 0 actions + 15 spare rows = rows 5 to 19.
      (["Approve weekend shifts", "Ana", "2026-04-15", "Closed"] as const).forEach((v, c) =>
        double.state.typeValue("Actions", addr(19, c), v),
      );
      expect(rowsReferenced(double, "KPIs", "SOP.DECISIONCLOSURE(", "Actions")).toEqual([5, 19]);
      await rebuildAsPane(host);
      expect(double.state.sheet("Actions").cell("D20").value).toBe("Closed");
      expect(rowsReferenced(double, "KPIs", "SOP.DECISIONCLOSURE(", "Actions")[1]).toBeGreaterThanOrEqual(20);
    });

    it("Excel refuses a deal typed below the Pipeline rows: the sheet is protected and only its input rows are unlocked", async () => {
      const { double } = await scaffolded();
      // 0 deals + 25 spare rows = rows 5 to 29.
      double.state.typeValue("Pipeline", "A29", "D-1 last spare row");
      expect(() => double.state.typeValue("Pipeline", "A30", "D-2 below the rows")).toThrow(/protected/);
      expect(rowsReferenced(double, "Demand", "SUMPRODUCT((Pipeline!", "Pipeline")).toEqual([5, 29]);
    });

    it("history typed for an unlisted family below the Actuals rows is not lost by Scaffold", async () => {
      const { double, host } = await scaffolded();
      double.state.typeValue("Actuals", "A8", "Drives");
      HISTORY.forEach((_m, j) => double.state.typeValue("Actuals", addr(7, 2 + j), 900 + j));
      await rebuildAsPane(host);
      const kept = [...sheetValues(double, "Actuals"), ...sheetValues(double, KEPT_SHEET)];
      expect(HISTORY.map((_m, j) => kept.includes(900 + j))).toEqual(HISTORY.map(() => true));
    });
  });

  it("sorting the Actuals rows by family keeps each family's history with its family", async () => {
    const { double, host } = await scaffolded();
    double.state.sortRange("Actuals", "A5:H7", "A"); // Meters, Pumps, Valves
    expect(double.state.sheet("Actuals").cell("A5").value).toBe("Meters");
    await rebuildAsPane(host);
    expectEveryInputAtItsKey(double);
  });

  it("deleting a row in Orders closes the gap and keeps the other lines in order", async () => {
    const { double, host } = await scaffolded();
    ["SO-1", "SO-2", "SO-3"].forEach((o, i) => {
      double.state.typeValue("Orders", `A${5 + i}`, o);
      double.state.typeValue("Orders", `D${5 + i}`, 10 * (i + 1));
    });
    double.state.deleteRows("Orders", 6);
    await rebuildAsPane(host);
    const orders = double.state.sheet("Orders");
    expect([orders.cell("A5").value, orders.cell("A6").value, orders.cell("D6").value, orders.cell("A7").value]).toEqual(["SO-1", "SO-3", 30, ""]);
  });

  it("the next cycle month archives the cycle being left; a reason typed on the Plan archive survives the next rebuild", async () => {
    const double = createExcelDouble();
    const host = createHost(double.run as unknown as ExcelRun);
    await host.scaffold(config, noInputs);
    const at = cellOf(keys.actual("Pumps", "2026-03"));
    double.state.typeValue(at.sheet, at.address, 777);
    // one month later, one month more of history: no actual leaves the layout
    const next: CycleConfig = { ...config, cycleMonth: "2026-05", historyMonths: config.historyMonths + 1 };
    // (the supply plan of 2026-04, now history, held the proposal, not a typed value: nothing to keep)
    await host.scaffold(next, undefined, undefined, { confirmed: true });
    const rows = () => double.state.sheet("Plan archive").valuesFromA1();
    const archived = rows().filter((r) => r[0] === "2026-04");
    expect(archived).toHaveLength(FAMILIES.length * PLAN.length);
    // the naive forecast of cycle 2026-04 is the last actual then known: Pumps 2026-03
    expect(archived.find((r) => r[1] === "Pumps" && r[2] === "2026-06")?.[5]).toBe(777);
    const r = rows().findIndex((x) => x[1] === "Valves" && x[2] === "2026-05");
    double.state.typeValue("Plan archive", `I${r + 1}`, "Customer order");
    await host.scaffold(next);
    const after = rows().find((x) => x[1] === "Valves" && x[2] === "2026-05" && x[0] === "2026-04");
    expect(after?.[8]).toBe("Customer order");
    expect(rows().filter((x) => x[0] === "2026-04")).toHaveLength(FAMILIES.length * PLAN.length);
    // Nothing typed lost its cell: no Kept inputs sheet (so no archive value went there either).
    expect(double.state.sheetNames()).not.toContain(KEPT_SHEET);
  });
});
