import fc from "fast-check";
import type { FamilyForm, SettingsForm } from "../../src/taskpane/form";
import { validate } from "../../src/taskpane/validate";

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", " ", "0", "-1", "1e308", "NaN", "Infinity", "1,000", "12.5", "2026-03", "=1+1", "A|B"),
  fc.double().map(String),
  fc.integer({ min: -10, max: 200 }).map(String),
);

const family: fc.Arbitrary<FamilyForm> = fc.record({
  name: text,
  unit: text,
  price: text,
  unitCost: text,
  openingInventory: text,
  capacityPerMonth: text,
  targetDaysOfSupply: text,
});

const form: fc.Arbitrary<SettingsForm> = fc.record({
  company: text,
  cycleMonth: text,
  historyMonths: text,
  horizonMonths: text,
  businessType: fc.constantFrom("manufacturing", "saas", "services", "distribution"),
  families: fc.array(family, { maxLength: 4 }),
  revenuePerMonth: text,
  grossMarginPct: text,
  inventoryValueCeiling: text,
});

describe("validate (property)", () => {
  it("never throws; a config comes back exactly when there are no errors, with finite numbers only", () => {
    fc.assert(
      fc.property(form, (f) => {
        const v = validate(f);
        const hasErrors = Object.keys(v.errors).length > 0;
        expect(v.config === null).toBe(hasErrors);
        if (v.config) {
          const numbers = [
            v.config.historyMonths,
            v.config.horizonMonths,
            v.config.targets.revenuePerMonth,
            v.config.targets.grossMarginPct,
            v.config.targets.inventoryValueCeiling,
            ...v.config.families.flatMap((x) => [x.price, x.unitCost, x.openingInventory, x.capacityPerMonth, x.targetDaysOfSupply]),
          ];
          expect(numbers.every(Number.isFinite)).toBe(true);
          expect(v.config.families.every((x) => x.capacityPerMonth >= 0 && x.name.trim() === x.name && x.name !== "")).toBe(true);
        }
        Object.values(v.errors).forEach((m) => expect(m.length).toBeGreaterThan(0));
      }),
      { numRuns: 500 },
    );
  });
});
