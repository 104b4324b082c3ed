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

  it("reads YYYY-MM as the first of the month and a time of day as a fraction", () => {
    // 2025-03-01: 45658 + 31 (January) + 28 (February) = 45717.
    expect(excelSerialFromIso("2025-03")).toBe(45717);
    expect(excelSerialFromIso(" 2025-01-01T12:00 ")).toBe(45658.5);
    expect(excelSerialFromIso("2025-01-01 06:00:00")).toBe(45658.25);
    // 36 seconds = 36 / 86400 = 0.000416666... of a day.
    expect(excelSerialFromIso("2025-01-01T00:00:36")).toBeCloseTo(45658 + 36 / 86400, 9);
  });

  it("rejects months and days out of range and text around the date", () => {
    for (const t of [
      "2025-00-10",
      "2025-01-00",
      "2025-01-32",
      "2025-04-31",
      "on 2025-01-01",
      "2025-01-01x",
      "25-01-01",
    ]) {
      expect(excelSerialFromIso(t)).toBeNull();
    }
    expect(excelSerialFromIso("2025-12-31")).toBe(46022);
    // An hour past 23 would roll into the next day.
    expect(excelSerialFromIso("2025-01-15T25:00")).toBeNull();
    expect(excelSerialFromIso("2025-01-15T23:00")).toBeCloseTo(45672 + 23 / 24, 9); // 2025-01-15 = 45658 + 14
  });

  it("skips Excel's phantom 1900-02-29 both ways", () => {
    // Serial 59 = 1900-02-28, 60 = the phantom 1900-02-29, 61 = 1900-03-01.
    expect(excelSerialFromIso("1900-02-28")).toBe(59);
    expect(excelSerialFromIso("1900-02-29")).toBeNull();
    expect(isoDateFromExcelSerial(59)).toBe("1900-02-28");
    expect(isoDateFromExcelSerial(60)).toBe("1900-03-01");
    expect(isoDateFromExcelSerial(62)).toBe("1900-03-02");
  });

  it("puts two dates of the same calendar month on one month key", () => {
    // 1900: serial 31 = 1900-01-31, 32 = 1900-02-01, 59 = 1900-02-28, 61 = 1900-03-01.
    expect([31, 32, 59, 60, 61].map(monthKey)).toEqual([
      1900 * 12,
      1900 * 12 + 1,
      1900 * 12 + 1,
      1900 * 12 + 2,
      1900 * 12 + 2,
    ]);
    expect(monthKey(45688.99)).toBe(2025 * 12); // 2025-01-31, late in the day
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
