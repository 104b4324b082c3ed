/**
 * Finding typed inputs by meaning, wherever the user moved them.
 *
 * A planner edits the workbook with ordinary Excel actions: inserts a row or a column in
 * Actuals, leaves a blank row in Families, sorts the order lines, adds rows below a list, types
 * a formula into an override cell, writes a note beside the table. A rebuild that read each
 * input at the position the old layout gave it would hand one family's history to another.
 * Here every input is found by what labels it, never by position alone:
 * - Settings: the row whose column A holds the setting's label;
 * - Families: every row below the header whose first cell holds a name (blank rows are skipped,
 *   not the end of the table); each field by its column header;
 * - Actuals, Budget, Prices, Production, Demand, Supply: the family by the name in column A (a Demand or Supply block's
 *   name row labels the rows below it), the measure by its label in column B, the month by the
 *   month in the header row; the header row is found by its months, wherever it moved;
 * - Pipeline, Orders, Actions: each field by its column header, every row that holds anything,
 *   in sheet order (a sorted, filtered or extended list reads back whole), numbered again 1..n;
 * - KPIs: the KPI by its label in column A, the field by its column header;
 * - Kept inputs: the key in column A.
 *
 * Each value keeps its formula when the cell holds one, and the address it was found at.
 * On the sheets a user may edit freely (unprotected: Settings, Families, Actuals, Budget, Prices, Production, Orders,
 * Actions, Kept inputs), anything else that holds a value or a formula is the user's own
 * (a note, a helper formula): it is returned as an orphan with its address, so the rebuild can
 * keep it rather than clear it.
 */
import { BUSINESS_TYPES } from "../core/schema";
import { KPI_DEFS } from "../core/plan-model/kpis";
import { ALL_FAMILIES } from "../core/plan-model/gaps";
import {
  ACTION_COLS,
  BUDGET_FIELDS,
  FAMILY_COLS,
  ORDER_COLS,
  PIPELINE_COLS,
  PRICE_FIELDS,
  PRODUCTION_FIELDS,
} from "./geometry";
import { keys } from "./keys";
import { addr } from "./a1";
import { CellValue } from "./types";
import { ExistingSheets, monthOf } from "./read";
import { Found, Orphan, SheetReader, claimAbove, columnsOf, headerRow, isEmpty, norm } from "./sheetReader";

export type { Found, Orphan } from "./sheetReader";
import { ACTION_HEADERS, ORDER_HEADERS, PIPELINE_HEADERS } from "./sheets/tables";
import { BUDGET_LABELS, BUDGET_SHEET } from "./sheets/budget";
import { PRICE_LABELS, PRICES_SHEET } from "./sheets/prices";
import { PRODUCTION_LABELS, PRODUCTION_SHEET } from "./sheets/production";
import { DEMAND_LABELS } from "./sheets/demand";
import { supplyLabels } from "./sheets/supply";
import {
  ACCURACY_LAGS_LABEL,
  FAMILY_POLICY_FIELDS,
  FAMILY_POLICY_HEADERS,
  FamilyPolicyField,
  OVERTIME_HEADERS,
  SETTINGS_LABELS,
  SUPPLY_POLICY_LABELS,
  SupplyPolicySetting,
  familyKeyOf,
} from "./sheets/setup";
import { KPI_HEADERS } from "./sheets/kpis";
import { ARCHIVE_COLS, ARCHIVE_HEADERS, ArchiveCol } from "./sheets/archive";
import { ARCHIVE_FIELDS, ARCHIVE_SHEET } from "./archive";

export interface Harvest {
  readonly found: ReadonlyArray<Found>;
  readonly orphans: ReadonlyArray<Orphan>;
}

/** The sheet the rebuild keeps values it cannot place on. */
export const KEPT_SHEET = "Kept inputs";

/** Each sheet's grids from A1: values, and formulas where the renderer read them. */
export interface Grids {
  readonly values: ExistingSheets;
  readonly formulas?: ExistingSheets;
}

function settings(s: SheetReader, out: Found[]): void {
  const byLabel = new Map(
    (Object.keys(SETTINGS_LABELS) as Array<keyof typeof SETTINGS_LABELS>).map((f) => [norm(SETTINGS_LABELS[f][0]), f]),
  );
  const header = headerRow(s, (r, c) => c === 0 && norm(s.text(r, c)) === "setting") ?? 0;
  claimAbove(s, header + 1);
  s.claimRow(header);
  const seen = new Set<string>();
  const policyByLabel = new Map(
    (Object.keys(SUPPLY_POLICY_LABELS) as SupplyPolicySetting[]).map((f) => [norm(SUPPLY_POLICY_LABELS[f][0]), f]),
  );
  for (let r = header + 1; r < s.rows; r++) {
    const policy = policyByLabel.get(norm(s.text(r, 0)));
    if (policy !== undefined && !seen.has(`policy|${policy}`)) {
      seen.add(`policy|${policy}`);
      s.claim(r, 0);
      s.claim(r, 2);
      s.take(out, keys.supplyPolicy(policy), r, 1);
      continue;
    }
    if (norm(s.text(r, 0)) === norm(ACCURACY_LAGS_LABEL[0]) && !seen.has("lags")) {
      seen.add("lags");
      s.claim(r, 0);
      s.claim(r, 2);
      s.take(out, keys.accuracyLags(), r, 1);
      continue;
    }
    const field = byLabel.get(norm(s.text(r, 0)));
    if (field === undefined || seen.has(field)) continue;
    seen.add(field);
    s.claim(r, 0);
    s.claim(r, 2);
    s.take(out, keys.settings(field), r, 1);
  }
}

/** Families columns by header: the inventory and capacity headers carry the business type's words. */
function familyField(header: string): (typeof FAMILY_COLS)[number] | undefined {
  const h = norm(header);
  if (h === "family") return "name";
  if (h === "unit") return "unit";
  if (h === "price") return "price";
  if (h === "unit cost") return "unitCost";
  if (h === "target days of supply") return "targetDaysOfSupply";
  if (h.startsWith("opening ")) return "openingInventory";
  if (h === norm(OVERTIME_HEADERS.overtimePerMonth)) return "overtimePerMonth";
  if (h === norm(OVERTIME_HEADERS.overtimePremium)) return "overtimePremium";
  if (h.endsWith(" / month")) return "capacityPerMonth";
  return undefined;
}

function families(s: SheetReader, out: Found[]): void {
  const header = headerRow(s, (r, c) => familyField(s.text(r, c)) !== undefined, 2);
  if (header === null) return;
  claimAbove(s, header);
  const cols = new Map<(typeof FAMILY_COLS)[number], number>();
  const policyCols = new Map<FamilyPolicyField, number>();
  const policyByHeader = new Map(FAMILY_POLICY_FIELDS.map((f) => [norm(FAMILY_POLICY_HEADERS[f]), f]));
  for (let c = 0; c < s.width(header); c++) {
    const f = familyField(s.text(header, c));
    if (f !== undefined && !cols.has(f)) cols.set(f, c);
    if (f !== undefined) s.claim(header, c);
    const p = policyByHeader.get(norm(s.text(header, c)));
    if (p !== undefined && !policyCols.has(p)) policyCols.set(p, c);
    if (p !== undefined) s.claim(header, c);
  }
  const nameCol = cols.get("name");
  if (nameCol === undefined) return;
  const seen = new Set<string>();
  for (let r = header + 1; r < s.rows; r++) {
    const name = s.text(r, nameCol);
    if (name === "" || seen.has(norm(name))) continue;
    seen.add(norm(name));
    for (const [field, c] of cols) s.take(out, familyKeyOf(field, name), r, c);
    for (const [field, c] of policyCols) s.take(out, keys.familyPolicy(field, name), r, c);
  }
}

/**
 * Visits every cell of a month grid (Actuals, Demand, Supply, Finance) by meaning: the header
 * row is the row whose column A says "Family"; a row's family is the name in column A, or (in
 * `blocks` sheets) the last one above; its measure is the label in column B. `visit` returns
 * true when it used the cell, which marks the row's labels as the layout's.
 */
function eachMonthCell(
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
function monthGrid(
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

/** The KPI values the KPIs sheet shows, by KPI id (numbers only). */
export function kpiValues(grids: Grids): Map<string, number> {
  const out = new Map<string, number>();
  const values = grids.values.get("KPIs");
  if (values === undefined) return out;
  const s = new SheetReader("KPIs", values, undefined);
  const header = headerRow(s, (r, c) => KPI_HEADERS.some((h) => norm(h) === norm(s.text(r, c))), 3);
  const col = header === null ? undefined : columnsOf(s, header).get("value");
  if (header === null || col === undefined) return out;
  const ids = new Map(KPI_DEFS.map((d) => [norm(d.name), d.id]));
  for (let r = header + 1; r < s.rows; r++) {
    const id = ids.get(norm(s.text(r, 0)));
    const v = s.value(r, col);
    if (id !== undefined && typeof v === "number" && !out.has(id)) out.set(id, v);
  }
  return out;
}

/**
 * A list sheet: fields by header; every row keeps its place below the header (a blank row stays
 * a blank row, a sorted list reads back in its new order, a row typed below the last one is
 * read too).
 */
function list(
  s: SheetReader,
  out: Found[],
  headers: ReadonlyArray<string>,
  fields: ReadonlyArray<string>,
  keyOf: (row: number, field: string) => string,
  computed: ReadonlyArray<string> = [],
): void {
  const wanted = new Map(headers.map((h, i) => [norm(h), fields[i]]));
  const header = headerRow(s, (r, c) => wanted.has(norm(s.text(r, c))), 2);
  if (header === null) return;
  claimAbove(s, header);
  const cols: Array<[string, number]> = [];
  for (let c = 0; c < s.width(header); c++) {
    const f = wanted.get(norm(s.text(header, c)));
    if (f === undefined || cols.some(([g]) => g === f)) continue;
    s.claim(header, c);
    cols.push([f, c]);
  }
  for (let r = header + 1; r < s.rows; r++) {
    for (const [f, c] of cols) {
      if (computed.includes(f)) s.claim(r, c);
      else s.take(out, keyOf(r - header, f), r, c);
    }
  }
}

function kpis(s: SheetReader, out: Found[]): void {
  const header = headerRow(s, (r, c) => KPI_HEADERS.some((h) => norm(h) === norm(s.text(r, c))), 3);
  if (header === null) return;
  const cols = columnsOf(s, header);
  const fieldCols: Array<[string, number | undefined]> = [
    ["target", cols.get("target")],
    ["previous", cols.get("previous")],
    ["band", cols.get("watch band")],
  ];
  const valueCol = cols.get("value");
  // The trend's earlier cycle months, by their headers (this cycle's column is no input).
  const trendCols: Array<[string, number]> = [];
  for (let c = 0; c < s.width(header); c++) {
    const month = monthOf(s.value(header, c));
    if (month !== null) trendCols.push([month, c]);
  }
  const ids = new Map(KPI_DEFS.map((d) => [norm(d.name), d.id]));
  const wc = new Map([
    [norm("Trade receivables"), "receivables"],
    [norm("Trade payables"), "payables"],
  ]);
  for (let r = header + 1; r < s.rows; r++) {
    const label = norm(s.text(r, 0));
    const id = ids.get(label);
    if (id !== undefined) {
      for (const [field, c] of fieldCols) if (c !== undefined) s.take(out, keys.kpi(field, id), r, c);
      for (const [month, c] of trendCols) s.take(out, keys.kpiTrend(id, month), r, c);
      continue;
    }
    const input = wc.get(label);
    if (input !== undefined && valueCol !== undefined) s.take(out, keys.kpiInput(input), r, valueCol);
  }
}

/**
 * The plan archive: each row by its cycle month, family and target month (the identifiers read
 * from their columns, found by header), its fields by their headers. A row without the three
 * identifiers is not the layout's: what it holds is the user's own (kept as a note).
 */
function archive(s: SheetReader, out: Found[]): void {
  const byHeader = new Map(ARCHIVE_COLS.map((c) => [norm(ARCHIVE_HEADERS[c]), c]));
  const header = headerRow(s, (r, c) => byHeader.has(norm(s.text(r, c))), 3);
  if (header === null) return;
  claimAbove(s, header);
  const cols = new Map<ArchiveCol, number>();
  for (let c = 0; c < s.width(header); c++) {
    const col = byHeader.get(norm(s.text(header, c)));
    if (col === undefined || cols.has(col)) continue;
    s.claim(header, c);
    cols.set(col, c);
  }
  const at = (col: ArchiveCol): number => cols.get(col) ?? -1;
  for (let r = header + 1; r < s.rows; r++) {
    const cycle = monthOf(s.value(r, at("cycle")));
    const target = monthOf(s.value(r, at("target")));
    const family = s.text(r, at("family"));
    if (cycle === null || target === null || family === "") continue;
    for (const col of ARCHIVE_COLS) {
      const c = cols.get(col);
      if (c === undefined) continue;
      if ((ARCHIVE_FIELDS as ReadonlyArray<string>).includes(col))
        s.take(out, keys.archive(cycle, target, col, family), r, c);
      else s.claim(r, c);
    }
  }
}

function kept(s: SheetReader, out: Found[]): void {
  claimAbove(s, 4);
  s.claimRow(3);
  for (let r = 4; r < s.rows; r++) {
    const key = s.text(r, 0);
    s.claim(r, 0);
    s.claim(r, 1);
    s.claim(r, 3);
    s.claim(r, 4);
    if (key === "" || !key.includes("|")) continue;
    const formula = s.text(r, 3);
    const origin = s.text(r, 4);
    const found: Found[] = [];
    s.take(found, key, r, 2);
    for (const f of found)
      out.push({ ...f, ...(formula.startsWith("=") ? { formula } : {}), ...(origin !== "" ? { origin } : {}) });
  }
}

/** A month-block input sheet (Budget, Prices): the field by its label in column B, the family in column A. */
function monthBlocks<F extends string>(
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

const SUPPLY_PLAN_LABELS = new Set(BUSINESS_TYPES.map((t) => norm(supplyLabels(t.vocabulary).supply)));
const PROPOSED_LABELS = new Set(BUSINESS_TYPES.map((t) => norm(supplyLabels(t.vocabulary).proposed)));

/**
 * The Supply sheet's typed supply plan. A month that holds the proposal is not typed: its cell
 * holds the formula `=` the proposed cell above it (or, when only values were read, the same
 * number as the proposed cell of its family and month); the rebuild proposes it again. Any other
 * value or formula is the planner's and is kept.
 */
function supplyGrid(s: SheetReader, out: Found[]): void {
  const proposed = new Map<string, { r: number; v: CellValue }>();
  const seen = new Set<string>();
  eachMonthCell(s, true, (family, measure, month, r, c) => {
    const fm = `${norm(family)}|${month}`;
    if (PROPOSED_LABELS.has(norm(measure))) {
      if (!proposed.has(fm)) proposed.set(fm, { r, v: s.value(r, c) });
      return true;
    }
    if (!SUPPLY_PLAN_LABELS.has(norm(measure))) return false;
    const key = keys.supplyPlan(family, month);
    if (seen.has(key)) return false;
    seen.add(key);
    const p = proposed.get(fm);
    const f = s.formula(r, c);
    const isProposal =
      p !== undefined &&
      (f !== undefined
        ? norm(f.replace(/\$/g, "")) === norm(`=${addr(p.r, c)}`)
        : !s.hasFormulas && typeof p.v === "number" && s.value(r, c) === p.v);
    if (isProposal) {
      s.claim(r, c);
      return true;
    }
    const n = out.length;
    s.take(out, key, r, c);
    return out.length > n;
  });
}

/** How each layout sheet is read, and whether users may edit it freely (unprotected). */
const READERS: ReadonlyArray<{ sheet: string; free: boolean; read: (s: SheetReader, out: Found[]) => void }> = [
  { sheet: "Settings", free: true, read: settings },
  { sheet: "Families", free: true, read: families },
  {
    sheet: "Actuals",
    free: true,
    read: (s, out) => monthGrid(s, out, (f, _m, month) => keys.actual(f, month), false),
  },
  { sheet: BUDGET_SHEET, free: true, read: monthBlocks(BUDGET_FIELDS, BUDGET_LABELS, keys.budget) },
  { sheet: PRICES_SHEET, free: true, read: monthBlocks(PRICE_FIELDS, PRICE_LABELS, keys.price) },
  { sheet: PRODUCTION_SHEET, free: true, read: monthBlocks(PRODUCTION_FIELDS, PRODUCTION_LABELS, keys.production) },
  {
    sheet: "Demand",
    free: false,
    read: (s, out) =>
      monthGrid(
        s,
        out,
        (f, m, month) =>
          norm(m) === norm(DEMAND_LABELS.override)
            ? keys.override(f, month)
            : norm(m) === norm(DEMAND_LABELS.reason) || norm(m) === norm(DEMAND_LABELS.comment)
              ? keys.overrideNote(norm(m) === norm(DEMAND_LABELS.reason) ? "reason" : "comment", f, month)
              : norm(m) === norm(DEMAND_LABELS.previous)
                ? keys.previousConsensus(f, month)
                : undefined,
        true,
      ),
  },
  { sheet: "Supply", free: false, read: supplyGrid },
  {
    sheet: "Pipeline",
    free: false,
    read: (s, out) => list(s, out, PIPELINE_HEADERS, PIPELINE_COLS, keys.pipeline, ["weighted"]),
  },
  { sheet: "Orders", free: true, read: (s, out) => list(s, out, ORDER_HEADERS, ORDER_COLS, keys.order) },
  { sheet: "Actions", free: true, read: (s, out) => list(s, out, ACTION_HEADERS, ACTION_COLS, keys.action) },
  { sheet: "KPIs", free: false, read: kpis },
  { sheet: ARCHIVE_SHEET, free: false, read: archive },
  { sheet: KEPT_SHEET, free: true, read: kept },
];

/** The sheets a rebuild reads inputs from. */
export const INPUT_SHEETS: ReadonlyArray<string> = READERS.map((r) => r.sheet);

/** Every typed input of the workbook, found by meaning, and what the user put elsewhere. */
export function harvest(grids: Grids): Harvest {
  const found: Found[] = [];
  const orphans: Orphan[] = [];
  for (const { sheet, free, read } of READERS) {
    const values = grids.values.get(sheet);
    if (values === undefined) continue;
    const s = new SheetReader(sheet, values, grids.formulas?.get(sheet));
    read(s, found);
    if (free) orphans.push(...s.orphans());
  }
  return { found, orphans };
}
