/**
 * `npm run pack`: the S&OP planning workbook as an .xlsx file, without Excel.
 *
 *   npm run pack                          the bundled sample company -> out/sop-pack.xlsx
 *   npm run pack -- --out plan.xlsx       choose the file
 *   npm run pack -- --csv my-cycle/       import a folder of CSV files
 *   npm run pack -- --pdf                 also the Executive Summary as a PDF (LibreOffice)
 *
 * Exit codes: 0 written; 1 import or write failed (nothing is written); 2 bad arguments;
 * 3 the workbook was written but the PDF was not (LibreOffice missing or failing).
 */
import * as path from "path";
import type { CycleData } from "../core/model";
import type { ImportIssue } from "../io/table";
import { formatIssue } from "../io/table";
import { PackArgs, parseArgs, USAGE } from "./args";

export interface PackIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Folder relative paths are resolved against. */
  readonly cwd: string;
  /** One line per stage of a run (reading, laying out, writing, done); absent = no progress lines. */
  readonly progress?: (text: string) => void;
  /** Environment (SOFFICE, PATH) for finding LibreOffice; default process.env. */
  readonly env?: NodeJS.ProcessEnv;
}

/** Exit code of a pack whose workbook was written but whose PDF was not. */
export const EXIT_NO_PDF = 3;

/**
 * The folder the user ran the command in: npm runs scripts in the package's folder and passes
 * the folder `npm run` was typed in as INIT_CWD, so `--out`, `--csv` and `--export-csv` are
 * relative to where the user is, also from a subfolder.
 */
export function invocationDir(env: NodeJS.ProcessEnv, cwd: string): string {
  const init = env.INIT_CWD;
  return init !== undefined && init !== "" ? init : cwd;
}

const processIo: PackIo = {
  stdout: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  stderr: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  cwd: invocationDir(process.env, process.cwd()),
  progress: (t) => process.stderr.write(`${t}\n`),
};

async function loadCycle(args: PackArgs, io: PackIo): Promise<CycleData | undefined> {
  if (args.csv === undefined) return (await import("../data/sample")).sampleCycle();
  const dir = path.resolve(io.cwd, args.csv);
  const result = await (await import("../io/import")).importCsvFolder(dir);
  if (result.warnings.length > 0) io.stderr(importWarnings(result.warnings).join("\n"));
  if (result.ok) return result.data;
  io.stderr(importFailure(args.csv, result.issues).join("\n"));
  return undefined;
}

/** At most this many problems (and as many warnings) are listed; the rest are counted per file. */
export const MAX_LISTED_PROBLEMS = 50;

const count = (n: number): string => n.toLocaleString("en-US");

/** Up to `MAX_LISTED_PROBLEMS` issues, one per line, then a count of the rest per file. */
function listIssues(issues: ReadonlyArray<ImportIssue>, prefix: string): string[] {
  const rest = issues.slice(MAX_LISTED_PROBLEMS);
  const perFile = new Map<string, number>();
  for (const i of rest) perFile.set(i.file, (perFile.get(i.file) ?? 0) + 1);
  const files = [...perFile].map(([file, k]) => `${file}: ${count(k)}`).join(", ");
  return [
    ...issues.slice(0, MAX_LISTED_PROBLEMS).map((i) => `${prefix}${formatIssue(i)}`),
    ...(rest.length > 0 ? [`${prefix}and ${count(rest.length)} more like this (${files})`] : []),
  ];
}

/** The lines reporting a failed import: at most `MAX_LISTED_PROBLEMS` problems, then a count of the rest. */
export function importFailure(folder: string, issues: ReadonlyArray<ImportIssue>): string[] {
  const n = issues.length;
  return [
    `Cannot import ${folder}: ${count(n)} ${n === 1 ? "problem" : "problems"}.`,
    ...listIssues(issues, "  "),
    "Nothing was written. Fix the files and run the command again.",
  ];
}

/** The lines reporting what the import fixed on the way (the import goes on). */
export function importWarnings(warnings: ReadonlyArray<ImportIssue>): string[] {
  return listIssues(warnings, "Warning: ");
}

/** Runs the command; resolves to the exit code. */
export async function runPack(argv: ReadonlyArray<string>, io: PackIo = processIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`Error: ${parsed.error}.\n\n${USAGE}`);
    return 2;
  }
  const args = parsed.args;
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  const started = Date.now();
  const progress = (text: string): void => {
    if (!args.quiet) io.progress?.(text);
  };
  try {
    progress(args.csv === undefined ? "Reading the sample company..." : `Reading ${args.csv}...`);
    const data = await loadCycle(args, io);
    if (!data) return 1;
    const build = await import("./build");
    if (args.exportCsv !== undefined) {
      progress(`Writing CSV files to ${args.exportCsv}...`);
      const files = await build.writeCsvFolder(data, path.resolve(io.cwd, args.exportCsv));
      progress(doneIn(started));
      io.stdout(
        `Wrote ${files.length} CSV files to ${args.exportCsv}: ${files.map((f) => path.basename(f)).join(", ")}.`,
      );
      return 0;
    }
    const c = data.config;
    progress(
      `Laying out ${count(c.families.length)} ${c.families.length === 1 ? "family" : "families"} x ` +
        `${c.historyMonths + c.horizonMonths} months (statistical baseline, plan, deck)...`,
    );
    const spec = build.packSpec(data, args.deck, io.stderr, await build.baselinesFor(data));
    progress(`Writing ${args.out}...`);
    await build.writeAtomically(spec, path.resolve(io.cwd, args.out), args.plainFunctions);
    if (args.pdf) progress("Printing the executive summary to PDF...");
    const pdf = args.pdf ? await build.writePdf(spec, args.out, io.cwd, io.env ?? process.env) : null;
    progress(doneIn(started));
    io.stdout(build.packSummary(args.out, data, spec));
    if (pdf === null) return 0;
    if (!pdf.ok) {
      io.stderr(pdf.error);
      return EXIT_NO_PDF;
    }
    io.stdout(pdf.message);
    return 0;
  } catch (e) {
    io.stderr(`Error: the pack could not be written: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

const doneIn = (started: number): string => `Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`;

/** Runs the command as a program (bin/pack.js): the exit code becomes the process's. */
export function main(): void {
  runPack(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) main();
