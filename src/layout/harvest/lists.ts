/** List sheets (Pipeline, Orders, Actions), the KPIs sheet, the plan archive and Kept inputs. */
import { KPI_DEFS } from "../../core/plan-model/kpis";
import { keys } from "../keys";
import { monthOf } from "../read";
import { Found, SheetReader, claimAbove, columnsOf, headerRow, norm } from "../sheetReader";
import { KPI_HEADERS } from "../sheets/kpis";
import { ARCHIVE_COLS, ARCHIVE_HEADERS, ArchiveCol } from "../sheets/archive";
import { ARCHIVE_FIELDS } from "../archive";
import type { Grids } from "./grid";
import { RESOURCE_HEADERS } from "../sheets/resources";

/** The KPI values the KPIs sheet shows, by KPI id (numbers only). */
export function kpiValues(grids: Grids): Map<string, number> {
  const out = new Map<string, number>();
  const values = grids.values.get("KPIs");
  if (values === undefined) return out;
  const s = new SheetReader("KPIs", values, undefined);
  const header = headerRow(s, (r, c) => KPI_HEADERS.some((h) => norm(h) === norm(s.text(r, c))), 3);
  const col = header === null ? undefined : columnsOf(s, header).get("value");
  if (header === null || col === undefined) return out;
  const ids = new Map(KPI_DEFS.map((d) => [norm(d.name), d.id]));
  for (let r = header + 1; r < s.rows; r++) {
    const id = ids.get(norm(s.text(r, 0)));
    const v = s.value(r, col);
    if (id !== undefined && typeof v === "number" && !out.has(id)) out.set(id, v);
  }
  return out;
}

/**
 * A list sheet: fields by header; every row keeps its place below the header (a blank row stays
 * a blank row, a sorted list reads back in its new order, a row typed below the last one is
 * read too).
 */
export function list(
  s: SheetReader,
  out: Found[],
  headers: ReadonlyArray<string>,
  fields: ReadonlyArray<string>,
  keyOf: (row: number, field: string) => string,
  computed: ReadonlyArray<string> = [],
): void {
  const wanted = new Map(headers.map((h, i) => [norm(h), fields[i]]));
  const header = headerRow(s, (r, c) => wanted.has(norm(s.text(r, c))), 2);
  if (header === null) return;
  claimAbove(s, header);
  const cols: Array<[string, number]> = [];
  for (let c = 0; c < s.width(header); c++) {
    const f = wanted.get(norm(s.text(header, c)));
    if (f === undefined || cols.some(([g]) => g === f)) continue;
    s.claim(header, c);
    cols.push([f, c]);
  }
  for (let r = header + 1; r < s.rows; r++) {
    for (const [f, c] of cols) {
      if (computed.includes(f)) s.claim(r, c);
      else s.take(out, keyOf(r - header, f), r, c);
    }
  }
}

export function kpis(s: SheetReader, out: Found[]): void {
  const header = headerRow(s, (r, c) => KPI_HEADERS.some((h) => norm(h) === norm(s.text(r, c))), 3);
  if (header === null) return;
  const cols = columnsOf(s, header);
  const fieldCols: Array<[string, number | undefined]> = [
    ["target", cols.get("target")],
    ["previous", cols.get("previous")],
    ["band", cols.get("watch band")],
  ];
  const valueCol = cols.get("value");
  // The trend's earlier cycle months, by their headers (this cycle's column is no input).
  const trendCols: Array<[string, number]> = [];
  for (let c = 0; c < s.width(header); c++) {
    const month = monthOf(s.value(header, c));
    if (month !== null) trendCols.push([month, c]);
  }
  const ids = new Map(KPI_DEFS.map((d) => [norm(d.name), d.id]));
  const wc = new Map([
    [norm("Trade receivables"), "receivables"],
    [norm("Trade payables"), "payables"],
  ]);
  for (let r = header + 1; r < s.rows; r++) {
    const label = norm(s.text(r, 0));
    const id = ids.get(label);
    if (id !== undefined) {
      for (const [field, c] of fieldCols) if (c !== undefined) s.take(out, keys.kpi(field, id), r, c);
      for (const [month, c] of trendCols) s.take(out, keys.kpiTrend(id, month), r, c);
      continue;
    }
    const input = wc.get(label);
    if (input !== undefined && valueCol !== undefined) s.take(out, keys.kpiInput(input), r, valueCol);
  }
}

/**
 * The plan archive: each row by its cycle month, family and target month (the identifiers read
 * from their columns, found by header), its fields by their headers. A row without the three
 * identifiers is not the layout's: what it holds is the user's own (kept as a note).
 */
export function archive(s: SheetReader, out: Found[]): void {
  const byHeader = new Map(ARCHIVE_COLS.map((c) => [norm(ARCHIVE_HEADERS[c]), c]));
  const header = headerRow(s, (r, c) => byHeader.has(norm(s.text(r, c))), 3);
  if (header === null) return;
  claimAbove(s, header);
  const cols = new Map<ArchiveCol, number>();
  for (let c = 0; c < s.width(header); c++) {
    const col = byHeader.get(norm(s.text(header, c)));
    if (col === undefined || cols.has(col)) continue;
    s.claim(header, c);
    cols.set(col, c);
  }
  const at = (col: ArchiveCol): number => cols.get(col) ?? -1;
  for (let r = header + 1; r < s.rows; r++) {
    const cycle = monthOf(s.value(r, at("cycle")));
    const target = monthOf(s.value(r, at("target")));
    const family = s.text(r, at("family"));
    if (cycle === null || target === null || family === "") continue;
    for (const col of ARCHIVE_COLS) {
      const c = cols.get(col);
      if (c === undefined) continue;
      if ((ARCHIVE_FIELDS as ReadonlyArray<string>).includes(col))
        s.take(out, keys.archive(cycle, target, col, family), r, c);
      else s.claim(r, c);
    }
  }
}

export function kept(s: SheetReader, out: Found[]): void {
  claimAbove(s, 4);
  s.claimRow(3);
  for (let r = 4; r < s.rows; r++) {
    const key = s.text(r, 0);
    s.claim(r, 0);
    s.claim(r, 1);
    s.claim(r, 3);
    s.claim(r, 4);
    if (key === "" || !key.includes("|")) continue;
    const formula = s.text(r, 3);
    const origin = s.text(r, 4);
    const found: Found[] = [];
    s.take(found, key, r, 2);
    for (const f of found)
      out.push({ ...f, ...(formula.startsWith("=") ? { formula } : {}), ...(origin !== "" ? { origin } : {}) });
  }
}

/**
 * The Resources sheet: a list (each row by its number below the header) whose resource and
 * capacity columns are found by header, and whose months are found by the month in the header.
 */
export function resources(s: SheetReader, out: Found[]): void {
  const wanted = new Map([
    [norm(RESOURCE_HEADERS.resource), "resource"],
    [norm(RESOURCE_HEADERS.capacity), "capacity"],
  ]);
  const header = headerRow(s, (r, c) => wanted.has(norm(s.text(r, c))), 2);
  if (header === null) return;
  claimAbove(s, header);
  const cols: Array<[string, number]> = [];
  for (let c = 0; c < s.width(header); c++) {
    const field = wanted.get(norm(s.text(header, c))) ?? monthOf(s.value(header, c));
    if (field === undefined || field === null || cols.some(([f]) => f === field)) continue;
    s.claim(header, c);
    cols.push([field, c]);
  }
  for (let r = header + 1; r < s.rows; r++) for (const [f, c] of cols) s.take(out, keys.resource(r - header, f), r, c);
}
