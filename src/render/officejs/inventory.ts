/**
 * What the writer must know about the workbook before it writes: which sheets exist, which are
 * protected, which charts they hold, which names are defined. It is read in the same sync as
 * the sheets' values (`readGrids`) and remembered per request context, so that the write that
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

/**
 * What the workbook's two collections list: its sheets and its names (phase 1 of a read). Read
 * from the collections themselves, so nothing navigates through a sheet or a name that may not
 * exist: Excel fails a request whose statements reach through a null object (a `*OrNullObject`
 * result that does not exist), e.g. a first scaffold into a blank workbook asking for the
 * protection of a "Demand" sheet that is not there yet.
 */
export interface WorkbookLists {
  /** Sheet titles as Excel spells them, by lower-case title. */
  readonly sheets: ReadonlyMap<string, string>;
  /** Each workbook-level name's value (`NamedItem.value`: for a range, its address), by lower-case name. */
  readonly names: ReadonlyMap<string, { readonly name: string; readonly value: unknown }>;
}

/** Queues the loads of the sheets and names collections (no sync); `collect` after the sync. */
export function queueLists(context: Excel.RequestContext): () => WorkbookLists {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const names = context.workbook.names;
  // NamedItem.value (ExcelApi 1.1): "for a named range, will return the range address".
  names.load("items/name,items/value");
  return () => ({
    sheets: new Map(worksheets.items.map((w) => [w.name.toLowerCase(), w.name])),
    names: new Map(names.items.map((n) => [n.name.toLowerCase(), { name: n.name, value: n.value as unknown }])),
  });
}

export interface QueuedInventory {
  /** The proxies of the sheets that exist, by requested name. */
  readonly sheets: ReadonlyMap<string, Excel.Worksheet>;
  /** Whether anything was queued (no sync is needed when none of the sheets exists). */
  readonly queued: boolean;
  /** Reads the loaded properties; call after the sync. */
  collect(): Inventory;
}

/**
 * Queues the loads that describe `sheetNames` (phase 2, no sync): protection and charts of each
 * sheet the lists say exists, reached with `getItem` (never through a null object).
 */
export function queueInventory(
  context: Excel.RequestContext,
  lists: WorkbookLists,
  sheetNames: ReadonlyArray<string>,
): QueuedInventory {
  const sheets = new Map<string, Excel.Worksheet>();
  const protections = new Map<string, Excel.WorksheetProtection>();
  const charts = new Map<string, Excel.ChartCollection>();
  for (const name of sheetNames) {
    const title = lists.sheets.get(name.toLowerCase());
    if (sheets.has(name) || title === undefined) continue;
    const ws = context.workbook.worksheets.getItem(title);
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- navigation to a proxy object, loaded below
    const protection = ws.protection;
    protection.load("protected");
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- navigation to a proxy collection, loaded below
    const chartCollection = ws.charts;
    chartCollection.load("items/name");
    sheets.set(name, ws);
    protections.set(name, protection);
    charts.set(name, chartCollection);
  }
  return {
    sheets,
    queued: sheets.size > 0,
    collect(): Inventory {
      const found = new Map<string, SheetInventory>();
      for (const name of sheetNames) {
        const ws = sheets.get(name);
        found.set(
          name.toLowerCase(),
          ws === undefined
            ? { exists: false, protected: false, charts: [] }
            : {
                exists: true,
                protected: protections.get(name)!.protected,
                charts: charts.get(name)!.items.map((c) => c.name),
              },
        );
      }
      return { sheets: found, names: new Set(lists.names.keys()) };
    },
  };
}

/**
 * What the writer must know about `sheetNames`, read in 1 sync (the lists) or 2 (then the
 * protection and charts of those that exist). Returns the inventory and the syncs it took.
 */
export async function readInventory(
  context: Excel.RequestContext,
  sheetNames: ReadonlyArray<string>,
): Promise<{ readonly inventory: Inventory; readonly syncs: number }> {
  const lists = queueLists(context);
  await context.sync();
  const queued = queueInventory(context, lists(), sheetNames);
  if (queued.queued) await context.sync();
  return { inventory: queued.collect(), syncs: queued.queued ? 2 : 1 };
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
