/**
 * The cycle schema's own checks (src/core/schema.ts, src/core/numberRule.ts), each boundary and
 * message written out by hand: the pane, the CSV import and the sheets' validation all call them
 * (test/schema/entryPoints.test.ts checks that they agree).
 */
import { describeNumberRule, meetsNumberRule, scaleNumberRule } from "../../src/core/numberRule";
import {
  choiceOf,
  cycleMonthProblem,
  describeFamilyName,
  familyKey,
  familyNameProblem,
  formulaStartsText,
  INVENTORY_TARGETS,
  isBusinessType,
  SUPPLY_STRATEGIES,
} from "../../src/core/schema";

describe("cycleMonthProblem", () => {
  it("accepts YYYY-MM from 1990 to 2100, surrounding spaces ignored", () => {
    expect(cycleMonthProblem("1990-01")).toBeNull();
    expect(cycleMonthProblem(" 2100-12 ")).toBeNull();
    expect(cycleMonthProblem("2026-03")).toBeNull();
  });
  it("answers year for a month before 1990 or after 2100", () => {
    expect(cycleMonthProblem("1989-12")).toBe("year");
    expect(cycleMonthProblem("2101-01")).toBe("year");
  });
  it("answers format for anything that is not YYYY-MM", () => {
    expect(cycleMonthProblem("2026-3")).toBe("format");
    expect(cycleMonthProblem("2026-13")).toBe("format");
    expect(cycleMonthProblem("March 2026")).toBe("format");
    expect(cycleMonthProblem("")).toBe("format");
  });
});

describe("familyNameProblem", () => {
  it("accepts a name of 40 characters, spaces around it ignored", () => {
    expect(familyNameProblem("Valves")).toBeNull();
    expect(familyNameProblem(` ${"x".repeat(40)} `)).toBeNull();
    // A formula character inside the name is fine; only the first character counts.
    expect(familyNameProblem("Pumps + motors")).toBeNull();
  });
  it("names each problem", () => {
    expect(familyNameProblem("   ")).toBe("blank");
    expect(familyNameProblem("x".repeat(41))).toBe("tooLong");
    expect(familyNameProblem("A|B")).toBe("separator");
    for (const c of ["=", "+", "-", "@"]) expect(familyNameProblem(`${c}Valves`)).toBe("formulaStart");
    expect(familyNameProblem(" all FAMILIES ")).toBe("reserved");
  });
  it("reports the first problem in the order blank, length, separator, formula, reserved", () => {
    expect(familyNameProblem(`=|${"x".repeat(40)}`)).toBe("tooLong");
    expect(familyNameProblem("=A|B")).toBe("separator");
  });
});

describe("family name words", () => {
  it("lists the formula characters and describes a valid name", () => {
    expect(formulaStartsText()).toBe("=, +, - or @");
    expect(describeFamilyName()).toBe(
      'a family name of up to 40 characters, without "|", not starting with =, +, - or @ and not "All families"',
    );
  });
  it("keys names without case or surrounding spaces", () => {
    expect(familyKey("  Valves ")).toBe("valves");
    expect(familyKey("VALVES")).toBe(familyKey("valves"));
  });
});

describe("choices", () => {
  it("reads a strategy or an inventory target in any case, spaces ignored", () => {
    expect(choiceOf(" Chase ", SUPPLY_STRATEGIES)).toBe("chase");
    expect(choiceOf("SAFETY STOCK", INVENTORY_TARGETS)).toBe("safety stock");
  });
  it("answers undefined for another word or a value that is not text", () => {
    expect(choiceOf("level-ish", SUPPLY_STRATEGIES)).toBeUndefined();
    expect(choiceOf(1, SUPPLY_STRATEGIES)).toBeUndefined();
    expect(choiceOf(undefined, SUPPLY_STRATEGIES)).toBeUndefined();
  });
  it("knows the business types by their stored value only", () => {
    for (const v of ["manufacturing", "saas", "services", "distribution"]) expect(isBusinessType(v)).toBe(true);
    expect(isBusinessType("Manufacturing")).toBe(false);
    expect(isBusinessType("retail")).toBe(false);
  });
});

describe("number rules", () => {
  it("checks each bound inclusive or exclusive as named", () => {
    const rule = { min: 1, max: 60, integer: true };
    expect([0, 1, 60, 61, 1.5].map((n) => meetsNumberRule(n, rule))).toEqual([false, true, true, false, false]);
    expect([0, 1e-9].map((n) => meetsNumberRule(n, { above: 0 }))).toEqual([false, true]);
    expect(meetsNumberRule(2.5, {})).toBe(true);
    expect(meetsNumberRule(Infinity, {})).toBe(false);
    expect(meetsNumberRule(NaN, {})).toBe(false);
  });
  it("describes every combination of bounds", () => {
    expect(describeNumberRule({ min: 1, max: 120, integer: true })).toBe("a whole number from 1 to 120");
    expect(describeNumberRule({ above: 0, max: 10 })).toBe("a number above 0 and up to 10");
    expect(describeNumberRule({ min: 0 })).toBe("a number of at least 0");
    expect(describeNumberRule({ above: 0 })).toBe("a number above 0");
    expect(describeNumberRule({ max: 10, integer: true })).toBe("a whole number up to 10");
    expect(describeNumberRule({})).toBe("a number");
    expect(describeNumberRule({ integer: false })).toBe("a number");
  });
  it("scales each bound given and leaves the others out", () => {
    expect(scaleNumberRule({ min: 0.5, max: 0.9999 }, 100)).toEqual({ min: 50, max: 99.99 });
    expect(scaleNumberRule({ above: 0, integer: true }, 100)).toEqual({ above: 0, integer: true });
    expect(Object.keys(scaleNumberRule({ min: 0 }, 100))).toEqual(["min"]);
  });
});
