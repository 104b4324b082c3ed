/**
 * The Demand sheet's forecastability table as the deck reads it, and the decision each bias
 * exception asks for, word for word.
 */
import { biasDecision, biasDecisions, readForecastability, type ForecastabilityLine } from "../../src/deck/forecastability";
import type { CellValue } from "../../src/layout/types";

const line = (family: string, bias: string, trackingSignal: number | null): ForecastabilityLine => ({
  family,
  revenue: 1000,
  abc: "A",
  cv: 0.2,
  xyz: "X",
  trackingSignal,
  bias,
});

describe("the forecastability table", () => {
  it("reads each row with a family: numbers as numbers, an error, text or a blank as no value", () => {
    const rows: CellValue[][] = [
      ["Widgets", 3100, "A", 0.25, "X", 5.2, "Under-forecast"],
      ["", 1, "B", 1, "Y", 1, ""],
      [" Gadgets ", "#N/A", "C", null, "Z", "n/a", ""],
    ];
    const got = readForecastability((name) => (name === "SOP_Forecastability" ? rows : undefined));
    expect(got).toEqual([
      { family: "Widgets", revenue: 3100, abc: "A", cv: 0.25, xyz: "X", trackingSignal: 5.2, bias: "Under-forecast" },
      { family: "Gadgets", revenue: null, abc: "C", cv: null, xyz: "Z", trackingSignal: null, bias: "" },
    ]);
  });

  it("is empty for a workbook built before the table", () => {
    expect(readForecastability(() => undefined)).toEqual([]);
  });
});

describe("the bias exceptions' decisions", () => {
  it("says which way the family sells against its consensus, with its tracking signal to one decimal", () => {
    expect(biasDecision(line("Widgets", "Under-forecast", 5.24))).toBe(
      "Bias exception: Widgets sells above its consensus (tracking signal +5.2): review its forecast and overrides before the plan is approved.",
    );
    expect(biasDecision(line("Gadgets", "Over-forecast", -4.56))).toBe(
      "Bias exception: Gadgets sells below its consensus (tracking signal -4.6): review its forecast and overrides before the plan is approved.",
    );
    // No tracking signal: no parenthesis; a signal of 0 carries no sign.
    expect(biasDecision(line("Gizmos", "Over-forecast", null))).toBe(
      "Bias exception: Gizmos sells below its consensus: review its forecast and overrides before the plan is approved.",
    );
    expect(biasDecision(line("Gizmos", "Under-forecast", 0))).toBe(
      "Bias exception: Gizmos sells above its consensus (tracking signal 0.0): review its forecast and overrides before the plan is approved.",
    );
  });

  it("lists only the flagged families, in the table's order", () => {
    const got = biasDecisions([line("A", "", 1), line("B", "Over-forecast", -5), line("C", "Under-forecast", 6)]);
    expect(got.map((s) => s.split(" ")[2])).toEqual(["B", "C"]);
    expect(biasDecisions()).toEqual([]);
  });
});
