/**
 * resources.csv and routings.csv: the rough-cut capacity inputs import into the Resources and
 * Routings sheets, export back to the same files (and import again to the same data), and every
 * problem is reported with file, line and column.
 */
import { formatIssue, importCycle } from "../../src/io";
import { cycleToCsv } from "../../src/io/export";
import { buildWorkbook } from "../../src/layout/workbook";
import { keys } from "../../src/layout/keys";
import { keyedCells } from "../layout/support/spec";
import { minimal } from "./minimalCycle";

const RESOURCES = "resource,capacity_per_month,month\nLine 1,400,\nLine 1,300,2026-05\nDesk team,90,\n";
const ROUTINGS = "family,resource,hours_per_unit\nseats,line 1,2\nSeats,Desk team,0.5\n";

describe("resources.csv and routings.csv", () => {
  it("fills the Resources and Routings sheets, and exports files that import back to the same data", () => {
    const r = importCycle(minimal({ "resources.csv": RESOURCES, "routings.csv": ROUTINGS }));
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.data.resources).toEqual([
      { name: "Line 1", capacityPerMonth: 400, capacityByMonth: { "2026-05": 300 } },
      { name: "Desk team", capacityPerMonth: 90 },
    ]);
    // Family and resource take the names families.csv and resources.csv give them.
    expect(r.data.routings).toEqual([
      { family: "Seats", resource: "Line 1", hoursPerUnit: 2 },
      { family: "Seats", resource: "Desk team", hoursPerUnit: 0.5 },
    ]);
    const cells = keyedCells(buildWorkbook(r.data));
    expect(cells.get(keys.resource(1, "resource"))).toEqual(expect.objectContaining({ sheet: "Resources", value: "Line 1" }));
    expect(cells.get(keys.resource(1, "2026-05"))?.value).toBe(300);
    expect(cells.get(keys.resource(1, "2026-04"))?.value).toBeNull();
    expect(cells.get(keys.routing(2, "hoursPerUnit"))).toEqual(expect.objectContaining({ sheet: "Routings", value: 0.5 }));
    const csv = cycleToCsv(r.data);
    expect(csv["resources.csv"]).toBe("resource,capacity_per_month,month\r\nLine 1,400,\r\nLine 1,300,2026-05\r\nDesk team,90,\r\n");
    expect(csv["routings.csv"]).toBe("family,resource,hours_per_unit\r\nSeats,Line 1,2\r\nSeats,Desk team,0.5\r\n");
    const again = importCycle(minimal({ "resources.csv": csv["resources.csv"], "routings.csv": csv["routings.csv"] }));
    expect(again.ok && [again.data.resources, again.data.routings]).toEqual([r.data.resources, r.data.routings]);
  });

  it("writes no such files for a cycle without resources", () => {
    const r = importCycle(minimal({}));
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.data.resources).toBeUndefined();
    expect(Object.keys(cycleToCsv(r.data))).not.toContain("resources.csv");
  });

  it("reports each problem with its file, line and column", () => {
    const resources =
      "resource,capacity_per_month,month\nLine 1,400,\nLine 1,500,\nLine 1,-3,2026-05\nLine 1,300,2026-01\nPress,200,2026-04\nLine 1,10,2026-06\nLine 1,20,2026-06\n";
    const routings = "family,resource,hours_per_unit\nSeats,Line 1,2\nSeats,Oven,1\nChairs,Line 1,1\nSeats,Line 1,3\nSeats,Line 1,x\n";
    const r = importCycle(minimal({ "resources.csv": resources, "routings.csv": routings }));
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      'resources.csv line 3, column resource: a second capacity per month for "Line 1" (first on line 2)',
      'resources.csv line 4, column capacity_per_month: expected a number of at least 0, got "-3"',
      'resources.csv line 5, column month: expected a plan month from 2026-03 to 2027-08, got "2026-01"',
      'resources.csv line 8, column month: a second row for "Line 1" in 2026-06 (first on line 7)',
      'resources.csv line 6, column month: "Press" has no row without a month (its capacity per month)',
      'routings.csv line 3, column resource: unknown resource "Oven"; expected a resource of resources.csv (Line 1)',
      expect.stringMatching(/^routings\.csv line 4, column family: unknown family "Chairs"/),
      "routings.csv line 5, column resource: a second routing of Seats on Line 1 (first on line 2)",
      'routings.csv line 6, column hours_per_unit: expected a number of at least 0, got "x"',
    ]);
  });
});
