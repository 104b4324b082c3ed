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
import type { ImportIssue } from "./table";

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

export type ImportResult =
  { readonly ok: true; readonly data: CycleData } | { readonly ok: false; readonly issues: ReadonlyArray<ImportIssue> };

/** Validates and converts the texts of a cycle's CSV files (no file system access). */
export function importCycle(files: CsvFiles): ImportResult {
  const issues: ImportIssue[] = [];
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
  if (issues.length > 0 || settings === undefined) {
    return {
      ok: false,
      issues: issues.length > 0 ? issues : [{ file: SETTINGS_FILE, message: "settings could not be read" }],
    };
  }
  const { company, cycleMonth, historyMonths, horizonMonths, businessType, targets } = settings;
  return {
    ok: true,
    data: {
      config: { company, cycleMonth, historyMonths, horizonMonths, businessType, families, targets },
      actuals,
      overrides,
      pipeline,
      orders,
      actions,
      ...(previousConsensus.length > 0 ? { previousConsensus } : {}),
      ...(previousKpis.length > 0 ? { previousKpis } : {}),
    },
  };
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

/** Reads the CSV files of `dir` and imports them (see `importCycle`). */
export async function importCsvFolder(dir: string): Promise<ImportResult> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat || !stat.isDirectory()) {
    return { ok: false, issues: [{ file: dir, message: "not a folder; expected a folder of CSV files" }] };
  }
  const names = [...REQUIRED_FILES, ...OPTIONAL_FILES];
  const texts = await Promise.all(names.map((n) => readIfExists(path.join(dir, n))));
  const files: Record<string, string | undefined> = {};
  names.forEach((n, i) => {
    files[n] = texts[i];
  });
  return importCycle(files);
}
