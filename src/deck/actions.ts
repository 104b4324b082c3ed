/**
 * Final decisions and owners, from the actions log: open items first (Open and In progress,
 * earliest due date first, undated last), then closed ones by due date; with decision closure
 * (closed / total) and which open items are overdue at the start of the cycle month.
 */
import type { DeckAction } from "./input";

export interface ActionLine extends DeckAction {
  readonly open: boolean;
  /** Open and due before the first day of the cycle month. */
  readonly overdue: boolean;
}

export interface ActionsView {
  readonly lines: ReadonlyArray<ActionLine>;
  readonly openCount: number;
  readonly closedCount: number;
  /** closed / total; `null` when the log is empty. */
  readonly closure: number | null;
}

export function isClosed(status: string): boolean {
  return /^(closed|done|complete|completed)$/i.test(status.trim());
}

function byDue(a: DeckAction, b: DeckAction): number {
  if (a.dueDate === b.dueDate) return 0;
  if (a.dueDate === "") return 1;
  if (b.dueDate === "") return -1;
  return a.dueDate < b.dueDate ? -1 : 1;
}

export function actionsView(actions: ReadonlyArray<DeckAction>, cycleMonth: string): ActionsView {
  const cycleStart = `${cycleMonth}-01`;
  const lines = actions.map((a): ActionLine => {
    const open = !isClosed(a.status);
    return { ...a, open, overdue: open && a.dueDate !== "" && a.dueDate < cycleStart };
  });
  const open = lines.filter((l) => l.open).sort(byDue);
  const closed = lines.filter((l) => !l.open).sort(byDue);
  return {
    lines: [...open, ...closed],
    openCount: open.length,
    closedCount: closed.length,
    closure: lines.length === 0 ? null : closed.length / lines.length,
  };
}
