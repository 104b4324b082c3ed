/**
 * The whole write of a workbook as an ordered list of steps: first lift protection, add missing
 * sheets, order them and define the names; then each sheet's steps.
 */
import type { NamedRange, SheetSpec, WorkbookSpec } from "../../layout/types";
import type { Inventory, SheetInventory } from "./inventory";
import { sheetSteps } from "./sheet-steps";
import { estimate, type Step } from "./step";

export interface PlanOptions {
  /**
   * Request budget in bytes (default 4,800,000: Excel on the web's limit of 5,000,000 less 4 %;
   * the steps' estimates are at least what the Excel web client library serializes, measured in
   * test/render/officejs/wire.test.ts). A request Excel still rejects is retried at half the budget.
   */
  readonly budget: number;
  /** Longest address string for one `getRanges` call (default 8,000 characters). */
  readonly maxAddressChars: number;
  /**
   * What separates the areas of a `getRanges` address: "," (Excel on the web, and desktop in
   * most locales), or ";" where Excel on desktop wants the locale's list separator (default ",").
   */
  readonly listSeparator?: "," | ";";
  /** Move the spec's sheets to positions 0..n-1 in spec order (the whole workbook). */
  readonly orderSheets: boolean;
  /** Position for sheets the write adds (when not ordering every sheet); default: at the end. */
  readonly newSheetPosition?: number;
}

export const DEFAULT_BUDGET_BYTES = 4_800_000;
export const DEFAULT_MAX_ADDRESS_CHARS = 8000;

export interface WritePlan {
  readonly steps: Step[];
  /** Cells with a value or formula. */
  readonly cells: number;
  /** Sheets protected before the write (their protection is lifted first). */
  readonly protectedSheets: string[];
}

const ABSENT: SheetInventory = { exists: false, protected: false, charts: [] };

/** Plans the write of `spec` into a workbook described by `inventory`. */
export function planWrite(spec: WorkbookSpec, inventory: Inventory, opts: PlanOptions): WritePlan {
  const found = (s: SheetSpec): SheetInventory => inventory.sheets.get(s.name.toLowerCase()) ?? ABSENT;
  const protectedSheets = spec.sheets.filter((s) => found(s).protected).map((s) => s.name);
  const missing = spec.sheets.filter((s) => !found(s).exists).map((s) => s.name);
  const steps: Step[] = [];
  for (const name of protectedSheets) {
    steps.push({
      label: `unprotecting sheet "${name}"`,
      sheet: name,
      bytes: estimate(1),
      unprotects: true,
      queue: (ctx) => ctx.workbook.worksheets.getItem(name).protection.unprotect(),
    });
  }
  const order = spec.sheets.map((s) => s.name);
  if (missing.length > 0 || opts.orderSheets) {
    steps.push({
      label: missing.length > 0 ? `adding sheets ${missing.join(", ")}` : "ordering sheets",
      sheet: null,
      bytes: estimate(missing.length + (opts.orderSheets ? order.length : 0), missing),
      queue: (ctx) => {
        const sheets = ctx.workbook.worksheets;
        for (const name of missing) {
          const added = sheets.add(name);
          if (!opts.orderSheets && opts.newSheetPosition !== undefined) added.position = opts.newSheetPosition;
        }
        if (opts.orderSheets) order.forEach((name, i) => (sheets.getItem(name).position = i));
      },
    });
  }
  if (spec.names.length > 0) steps.push(namesStep(spec.names, inventory.names));
  for (const sheet of spec.sheets) steps.push(...sheetSteps(sheet, found(sheet), opts));
  return { steps, cells: countCells(spec), protectedSheets };
}

/** Existing names get the new reference; new names are added. */
function namesStep(names: ReadonlyArray<NamedRange>, existing: ReadonlySet<string>): Step {
  const refs = names.map((n) => ({
    name: n.name,
    formula: n.ref.startsWith("=") ? n.ref : `=${n.ref}`,
    exists: existing.has(n.name.toLowerCase()),
  }));
  return {
    label: `defining ${names.length} names`,
    sheet: null,
    bytes: estimate(refs.length, refs),
    queue: (ctx) => {
      for (const r of refs) {
        if (r.exists) ctx.workbook.names.getItem(r.name).formula = r.formula;
        else ctx.workbook.names.add(r.name, r.formula);
      }
    },
  };
}

function countCells(spec: WorkbookSpec): number {
  let n = 0;
  for (const s of spec.sheets) {
    for (const row of s.cells) {
      for (const c of row) {
        if (c && (c.formula !== undefined || (c.value !== undefined && c.value !== null && c.value !== ""))) n++;
      }
    }
  }
  return n;
}
