/** The pre-build a plan makes, read back from its values; worked by hand. */
import { isSopError } from "../../src/core/errors";
import { deckInputFromNames, type DeckInput } from "../../src/deck/input";
import { prebuilds } from "../../src/deck/prebuild";
import { buildDeckSheet } from "../../src/deck/sheet";
import { fixtureNames, reader } from "./fixture";

describe("prebuilds", () => {
  it("names the units built ahead, in which months, for which peak (the target-seeking proposal's)", () => {
    // Demand 40 40 40 200 40, capacity 100, supply 40 80 100 100 40 (proposeSupply's example):
    // month 1 puts 40 on stock, month 2 60; month 3 (demand 200 > capacity 100) draws 100, the
    // latest layer first: 60 of month 2, 40 of month 1.
    expect(prebuilds([40, 40, 40, 200, 40], [40, 80, 100, 100, 40], [100, 100, 100, 100, 100], 0)).toEqual([
      { peak: 3, demand: 200, capacity: 100, units: 100, from: [{ month: 2, units: 60 }, { month: 1, units: 40 }] },
    ]);
  });

  it("does not count the opening inventory, nor a month that draws stock within its capacity, nor a backlog cleared", () => {
    // Opening 30: month 0 draws 20 of it (demand 60 <= capacity 100: no peak). Month 1 makes 10
    // more than demand (layer 10). Month 2's peak (150 > 100) draws 50: 10 of month 1, 10 of the
    // opening stock left, 30 short (backlog). Month 3 makes 50 over demand: 30 clear the backlog,
    // 20 go on stock; month 4's peak draws 20 of month 3.
    expect(prebuilds([60, 40, 150, 50, 120], [40, 50, 100, 100, 100], [100, 100, 100, 100, 100], 30)).toEqual([
      { peak: 2, demand: 150, capacity: 100, units: 10, from: [{ month: 1, units: 10 }] },
      { peak: 4, demand: 120, capacity: 100, units: 20, from: [{ month: 3, units: 20 }] },
    ]);
    // A month at capacity (demand 100 = capacity 100) that draws 30 of month 0's stock is no peak.
    expect(prebuilds([50, 100], [80, 70], [100, 100], 0)).toEqual([]);
    // No peak above capacity: nothing built ahead.
    expect(prebuilds([50, 50], [60, 40], [100, 100], 0)).toEqual([]);
  });
});

describe("prebuilds after a backlog", () => {
  it("clears the backlog before putting anything on stock", () => {
    // Month 0 makes 20 of 50: 30 short (no stock). Month 1 makes 50 over demand: 30 clear the
    // backlog, 20 go on stock; month 2 puts 50 on stock. Month 3's peak (200 > 100) draws 100:
    // 50 of month 2, 20 of month 1, 30 short.
    expect(prebuilds([50, 50, 50, 200], [20, 100, 100, 100], [100, 100, 100, 100], 0)).toEqual([
      { peak: 3, demand: 200, capacity: 100, units: 70, from: [{ month: 2, units: 50 }, { month: 1, units: 20 }] },
    ]);
  });
});

describe("the deck's supply summary", () => {
  const input = (): DeckInput => {
    const r = deckInputFromNames(reader(fixtureNames()));
    if (isSopError(r)) throw new Error(r.message);
    return r;
  };
  const lines = (sheet: ReturnType<typeof buildDeckSheet>): string[] =>
    sheet.cells.flatMap((row) => row.map((c) => c?.value)).filter((v): v is string => typeof v === "string" && v.startsWith("Pre-build"));

  it("names the pre-build the plan makes", () => {
    // Widgets (opening 20, capacity 100), months 2026-03..05: demand 100 60 150, supply 90 100
    // 100. March draws 10 of the opening stock; April puts 40 on stock; May (150 > 100) draws 50:
    // April's 40, then 10 of the opening stock (not built ahead).
    const i = input();
    const sheet = buildDeckSheet({ ...i, demand: [[100, 60, 150], i.demand[1]], supply: [[90, 100, 100], i.supply[1]] });
    expect(lines(sheet)).toEqual(["Pre-build, Widgets: 40 units built ahead in 2026-04 (40) for the 2026-05 peak (demand 150, capacity 100)"]);
  });

  it("says when there is none", () => {
    // The fixture: Widgets' April peak (120) draws only the opening stock; Gadgets' May peak (50) finds no stock.
    expect(lines(buildDeckSheet(input()))).toEqual(["Pre-build: none (no month's demand above its capacity draws on stock built ahead)"]);
  });
});

describe("the pre-build line with several pre-builds", () => {
  it("names the largest and counts the others", () => {
    // Widgets as above (40 for the 2026-05 peak); Gadgets (capacity 40, opening 0): demand
    // 10 50 50, supply 40 40 40: March puts 30 on stock, April (50 > 40) draws 10, May 10 more.
    const r = deckInputFromNames(reader(fixtureNames()));
    if (isSopError(r)) throw new Error(r.message);
    const sheet = buildDeckSheet({ ...r, demand: [[100, 60, 150], [10, 50, 50]], supply: [[90, 100, 100], [40, 40, 40]] });
    const line = sheet.cells.flatMap((row) => row.map((c) => c?.value)).find((v) => typeof v === "string" && v.startsWith("Pre-build"));
    expect(line).toBe("Pre-build, Widgets: 40 units built ahead in 2026-04 (40) for the 2026-05 peak (demand 150, capacity 100); 2 more pre-builds (20 units)");
  });
});
