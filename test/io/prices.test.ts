/**
 * prices.csv: a family's price and unit cost for a plan month (a blank keeps the Families
 * value); its values become the Prices sheet's input cells and export back; problems are
 * reported with file, line and column.
 */
import { formatIssue, importCycle } from "../../src/io";
import { cycleToCsv } from "../../src/io/export";
import { buildWorkbook } from "../../src/layout/workbook";
import { keys } from "../../src/layout/keys";
import { keyedCells } from "../layout/support/spec";
import { minimal } from "./minimalCycle";

describe("prices.csv", () => {
  it("puts the month's price and unit cost in the Prices sheet's cells, and exports them back", () => {
    const r = importCycle(minimal({ "prices.csv": "family,month,price,unit_cost\nSeats,2026-04,12,\nseats,2026-05,,5.5\n" }));
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.data.prices).toEqual([
      { family: "Seats", month: "2026-04", price: 12, unitCost: null },
      { family: "Seats", month: "2026-05", price: null, unitCost: 5.5 },
    ]);
    const cells = keyedCells(buildWorkbook(r.data));
    expect(cells.get(keys.price("price", "Seats", "2026-04"))).toEqual(expect.objectContaining({ sheet: "Prices", value: 12 }));
    expect(cells.get(keys.price("unitCost", "Seats", "2026-04"))?.value).toBeNull();
    expect(cells.get(keys.price("unitCost", "Seats", "2026-05"))?.value).toBe(5.5);
    expect(cycleToCsv(r.data)["prices.csv"]).toBe("family,month,price,unit_cost\r\nSeats,2026-04,12,\r\nSeats,2026-05,,5.5\r\n");
  });

  it("refuses a month outside the plan, an unknown family, a negative price and a second row", () => {
    const csv = "family,month,price,unit_cost\nSeats,2026-02,1,1\nChairs,2026-04,1,1\nSeats,2026-04,-1,1\nSeats,2026-05,1,1\nSeats,2026-05,2,2\n";
    const r = importCycle(minimal({ "prices.csv": csv }));
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      'prices.csv line 2, column month: expected a plan month from 2026-03 to 2027-08, got "2026-02"',
      expect.stringMatching(/^prices\.csv line 3, column family: unknown family "Chairs"/),
      'prices.csv line 4, column price: expected a number of at least 0, got "-1"',
      "prices.csv line 6, column month: a second row for Seats in 2026-05 (first on line 5)",
    ]);
  });
});
