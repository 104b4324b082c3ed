/**
 * Month labels "YYYY-MM" (src/core/plan-model/months.ts): which texts are months, month
 * arithmetic across year ends, and the cycle's history and plan months.
 */
import { addMonths, cycleMonths, isMonth, monthDiff, monthSequence } from "../../src/core/plan-model/months";

describe("isMonth", () => {
  it("accepts YYYY-MM with a month 01..12", () => {
    expect(isMonth("2026-01")).toBe(true);
    expect(isMonth("2026-12")).toBe(true);
    expect(isMonth("0000-06")).toBe(true);
  });

  it("rejects month 00 and 13, other shapes and non-text", () => {
    for (const t of ["2026-00", "2026-13", "2026-1", "26-01", "x2026-01", "2026-01x", "2026/01", ""]) {
      expect(isMonth(t)).toBe(false);
    }
    expect(isMonth(202601)).toBe(false);
    // An array whose text is a month (String(["2026-04"]) is "2026-04") is still not a month.
    expect(isMonth(["2026-04"])).toBe(false);
    expect(isMonth(null)).toBe(false);
  });
});

describe("addMonths", () => {
  it("crosses year ends both ways", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    // May 2026 + 20 months: + 7 = December 2026, + 12 = December 2027, + 1 = January 2028.
    expect(addMonths("2026-05", 20)).toBe("2028-01");
    expect(addMonths("2026-05", -17)).toBe("2024-12");
    expect(addMonths("2026-03", 0)).toBe("2026-03");
  });

  it("writes the year with four digits and the month with two", () => {
    expect(addMonths("0999-12", 1)).toBe("1000-01");
    expect(addMonths("0001-01", -1)).toBe("0000-12");
    expect(addMonths("2026-09", 1)).toBe("2026-10");
  });

  it("throws on a text that is not a month", () => {
    expect(() => addMonths("2026-13", 1)).toThrow('not a month "YYYY-MM": 2026-13');
    expect(() => addMonths("2026-00", 1)).toThrow("not a month");
    expect(() => addMonths("April", 1)).toThrow("not a month");
  });
});

describe("monthDiff", () => {
  it("counts months from a to b, negative when b is earlier", () => {
    expect(monthDiff("2025-12", "2026-02")).toBe(2);
    expect(monthDiff("2026-02", "2025-12")).toBe(-2);
    expect(monthDiff("2024-04", "2026-04")).toBe(24);
    expect(monthDiff("2026-04", "2026-04")).toBe(0);
  });
});

describe("monthSequence and cycleMonths", () => {
  it("lists consecutive months", () => {
    expect(monthSequence("2025-11", 3)).toEqual(["2025-11", "2025-12", "2026-01"]);
    expect(monthSequence("2025-11", 0)).toEqual([]);
  });

  it("puts the history months before the cycle month and the plan months from it", () => {
    expect(cycleMonths("2026-02", 3, 2)).toEqual({
      history: ["2025-11", "2025-12", "2026-01"],
      plan: ["2026-02", "2026-03"],
    });
  });
});
