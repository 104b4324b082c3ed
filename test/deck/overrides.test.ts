/**
 * Override discipline in the deck, by hand: this cycle's overrides read from the Demand sheet and
 * ranked by value at the family's price, the value added by reason read from the KPIs sheet, and
 * the two lines word for word.
 */
import { byReasonLine, largestOverridesLine, readOverrides, type DeckOverride, type DeckOverrides } from "../../src/deck/overrides";
import type { DeckFamily } from "../../src/deck/input";
import type { CellValue } from "../../src/layout/types";

const family = (name: string, unit: string, price: number): DeckFamily => ({
  name,
  unit,
  price,
  unitCost: 1,
  openingInventory: 0,
  capacityPerMonth: 100,
  targetDaysOfSupply: 30,
});
const families = [family("Widgets", "units", 10), family("Chairs", "seats", 50)];
const months = ["2026-03", "2026-04"];
const reader = (m: Record<string, CellValue[][]>) => (name: string) => m[name];

describe("reading the overrides", () => {
  it("ranks this cycle's overrides by |units| x price, reasons trimmed, text and blanks not overrides", () => {
    // Widgets 2026-03: +5 x 10 = 50; Chairs 2026-03: -3 x 50 = 150; Chairs 2026-04 holds text.
    const o = readOverrides(
      reader({
        SOP_OverrideDiff: [
          [5, null],
          [-3, "x"],
        ],
        SOP_OverrideReason: [
          ["Promotion", ""],
          [" Tender ", "r"],
        ],
        SOP_FVAByReason: [
          ["Promotion", 2, 0.1, 0.2, 13],
          ["", 1, 0, 0, 1],
          ["Other", "n/a", 0, 0, null],
        ],
      }),
      families,
      months,
    );
    expect(o?.overrides).toEqual([
      { family: "Chairs", month: "2026-03", unit: "seats", units: -3, value: 150, reason: "Tender" },
      { family: "Widgets", month: "2026-03", unit: "units", units: 5, value: 50, reason: "Promotion" },
    ]);
    expect(o?.byReason).toEqual([
      { reason: "Promotion", measured: 2, added: 13 },
      { reason: "Other", measured: 0, added: null },
    ]);
  });

  it("values an override at the month's price where the workbook gives one", () => {
    // Widgets 2026-04 at 12 (Families 10): +5 x 12 = 60; Chairs has no month price: -3 x 50 = 150.
    const o = readOverrides(
      reader({ SOP_OverrideDiff: [[null, 5], [-3, null]], SOP_OverrideReason: [["", "Promotion"], ["", ""]] }),
      families,
      months,
      [[10, 12]],
    );
    expect(o?.overrides.map((x) => [x.family, x.month, x.value])).toEqual([
      ["Chairs", "2026-03", 150],
      ["Widgets", "2026-04", 60],
    ]);
  });

  it("reads either name alone, rows or reasons missing as none; nothing without both names", () => {
    expect(readOverrides(reader({}), families, months)).toBeUndefined();
    expect(readOverrides(reader({ SOP_FVAByReason: [["Promotion", 1, 0, 0, 2]] }), families, months)).toEqual({
      overrides: [],
      byReason: [{ reason: "Promotion", measured: 1, added: 2 }],
    });
    // One row of differences for two families, no reasons.
    expect(readOverrides(reader({ SOP_OverrideDiff: [[0, 7]] }), families, months)).toEqual({
      overrides: [
        { family: "Widgets", month: "2026-04", unit: "units", units: 7, value: 70, reason: "" },
        { family: "Widgets", month: "2026-03", unit: "units", units: 0, value: 0, reason: "" },
      ],
      byReason: [],
    });
    // Reasons for the first family only.
    const partial = readOverrides(reader({ SOP_OverrideDiff: [[1, null], [2, null]], SOP_OverrideReason: [["Why"]] }), families, months);
    expect(partial?.overrides.map((x) => x.reason)).toEqual(["", "Why"]);
  });
});

const override = (family: string, month: string, units: number, reason: string): DeckOverride => ({
  family,
  month,
  unit: "units",
  units,
  value: Math.abs(units),
  reason,
});

describe("the largest overrides line", () => {
  const four: DeckOverrides = {
    overrides: [
      override("Valves", "2026-06", 1250, "Tender"),
      override("Controllers", "2026-05", -128, "Promotion"),
      override("Industrial pumps", "2026-04", -49, ""),
      override("Seals", "2026-04", 0, "Other"),
    ],
    byReason: [],
  };

  it("names the first three with their sign and reason, and says how many there are", () => {
    expect(largestOverridesLine(four)).toBe(
      "Largest overrides this cycle (3 of 4): Valves 2026-06 +1,250 units vs the baseline (Tender); Controllers 2026-05 -128 units (Promotion); Industrial pumps 2026-04 -49 units (no reason given).",
    );
  });

  it("lists them all, without a count, when they fit; an override of 0 has no sign", () => {
    expect(largestOverridesLine({ ...four, overrides: four.overrides.slice(1) })).toBe(
      "Largest overrides this cycle: Controllers 2026-05 -128 units vs the baseline (Promotion); Industrial pumps 2026-04 -49 units (no reason given); Seals 2026-04 0 units (Other).",
    );
    expect(largestOverridesLine({ overrides: [], byReason: [] })).toBe("Overrides this cycle: none; the consensus follows the statistical baseline.");
  });
});

describe("the value added by reason line", () => {
  it("ranks the measured reasons by points added, then names those not measured yet", () => {
    const o: DeckOverrides = {
      overrides: [],
      byReason: [
        { reason: "Other", measured: 3, added: 3.33 },
        { reason: "Supply constraint", measured: 2, added: 13 },
        { reason: "Promotion", measured: 0, added: 5 },
        { reason: "Price", measured: 1, added: -2.04 },
        { reason: "Tender", measured: 2, added: null },
        { reason: "Even", measured: 1, added: 0 },
      ],
    };
    expect(byReasonLine(o)).toBe(
      "Past value added by override reason (archived plans, override vs baseline): Supply constraint +13.0 pts (2 plans), Other +3.3 pts (3), Even 0.0 pts (1), Price -2.0 pts (1); not measured yet: Promotion, Tender.",
    );
  });

  it("says one plan in the singular, and that nothing is measured yet when nothing is", () => {
    expect(byReasonLine({ overrides: [], byReason: [{ reason: "Promotion", measured: 1, added: 1.5 }] })).toBe(
      "Past value added by override reason (archived plans, override vs baseline): Promotion +1.5 pts (1 plan).",
    );
    expect(byReasonLine({ overrides: [], byReason: [{ reason: "Promotion", measured: 0, added: null }] })).toBe(
      "Past value added by override reason: no archived override has an actual yet.",
    );
  });
});
