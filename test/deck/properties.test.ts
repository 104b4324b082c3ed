import fc from "fast-check";
import type { DeckInput } from "../../src/deck/input";
import { buildDeckSheet } from "../../src/deck/sheet";
import { riskView } from "../../src/deck/risks";

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
      late: grid,
      lost: grid,
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

  it("ranks the risks by value at stake, then month, then family, and a full tie keeps the workbook's order", () => {
    const gap = fc.record({
      rank: fc.nat({ max: 20 }),
      family: fc.constantFrom("A", "B"),
      month: fc.constantFrom("2026-01", "2026-02"),
      type: fc.constantFrom("Shortfall", "Over capacity", "Inventory above target"),
      gap: fc.integer({ min: 0, max: 50 }),
      valueAtStake: fc.constantFrom(-200, 100, 200, 300),
    });
    fc.assert(
      fc.property(fc.array(gap, { maxLength: 12 }), (gaps) => {
        const tagged = gaps.map((g, i) => ({ ...g, type: `${g.type} #${i}` }));
        const view = riskView(tagged, tagged.length);
        expect(view.top.map((g) => g.rank)).toEqual(tagged.map((_, i) => i + 1));
        expect(view.count).toBe(tagged.length);
        expect(view.totalValueAtStake).toBe(tagged.reduce((s, g) => s + Math.abs(g.valueAtStake), 0));
        const index = (g: { type: string }): number => Number(g.type.split("#")[1]);
        for (let i = 1; i < view.top.length; i++) {
          const a = view.top[i - 1];
          const b = view.top[i];
          const key = (g: typeof a): [number, string, string] => [-Math.abs(g.valueAtStake), g.month, g.family];
          const [ka, kb] = [key(a), key(b)];
          const cmp = ka[0] - kb[0] || ka[1].localeCompare(kb[1]) || ka[2].localeCompare(kb[2]);
          expect(cmp).toBeLessThanOrEqual(0);
          if (cmp === 0) expect(index(a)).toBeLessThan(index(b)); // a tie never reorders
        }
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
