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
import { renderXlsx } from "../render/xlsx";
import { specReader } from "./named";

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
 * symlink at the target is replaced, never followed).
 */
export async function writeAtomically(spec: WorkbookSpec, file: string, plain: boolean): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const bytes = await renderXlsx(spec, { customFunctions: plain ? "plain" : "xldudf" }).xlsx.writeBuffer();
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(8).toString("hex")}.tmp`);
  const handle = await fs.open(tmp, "wx");
  let renamed = false;
  try {
    try {
      await handle.writeFile(new Uint8Array(bytes));
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
    renamed = true;
  } finally {
    if (!renamed) await fs.rm(tmp, { force: true });
  }
}
