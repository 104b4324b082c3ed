/**
 * A DOM for component tests under jest's node environment: linkedom's document, installed as
 * the browser globals React DOM and Fluent read. Import this first in a component test.
 */
import { parseHTML } from "linkedom";

const { window } = parseHTML("<!doctype html><html><head></head><body><div id='root'></div></body></html>");
const g = globalThis as unknown as Record<string, unknown>;
const w = window as unknown as Record<string, unknown>;
if (!w.location) w.location = new URL("https://localhost:3000/taskpane.html");
for (const key of ["window", "document", "navigator", "HTMLElement", "Node", "Element", "Event", "MouseEvent", "KeyboardEvent", "CustomEvent", "InputEvent", "FocusEvent", "EventTarget", "location"]) {
  g[key] = key === "window" ? window : w[key];
}
g.IS_REACT_ACT_ENVIRONMENT = true;
// React DOM feature-detects the "input" event with `"oninput" in document`.
const d = window.document as unknown as Record<string, unknown>;
if (!("oninput" in d)) d.oninput = null;

export const dom = window;
