/**
 * How a layout formula is stored in an .xlsx file.
 *
 * OOXML stores formulas without the leading "=" and with file-format names for two kinds of
 * functions a user types differently:
 * - functions added to Excel after 2007 carry the `_xlfn.` prefix (`IFS` -> `_xlfn.IFS`,
 *   `FILTER` -> `_xlfn._xlws.FILTER`); without it Excel shows `#NAME?`.
 * - JavaScript custom functions of an add-in are saved by Excel as `_xldudf_` + namespace +
 *   "_" + name (`SOP.OTIF(` -> `_xldudf_SOP_OTIF(`); Excel shows them under their real name
 *   once the add-in's metadata is loaded. This is the spelling Excel itself writes, so it is
 *   the one with the best chance of binding to the add-in on open. Excel may still need the
 *   formulas entered again (the task pane's "Reactivate formulas" does it in one batch).
 *
 * Text inside string literals and quoted sheet names is never changed.
 */

/** How `SOP.*` calls are stored: Excel's own `_xldudf_` spelling (default) or as typed. */
export type CustomFunctionStorage = "xldudf" | "plain";

/** The custom-function namespace of the add-in. */
export const NAMESPACE = "SOP";

const WORKSHEET_FUNCTIONS = new Set(["FILTER", "SORT", "SORTBY"]);

/** Functions that Excel stores with the `_xlfn.` prefix (added in Excel 2010 and later). */
const FUTURE_FUNCTIONS = new Set([
  "AGGREGATE",
  "CEILING.MATH",
  "CONCAT",
  "COVARIANCE.P",
  "COVARIANCE.S",
  "DAYS",
  "FILTER",
  "FLOOR.MATH",
  "FORECAST.ETS",
  "FORECAST.LINEAR",
  "IFNA",
  "IFS",
  "ISOWEEKNUM",
  "MAXIFS",
  "MINIFS",
  "MODE.SNGL",
  "NORM.DIST",
  "NORM.INV",
  "NORM.S.DIST",
  "NORM.S.INV",
  "PERCENTILE.EXC",
  "PERCENTILE.INC",
  "QUARTILE.EXC",
  "QUARTILE.INC",
  "RANK.AVG",
  "RANK.EQ",
  "SEQUENCE",
  "SORT",
  "SORTBY",
  "STDEV.P",
  "STDEV.S",
  "SWITCH",
  "TEXTJOIN",
  "UNICHAR",
  "UNICODE",
  "UNIQUE",
  "VAR.P",
  "VAR.S",
  "XLOOKUP",
  "XMATCH",
]);

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_.]/;

function storedName(name: string, storage: CustomFunctionStorage): string {
  const upper = name.toUpperCase();
  const prefix = `${NAMESPACE}.`;
  if (upper.startsWith(prefix) && storage === "xldudf") {
    return `_xldudf_${NAMESPACE}_${name.slice(prefix.length).replace(/\./g, "_")}`;
  }
  if (FUTURE_FUNCTIONS.has(upper)) {
    return WORKSHEET_FUNCTIONS.has(upper) ? `_xlfn._xlws.${name}` : `_xlfn.${name}`;
  }
  return name;
}

/**
 * The OOXML text of a formula: no leading "=", future functions prefixed, `SOP.*` calls
 * spelled as `storage` says.
 * @example toStoredFormula("=SOP.OTIF(A1:A3,B1:B3)") // "_xldudf_SOP_OTIF(A1:A3,B1:B3)"
 */
export function toStoredFormula(formula: string, storage: CustomFunctionStorage = "xldudf"): string {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  return mayRename(text, storage) ? renameCalls(text, storage) : text;
}

/**
 * Every name followed by "(" anywhere in a formula, string literals and sheet names included:
 * each call `renameCalls` may rename is among them (it is a whole run of name characters
 * followed by "("), with more besides.
 */
const CALL = /[A-Za-z_][A-Za-z0-9_.]*\(/g;

/** Whether a call ("NAME(") is stored under another name, by storage: a formula has a few names, the pack a million formulas. */
const RENAMED: Record<CustomFunctionStorage, Map<string, boolean>> = { xldudf: new Map(), plain: new Map() };

/**
 * False when no call in `text` is stored under another name, so the text is stored as it is:
 * one pass of a regular expression instead of the character scan, for the pack's million formulas.
 */
function mayRename(text: string, storage: CustomFunctionStorage): boolean {
  const known = RENAMED[storage];
  CALL.lastIndex = 0;
  for (let m = CALL.exec(text); m !== null; m = CALL.exec(text)) {
    let renamed = known.get(m[0]);
    if (renamed === undefined) {
      const name = m[0].slice(0, -1);
      known.set(m[0], (renamed = storedName(name, storage) !== name));
    }
    if (renamed) return true;
  }
  return false;
}

/** The scan itself: each call outside string literals and quoted sheet names spelled as `storage` says. */
function renameCalls(text: string, storage: CustomFunctionStorage): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length) {
        if (text[j] === ch) {
          if (text[j + 1] === ch) j += 2;
          else break;
        } else j += 1;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? text[i - 1] : "";
    if (IDENT_START.test(ch) && !IDENT_PART.test(prev) && prev !== "!") {
      let j = i + 1;
      while (j < text.length && IDENT_PART.test(text[j])) j += 1;
      const name = text.slice(i, j);
      out += text[j] === "(" ? storedName(name, storage) : name;
      i = j;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** True when a formula calls an `SOP.*` custom function (outside string literals). */
export function callsCustomFunction(formula: string): boolean {
  return toStoredFormula(formula, "xldudf").includes(`_xldudf_${NAMESPACE}_`);
}

const ERROR_CODES = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/** True when a cached formula result is an Excel error code such as "#DIV/0!". */
export function isErrorCode(value: unknown): value is string {
  return typeof value === "string" && ERROR_CODES.has(value);
}
