/**
 * The heavy part of `npm run pack`, loaded only once the arguments are read (so `--help` and
 * argument errors answer without loading the layout, the deck or ExcelJS): the workbook spec of
 * a cycle and the atomic write of the .xlsx file.
 */
import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import type { CycleData } from "../core/model";
import { isSopError } from "../core/errors";
import { addDeck } from "../deck";
import { buildWorkbook } from "../layout/workbook";
import type { WorkbookSpec } from "../layout/types";
import type { FamilyBaseline } from "../core/plan-model/types";
import { streamXlsx } from "../render/xlsx";
import { findSoffice, LIBREOFFICE_INSTALL } from "./libreoffice";
import { specReader } from "./named";
import { deckPdf, pdfPathFor } from "./pdf";

export { packSummary } from "./summary";
export { baselinesFor } from "./baselines";
export { writeCsvFolder } from "../io/export";

/**
 * The workbook spec of a cycle, with the executive deck first unless it is turned off;
 * `baselines` are the families' statistical baselines when computed beforehand (`baselinesFor`).
 */
export function packSpec(
  data: CycleData,
  withDeck: boolean,
  warn: (text: string) => void,
  baselines?: ReadonlyArray<FamilyBaseline>,
): WorkbookSpec {
  const spec = buildWorkbook(data, new Map(), baselines ? { baselines } : {});
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
 * symlink at the target is replaced, never followed). The workbook streams into it as it is
 * written.
 */
export async function writeAtomically(spec: WorkbookSpec, file: string, plain: boolean): Promise<void> {
  await writeThroughTemporary(file, (handle) =>
    streamXlsx(spec, handle.createWriteStream(), { customFunctions: plain ? "plain" : "xldudf" }),
  );
}

/** `writeAtomically` for bytes already made (the PDF). */
async function writeBytesAtomically(bytes: Uint8Array, file: string): Promise<void> {
  await writeThroughTemporary(file, (handle) => handle.writeFile(bytes));
}

/** Creates the temporary file, lets `write` fill it, closes it and renames it to `file`. */
async function writeThroughTemporary(file: string, write: (handle: fs.FileHandle) => Promise<void>): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(8).toString("hex")}.tmp`);
  const handle = await fs.open(tmp, "wx");
  let renamed = false;
  try {
    try {
      await write(handle);
    } finally {
      // A write stream has closed the handle when it finished; closing again does nothing.
      await handle.close();
    }
    await fs.rename(tmp, file);
    renamed = true;
  } finally {
    if (!renamed) await fs.rm(tmp, { force: true });
  }
}

/**
 * `--pdf`: the Executive Summary printed by LibreOffice next to the workbook (`out`, relative to
 * `cwd`). Says what was written, or why no PDF was (the workbook is written either way).
 */
export async function writePdf(
  spec: WorkbookSpec,
  out: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ readonly ok: true; readonly message: string } | { readonly ok: false; readonly error: string }> {
  const pdf = pdfPathFor(out);
  const found = await findSoffice(env);
  if (!found.ok) {
    return {
      ok: false,
      error: `Error: no PDF was written: ${found.error}. To print the PDF, ${LIBREOFFICE_INSTALL}. The workbook ${out} was written.`,
    };
  }
  try {
    await writeBytesAtomically(await deckPdf(spec, found.path), path.resolve(cwd, pdf));
  } catch (e) {
    return {
      ok: false,
      error: `Error: no PDF was written: ${e instanceof Error ? e.message : String(e)}. The workbook ${out} was written.`,
    };
  }
  return {
    ok: true,
    message: `Wrote ${pdf}: the executive summary, the meeting's pre-read (printed by ${found.path}).`,
  };
}
