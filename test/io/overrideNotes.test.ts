/**
 * overrides.csv's optional reason and comment columns: imported into the Demand sheet's reason
 * and comment cells, exported back from the workbook, and a reason outside the list reported
 * with its file, line and column.
 */
import { formatIssue, importCycle } from "../../src/io";
import { cycleToCsv } from "../../src/io/export";
import { buildWorkbook } from "../../src/layout/workbook";
import { readCycleData } from "../../src/layout/cycle";
import { keys } from "../../src/layout/keys";
import { keyedCells, valuesOf } from "../layout/support/spec";
import { minimal } from "./minimalCycle";

const overrides = [
  "family,month,quantity,reason,comment",
  "Seats,2026-04,120,promotion,spring campaign",
  "Seats,2026-05,90,Customer order,",
  "Seats,2026-06,80,,",
].join("\n");

describe("overrides.csv with reason and comment", () => {
  it("imports them (the reason in its listed spelling) into the Demand sheet's cells", () => {
    const r = importCycle(minimal({ "overrides.csv": overrides }));
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.data.overrides).toEqual([
      { family: "Seats", month: "2026-04", quantity: 120, reason: "Promotion", comment: "spring campaign" },
      { family: "Seats", month: "2026-05", quantity: 90, reason: "Customer order" },
      { family: "Seats", month: "2026-06", quantity: 80 },
    ]);
    const cells = keyedCells(buildWorkbook(r.data));
    expect(cells.get(keys.overrideNote("reason", "Seats", "2026-04"))).toMatchObject({ sheet: "Demand", value: "Promotion" });
    expect(cells.get(keys.overrideNote("comment", "Seats", "2026-04"))?.value).toBe("spring campaign");
    expect(cells.get(keys.overrideNote("reason", "Seats", "2026-05"))?.value).toBe("Customer order");
    expect(cells.get(keys.overrideNote("comment", "Seats", "2026-05"))?.value).toBeNull();
    expect(cells.get(keys.overrideNote("reason", "Seats", "2026-06"))?.value).toBeNull();
  });

  it("exports them back from the workbook, and the export imports to the same overrides", () => {
    const r = importCycle(minimal({ "overrides.csv": overrides }));
    if (!r.ok) throw new Error("import failed");
    const back = readCycleData(valuesOf(buildWorkbook(r.data)))!;
    const csv = cycleToCsv(back)["overrides.csv"];
    expect(csv).toBe(
      "family,month,quantity,reason,comment\r\n" +
        "Seats,2026-04,120,Promotion,spring campaign\r\n" +
        "Seats,2026-05,90,Customer order,\r\n" +
        "Seats,2026-06,80,,\r\n",
    );
    const again = importCycle(minimal({ "overrides.csv": csv }));
    expect(again.ok && again.data.overrides).toEqual(r.data.overrides);
  });

  it("keeps the three columns when no override has a reason or comment", () => {
    const r = importCycle(minimal({ "overrides.csv": "family,month,quantity\nSeats,2026-04,120\n" }));
    if (!r.ok) throw new Error("import failed");
    expect(cycleToCsv(r.data)["overrides.csv"]).toBe("family,month,quantity\r\nSeats,2026-04,120\r\n");
  });

  it("reports a reason outside the list with its file, line and column", () => {
    const r = importCycle(
      minimal({ "overrides.csv": "family,month,quantity,reason\nSeats,2026-04,120,Promotion\nSeats,2026-05,90,gut feeling\n" }),
    );
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      'overrides.csv line 3, column reason: expected one of "Promotion", "Customer order", "New customer", "Market intelligence", "Supply constraint", "Other", got "gut feeling"',
    ]);
  });
});
