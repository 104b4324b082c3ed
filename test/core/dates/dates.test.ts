import { excelSerialFromIso, isoDateFromExcelSerial, monthKey } from "../../../src/core/dates";
import { parseRef, quoteSheetName } from "../../../src/layout/a1";

describe("Excel serial dates", () => {
  // Excel: =DATE(2025,1,1) is 45658; =DATE(1900,3,1) is 61 (after Excel's phantom 1900-02-29);
  // =DATE(1900,1,1) is 1; =DATE(2026,3,31) is 46112.
  it.each([
    ["2025-01-01", 45658],
    ["1900-03-01", 61],
    ["1900-01-01", 1],
    ["2026-03-31", 46112],
  ])("reads %s as serial %d and back", (iso, serial) => {
    expect(excelSerialFromIso(iso)).toBe(serial);
    expect(isoDateFromExcelSerial(serial)).toBe(iso);
  });

  it("drops the time of day, as INT() does in Excel", () => {
    expect(isoDateFromExcelSerial(45658.99)).toBe("2025-01-01");
  });

  it("rejects dates that do not exist", () => {
    expect(excelSerialFromIso("2025-02-29")).toBeNull();
    expect(excelSerialFromIso("2025-13-01")).toBeNull();
  });

  it("puts two dates of the same calendar month on one month key", () => {
    expect(monthKey(45658)).toBe(monthKey(45688)); // 2025-01-01 and 2025-01-31
    expect(monthKey(45689)).toBe(2025 * 12 + 1); // 2025-02-01
  });
});

describe("A1 references", () => {
  it("quotes sheet names that need it and reads them back", () => {
    expect(quoteSheetName("Demand")).toBe("Demand");
    expect(quoteSheetName("Plan '26")).toBe("'Plan ''26'");
    expect(parseRef("'Plan ''26'!$B$3:$D$9")).toEqual({ sheet: "Plan '26", r1: 2, c1: 1, r2: 8, c2: 3 });
    expect(parseRef("Settings!AA10")).toEqual({ sheet: "Settings", r1: 9, c1: 26, r2: 9, c2: 26 });
  });
});
