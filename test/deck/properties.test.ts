import fc from "fast-check";
import type { DeckInput } from "../../src/deck/input";
import { buildDeckSheet } from "../../src/deck/sheet";

const num = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const maybe = fc.option(num, { nil: null });

const inputArb: fc.Arbitrary<DeckInput> = fc
  .record({ f: fc.integer({ min: 1, max: 4 }), h: fc.integer({ min: 1, max: 6 }) })
  .chain(({ f, h }) => {
    const grid = fc.array(fc.array(num, { minLength: h, maxLength: h }), { minLength: f, maxLength: f });
    const months = Array.from({ length: h }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
    return fc.record({
      company: fc.string(),
      cycleMonth: fc.constant("2026-01"),
      businessType: fc.constantFrom("manufacturing" as const, "saas" as const, "services" as const, "distribution" as const),
      months: fc.constant(months),
      families: fc.array(
        fc.record({
          name: fc.string({ minLength: 1 }),
          unit: fc.constant("units"),
          price: num,
          unitCost: num,
          openingInventory: num,
          capacityPerMonth: num,
          targetDaysOfSupply: num,
        }),
        { minLength: f, maxLength: f },
      ),
      demand: grid,
      supply: grid,
      capacity: grid,
      inventory: grid,
      shortfall: grid,
      revenue: grid,
      cogs: grid,
      grossMargin: grid,
      inventoryValue: grid,
      targets: fc.record({ revenuePerMonth: num, grossMarginPct: num, inventoryValueCeiling: num }),
      kpis: fc.array(
        fc.record({ name: fc.string(), category: fc.string(), value: maybe, target: maybe, status: fc.string(), previous: maybe, unit: fc.constantFrom("%", "x", "currency", "ratio", "") }),
        { maxLength: 12 },
      ),
      gaps: fc.array(
        fc.record({ rank: fc.nat(), family: fc.string(), month: fc.constantFrom(...months), type: fc.string(), gap: num, valueAtStake: num }),
        { maxLength: 8 },
      ),
      actions: fc.array(
        fc.record({ decision: fc.string(), owner: fc.string(), dueDate: fc.constantFrom("", "2025-12-31", "2026-02-01"), status: fc.constantFrom("Open", "In progress", "Closed") }),
        { maxLength: 6 },
      ),
    });
  });

describe("deck sheet properties", () => {
  it("never throws, writes only finite numbers, and charts read ranges inside the sheet", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const sheet = buildDeckSheet(input);
        for (const row of sheet.cells) {
          for (const c of row) if (typeof c?.value === "number") expect(Number.isFinite(c.value)).toBe(true);
        }
        for (const chart of sheet.charts) {
          const last = /(\d+)$/.exec(chart.sourceRange.split(":")[1]);
          expect(Number(last?.[1])).toBeLessThanOrEqual(sheet.cells.length);
        }
        expect(sheet.cells[0][0]?.value).toContain(input.company);
      }),
      { numRuns: 60 },
    );
  });
});
