import "./dom";
import * as React from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { CycleConfig } from "../../src/core/model";
import { App } from "../../src/taskpane/components/App";
import { OutsideOffice } from "../../src/taskpane/components/OutsideOffice";
import type { Message } from "../../src/app/outcome";
import { fakeHost, sampleConfig, workbookConfig } from "./fakeHost";
import { button, click, focused, input, messageOf, render, settle, tab, text, type } from "./ui";

const today = new Date(2026, 2, 15);


async function mount(config: CycleConfig | null, extra: Partial<React.ComponentProps<typeof App>> = {}) {
  const host = fakeHost(config, sampleConfig);
  const { container } = await render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} today={today} {...extra} />
    </FluentProvider>,
  );
  await settle();
  return { host, container };
}

describe("task pane", () => {
  it("prefills the form from a workbook scaffolded before", async () => {
    const { host, container } = await mount(workbookConfig);
    expect(host.calls).toEqual(["readWorkbook"]);
    expect(text(container)).toContain("Settings read from this workbook.");
    expect(input(container, "Cycle month").value).toBe("2026-04");
    await tab(container, "Setup");
    expect(input(container, "Company").value).toBe("Northwind Pumps");
    expect(input(container, "History (months)").value).toBe("24");
    expect(input(container, "Name", 1).value).toBe("Valves");
    expect(input(container, "Gross margin").value).toBe("42");
    expect((container.querySelector("select") as HTMLSelectElement).value).toBe("distribution");
    expect(text(container)).toContain("Product families (2)");
  });

  it("starts from defaults on a fresh workbook", async () => {
    const { container } = await mount(null);
    expect(input(container, "Cycle month").value).toBe("2026-03");
    await tab(container, "Setup");
    expect(input(container, "Company").value).toBe("");
    expect(input(container, "Horizon (months)").value).toBe("18");
    expect(text(container)).toContain("Describe this month's cycle");
  });

  it("shows a field's message once the user leaves it with a bad value", async () => {
    const { container } = await mount(workbookConfig);
    await tab(container, "Setup");
    const price = input(container, "Price", 0);
    expect(messageOf(container, price)).toBeNull();
    await type(price, "cheap");
    expect(price.getAttribute("aria-invalid")).toBe("true");
    expect(messageOf(container, price)).toBe('Enter a number of at least 0; "cheap" is not.');
  });

  it("does not scaffold an invalid form: every message shows and the pane says how many fields need a fix", async () => {
    const { host, container } = await mount(null);
    await click(button(container, "Scaffold workbook"));
    expect(host.calls).not.toContain("scaffold");
    expect(text(container)).toContain("Check the settings");
    expect(text(container)).toContain("1 field needs a fix");
    expect(messageOf(container, input(container, "Company"))).toMatch(/Enter the company name/);
  });

  it("scaffolds with the validated config, shows the step while it runs, then what was built", async () => {
    const { host, container } = await mount(workbookConfig);
    let release: () => void = () => undefined;
    host.hold = new Promise<void>((r) => (release = r));
    await tab(container, "Setup");
    await type(input(container, "Company"), "  Contoso  ");
    await tab(container, "This month");
    await click(button(container, "Scaffold workbook"));
    expect(text(container)).toContain("Writing sheet Demand");
    expect(container.querySelector("[role='progressbar']")).not.toBeNull();
    expect(button(container, "Build executive deck").getAttribute("aria-disabled")).toBe("true");
    release();
    await settle();
    expect(host.scaffolded[0]).toEqual({ ...workbookConfig, company: "Contoso" });
    expect(text(container)).toContain("Workbook scaffolded");
    expect(text(container)).toContain("3 sheets (Settings, Families, Demand) for 2 families");
    expect(container.querySelector("[role='progressbar']")).toBeNull();
  });

  it("says what went wrong and what to do when Excel refuses", async () => {
    const { host, container } = await mount(workbookConfig);
    host.fail = Object.assign(new Error("Writing sheet KPIs failed"), { code: "AccessDenied" });
    await click(button(container, "Scaffold workbook"));
    await settle();
    expect(text(container)).toContain("Scaffolding the workbook failed");
    expect(text(container)).toContain("Writing sheet KPIs failed (AccessDenied)");
    expect(text(container)).toContain("Unprotect it");
  });

  it("asks before loading the sample over a scaffolded workbook, then fills the form with the sample", async () => {
    const { host, container } = await mount(workbookConfig);
    await tab(container, "Tools");
    await click(button(container, "Load sample data"));
    expect(host.calls).not.toContain("loadSample");
    expect(text(container)).toContain("Replace this workbook's data?");
    await click(button(container, "Replace with sample"));
    await settle();
    expect(host.calls).toContain("loadSample");
    expect(text(container)).toContain("Sample data loaded");
    await tab(container, "Setup");
    expect(input(container, "Company").value).toBe("Sample Co");
  });

  it("loads the sample at once into a fresh workbook", async () => {
    const { host, container } = await mount(null);
    await tab(container, "Tools");
    await click(button(container, "Load sample data"));
    await settle();
    expect(host.calls).toEqual(["readWorkbook", "loadSample"]);
  });

  it("builds the deck and reactivates formulas through the host", async () => {
    const { host, container } = await mount(workbookConfig);
    await click(button(container, "Build executive deck"));
    await settle();
    expect(text(container)).toContain("Executive deck built");
    await tab(container, "Tools");
    await click(button(container, "Reactivate SOP formulas"));
    await settle();
    expect(host.calls).toEqual(["readWorkbook", "buildDeck", "reactivateFormulas"]);
    expect(text(container)).toContain("Re-entered 12 formulas on KPIs");
  });

  it("runs the self-test and shows what failed with a report to copy", async () => {
    const { host, container } = await mount(workbookConfig);
    await tab(container, "Tools");
    await click(button(container, "Run self-test"));
    await settle();
    expect(host.calls).toEqual(["readWorkbook", "selfTest"]);
    expect(text(container)).toContain("Self-test found problems");
    expect(text(container)).toContain("1 check of 2 passed in 4 round trips. OTIF by order (expected 0, got #VALUE!)");
    const report = container.querySelector("textarea")!.value;
    expect(report.split("\n").slice(0, 3)).toEqual([
      "S&OP Planner self-test: 1 passed, 1 failed",
      'PASS\tWAPE: numbers, blanks, ""\texpected 0.136363636\tgot 0.136363636',
      "FAIL\tOTIF by order\texpected 0\tgot #VALUE!",
    ]);
  });

  it("shows the outcome of the ribbon's Build deck command", async () => {
    let push: (m: Message) => void = () => undefined;
    const { container } = await mount(workbookConfig, {
      subscribeCommands: (l) => {
        push = l;
        return () => undefined;
      },
    });
    await settle();
    await import("react").then(({ act }) => act(async () => push({ intent: "success", title: "Executive deck built", body: "from the ribbon" })));
    expect(text(container)).toContain("from the ribbon");
  });

  it("a long family list is summarised with its checks, and Scaffold reads it from the Families sheet first", async () => {
    const many: CycleConfig = {
      ...workbookConfig,
      families: Array.from({ length: 30 }, (_, i) => ({ ...workbookConfig.families[0], name: `Family ${i + 1}` })),
    };
    const { host, container } = await mount(many);
    await tab(container, "Setup");
    expect(text(container)).toContain("Product families (30)");
    expect(text(container)).toContain("Family 1, Family 2, Family 3, Family 4, Family 5 and 25 more. Edit them on the Families sheet");
    expect(text(container)).toContain("Every family passes the checks.");
    expect(container.querySelectorAll('fieldset[aria-label^="Family "]')).toHaveLength(0);
    // Edited in Excel since the pane read it: Family 3 renamed, Family 7's price made invalid.
    const edited = many.families.map((f, i) => (i === 2 ? { ...f, name: "Drives" } : f));
    host.sheetConfig = { ...many, families: edited };
    await click(button(container, "Scaffold workbook"));
    await settle();
    expect(host.calls).toEqual(["readWorkbook", "readConfig", "scaffold"]);
    expect(host.scaffolded[0].families.map((f) => f.name).slice(0, 4)).toEqual(["Family 1", "Family 2", "Drives", "Family 4"]);
  });

  it("a list grown past the pane's families in the pane: once scaffolded it is summarised and edited on the Families sheet", async () => {
    const { host, container } = await mount(workbookConfig);
    await tab(container, "Setup");
    // 2 families read + 7 added = 9, one more than the pane edits (FAMILY_PREVIEW, 8).
    for (let i = 0; i < 7; i++) await click(button(container, "Add family"));
    expect(container.querySelectorAll('fieldset[aria-label^="Family "]')).toHaveLength(9);
    expect(text(container)).toContain("A longer list is edited on the Families sheet: once scaffolded with more than 8 families");
    const scaffold = button(container, "Scaffold workbook");
    scaffold.focus();
    await click(scaffold);
    await settle();
    expect(host.scaffolded[0].families).toHaveLength(9);
    expect(text(container)).toContain("Product families (9)");
    expect(text(container)).toContain("Pumps, Valves, Family 3, Family 4, Family 5 and 4 more. Edit them on the Families sheet");
    expect(container.querySelectorAll('fieldset[aria-label^="Family "]')).toHaveLength(0);
    expect(focused()?.id).toBe("sop-scaffold-setup");
  });

  it("a long family list with a problem: Scaffold is refused and the focus goes to the checks that name it", async () => {
    const many: CycleConfig = {
      ...workbookConfig,
      families: Array.from({ length: 12 }, (_, i) => ({ ...workbookConfig.families[0], name: `Family ${i + 1}` })),
    };
    const { host, container } = await mount(many);
    host.sheetConfig = { ...many, families: many.families.map((f, i) => (i === 6 ? { ...f, name: "Family 1" } : f)) };
    await click(button(container, "Scaffold workbook"));
    await settle();
    expect(host.calls).not.toContain("scaffold");
    expect(focused()?.getAttribute("id")).toBe("sop-family-checks");
    expect(text(container)).toContain('Family 1 (row 7): Name: "Family 1" is already family 1; names must be unique.');
  });

  it("labels every input (screen readers announce each field)", async () => {
    const { container } = await mount(workbookConfig);
    const unlabelled = Array.from(container.querySelectorAll("input, select")).filter((el) => {
      const id = el.getAttribute("id");
      return !id || !container.querySelector(`label[for="${id}"]`);
    });
    expect(unlabelled).toHaveLength(0);
  });
});

describe("outside Office", () => {
  it("explains what the add-in is and how to sideload it", async () => {
    const { container } = await render(
      <FluentProvider theme={webLightTheme}>
        <OutsideOffice />
      </FluentProvider>,
    );
    const t = text(container);
    expect(t).toContain("S&OP Planner for Excel");
    expect(t).toContain("Upload My Add-in");
    expect(t).toContain("npm start");
    expect(t).toContain("npm run pack");
  });
});
