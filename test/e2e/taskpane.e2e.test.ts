/**
 * End to end, in real headless Chromium: the built task pane page (dist/taskpane.html) loads
 * office.js (served from the npm package), runs against the recording Excel double, and its
 * buttons produce the workbook and the executive deck, driven from the keyboard with the focus
 * checked after each step. axe-core checks each state (test/e2e/axe.ts); at 320 px and at 200 %
 * zoom nothing scrolls sideways. Opened outside Office the page explains itself. Screenshots go
 * to out/screenshots/ (copy them to docs/screenshots/ for the README).
 */
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { DIST, ensureBuilt, ROOT } from "../setup/dist";
import { axeAvailable, axeViolations } from "./axe";
import { buildPageHost, officeContext, serve } from "./harness";

const SHOTS = path.join(ROOT, "out/screenshots");

interface Summary {
  sheets: string[];
  names: string[];
  syncs: number;
  largestRequestBytes: number;
  requests: number[];
  deck: { charts: { title: string; type: string; source: string }[]; orientation: string; title: unknown } | null;
  company: unknown[];
}

let server: { url: string; close: () => Promise<void> };
let pageHost: string;

beforeAll(async () => {
  ensureBuilt();
  pageHost = await buildPageHost();
  server = await serve(DIST);
  fs.mkdirSync(SHOTS, { recursive: true });
}, 400_000);

afterAll(async () => {
  await server?.close();
});

/** Browsers still open when a test ends (it failed midway) are closed, so jest can exit. */
const stillOpen = new Set<() => Promise<void>>();
afterEach(async () => {
  await Promise.all([...stillOpen].map((c) => c().catch(() => undefined)));
  stillOpen.clear();
});

function tracked(close: () => Promise<void>): () => Promise<void> {
  const once = async (): Promise<void> => {
    if (!stillOpen.delete(once)) return;
    await close();
  };
  stillOpen.add(once);
  return once;
}

async function openPane(
  hash = "",
  view: { readonly width: number; readonly deviceScaleFactor?: number } = { width: 360 },
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const opened = await officeContext(pageHost, view);
  const context = opened.context;
  const close = tracked(opened.close);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/taskpane.html${hash}`);
  await page.getByRole("heading", { name: "S&OP Planner" }).waitFor({ timeout: 20_000 });
  await page.getByRole("button", { name: "Scaffold workbook" }).waitFor();
  return { page, errors, close };
}

const summary = (page: Page): Promise<Summary> => page.evaluate(() => (window as unknown as { __sop: { summary(): Summary } }).__sop.summary());
const excel = (page: Page, what: "hold" | "release"): Promise<void> =>
  page.evaluate((w) => (window as unknown as { __sop: Record<string, () => void> }).__sop[w](), what);

async function outcome(page: Page, title: string): Promise<string> {
  const bar = page.locator(".fui-MessageBar").filter({ hasText: title });
  await bar.waitFor({ timeout: 30_000 });
  return (await bar.textContent()) ?? "";
}

const isFocused = (l: Locator): Promise<boolean> => l.evaluate((el) => el === document.activeElement);

/** What has the focus, for a failure message: tag and accessible text. */
const focusedDescription = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName} ${el.getAttribute("aria-label") ?? (el.textContent ?? "").trim().slice(0, 40)}` : "none";
  });

/** Presses Tab (or Shift+Tab) until `target` has the focus (at most `max` presses); returns how many it took. */
async function tabTo(page: Page, target: Locator, max: number, key = "Tab"): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press(key);
    if (await isFocused(target)) return n;
  }
  throw new Error(`not reached in ${max} Tab presses; the focus is on ${await focusedDescription(page)}`);
}

async function expectFocus(page: Page, target: Locator): Promise<void> {
  expect([await isFocused(target), await focusedDescription(page)]).toEqual([true, expect.any(String)]);
}

/** Keyboard: Shift+Tab back to the tab strip, the arrow keys to the tab, Enter opens it. */
async function openTab(page: Page, name: string): Promise<void> {
  const t = page.getByRole("tab", { name });
  const selected = page.locator("[role='tab'][aria-selected='true']");
  if (!(await isFocused(selected))) await tabTo(page, selected, 40, "Shift+Tab");
  for (let i = 0; i < 3 && !(await isFocused(t)); i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  expect(await t.getAttribute("aria-selected")).toBe("true");
}

/** Horizontal overflow of the page: [scrollWidth, clientWidth] of the scrolling element. */
const widths = (page: Page): Promise<[number, number]> =>
  page.evaluate(() => {
    const e = document.scrollingElement as Element;
    return [e.scrollWidth, e.clientWidth] as [number, number];
  });

/** axe-core's violations per state, checked at the end of each test. */
const violations: Record<string, string[]> = {};
async function axeState(page: Page, state: string): Promise<void> {
  violations[state] = await axeViolations(page);
}

describe("task pane in Chromium, against the Excel double", () => {
  it("keyboard only: a refused Scaffold, Scaffold, Build deck and the sample, with the focus after each step and axe-core in each state", async () => {
    const { page, errors, close } = await openPane("", { width: 450 });
    try {
      // A fresh workbook: This month, defaults, nothing written yet.
      expect((await summary(page)).sheets).toEqual(["Sheet1"]);
      await page.screenshot({ path: path.join(SHOTS, "taskpane-initial.png"), fullPage: true });
      await axeState(page, "initial");

      // Scaffold is 7 Tab presses from the top: the tab strip (one stop), Edit setup, the cycle
      // month (Chromium's month input: month, year, picker), Next month, Scaffold. Enter on it is
      // refused (no company) and the focus goes to Company, on Setup, with the message above it.
      const scaffold = page.getByRole("button", { name: "Scaffold workbook" });
      expect(await tabTo(page, scaffold, 10)).toBe(7);
      await page.keyboard.press("Enter");
      expect(await outcome(page, "Check the settings")).toContain("1 field needs a fix");
      const company = page.getByRole("textbox", { name: "Company" });
      await expectFocus(page, company);
      await page.getByText("Enter the company name; it titles every sheet and the deck.").waitFor();
      expect((await summary(page)).sheets).toEqual(["Sheet1"]);
      await axeState(page, "validation error");

      // Typed, then Enter in the field scaffolds; the focus stays in the field.
      await page.keyboard.type("Contoso Pumps");
      await page.keyboard.press("Enter");
      const built = await outcome(page, "Workbook scaffolded");
      expect(built).toContain("for 1 family, 12 months of history and 18 months of horizon");
      await expectFocus(page, company);
      let s = await summary(page);
      for (const sheet of ["Settings", "Families", "Demand", "Supply", "Finance", "Gaps", "KPIs"]) expect(s.sheets).toContain(sheet);
      expect(s.names).toEqual(expect.arrayContaining(["SOP_Company", "SOP_Demand", "SOP_KPIs"]));
      expect(s.company).toContain("Contoso Pumps");
      expect(s.requests.every((b) => b < 5 * 1024 * 1024)).toBe(true);
      await axeState(page, "scaffolded");

      // This month: Scaffold again while Excel is held: busy, the button keeps the focus
      // (aria-disabled) and the progress shows under it.
      await openTab(page, "This month");
      const monthScaffold = page.getByRole("button", { name: "Scaffold workbook" });
      await tabTo(page, monthScaffold, 8);
      await excel(page, "hold");
      await page.keyboard.press("Enter");
      await page.getByRole("progressbar").waitFor();
      await expectFocus(page, monthScaffold);
      expect(await monthScaffold.getAttribute("aria-disabled")).toBe("true");
      await page.screenshot({ path: path.join(SHOTS, "taskpane-busy.png"), fullPage: true });
      await axeState(page, "busy");
      await excel(page, "release");
      await outcome(page, "Workbook scaffolded");
      await expectFocus(page, monthScaffold);
      await page.screenshot({ path: path.join(SHOTS, "taskpane-scaffolded.png"), fullPage: true });
      // The deck is two Tab presses on, past the scaffold message's close button.
      expect(await tabTo(page, page.getByRole("button", { name: "Build executive deck" }), 4)).toBe(2);

      // The sample: the question appears under Load sample data and takes the focus; Replace
      // gives the focus back to the button, where the outcome shows.
      await openTab(page, "Tools");
      const sample = page.getByRole("button", { name: "Load sample data" });
      expect(await tabTo(page, sample, 4)).toBe(1);
      await page.keyboard.press("Enter");
      await outcome(page, "Replace this workbook's data?");
      const question = page.locator(".fui-MessageBar").filter({ hasText: "Replace this workbook's data?" });
      await expectFocus(page, question);
      await axeState(page, "confirmation");
      // From the question: its close button (top right), then Replace with sample.
      const replace = page.getByRole("button", { name: "Replace with sample" });
      expect(await tabTo(page, replace, 3)).toBe(2);
      await page.keyboard.press("Enter");
      await outcome(page, "Sample data loaded");
      await expectFocus(page, sample);
      await axeState(page, "sample loaded");
      await openTab(page, "Setup");
      const name = await page.getByRole("textbox", { name: "Company" }).inputValue();
      expect(name).not.toBe("Contoso Pumps");
      expect((await summary(page)).company).toContain(name);

      // Build deck, on This month: Tab to it, Enter; the outcome shows under it and the focus
      // stays on it.
      await openTab(page, "This month");
      const deck = page.getByRole("button", { name: "Build executive deck" });
      await tabTo(page, deck, 12);
      const before = (await summary(page)).syncs;
      await page.keyboard.press("Enter");
      const deckText = await outcome(page, "Executive deck built");
      await expectFocus(page, deck);
      s = await summary(page);
      expect(s.syncs - before).toBeLessThanOrEqual(3);
      expect(s.sheets).toContain("Executive Summary");
      expect(s.deck?.charts.length).toBeGreaterThanOrEqual(2);
      expect(s.deck?.orientation).toBe("Landscape");
      expect(deckText).toContain(`${s.syncs - before} round trip`);
      expect(String(s.deck?.title)).toContain(name);
      const deckBox = await deck.boundingBox();
      const deckMessage = await page.locator(".fui-MessageBar").filter({ hasText: "Executive deck built" }).boundingBox();
      expect(deckMessage!.y).toBeGreaterThan(deckBox!.y); // under the button, in view
      expect(deckMessage!.y).toBeLessThan(900);
      await axeState(page, "deck built");
      await page.screenshot({ path: path.join(SHOTS, "taskpane.png"), fullPage: true });

      // Forced colours (Windows high contrast): the system's colours replace the theme's. On
      // the light pane; on the dark one axe-core pairs the theme's light grey text (#adadad)
      // with the forced white background, while Chromium paints that text black (its computed
      // colour under forced colours).
      await page.emulateMedia({ forcedColors: "active" });
      await axeState(page, "forced colours");

      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 90_000);

  it("follows Office's dark theme", async () => {
    const { page, errors, close } = await openPane("#dark");
    try {
      // webDarkTheme colorNeutralBackground1 = #292929; a loaded machine may paint it a moment later.
      const dark = "rgb(41, 41, 41)";
      const background = (): string => {
        const el = document.querySelector(".fui-FluentProvider");
        return el ? getComputedStyle(el).backgroundColor : "";
      };
      await page.waitForFunction((want) => {
        const el = document.querySelector(".fui-FluentProvider");
        return el !== null && getComputedStyle(el).backgroundColor === want;
      }, dark, { timeout: 20_000 }).catch(() => undefined);
      expect(await page.evaluate(background)).toBe(dark);
      await page.getByRole("tab", { name: "Setup" }).click();
      await page.getByRole("textbox", { name: "Company" }).fill("Contoso Pumps");
      await page.getByRole("tab", { name: "This month" }).click();
      await page.getByRole("button", { name: "Scaffold workbook" }).click();
      await outcome(page, "Workbook scaffolded");
      await page.screenshot({ path: path.join(SHOTS, "taskpane-dark.png"), fullPage: true });
      await axeState(page, "dark");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  // 320 px, then the same pane at 200 % zoom (160 CSS px at a device scale factor of 2).
  it.each([
    ["320 px", { width: 320 }, "taskpane-narrow.png"],
    ["320 px at 200 % zoom", { width: 160, deviceScaleFactor: 2 }, "taskpane-zoom200.png"],
  ] as const)("at %s: no sideways scrolling on any tab, the message's close button in view", async (_what, view, shot) => {
    const { page, errors, close } = await openPane("", view);
    try {
      const seen: Record<string, [number, number]> = {};
      await page.getByRole("button", { name: "Scaffold workbook" }).click();
      await outcome(page, "Check the settings");
      seen["setup, refused"] = await widths(page);
      await page.getByRole("textbox", { name: "Company" }).fill("Contoso Pumps with a long company name");
      await page.getByRole("button", { name: "Add family" }).click();
      seen["setup, two families"] = await widths(page);
      await page.getByRole("tab", { name: "This month" }).click();
      await page.getByRole("button", { name: "Scaffold workbook" }).click();
      await outcome(page, "Workbook scaffolded");
      seen["this month, scaffolded"] = await widths(page);
      const dismiss = page.getByRole("button", { name: "Dismiss message" });
      const box = await dismiss.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(view.width);
      await page.screenshot({ path: path.join(SHOTS, shot), fullPage: true });
      await page.getByRole("tab", { name: "Tools" }).click();
      await page.getByRole("button", { name: "Load sample data" }).click();
      await outcome(page, "Replace this workbook's data?");
      seen["tools, confirmation"] = await widths(page);
      for (const [state, [scroll, client]] of Object.entries(seen)) expect([state, scroll <= client]).toEqual([state, true]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  (axeAvailable ? it : it.skip)("axe-core finds no violations in any state the tests reached", () => {
    expect(Object.keys(violations).sort()).toEqual(
      ["busy", "confirmation", "dark", "deck built", "forced colours", "initial", "sample loaded", "scaffolded", "validation error"].sort(),
    );
    const found = Object.entries(violations).filter(([, v]) => v.length > 0);
    expect(found).toEqual([]);
  });
});

describe("the page outside Office", () => {
  it("explains what the add-in is and how to sideload it instead of a blank pane", async () => {
    const opened = await officeContext(null);
    const context = opened.context;
    const close = tracked(opened.close);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("heading", { name: "S&OP Planner for Excel" }).waitFor({ timeout: 20_000 });
    const text = (await page.textContent("body")) ?? "";
    expect(text).toContain("Upload My Add-in");
    expect(text).toContain("manifest.xml");
    expect(await page.getByLabel("Company").count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, "outside-office.png"), fullPage: true });
    expect(errors).toEqual([]);
    await close();
  }, 60_000);
});
