/**
 * A small RFC 4180 CSV reader and writer.
 *
 * Reading: fields separated by a comma, a semicolon or a tab (whichever the header line, outside
 * quotes, holds most of; a comma when it holds none); a field in double quotes may hold commas, line breaks and
 * doubled quotes (""); records end with CRLF, LF or CR; a UTF-8 byte-order mark is dropped;
 * blank lines are skipped. Each record remembers the physical line it starts on, so an error
 * can name it.
 * Writing: a field is quoted when it holds a comma, a quote, a line break or leading or
 * trailing spaces; records end with CRLF.
 */

export interface CsvRecord {
  /** 1-based physical line the record starts on. */
  readonly line: number;
  readonly fields: ReadonlyArray<string>;
}

export interface CsvSyntaxError {
  readonly line: number;
  readonly message: string;
}

export type Delimiter = "," | ";" | "\t";

export interface CsvParse {
  readonly records: ReadonlyArray<CsvRecord>;
  readonly errors: ReadonlyArray<CsvSyntaxError>;
  readonly delimiter: Delimiter;
}

const DELIMITERS: ReadonlyArray<Delimiter> = [",", ";", "\t"];

/** The delimiter the first line holds most of outside quotes (a comma on a tie or none). */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return DELIMITERS.reduce((best, d) => ((counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best), DELIMITERS[0]);
}

const isBlank = (fields: ReadonlyArray<string>, quoted: boolean): boolean =>
  !quoted && fields.length === 1 && fields[0].trim() === "";

/** Parses CSV text into records (see the module comment for the dialect). */
export function parseCsv(input: string): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  let line = 1;
  let start = 1;
  let fields: string[] = [];
  let field = "";
  let quotedRecord = false;
  let i = 0;
  const endRecord = (): void => {
    fields.push(field);
    if (!isBlank(fields, quotedRecord)) records.push({ line: start, fields });
    fields = [];
    field = "";
    quotedRecord = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === "") {
      quotedRecord = true;
      const openLine = line;
      let j = i + 1;
      let closed = false;
      while (j < text.length) {
        const c = text[j];
        if (c === '"') {
          if (text[j + 1] === '"') {
            field += '"';
            j += 2;
            continue;
          }
          closed = true;
          j += 1;
          break;
        }
        if (c === "\r" && text[j + 1] === "\n") {
          field += "\r\n";
          j += 2;
          line += 1;
          continue;
        }
        if (c === "\n" || c === "\r") line += 1;
        field += c;
        j += 1;
      }
      if (!closed) {
        errors.push({ line: openLine, message: "a quoted field is never closed (missing closing quote)" });
        return { records, errors, delimiter };
      }
      i = j;
      const next = text[i];
      if (i < text.length && next !== delimiter && next !== "\n" && next !== "\r") {
        errors.push({ line, message: `unexpected character ${JSON.stringify(next)} after a closing quote` });
        while (i < text.length && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") field += text[i++];
      }
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = "";
      i += 1;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line += 1;
      start = line;
      continue;
    }
    field += ch;
    i += 1;
  }
  if (field !== "" || fields.length > 0 || quotedRecord) endRecord();
  return { records, errors, delimiter };
}

/** One CSV field, quoted when needed. */
export function formatField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text for a header and rows (CRLF line ends, a final CRLF). */
export function formatCsv(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return [header, ...rows].map((r) => r.map(formatField).join(",") + "\r\n").join("");
}

/**
 * Formula triggers (OWASP "CSV injection"): a spreadsheet opening a CSV file reads a field that
 * starts with =, +, -, @, tab or CR as a formula. Such text is written with a leading
 * apostrophe, which spreadsheets show as text; apostrophes already in front of a trigger get one
 * more, so that `restoreFormulaText` gives back exactly the original text.
 */
const FORMULA_TRIGGER = /^'*[=+\-@\t\r]/;

/** Text for a CSV file that no spreadsheet reads as a formula ("=1+1" -> "'=1+1"). */
export const neutraliseFormula = (text: string): string => (FORMULA_TRIGGER.test(text) ? `'${text}` : text);

/** The inverse of `neutraliseFormula` ("'=1+1" -> "=1+1"; "'tis" and "=1+1" stay as they are). */
export const restoreFormulaText = (text: string): string =>
  text.startsWith("'") && FORMULA_TRIGGER.test(text) ? text.slice(1) : text;
