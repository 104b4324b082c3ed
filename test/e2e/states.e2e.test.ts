/**
 * End to end, in real headless Chromium, against the Excel double: the pane's other states (an
 * action that fails, a workbook of 30 families, Office's dark theme) with the focus and axe-core
 * in each, the pane at 320 px and at 200 % zoom with nothing scrolling sideways, and the page
 * outside Office. The keyboard walk through every action: taskpane.e2e.test.ts.
 */
import { axeAvailable } from "./axe";
import {
  axeState,
  expectFocus,
  messageUnder,
  openPane,
  outcome,
  plainPage,
  messageBar,
  serverUrl,
  shoot,
  sideways,
  tabTo,
  usePaneServer,
  violations,
  widths,
} from "./pane";

usePaneServer();

/** The states axe-core checks here. */
const STATES = ["action failed", "families on the sheet", "dark"];

describe("task pane in Chromium, against the Excel double: other states and narrow panes", () => {
  it("an action that fails: the failure under its button, the focus kept, the close button gives it back", async () => {
    const { page, errors, close } = await openPane();
    try {
      const deck = page.getByRole("button", { name: "Build executive deck" });
      await tabTo(page, deck, 10);
      await page.keyboard.press("Enter");
      expect(await outcome(page, "Building the executive deck failed")).toContain("scaffold the workbook first");
      expect(await messageUnder(page, "sop-deck").count()).toBe(1);
      await expectFocus(page, deck);
      await axeState(page, "action failed");
      await page.keyboard.press("Tab");
      await expectFocus(page, page.getByRole("button", { name: "Dismiss message" }));
      await page.keyboard.press("Enter");
      await expectFocus(page, deck);
      expect(await messageBar(page, "Building the executive deck failed").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);

  it("30 families, at 320 px: the list lives on the Families sheet, the pane shows a summary and the checks; Scaffold and Build deck", async () => {
    const { page, errors, close } = await openPane("#families=30", { width: 320 });
    try {
      await page.getByText("30 families", { exact: false }).first().waitFor();
      await page.getByRole("tab", { name: "Setup" }).click();
      await page.getByText("Product families (30)").waitFor();
      const pane = (await page.locator("main").textContent()) ?? "";
      expect(pane).toContain("and 25 more. Edit them on the Families sheet in Excel; Scaffold reads them from there.");
      expect(pane).toContain("Every family passes the checks.");
      // No family's fields in the pane: the company, months and targets only.
      expect(await page.getByRole("group", { name: /^Family \d/ }).count()).toBe(0);
      expect(await page.getByRole("textbox", { name: /^Name, family/ }).count()).toBe(0);
      const seen: Record<string, [number, number]> = { "setup, 30 families": await widths(page) };
      await shoot(page, "taskpane-families.png");
      await axeState(page, "families on the sheet");

      const scaffold = page.getByRole("button", { name: "Scaffold workbook" });
      await scaffold.focus();
      await page.keyboard.press("Enter");
      expect(await outcome(page, "Workbook scaffolded")).toContain("for 30 families");
      await expectFocus(page, scaffold);
      seen["setup, scaffolded"] = await widths(page);

      await page.getByRole("tab", { name: "This month" }).click();
      const deck = page.getByRole("button", { name: "Build executive deck" });
      await deck.focus();
      await page.keyboard.press("Enter");
      expect(await outcome(page, "Executive deck built")).toContain("30 families");
      await expectFocus(page, deck);
      seen["this month, deck built"] = await widths(page);
      expect(sideways(seen)).toEqual(Object.keys(seen).map((k) => [k, false]));
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
      await page
        .waitForFunction(
          (want) => {
            const el = document.querySelector(".fui-FluentProvider");
            return el !== null && getComputedStyle(el).backgroundColor === want;
          },
          dark,
          { timeout: 20_000 },
        )
        .catch(() => undefined);
      expect(await page.evaluate(background)).toBe(dark);
      await page.getByRole("tab", { name: "Setup" }).click();
      await page.getByRole("textbox", { name: "Company" }).fill("Contoso Pumps");
      await page.getByRole("tab", { name: "This month" }).click();
      await page.getByRole("button", { name: "Scaffold workbook" }).click();
      await outcome(page, "Workbook scaffolded");
      await shoot(page, "taskpane-dark.png");
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
      const seen: Record<string, [number, number]> = { "this month, opened": await widths(page) };
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
      await shoot(page, shot);
      await page.getByRole("button", { name: "Build executive deck" }).click();
      await outcome(page, "Executive deck built");
      seen["this month, deck built"] = await widths(page);
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
    expect(Object.keys(violations).sort()).toEqual([...STATES].sort());
    const found = Object.entries(violations).filter(([, v]) => v.length > 0);
    expect(found).toEqual([]);
  });
});

describe("the page outside Office", () => {
  it("explains what the add-in is and how to sideload it instead of a blank pane", async () => {
    const { page, errors, close } = await plainPage();
    await page.goto(`${serverUrl()}/taskpane.html`);
    await page.getByRole("heading", { name: "S&OP Planner for Excel" }).waitFor({ timeout: 20_000 });
    const text = (await page.textContent("body")) ?? "";
    expect(text).toContain("Upload My Add-in");
    expect(text).toContain("manifest.xml");
    expect(await page.getByLabel("Company").count()).toBe(0);
    await shoot(page, "outside-office.png");
    expect(errors).toEqual([]);
    await close();
  }, 60_000);
});
