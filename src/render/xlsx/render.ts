/**
 * The headless renderer: a `WorkbookSpec` as an .xlsx file, written with ExcelJS's streaming
 * writer (stream.xlsx.WorkbookWriter): each sheet's rows are written, committed and deflated
 * (by Node's zlib) one after another into the zip stream, so neither an in-memory model of the
 * workbook nor the file is ever held whole.
 *
 * Everything the layout describes is written: cells with their styles, formulas with their cached
 * results (any viewer shows numbers before recalculating), widths, row heights, panes, page setup,
 * protection, validations, conditional formats, names, and the charts ExcelJS cannot write, as
 * native chart parts (charts.ts).
 */
import ExcelJS from "exceljs";
import { createWriteStream } from "fs";
import { Writable } from "stream";
import type { DataValidation } from "exceljs";
import type { WorkbookSpec } from "../../layout/types";
import { CustomFunctionStorage } from "./formula";
import { setColumnWidths, setRowBreaks, sheetOptions, sheetProtection, writeRows } from "./sheet";
import { StyleCache } from "./styles";
import { ListPlacer, localRange, renderConditionalFormats, toDataValidation } from "./validation";
import { colName } from "../../layout/a1";
import { chartPackage } from "./charts";
import { completeSheet, packageParts } from "./internals";

export interface RenderOptions {
  /** How `SOP.*` calls are stored; default "xldudf" (Excel's own spelling). */
  readonly customFunctions?: CustomFunctionStorage;
}

/** Name of the hidden sheet that holds validation lists too long to write inline. */
export const LISTS_SHEET = "SOP_Lists";

/** Each distinct long list once, one column per list, for a hidden sheet written after the others. */
function listPlacer(): ListPlacer & { readonly lists: ReadonlyArray<ReadonlyArray<string>> } {
  const lists: Array<ReadonlyArray<string>> = [];
  const placed = new Map<string, string>();
  return {
    lists,
    place(values) {
      const key = JSON.stringify(values);
      const known = placed.get(key);
      if (known) return known;
      lists.push(values);
      const letters = colName(lists.length - 1);
      const ref = `${LISTS_SHEET}!$${letters}$1:$${letters}$${Math.max(values.length, 1)}`;
      placed.set(key, ref);
      return ref;
    },
  };
}

/**
 * Writes the .xlsx file of `spec` into `out`; resolves when the whole file is written, rejects
 * when `out` fails (a full disk).
 */
export async function streamXlsx(spec: WorkbookSpec, out: Writable, options: RenderOptions = {}): Promise<void> {
  const failed = new Promise<never>((_, reject) => out.once("error", reject));
  await Promise.race([writeWorkbook(spec, out, options), failed]);
}

async function writeWorkbook(spec: WorkbookSpec, out: Writable, options: RenderOptions): Promise<void> {
  const storage = options.customFunctions ?? "xldudf";
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: true,
    useStyles: true,
    // Level 5: on the 1,000-family pack's 168 MB of sheet XML, zlib's default level 6 takes 3.1 s
    // of CPU for 20.1 MB, level 5 1.7 s for 20.3 MB, level 1 (the zip stream's own default)
    // 0.8 s for 25.3 MB: 5 is nearly 6's file at about half its time.
    zip: { zlib: { level: 5 } },
  });
  wb.creator = "S&OP Planner";
  wb.lastModifiedBy = "S&OP Planner";
  const parts = packageParts(wb);
  const charts = chartPackage(spec);
  if (charts.parts.length > 0) {
    parts.edit("[Content_Types].xml", (xml) => xml.replace("</Types>", `${charts.contentTypes}</Types>`));
  }
  const styles = new StyleCache();
  // The long lists are known before any sheet is written, so their sheet can come last.
  const lists = listPlacer();
  const validations = spec.sheets.map((s) =>
    s.validations.map((v): [string, DataValidation] => [localRange(v.range), toDataValidation(v, lists)]),
  );
  for (const [i, s] of spec.sheets.entries()) {
    const ws = wb.addWorksheet(s.name, sheetOptions(s));
    setColumnWidths(ws, s);
    setRowBreaks(ws, s);
    await writeRows(ws, s, styles, storage);
    renderConditionalFormats(ws, s.conditionalFormats, storage);
    completeSheet(ws, validations[i], sheetProtection(s), charts.drawings.get(i) ?? null);
    ws.commit();
  }
  if (lists.lists.length > 0) {
    const ws = wb.addWorksheet(LISTS_SHEET, { state: "hidden" });
    const rows = Math.max(...lists.lists.map((l) => l.length));
    for (let r = 0; r < rows; r++) {
      const row = ws.getRow(r + 1);
      lists.lists.forEach((l, c) => {
        if (r < l.length) row.getCell(c + 1).value = l[r];
      });
      row.commit();
    }
    ws.commit();
  }
  for (const n of spec.names) wb.definedNames.add(n.ref, n.name);
  for (const p of charts.parts) parts.add(p.name, p.xml);
  await wb.commit();
}

/** The .xlsx file of `spec`, charts included, as bytes. */
export async function xlsxBytes(spec: WorkbookSpec, options: RenderOptions = {}): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await streamXlsx(spec, sink, options);
  return new Uint8Array(Buffer.concat(chunks));
}

/** Renders `spec` and writes it to `path` (.xlsx), charts included. */
export async function writeXlsx(spec: WorkbookSpec, path: string, options: RenderOptions = {}): Promise<void> {
  await streamXlsx(spec, createWriteStream(path), options);
}
