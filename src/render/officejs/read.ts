/**
 * Reading what is already in the workbook: each requested sheet's values (and, for a rebuild,
 * formulas) from A1, in one sync.
 */
import type { CellValue } from "../../layout/types";
import { parseRect, splitReference } from "./a1";
import { queueInventory, rememberInventory, renameInInventory } from "./inventory";
import { sheetAnchor } from "../../layout/names";
import { errorCode } from "./errors";

/** Cells per request when a workbook is too large to read in one response (about 20 bytes each). */
const CELLS_PER_READ = 150_000;

/** Queues the inventory of `names` and a load of each sheet's used range (no sync). */
function queueUsedRanges(
  context: Excel.RequestContext,
  names: readonly string[],
  load: "address" | "address,values" | "address,values,formulas",
  inventoryOnly: readonly string[] = [],
): { inventory: ReturnType<typeof queueInventory>; used: Map<string, Excel.Range> } {
  const inventory = queueInventory(context, [...names, ...inventoryOnly.filter((n) => !names.includes(n))]);
  const used = new Map<string, Excel.Range>();
  for (const [name, ws] of inventory.sheets) {
    if (!names.includes(name)) continue;
    const range = ws.getUsedRangeOrNullObject(true);
    if (load === "address") range.load("address");
    else if (load === "address,values") range.load("address,values");
    else range.load("address,values,formulas");
    used.set(name, range);
  }
  return { inventory, used };
}

/** Each sheet's values from A1, and its formulas where asked for (a formula cell holds "=..."; others their constant). */
export interface SheetGrids {
  readonly values: Map<string, CellValue[][]>;
  readonly formulas?: Map<string, CellValue[][]>;
}

/**
 * Reads the values of each requested sheet that exists, in ONE sync: the used range (values
 * only) with its address, padded so that [0][0] is A1. Empty cells are null. Sheets that do not
 * exist are absent from the map; an existing empty sheet maps to []. The same sync records which
 * sheets exist, their protection and charts, and the workbook's names, so a `writeWorkbook` or
 * `writeSheet` on the same context starts writing at once.
 *
 * When the values exceed Excel's 5 MB response limit, it reads again in row bands
 * (one more sync per ~150,000 cells, fewer cells per band if a band is still too large).
 */
export async function readSheets(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<Map<string, CellValue[][]>> {
  return (await readGrids(context, names, false)).values;
}

/**
 * As `readSheets`, with each sheet's formulas too when `withFormulas` (a rebuild keeps the
 * formulas users typed into input cells): still one sync, or the banded fallback.
 */
export async function readGrids(
  context: Excel.RequestContext,
  names: readonly string[],
  withFormulas: boolean,
  inventoryOnly: readonly string[] = [],
): Promise<SheetGrids> {
  const { inventory, used } = queueUsedRanges(
    context,
    names,
    withFormulas ? "address,values,formulas" : "address,values",
    inventoryOnly,
  );
  try {
    await context.sync();
  } catch (e) {
    if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
    return readInBands(context, names, withFormulas, inventoryOnly);
  }
  const inv = inventory.collect();
  rememberInventory(context, inv);
  const values = new Map<string, CellValue[][]>();
  const formulas = new Map<string, CellValue[][]>();
  for (const [name, ws] of inventory.sheets) {
    if (ws.isNullObject || !used.has(name)) continue;
    const range = used.get(name)!;
    values.set(name, range.isNullObject ? [] : padFromA1(range.address, range.values));
    if (withFormulas) formulas.set(name, range.isNullObject ? [] : padFromA1(range.address, range.formulas));
  }
  return withFormulas ? { values, formulas } : { values };
}

/** The fallback for very large workbooks: addresses first, then values in row bands. */
async function readInBands(
  context: Excel.RequestContext,
  names: readonly string[],
  withFormulas: boolean,
  inventoryOnly: readonly string[],
): Promise<SheetGrids> {
  const { inventory, used } = queueUsedRanges(context, names, "address", inventoryOnly);
  await context.sync();
  rememberInventory(context, inventory.collect());
  const out = new Map<string, CellValue[][]>();
  const outFormulas = new Map<string, CellValue[][]>();
  const bands: {
    name: string;
    ws: Excel.Worksheet;
    r0: number;
    r1: number;
    c0: number;
    c1: number;
    range?: Excel.Range;
  }[] = [];
  for (const [name, ws] of inventory.sheets) {
    if (ws.isNullObject || !used.has(name)) continue;
    const range = used.get(name)!;
    out.set(name, []);
    outFormulas.set(name, []);
    if (range.isNullObject) continue;
    const rect = parseRect(splitReference(range.address).local);
    if (!rect) continue;
    const width = rect.c1 - rect.c0 + 1;
    const rows = Math.max(1, Math.floor(CELLS_PER_READ / width));
    for (let r = rect.r0; r <= rect.r1; r += rows)
      bands.push({ name, ws, r0: r, r1: Math.min(rect.r1, r + rows - 1), c0: rect.c0, c1: rect.c1 });
  }
  let cellsPerRead = CELLS_PER_READ;
  let i = 0;
  while (i < bands.length) {
    let cells = 0;
    const batch: typeof bands = [];
    for (let j = i; j < bands.length; j++) {
      const b = bands[j];
      const n = (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
      if (batch.length > 0 && cells + n > cellsPerRead) break;
      cells += n;
      b.range = b.ws.getRangeByIndexes(b.r0, b.c0, b.r1 - b.r0 + 1, b.c1 - b.c0 + 1);
      b.range.load(withFormulas ? "values,formulas" : "values");
      batch.push(b);
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 5 MB response band, only past the platform's limit
      await context.sync();
    } catch (e) {
      // Still too large (long texts): split the bands in two and read again.
      const splittable = batch.some((b) => b.r1 > b.r0);
      if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded" || !splittable) throw e;
      cellsPerRead = Math.max(1, Math.floor(cells / 2));
      const halves = batch.flatMap((b) => {
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
      const grid = out.get(b.name)!;
      const values = b.range!.values;
      for (let r = b.r0; r <= b.r1; r++) grid[r] = padRow(values[r - b.r0], b.c0);
      if (!withFormulas) continue;
      const fgrid = outFormulas.get(b.name)!;
      const formulas = b.range!.formulas;
      for (let r = b.r0; r <= b.r1; r++) fgrid[r] = padRow(formulas[r - b.r0], b.c0);
    }
  }
  const dense = (m: Map<string, CellValue[][]>): Map<string, CellValue[][]> => {
    for (const [name, grid] of m) {
      const width = grid.reduce((w, row) => Math.max(w, row ? row.length : 0), 0);
      m.set(
        name,
        Array.from(grid, (row) => row ?? new Array<CellValue>(width).fill(null)),
      );
    }
    return m;
  };
  return withFormulas ? { values: dense(out), formulas: dense(outFormulas) } : { values: dense(out) };
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

/** A layout sheet the user renamed: its title now (`from`) and the layout's (`to`). */
export interface RenamedSheet {
  readonly from: string;
  readonly to: string;
}

/**
 * As `readGrids`, following renamed sheets: each requested sheet's anchor name
 * (`sheetAnchor`, which Excel moves with its sheet when the sheet is renamed) says what the
 * sheet is called now. A sheet missing under its layout title but anchored elsewhere is read
 * under its new title (one more sync, only then) and returned under its layout title, with the
 * renames found. Nothing is written.
 */
export async function readGridsFollowingRenames(
  context: Excel.RequestContext,
  names: readonly string[],
  withFormulas: boolean,
  inventoryOnly: readonly string[] = [],
): Promise<SheetGrids & { readonly renamed: ReadonlyArray<RenamedSheet> }> {
  const queueAnchors = () =>
    names.map((sheet) => {
      const item = context.workbook.names.getItemOrNullObject(sheetAnchor(sheet));
      const range = item.getRangeOrNullObject();
      range.load("address");
      return { sheet, item, range };
    });
  let anchors = queueAnchors();
  const first = await readGrids(context, names, withFormulas, inventoryOnly);
  try {
    anchors.forEach((a) => a.item.isNullObject);
  } catch {
    // The banded fallback read in several batches: the anchors' batch was the one that failed.
    anchors = queueAnchors();
    await context.sync();
  }
  const renamed: RenamedSheet[] = [];
  for (const { sheet, item, range } of anchors) {
    if (first.values.has(sheet) || item.isNullObject || range.isNullObject) continue;
    const now = splitReference(range.address).sheet;
    if (now !== null && now !== sheet && !names.includes(now)) renamed.push({ from: now, to: sheet });
  }
  if (renamed.length === 0) return { ...first, renamed };
  const more = await readGrids(
    context,
    renamed.map((r) => r.from),
    withFormulas,
  );
  const values = new Map(first.values);
  const formulas = first.formulas ? new Map(first.formulas) : undefined;
  for (const r of renamed) {
    const v = more.values.get(r.from);
    if (v !== undefined) values.set(r.to, v);
    const f = more.formulas?.get(r.from);
    if (formulas && f !== undefined) formulas.set(r.to, f);
  }
  return { values, ...(formulas ? { formulas } : {}), renamed };
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
