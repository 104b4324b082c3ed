/**
 * Test reference: the same workbook written by ExcelJS's in-memory writer (a whole
 * `ExcelJS.Workbook` model, then `writeBuffer`), from the renderer's own pieces (sheet options,
 * cell values, styles, validations, conditional formats, protection). The renderer writes with
 * ExcelJS's streaming writer instead; streaming.test.ts compares the two packages part by part.
 * No charts: the in-memory writer cannot write them.
 */
import ExcelJS from "exceljs";
import type { WorkbookSpec } from "../../../src/layout/types";
import { headerRowHeights } from "../../../src/layout/rowHeights";
import { cellRole, isUnlocked } from "../../../src/layout/styles";
import { colName } from "../../../src/layout/a1";
import type { CustomFunctionStorage } from "../../../src/render/xlsx";
import { LISTS_SHEET } from "../../../src/render/xlsx";
import { cellValue, setColumnWidths, sheetOptions, sheetProtection } from "../../../src/render/xlsx/sheet";
import { StyleCache } from "../../../src/render/xlsx/styles";
import { localRange, renderConditionalFormats, toDataValidation } from "../../../src/render/xlsx/validation";

interface InMemoryInternals {
  sheetProtection: unknown;
  dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void };
}

export async function inMemoryXlsx(spec: WorkbookSpec, storage: CustomFunctionStorage = "xldudf"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "S&OP Planner";
  wb.lastModifiedBy = "S&OP Planner";
  const styles = new StyleCache();
  const lists: Array<ReadonlyArray<string>> = [];
  const placed = new Map<string, string>();
  const placer = {
    place(values: ReadonlyArray<string>): string {
      const key = JSON.stringify(values);
      if (!placed.has(key)) {
        lists.push(values);
        const letters = colName(lists.length - 1);
        placed.set(key, `${LISTS_SHEET}!$${letters}$1:$${letters}$${Math.max(values.length, 1)}`);
      }
      return placed.get(key)!;
    },
  };
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name, sheetOptions(s));
    setColumnWidths(ws, s);
    for (const [row, height] of headerRowHeights(s)) ws.getRow(row + 1).height = height;
    // The in-memory way: a break under 1-based row r, from column A to the last column (XFD).
    for (const r of s.print?.rowBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak(0, 16384);
    s.cells.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (cell === null || cell === undefined) return;
        const target = ws.getCell(r + 1, c + 1);
        const role = cellRole(cell);
        target.value = cellValue(cell, storage, r, c);
        if (role !== undefined || cell.numberFormat !== undefined) target.style = styles.get(role, cell.numberFormat, !isUnlocked(cell));
      });
    });
    renderConditionalFormats(ws, s.conditionalFormats, storage);
    const internals = ws as unknown as InMemoryInternals;
    for (const v of s.validations) internals.dataValidations.add(localRange(v.range), toDataValidation(v, placer));
    internals.sheetProtection = sheetProtection(s);
  }
  if (lists.length > 0) {
    const ws = wb.addWorksheet(LISTS_SHEET, { state: "hidden" });
    lists.forEach((values, c) => values.forEach((v, r) => (ws.getCell(r + 1, c + 1).value = v)));
  }
  for (const n of spec.names) wb.definedNames.add(n.ref, n.name);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
