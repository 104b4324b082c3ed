import { addFamily, configToForm, defaultForm, setFamilyField, setField, type SettingsForm } from "../../src/taskpane/form";
import { parseNumber, validate } from "../../src/taskpane/validate";

const today = new Date(2026, 2, 15); // 15 March 2026

function validForm(): SettingsForm {
  return setField(defaultForm(today), "company", "Acme Ltd");
}

describe("validate: the cycle settings form", () => {
  it("accepts the defaults once a company is named and converts percent to a fraction", () => {
    const v = validate(validForm());
    expect(v.errors).toEqual({});
    expect(v.config).toEqual({
      company: "Acme Ltd",
      cycleMonth: "2026-03",
      historyMonths: 12,
      horizonMonths: 18,
      businessType: "manufacturing",
      families: [
        { name: "Family 1", unit: "units", price: 100, unitCost: 60, openingInventory: 500, capacityPerMonth: 1000, targetDaysOfSupply: 30 },
      ],
      // 35 % typed -> 0.35
      targets: { revenuePerMonth: 100000, grossMarginPct: 0.35, inventoryValueCeiling: 250000 },
    });
  });

  it("asks for the company name when it is blank", () => {
    const v = validate(setField(validForm(), "company", "   "));
    expect(v.config).toBeNull();
    expect(v.errors.company).toMatch(/Enter the company name/);
  });

  it.each([["2026-13"], ["26-03"], ["March 2026"], ["2026-3"], [""]])("rejects the cycle month %p", (m) => {
    expect(validate(setField(validForm(), "cycleMonth", m)).errors.cycleMonth).toMatch(/YYYY-MM/);
  });

  it("rejects a horizon of 0 and of 61 months, and a fractional history", () => {
    expect(validate(setField(validForm(), "horizonMonths", "0")).errors.horizonMonths).toBe(
      'Enter a whole number from 1 to 60; "0" is not.',
    );
    expect(validate(setField(validForm(), "horizonMonths", "61")).errors.horizonMonths).toMatch(/from 1 to 60/);
    expect(validate(setField(validForm(), "historyMonths", "12.5")).errors.historyMonths).toMatch(/whole number/);
  });

  it("names the family field that is wrong and what it expects", () => {
    const v = validate(setFamilyField(validForm(), 0, "price", "abc"));
    expect(v.errors["families.0.price"]).toBe('Enter a number of at least 0; "abc" is not.');
    expect(v.config).toBeNull();
  });

  it("accepts a capacity of 0 (a phase-out or bought-in family) and rejects a negative one", () => {
    const v = validate(setFamilyField(validForm(), 0, "capacityPerMonth", "0"));
    expect(v.errors).toEqual({});
    expect(v.config?.families[0].capacityPerMonth).toBe(0);
    expect(validate(setFamilyField(validForm(), 0, "capacityPerMonth", "-1")).errors["families.0.capacityPerMonth"]).toBe(
      'Enter a number of at least 0; "-1" is not.',
    );
  });

  it("flags duplicate family names, ignoring case and spaces", () => {
    const form = setFamilyField(addFamily(validForm()), 1, "name", "  family 1 ");
    const v = validate(form);
    expect(v.errors["families.1.name"]).toBe('"family 1" is already family 1; names must be unique.');
  });

  it("rejects names with | (it separates input keys) or a leading =", () => {
    expect(validate(setFamilyField(validForm(), 0, "name", "A|B")).errors["families.0.name"]).toMatch(/\|/);
    expect(validate(setFamilyField(validForm(), 0, "name", "=HYPERLINK(1)")).errors["families.0.name"]).toMatch(/cannot start/);
  });

  it("needs at least one family", () => {
    const v = validate({ ...validForm(), families: [] });
    expect(v.errors.families).toBe("Add at least one product family.");
  });

  it("warns, without blocking, when the unit cost is above the price", () => {
    const v = validate(setFamilyField(validForm(), 0, "unitCost", "120"));
    expect(v.warnings["families.0.unitCost"]).toMatch(/loses money/);
    expect(v.config).not.toBeNull();
  });

  it("keeps the margin target within 0 % and 100 %", () => {
    expect(validate(setField(validForm(), "grossMarginPct", "150")).errors.grossMarginPct).toBe('Enter a number from 0 to 100; "150" is not.');
    expect(validate(setField(validForm(), "grossMarginPct", "-20")).errors.grossMarginPct).toBe('Enter a number from 0 to 100; "-20" is not.');
    expect(validate(setField(validForm(), "grossMarginPct", "100")).config?.targets.grossMarginPct).toBe(1);
  });

  it("reports every problem at once", () => {
    let form = setField(validForm(), "company", "");
    form = setField(form, "revenuePerMonth", "-5");
    form = setFamilyField(form, 0, "unit", "");
    expect(Object.keys(validate(form).errors).sort()).toEqual(["company", "families.0.unit", "revenuePerMonth"]);
  });

  it("round-trips a config through the form", () => {
    const config = validate(validForm()).config;
    expect(config).not.toBeNull();
    if (config) expect(validate(configToForm(config)).config).toEqual(config);
  });
});

describe("parseNumber", () => {
  it.each([
    ["1250", 1250],
    [" 1,250,000.5 ", 1250000.5],
    ["-3.25", -3.25],
    [".5", 0.5],
    ["+7", 7],
  ])("reads %p as %p", (text, n) => expect(parseNumber(text)).toBe(n));

  it.each([["1,5"], ["12,34,567"], ["1e3"], ["abc"], [""], ["Infinity"], ["1.2.3"]])("refuses %p", (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});
