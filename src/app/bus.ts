/**
 * Ribbon commands and the task pane share one JavaScript runtime; a command publishes its
 * outcome here and an open task pane shows it, so a deck built from the ribbon is reported
 * the same way as one built from the pane.
 */
import type { Message } from "./outcome";

type Listener = (message: Message) => void;

const listeners = new Set<Listener>();
let last: Message | null = null;

/** Announces a command's outcome to the pane (and keeps it for a pane that opens later). */
export function publishCommandOutcome(message: Message): void {
  last = message;
  listeners.forEach((l) => l(message));
}

/** Subscribes to command outcomes; returns the unsubscribe function. */
export function onCommandOutcome(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The latest outcome, if a command ran before the pane subscribed. */
export function lastCommandOutcome(): Message | null {
  return last;
}
