/**
 * Imports a cycle from a folder of CSV files into `CycleData`.
 *
 * Files: settings.csv, families.csv, actuals.csv, pipeline.csv, orders.csv, actions.csv
 * (all required; a file may hold only its header), overrides.csv, previous_consensus.csv and
 * kpis.csv (optional).
 * Every problem in every file is collected; the import yields data only when there are none.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { CycleData } from "../core/model";
import {
  familyResolver,
  readActions,
  readActuals,
  readFamilies,
  readOrders,
  readOverrides,
  readPipeline,
  readPreviousConsensus,
  readPreviousKpis,
  UNREADABLE_FAMILIES,
} from "./readers";
import { readSettings, SETTINGS_FILE } from "./settings";
import { decodeCsv } from "./encoding";
import type { ImportIssue } from "./table";
import { PLAN_HISTORY_FILE, readPlanHistory } from "./planHistory";

export const REQUIRED_FILES = [
  SETTINGS_FILE,
  "families.csv",
  "actuals.csv",
  "pipeline.csv",
  "orders.csv",
  "actions.csv",
] as const;
export const OPTIONAL_FILES = ["overrides.csv", "previous_consensus.csv", "kpis.csv"] as const;

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
  const pipeline = files["pipeline.csv"] !== undefined ? readPipeline(text("pipeline.csv"), resolve, issues) : [];
  const orders = files["orders.csv"] !== undefined ? readOrders(text("orders.csv"), resolve, issues) : [];
  const actions = files["actions.csv"] !== undefined ? readActions(text("actions.csv"), issues) : [];
  const previousConsensus =
    files["previous_consensus.csv"] !== undefined
      ? readPreviousConsensus(text("previous_consensus.csv"), resolve, settings, issues)
      : [];
  const previousKpis = files["kpis.csv"] !== undefined ? readPreviousKpis(text("kpis.csv"), issues) : [];
  const planArchive = files[PLAN_HISTORY_FILE] !== undefined ? readPlanHistory(text(PLAN_HISTORY_FILE), issues) : [];
  if (settings === undefined) return undefined;
  const { company, cycleMonth, historyMonths, horizonMonths, businessType, targets } = settings;
  return {
    config: { company, cycleMonth, historyMonths, horizonMonths, businessType, families, targets },
    actuals,
    overrides,
    pipeline,
    orders,
    actions,
    ...(previousConsensus.length > 0 ? { previousConsensus } : {}),
    ...(previousKpis.length > 0 ? { previousKpis } : {}),
    ...(planArchive.length > 0 ? { planArchive } : {}),
  };
}

async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

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
  names.forEach((n, i) => {
    const bytes = contents[i];
    if (bytes === undefined) return;
    const decoded = decodeCsv(bytes);
    files[n] = decoded.text;
    if (decoded.encoding !== "utf-8") {
      notices.push({
        file: n,
        warning: true,
        message:
          'not UTF-8; read as Windows-1252 (Western European, as Excel saves "CSV" on Windows). Save it as "CSV UTF-8" to be sure every character is right',
      });
    }
  });
  const result = importCycle(files);
  return { ...result, warnings: [...notices, ...result.warnings] };
}
