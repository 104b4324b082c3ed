/**
 * Ribbon command handlers, registered in the shared runtime as soon as this file loads (as
 * Microsoft's FunctionFile samples do: `Office.actions.associate` at the top level, not after an
 * await, so the first click finds its handler). The handler waits for Office before it runs.
 * The manifest's "Build deck" button calls action id "buildDeck". The page's webpack entry loads
 * this file before the task pane's; outcomes reach the pane through src/app/bus.
 */
import { officeHost } from "../app/host";
import { buildDeckCommand } from "./buildDeck";

function register(): void {
  const env = { showTaskpane: () => Office.addin.showAsTaskpane() };
  Office.actions.associate("buildDeck", (event: Office.AddinCommands.Event) => {
    void Office.onReady().then(
      (info) => (info.host === Office.HostType.Excel ? buildDeckCommand(officeHost, env, event) : event.completed()),
      () => event.completed(),
    );
  });
}

if (typeof Office !== "undefined" && typeof Office.actions?.associate === "function") register();

export { buildDeckCommand } from "./buildDeck";
