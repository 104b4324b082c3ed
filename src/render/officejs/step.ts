/**
 * A step of a write: a few queued Office.js calls with an estimate of their request size.
 * Steps are packed into syncs (one sync per ~4.5 MiB of requests); a grid step splits by rows to
 * fill a request exactly.
 */

/** Approximate bytes of one action and its object path in an Office.js request. */
export const ACTION_BYTES = 250;

export interface Step {
  /** What the user reads when this step fails: sheet and chunk, e.g. "Demand: cells, chunk 2 of 5". */
  readonly label: string;
  readonly sheet: string | null;
  /** Estimated request bytes (JSON of the arguments plus per-action overhead). */
  readonly bytes: number;
  /** True for the step that lifts a sheet's protection. */
  readonly unprotects?: boolean;
  /** Queues the calls on `context` (no sync). */
  queue(context: Excel.RequestContext): void;
  /**
   * For a grid step: its first rows that fit in `room` bytes as one step and the rest as
   * another; null when not even one row fits.
   */
  fit?(room: number): { readonly head: Step; readonly tail: Step } | null;
}

/** Bytes of the JSON of `args` plus `actions` actions' overhead. */
export function estimate(actions: number, ...args: unknown[]): number {
  let n = actions * ACTION_BYTES;
  for (const a of args) n += JSON.stringify(a)?.length ?? 0;
  return n;
}

/** Below this much room left in a request, a grid step waits for the next request. */
const MIN_GRID_CHUNK = 16 * 1024;

/**
 * The next request: consecutive steps while they fit in `budget` bytes, the last one possibly
 * a grid step cut by rows to fill the request. A step larger than the budget that cannot be
 * cut travels alone.
 */
export function nextRequest(
  pending: ReadonlyArray<Step>,
  budget: number,
): { readonly batch: Step[]; readonly rest: Step[] } {
  const batch: Step[] = [];
  let room = budget;
  for (let i = 0; i < pending.length; i++) {
    const s = pending[i];
    if (s.bytes <= room) {
      batch.push(s);
      room -= s.bytes;
      continue;
    }
    if (s.fit && (room >= MIN_GRID_CHUNK || batch.length === 0)) {
      const parts = s.fit(room);
      if (parts) return { batch: [...batch, parts.head], rest: [parts.tail, ...pending.slice(i + 1)] };
    }
    if (batch.length === 0) return { batch: [s], rest: pending.slice(i + 1) };
    return { batch, rest: pending.slice(i) };
  }
  return { batch, rest: [] };
}

/** How many requests `steps` take at `budget`. */
export function countRequests(steps: ReadonlyArray<Step>, budget: number): number {
  let n = 0;
  let rest: ReadonlyArray<Step> = steps;
  while (rest.length > 0) {
    rest = nextRequest(rest, budget).rest;
    n++;
  }
  return n;
}
