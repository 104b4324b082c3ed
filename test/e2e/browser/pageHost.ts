/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Runs in the task pane page, right after office.js (the e2e test appends this bundle to the
 * office.js it serves): makes Office report Excel and routes `Excel.run` to the recording
 * Excel double, so the real pane drives a workbook the test can inspect (`window.__sop`).
 * `#dark` in the page URL makes Office report the Black theme; `#families=N` opens the pane on
 * a workbook already scaffolded for a synthetic manufacturer with N families.
 */
import { createExcelDouble, type DoubleCellValue } from "../../doubles/excel";
import { sampleCycle } from "../../../src/data/sample";
import { syntheticCycle } from "../../../src/data/synthetic";
import { createHost, type ExcelRun } from "../../../src/app/host";
import { buildWorkbook } from "../../../src/layout/workbook";
import { readCycleData } from "../../../src/layout/cycle";
import { INPUT_SHEETS } from "../../../src/layout/harvest";
import { rebuildWorkbook, type ExistingSheets } from "../../../src/layout/rebuild";
import { cachedValues } from "../../app/doubleSupport";

declare const Office: any;

type FormulaValue = (sheet: string, row: number, col: number, formula: string) => DoubleCellValue;

/**
 * What Excel would show in a formula cell. The double does not calculate, so the values are the
 * layout's cached values for the cycle the workbook holds now: the input sheets' typed constants
 * (formula cells read blank), read back as a scaffold reads them (the same sheets) and laid out
 * again whenever a sync changed them. Before any workbook is written (and while the workbook
 * holds no cycle), the sample's.
 */
let current: FormulaValue = cachedValues(buildWorkbook(sampleCycle()));
/** The requests seen, and the input sheets' constants, when `current` was computed. */
let seen = 0;
let inputs = "";
function formulaValue(sheet: string, row: number, col: number, formula: string): DoubleCellValue {
  const requests = double.stats.requests;
  const wrote = requests.slice(seen).some((r) => r.contentWrites.length > 0);
  seen = requests.length;
  if (wrote) {
    const existing: ExistingSheets = new Map(
      INPUT_SHEETS.flatMap((name) => {
        const found = double.state.findSheet(name);
        const used = found?.usedRect(true);
        if (!found || !used) return [];
        const grid = Array.from({ length: used.r1 + 1 }, (_, r) => {
          const row = found.rows[r];
          return Array.from({ length: used.c1 + 1 }, (_, c) => (row?.f[c] !== undefined ? "" : (row?.v[c] ?? "")));
        });
        return [[name, grid] as const];
      }),
    );
    const now = JSON.stringify([...existing]);
    const data = now === inputs ? null : readCycleData(existing);
    inputs = now;
    if (data) current = cachedValues(rebuildWorkbook(existing, data));
  }
  return current(sheet, row, col, formula);
}

const double = createExcelDouble({ formulaValue });
const w = window as any;

function summary(): unknown {
  const deck = double.state.findSheet("Executive Summary");
  return {
    sheets: double.state.sheetNames(),
    names: Array.from(double.state.names.values()).map((n) => n.name),
    syncs: double.stats.syncs,
    largestRequestBytes: double.stats.largestRequestBytes,
    requests: double.stats.requests.map((r) => r.bytes),
    deck: deck
      ? {
          charts: deck.charts.map((c) => ({ title: c.title, type: c.type, source: c.source })),
          orientation: deck.pageLayout.orientation,
          title: deck.cellAt(0, 0).value,
        }
      : null,
    company: double.state.findSheet("Settings")
      ? Array.from({ length: 12 }, (_, r) => [0, 1, 2].map((c) => double.state.sheet("Settings").cellAt(r, c).value)).flat()
      : [],
  };
}

/** While held, every Excel.run waits: the test sees the pane busy. */
let gate: Promise<void> | null = null;
let open: () => void = () => undefined;
function hold(): void {
  gate = new Promise<void>((r) => (open = r));
}
function release(): void {
  gate = null;
  open();
}

/** A value typed into the grid, as a user in Excel ("Actuals", "J5", "a note"). */
function type(sheet: string, address: string, value: string | number): void {
  double.state.typeValue(sheet, address, value);
}

const families = Number(/families=(\d+)/.exec(location.hash)?.[1] ?? 0);
const scaffolded: Promise<unknown> =
  families > 0
    ? (() => {
        const data = syntheticCycle(families, 18);
        return createHost(double.run as unknown as ExcelRun).scaffold(data.config, data);
      })()
    : Promise.resolve();

w.__sop = { double, summary, hold, release, type };
w.Excel = Object.assign(w.Excel ?? {}, {
  run: async (batch: (ctx: unknown) => Promise<unknown>) => {
    await scaffolded;
    if (gate) await gate;
    return double.run(batch as any);
  },
});

const info = { host: "Excel", platform: "OfficeOnline", addin: null };
Office.onReady = (cb?: (i: typeof info) => void) => {
  if (cb) cb(info);
  return Promise.resolve(info);
};
const dark = location.hash.includes("dark");
const theme = dark
  ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#404040", controlForegroundColor: "#FFFFFF" }
  : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" };
// office.js finishes loading its host scripts after this runs and may replace Office.context
// (on a loaded machine, after the pane has read it): whatever context it sets gets the theme too.
const themed = <T extends object>(ctx: T): T =>
  Object.defineProperty(ctx, "officeTheme", { value: theme, configurable: true });
let officeContext = themed(Office.context ?? {});
Object.defineProperty(Office, "context", {
  configurable: true,
  get: () => officeContext,
  set: (ctx: object | undefined) => {
    officeContext = themed(ctx ?? {});
  },
});
