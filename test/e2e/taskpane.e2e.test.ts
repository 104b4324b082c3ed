/**
 * End to end, in real headless Chromium: the built task pane page (dist/taskpane.html) loads
 * office.js (served from the npm package), runs against the recording Excel double, and its
 * buttons produce the workbook and the executive deck. Opened outside Office it explains
 * itself. Screenshots go to out/screenshots/ (copy them to docs/screenshots/ for the README).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { DIST, ensureBuilt, ROOT } from "../setup/dist";
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

async function openPane(hash = ""): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const opened = await officeContext(pageHost);
  const context = opened.context;
  const close = tracked(opened.close);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/taskpane.html${hash}`);
  await page.getByRole("heading", { name: "S&OP Planner" }).waitFor({ timeout: 20_000 });
  await page.getByLabel("Company").waitFor();
  return { page, errors, close };
}

const summary = (page: Page): Promise<Summary> => page.evaluate(() => (window as unknown as { __sop: { summary(): Summary } }).__sop.summary());

async function outcome(page: Page, title: string): Promise<string> {
  const bar = page.locator(".fui-MessageBar").filter({ hasText: title });
  await bar.waitFor({ timeout: 30_000 });
  return (await bar.textContent()) ?? "";
}

describe("task pane in Chromium, against the Excel double", () => {
  it("validates the form, scaffolds, loads the sample and builds the deck", async () => {
    const { page, errors, close } = await openPane();

    // A fresh workbook: defaults, nothing written yet.
    expect(await page.getByLabel("Company").inputValue()).toBe("");
    expect((await summary(page)).sheets).toEqual(["Sheet1"]);

    // An invalid value shows its message; scaffolding is refused until it is fixed.
    const price = page.getByLabel("Price");
    await price.fill("abc");
    await price.blur();
    await page.getByText('Enter a number of at least 0; "abc" is not.').waitFor();
    await page.getByRole("button", { name: "Scaffold workbook" }).click();
    expect(await outcome(page, "Check the settings")).toContain("2 fields need a fix");
    await page.getByText("Enter the company name; it titles every sheet and the deck.").waitFor();
    expect((await summary(page)).sheets).toEqual(["Sheet1"]);

    // Fixed: the workbook is scaffolded.
    await page.getByLabel("Company").fill("Contoso Pumps");
    await price.fill("120");
    await page.getByRole("button", { name: "Scaffold workbook" }).click();
    const built = await outcome(page, "Workbook scaffolded");
    expect(built).toContain("for 1 family, 12 months of history and 18 months of horizon");
    let s = await summary(page);
    for (const sheet of ["Settings", "Families", "Demand", "Supply", "Finance", "Gaps", "KPIs"]) expect(s.sheets).toContain(sheet);
    expect(s.names).toEqual(expect.arrayContaining(["SOP_Company", "SOP_Demand", "SOP_KPIs"]));
    expect(s.company).toContain("Contoso Pumps");
    expect(s.requests.every((b) => b < 5 * 1024 * 1024)).toBe(true);

    // The sample replaces the data, after a confirmation; the form shows the sample's settings.
    await page.getByRole("button", { name: "Load sample data" }).click();
    await outcome(page, "Replace this workbook's data?");
    await page.getByRole("button", { name: "Replace with sample" }).click();
    await outcome(page, "Sample data loaded");
    const company = await page.getByLabel("Company").inputValue();
    expect(company).not.toBe("Contoso Pumps");
    expect((await summary(page)).company).toContain(company);

    // The deck: one sheet with its charts, landscape, in at most 3 round trips.
    const before = (await summary(page)).syncs;
    await page.getByRole("button", { name: "Build executive deck" }).click();
    const deckText = await outcome(page, "Executive deck built");
    s = await summary(page);
    expect(s.syncs - before).toBeLessThanOrEqual(3);
    expect(s.sheets).toContain("Executive Summary");
    expect(s.deck?.charts.length).toBeGreaterThanOrEqual(2);
    expect(s.deck?.orientation).toBe("Landscape");
    expect(String(s.deck?.title)).toContain(company);
    expect(deckText).toContain(`${s.syncs - before} round trip`);

    await page.screenshot({ path: path.join(SHOTS, "taskpane.png"), fullPage: true });
    expect(errors).toEqual([]);
    await close();
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
      await page.getByLabel("Company").fill("Contoso Pumps");
      await page.getByRole("button", { name: "Scaffold workbook" }).click();
      await outcome(page, "Workbook scaffolded");
      await page.screenshot({ path: path.join(SHOTS, "taskpane-dark.png"), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);
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
