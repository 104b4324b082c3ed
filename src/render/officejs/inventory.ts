/**
 * What the writer must know about the workbook before it writes: which sheets exist, which are
 * protected, which charts they hold, which names are defined. It is read in the same sync as
 * the sheets' values (`readSheets`) and remembered per request context, so that the write that
 * follows needs no read of its own.
 */

/** One sheet as found in the workbook. */
export interface SheetInventory {
  readonly exists: boolean;
  readonly protected: boolean;
  /** Names of the charts on the sheet (deleted before the sheet's charts are re-added). */
  readonly charts: ReadonlyArray<string>;
}

export interface Inventory {
  /** By lower-case sheet name. */
  readonly sheets: ReadonlyMap<string, SheetInventory>;
  /** Lower-case names of the workbook-level names. */
  readonly names: ReadonlySet<string>;
}

export interface QueuedInventory {
  /** The sheet proxies (possibly null objects), by requested name. */
  readonly sheets: ReadonlyMap<string, Excel.Worksheet>;
  /** Reads the loaded properties; call after the sync. */
  collect(): Inventory;
}

/** Queues the loads that describe `sheetNames` and the workbook's names (no sync). */
export function queueInventory(context: Excel.RequestContext, sheetNames: ReadonlyArray<string>): QueuedInventory {
  const sheets = new Map<string, Excel.Worksheet>();
  const protections = new Map<string, Excel.WorksheetProtection>();
  const charts = new Map<string, Excel.ChartCollection>();
  for (const name of sheetNames) {
    if (sheets.has(name)) continue;
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load("name");
    // eslint-disable-next-line office-addins/call-sync-before-read -- navigation to a proxy object, loaded below
    const protection = ws.protection;
    protection.load("protected");
    // eslint-disable-next-line office-addins/call-sync-before-read -- navigation to a proxy collection, loaded below
    const chartCollection = ws.charts;
    chartCollection.load("items/name");
    sheets.set(name, ws);
    protections.set(name, protection);
    charts.set(name, chartCollection);
  }
  const names = context.workbook.names;
  names.load("items/name");
  return {
    sheets,
    collect(): Inventory {
      const found = new Map<string, SheetInventory>();
      for (const [name, ws] of sheets) {
        if (ws.isNullObject) {
          found.set(name.toLowerCase(), { exists: false, protected: false, charts: [] });
          continue;
        }
        found.set(name.toLowerCase(), {
          exists: true,
          protected: protections.get(name)!.protected,
          charts: charts.get(name)!.items.map((c) => c.name),
        });
      }
      return { sheets: found, names: new Set(names.items.map((n) => n.name.toLowerCase())) };
    },
  };
}

const remembered = new WeakMap<object, Inventory>();

/** Remembers what a read on `context` found. */
export function rememberInventory(context: Excel.RequestContext, inventory: Inventory): void {
  const before = remembered.get(context);
  if (!before) {
    remembered.set(context, inventory);
    return;
  }
  const sheets = new Map(before.sheets);
  for (const [k, v] of inventory.sheets) sheets.set(k, v);
  remembered.set(context, { sheets, names: inventory.names });
}

/** The remembered inventory if it covers every sheet in `sheetNames`, else null. */
export function recallInventory(context: Excel.RequestContext, sheetNames: ReadonlyArray<string>): Inventory | null {
  const inv = remembered.get(context);
  if (!inv) return null;
  return sheetNames.every((n) => inv.sheets.has(n.toLowerCase())) ? inv : null;
}

/** Moves remembered sheets to their new titles (`from` -> `to`), after renames queued on `context`. */
export function renameInInventory(
  context: Excel.RequestContext,
  renamed: ReadonlyArray<{ readonly from: string; readonly to: string }>,
): void {
  const inv = remembered.get(context);
  if (!inv) return;
  const sheets = new Map(inv.sheets);
  for (const r of renamed) {
    const found = sheets.get(r.from.toLowerCase());
    if (found === undefined) continue;
    sheets.delete(r.from.toLowerCase());
    sheets.set(r.to.toLowerCase(), found);
  }
  remembered.set(context, { sheets, names: inv.names });
}

/** Forgets what was read on `context` (after a failed write the workbook's state is unknown). */
export function forgetInventory(context: Excel.RequestContext): void {
  remembered.delete(context);
}
