/**
 * Imports a cycle from a folder of CSV files into `CycleData`.
 *
 * Files: settings.csv, families.csv, actuals.csv, pipeline.csv, orders.csv, actions.csv
 * (all required; a file may hold only its header), overrides.csv, previous_consensus.csv,
 * kpis.csv, kpi_history.csv, budget.csv, prices.csv, production_actuals.csv and plan_history.csv (optional).
 * Every problem in every file is collected; the import yields data only when there are none.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { CycleData } from "../core/model";
import {
  readActions,
  readActuals,
  readOrders,
  readOverrides,
  readPipeline,
  readPreviousConsensus,
  readPreviousKpis,
} from "./readers";
import { familyResolver, readFamilies, tooManyFamilies, UNREADABLE_FAMILIES } from "./families";
import { parseCsv } from "./csv";
import { readSettings, SETTINGS_FILE } from "./settings";
import { decodeCsv } from "./encoding";
import type { ImportIssue } from "./table";
import { PLAN_HISTORY_FILE, readPlanHistory } from "./planHistory";
import { KPI_HISTORY_FILE, readKpiHistory } from "./kpiHistory";
import { BUDGET_FILE, readBudget } from "./budget";
import { PRICES_FILE, readPrices } from "./prices";
import { PRODUCTION_FILE, readProduction } from "./production";
import { readResources, readRoutings, RESOURCES_FILE, ROUTINGS_FILE } from "./capacity";

export const REQUIRED_FILES = [
  SETTINGS_FILE,
  "families.csv",
  "actuals.csv",
  "pipeline.csv",
  "orders.csv",
  "actions.csv",
] as const;
export const OPTIONAL_FILES = [
  "overrides.csv",
  "supply_plan.csv",
  "previous_consensus.csv",
  "kpis.csv",
  KPI_HISTORY_FILE,
  BUDGET_FILE,
  PRICES_FILE,
  PRODUCTION_FILE,
  RESOURCES_FILE,
  ROUTINGS_FILE,
] as const;

/** File name -> text; a missing required file is an error, a missing optional one is empty. */
export type CsvFiles = Readonly<Record<string, string | undefined>>;

/** `warnings` were fixed on the way (e.g. a file read as Windows-1252); `issues` stop the import. */
export type ImportResult = { readonly warnings: ReadonlyArray<ImportIssue> } & (
  { readonly ok: true; readonly data: CycleData } | { readonly ok: false; readonly issues: ReadonlyArray<ImportIssue> }
);

/** Validates and converts the texts of a cycle's CSV files (no file system access). */
export function importCycle(files: CsvFiles): ImportResult {
  const found: ImportIssue[] = [];
  const result = importInto(files, found);
  const warnings = found.filter((i) => i.warning === true);
  const issues = found.filter((i) => i.warning !== true);
  if (issues.length > 0 || result === undefined) {
    return {
      ok: false,
      warnings,
      issues: issues.length > 0 ? issues : [{ file: SETTINGS_FILE, message: "settings could not be read" }],
    };
  }
  return { ok: true, warnings, data: result };
}

function importInto(files: CsvFiles, issues: ImportIssue[]): CycleData | undefined {
  for (const name of REQUIRED_FILES) {
    if (files[name] === undefined)
      issues.push({ file: name, message: "file not found; every cycle folder needs it (a header row is enough)" });
  }
  const text = (name: string): string => files[name] ?? "";
  const settings = files[SETTINGS_FILE] !== undefined ? readSettings(text(SETTINGS_FILE), issues) : undefined;
  const familyFile =
    files["families.csv"] !== undefined ? readFamilies(text("families.csv"), issues) : UNREADABLE_FAMILIES;
  const resolve = familyResolver(familyFile);
  const families = familyFile.families;
  const actuals = files["actuals.csv"] !== undefined ? readActuals(text("actuals.csv"), resolve, settings, issues) : [];
  const overrides =
    files["overrides.csv"] !== undefined ? readOverrides(text("overrides.csv"), resolve, settings, issues) : [];
  const supplyPlan =
    files["supply_plan.csv"] !== undefined
      ? readOverrides(text("supply_plan.csv"), resolve, settings, issues, "supply_plan.csv")
      : [];
  const pipeline = files["pipeline.csv"] !== undefined ? readPipeline(text("pipeline.csv"), resolve, issues) : [];
  const orders = files["orders.csv"] !== undefined ? readOrders(text("orders.csv"), resolve, issues) : [];
  const actions = files["actions.csv"] !== undefined ? readActions(text("actions.csv"), issues) : [];
  const previousConsensus =
    files["previous_consensus.csv"] !== undefined
      ? readPreviousConsensus(text("previous_consensus.csv"), resolve, settings, issues)
      : [];
  const previousKpis = files["kpis.csv"] !== undefined ? readPreviousKpis(text("kpis.csv"), issues) : [];
  const kpiHistory =
    files[KPI_HISTORY_FILE] !== undefined ? readKpiHistory(text(KPI_HISTORY_FILE), settings, issues) : [];
  const budget = files[BUDGET_FILE] !== undefined ? readBudget(text(BUDGET_FILE), resolve, issues) : [];
  const prices = files[PRICES_FILE] !== undefined ? readPrices(text(PRICES_FILE), resolve, settings, issues) : [];
  const productionActuals =
    files[PRODUCTION_FILE] !== undefined ? readProduction(text(PRODUCTION_FILE), resolve, settings, issues) : [];
  const resources =
    files[RESOURCES_FILE] !== undefined ? readResources(text(RESOURCES_FILE), settings, issues) : undefined;
  const routings =
    files[ROUTINGS_FILE] !== undefined ? readRoutings(text(ROUTINGS_FILE), resolve, resources, issues) : [];
  const planArchive = files[PLAN_HISTORY_FILE] !== undefined ? readPlanHistory(text(PLAN_HISTORY_FILE), issues) : [];
  if (settings === undefined) return undefined;
  const { company, cycleMonth, historyMonths, horizonMonths, businessType, targets, finance, supplyPolicy, scenarios } =
    settings;
  return {
    config: {
      company,
      cycleMonth,
      historyMonths,
      horizonMonths,
      businessType,
      families,
      targets,
      ...(finance ? { finance } : {}),
      ...(supplyPolicy ? { supplyPolicy } : {}),
      ...(scenarios ? { scenarios } : {}),
    },
    actuals,
    overrides,
    pipeline,
    orders,
    actions,
    ...(previousConsensus.length > 0 ? { previousConsensus } : {}),
    ...(previousKpis.length > 0 ? { previousKpis } : {}),
    ...(kpiHistory.length > 0 ? { kpiHistory } : {}),
    ...(supplyPlan.length > 0 ? { supplyPlan } : {}),
    ...(planArchive.length > 0 ? { planArchive } : {}),
    ...(budget.length > 0 ? { budget } : {}),
    ...(prices.length > 0 ? { prices } : {}),
    ...(productionActuals.length > 0 ? { productionActuals } : {}),
    ...(resources !== undefined && resources.length > 0 ? { resources } : {}),
    ...(routings.length > 0 ? { routings } : {}),
  };
}

/**
 * Lines one CSV file may have (header included). The pack is built in memory, every row of a
 * list file is a row of its sheet, and Excel holds at most 1,048,576 rows per sheet; at this many
 * rows (order lines) the pack still builds, in about 3 GB (README, Benchmarks); a million would
 * run out of memory.
 */
export const MAX_CSV_LINES = 250_000;

const CHUNK = 1 << 20;

/** A file's bytes, or its line count alone once it has more than `MAX_CSV_LINES` lines (the rest is counted, not kept). */
type FileRead = { readonly bytes: Buffer } | { readonly lines: number };

/** Reads a file in chunks, counting line ends; undefined when it does not exist. */
async function readIfExists(file: string): Promise<FileRead | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, "r");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
  try {
    const chunks: Buffer[] = [];
    let lines = 0;
    let last = 0x0a;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      for (let i = chunk.indexOf(0x0a); i >= 0 && i < bytesRead; i = chunk.indexOf(0x0a, i + 1)) lines++;
      last = chunk[bytesRead - 1];
      if (lines <= MAX_CSV_LINES) chunks.push(chunk.subarray(0, bytesRead));
      else chunks.length = 0;
    }
    const total = lines + (last === 0x0a ? 0 : 1);
    return total > MAX_CSV_LINES ? { lines: total } : { bytes: Buffer.concat(chunks) };
  } finally {
    await handle.close();
  }
}

const count = (n: number): string => n.toLocaleString("en-US");

/** Reads the CSV files of `dir` and imports them (see `importCycle`). */
export async function importCsvFolder(dir: string): Promise<ImportResult> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat || !stat.isDirectory()) {
    return {
      ok: false,
      warnings: [],
      issues: [{ file: dir, message: "not a folder; expected a folder of CSV files" }],
    };
  }
  const names = [...REQUIRED_FILES, ...OPTIONAL_FILES, PLAN_HISTORY_FILE];
  const contents = await Promise.all(names.map((n) => readIfExists(path.join(dir, n))));
  const files: Record<string, string | undefined> = {};
  const notices: ImportIssue[] = [];
  const tooLong: ImportIssue[] = [];
  let tooMany: ImportIssue | undefined;
  names.forEach((n, i) => {
    const read = contents[i];
    if (read === undefined) return;
    if ("lines" in read) {
      tooLong.push({
        file: n,
        message: `the file has ${count(read.lines)} lines; a pack reads at most ${count(MAX_CSV_LINES)} lines per file (Excel holds at most 1,048,576 rows per sheet, and the workbook is built in memory). Keep the rows the plan needs (e.g. the last 12 months of order lines) or split the cycle`,
      });
      return;
    }
    const decoded = decodeCsv(read.bytes);
    files[n] = decoded.text;
    if (n === "families.csv") tooMany = tooManyFamilies(parseCsv(decoded.text).records.length - 1);
    if (decoded.encoding !== "utf-8") {
      notices.push({
        file: n,
        warning: true,
        message:
          'not UTF-8; read as Windows-1252 (Western European, as Excel saves "CSV" on Windows). Save it as "CSV UTF-8" to be sure every character is right',
      });
    }
  });
  // Too many families is the cause to report (their other files are long because of them), before parsing anything else.
  if (tooMany) return { ok: false, warnings: notices, issues: [tooMany] };
  if (tooLong.length > 0) return { ok: false, warnings: notices, issues: tooLong };
  const result = importCycle(files);
  return { ...result, warnings: [...notices, ...result.warnings] };
}
