/**
 * A step of a write: a few queued Office.js calls with an estimate of their request size.
 * Steps are packed into syncs (one sync per ~4.8 MB of requests); a grid step splits by rows to
 * fill a request exactly.
 */

/**
 * Bytes of one action with its object path and instantiate action in an Office.js request
 * (e.g. `format.borders.getItem("EdgeTop").weight = "Hairline"`): measured with the Excel web
 * client library at up to about 300.
 */
export const ACTION_BYTES = 320;

/**
 * Bytes every step costs besides its actions: the sheet's object path (`getItem`, made afresh by
 * each step) with its instantiate action, and the chain of paths a format step walks (`getRanges`,
 * `format`, `font`...). Measured with the Excel web client library at up to about 490 bytes per step.
 */
export const STEP_BYTES = 500;

/**
 * Office.js sends a 2-D `values` / `formulas` / `numberFormat` assignment of more than 1,500
 * cells as one action per band of round(1,500 / columns) rows (`setRangePropertiesInBulk` in the
 * Excel client library), each band with its own object paths (`getRow`, `getRow`,
 * `getBoundingRect`) and instantiate actions.
 */
export const BULK_CELLS = 1500;

/**
 * Request bytes of one such band besides its cells: measured with the Excel web client
 * library (test/doubles/officeWire.ts) at about 640 bytes with 6-digit ids, taken as 760 so
 * that 7-digit ids and the references each action lists still fit.
 */
export const BAND_BYTES = 760;

/** How many actions Office.js makes of a `rows` x `columns` assignment (0 when it is one plain action). */
export function bulkBands(rows: number, columns: number): number {
  if (rows * columns <= BULK_CELLS) return 0;
  return Math.ceil(rows / Math.max(1, Math.round(BULK_CELLS / columns)));
}

/** UTF-8 bytes of `text` (what travels; `String.length` counts UTF-16 units). */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    // 2 bytes below U+0800, 3 above; a surrogate pair (2 units) is 4 bytes.
    n += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return n;
}

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

/** UTF-8 bytes of the JSON of `args` plus the step's and `actions` actions' overhead. */
export function estimate(actions: number, ...args: unknown[]): number {
  let n = STEP_BYTES + actions * ACTION_BYTES;
  for (const a of args) n += utf8Length(JSON.stringify(a) ?? "");
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
