/**
 * Writing a workbook (or one sheet) through Office.js in as few syncs as the 5 MB request limit
 * allows: the steps of the plan are packed into requests of at most 4.8 MB, calculation is
 * suspended during each, and a rejected request becomes a `WorkbookWriteError` naming the step.
 */
import type { SheetSpec, WorkbookSpec } from "../../layout/types";
import { WorkbookWriteError, errorCode, errorLocation, isPayloadTooLarge } from "./errors";
import {
  forgetInventory,
  readInventory,
  recallInventory,
  rememberInventory,
  type Inventory,
  type SheetInventory,
} from "./inventory";
import { DEFAULT_BUDGET_BYTES, DEFAULT_MAX_ADDRESS_CHARS, planWrite, type PlanOptions, type WritePlan } from "./plan";
import { countRequests, nextRequest, type Step } from "./step";

export interface WriteOptions {
  /** Called after the read and after each write request: what was done, requests done, requests in all. */
  onProgress?(step: string, done: number, total: number): void;
  /** Request budget in bytes (default 4,800,000). */
  readonly budgetBytes?: number;
}

export interface WriteReport {
  /** Syncs used by this call (the read, when one was needed, and the write requests). */
  readonly syncs: number;
  /** Estimated bytes of the largest write request. */
  readonly largestRequestBytes: number;
  /** Estimated bytes of all write requests. */
  readonly totalRequestBytes: number;
  readonly sheetsWritten: ReadonlyArray<string>;
  /** Cells with a value or a formula. */
  readonly cellsWritten: number;
  /** Each write request: estimated bytes and the steps it carried. */
  readonly requests: ReadonlyArray<{ readonly bytes: number; readonly steps: number }>;
}

/** Retries of a request Excel rejects as too large, each with half the budget (4.8 MB down to 75 KB). */
const PAYLOAD_RETRIES = 6;

/**
 * Writes the whole workbook: sheets are created when missing and reused when present (their
 * old content, formats, rules and charts replaced), names defined, the workbook's sheets put in
 * spec order. One or two syncs read what is there (`readInventory`) unless a `readGrids` on
 * this context already did; then one sync per ~4.8 MB of requests (one in all when it fits).
 */
export async function writeWorkbook(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  opts: WriteOptions = {},
): Promise<WriteReport> {
  return write(context, spec, { orderSheets: true }, "Scaffold", opts);
}

/**
 * Rebuilds one sheet (the executive deck): replaces its cells, formats and charts, leaves
 * every other sheet alone. The read (unless already done on this context) and a write sync
 * (charts travel with the write).
 */
export async function writeSheet(
  context: Excel.RequestContext,
  sheet: SheetSpec,
  opts: WriteOptions & { readonly position?: number } = {},
): Promise<WriteReport> {
  return write(
    context,
    { sheets: [sheet], names: [] },
    { orderSheets: false, newSheetPosition: opts.position },
    `Building "${sheet.name}"`,
    opts,
  );
}

/**
 * The separator of `getRanges` addresses this Excel accepts: "," until Excel rejects one (then
 * ";", for the rest of the session: the locale does not change while the add-in runs).
 */
let listSeparator: "," | ";" = ",";

/** Excel on desktop in a ";" locale rejects a ","-joined `getRanges` address as an invalid argument. */
function isListSeparatorRejection(e: unknown): boolean {
  const c = e instanceof WorkbookWriteError ? e.cause : e;
  return errorCode(c) === "InvalidArgument" && /getRanges/i.test(errorLocation(c));
}

async function write(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  placement: Pick<PlanOptions, "orderSheets" | "newSheetPosition">,
  action: string,
  opts: WriteOptions,
): Promise<WriteReport> {
  const names = spec.sheets.map((s) => s.name);
  let syncs = 0;
  let inventory = recallInventory(context, names);
  if (!inventory) {
    const read = await readInventory(context, names);
    syncs += read.syncs;
    inventory = read.inventory;
    opts.onProgress?.("Read the workbook", 0, 1);
  }
  const planOpts = (): PlanOptions => ({
    budget: opts.budgetBytes ?? DEFAULT_BUDGET_BYTES,
    maxAddressChars: DEFAULT_MAX_ADDRESS_CHARS,
    listSeparator,
    ...placement,
  });
  let plan = planWrite(spec, inventory, planOpts());
  let result: { syncs: number; requests: { bytes: number; steps: number }[] };
  try {
    result = await execute(context, plan, planOpts().budget, action, opts);
  } catch (e) {
    forgetInventory(context);
    if (listSeparator !== "," || !isListSeparatorRejection(e)) throw e;
    // This Excel wants ";" between the areas of an address: read what the failed request left
    // (it may have added sheets) and write the whole plan again, which replaces what it wrote.
    listSeparator = ";";
    const read = await readInventory(context, names);
    syncs += read.syncs + (e instanceof WorkbookWriteError ? e.request : 1);
    inventory = read.inventory;
    plan = planWrite(spec, inventory, planOpts());
    try {
      result = await execute(context, plan, planOpts().budget, action, opts);
    } catch (again) {
      forgetInventory(context);
      throw again;
    }
  }
  rememberInventory(context, written(spec, inventory));
  const bytes = result.requests.map((r) => r.bytes);
  return {
    syncs: syncs + result.syncs,
    largestRequestBytes: Math.max(0, ...bytes),
    totalRequestBytes: bytes.reduce((a, b) => a + b, 0),
    sheetsWritten: names,
    cellsWritten: plan.cells,
    requests: result.requests,
  };
}

async function execute(
  context: Excel.RequestContext,
  plan: WritePlan,
  budget: number,
  action: string,
  opts: WriteOptions,
) {
  let pending: ReadonlyArray<Step> = plan.steps;
  let syncs = 0;
  let retries = 0;
  let done = 0;
  const requests: { bytes: number; steps: number }[] = [];
  while (pending.length > 0) {
    const { batch, rest } = nextRequest(pending, budget);
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const step of batch) step.queue(context);
    try {
      syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4.8 MB request (Excel on the web's 5 MB limit), never per sheet or cell
      await context.sync();
    } catch (e) {
      if (isPayloadTooLarge(e) && retries < PAYLOAD_RETRIES) {
        // Excel rejected the whole request before running any of it: retry with smaller requests.
        retries++;
        budget = Math.floor(budget / 2);
        continue;
      }
      throw new WorkbookWriteError({
        step: describe(batch),
        request: done + 1,
        requests: done + countRequests(pending, budget),
        cause: e,
        protectedSheets: batch.filter((s) => s.unprotects).map((s) => s.sheet ?? ""),
        action,
      });
    }
    done++;
    requests.push({ bytes: batch.reduce((n, s) => n + s.bytes, 0), steps: batch.length });
    pending = rest;
    opts.onProgress?.(batch[batch.length - 1].label, done, done + countRequests(pending, budget));
  }
  return { syncs, requests };
}

/** "Demand: cells, chunk 2 of 5 (rows ...)", or the first and last step of a request. */
function describe(batch: ReadonlyArray<Step>): string {
  const protecting = batch.filter((s) => s.unprotects);
  if (protecting.length > 0)
    return (
      protecting.map((s) => s.label).join(", ") +
      (batch.length > protecting.length ? ` and the steps after it, up to ${batch[batch.length - 1].label}` : "")
    );
  if (batch.length === 1) return batch[0].label;
  return `the steps from ${batch[0].label} to ${batch[batch.length - 1].label}`;
}

/** What the workbook holds after a successful write, so a following write needs no read. */
function written(spec: WorkbookSpec, before: Inventory): Inventory {
  const sheets = new Map<string, SheetInventory>(before.sheets);
  for (const s of spec.sheets)
    sheets.set(s.name.toLowerCase(), { exists: true, protected: s.protect, charts: s.charts.map((c) => c.title) });
  const names = new Set(before.names);
  for (const n of spec.names) names.add(n.name.toLowerCase());
  return { sheets, names };
}
