/**
 * The add-in's Excel operations, for the task pane and the ribbon commands: the one module that
 * calls `Excel.run`. Components and commands receive these functions (a `Host`), so tests pass
 * fakes or the recording Excel double.
 *
 * Round trips, as Excel on the web counts them:
 * - scaffold: 3 reads (the sheets and names that exist; the used ranges' sizes with protection
 *   and charts; the input cells, one more per 150,000 cells) + the writer's syncs (1 when the
 *   workbook fits in one request; one more per ~5 MB chunk);
 * - load sample: 1 or 2 reads (what exists; protection and charts of the layout sheets there)
 *   + the writer's syncs;
 * - build deck: 2 reads (what exists; the named ranges' values with the deck sheet's charts)
 *   + 1 write (charts travel with it): 3;
 * - read config: 3;
 * - reactivate formulas: at most 4: list the sheets; find the formula cells that show an
 *   error; read them; write.
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
import {
  queueRenamesBack,
  readGrids,
  readGridsFollowingRenames,
  writeSheet,
  writeWorkbook,
  type WorkbookLists,
} from "../render/officejs";
import { buildDeckSheet, DECK_SHEET_NAME, deckInputFromNames } from "../deck";
import { summarize, type BuildOutcome, type DeckOutcome, type ReactivateOutcome } from "./outcome";
import { findStaleInAreas } from "./reactivate";
import { queueStructureProtection, rereadWhileBusy, type ExcelRun, type HostOptions, type OnProgress } from "./excel";
import { selfTest, type SelfTestOutcome } from "./selfTestRun";

export type { ExcelRun, HostOptions, OnProgress } from "./excel";
export { StructureProtectedError } from "./excel";
export { SELF_TEST_SHEET, type SelfTestOutcome } from "./selfTestRun";

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
    // Loading the sample reads no cells, only what the writer needs to know.
    const grids = keepInputs
      ? await readGridsFollowingRenames(context, READ_SHEETS, true, ALL_SHEETS)
      : await readGrids(context, [], false, { inventoryOnly: ALL_SHEETS });
    const readSyncs = grids.syncs;
    const own = keepInputs && !data ? readCycleData(grids.values) : null;
    const cycle: CycleData = { ...(data ?? own ?? emptyData(config)), config };
    structure.check();
    onProgress("Laying out the sheets", 1, 3);
    const planned = keepInputs ? planRebuild(grids, cycle) : { spec: buildWorkbook(cycle), report: null };
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
      const problem = planned.report?.settingsProblem ?? null;
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
    const renamed = grids.renamed.map((r) => `${r.from} -> ${r.to}`);
    queueRenamesBack(context, grids.renamed);
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

/**
 * Queues a load of every workbook name the deck reads that `lists` says exists (they resolve at
 * the next sync); a missing name, or one that no longer refers to a range, reads as undefined.
 */
function queueNamedValues(context: Excel.RequestContext, lists: WorkbookLists): () => Map<SopName, CellValue[][]> {
  const ranges = (Object.values(NAMES) as SopName[])
    .filter((name) => lists.names.has(name.toLowerCase()))
    .map((name) => {
      const range = context.workbook.names.getItem(name).getRangeOrNullObject();
      range.load("values");
      return { name, range };
    });
  return () => {
    const out = new Map<SopName, CellValue[][]>();
    for (const { name, range } of ranges) {
      if (range.isNullObject) continue;
      out.set(name, range.values as CellValue[][]);
    }
    return out;
  };
}

/** True when a value read shows a custom function still calculating (Excel's `#BUSY!`). */
const calculating = (values: ReadonlyMap<string, CellValue[][]>): boolean =>
  [...values.values()].some((grid) => grid.some((row) => row.some((v) => v === "#BUSY!")));

/**
 * Reads the plan by name and what the workbook holds (2 syncs: the name loads travel with
 * the read's second round trip), then writes the deck sheet with its charts (the writer's syncs).
 */
async function deck(run: ExcelRun, onProgress: OnProgress, options: HostOptions): Promise<DeckOutcome> {
  return run(async (context) => {
    onProgress("Reading the plan's numbers", 0, 3);
    const structure = queueStructureProtection(context);
    // The names are loaded with the second round trip of the read, once the names collection
    // says which exist (a missing name is not reached through a null object).
    let lists: WorkbookLists = { sheets: new Map(), names: new Map() };
    let named: () => Map<SopName, CellValue[][]> = () => new Map();
    const read = await readGrids(context, [], false, {
      inventoryOnly: [DECK_SHEET_NAME],
      alongside: (found) => {
        lists = found;
        named = queueNamedValues(context, found);
      },
    });
    // Custom functions calculate asynchronously (the KPIs right after a scaffold): Excel shows
    // #BUSY! until they return. Wait and read the names again rather than print #BUSY! in the deck.
    const { value: values, reads } = await rereadWhileBusy(
      context,
      named(),
      () => queueNamedValues(context, lists),
      calculating,
      options,
      () => onProgress("Waiting for Excel to finish calculating the SOP functions", 0, 3),
    );
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
      syncs: read.syncs - 1 + reads + report.syncs,
    };
  });
}

/**
 * Re-enters the `SOP.*` formulas that are not calculating, in at most 4 round trips:
 * 1. list the sheets;
 * 2. on every sheet at once, find the formula cells that show an error:
 *    `getRange().getSpecialCellsOrNullObject("Formulas", "Errors")` (ExcelApi 1.9; a null
 *    object when there are none), with the sheet's protection;
 * 3. only for sheets that have such cells: each area's `address`, `formulas` and `values`
 *    (an object reached through a null object would fail the whole request). The response grows
 *    with the cells in error, not with the workbook, so it stays far below Excel on the web's
 *    5 MB limit on a workbook of thousands of formulas;
 * 4. re-enter the stale cells (value `#NAME?`, or the stored `_xldudf_SOP_` spelling), each
 *    protected sheet unprotected and protected again with its options in the same batch.
 * `sopFormulas` counts the `SOP.*` formulas among the cells read, i.e. those showing an error.
 */
async function reactivate(run: ExcelRun, onProgress: OnProgress): Promise<ReactivateOutcome> {
  return run(async (context) => {
    onProgress("Listing the sheets", 0, 3);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    let syncs = 1;
    onProgress("Looking for SOP formulas that show an error", 1, 3);
    const found = sheets.items.map((sheet) => {
      const errors = sheet.getRange().getSpecialCellsOrNullObject("Formulas", "Errors");
      const protection = sheet.protection;
      protection.load("protected, options");
      return { sheet, errors, protection };
    });
    await context.sync();
    syncs++;
    const read = found.filter((f) => !f.errors.isNullObject);
    for (const { errors } of read) errors.areas.load("items/address, items/formulas, items/values");
    if (read.length > 0) {
      await context.sync();
      syncs++;
    }
    let sopFormulas = 0;
    let formulas = 0;
    const touched: string[] = [];
    for (const { sheet, errors, protection } of read) {
      const stale = findStaleInAreas(errors.areas.items);
      sopFormulas += stale.sopFormulas;
      if (stale.stale.length === 0) continue;
      const wasProtected = protection.protected;
      const options = wasProtected ? protection.options : undefined;
      if (wasProtected) protection.unprotect();
      for (const s of stale.stale) sheet.getRange(s.address).formulas = [[s.formula]];
      if (wasProtected) protection.protect(options);
      formulas += stale.stale.length;
      touched.push(sheet.name);
    }
    if (formulas === 0) return { formulas, sheets: touched, sopFormulas, syncs };
    onProgress(`Re-entering ${formulas} formulas`, 2, 3);
    await context.sync();
    onProgress("Done", 3, 3);
    return { formulas, sheets: touched, sopFormulas, syncs: syncs + 1 };
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
