/**
 * Month grids (Actuals, Budget, Prices, Production, Demand, Supply, Finance): the family by the
 * name in column A, the measure by its label in column B, the month by the header row's month.
 */
import { ALL_FAMILIES } from "../../core/plan-model/gaps";
import { ExistingSheets, monthOf } from "../read";
import { Found, SheetReader, claimAbove, headerRow, isEmpty, norm } from "../sheetReader";

/** Each sheet's grids from A1: values, and formulas where the renderer read them. */
export interface Grids {
  readonly values: ExistingSheets;
  readonly formulas?: ExistingSheets;
}

/**
 * Visits every cell of a month grid (Actuals, Demand, Supply, Finance) by meaning: the header
 * row is the row whose column A says "Family"; a row's family is the name in column A, or (in
 * `blocks` sheets) the last one above; its measure is the label in column B. `visit` returns
 * true when it used the cell, which marks the row's labels as the layout's.
 */
export function eachMonthCell(
  s: SheetReader,
  blocks: boolean,
  visit: (family: string, measure: string, month: string, r: number, c: number) => boolean,
  known: ReadonlySet<string> = new Set(),
): void {
  const header = headerRow(s, (r, c) => c === 0 && norm(s.text(r, c)) === "family");
  if (header === null) return;
  claimAbove(s, header);
  const months = new Map<number, string>();
  for (let c = 0; c < s.width(header); c++) {
    const m = monthOf(s.value(header, c));
    if (c >= 1 && m !== null && ![...months.values()].includes(m)) months.set(c, m);
    if (!isEmpty(s.value(header, c))) s.claim(header, c);
  }
  let family = "";
  for (let r = header + 1; r < s.rows; r++) {
    const a = s.text(r, 0);
    if (a !== "" || !blocks) family = a;
    // The totals block ("All families") is formulas over the families' blocks, not a family.
    if (family === "" || norm(family) === norm(ALL_FAMILIES)) continue;
    const measure = s.text(r, 1);
    let used = false;
    for (const [c, month] of months) used = visit(family, measure, month, r, c) || used;
    // A row label is the layout's when its row held inputs, when it names a family of the
    // Families sheet, or in a block sheet (protected: only the layout writes labels there).
    if (used || blocks || known.has(norm(a))) {
      s.claim(r, 0);
      s.claim(r, 1);
    }
  }
}

/** The inputs of a month grid: `inputOf` gives the key of a (family, measure label, month) cell that holds one. */
export function monthGrid(
  s: SheetReader,
  out: Found[],
  inputOf: (family: string, measure: string, month: string) => string | undefined,
  blocks: boolean,
): void {
  const seen = new Set<string>();
  const known = new Set(
    out.filter((f) => f.key.startsWith("Families|name|")).map((f) => norm(f.key.slice("Families|name|".length))),
  );
  eachMonthCell(
    s,
    blocks,
    (family, measure, month, r, c) => {
      const key = inputOf(family, measure, month);
      if (key === undefined || seen.has(key)) return false;
      seen.add(key);
      const n = out.length;
      s.take(out, key, r, c);
      return out.length > n;
    },
    known,
  );
}

/**
 * The numbers a month grid shows for one measure (e.g. Demand's "Consensus demand"), by
 * "family|month": the first block of each family (the family blocks come before the summaries).
 */
export function measureValues(grids: Grids, sheet: string, label: string): Map<string, number> {
  const out = new Map<string, number>();
  const values = grids.values.get(sheet);
  if (values === undefined) return out;
  const s = new SheetReader(sheet, values, grids.formulas?.get(sheet));
  eachMonthCell(s, true, (family, measure, month, r, c) => {
    const v = s.value(r, c);
    const k = `${family}|${month}`;
    if (norm(measure) !== norm(label) || typeof v !== "number" || out.has(k)) return false;
    out.set(k, v);
    return true;
  });
  return out;
}

/** A month-block input sheet (Budget, Prices): the field by its label in column B, the family in column A. */
export function monthBlocks<F extends string>(
  fields: ReadonlyArray<F>,
  labels: Readonly<Record<F, string>>,
  keyOf: (field: F, family: string, month: string) => string,
): (s: SheetReader, out: Found[]) => void {
  const byLabel = new Map(fields.map((f) => [norm(labels[f]), f]));
  return (s, out) =>
    monthGrid(
      s,
      out,
      (f, m, month) => {
        const field = byLabel.get(norm(m));
        return field === undefined ? undefined : keyOf(field, f, month);
      },
      false,
    );
}
