/**
 * The text of a CSV file: UTF-8 (with or without a byte-order mark), or, when the bytes are not
 * valid UTF-8, Windows-1252 (the "ANSI" code page Excel on Windows saves CSV files in for
 * Western European languages; Latin-1 plus € and typographic quotes in 0x80-0x9F).
 *
 * Windows-1252 is decoded here rather than with `TextDecoder("windows-1252")`: Node accepts
 * that label but decodes 0x80-0x9F as Latin-1's control characters (€ would be lost).
 */

export interface DecodedText {
  readonly text: string;
  /** The encoding the bytes were read in. */
  readonly encoding: "utf-8" | "windows-1252";
}

/** Windows-1252 bytes 0x80-0x9F (the five unassigned bytes map to the same code point, as in WHATWG's table). */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = Uint16Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b));
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return parts.join("");
}

/** Decodes a file's bytes as UTF-8, or as Windows-1252 when they are not valid UTF-8. */
export function decodeCsv(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}
