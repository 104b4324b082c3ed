import fc from "fast-check";
import type { FamilyForm, SettingsForm } from "../../src/taskpane/form";
import { configToForm } from "../../src/taskpane/form";
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

  it("a valid config shown in the pane and validated again comes back the same", () => {
    // Forms that are mostly valid: numbers as a planner types them, a few spaces around.
    const amount = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 1000)).map(String);
    const padded = (a: fc.Arbitrary<string>): fc.Arbitrary<string> =>
      fc.tuple(fc.constantFrom("", " "), a, fc.constantFrom("", "  ")).map(([x, y, z]) => x + y + z);
    const validFamily = (name: string): fc.Arbitrary<FamilyForm> =>
      fc.record({
        name: fc.constant(name),
        unit: fc.constantFrom("units", "seats", "hours"),
        price: padded(amount),
        unitCost: padded(amount),
        openingInventory: padded(amount),
        capacityPerMonth: padded(amount),
        targetDaysOfSupply: padded(fc.integer({ min: 0, max: 365 }).map(String)),
      });
    const validForm: fc.Arbitrary<SettingsForm> = fc.record({
      company: fc.constantFrom("Acme", " Beta Co ", "Ω Ltd"),
      cycleMonth: fc.constantFrom("2026-03", "2025-12", "2030-01"),
      historyMonths: padded(fc.integer({ min: 1, max: 60 }).map(String)),
      horizonMonths: padded(fc.integer({ min: 1, max: 36 }).map(String)),
      businessType: fc.constantFrom("manufacturing", "saas", "services", "distribution"),
      families: fc.subarray(["Widgets", "Gadgets", "Pumps & Valves"], { minLength: 1 }).chain((names) => fc.tuple(...names.map(validFamily))),
      revenuePerMonth: padded(amount),
      grossMarginPct: padded(fc.integer({ min: 0, max: 10_000 }).map((n) => String(n / 100))),
      inventoryValueCeiling: padded(amount),
    });
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(validForm, form), (f) => {
        const v = validate(f);
        if (v.config === null) return;
        valid++;
        const again = validate(configToForm(v.config));
        expect(again.errors).toEqual({});
        const c = again.config;
        if (c === null) throw new Error("no config");
        // Numbers come back within the form's 10 decimals; everything else exactly.
        const near = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(b)));
        expect({ ...c, families: c.families.map((x) => x.name), targets: null }).toEqual({ ...v.config, families: v.config.families.map((x) => x.name), targets: null });
        near(c.targets.revenuePerMonth, v.config.targets.revenuePerMonth);
        near(c.targets.grossMarginPct, v.config.targets.grossMarginPct);
        near(c.targets.inventoryValueCeiling, v.config.targets.inventoryValueCeiling);
        c.families.forEach((x, i) => {
          const y = v.config?.families[i];
          if (!y) throw new Error("family missing");
          expect(x.unit).toBe(y.unit);
          for (const k of ["price", "unitCost", "openingInventory", "capacityPerMonth", "targetDaysOfSupply"] as const) near(x[k], y[k]);
        });
      }),
      { numRuns: 300, seed: 11 },
    );
    expect(valid).toBeGreaterThan(100);
  });
});
