/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Runs in the task pane page, right after office.js (the e2e test appends this bundle to the
 * office.js it serves): makes Office report Excel and routes `Excel.run` to the recording
 * Excel double, so the real pane drives a workbook the test can inspect (`window.__sop`).
 * `#dark` in the page URL makes Office report the Black theme.
 */
import { createExcelDouble } from "../../doubles/excel";
import { sampleCycle } from "../../../src/data/sample";
import { buildWorkbook } from "../../../src/layout/workbook";
import { cachedValues } from "../../app/doubleSupport";

declare const Office: any;

const double = createExcelDouble({ formulaValue: cachedValues(buildWorkbook(sampleCycle())) });
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

w.__sop = { double, summary, hold, release };
w.Excel = Object.assign(w.Excel ?? {}, {
  run: async (batch: (ctx: unknown) => Promise<unknown>) => {
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
Office.context = Office.context ?? {};
Object.defineProperty(Office.context, "officeTheme", { value: theme, configurable: true });
