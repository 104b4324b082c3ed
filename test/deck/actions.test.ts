/**
 * The actions log as the deck orders it (open first by due date, undated last, then closed by
 * due date), what counts as closed and as overdue, and the agenda's length; by hand.
 */
import { actionsView, isClosed } from "../../src/deck/actions";
import { MONTHLY_AGENDA, agendaMinutes } from "../../src/deck/agenda";
import type { DeckAction } from "../../src/deck/input";

const action = (decision: string, dueDate: string, status = "Open"): DeckAction => ({ decision, owner: "Ops", dueDate, status });

describe("the actions log", () => {
  it("counts closed, done and complete(d) as closed, whatever the case or the spaces around, and nothing else", () => {
    expect(["Closed", "done", " Done ", "COMPLETE", "completed"].map(isClosed)).toEqual([true, true, true, true, true]);
    // The whole status must be one of the words: "Not closed" and "Closed pending review" are open.
    expect(["Not closed", "Closed pending review", "In progress", "", "Open"].map(isClosed)).toEqual([false, false, false, false, false]);
  });

  it("puts an undated open item after the dated ones wherever it stands in the log", () => {
    const v = actionsView([action("Undated", ""), action("Later", "2026-05-01"), action("Sooner", "2026-04-01")], "2026-03");
    expect(v.lines.map((l) => l.decision)).toEqual(["Sooner", "Later", "Undated"]);
  });

  it("keeps the log's order between items due the same day, and sorts closed items by due date too", () => {
    const v = actionsView(
      [
        action("Closed late", "2026-02-20", "Closed"),
        action("First", "2026-04-01"),
        action("Second", "2026-04-01"),
        action("Third", "2026-04-01"),
        action("Closed early", "2026-01-05", "Done"),
      ],
      "2026-03",
    );
    expect(v.lines.map((l) => l.decision)).toEqual(["First", "Second", "Third", "Closed early", "Closed late"]);
    // 2 of 5 closed.
    expect([v.openCount, v.closedCount, v.closure]).toEqual([3, 2, 0.4]);
  });

  it("flags an open item as overdue only when it was due before the cycle month's first day", () => {
    const v = actionsView(
      [action("Due on the first", "2026-03-01"), action("Due the day before", "2026-02-28"), action("Closed and late", "2026-01-01", "Closed")],
      "2026-03",
    );
    expect(v.lines.map((l) => [l.decision, l.overdue])).toEqual([
      ["Due the day before", true],
      ["Due on the first", false],
      ["Closed and late", false],
    ]);
  });
});

describe("the monthly meeting agenda", () => {
  it("adds up to 90 minutes: 5 + 10 + 15 + 15 + 10 + 15 + 15 + 5", () => {
    expect(agendaMinutes(MONTHLY_AGENDA)).toBe(90);
    expect(agendaMinutes([])).toBe(0);
  });
});
