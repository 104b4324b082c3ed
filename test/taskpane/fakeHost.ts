/** A scripted Host for component tests: records calls, answers with given values or a held promise. */
import type { CycleConfig, CycleData } from "../../src/core/model";
import type { Host, OnProgress } from "../../src/app/host";
import type { BuildOutcome, DeckOutcome, ReactivateOutcome } from "../../src/app/outcome";

export interface FakeHost extends Host {
  readonly calls: string[];
  readonly scaffolded: CycleConfig[];
  /** When set, scaffold, loadSample and buildDeck wait for this (after reporting progress). */
  hold: Promise<void> | null;
  fail: unknown;
  /** What readConfig answers when set (the Families sheet edited in Excel since the pane read it). */
  sheetConfig?: CycleConfig;
}

/** A workbook scaffolded before: two families, distribution. */
export const workbookConfig: CycleConfig = {
  company: "Northwind Pumps",
  cycleMonth: "2026-04",
  historyMonths: 24,
  horizonMonths: 12,
  businessType: "distribution",
  families: [
    { name: "Pumps", unit: "units", price: 250, unitCost: 140, openingInventory: 800, capacityPerMonth: 1200, targetDaysOfSupply: 45 },
    { name: "Valves", unit: "units", price: 40, unitCost: 22, openingInventory: 3000, capacityPerMonth: 5000, targetDaysOfSupply: 30 },
  ],
  targets: { revenuePerMonth: 400000, grossMarginPct: 0.42, inventoryValueCeiling: 600000 },
};

/** What Load sample data writes in the component tests. */
export const sampleConfig: CycleConfig = { ...workbookConfig, company: "Sample Co", families: workbookConfig.families.slice(0, 1) };

export const outcome: BuildOutcome = { sheets: ["Settings", "Families", "Demand"], families: 1, historyMonths: 12, horizonMonths: 18, syncs: 2 };

export function fakeHost(config: CycleConfig | null, sample: CycleConfig, typedValues = config ? 100 : 0): FakeHost {
  const h: FakeHost = {
    calls: [],
    scaffolded: [],
    hold: null,
    fail: null,
    async readConfig() {
      h.calls.push("readConfig");
      return h.sheetConfig ?? config;
    },
    async readWorkbook() {
      h.calls.push("readWorkbook");
      return { config, typedValues, problem: config ? null : typedValues > 0 ? "the Settings sheet is missing (deleted or renamed)" : null };
    },
    async scaffold(c: CycleConfig, _d?: CycleData, onProgress?: OnProgress) {
      h.calls.push("scaffold");
      h.scaffolded.push(c);
      onProgress?.("Writing sheet Demand", 1, 3);
      if (h.hold) await h.hold;
      if (h.fail) throw h.fail;
      return { ...outcome, families: c.families.length };
    },
    async loadSample(onProgress?: OnProgress) {
      h.calls.push("loadSample");
      onProgress?.("Writing the sample", 1, 2);
      if (h.hold) await h.hold;
      return { ...outcome, config: sample };
    },
    async buildDeck(onProgress?: OnProgress): Promise<DeckOutcome> {
      h.calls.push("buildDeck");
      onProgress?.("Reading the workbook", 1, 3);
      if (h.hold) await h.hold;
      if (h.fail) throw h.fail;
      return { sheet: "Executive Summary", families: 3, months: 18, charts: 2, syncs: 3 };
    },
    async selfTest() {
      h.calls.push("selfTest");
      return {
        rows: [
          { check: "WAPE: numbers, blanks, \"\"", expected: "0.136363636", got: "0.136363636", pass: true },
          { check: "OTIF by order", expected: "0", got: "#VALUE!", pass: false },
        ],
        environment: [{ what: "ExcelApi 1.9", value: "supported", pass: true }],
        syncs: 4,
      };
    },
    async reactivateFormulas(): Promise<ReactivateOutcome> {
      h.calls.push("reactivateFormulas");
      return { formulas: 12, sheets: ["KPIs"], sopFormulas: 12, syncs: 3 };
    },
  };
  return h;
}
