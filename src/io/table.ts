/**
 * A CSV file as a table of named columns, with every problem collected as an `ImportIssue`
 * naming the file, the line and the column.
 */
import { parseCsv, restoreFormulaText, type Delimiter } from "./csv";
import { looksLikeThousands, pointDecimal, type Parsed } from "./fields";

export interface ImportIssue {
  readonly file: string;
  /** 1-based line of the file; absent for a problem with the file as a whole. */
  readonly line?: number;
  readonly column?: string;
  readonly message: string;
  /** A warning: reported, but the import goes on. */
  readonly warning?: true;
}

/** `pipeline.csv line 7, column win_probability: expected ..., got "high"` */
export function formatIssue(issue: ImportIssue): string {
  const where = [issue.file, issue.line !== undefined ? `line ${issue.line}` : ""].filter(Boolean).join(" ");
  const column = issue.column !== undefined ? `, column ${issue.column}` : "";
  return `${where}${column}: ${issue.message}`;
}

/**
 * Parses one field. In a semicolon-separated file a number may have a decimal comma
 * ("1.234,5", "1234,5"); a number such as "1.234" is then ambiguous (1234 or 1.234?) and
 * yields the message saying so.
 */
function readField<T>(text: string, parse: (r: string) => Parsed<T>, delimiter: Delimiter): Parsed<T> | string {
  const result = parse(text);
  if (delimiter !== ";") return result;
  const converted = pointDecimal(text);
  if (!result.ok && converted !== undefined) {
    const again = parse(converted);
    return again.ok ? again : result;
  }
  if (result.ok && typeof result.value === "number" && looksLikeThousands(text)) {
    const t = text.trim();
    return `${JSON.stringify(t)} is ambiguous in a semicolon-separated file: write ${t.replace(/\./g, "")} without the thousands point, or ${t.replace(".", ",")} with a decimal comma`;
  }
  return result;
}

/** One data row: read a column with a field parser; a failure is recorded and yields undefined. */
export interface Row {
  readonly line: number;
  /** The raw text of a column ("" when the column is absent from the file). */
  raw(column: string): string;
  get<T>(column: string, parse: (raw: string) => Parsed<T>): T | undefined;
  /** Like `get`, but a blank field is `fallback`. */
  optional<T>(column: string, parse: (raw: string) => Parsed<T>, fallback: T): T | undefined;
  /** Records a problem with this row. */
  report(column: string | undefined, message: string): void;
}

export interface Table {
  readonly rows: ReadonlyArray<Row>;
}

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARACTERS = 32767;

/** Characters XML 1.0 (and so an .xlsx file) cannot hold: control characters other than tab, LF and CR, U+FFFE and U+FFFF. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** A field's text without the characters a workbook cannot hold, the ones removed, and whether it is too long for a cell. */
export function checkCellText(text: string): { text: string; removed: string[]; tooLong: boolean } {
  const removed = text.match(NOT_XML) ?? [];
  const clean = removed.length > 0 ? text.replace(NOT_XML, "") : text;
  return { text: clean, removed, tooLong: clean.length > MAX_CELL_CHARACTERS };
}

const codePoint = (ch: string): string => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

function removedMessage(removed: ReadonlyArray<string>): string {
  const n = removed.length;
  const which = [...new Set(removed.map(codePoint))].join(", ");
  return `removed ${n} ${n === 1 ? "character" : "characters"} a workbook cannot hold (${which})`;
}

const tooLongMessage = (length: number): string =>
  `text of ${length.toLocaleString("en-US")} characters; an Excel cell holds at most ${MAX_CELL_CHARACTERS.toLocaleString("en-US")}`;

/**
 * Reads `text` as the CSV file `file` with the given required and optional columns. Header
 * names are matched without regard to case or surrounding spaces; other columns are ignored.
 * In the columns read, the apostrophe an export puts before a formula trigger is removed
 * (`restoreFormulaText`), characters a workbook cannot hold are removed with a warning, and a
 * text longer than a cell holds is an error.
 * Returns undefined (with issues recorded) when the header itself is unusable.
 */
export function readTable(
  file: string,
  text: string,
  required: ReadonlyArray<string>,
  optionalColumns: ReadonlyArray<string>,
  issues: ImportIssue[],
): Table | undefined {
  const parsed = parseCsv(text);
  for (const e of parsed.errors) issues.push({ file, line: e.line, message: e.message });
  if (parsed.errors.length > 0) return undefined;
  const [header, ...data] = parsed.records;
  if (!header) {
    issues.push({ file, line: 1, message: `the file is empty; expected a header row with ${required.join(", ")}` });
    return undefined;
  }
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const index = new Map<string, number>();
  let usable = true;
  names.forEach((n, i) => {
    if (index.has(n) && (required.includes(n) || optionalColumns.includes(n))) {
      issues.push({ file, line: header.line, column: n, message: "the column appears twice in the header" });
      usable = false;
    }
    if (!index.has(n)) index.set(n, i);
  });
  const missing = required.filter((col) => !index.has(col));
  if (missing.length > 0) {
    const has = `(the header has: ${names.join(", ")})`;
    issues.push(
      missing.length === 1
        ? { file, line: header.line, column: missing[0], message: `missing required column ${has}` }
        : { file, line: header.line, message: `missing required columns ${missing.join(", ")} ${has}` },
    );
    usable = false;
  }
  if (!usable) return undefined;
  const used = new Set([...required, ...optionalColumns].map((c) => index.get(c)));
  const rows = data.map((record): Row => {
    const cell = (f: string, i: number): string => {
      if (!used.has(i)) return f;
      const checked = checkCellText(restoreFormulaText(f));
      if (checked.removed.length > 0)
        issues.push({
          file,
          line: record.line,
          column: names[i],
          warning: true,
          message: removedMessage(checked.removed),
        });
      if (checked.tooLong)
        issues.push({ file, line: record.line, column: names[i], message: tooLongMessage(checked.text.length) });
      return checked.text;
    };
    const rec = { line: record.line, fields: record.fields.map(cell) };
    const raw = (column: string): string => {
      const i = index.get(column);
      return i === undefined ? "" : (rec.fields[i] ?? "");
    };
    const report = (column: string | undefined, message: string): void => {
      issues.push({ file, line: rec.line, column, message });
    };
    const get = <T>(column: string, parse: (r: string) => Parsed<T>): T | undefined => {
      const text = raw(column);
      const result = readField(text, parse, parsed.delimiter);
      if (typeof result === "string") {
        report(column, result);
        return undefined;
      }
      if (result.ok) return result.value;
      const hint =
        parsed.delimiter !== ";" && pointDecimal(text) !== undefined
          ? " (write numbers with a decimal point, 1234.5; decimal commas are read only in semicolon-separated files)"
          : "";
      report(column, `expected ${result.expected}, got ${JSON.stringify(text)}${hint}`);
      return undefined;
    };
    const optional = <T>(column: string, parse: (r: string) => Parsed<T>, fallback: T): T | undefined =>
      raw(column).trim() === "" ? fallback : get(column, parse);
    return { line: rec.line, raw, get, optional, report };
  });
  for (const rec of data) {
    if (rec.fields.length !== names.length) {
      issues.push({
        file,
        line: rec.line,
        message: `expected ${names.length} fields as in the header, got ${rec.fields.length}`,
      });
    }
  }
  return { rows };
}
