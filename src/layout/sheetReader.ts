/**
 * One sheet's cells as a rebuild reads them back (values, and formulas where read), with the
 * bookkeeping that tells the layout's cells from what the user wrote elsewhere: readers claim the
 * cells they interpret; whatever holds something and was not claimed is an orphan.
 */
import { addr } from "./a1";
import { CellValue } from "./types";

/** A typed input found in the workbook. */
export interface Found {
  readonly key: string;
  readonly value: CellValue;
  /** The formula the user typed ("=C12*1.1"), when the cell holds one. */
  readonly formula?: string;
  /** Where it was found: "Actuals!F9". */
  readonly address: string;
  /** For a value read from Kept inputs: where it was first found. */
  readonly origin?: string;
}

/** Something the user put where the layout has no input: a note, a helper formula. */
export interface Orphan {
  readonly sheet: string;
  readonly address: string;
  readonly value: CellValue;
  readonly formula?: string;
}

export const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? "" : typeof v === "string" ? v.trim() : String(v);
export const isEmpty = (v: CellValue | undefined): boolean => text(v) === "";
export const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, " ");

/** One sheet's cells, with the claim bookkeeping that finds orphans. */
export class SheetReader {
  private readonly claimed = new Set<string>();
  readonly rows: number;

  constructor(
    readonly name: string,
    private readonly values: ReadonlyArray<ReadonlyArray<CellValue>>,
    private readonly formulas: ReadonlyArray<ReadonlyArray<CellValue>> | undefined,
  ) {
    this.rows = values.length;
  }

  value(r: number, c: number): CellValue {
    const v = this.values[r]?.[c];
    return v === undefined ? null : v;
  }

  text(r: number, c: number): string {
    return text(this.value(r, c));
  }

  formula(r: number, c: number): string | undefined {
    const f = this.formulas?.[r]?.[c];
    return typeof f === "string" && f.startsWith("=") ? f : undefined;
  }

  /** True when the cells' formulas were read too (not only their values). */
  get hasFormulas(): boolean {
    return this.formulas !== undefined;
  }

  width(r: number): number {
    return Math.max(this.values[r]?.length ?? 0, this.formulas?.[r]?.length ?? 0);
  }

  address(r: number, c: number): string {
    return `${this.name}!${addr(r, c)}`;
  }

  claim(r: number, c: number): void {
    this.claimed.add(`${r}:${c}`);
  }

  claimRow(r: number): void {
    for (let c = 0; c < this.width(r); c++) this.claim(r, c);
  }

  /** The input at (r, c) when it holds a value or a formula; the cell is claimed either way. */
  take(out: Found[], key: string, r: number, c: number): void {
    this.claim(r, c);
    const formula = this.formula(r, c);
    const v = this.value(r, c);
    if (formula === undefined && isEmpty(v)) return;
    out.push({ key, value: v, address: this.address(r, c), ...(formula !== undefined ? { formula } : {}) });
  }

  /** Every cell holding something that no reader claimed. */
  orphans(): Orphan[] {
    const out: Orphan[] = [];
    const rows = Math.max(this.values.length, this.formulas?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < this.width(r); c++) {
        if (this.claimed.has(`${r}:${c}`)) continue;
        const formula = this.formula(r, c);
        const v = this.value(r, c);
        if (formula === undefined && isEmpty(v)) continue;
        out.push({
          sheet: this.name,
          address: this.address(r, c),
          value: v,
          ...(formula !== undefined ? { formula } : {}),
        });
      }
    }
    return out;
  }
}

/** The first row (of the top 30) where `test` holds for the most cells, at least `min`. */
export function headerRow(s: SheetReader, test: (r: number, c: number) => boolean, min = 1): number | null {
  let best: number | null = null;
  let hits = min - 1;
  for (let r = 0; r < Math.min(s.rows, 30); r++) {
    let n = 0;
    for (let c = 0; c < s.width(r); c++) if (test(r, c)) n++;
    if (n > hits) {
      best = r;
      hits = n;
    }
  }
  return best;
}

/** Column index by header text (normalised) in row `r`. */
export function columnsOf(s: SheetReader, r: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let c = 0; c < s.width(r); c++) {
    const t = norm(s.text(r, c));
    if (t !== "" && !out.has(t)) out.set(t, c);
  }
  return out;
}

/** Title and subtitle rows (everything above the header row) belong to the layout. */
export function claimAbove(s: SheetReader, header: number): void {
  for (let r = 0; r < header; r++) {
    s.claim(r, 0);
  }
}
