import fc from "fast-check";
import * as path from "path";
import { cycleToCsv, formatIssue, importCsvFolder, importCycle } from "../../src/io";
import { sampleCycle } from "../../src/data/sample";
import type { CycleData } from "../../src/core/model";

describe("examples/sample-csv", () => {
  // After a change to src/data/sample.ts, regenerate: npm run pack -- --export-csv examples/sample-csv
  it("is the bundled sample company: importing it gives sampleCycle() exactly", async () => {
    const r = await importCsvFolder(path.join(__dirname, "..", "..", "examples", "sample-csv"));
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.data).toEqual(sampleCycle());
  });
});

const text = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom("a", "Z", " ", ",", '"', "=", "+", "-", "@", "\n", "é") })
  .map((s) => s.trim())
  .filter((s) => s !== "");
const month = fc.record({ y: fc.integer({ min: 2020, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => `${y}-${String(m).padStart(2, "0")}`);
const day = fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const qty = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));

// Family names may not start with =, +, - or @ (the cycle schema's family-name rule); other texts may.
const familyName = text.filter((s) => !/^[=+\-@]/.test(s));
const days = fc.double({ min: 0, max: 3650, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x));

const cycle: fc.Arbitrary<CycleData> = fc.uniqueArray(familyName, { minLength: 1, maxLength: 4, selector: (s) => s.toLowerCase() }).chain((names) =>
  fc.record({
    config: fc.record({
      company: text,
      cycleMonth: fc.constant("2031-01"),
      historyMonths: fc.integer({ min: 1, max: 120 }),
      horizonMonths: fc.constant(60),
      businessType: fc.constantFrom("manufacturing" as const, "saas" as const, "services" as const, "distribution" as const),
      families: fc.constant(names).chain((ns) => fc.tuple(...ns.map((name) => fc.record({
        name: fc.constant(name), unit: text, price: qty, unitCost: qty, openingInventory: qty, capacityPerMonth: qty, targetDaysOfSupply: days,
      })))),
      targets: fc.record({ revenuePerMonth: qty, grossMarginPct: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)), inventoryValueCeiling: qty }),
    }),
    actuals: fc.uniqueArray(fc.record({ family: fc.constantFrom(...names), month, quantity: qty }), { selector: (a) => `${a.family}|${a.month}`, maxLength: 5 }),
    overrides: fc.constant([]),
    pipeline: fc.array(fc.record({ deal: text, family: fc.constantFrom(...names), quantity: qty, stage: text, winProbability: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)), closeMonth: month }), { maxLength: 4 }),
    orders: fc.uniqueArray(fc.record({ order: text, line: fc.integer({ min: 1, max: 99 }), family: fc.constantFrom(...names), quantityOrdered: qty, quantityDelivered: qty, promisedDate: day, deliveredDate: fc.option(day, { nil: null }) }), { selector: (o) => `${o.order}|${o.line}`, maxLength: 4 }),
    actions: fc.array(fc.record({ decision: text, owner: text, dueDate: day, status: fc.constantFrom("Open" as const, "In progress" as const, "Closed" as const) }), { maxLength: 3 }),
  }),
);

describe("cycleToCsv / importCycle", () => {
  it("round-trips any cycle, including text that starts with =, +, - or @ (property)", () => {
    fc.assert(
      fc.property(cycle, (data) => {
        const r = importCycle(cycleToCsv(data));
        if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
        expect(r.data).toEqual(data);
      }),
      { numRuns: 200 },
    );
  });
});
