/**
 * The Demand sheet's amber "override without a reason" rule, recalculated: HyperFormula evaluates
 * the rule's formula at every cell of its range (relative references moved from the range's
 * top-left cell, as Excel reads a conditional format) on a hand-made cycle, and it flags exactly
 * the reason cells a planner should fill in.
 *
 * The cycle (one family, Seats; cycle 2026-03; plan months in columns O = 2026-03 .. AF = 2027-08;
 * rows 18 sales override, 19 override reason, 20 override comment), typed by hand:
 * - P18 (2026-04) override 120, P19 blank                      -> P19 flagged
 * - R18 (2026-06) override 90, R19 "Promotion"                 -> not flagged
 * - T18 (2026-08) override 0, T19 blank (a zero is an override) -> T19 flagged
 * - S19 (2026-07) "Other" without an override, S20 a comment   -> not flagged
 * - the comment row, the override row and every other row      -> never flagged
 */
import { formatIssue, importCycle } from "../../src/io";
import { buildWorkbook } from "../../src/layout/workbook";
import { minimal } from "../io/minimalCycle";
import { flaggedCells, loadEngine } from "./support/engine";

const overrides =
  "family,month,quantity,reason,comment\nSeats,2026-04,120,,\nSeats,2026-06,90,Promotion,\nSeats,2026-08,0,,\n";

describe("the amber override-without-a-reason rule, recalculated", () => {
  const r = importCycle(minimal({ "overrides.csv": overrides }));
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
  const spec = buildWorkbook(r.data);
  const demand = spec.sheets.find((s) => s.name === "Demand")!;
  const rule = demand.conditionalFormats.find((c) => c.style === "watch" && c.formula.includes("Override reason"))!;
  const engine = loadEngine(spec);
  afterAll(() => engine.destroy());

  it("flags the reason cells of the overrides typed without a reason, and nothing else", () => {
    // S19 and S20 typed in the workbook: a reason and a comment beside no override
    engine.set("Demand", 18, 18, "Other");
    engine.set("Demand", 19, 18, "price list pending");
    expect(rule.range).toBe("O13:AF26");
    expect(flaggedCells(engine, "Demand", rule)).toEqual(["P19", "T19"]);
  });

  it("stops flagging a reason cell once the reason is typed, and flags a new override at once", () => {
    engine.set("Demand", 18, 15, "Customer order"); // P19
    engine.set("Demand", 17, 20, 75); // U18: 2026-09 override, U19 blank
    expect(flaggedCells(engine, "Demand", rule)).toEqual(["T19", "U19"]);
    engine.set("Demand", 17, 19, null); // T18 cleared: no override, nothing to explain
    expect(flaggedCells(engine, "Demand", rule)).toEqual(["U19"]);
  });
});
