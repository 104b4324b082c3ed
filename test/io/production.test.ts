/**
 * production_actuals.csv: actual production by family and history month; its values become the
 * Production sheet's input cells and export back; problems are reported with file, line and
 * column; a file over the line cap is refused before it is parsed.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { formatIssue, importCycle, importCsvFolder } from "../../src/io";
import { MAX_CSV_LINES } from "../../src/io/import";
import { cycleToCsv } from "../../src/io/export";
import { buildWorkbook } from "../../src/layout/workbook";
import { keys } from "../../src/layout/keys";
import { keyedCells } from "../layout/support/spec";
import { minimal } from "./minimalCycle";

const HEADER = "family,month,quantity\n";

describe("production_actuals.csv", () => {
  it("puts actual production in the Production sheet's cells by family and history month, and exports it back", () => {
    const r = importCycle(minimal({ "production_actuals.csv": HEADER + "Seats,2026-01,95\nseats,2026-02,102.5\n" }));
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.data.productionActuals).toEqual([
      { family: "Seats", month: "2026-01", quantity: 95, planned: null },
      { family: "Seats", month: "2026-02", quantity: 102.5, planned: null },
    ]);
    const cells = keyedCells(buildWorkbook(r.data));
    expect(cells.get(keys.production("quantity", "Seats", "2026-01"))).toEqual(expect.objectContaining({ sheet: "Production", value: 95 }));
    expect(cells.get(keys.production("quantity", "Seats", "2026-02"))?.value).toBe(102.5);
    expect(cells.get(keys.production("quantity", "Seats", "2025-12"))?.value).toBeNull();
    expect(cycleToCsv(r.data)["production_actuals.csv"]).toBe("family,month,quantity\r\nSeats,2026-01,95\r\nSeats,2026-02,102.5\r\n");
    const back = importCycle(minimal({ "production_actuals.csv": cycleToCsv(r.data)["production_actuals.csv"] }));
    expect(back.ok && back.data.productionActuals).toEqual(r.data.productionActuals);
  });

  it("reads the optional planned column (the lag-1 production plan) into the Production sheet, and exports it back", () => {
    const csv = "family,month,quantity,planned\nSeats,2026-01,95,100\nSeats,2026-02,102.5,\n";
    const r = importCycle(minimal({ "production_actuals.csv": csv }));
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    const cells = keyedCells(buildWorkbook(r.data));
    expect(cells.get(keys.production("planned", "Seats", "2026-01"))).toEqual(expect.objectContaining({ sheet: "Production", value: 100 }));
    expect(cells.get(keys.production("planned", "Seats", "2026-02"))?.value).toBeNull();
    expect(cycleToCsv(r.data)["production_actuals.csv"]).toBe("family,month,quantity,planned\r\nSeats,2026-01,95,100\r\nSeats,2026-02,102.5,\r\n");
    const bad = importCycle(minimal({ "production_actuals.csv": "family,month,quantity,planned\nSeats,2026-01,95,lots\n" }));
    expect(bad.ok ? [] : bad.issues.map(formatIssue)).toEqual([expect.stringMatching(/^production_actuals\.csv line 2, column planned: /)]);
  });

  it("is optional: without it the cycle has no production actuals and nothing is exported", () => {
    const r = importCycle(minimal());
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.data.productionActuals).toBeUndefined();
    expect(Object.keys(cycleToCsv(r.data))).not.toContain("production_actuals.csv");
  });

  it("refuses a month that is not history, an unknown family, a negative quantity, a second row and a missing column", () => {
    const csv = HEADER + "Seats,2026-03,1\nChairs,2026-01,1\nSeats,2026-01,-1\nSeats,2026-02,1\nSeats,2026-02,2\n";
    const r = importCycle(minimal({ "production_actuals.csv": csv }));
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      'production_actuals.csv line 2, column month: expected a month before the cycle month 2026-03 (actuals are history), got "2026-03"',
      expect.stringMatching(/^production_actuals\.csv line 3, column family: unknown family "Chairs"/),
      expect.stringMatching(/^production_actuals\.csv line 4, column quantity: /),
      "production_actuals.csv line 6, column month: a second row for Seats in 2026-02 (first on line 5)",
    ]);
    const noQty = importCycle(minimal({ "production_actuals.csv": "family,month\nSeats,2026-01\n" }));
    expect(noQty.ok ? [] : noQty.issues.map(formatIssue)).toEqual([expect.stringMatching(/^production_actuals\.csv.*quantity/)]);
  });

  it("refuses a file over the line cap before parsing it", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-production-"));
    const files = minimal();
    await Promise.all(Object.entries(files).map(([n, t]) => fs.writeFile(path.join(dir, n), t ?? "")));
    await fs.writeFile(path.join(dir, "production_actuals.csv"), HEADER + "Seats,2026-01,1\n".repeat(MAX_CSV_LINES));
    const r = await importCsvFolder(dir);
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^production_actuals\.csv: the file has 250,001 lines; a pack reads at most 250,000/),
    ]);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
