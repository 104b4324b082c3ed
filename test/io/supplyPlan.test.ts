/**
 * supply_plan.csv: the supply / production plan given with the cycle (an ERP's planned orders):
 * its values become the Supply sheet's input cells; months it leaves out start at the proposal
 * of the supply strategy; a month outside the plan or an unknown family is refused with file,
 * line and column.
 */
import { formatIssue, importCycle } from "../../src/io";
import { cycleToCsv } from "../../src/io/export";
import { buildWorkbook } from "../../src/layout/workbook";
import { keys } from "../../src/layout/keys";
import { minimal } from "./minimalCycle";

describe("supply_plan.csv", () => {
  it("puts the given plan in the Supply sheet's input cells, and exports it back", () => {
    const r = importCycle(minimal({ "supply_plan.csv": "family,month,quantity\nSeats,2026-04,120\nSeats,2026-06,0\n" }));
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.data.supplyPlan).toEqual([
      { family: "Seats", month: "2026-04", quantity: 120 },
      { family: "Seats", month: "2026-06", quantity: 0 },
    ]);
    const supplyInputs = (data: typeof r.data): Map<string, unknown> => {
      const supply = buildWorkbook(data).sheets.find((s) => s.name === "Supply")!;
      return new Map(supply.cells.flat().filter((c) => c?.key !== undefined).map((c) => [c!.key!, c!.value]));
    };
    const inputs = supplyInputs(r.data);
    expect(inputs.get(keys.supplyPlan("Seats", "2026-04"))).toBe(120);
    expect(inputs.get(keys.supplyPlan("Seats", "2026-06"))).toBe(0);
    // A month left out starts at the proposal, here where it would without the file.
    const without = supplyInputs({ ...r.data, supplyPlan: undefined });
    expect(inputs.get(keys.supplyPlan("Seats", "2026-05"))).toBe(without.get(keys.supplyPlan("Seats", "2026-05")));
    expect(without.get(keys.supplyPlan("Seats", "2026-04"))).not.toBe(120);
    expect(cycleToCsv(r.data)["supply_plan.csv"]).toBe("family,month,quantity\r\nSeats,2026-04,120\r\nSeats,2026-06,0\r\n");
  });

  it("refuses a month outside the plan and a family not in families.csv", () => {
    const r = importCycle(minimal({ "supply_plan.csv": "family,month,quantity\nSeats,2026-02,5\nChairs,2026-04,5\n" }));
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      'supply_plan.csv line 2, column month: expected a plan month from 2026-03 to 2027-08, got "2026-02"',
      expect.stringMatching(/^supply_plan\.csv line 3, column family: .*Chairs/),
    ]);
  });
});
