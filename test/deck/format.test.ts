/**
 * The deck's number text (sentences) and the KPI snapshot's number formats, by hand: rounding to
 * the unit first, then thousands separated by commas, a sign only where the text says one.
 */
import { fmtInt, fmtMult, fmtPct, fmtSigned } from "../../src/deck/format";
import { kpiChangeFormat, kpiFormat } from "../../src/deck/kpis";

describe("the deck's number text", () => {
  it("rounds to a whole number and separates thousands with commas", () => {
    expect(fmtInt(12345.6)).toBe("12,346");
    expect(fmtInt(999)).toBe("999");
    expect(fmtInt(1000)).toBe("1,000");
    expect(fmtInt(100000)).toBe("100,000");
    expect(fmtInt(1234567)).toBe("1,234,567");
    // Math.round(-1234567.5) = -1234567 (half rounds up, towards +infinity).
    expect(fmtInt(-1234567.5)).toBe("-1,234,567");
    expect(fmtInt(-12)).toBe("-12");
    // -0.4 and -0.5 round to -0: no sign.
    expect(fmtInt(-0.4)).toBe("0");
    expect(fmtInt(-0.5)).toBe("0");
    expect(fmtInt(0.5)).toBe("1");
  });

  it("signs a change: + above zero, - below, none at zero after rounding", () => {
    expect(fmtSigned(1200)).toBe("+1,200");
    expect(fmtSigned(-50)).toBe("-50");
    expect(fmtSigned(0)).toBe("0");
    expect(fmtSigned(0.4)).toBe("0");
    expect(fmtSigned(0.5)).toBe("+1");
    expect(fmtSigned(-1500.4)).toBe("-1,500");
  });

  it("writes a fraction as a percentage with one decimal, and a multiplier with two", () => {
    expect(fmtPct(0.1234)).toBe("12.3%");
    expect(fmtPct(1)).toBe("100.0%");
    expect(fmtPct(-0.05)).toBe("-5.0%");
    // 0.0004 x 1000 = 0.4 rounds to 0; 0.00051 x 1000 = 0.51 rounds to 1 (0.1 %).
    expect(fmtPct(0.0004)).toBe("0.0%");
    expect(fmtPct(0.00051)).toBe("0.1%");
    expect(fmtMult(1.1)).toBe("x1.10");
    expect(fmtMult(0.85)).toBe("x0.85");
    expect(fmtMult(1)).toBe("x1.00");
  });
});

describe("the KPI snapshot's number formats", () => {
  it("formats each unit as the KPIs sheet does, an unknown unit as a ratio", () => {
    expect(kpiFormat("%")).toBe("0.0%");
    expect(kpiFormat("x")).toBe('0.0"x"');
    expect(kpiFormat("currency")).toBe("#,##0");
    expect(kpiFormat("ratio")).toBe("0.00");
    expect(kpiFormat("days")).toBe("0.00");
  });

  it("signs the month-on-month change in the KPI's own format", () => {
    expect(kpiChangeFormat("%")).toBe("+0.0%;-0.0%;0.0%");
    expect(kpiChangeFormat("unknown")).toBe("+0.00;-0.00;0.00");
  });
});
