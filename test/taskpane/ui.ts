/** Small helpers to drive a rendered pane in the linkedom DOM (import ./dom first). */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { ReactElement } from "react";

export async function render(element: ReactElement): Promise<{ container: HTMLElement; root: Root }> {
  document.body.innerHTML = "<div id='root'></div>";
  const container = document.getElementById("root") as HTMLElement;
  const root = createRoot(container);
  await act(async () => root.render(element));
  return { container, root };
}

/** Lets pending promises (a fake host's answers) settle inside act. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  });
}

export function text(container: HTMLElement): string {
  return (container.textContent ?? "").replace(/\s+/g, " ");
}

function event(type: string): Event {
  return new (window as unknown as { Event: typeof Event }).Event(type, { bubbles: true });
}

export function button(container: HTMLElement, label: string): HTMLButtonElement {
  const found = Array.from(container.querySelectorAll("button")).find((b) => (b.textContent ?? "").trim() === label);
  if (!found) throw new Error(`no button "${label}" in: ${text(container)}`);
  return found as HTMLButtonElement;
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.dispatchEvent(event("click"));
  });
}

/** The input a Fluent Field labels (nth match when several fields share a label). */
export function input(container: HTMLElement, label: string, nth = 0): HTMLInputElement {
  const labels = Array.from(container.querySelectorAll("label")).filter((l) => (l.textContent ?? "").replace(/\s*\*$/, "").trim() === label);
  const l = labels[nth];
  const id = l?.getAttribute("for");
  const el = id ? (container.querySelector(`[id="${id}"]`) as HTMLInputElement | null) : null;
  if (!el) throw new Error(`no field "${label}" #${nth}`);
  return el;
}

/** Types a value as a user would: sets it, fires input, then leaves the field (blur). */
export async function type(el: HTMLInputElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), "value")?.set;
  await act(async () => {
    if (setter) setter.call(el, value);
    else el.value = value;
    el.dispatchEvent(event("input"));
  });
  await act(async () => {
    el.dispatchEvent(event("focusout"));
    el.dispatchEvent(event("blur"));
  });
}

/** The validation message under a field, found through the input's aria-describedby. */
export function messageOf(container: HTMLElement, el: HTMLInputElement): string | null {
  const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  const texts = ids
    .map((id) => container.querySelector(`[id="${id}"]`))
    .filter((n): n is Element => n !== null && /validationMessage/.test(n.getAttribute("class") ?? ""))
    .map((n) => (n.textContent ?? "").trim());
  return texts[0] ?? null;
}

/** Selects a tab of the pane ("This month", "Setup", "Tools"). */
export async function tab(container: HTMLElement, label: string): Promise<void> {
  const found = Array.from(container.querySelectorAll("[role='tab']")).find((t) => (t.textContent ?? "").includes(label));
  if (!found) throw new Error(`no tab "${label}"`);
  await click(found as HTMLElement);
}

/** The element that has the focus (the body when nothing does). */
export function focused(): Element | null {
  return document.activeElement;
}

/** What a screen reader names an element: aria-label, else the text of its label or aria-labelledby, else its text. */
export function accessibleName(el: Element): string {
  const aria = el.getAttribute("aria-label");
  if (aria) return aria;
  const by = el.getAttribute("aria-labelledby");
  if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ").trim();
  const id = el.getAttribute("id");
  const label = id ? document.querySelector(`label[for="${id}"]`) : null;
  return ((label ?? el).textContent ?? "").replace(/\s*\*$/, "").trim();
}

/** Presses a key on an element (keydown, bubbling, as React listens for it). */
export async function press(el: Element, key: string): Promise<void> {
  const e = new (window as unknown as { Event: typeof Event }).Event("keydown", { bubbles: true, cancelable: true });
  Object.defineProperty(e, "key", { value: key });
  await act(async () => {
    el.dispatchEvent(e);
  });
}
