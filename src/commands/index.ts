/**
 * Ribbon command handlers, registered in the shared runtime once Office reports Excel.
 * The manifest's "Build deck" button calls action id "buildDeck".
 */
import { officeHost } from "../taskpane/host";
import { buildDeckCommand } from "./buildDeck";

function register(): void {
  const env = { showTaskpane: () => Office.addin.showAsTaskpane() };
  Office.actions.associate("buildDeck", (event: Office.AddinCommands.Event) => {
    void buildDeckCommand(officeHost, env, event);
  });
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady().then((info) => {
    if (info.host === Office.HostType.Excel && Office.actions) register();
  });
}

export { buildDeckCommand } from "./buildDeck";
export { onCommandOutcome, lastCommandOutcome } from "./bus";
