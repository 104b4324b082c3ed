/**
 * Driving the built task pane in headless Chromium for the end-to-end tests: opening it against
 * the Excel double (test/e2e/browser/pageHost.ts), reading the double's workbook, the keyboard
 * (Tab to a control, open a tab), the focus, the messages, the page's horizontal overflow, and
 * axe-core's violations per state. `usePaneServer()` registers the suite's hooks: dist/ built
 * and served, the page host bundled, browsers closed after each test.
 */
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { DIST, ensureBuilt, ROOT } from "../setup/dist";
import { axeViolations } from "./axe";
import { buildPageHost, officeContext, serve } from "./harness";

/**
 * Where the screenshots go: out/screenshots/, or the folder SOP_SCREENSHOTS names (relative to
 * the repository): `SOP_SCREENSHOTS=docs/screenshots npx jest test/e2e` refreshes the README's.
 */
export const SHOTS = path.resolve(ROOT, process.env.SOP_SCREENSHOTS ?? "out/screenshots");

export interface Summary {
  sheets: string[];
  names: string[];
  syncs: number;
  largestRequestBytes: number;
  requests: number[];
  deck: { charts: { title: string; type: string; source: string }[]; orientation: string; title: unknown } | null;
  company: unknown[];
}

export interface View {
  readonly width: number;
  readonly deviceScaleFactor?: number;
}

let server: { url: string; close: () => Promise<void> } | undefined;
let pageHost = "";
/** Browsers still open when a test ends (it failed midway) are closed, so jest can exit. */
const stillOpen = new Set<() => Promise<void>>();

/** The suite's hooks: dist/ built and served, the page host bundled, leftover browsers closed. */
export function usePaneServer(): void {
  beforeAll(async () => {
    ensureBuilt();
    pageHost = await buildPageHost();
    server = await serve(DIST);
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 400_000);
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    await Promise.all([...stillOpen].map((c) => c().catch(() => undefined)));
    stillOpen.clear();
  });
}

export function serverUrl(): string {
  if (!server) throw new Error("usePaneServer() was not called");
  return server.url;
}

function tracked(close: () => Promise<void>): () => Promise<void> {
  const once = async (): Promise<void> => {
    if (!stillOpen.delete(once)) return;
    await close();
  };
  stillOpen.add(once);
  return once;
}

/** A browser without the Excel double (the page outside Office); closed after the test. */
export async function plainPage(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const opened = await officeContext(null);
  const close = tracked(opened.close);
  const page = await opened.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, errors, close };
}

/** The pane in Excel (the double), `hash` passed to the page host (#dark, #families=30), at `view`. */
export async function openPane(hash = "", view: View = { width: 360 }): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const opened = await officeContext(pageHost, view);
  const close = tracked(opened.close);
  await opened.context.addInitScript(recordAnnouncements);
  const page = await opened.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${serverUrl()}/taskpane.html${hash}`);
  await page.getByRole("heading", { name: "S&OP Planner" }).waitFor({ timeout: 20_000 });
  await page.getByRole("button", { name: "Scaffold workbook" }).waitFor({ timeout: 20_000 });
  return { page, errors, close };
}

type Notify = (message: string, options?: { priority?: string }) => void;

/**
 * Runs in the page before its scripts: records what Fluent's AriaLiveAnnouncer announces through
 * Chromium's `document.ariaNotify` (message, priority), then lets the browser announce it.
 */
function recordAnnouncements(): void {
  const w = window as unknown as { __announced: Array<[string, string]> };
  const d = document as Document & { ariaNotify?: Notify };
  w.__announced = [];
  const original = d.ariaNotify;
  if (typeof original !== "function") return;
  d.ariaNotify = function (this: Document, message, options) {
    w.__announced.push([message, options?.priority ?? "normal"]);
    original.call(this, message, options);
  };
}

/** What was announced so far, [message, "normal" | "high"]; null when the browser has no ariaNotify. */
export const announced = (page: Page): Promise<Array<[string, string]> | null> =>
  page.evaluate(() =>
    typeof (document as Document & { ariaNotify?: unknown }).ariaNotify === "function"
      ? (window as unknown as { __announced: Array<[string, string]> }).__announced
      : null,
  );

export const summary = (page: Page): Promise<Summary> =>
  page.evaluate(() => (window as unknown as { __sop: { summary(): Summary } }).__sop.summary());

/** Holds every Excel.run (the pane stays busy) or releases them. */
export const excel = (page: Page, what: "hold" | "release"): Promise<void> =>
  page.evaluate((w) => (window as unknown as { __sop: Record<string, () => void> }).__sop[w](), what);

/** Types a value into the double's grid, as a user in Excel. */
export const typeInExcel = (page: Page, sheet: string, address: string, value: string | number): Promise<void> =>
  page.evaluate(
    ([s, a, v]) => (window as unknown as { __sop: { type(s: string, a: string, v: string | number): void } }).__sop.type(s, a, v),
    [sheet, address, value] as const,
  );

/** The message bar titled `title`. */
export const messageBar = (page: Page, title: string): Locator => page.locator(".fui-MessageBar").filter({ hasText: title });

/** The message under the action button `id` (its status, a sibling of the button). */
export const messageUnder = (page: Page, id: string): Locator => page.locator(`#${id} ~ div .fui-MessageBar`);

/** Waits for the message titled `title` (30 s) and returns its text. */
export async function outcome(page: Page, title: string): Promise<string> {
  const bar = messageBar(page, title);
  await bar.waitFor({ timeout: 30_000 });
  return (await bar.textContent()) ?? "";
}

export const isFocused = (l: Locator): Promise<boolean> => l.evaluate((el) => el === document.activeElement);

/** What has the focus, for a failure message: tag and accessible text. */
const focusedDescription = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName} ${el.getAttribute("aria-label") ?? (el.textContent ?? "").trim().slice(0, 40)}` : "none";
  });

/** Presses Tab (or Shift+Tab) until `target` has the focus (at most `max` presses); returns how many it took. */
export async function tabTo(page: Page, target: Locator, max: number, key = "Tab"): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press(key);
    if (await isFocused(target)) return n;
  }
  throw new Error(`not reached in ${max} Tab presses; the focus is on ${await focusedDescription(page)}`);
}

/** `target` has the focus (the failure names what has it instead). */
export async function expectFocus(page: Page, target: Locator): Promise<void> {
  const has = await isFocused(target);
  expect([has, has ? "" : await focusedDescription(page)]).toEqual([true, ""]);
}

/** Keyboard: Shift+Tab back to the tab strip, the arrow keys to the tab, Enter opens it. */
export async function openTab(page: Page, name: string): Promise<void> {
  const t = page.getByRole("tab", { name });
  const selected = page.locator("[role='tab'][aria-selected='true']");
  if (!(await isFocused(selected))) await tabTo(page, selected, 40, "Shift+Tab");
  for (let i = 0; i < 3 && !(await isFocused(t)); i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  expect(await t.getAttribute("aria-selected")).toBe("true");
}

/** Horizontal overflow of the page: [scrollWidth, clientWidth] of the scrolling element. */
export const widths = (page: Page): Promise<[number, number]> =>
  page.evaluate(() => {
    const e = document.scrollingElement as Element;
    return [e.scrollWidth, e.clientWidth] as [number, number];
  });

/** The states whose width was measured, each with whether it scrolls sideways (expected: none). */
export const sideways = (seen: Record<string, [number, number]>): Array<[string, boolean]> =>
  Object.entries(seen).map(([state, [scroll, client]]) => [state, scroll > client]);

/** A full-page screenshot in SHOTS. */
export const shoot = (page: Page, file: string): Promise<Buffer> => page.screenshot({ path: path.join(SHOTS, file), fullPage: true });

/** axe-core's violations per state, checked at the end of the suite. */
export const violations: Record<string, string[]> = {};
export async function axeState(page: Page, state: string): Promise<void> {
  violations[state] = await axeViolations(page);
}
