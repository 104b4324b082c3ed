/**
 * A1 addresses: 0-based (row, col) to "B7", "$B$7", "Sheet!$B$7:$D$9", with sheet names quoted
 * when they need it ('Kept inputs'!A1).
 */

/** Column letters of a 0-based column index: 0 -> "A", 26 -> "AA". */
export function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index of column letters: "A" -> 0, "AA" -> 26. */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface AddrOptions {
  readonly absRow?: boolean;
  readonly absCol?: boolean;
}

/** "C7", or "$C$7" with both absolute flags. */
export function addr(row: number, col: number, o: AddrOptions = {}): string {
  return `${o.absCol ? "$" : ""}${colName(col)}${o.absRow ? "$" : ""}${row + 1}`;
}

/** Absolute address "$C$7". */
export function abs(row: number, col: number): string {
  return addr(row, col, { absRow: true, absCol: true });
}

/** A range "C7:F9" (relative) or "$C$7:$F$9" (absolute). */
export function range(r1: number, c1: number, r2: number, c2: number, absolute = false): string {
  const o = { absRow: absolute, absCol: absolute };
  return `${addr(r1, c1, o)}:${addr(r2, c2, o)}`;
}

/** A sheet name as it must appear in a reference: quoted unless it is a plain identifier. */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The sheet prefix of a reference: "Demand!" or "'Kept inputs'!". */
export function sheetPrefix(sheet: string): string {
  return `${quoteSheetName(sheet)}!`;
}

/** Parses "B7" / "$B$7" to 0-based (row, col). */
export function parseAddr(a: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a);
  if (m === null) throw new Error(`not an A1 address: ${a}`);
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}

/** Parses a reference "Sheet!$B$7:$D$9" or "'My sheet'!B7" into sheet and 0-based corners. */
export function parseRef(ref: string): { sheet: string; r1: number; c1: number; r2: number; c2: number } {
  const bang = ref.lastIndexOf("!");
  const rawSheet = ref.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const [a, b] = ref.slice(bang + 1).split(":");
  const p = parseAddr(a);
  const q = b === undefined ? p : parseAddr(b);
  return { sheet, r1: p.row, c1: p.col, r2: q.row, c2: q.col };
}
