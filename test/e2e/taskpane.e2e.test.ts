/**
 * End to end, in real headless Chromium: the built task pane page (dist/taskpane.html) loads
 * office.js (served from the npm package), runs against the recording Excel double, and its
 * buttons produce the workbook and the executive deck, driven from the keyboard with the focus
 * checked after each action and each answer to a question, axe-core in each state
 * (test/e2e/axe.ts) and nothing scrolling sideways at 450 px. The other states, the narrow pane
 * and the page outside Office: states.e2e.test.ts. Screenshots go to out/screenshots/ (or
 * SOP_SCREENSHOTS, test/e2e/pane.ts).
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

/** The states axe-core checks on the walk (the others: states.e2e.test.ts). */
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
      expect((await announced(page))?.slice(1)).toEqual([[expect.stringMatching(/^Workbook scaffolded 17 sheets/), "normal"]]);
      await state("scaffolded");

      // This month: Scaffold again while Excel is held: busy, the button keeps the focus
      // (aria-disabled) and the progress shows under it.
      await openTab(page, "This month");
      const monthScaffold = page.getByRole("button", { name: "Scaffold workbook" });
      await tabTo(page, monthScaffold, 8);
      await excel(page, "hold");
      await page.keyboard.press("Enter");
      await page.getByRole("progressbar").waitFor();
      expect(await page.locator("#sop-scaffold ~ div [role='progressbar']").count()).toBe(1);
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
      expect(await messageUnder(page, "sop-scaffold").textContent()).toContain("Workbook scaffolded");
      seen["this month, scaffolded"] = await widths(page);
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
      expect(await messageUnder(page, "sop-scaffold").textContent()).toContain("Move typed values to Kept inputs?");
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
      expect(await messageUnder(page, "sop-sample").textContent()).toContain("Replace this workbook's data?");
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
      expect(await messageUnder(page, "sop-sample").textContent()).toContain("Sample data loaded");
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

  (axeAvailable ? it : it.skip)("axe-core finds no violations in any state the tests reached", () => {
    expect(Object.keys(violations).sort()).toEqual([...STATES].sort());
    const found = Object.entries(violations).filter(([, v]) => v.length > 0);
    expect(found).toEqual([]);
  });
});
