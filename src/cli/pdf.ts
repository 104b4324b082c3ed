/**
 * The PDF pre-read of `npm run pack -- --pdf`: the Executive Summary alone, printed by
 * LibreOffice headless from a one-sheet copy of the pack (so no other sheet, and through the
 * deck's print area no appendix, reaches the PDF), charts included.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { DECK_SHEET_NAME } from "../deck";
import type { WorkbookSpec } from "../layout/types";
import { writeXlsx } from "../render/xlsx";
import { convertWith } from "./libreoffice";

/** The workbook holding only the deck sheet (its charts read its own appendix). */
export function deckOnly(spec: WorkbookSpec): WorkbookSpec {
  const deck = spec.sheets.find((s) => s.name === DECK_SHEET_NAME);
  if (deck === undefined) throw new Error(`the pack has no ${DECK_SHEET_NAME} sheet to print`);
  return { sheets: [deck], names: [] };
}

/** The PDF path that goes with an .xlsx path: same folder and name, ".pdf". */
export function pdfPathFor(xlsx: string): string {
  return xlsx.replace(/\.xlsx$/i, "") + ".pdf";
}

/** Prints the pack's Executive Summary with LibreOffice (`soffice`); resolves to the PDF's bytes. */
export async function deckPdf(spec: WorkbookSpec, soffice: string): Promise<Uint8Array> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-pdf-"));
  try {
    const xlsx = path.join(dir, "executive-summary.xlsx");
    await writeXlsx(deckOnly(spec), xlsx);
    return new Uint8Array(await fs.readFile(await convertWith(soffice, xlsx, "pdf", dir)));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
