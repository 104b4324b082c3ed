/**
 * The risk view's words: each gap in one line (its size in its family's unit, hours for a
 * resource, none for a gap in currency only), the count sentence, and gaps grouped into issues.
 */
import { gapCountText, gapIssues, gapLine, gapUnit } from "../../src/deck/risks";
import type { DeckFamily, DeckGap } from "../../src/deck/input";

const family = (name: string, unit: string): DeckFamily => ({
  name,
  unit,
  price: 10,
  unitCost: 6,
  openingInventory: 0,
  capacityPerMonth: 100,
  targetDaysOfSupply: 30,
});
const families = [family("Controllers", "units"), family("Seating", "seats")];
const gap = (family: string, month: string, type: string, size: number | null, valueAtStake: number): DeckGap => ({
  rank: 0,
  family,
  month,
  type,
  gap: size,
  valueAtStake,
});

describe("a gap in words", () => {
  it("gives its size in its family's unit, hours for a resource, units for a family the table does not know", () => {
    expect(gapLine(gap("Controllers", "2027-08", "Late demand", 1108, 709318), families)).toBe(
      "Controllers 2027-08 late demand: 1,108 units, 709,318 revenue delayed",
    );
    expect(gapLine(gap("Seating", "2027-01", "Lost demand", 12, 2400), families)).toBe("Seating 2027-01 lost demand: 12 seats, 2,400 revenue lost");
    expect(gapLine(gap("Assembly line", "2026-04", "Resource overload", 30, 450), families)).toBe(
      "Assembly line 2026-04 resource overload: 30 hours, 450 of production cost beyond the resource's capacity",
    );
    expect(gapUnit(gap("Retired family", "2026-04", "Lost demand", 5, 50), families)).toBe("units");
  });

  it("has no size for a gap measured in currency only", () => {
    const g = gap("All families", "2026-05", "Revenue below target", null, 500);
    expect(gapUnit(g, families)).toBe("");
    expect(gapLine(g, families)).toBe("All families 2026-05 revenue below target: 500 short of the revenue target");
  });
});

describe("the gap count", () => {
  it("counts one gap, many gaps with thousands separated, or says there are none", () => {
    expect(gapCountText({ count: 1, totalValueAtStake: 500 })).toBe("1 gap in the plan, 500 value at stake in total");
    expect(gapCountText({ count: 1234, totalValueAtStake: 8390411 })).toBe("1,234 gaps in the plan, 8,390,411 value at stake in total");
    expect(gapCountText({ count: 0, totalValueAtStake: 0 })).toBe("No gaps in the plan: demand, supply and financial targets line up.");
  });
});

describe("gaps grouped into issues", () => {
  it("adds up one family's gaps of one type, months in calendar order, largest total first", () => {
    // Widgets late: 300 + 100 = 400 (5 + 10 = 15 units); Gadgets lost: 350; revenue: 200, no units.
    // Ranked one by one, Gadgets lost (350) would come before Widgets' 300.
    const issues = gapIssues([
      gap("Widgets", "2026-04", "Late demand", 10, 100),
      gap("Widgets", "2026-03", "Late demand", 5, 300),
      gap("Gadgets", "2026-05", "Lost demand", 10, -350),
      gap("All families", "2026-05", "Revenue below target", null, 200),
    ]);
    expect(issues).toEqual([
      { family: "Widgets", type: "Late demand", months: ["2026-03", "2026-04"], gap: 15, valueAtStake: 400 },
      { family: "Gadgets", type: "Lost demand", months: ["2026-05"], gap: 10, valueAtStake: 350 },
      { family: "All families", type: "Revenue below target", months: ["2026-05"], gap: null, valueAtStake: 200 },
    ]);
  });
});
