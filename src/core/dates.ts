/**
 * Excel dates: serial numbers in the 1900 date system (1 = 1900-01-01, with Excel's phantom
 * 1900-02-29, so 1900-03-01 = 61). Serial 45658 = 2025-01-01.
 */

const MS_PER_DAY = 86400000;
/** Days from the Excel epoch (serial 0 = 1899-12-30 for all dates after 1900-02-28) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The Excel serial number of an ISO date ("YYYY-MM-DD", "YYYY-MM" = first of the month, an
 * optional "THH:MM[:SS]" time as a fraction of a day), or null when the text is not one.
 */
export function excelSerialFromIso(text: string): number | null {
  const m = ISO_DATE.exec(text.trim());
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const ms = Date.UTC(year, month - 1, day, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  // Date.UTC rolls a month out of 1-12, a day 0 or past the month's end and an hour past 23 over
  // into another month or day.
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return serial < 61 ? serial - 1 : serial;
}

/**
 * The ISO date "YYYY-MM-DD" of an Excel serial (1900 system, Excel's phantom 1900-02-29 skipped);
 * a fraction (time of day) is dropped. 45658 -> "2025-01-01".
 */
export function isoDateFromExcelSerial(serial: number): string {
  const whole = Math.floor(serial);
  const adjusted = whole < 61 ? whole + 1 : whole;
  return new Date((adjusted - UNIX_EPOCH_SERIAL) * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * A month key (year * 12 + month index 0..11) for an Excel serial date, so two dates in the
 * same calendar month share a key. Serial 45658 (2025-01-01) -> 2025 * 12 + 0.
 */
export function monthKey(serial: number): number {
  const adjusted = serial < 61 ? serial + 1 : serial;
  const d = new Date(Math.floor(adjusted - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}
