import { buildDeckCommand } from "../../src/commands/buildDeck";
import { lastCommandOutcome, onCommandOutcome } from "../../src/app/bus";
import type { Message } from "../../src/app/outcome";

describe('ribbon command "buildDeck"', () => {
  it("builds the deck, tells an open pane, and completes the event", async () => {
    const seen: Message[] = [];
    const off = onCommandOutcome((m) => seen.push(m));
    let completed = 0;
    const opened: number[] = [];
    await buildDeckCommand(
      { buildDeck: async () => ({ sheet: "Executive Summary", families: 4, months: 18, charts: 2, syncs: 3 }) },
      { showTaskpane: async () => void opened.push(1) },
      { completed: () => void (completed += 1) },
    );
    off();
    expect(completed).toBe(1);
    expect(opened).toEqual([]);
    expect(seen.map((m) => m.title)).toEqual(["Executive deck built"]);
    expect(lastCommandOutcome()?.body).toContain("4 families, 18 months, 2 charts; 3 round trips");
  });

  it("opens the pane with the reason when the deck cannot be built, and still completes the event", async () => {
    let completed = 0;
    let opened = 0;
    await buildDeckCommand(
      {
        buildDeck: async () => {
          throw new Error("the workbook has no SOP_Demand range: scaffold the workbook first");
        },
      },
      {
        showTaskpane: async () => {
          opened += 1;
          throw new Error("not supported"); // an older host: the message waits for the pane
        },
      },
      { completed: () => void (completed += 1) },
    );
    expect(completed).toBe(1);
    expect(opened).toBe(1);
    expect(lastCommandOutcome()).toMatchObject({ intent: "error", title: "Building the executive deck failed" });
  });
});
