/**
 * budget.csv: the budget (annual operating plan) by family and month. Its values become the
 * Budget sheet's input cells for the plan months; months outside the plan stay in the data (a
 * fiscal year that began before the cycle month) and are exported back; problems are reported
 * with file, line and column; the file is optional and read under the same line cap as the others.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { formatIssue, importCsvFolder, importCycle } from "../../src/io";
import { cycleToCsv } from "../../src/io/export";
import { MAX_CSV_LINES } from "../../src/io/import";
import { buildWorkbook } from "../../src/layout/workbook";
import { keys } from "../../src/layout/keys";
import { keyedCells } from "../layout/support/spec";
import { minimal } from "./minimalCycle";

const HEADER = "family,month,units,revenue,gross_margin\n";

describe("budget.csv", () => {
  it("puts the budget in the Budget sheet's input cells, and exports it back", () => {
    const csv = `${HEADER}Seats,2026-02,90,900,360\nseats,2026-03,100,1000,400.5\nSeats,2026-04,110,1100,-20\n`;
    const r = importCycle(minimal({ "budget.csv": csv }));
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.data.budget).toEqual([
      { family: "Seats", month: "2026-02", units: 90, revenue: 900, grossMargin: 360 },
      { family: "Seats", month: "2026-03", units: 100, revenue: 1000, grossMargin: 400.5 },
      { family: "Seats", month: "2026-04", units: 110, revenue: 1100, grossMargin: -20 },
    ]);
    const cells = keyedCells(buildWorkbook(r.data));
    expect(cells.get(keys.budget("units", "Seats", "2026-03"))).toEqual(expect.objectContaining({ sheet: "Budget", value: 100 }));
    expect(cells.get(keys.budget("revenue", "Seats", "2026-04"))?.value).toBe(1100);
    expect(cells.get(keys.budget("grossMargin", "Seats", "2026-04"))?.value).toBe(-20);
    // 2026-02 is history: no cell; a plan month the file leaves out is blank.
    expect(cells.has(keys.budget("units", "Seats", "2026-02"))).toBe(false);
    expect(cells.get(keys.budget("units", "Seats", "2026-05"))?.value).toBeNull();
    expect(cycleToCsv(r.data)["budget.csv"]).toBe(
      "family,month,units,revenue,gross_margin\r\nSeats,2026-02,90,900,360\r\nSeats,2026-03,100,1000,400.5\r\nSeats,2026-04,110,1100,-20\r\n",
    );
  });

  it("is optional: without it there is no budget and no budget.csv is exported", () => {
    const r = importCycle(minimal());
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.data.budget).toBeUndefined();
    expect(cycleToCsv(r.data)["budget.csv"]).toBeUndefined();
  });

  it("reports every problem with its line and column", () => {
    const csv = `${HEADER}Chairs,2026-03,1,1,1\nSeats,2026-13,1,1,1\nSeats,2026-03,-1,1,1\nSeats,2026-03,1,lots,1\nSeats,2026-04,1,1,\nSeats,2026-05,1,1,1\nSeats,2026-05,2,2,2\n`;
    const r = importCycle(minimal({ "budget.csv": csv }));
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^budget\.csv line 2, column family: unknown family "Chairs"/),
      'budget.csv line 3, column month: expected a month as YYYY-MM, got "2026-13"',
      'budget.csv line 4, column units: expected a number of at least 0, got "-1"',
      'budget.csv line 5, column revenue: expected a number of at least 0, got "lots"',
      'budget.csv line 6, column gross_margin: expected a number, got ""',
      "budget.csv line 8, column month: a second row for Seats in 2026-05 (first on line 7)",
    ]);
  });

  it("names a missing column", () => {
    const r = importCycle(minimal({ "budget.csv": "family,month,units,revenue\nSeats,2026-03,1,1\n" }));
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([expect.stringMatching(/^budget\.csv.*gross_margin/)]);
  });

  it("refuses a file over the line cap before parsing it", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-budget-"));
    const files = minimal();
    await Promise.all(Object.entries(files).map(([n, t]) => fs.writeFile(path.join(dir, n), t ?? "")));
    await fs.writeFile(path.join(dir, "budget.csv"), HEADER + "Seats,2026-03,1,1,1\n".repeat(MAX_CSV_LINES));
    const r = await importCsvFolder(dir);
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([expect.stringMatching(/^budget\.csv: the file has 250,001 lines; a pack reads at most 250,000/)]);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
