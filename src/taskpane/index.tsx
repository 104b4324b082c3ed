/**
 * The task pane page. It also hosts the custom functions and the ribbon commands: one shared
 * runtime, one page (dist/taskpane.html). The ribbon commands (src/commands) are loaded by the
 * same webpack entry, ahead of this file; their outcomes arrive here through src/app/bus.
 *
 * In Excel, Office.onReady reports the host and the pane renders. Anywhere else (a plain
 * browser, or office.js unreachable) the page explains what the add-in is and how to sideload it.
 */
import "../functions";
import { createRoot } from "react-dom/client";
import { lastCommandOutcome, onCommandOutcome } from "../app/bus";
import { officeHost } from "../app/host";
import type { Message } from "../app/outcome";
import { App } from "./components/App";
import { OutsideOffice } from "./components/OutsideOffice";
import { Root } from "./components/Root";
import { currentOfficeTheme } from "./theme";

function subscribe(listener: (m: Message) => void): () => void {
  const last = lastCommandOutcome();
  if (last) listener(last);
  return onCommandOutcome(listener);
}

function render(inExcel: boolean): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <Root officeTheme={inExcel ? currentOfficeTheme() : null}>
      {inExcel ? <App host={officeHost} subscribeCommands={subscribe} /> : <OutsideOffice />}
    </Root>,
  );
}

if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
  render(false);
} else {
  Office.onReady().then(
    (info) => render(info.host === Office.HostType.Excel),
    () => render(false),
  );
}
