/**
 * End to end, in real headless Chromium: the built task pane page (dist/taskpane.html) loads
 * office.js (served from the npm package), runs against the recording Excel double, and its
 * buttons produce the workbook and the executive deck, driven from the keyboard with the focus
 * checked after each action and each answer to a question. axe-core checks every state
 * (test/e2e/axe.ts); at 450 px, at 320 px and at 200 % zoom nothing scrolls sideways. Opened
 * outside Office the page explains itself. Screenshots go to out/screenshots/ (or SOP_SCREENSHOTS,
 * test/e2e/pane.ts).
 */
import { axeAvailable } from "./axe";
import {
  announced,
  axeState,
  excel,
  expectFocus,
  messageBar,
  messageUnder,
  openPane,
  openTab,
  outcome,
  plainPage,
  serverUrl,
  shoot,
  sideways,
  summary,
  tabTo,
  typeInExcel,
  usePaneServer,
  violations,
  widths,
} from "./pane";

usePaneServer();

/** Every state axe-core checks (each test records its own). */
const STATES = [
  "initial",
  "validation error",
  "scaffolded",
  "busy",
  "deck built, own company",
  "scaffold confirmation",
  "confirmation",
  "sample loaded",
  "setup, sample families",
  "reactivated",
  "self-test report",
  "deck built",
  "forced colours",
  "action failed",
  "families on the sheet",
  "dark",
];

describe("task pane in Chromium, against the Excel double", () => {
  it("keyboard only, at 450 px: each action and each question, the focus after each, axe-core in each state and nothing scrolling sideways", async () => {
    const { page, errors, close } = await openPane("", { width: 450 });
    const seen: Record<string, [number, number]> = {};
    const state = async (name: string): Promise<void> => {
      seen[name] = await widths(page);
      await axeState(page, name);
    };
    try {
      // A fresh workbook: This month, defaults, nothing written yet.
      expect((await summary(page)).sheets).toEqual(["Sheet1"]);
      await shoot(page, "taskpane-initial.png");
      await state("initial");

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
      // Announced through Fluent's announcer: the error interrupts (ariaNotify priority "high").
      expect(await announced(page)).toEqual([
        ["Check the settings 1 field needs a fix before the workbook can be built; each says what it expects.", "high"],
      ]);
      await state("validation error");

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
      // A success waits its turn (priority "normal").
      expect((await announced(page))?.slice(1)).toEqual([[expect.stringMatching(/^Workbook scaffolded 12 sheets/), "normal"]]);
      await state("scaffolded");

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
      // Scaffold writes the settings: the cycle month is read-only until it is done.
      const month = page.locator('input[data-field="cycleMonth"]');
      expect(await month.getAttribute("readonly")).not.toBeNull();
      // Nothing is marked busy around the messages (a live region under aria-busy stays silent).
      expect(await page.locator("[aria-busy='true']").count()).toBe(0);
      await shoot(page, "taskpane-busy.png");
      await state("busy");
      await excel(page, "release");
      await outcome(page, "Workbook scaffolded");
      await expectFocus(page, monthScaffold);
      expect(await month.getAttribute("readonly")).toBeNull();
      await shoot(page, "taskpane-scaffolded.png");

      // Build deck for the company just scaffolded (not the sample): two Tab presses on, past
      // the scaffold message's close button. The deck is built for its one family, the outcome
      // shows under the button, in view, and the button keeps the focus.
      const deck = page.getByRole("button", { name: "Build executive deck" });
      expect(await tabTo(page, deck, 4)).toBe(2);
      await page.keyboard.press("Enter");
      const ownDeck = await outcome(page, "Executive deck built");
      expect(ownDeck).toContain("1 family, 18 months");
      await expectFocus(page, deck);
      s = await summary(page);
      expect(s.sheets).toContain("Executive Summary");
      expect(String(s.deck?.title)).toContain("Contoso Pumps");
      const below = async (): Promise<void> => {
        expect(await messageUnder(page, "sop-deck").textContent()).toContain("Executive deck built");
        const button = (await deck.boundingBox())!;
        const message = (await messageBar(page, "Executive deck built").boundingBox())!;
        expect(message.y).toBeGreaterThan(button.y); // under the button, in view
        expect(message.y).toBeLessThan(900);
      };
      await below();
      await state("deck built, own company");

      // A note typed beside the layout in Excel: Scaffold asks before moving it to Kept inputs;
      // the question takes the focus; Cancel gives it back to Scaffold and writes nothing; asked
      // again, "Scaffold and move them" gives the focus to Scaffold, where the outcome shows.
      await typeInExcel(page, "Actuals", "J5", "Pumps: March from the ERP export");
      await tabTo(page, monthScaffold, 4, "Shift+Tab");
      await page.keyboard.press("Enter");
      await outcome(page, "Move typed values to Kept inputs?");
      const move = messageBar(page, "Move typed values to Kept inputs?");
      await expectFocus(page, move);
      await state("scaffold confirmation");
      const syncsAsked = (await summary(page)).syncs;
      expect(await tabTo(page, page.getByRole("button", { name: "Cancel" }), 4)).toBe(3);
      await page.keyboard.press("Enter");
      await expectFocus(page, monthScaffold);
      expect(await move.count()).toBe(0);
      expect((await summary(page)).syncs).toBe(syncsAsked);
      await page.keyboard.press("Enter");
      await outcome(page, "Move typed values to Kept inputs?");
      await expectFocus(page, move);
      expect(await tabTo(page, page.getByRole("button", { name: "Scaffold and move them" }), 3)).toBe(2);
      await page.keyboard.press("Enter");
      expect(await outcome(page, "Workbook scaffolded")).toContain("Kept inputs");
      await expectFocus(page, monthScaffold);
      expect((await summary(page)).sheets).toContain("Kept inputs");

      // The sample: the question appears under Load sample data and takes the focus; its close
      // button gives the focus back; asked again, Replace gives the focus back to the button,
      // where the outcome shows.
      await openTab(page, "Tools");
      const sample = page.getByRole("button", { name: "Load sample data" });
      expect(await tabTo(page, sample, 4)).toBe(1);
      await page.keyboard.press("Enter");
      await outcome(page, "Replace this workbook's data?");
      const question = messageBar(page, "Replace this workbook's data?");
      await expectFocus(page, question);
      await state("confirmation");
      expect(await tabTo(page, page.getByRole("button", { name: "Dismiss message" }), 2)).toBe(1);
      await page.keyboard.press("Enter");
      await expectFocus(page, sample);
      expect(await question.count()).toBe(0);
      await page.keyboard.press("Enter");
      await expectFocus(page, question);
      // From the question: its close button (top right), then Replace with sample.
      const replace = page.getByRole("button", { name: "Replace with sample" });
      expect(await tabTo(page, replace, 3)).toBe(2);
      await page.keyboard.press("Enter");
      await outcome(page, "Sample data loaded");
      await expectFocus(page, sample);
      await state("sample loaded");

      // Reactivate and the self-test: the outcome under each, the focus on each; the self-test's
      // report under it.
      const reactivate = page.getByRole("button", { name: "Reactivate SOP formulas" });
      await tabTo(page, reactivate, 4);
      await page.keyboard.press("Enter");
      await messageUnder(page, "sop-reactivate").waitFor({ timeout: 30_000 });
      await expectFocus(page, reactivate);
      await state("reactivated");
      const selfTest = page.getByRole("button", { name: "Run self-test" });
      await tabTo(page, selfTest, 4);
      await page.keyboard.press("Enter");
      await page.getByRole("textbox", { name: "Self-test report (copy into a bug report)" }).waitFor({ timeout: 30_000 });
      expect(await messageUnder(page, "sop-selftest").count()).toBe(1);
      await expectFocus(page, selfTest);
      await state("self-test report");

      await openTab(page, "Setup");
      const name = await page.getByRole("textbox", { name: "Company" }).inputValue();
      expect(name).not.toBe("Contoso Pumps");
      expect((await summary(page)).company).toContain(name);
      expect(await page.getByRole("group", { name: /^Family \d/ }).count()).toBe(5);
      await state("setup, sample families");
      // Remove family: the focus goes to the next family's Remove, or the new last family's.
      await page.getByRole("button", { name: "Remove family 2 (Industrial pumps)" }).focus();
      await page.keyboard.press("Enter");
      await expectFocus(page, page.getByRole("button", { name: "Remove family 2 (Valves)" }));
      await page.getByRole("button", { name: "Remove family 4 (Spare-part kits)" }).focus();
      await page.keyboard.press("Enter");
      await expectFocus(page, page.getByRole("button", { name: "Remove family 3 (Controllers)" }));
      expect(await page.getByRole("group", { name: /^Family \d/ }).count()).toBe(3);

      // Build deck for the sample, on This month: Tab to it, Enter; the outcome shows under it
      // and the focus stays on it.
      await openTab(page, "This month");
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
      await below();
      await state("deck built");
      await shoot(page, "taskpane.png");

      // Forced colours (Windows high contrast): the system's colours replace the theme's. On
      // the light pane; on the dark one axe-core pairs the theme's light grey text (#adadad)
      // with the forced white background, while Chromium paints that text black (its computed
      // colour under forced colours).
      await page.emulateMedia({ forcedColors: "active" });
      await state("forced colours");

      expect(sideways(seen)).toEqual(Object.keys(seen).map((k) => [k, false]));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 150_000);

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
