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
// Fluent's tab indicator animates with the window's animation frames, which linkedom lacks.
if (typeof w.requestAnimationFrame !== "function") {
  w.requestAnimationFrame = (cb: (t: number) => void) => setTimeout(() => cb(Date.now()), 0);
  w.cancelAnimationFrame = (id: ReturnType<typeof setTimeout>) => clearTimeout(id);
}
// React DOM feature-detects the "input" event with `"oninput" in document`.
const d = window.document as unknown as Record<string, unknown>;
if (!("oninput" in d)) d.oninput = null;

export const dom = window;

/*
 * Focus as a browser keeps it: linkedom has no document.activeElement. focus() moves it (not
 * onto a disabled control), blur() and removing the focused element from the page drop it to
 * the body, which is what "focus fell to the top of the page" looks like.
 */
let focused: Element | null = null;
const doc = window.document as unknown as Document;
Object.defineProperty(doc, "activeElement", {
  configurable: true,
  get: () => (focused !== null && focused.isConnected ? focused : doc.body),
});
const proto = (window as unknown as { HTMLElement: typeof HTMLElement }).HTMLElement.prototype;
const FocusEventCtor = (window as unknown as { Event: typeof Event }).Event;
proto.focus = function focus(this: HTMLElement): void {
  if ((this as HTMLButtonElement).disabled === true || this.hasAttribute("disabled")) return;
  if (focused === this) return;
  focused = this;
  this.dispatchEvent(new FocusEventCtor("focus"));
  this.dispatchEvent(new FocusEventCtor("focusin", { bubbles: true }));
};
proto.blur = function blur(this: HTMLElement): void {
  if (focused !== this) return;
  focused = null;
  this.dispatchEvent(new FocusEventCtor("blur"));
  this.dispatchEvent(new FocusEventCtor("focusout", { bubbles: true }));
};
