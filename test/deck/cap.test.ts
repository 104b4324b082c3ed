/**
 * Lists of any length on the two printed pages: the decisions required, the KPIs without data
 * and the decisions and owners show their first lines, then one line counting the rest and
 * saying where they are listed.
 */
import { isSopError } from "../../src/core/errors";
import { capList } from "../../src/deck/cap";
import { MAX_DECISION_LINES, buildDeck, moreDecisions } from "../../src/deck/deck";
import type { ForecastabilityLine } from "../../src/deck/forecastability";
import { deckInputFromNames, type DeckInput } from "../../src/deck/input";
import { buildDeckSheet } from "../../src/deck/sheet";
import { MAX_ACTION_LINES } from "../../src/deck/sheetDecide";
import { fixtureNames, reader } from "./fixture";

function input(): DeckInput {
  const r = deckInputFromNames(reader(fixtureNames()));
  if (isSopError(r)) throw new Error(r.message);
  return r;
}

const biased = (family: string, trackingSignal: number): ForecastabilityLine => ({
  family,
  revenue: null,
  abc: "",
  cv: null,
  xyz: "",
  trackingSignal,
  bias: trackingSignal > 0 ? "Under-forecast" : "Over-forecast",
});

describe("capping a list", () => {
  it("shows every item that fits, else the first max - 1 and hides the rest for the counting line", () => {
    expect(capList([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], hidden: [] });
    expect(capList([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2], hidden: [3, 4, 5] });
    expect(capList([], 3)).toEqual({ shown: [], hidden: [] });
    // A list of one line at most is the counting line alone.
    expect(capList([1, 2], 1)).toEqual({ shown: [], hidden: [1, 2] });
  });

  it("counts the decisions left off by kind", () => {
    expect(moreDecisions([{ kind: "bias" }])).toBe("And 1 more decision (the Gaps sheet lists them): 1 bias exception.");
    expect(moreDecisions([{ kind: "gap" }, { kind: "inventory" }, { kind: "bias" }, { kind: "bias" }])).toBe(
      "And 4 more decisions (the Gaps sheet lists them): 1 gap to close, the inventory ceiling, 2 bias exceptions.",
    );
  });
});

describe("the decisions required of a cycle with many bias exceptions", () => {
  // The fixture's own decisions: approve the plan and three gap issues (4 lines); nine families
  // biased, tracking signals +5 to +13 (all under-forecast), in the workbook's order.
  const signals = [5, 13, 6, 12, 7, 11, 8, 10, 9];
  const lines = signals.map((ts, i) => biased(`Family ${i + 1}`, ts));
  const deck = buildDeck({ ...input(), forecastability: lines }, { unmetTolerance: 0.1 });

  it("lists the largest bias first and counts the other eight in the sixth and last line", () => {
    expect(deck.decisionsRequired).toHaveLength(MAX_DECISION_LINES);
    expect(deck.decisionsRequired.slice(0, 4)).toEqual([
      "Approve the operating plan: the Build ahead option is recommended.",
      "Close the supply shortfall gap for Gadgets in 2026-05: 10 units, 500 at stake.",
      "Close the revenue below target gap for Widgets in 2026-05: 500 short of the revenue target.",
      "Close the inventory below target gap for Gadgets in 2026-04: 5 units, 150 at stake.",
    ]);
    // Family 2 has the largest tracking signal, +13.
    expect(deck.decisionsRequired[4]).toBe(
      "Bias exception: Family 2 sells above its consensus (tracking signal +13.0): review its forecast and overrides before the plan is approved.",
    );
    // 9 exceptions, 1 listed: 8 more.
    expect(deck.decisionsRequired[5]).toBe("And 8 more decisions (the Gaps sheet lists them): 8 bias exceptions.");
  });

  it("lists them all while they fit", () => {
    const two = buildDeck({ ...input(), forecastability: lines.slice(0, 2) }, { unmetTolerance: 0.1 });
    expect(two.decisionsRequired).toHaveLength(6);
    expect(two.decisionsRequired[4]).toMatch(/^Bias exception: Family 2 /);
    expect(two.decisionsRequired[5]).toMatch(/^Bias exception: Family 1 /);
  });
});

describe("the decisions and owners of a long actions log", () => {
  it("shows the first nine and counts the rest, open and closed", () => {
    const i = input();
    // 14 actions: 8 open (due 2026-04-01 .. 08), 6 closed.
    const actions = Array.from({ length: 14 }, (_, k) => ({
      decision: `Action ${k + 1}`,
      owner: "Owner",
      dueDate: `2026-04-${String(k + 1).padStart(2, "0")}`,
      status: k < 8 ? "Open" : "Closed",
    }));
    const sheet = buildDeckSheet({ ...i, actions });
    const header = sheet.cells.findIndex((r) => r[0]?.value === "Decision");
    const rows = sheet.cells.slice(header + 1, header + 1 + MAX_ACTION_LINES).map((r) => r[0]?.value);
    // Open first by due date (1..8), then the closed from 9: nine lines, then 5 more (0 open, 5 closed).
    expect(rows).toEqual([
      ...Array.from({ length: 9 }, (_, k) => `Action ${k + 1}`),
      "And 5 more (0 open, 5 closed): the Actions sheet lists every decision.",
    ]);
    expect(sheet.cells[header + 1 + MAX_ACTION_LINES]).toEqual([]);
  });
});
