/**
 * The ribbon's "Build deck" button (ExecuteFunction, action id "buildDeck"): builds the
 * Executive Summary sheet without opening the pane. The outcome goes to the pane; on failure
 * the pane opens so the user reads what went wrong and what to do.
 */
import type { Host } from "../app/host";
import { deckMessage, failureMessage } from "../app/outcome";
import { publishCommandOutcome } from "../app/bus";

/** What the command needs from Office: signal completion, and open the pane on failure. */
export interface CommandEnv {
  readonly showTaskpane: () => Promise<void>;
}

/** Runs the deck build for a ribbon event; always completes the event. */
export async function buildDeckCommand(
  host: Pick<Host, "buildDeck">,
  env: CommandEnv,
  event: { completed(): void },
): Promise<void> {
  try {
    const outcome = await host.buildDeck();
    publishCommandOutcome(deckMessage(outcome));
  } catch (e) {
    publishCommandOutcome(failureMessage("deck", e));
    try {
      await env.showTaskpane();
    } catch {
      // The pane cannot be opened (older host): the message waits for the next time it opens.
    }
  } finally {
    event.completed();
  }
}
