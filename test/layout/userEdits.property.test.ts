/**
 * Property: whatever ordinary edits a user makes (type a value, type a formula, clear a cell,
 * insert rows and columns in Actuals, leave blank rows in Families, type an order line below the
 * list, write a note beside the layout), a rebuild with the same cycle loses nothing: every
 * value the user typed is, after the rebuild, in the cell with its key or on Kept inputs under
 * its key; every typed formula is still a formula; every note is on Kept inputs with its address.
 */
import fc from "fast-check";
import { CycleData } from "../../src/core/model";
import { keys } from "../../src/layout/keys";
import { KEPT_SHEET, planRebuild } from "../../src/layout/rebuild";
import { buildWorkbook } from "../../src/layout/workbook";
import { CellValue, WorkbookSpec } from "../../src/layout/types";
import { addr } from "../../src/layout/a1";

const FAMILIES = ["Pumps", "Valves", "Meters"];
const HISTORY = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"];
const PLAN = ["2026-04", "2026-05", "2026-06", "2026-07"];

const data: CycleData = {
  config: {
    company: "Edit Co",
    cycleMonth: "2026-04",
    historyMonths: HISTORY.length,
    horizonMonths: PLAN.length,
    businessType: "manufacturing",
    families: FAMILIES.map((name) => ({ name, unit: "units", price: 10, unitCost: 6, openingInventory: 100, capacityPerMonth: 500, targetDaysOfSupply: 30 })),
    targets: { revenuePerMonth: 10000, grossMarginPct: 0.3, inventoryValueCeiling: 50000 },
  },
  actuals: [],
  overrides: [],
  pipeline: [],
  orders: [],
  actions: [],
};

type Grid = CellValue[][];
interface Book {
  values: Map<string, Grid>;
  formulas: Map<string, Grid>;
}

function bookOf(spec: WorkbookSpec): Book {
  const values = new Map<string, Grid>();
  const formulas = new Map<string, Grid>();
  for (const s of spec.sheets) {
    values.set(s.name, s.cells.map((row) => row.map((c) => (c === null ? null : (c.value ?? null)))));
    formulas.set(s.name, s.cells.map((row) => row.map((c) => (c === null ? null : (c.formula ?? c.value ?? null)))));
  }
  return { values, formulas };
}

function at(spec: WorkbookSpec, sheet: string): { row: number; col: number; key: string }[] {
  const s = spec.sheets.find((x) => x.name === sheet)!;
  const out: { row: number; col: number; key: string }[] = [];
  s.cells.forEach((row, r) => row.forEach((c, col) => c?.key !== undefined && out.push({ row: r, col, key: c.key })));
  return out;
}

function set(b: Book, sheet: string, r: number, c: number, v: CellValue, formula?: string): void {
  for (const [m, x] of [
    [b.values, v],
    [b.formulas, formula ?? v],
  ] as const) {
    const g = m.get(sheet)!;
    while (g.length <= r) g.push([]);
    while (g[r].length <= c) g[r].push(null);
    g[r][c] = x;
  }
}

function insertRow(b: Book, sheet: string, r: number): void {
  for (const m of [b.values, b.formulas]) m.get(sheet)!.splice(r, 0, []);
}
function insertColumn(b: Book, sheet: string, c: number): void {
  for (const m of [b.values, b.formulas]) for (const row of m.get(sheet)!) if (row.length > c) row.splice(c, 0, null);
}

/** Where each key sits in the book now, tracked through the structural edits. */
type Edit =
  | { kind: "type"; target: number; value: number }
  | { kind: "formula"; target: number; value: number }
  | { kind: "clear"; target: number }
  | { kind: "insertRow"; at: number }
  | { kind: "insertColumn"; at: number }
  | { kind: "blankFamilyRow"; at: number }
  | { kind: "orderBelow"; qty: number }
  | { kind: "note"; col: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("type" as const), target: fc.nat(200), value: fc.integer({ min: 1, max: 99999 }) }),
  fc.record({ kind: fc.constant("formula" as const), target: fc.nat(200), value: fc.integer({ min: 1, max: 999 }) }),
  fc.record({ kind: fc.constant("clear" as const), target: fc.nat(200) }),
  fc.record({ kind: fc.constant("insertRow" as const), at: fc.nat(3) }),
  fc.record({ kind: fc.constant("insertColumn" as const), at: fc.nat(5) }),
  fc.record({ kind: fc.constant("blankFamilyRow" as const), at: fc.nat(2) }),
  fc.record({ kind: fc.constant("orderBelow" as const), qty: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ kind: fc.constant("note" as const), col: fc.integer({ min: 12, max: 15 }), text: fc.string({ minLength: 1, maxLength: 12 }).filter((t) => t.trim() !== "" && !/^[=+\-@]/.test(t)) }),
);

describe("a rebuild after any sequence of ordinary edits", () => {
  it("keeps every typed value at its key or on Kept inputs, every typed formula as a formula, every note with its address", () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const first = buildWorkbook(data);
        const book = bookOf(first);
        // The input cells a user types into: Actuals, Demand overrides, Supply plan (by key).
        const targets = [...at(first, "Actuals"), ...at(first, "Demand"), ...at(first, "Supply")].filter(
          (t) => t.key.startsWith("Actuals|") || t.key.startsWith("Demand|override|") || t.key.startsWith("Supply|plan|"),
        );
        // Positions move with structural edits: track each target's current cell.
        const pos = new Map(targets.map((t) => [t.key, { sheet: t.key.split("|")[0], row: t.row, col: t.col }]));
        const typed = new Map<string, { value: CellValue; formula?: string }>();
        const notes: Array<{ row: number; col: number; text: string }> = [];
        let orders = at(first, "Orders").reduce((m, t) => Math.max(m, t.row), 0);
        for (const e of edits) {
          if (e.kind === "type" || e.kind === "formula" || e.kind === "clear") {
            const t = targets[e.target % targets.length];
            const p = pos.get(t.key)!;
            if (e.kind === "clear") {
              set(book, p.sheet, p.row, p.col, null);
              typed.delete(t.key);
            } else if (e.kind === "type") {
              set(book, p.sheet, p.row, p.col, e.value);
              typed.set(t.key, { value: e.value });
            } else {
              const formula = `=${e.value}*2`;
              set(book, p.sheet, p.row, p.col, e.value * 2, formula);
              typed.set(t.key, { value: e.value * 2, formula });
            }
          } else if (e.kind === "insertRow") {
            const r = 4 + e.at; // within or above the family rows of Actuals
            insertRow(book, "Actuals", r);
            for (const p of pos.values()) if (p.sheet === "Actuals" && p.row >= r) p.row++;
            for (const n of notes) if (n.row >= r) n.row++;
          } else if (e.kind === "insertColumn") {
            const c = 2 + e.at; // among the month columns of Actuals
            insertColumn(book, "Actuals", c);
            for (const p of pos.values()) if (p.sheet === "Actuals" && p.col >= c) p.col++;
            for (const n of notes) if (n.col >= c) n.col++;
          } else if (e.kind === "blankFamilyRow") {
            insertRow(book, "Families", 5 + e.at);
          } else if (e.kind === "orderBelow") {
            orders++;
            const line = ["SO-" + orders, 1, "Pumps", e.qty, e.qty, 46100, 46099];
            line.forEach((v, c) => set(book, "Orders", orders, c, v));
            typed.set(keys.order(orders - 3, "quantityOrdered"), { value: e.qty });
          } else {
            const r = Math.max(20, ...notes.map((n) => n.row + 1));
            set(book, "Actuals", r, e.col, e.text);
            notes.push({ row: r, col: e.col, text: e.text });
          }
        }
        const { spec } = planRebuild(book, data);
        const after = new Map<string, { value: CellValue; formula?: string; sheet: string; row: number }>();
        for (const s of spec.sheets)
          s.cells.forEach((row, r) =>
            row.forEach((c) => {
              if (c?.key === undefined) return;
              if (after.has(c.key) && s.name === KEPT_SHEET) return;
              after.set(c.key, { value: c.value ?? null, ...(c.formula ? { formula: c.formula } : {}), sheet: s.name, row: r });
            }),
          );
        for (const [key, t] of typed) {
          const a = after.get(key);
          expect([key, a?.value]).toEqual([key, t.value]);
          if (t.formula !== undefined && a?.sheet !== KEPT_SHEET) expect([key, a?.formula]).toEqual([key, t.formula]);
        }
        const kept = spec.sheets.find((s) => s.name === KEPT_SHEET);
        for (const { row: nr, col: nc, text } of notes) {
          const address = `Actuals!${addr(nr, nc)}`;
          const row = kept?.cells.find((r) => r[0]?.value === `Note|${address}`);
          expect([address, row?.[2]?.value]).toEqual([address, text]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
