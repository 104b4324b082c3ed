/**
 * Keyboard and screen-reader behaviour of the pane: where the focus goes after every action,
 * confirmation and removal (never to the top of the page), where results appear (under the
 * control that started them), the accessible names of repeated fields, Enter in a field, and
 * fields locked while an action writes them.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { CycleConfig } from "../../src/core/model";
import { App } from "../../src/taskpane/components/App";
import { fakeHost, sampleConfig, workbookConfig, type FakeHost } from "./fakeHost";
import { accessibleName, button, click, focused, input, press, render, settle, tab, text, type } from "./ui";

const today = new Date(2026, 2, 15);

const pumps = workbookConfig.families[0];

async function mount(config: CycleConfig | null): Promise<{ host: FakeHost; container: HTMLElement }> {
  const host = fakeHost(config, sampleConfig);
  const { container } = await render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} today={today} />
    </FluentProvider>,
  );
  await settle();
  return { host, container };
}

/** A held host call: `release()` lets it finish. */
function hold(host: FakeHost): () => void {
  let release: () => void = () => undefined;
  host.hold = new Promise<void>((r) => (release = r));
  return () => release();
}

/** true when `a` comes before `b` in the page (reading and tab order). */
function before(a: Element, b: Element): boolean {
  const all = Array.from(document.querySelectorAll("*"));
  return all.indexOf(a) < all.indexOf(b);
}

const messageBar = (container: HTMLElement, title: string): Element => {
  const bar = Array.from(container.querySelectorAll(".fui-MessageBar")).find((m) => (m.textContent ?? "").includes(title));
  if (!bar) throw new Error(`no message "${title}" in: ${text(container)}`);
  return bar;
};

describe("the pane opens on the monthly actions", () => {
  it("This month holds the cycle month, Scaffold and Build deck; setup and tools are one tab away", async () => {
    const { container } = await mount(workbookConfig);
    const selected = container.querySelector("[role='tab'][aria-selected='true']");
    expect(selected?.textContent).toContain("This month");
    expect(input(container, "Cycle month").value).toBe("2026-04");
    button(container, "Scaffold workbook");
    button(container, "Build executive deck");
    expect(text(container)).toContain("Northwind Pumps: 2 families, 24 months of history, 12 of horizon.");
    expect(() => input(container, "Company")).toThrow();
    await tab(container, "Setup");
    expect(input(container, "Company").value).toBe("Northwind Pumps");
    await tab(container, "Tools");
    button(container, "Load sample data");
  });

  it("Next month rolls the cycle month on, across a year end", async () => {
    const { host, container } = await mount({ ...workbookConfig, cycleMonth: "2026-12" });
    await click(button(container, "Next month"));
    expect(input(container, "Cycle month").value).toBe("2027-01");
    await click(button(container, "Scaffold workbook"));
    await settle();
    expect(host.scaffolded[0].cycleMonth).toBe("2027-01");
  });
});

describe("results appear where the action started, and the focus stays there", () => {
  it("Scaffold: progress and outcome right under the button, which keeps the focus while busy (aria-disabled, not disabled)", async () => {
    const { host, container } = await mount(workbookConfig);
    const release = hold(host);
    const scaffold = button(container, "Scaffold workbook");
    const deck = button(container, "Build executive deck");
    scaffold.focus();
    await click(scaffold);
    const bar = container.querySelector("[role='progressbar']") as Element;
    expect(before(scaffold, bar) && before(bar, deck)).toBe(true);
    expect(focused()).toBe(scaffold);
    expect(scaffold.disabled).toBe(false);
    expect(scaffold.getAttribute("aria-disabled")).toBe("true");
    expect(deck.getAttribute("aria-disabled")).toBe("true");
    // A click while busy does nothing.
    await click(deck);
    expect(host.calls).not.toContain("buildDeck");
    release();
    await settle();
    const done = messageBar(container, "Workbook scaffolded");
    expect(before(scaffold, done) && before(done, deck)).toBe(true);
    expect(focused()).toBe(scaffold);
    expect(scaffold.hasAttribute("aria-disabled")).toBe(false);
  });

  it("Build deck: its outcome under its button; Dismiss gives the focus back to the button", async () => {
    const { container } = await mount(workbookConfig);
    const deck = button(container, "Build executive deck");
    deck.focus();
    await click(deck);
    await settle();
    const done = messageBar(container, "Executive deck built");
    expect(before(deck, done)).toBe(true);
    expect(focused()).toBe(deck);
    const dismiss = done.querySelector("[aria-label='Dismiss message']") as HTMLElement;
    dismiss.focus();
    await click(dismiss);
    expect(container.querySelector(".fui-MessageBar")).toBeNull();
    expect(focused()).toBe(button(container, "Build executive deck"));
  });

  it("Replace this workbook's data? appears under Load sample data and takes the focus; Replace and Cancel give it back to the button", async () => {
    const { host, container } = await mount(workbookConfig);
    await tab(container, "Tools");
    const sample = button(container, "Load sample data");
    sample.focus();
    await click(sample);
    const ask = messageBar(container, "Replace this workbook's data?");
    expect(before(sample, ask) && before(ask, button(container, "Reactivate SOP formulas"))).toBe(true);
    expect(focused()).toBe(ask);
    // Cancel: the question closes, the focus is back on the button that asked.
    await click(button(container, "Cancel"));
    expect(focused()).toBe(button(container, "Load sample data"));
    // Ask again and replace: the focus goes to the button, where the progress shows.
    await click(button(container, "Load sample data"));
    const release = hold(host);
    const replace = button(container, "Replace with sample");
    replace.focus();
    await click(replace);
    expect(focused()).toBe(button(container, "Load sample data"));
    expect(text(container)).toContain("Writing the sample");
    release();
    await settle();
    expect(focused()).toBe(button(container, "Load sample data"));
    expect(text(container)).toContain("Sample data loaded");
  });

  it("removing a family moves the focus to the next family's Remove, never to the top", async () => {
    const three = { ...workbookConfig, families: [pumps, { ...pumps, name: "Valves" }, { ...pumps, name: "Meters" }] };
    const { container } = await mount(three);
    await tab(container, "Setup");
    const removeValves = container.querySelector("[aria-label='Remove family 2 (Valves)']") as HTMLElement;
    removeValves.focus();
    await click(removeValves);
    await settle();
    expect(focused()?.getAttribute("aria-label")).toBe("Remove family 2 (Meters)");
    await click(focused() as HTMLElement);
    await settle();
    // The last family left: its Remove button is aria-disabled but keeps the focus.
    expect(focused()?.getAttribute("aria-label")).toBe("Remove family 1 (Pumps)");
    expect(focused()?.getAttribute("aria-disabled")).toBe("true");
  });
});

describe("a refused Scaffold", () => {
  it("focuses the first invalid field (Company), not the last one touched (Price)", async () => {
    const { host, container } = await mount(null);
    await tab(container, "Setup");
    await type(input(container, "Price"), "abc");
    await click(button(container, "Scaffold workbook"));
    expect(host.calls).not.toContain("scaffold");
    expect(focused()).toBe(input(container, "Company"));
    expect(text(container)).toContain("2 fields need a fix");
  });

  it("from This month: switches to Setup and focuses Company, with the message at the top of Setup", async () => {
    const { container } = await mount(null);
    await click(button(container, "Scaffold workbook"));
    expect(container.querySelector("[role='tab'][aria-selected='true']")?.textContent).toContain("Setup");
    const company = input(container, "Company");
    expect(focused()).toBe(company);
    expect(before(messageBar(container, "Check the settings"), company)).toBe(true);
  });

  it("an invalid cycle month is focused where it is, on This month", async () => {
    const { container } = await mount(workbookConfig);
    await type(input(container, "Cycle month"), "April");
    await click(button(container, "Scaffold workbook"));
    expect(container.querySelector("[role='tab'][aria-selected='true']")?.textContent).toContain("This month");
    expect(focused()).toBe(input(container, "Cycle month"));
  });
});

describe("fields", () => {
  it("every field has a unique accessible name: a family's fields carry the family's name", async () => {
    const { container } = await mount(workbookConfig);
    await tab(container, "Setup");
    const names = Array.from(container.querySelectorAll("input, select")).map(accessibleName);
    expect(names).toEqual(expect.arrayContaining(["Price, Pumps", "Price, Valves", "Unit, Valves", "Name, family 1", "Name, family 2", "Company"]));
    expect(new Set(names).size).toBe(names.length);
  });

  it("Enter in a field runs Scaffold", async () => {
    const { host, container } = await mount(workbookConfig);
    await tab(container, "Setup");
    await press(input(container, "Company"), "Enter");
    await settle();
    expect(host.calls).toEqual(["readWorkbook", "scaffold"]);
    await tab(container, "This month");
    await press(input(container, "Cycle month"), "Enter");
    await settle();
    expect(host.calls).toEqual(["readWorkbook", "scaffold", "scaffold"]);
  });

  it("are read-only while Load sample data writes over them, editable again after", async () => {
    const { host, container } = await mount(null);
    await tab(container, "Tools");
    const release = hold(host);
    await click(button(container, "Load sample data"));
    await tab(container, "Setup");
    expect(input(container, "Company").hasAttribute("readonly")).toBe(true);
    expect(input(container, "Price").hasAttribute("readonly")).toBe(true);
    release();
    await settle();
    expect(input(container, "Company").hasAttribute("readonly")).toBe(false);
    expect(input(container, "Company").value).toBe("Sample Co");
  });
});
