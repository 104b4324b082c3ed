/**
 * Reading what is already in the workbook: each requested sheet's values (and, for a rebuild,
 * formulas) from A1, in three round trips:
 * 1. the sheets and names collections (what exists; nothing is reached through an object that
 *    may not exist, which Excel refuses);
 * 2. the used range's address of each sheet to read, with the protection and charts the writer
 *    needs (and whatever the caller adds, e.g. named ranges known to exist);
 * 3. the cells, in requests sized from those addresses before reading.
 */
import type { CellValue } from "../../layout/types";
import { parseRect, splitReference } from "./a1";
import { queueInventory, queueLists, rememberInventory, renameInInventory, type WorkbookLists } from "./inventory";
import { sheetAnchor } from "../../layout/names";
import { errorCode } from "./errors";

/**
 * Cells per read request. Excel reads at most 5,000,000 cells in one request, and Excel on the
 * web answers at most 5 MB per response ("Resource limits and performance optimization for
 * Office Add-ins"). At about 20 bytes a value, 150,000 cells (75,000 when formulas come too)
 * keep a response near 3 MB on every platform; a band that is still too large (long texts) is
 * split and read again.
 */
export const CELLS_PER_READ = 150_000;

/** A layout sheet the user renamed: its title now (`from`) and the layout's (`to`). */
export interface RenamedSheet {
  readonly from: string;
  readonly to: string;
}

/** Each sheet's values from A1, and its formulas where asked for (a formula cell holds "=..."; others their constant). */
export interface SheetGrids {
  readonly values: Map<string, CellValue[][]>;
  readonly formulas?: Map<string, CellValue[][]>;
  /** Layout sheets found under another title (only when following renames). */
  readonly renamed: ReadonlyArray<RenamedSheet>;
  /** Round trips the read took. */
  readonly syncs: number;
}

export interface ReadOptions {
  /** Sheets whose existence, protection and charts the writer needs, without reading their cells. */
  readonly inventoryOnly?: readonly string[];
  /**
   * Follow renamed layout sheets: each sheet's anchor name (`sheetAnchor`, which Excel moves
   * with its sheet when the sheet is renamed) says what a missing sheet is called now; it is read
   * under its new title and returned under its layout title, with the renames found.
   */
  readonly followRenames?: boolean;
  /** Queues more loads in the second round trip, knowing what exists (no sync of its own). */
  readonly alongside?: (lists: WorkbookLists) => void;
}

/**
 * Reads the values of each requested sheet that exists: the used range (values only), padded so
 * that [0][0] is A1. Empty cells are null. Sheets that do not exist are absent from the map; an
 * existing empty sheet maps to []. The same round trips record which sheets exist, their
 * protection and charts, and the workbook's names, so a `writeWorkbook` or `writeSheet` on the
 * same context starts writing at once.
 */
export async function readSheets(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<Map<string, CellValue[][]>> {
  return (await readGrids(context, names, false)).values;
}

/**
 * As `readSheets`, with each sheet's formulas too when `withFormulas` (a rebuild keeps the
 * formulas users typed into input cells). Nothing is written.
 */
export async function readGrids(
  context: Excel.RequestContext,
  names: readonly string[],
  withFormulas: boolean,
  options: ReadOptions = {},
): Promise<SheetGrids> {
  // Round trip 1: what exists.
  const lists = queueLists(context);
  await context.sync();
  const found = lists();
  let syncs = 1;
  const exists = (title: string) => found.sheets.has(title.toLowerCase());
  const renamed: RenamedSheet[] = [];
  /** The title each requested sheet is read from. */
  const source = new Map<string, string>();
  for (const name of names) {
    if (exists(name)) {
      source.set(name, name);
      continue;
    }
    if (options.followRenames !== true) continue;
    const anchor = found.names.get(sheetAnchor(name).toLowerCase());
    const now = anchor !== undefined && typeof anchor.value === "string" ? splitReference(anchor.value).sheet : null;
    const isLayoutTitle = (t: string) => names.some((n) => n.toLowerCase() === t.toLowerCase());
    if (now === null || !exists(now) || isLayoutTitle(now)) continue;
    renamed.push({ from: now, to: name });
    source.set(name, now);
  }
  // Round trip 2: the used ranges' addresses, protection and charts of the sheets that exist.
  const inventoryNames = [...names, ...(options.inventoryOnly ?? []), ...renamed.map((r) => r.from)].filter(
    (n, i, all) => all.indexOf(n) === i,
  );
  const inventory = queueInventory(context, found, inventoryNames);
  const used = new Map<string, { title: string; range: Excel.Range }>();
  for (const [name, title] of source) {
    const spelled = found.sheets.get(title.toLowerCase())!;
    const range = context.workbook.worksheets.getItem(spelled).getUsedRangeOrNullObject(true);
    range.load("address");
    used.set(name, { title: spelled, range });
  }
  options.alongside?.(found);
  if (inventory.queued || used.size > 0 || options.alongside) {
    await context.sync();
    syncs++;
  }
  rememberInventory(context, inventory.collect());
  // Round trip 3 (and more only past CELLS_PER_READ): the cells, sized from the addresses.
  const bands: Band[] = [];
  const perRead = withFormulas ? CELLS_PER_READ / 2 : CELLS_PER_READ;
  const values = new Map<string, CellValue[][]>();
  const formulas = new Map<string, CellValue[][]>();
  for (const [name, { title, range }] of used) {
    values.set(name, []);
    formulas.set(name, []);
    if (range.isNullObject) continue;
    const rect = parseRect(splitReference(range.address).local);
    if (!rect) continue;
    const width = rect.c1 - rect.c0 + 1;
    const rows = Math.max(1, Math.floor(perRead / width));
    for (let r = rect.r0; r <= rect.r1; r += rows) {
      bands.push({ name, title, r0: r, r1: Math.min(rect.r1, r + rows - 1), c0: rect.c0, c1: rect.c1 });
    }
  }
  syncs += await readBands(context, bands, withFormulas, perRead, values, formulas);
  return withFormulas
    ? { values: dense(values), formulas: dense(formulas), renamed, syncs }
    : { values: dense(values), renamed, syncs };
}

/** As `readGrids`, following renamed sheets (`ReadOptions.followRenames`). */
export async function readGridsFollowingRenames(
  context: Excel.RequestContext,
  names: readonly string[],
  withFormulas: boolean,
  inventoryOnly: readonly string[] = [],
): Promise<SheetGrids> {
  return readGrids(context, names, withFormulas, { inventoryOnly, followRenames: true });
}

/** Rows r0..r1 and columns c0..c1 of a sheet, read in one request with others. */
interface Band {
  readonly name: string;
  readonly title: string;
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
  range?: Excel.Range;
}

/**
 * Reads `bands` into `values` (and `formulas`), as few bands per request as keep each under
 * `perRead` cells; a request Excel still finds too large is split in two and read again.
 * Returns the syncs made.
 */
async function readBands(
  context: Excel.RequestContext,
  bands: Band[],
  withFormulas: boolean,
  perRead: number,
  values: Map<string, CellValue[][]>,
  formulas: Map<string, CellValue[][]>,
): Promise<number> {
  let cellsPerRead = perRead;
  let syncs = 0;
  let i = 0;
  while (i < bands.length) {
    let cells = 0;
    const batch: Band[] = [];
    for (let j = i; j < bands.length; j++) {
      const b = bands[j];
      const n = (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
      if (batch.length > 0 && cells + n > cellsPerRead) break;
      cells += n;
      b.range = context.workbook.worksheets
        .getItem(b.title)
        .getRangeByIndexes(b.r0, b.c0, b.r1 - b.r0 + 1, b.c1 - b.c0 + 1);
      b.range.load(withFormulas ? "values,formulas" : "values");
      batch.push(b);
    }
    try {
      syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per CELLS_PER_READ cells, sized before reading
      await context.sync();
    } catch (e) {
      // Still too large (long texts): split the bands in two and read again.
      const splittable = batch.some((b) => b.r1 > b.r0);
      if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded" || !splittable) throw e;
      cellsPerRead = Math.max(1, Math.floor(cells / 2));
      const halves = batch.flatMap((b): Band[] => {
        if (b.r1 === b.r0) return [{ ...b, range: undefined }];
        const mid = Math.floor((b.r0 + b.r1) / 2);
        return [
          { ...b, r1: mid, range: undefined },
          { ...b, r0: mid + 1, range: undefined },
        ];
      });
      bands.splice(i, batch.length, ...halves);
      continue;
    }
    i += batch.length;
    for (const b of batch) {
      const grid = values.get(b.name)!;
      const got = b.range!.values;
      for (let r = b.r0; r <= b.r1; r++) grid[r] = padRow(got[r - b.r0], b.c0);
      if (!withFormulas) continue;
      const fgrid = formulas.get(b.name)!;
      const fs = b.range!.formulas;
      for (let r = b.r0; r <= b.r1; r++) fgrid[r] = padRow(fs[r - b.r0], b.c0);
    }
  }
  return syncs;
}

/** Fills the rows a sheet's grid has not read (above its used range) with nulls, to the grid's width. */
function dense(m: Map<string, CellValue[][]>): Map<string, CellValue[][]> {
  for (const [name, grid] of m) {
    const width = grid.reduce((w, row) => Math.max(w, row ? row.length : 0), 0);
    m.set(
      name,
      Array.from(grid, (row) => row ?? new Array<CellValue>(width).fill(null)),
    );
  }
  return m;
}

/** Values of a range at `address` ("Sheet!B2:D4") placed in a grid whose [0][0] is A1. */
export function padFromA1(address: string, values: ReadonlyArray<ReadonlyArray<unknown>>): CellValue[][] {
  const rect = parseRect(splitReference(address).local);
  if (!rect) return [];
  const width = rect.c1 + 1;
  const out: CellValue[][] = [];
  for (let r = 0; r < rect.r0; r++) out.push(new Array<CellValue>(width).fill(null));
  for (const row of values) out.push(padRow(row, rect.c0));
  return out;
}

function padRow(row: ReadonlyArray<unknown>, c0: number): CellValue[] {
  const out: CellValue[] = new Array<CellValue>(c0).fill(null);
  for (const v of row) out.push(toCellValue(v));
  return out;
}

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/**
 * Queues giving renamed layout sheets their layout titles back (the workbook's formulas refer
 * to them by those titles), and tells the writer's remembered inventory (no sync: the renames
 * travel with the write that follows).
 */
export function queueRenamesBack(context: Excel.RequestContext, renamed: ReadonlyArray<RenamedSheet>): void {
  for (const r of renamed) context.workbook.worksheets.getItem(r.from).name = r.to;
  renameInInventory(context, renamed);
}
