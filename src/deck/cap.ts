/**
 * Lists of any length on a summary of fixed size: the first lines, then one line saying how
 * many more there are and where they are, so the printed summary keeps its pages and its size.
 */

/** The lines a list of `max` lines at most shows: all of them, or the first `max - 1` and the rest counted. */
export interface Capped<T> {
  readonly shown: ReadonlyArray<T>;
  readonly hidden: ReadonlyArray<T>;
}

/** Splits `items` so that the shown ones and, when any are hidden, the line counting them take at most `max` lines. */
export function capList<T>(items: ReadonlyArray<T>, max: number): Capped<T> {
  const room = Math.max(1, Math.floor(max));
  if (items.length <= room) return { shown: items, hidden: [] };
  return { shown: items.slice(0, room - 1), hidden: items.slice(room - 1) };
}
