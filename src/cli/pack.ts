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
import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import type { CycleData } from "../core/model";
import { isSopError } from "../core/errors";
import { sampleCycle } from "../data/sample";
import { addDeck } from "../deck";
import { formatIssue, importCsvFolder, writeCsvFolder, type ImportIssue } from "../io";
import { buildWorkbook } from "../layout/workbook";
import type { WorkbookSpec } from "../layout/types";
import { xlsxBytes } from "../render/xlsx";
import { PackArgs, parseArgs, USAGE } from "./args";
import { findSoffice, LIBREOFFICE_INSTALL } from "./libreoffice";
import { specReader } from "./named";
import { deckPdf, pdfPathFor } from "./pdf";
import { packSummary } from "./summary";

export interface PackIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Folder relative paths are resolved against. */
  readonly cwd: string;
  /** Environment (SOFFICE, PATH) for finding LibreOffice; default process.env. */
  readonly env?: NodeJS.ProcessEnv;
}

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
};

async function loadCycle(args: PackArgs, io: PackIo): Promise<CycleData | undefined> {
  if (args.csv === undefined) return sampleCycle();
  const dir = path.resolve(io.cwd, args.csv);
  const result = await importCsvFolder(dir);
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

/** The workbook spec of a cycle, with the executive deck first unless it is turned off. */
export function packSpec(data: CycleData, withDeck: boolean, warn: (text: string) => void): WorkbookSpec {
  const spec = buildWorkbook(data);
  if (!withDeck) return spec;
  const withSummary = addDeck(spec, specReader(spec));
  if (isSopError(withSummary)) {
    warn(`Warning: the executive summary sheet was left out (${withSummary.message}).`);
    return spec;
  }
  return withSummary;
}

/**
 * Writes through a temporary file next to the target, so a failed write never leaves a
 * half-written workbook: an unpredictable name, created exclusively ("wx": fails rather than
 * follow a symlink or reuse a file someone planted), renamed into place when complete (a
 * symlink at the target is replaced, never followed).
 */
async function writeAtomically(bytes: Uint8Array, file: string): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(8).toString("hex")}.tmp`);
  const handle = await fs.open(tmp, "wx");
  let renamed = false;
  try {
    try {
      await handle.writeFile(bytes);
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
    renamed = true;
  } finally {
    if (!renamed) await fs.rm(tmp, { force: true });
  }
}

/** Exit code of a pack whose workbook was written but whose PDF was not. */
export const EXIT_NO_PDF = 3;

/** `--pdf`: the Executive Summary printed by LibreOffice next to the workbook; resolves to the exit code. */
async function writePdf(spec: WorkbookSpec, out: string, io: PackIo): Promise<number> {
  const pdf = pdfPathFor(out);
  const found = await findSoffice(io.env ?? process.env);
  if (!found.ok) {
    io.stderr(
      `Error: no PDF was written: ${found.error}. To print the PDF, ${LIBREOFFICE_INSTALL}. The workbook ${out} was written.`,
    );
    return EXIT_NO_PDF;
  }
  try {
    await writeAtomically(await deckPdf(spec, found.path), path.resolve(io.cwd, pdf));
  } catch (e) {
    io.stderr(
      `Error: no PDF was written: ${e instanceof Error ? e.message : String(e)}. The workbook ${out} was written.`,
    );
    return EXIT_NO_PDF;
  }
  io.stdout(`Wrote ${pdf}: the executive summary, the meeting's pre-read (printed by ${found.path}).`);
  return 0;
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
  try {
    const data = await loadCycle(args, io);
    if (!data) return 1;
    if (args.exportCsv !== undefined) {
      const files = await writeCsvFolder(data, path.resolve(io.cwd, args.exportCsv));
      io.stdout(
        `Wrote ${files.length} CSV files to ${args.exportCsv}: ${files.map((f) => path.basename(f)).join(", ")}.`,
      );
      return 0;
    }
    const spec = packSpec(data, args.deck, io.stderr);
    const bytes = await xlsxBytes(spec, { customFunctions: args.plainFunctions ? "plain" : "xldudf" });
    await writeAtomically(bytes, path.resolve(io.cwd, args.out));
    io.stdout(packSummary(args.out, data, spec));
    return args.pdf ? await writePdf(spec, args.out, io) : 0;
  } catch (e) {
    io.stderr(`Error: the pack could not be written: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (require.main === module) {
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
