/**
 * The add-in's Excel operations, for the task pane and the ribbon commands: the one module that
 * calls `Excel.run`. Components and commands receive these functions (a `Host`), so tests pass
 * fakes or the recording Excel double.
 *
 * Round trips, as Excel on the web counts them:
 * - scaffold / load sample: 1 read (what is already there) + the writer's syncs (1 when the
 *   workbook fits in one request; one more per ~5 MB chunk);
 * - build deck: 1 read (the named ranges' values and the sheet list together) + 1 write
 *   (charts travel with it): 2, within the budget of 3;
 * - read config: 1;
 * - reactivate formulas: 3 (2 when nothing needs re-entering): list the sheets; read each
 *   sheet's formula cells that show an error (special cells, with protection); write.
 */
import type { CycleConfig, CycleData } from "../core/model";
import { isSopError } from "../core/errors";
import { NAMES, type SopName } from "../layout/names";
import type { CellValue } from "../layout/types";
import { buildWorkbook, SHEET_NAMES } from "../layout/workbook";
import { planRebuild, readCycleData } from "../layout/rebuild";
import { readCycle, type CycleReading } from "../layout/cycle";
import { INPUT_SHEETS, KEPT_SHEET } from "../layout/harvest";
import { sampleCycle } from "../data/sample";
import { queueRenamesBack, readGrids, readGridsFollowingRenames, writeSheet, writeWorkbook } from "../render/officejs";
import { readSheets } from "../render/officejs";
import { buildDeckSheet, DECK_SHEET_NAME, deckInputFromNames } from "../deck";
import { summarize, type BuildOutcome, type DeckOutcome, type ReactivateOutcome } from "./outcome";
import { findStaleInAreas } from "./reactivate";
import { judge, placeCases, scratchGrid, selfTestCases, type SelfTestRow } from "./selftest";

/** `Excel.run` as the host provides it (or the recording double). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Progress of a long action: the step's words, and how far along (done of total). */
export type OnProgress = (step: string, done: number, total: number) => void;

/** Options of a scaffold. */
export interface ScaffoldOptions {
  /**
   * The user agreed to what the last attempt reported: typed values or notes that the new
   * layout has no cell for go to the Kept inputs sheet. Without it, such a rebuild stops before
   * writing anything and its outcome says what would move (`needsConfirmation`).
   */
  readonly confirmed?: boolean;
}

export interface Host {
  /** The cycle settings of a workbook scaffolded before, or null for a fresh workbook. 1 sync. */
  readConfig(): Promise<CycleConfig | null>;
  /** The cycle, why it cannot be read if it cannot, and how many typed values the workbook holds. 1 sync. */
  readWorkbook(): Promise<CycleReading>;
  /**
   * Builds or rebuilds the planning workbook for `config`, keeping every typed input. Without
   * `data`, the cycle's inputs are those already in the workbook.
   */
  scaffold(
    config: CycleConfig,
    data?: CycleData,
    onProgress?: OnProgress,
    options?: ScaffoldOptions,
  ): Promise<BuildOutcome>;
  /** Writes the bundled sample company (settings, actuals, pipeline, orders, actions), replacing the inputs there. */
  loadSample(onProgress?: OnProgress): Promise<BuildOutcome & { readonly config: CycleConfig }>;
  /** Builds or rebuilds the "Executive Summary" sheet from the workbook's current numbers. */
  buildDeck(onProgress?: OnProgress): Promise<DeckOutcome>;
  /** Re-enters SOP.* formulas that are not calculating (e.g. #NAME? in a pack built without Excel). */
  reactivateFormulas(onProgress?: OnProgress): Promise<ReactivateOutcome>;
  /**
   * Runs every SOP.* function in this Excel on a scratch sheet (removed afterwards) over cells
   * holding numbers, blanks, "" and text, and compares what Excel shows with the core's answers.
   */
  selfTest(onProgress?: OnProgress): Promise<SelfTestOutcome>;
}

const ignore: OnProgress = () => undefined;

/** The sheets a rebuild reads: those that hold inputs, and the one holding inputs a rebuild could not place. */
const READ_SHEETS: ReadonlyArray<string> = INPUT_SHEETS;
/** The sheets whose existence and protection the write needs, read in the same sync (not their cells). */
const ALL_SHEETS: ReadonlyArray<string> = [...SHEET_NAMES, KEPT_SHEET];

function emptyData(config: CycleConfig): CycleData {
  return { config, actuals: [], overrides: [], pipeline: [], orders: [], actions: [] };
}

/**
 * Reads what is there (1 sync), lays the workbook out and writes it.
 * - `data` given and `keepInputs`: rebuild for `data` around the values typed before;
 * - `data` null: the cycle's inputs (actuals, pipeline, orders, actions...) are the workbook's
 *   own, under the new `config`;
 * - `keepInputs` false (loading the sample): `data` replaces what is there.
 */
async function writeCycle(
  run: ExcelRun,
  config: CycleConfig,
  data: CycleData | null,
  keepInputs: boolean,
  onProgress: OnProgress,
  options: ScaffoldOptions = {},
): Promise<BuildOutcome> {
  return run(async (context) => {
    onProgress("Reading the workbook", 0, 3);
    const structure = queueStructureProtection(context);
    const grids = keepInputs ? await readGridsFollowingRenames(context, READ_SHEETS, true, ALL_SHEETS) : null;
    const readSyncs = grids ? (grids.renamed.length > 0 ? 2 : 1) : 1;
    const own = grids && !data ? readCycleData(grids.values) : null;
    const cycle: CycleData = { ...(data ?? own ?? emptyData(config)), config };
    // Loading the sample reads no cells, only what the writer needs to know (in the same sync).
    if (!keepInputs) await readGrids(context, [], false, ALL_SHEETS);
    structure.check();
    onProgress("Laying out the sheets", 1, 3);
    const planned = grids ? planRebuild(grids, cycle) : { spec: buildWorkbook(cycle), report: null };
    const rebuild = planned.report ? summarize(planned.report) : undefined;
    const base = {
      families: config.families.length,
      historyMonths: config.historyMonths,
      horizonMonths: config.horizonMonths,
      ...(rebuild ? { rebuild } : {}),
    };
    // Stop before changing anything when typed values or notes would leave their place for Kept inputs.
    if (rebuild && rebuild.toKept + rebuild.notes > 0 && options.confirmed !== true) {
      onProgress("Done", 3, 3);
      const problem = grids ? readCycle(grids.values).problem : null;
      return {
        ...base,
        sheets: [],
        syncs: readSyncs,
        needsConfirmation: true,
        ...(problem ? { settingsProblem: problem } : {}),
      };
    }
    const spec = planned.spec;
    // Sheets the user renamed get their layout titles back (the workbook's formulas use them).
    const renamed = grids ? grids.renamed.map((r) => `${r.from} -> ${r.to}`) : [];
    if (grids) queueRenamesBack(context, grids.renamed);
    const report = await writeWorkbook(context, spec, {
      onProgress: (step, done, total) => onProgress(step, 1 + (total > 0 ? done / total : 1), 3),
    });
    onProgress("Done", 3, 3);
    return {
      ...base,
      sheets: spec.sheets.map((s) => s.name),
      syncs: readSyncs + report.syncs,
      ...(renamed.length > 0 ? { renamed } : {}),
    };
  });
}

/** Thrown before any write when the workbook's structure is protected (Review > Protect Workbook). */
export class StructureProtectedError extends Error {
  readonly code = "StructureProtected";
  constructor() {
    super(
      "The workbook's structure is protected (Review > Protect Workbook), so its sheets cannot be added, renamed or put in order",
    );
  }
}

/**
 * Queues a load of the workbook's structure protection (ExcelApi 1.7, `Workbook.protection`);
 * `check()` after the sync throws `StructureProtectedError`: a scaffold adds, names and orders
 * sheets, which Excel refuses while the structure is protected, so it stops before writing.
 */
function queueStructureProtection(context: Excel.RequestContext): { check(): void } {
  const protection = context.workbook.protection;
  protection.load("protected");
  return {
    check() {
      if (protection.protected) throw new StructureProtectedError();
    },
  };
}

/**
 * Queues a load of every workbook name the deck reads (they resolve at the next sync); a
 * missing name reads as undefined.
 */
function queueNamedValues(context: Excel.RequestContext): () => Map<SopName, CellValue[][]> {
  const ranges = (Object.values(NAMES) as SopName[]).map((name) => {
    const item = context.workbook.names.getItemOrNullObject(name);
    const range = item.getRangeOrNullObject();
    range.load("values");
    return { name, item, range };
  });
  return () => {
    const out = new Map<SopName, CellValue[][]>();
    for (const { name, item, range } of ranges) {
      if (item.isNullObject || range.isNullObject) continue;
      out.set(name, range.values as CellValue[][]);
    }
    return out;
  };
}

/**
 * Reads the plan by name and what the workbook holds (1 sync: the name loads travel with
 * readSheets' request), then writes the deck sheet with its charts (the writer's syncs).
 */
/** What the self-test found: a row per check, the environment, and the round trips it took. */
export interface SelfTestOutcome {
  readonly rows: ReadonlyArray<SelfTestRow>;
  /** Requirement sets and the locale's list separator, as this Excel reports them. */
  readonly environment: ReadonlyArray<{ readonly what: string; readonly value: string; readonly pass: boolean }>;
  readonly syncs: number;
}

/** The scratch sheet the self-test writes and removes. */
export const SELF_TEST_SHEET = "SOP self-test";

/** The requirement sets the add-in needs (the manifest declares them; see test/manifest). */
const NEEDED_SETS: ReadonlyArray<[string, string]> = [
  ["ExcelApi", "1.9"],
  ["SharedRuntime", "1.1"],
  ["CustomFunctionsRuntime", "1.3"],
];

/** Requirement sets as Office reports them (`Office.context.requirements.isSetSupported`), when Office is there. */
function requirementChecks(): Array<{ what: string; value: string; pass: boolean }> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  return NEEDED_SETS.map(([set, v]) => {
    if (!req) return { what: `${set} ${v}`, value: "not checked (not running in Office)", pass: true };
    const ok = req.isSetSupported(set, v);
    return { what: `${set} ${v}`, value: ok ? "supported" : "NOT supported", pass: ok };
  });
}

async function selfTest(run: ExcelRun, onProgress: OnProgress, options: HostOptions): Promise<SelfTestOutcome> {
  return run(async (context) => {
    onProgress("Preparing the scratch sheet", 0, 4);
    const placed = placeCases(selfTestCases());
    const grid = scratchGrid(placed);
    const structure = queueStructureProtection(context);
    const sheets = context.workbook.worksheets;
    const old = sheets.getItemOrNullObject(SELF_TEST_SHEET);
    old.load("name");
    // The locale's number format (ExcelApi 1.11), reported: the add-in writes formulas through
    // Range.formulas, which takes the invariant (en-US) syntax whatever the locale's separators.
    const office = (globalThis as { Office?: typeof Office }).Office;
    const culture = office?.context?.requirements?.isSetSupported("ExcelApi", "1.11")
      ? context.application.cultureInfo.numberFormat
      : null;
    culture?.load("numberDecimalSeparator,numberGroupSeparator");
    await context.sync();
    structure.check();
    if (!old.isNullObject) old.delete();
    const ws = sheets.add(SELF_TEST_SHEET);
    ws.getRangeByIndexes(0, 0, grid.length, grid[0].length).formulas = grid as unknown as string[][];
    onProgress("Entering every SOP function", 1, 4);
    await context.sync();
    let syncs = 2;
    const readResults = (): Excel.Range => {
      const r = ws.getRangeByIndexes(0, 0, grid.length, 1);
      r.load("values");
      return r;
    };
    let results = readResults();
    await context.sync();
    syncs++;
    const busy = (): boolean => results.values.some((row) => row[0] === "#BUSY!");
    for (let i = 0; busy() && i < (options.busyRetries ?? 40); i++) {
      onProgress("Waiting for Excel to calculate", 2, 4);
      await (options.wait ?? realWait)(250);
      results = readResults();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one read per wait, only while Excel shows #BUSY!
      await context.sync();
      syncs++;
    }
    const got = placed.map((p) => {
      const v = results.values[p.row]?.[0] as CellValue | undefined;
      return v === "" || v === undefined ? null : v;
    });
    onProgress("Removing the scratch sheet", 3, 4);
    ws.delete();
    await context.sync();
    syncs++;
    onProgress("Done", 4, 4);
    const environment = [
      ...requirementChecks(),
      culture
        ? {
            what: "Decimal / thousands separator",
            value: `${culture.numberDecimalSeparator} / ${culture.numberGroupSeparator}`,
            pass: true,
          }
        : { what: "Decimal / thousands separator", value: "not checked (ExcelApi 1.11 not available)", pass: true },
    ];
    return { rows: judge(placed, got), environment, syncs };
  });
}

/** Timing of the wait for custom functions still calculating (`#BUSY!`) before the deck reads the KPIs. */
export interface HostOptions {
  /** Waits `ms` milliseconds (tests pass a fast one). */
  readonly wait?: (ms: number) => Promise<void>;
  /** Re-reads while any value shows `#BUSY!`, at most this many times (default 40, every 250 ms: 10 s). */
  readonly busyRetries?: number;
}

const realWait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** True when a value read shows a custom function still calculating (Excel's `#BUSY!`). */
const calculating = (values: ReadonlyMap<string, CellValue[][]>): boolean =>
  [...values.values()].some((grid) => grid.some((row) => row.some((v) => v === "#BUSY!")));

async function deck(run: ExcelRun, onProgress: OnProgress, options: HostOptions): Promise<DeckOutcome> {
  return run(async (context) => {
    onProgress("Reading the plan's numbers", 0, 3);
    let named = queueNamedValues(context);
    const structure = queueStructureProtection(context);
    await readSheets(context, [DECK_SHEET_NAME]);
    let values = named();
    // Custom functions calculate asynchronously (the KPIs right after a scaffold): Excel shows
    // #BUSY! until they return. Wait and read the names again rather than print #BUSY! in the deck.
    let reads = 1;
    const retries = options.busyRetries ?? 40;
    while (calculating(values) && reads <= retries) {
      onProgress("Waiting for Excel to finish calculating the SOP functions", 0, 3);
      await (options.wait ?? realWait)(250);
      named = queueNamedValues(context);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one read per wait, only while Excel shows #BUSY!
      await context.sync();
      values = named();
      reads++;
    }
    if (calculating(values)) {
      throw new Error(
        "Excel is still calculating the SOP functions (cells show #BUSY!); build the deck again in a moment",
      );
    }
    const input = deckInputFromNames((name) => values.get(name));
    if (isSopError(input)) throw new Error(input.message);
    structure.check();
    onProgress("Writing the Executive Summary sheet", 1, 3);
    const sheet = buildDeckSheet(input);
    const report = await writeSheet(context, sheet, { position: 0 });
    onProgress("Done", 3, 3);
    return {
      sheet: sheet.name,
      families: input.families.length,
      months: input.months.length,
      charts: sheet.charts.length,
      syncs: reads + report.syncs,
    };
  });
}

/**
 * Re-enters the `SOP.*` formulas that are not calculating, in 3 round trips (2 when none is
 * stale):
 * 1. list the sheets;
 * 2. for every sheet at once, read only its formula cells that show an error:
 *    `getUsedRangeOrNullObject(true).getSpecialCellsOrNullObject("Formulas", "Errors")`
 *    (ExcelApi 1.9), each area's `address`, `formulas` and `values`, with the sheet's
 *    protection. The response grows with the cells in error, not with the workbook, so it
 *    stays far below Excel on the web's 5 MB limit on a workbook of thousands of formulas;
 * 3. re-enter the stale cells (value `#NAME?`, or the stored `_xldudf_SOP_` spelling), each
 *    protected sheet unprotected and protected again with its options in the same batch.
 * `sopFormulas` counts the `SOP.*` formulas among the cells read, i.e. those showing an error.
 */
async function reactivate(run: ExcelRun, onProgress: OnProgress): Promise<ReactivateOutcome> {
  return run(async (context) => {
    onProgress("Listing the sheets", 0, 3);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    onProgress("Looking for SOP formulas that show an error", 1, 3);
    const read = sheets.items.map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      const errors = used.getSpecialCellsOrNullObject("Formulas", "Errors");
      errors.areas.load("items/address, items/formulas, items/values");
      const protection = sheet.protection;
      protection.load("protected, options");
      return { sheet, used, errors, protection };
    });
    await context.sync();
    let sopFormulas = 0;
    let formulas = 0;
    const touched: string[] = [];
    for (const { sheet, used, errors, protection } of read) {
      if (used.isNullObject || errors.isNullObject) continue;
      const found = findStaleInAreas(errors.areas.items);
      sopFormulas += found.sopFormulas;
      if (found.stale.length === 0) continue;
      const wasProtected = protection.protected;
      const options = wasProtected ? protection.options : undefined;
      if (wasProtected) protection.unprotect();
      for (const s of found.stale) sheet.getRange(s.address).formulas = [[s.formula]];
      if (wasProtected) protection.protect(options);
      formulas += found.stale.length;
      touched.push(sheet.name);
    }
    if (formulas === 0) return { formulas, sheets: touched, sopFormulas, syncs: 2 };
    onProgress(`Re-entering ${formulas} formulas`, 2, 3);
    await context.sync();
    onProgress("Done", 3, 3);
    return { formulas, sheets: touched, sopFormulas, syncs: 3 };
  });
}

async function readWorkbookWith(run: ExcelRun): Promise<CycleReading> {
  return run(async (context) => readCycle((await readGridsFollowingRenames(context, READ_SHEETS, false)).values));
}

/** The host's operations over an `Excel.run` (the real one in Excel; the double in tests). */
export function createHost(run: ExcelRun, options: HostOptions = {}): Host {
  return {
    readConfig: async () => (await readWorkbookWith(run)).config,
    readWorkbook: () => readWorkbookWith(run),
    scaffold: (config, data, onProgress = ignore, options = {}) =>
      writeCycle(run, config, data ?? null, true, onProgress, options),
    loadSample: async (onProgress = ignore) => {
      const data = sampleCycle();
      const outcome = await writeCycle(run, data.config, data, false, onProgress);
      return { ...outcome, config: data.config };
    },
    buildDeck: (onProgress = ignore) => deck(run, onProgress, options),
    reactivateFormulas: (onProgress = ignore) => reactivate(run, onProgress),
    selfTest: (onProgress = ignore) => selfTest(run, onProgress, options),
  };
}

/** The operations over the page's `Excel.run` (resolved when called, after Office is ready). */
const excelRun: ExcelRun = (batch) => Excel.run(batch);
export const officeHost: Host = createHost(excelRun);

export const {
  readConfig,
  readWorkbook,
  scaffold,
  loadSample,
  buildDeck,
  reactivateFormulas,
  selfTest: runSelfTest,
} = officeHost;
