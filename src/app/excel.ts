/**
 * What every Excel operation of the app layer shares: `Excel.run` as a parameter, progress
 * reports, the workbook-structure check, and reading again while custom functions calculate.
 */

/** `Excel.run` as the host provides it (or the recording double). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Progress of a long action: the step's words, and how far along (done of total). */
export type OnProgress = (step: string, done: number, total: number) => void;

/** Timing of the wait for custom functions still calculating (`#BUSY!`) before the deck reads the KPIs. */
export interface HostOptions {
  /** Waits `ms` milliseconds (tests pass a fast one). */
  readonly wait?: (ms: number) => Promise<void>;
  /** Re-reads while any value shows `#BUSY!`, at most this many times (default 40, every 250 ms: 10 s). */
  readonly busyRetries?: number;
}

export const realWait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Thrown before any write when the workbook's structure is protected (Review > Protect Workbook). */
export class StructureProtectedError extends Error {
  readonly code = "StructureProtected";
  constructor() {
    super(
      "The workbook's structure is protected (Review > Protect Workbook), so its sheets cannot be added, renamed or put in order",
    );
  }
}

/**
 * Queues a load of the workbook's structure protection (ExcelApi 1.7, `Workbook.protection`);
 * `check()` after the sync throws `StructureProtectedError`: a scaffold adds, names and orders
 * sheets, which Excel refuses while the structure is protected, so it stops before writing.
 */
export function queueStructureProtection(context: Excel.RequestContext): { check(): void } {
  const protection = context.workbook.protection;
  protection.load("protected");
  return {
    check() {
      if (protection.protected) throw new StructureProtectedError();
    },
  };
}

/**
 * Custom functions calculate asynchronously: until they return, Excel shows `#BUSY!` in their
 * cells. Given a first read, waits 250 ms and reads again (`requeue` queues the loads and returns
 * what reads them after the sync) while `busy` says so, at most `options.busyRetries` times.
 * `reads` counts the first read too.
 */
export async function rereadWhileBusy<T>(
  context: Excel.RequestContext,
  first: T,
  requeue: () => () => T,
  busy: (value: T) => boolean,
  options: HostOptions,
  onWait: () => void,
): Promise<{ value: T; reads: number }> {
  let value = first;
  let reads = 1;
  for (let i = 0; busy(value) && i < (options.busyRetries ?? 40); i++) {
    onWait();
    await (options.wait ?? realWait)(250);
    const read = requeue();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one read per wait, only while Excel shows #BUSY!
    await context.sync();
    value = read();
    reads++;
  }
  return { value, reads };
}
