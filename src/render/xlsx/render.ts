/**
 * The headless renderer: a `WorkbookSpec` as an ExcelJS workbook / .xlsx file.
 *
 * Everything the layout describes is written: ExcelJS writes the cells, styles, names and page
 * setup, and `addCharts` adds the charts ExcelJS cannot write as native chart parts
 * (charts.ts). Formulas carry their cached results, so any viewer shows numbers before
 * recalculating.
 */
import ExcelJS from "exceljs";
import { writeFile } from "fs/promises";
import type { WorkbookSpec } from "../../layout/types";
import { CustomFunctionStorage } from "./formula";
import { renderSheet } from "./sheet";
import { StyleCache } from "./styles";
import { ListPlacer, renderRules } from "./validation";
import { colName } from "../../layout/a1";
import { addCharts } from "./charts";

export interface RenderOptions {
  /** How `SOP.*` calls are stored; default "xldudf" (Excel's own spelling). */
  readonly customFunctions?: CustomFunctionStorage;
}

/** Name of the hidden sheet that holds validation lists too long to write inline. */
export const LISTS_SHEET = "SOP_Lists";

/** Writes each distinct long list once, one column per list, on a hidden sheet created on demand. */
function listPlacer(wb: ExcelJS.Workbook): ListPlacer {
  let sheet: ExcelJS.Worksheet | undefined;
  const placed = new Map<string, string>();
  return {
    place(values) {
      const key = JSON.stringify(values);
      const known = placed.get(key);
      if (known) return known;
      if (!sheet) sheet = wb.addWorksheet(LISTS_SHEET, { state: "hidden" });
      const col = placed.size + 1;
      values.forEach((v, i) => {
        sheet!.getCell(i + 1, col).value = v;
      });
      const letters = colName(col - 1);
      const ref = `${LISTS_SHEET}!$${letters}$1:$${letters}$${Math.max(values.length, 1)}`;
      placed.set(key, ref);
      return ref;
    },
  };
}

/** Builds the ExcelJS workbook for `spec` (nothing is written to disk). */
export function renderXlsx(spec: WorkbookSpec, options: RenderOptions = {}): ExcelJS.Workbook {
  const storage = options.customFunctions ?? "xldudf";
  const wb = new ExcelJS.Workbook();
  wb.creator = "S&OP Planner";
  const styles = new StyleCache();
  const lists = listPlacer(wb);
  const sheets = spec.sheets.map((s) => {
    const ws = wb.addWorksheet(s.name);
    renderSheet(ws, s, styles, storage);
    return { ws, s };
  });
  for (const { ws, s } of sheets) renderRules(ws, s.validations, s.conditionalFormats, lists, storage);
  for (const n of spec.names) wb.definedNames.add(n.ref, n.name);
  return wb;
}

/** The .xlsx file of `spec`, charts included (ExcelJS's workbook, then the chart parts). */
export async function xlsxBytes(spec: WorkbookSpec, options: RenderOptions = {}): Promise<Uint8Array> {
  const written = await renderXlsx(spec, options).xlsx.writeBuffer();
  return new Uint8Array(await addCharts(written as ArrayBuffer, spec));
}

/** Renders `spec` and writes it to `path` (.xlsx), charts included. */
export async function writeXlsx(spec: WorkbookSpec, path: string, options: RenderOptions = {}): Promise<void> {
  await writeFile(path, await xlsxBytes(spec, options));
}
