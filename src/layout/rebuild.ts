/**
 * Rebuilding never loses work. `rebuildWorkbook(existing, data)` reads the old workbook's values,
 * finds every keyed input cell of the old layout (reconstructed from the old Settings and
 * Families sheets), and builds the new layout with those typed values in the cells whose key
 * still exists. Values whose key vanished (a removed family, a shorter horizon) go to the
 * "Kept inputs" sheet, and stay there across later rebuilds.
 *
 * The Settings and Families cells describe the cycle; they come from `data` (the task pane's
 * form, itself prefilled from the workbook by `readCycleConfig`).
 */
import { CycleData, OrderLine, PipelineDeal, ActionItem } from "../core/model";
import { ACTION_STATUSES, DEFAULT_ACTION_STATUS } from "../core/schema";
import { cycleMonths } from "../core/plan-model/months";
import { FIRST_ROW } from "./geometry";
import { SheetGrid } from "./grid";
import { ExistingSheets, cellAt, isoFromSerial, listRows, monthOf, readCycleConfig, skeleton } from "./read";
import { parseRef } from "./a1";
import { isStructuralKey, keys } from "./keys";
import { NAMES } from "./names";
import { KPI_DEFS } from "../core/plan-model/kpis";
import { TAB, WIDTH } from "./formats";
import { buildWorkbook } from "./workbook";
import { CellValue, SheetSpec, WorkbookSpec } from "./types";

export { readCycleConfig } from "./read";
export type { ExistingSheets } from "./read";

export const KEPT_SHEET = "Kept inputs";

const isEmpty = (v: CellValue | undefined): boolean =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** The layout of the workbook built earlier (from its Settings and Families sheets), or null. */
function oldLayout(existing: ExistingSheets): WorkbookSpec | null {
  const config = readCycleConfig(existing);
  if (config === null) return null;
  const counts = [listRows(existing, "Pipeline"), listRows(existing, "Orders"), listRows(existing, "Actions")] as const;
  return buildWorkbook(skeleton(config, ...counts), new Map(), { forecast: false });
}

/** Every non-empty keyed input value of a workbook built earlier (and those on its Kept inputs sheet), by key. */
export function harvestInputs(existing: ExistingSheets, old = oldLayout(existing)): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  const kept = existing.get(KEPT_SHEET) ?? [];
  for (let r = FIRST_ROW; r < kept.length; r++) {
    const key = cellAt(existing, KEPT_SHEET, r, 0);
    const v = cellAt(existing, KEPT_SHEET, r, 2);
    if (typeof key === "string" && key !== "" && !isEmpty(v)) out.set(key, v);
  }
  if (old === null) return out;
  for (const sheet of old.sheets) {
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.key === undefined) return;
        const v = cellAt(existing, sheet.name, r, c);
        if (!isEmpty(v)) out.set(cell.key, v);
      }),
    );
  }
  return out;
}

function keptSheet(kept: ReadonlyArray<[string, CellValue]>): SheetSpec {
  const g = new SheetGrid(KEPT_SHEET);
  g.value(0, 0, "Kept inputs", "title");
  g.value(
    1,
    0,
    "Values typed into cells that the rebuilt layout no longer has (a removed family, a shorter horizon) or that a cell could not hold (text in a number cell). Copy back what you need.",
    "subtitle",
  );
  ["Key (sheet | row | family | month)", "Sheet", "Value"].forEach((h, c) => g.value(3, c, h, "header"));
  kept.forEach(([key, v], i) => {
    g.value(FIRST_ROW + i, 0, key, "label");
    g.value(FIRST_ROW + i, 1, key.split("|")[0], "label");
    g.input(FIRST_ROW + i, 2, key, v);
  });
  return g.toSpec({
    kind: "input",
    tabColor: TAB.input,
    columnWidths: [WIDTH.wide + 10, 14, 18],
    freeze: { rows: FIRST_ROW, columns: 0 },
    protect: false,
  });
}

/** The values of the named range `name` of the `old` layout, as `existing` holds them ([] if none). */
function namedValues(existing: ExistingSheets, old: WorkbookSpec, name: string): CellValue[][] {
  const ref = old.names.find((n) => n.name === name)?.ref;
  if (ref === undefined) return [];
  const { sheet, r1, c1, r2, c2 } = parseRef(ref);
  const out: CellValue[][] = [];
  for (let r = r1; r <= r2; r++) {
    const row: CellValue[] = [];
    for (let c = c1; c <= c2; c++) row.push(cellAt(existing, sheet, r, c));
    out.push(row);
  }
  return out;
}

/**
 * Scaffolding the next cycle starts from the last one: the old consensus (as the workbook
 * computed it) becomes each family's "previous consensus": for the months both plans cover
 * (demand volatility compares them) and for the months that became history (the consensus
 * accuracy is then measured against). The old KPI values become the KPIs' "previous" values.
 * Archived consensus of older history months stays as it was.
 */
function carryForward(
  existing: ExistingSheets,
  old: WorkbookSpec,
  oldMonth: string,
  typed: Map<string, CellValue>,
  data: CycleData,
): void {
  for (const k of [...typed.keys()]) {
    const month = k.startsWith("Demand|previous|") ? k.slice(k.lastIndexOf("|") + 1) : null;
    if ((month !== null && month >= oldMonth) || k.startsWith("KPIs|previous|")) typed.delete(k);
  }
  const { history, plan } = cycleMonths(data.config.cycleMonth, data.config.historyMonths, data.config.horizonMonths);
  const inPlan = new Set([...history.filter((m) => m >= oldMonth), ...plan]);
  const families = namedValues(existing, old, NAMES.families).map((r) => r[0]);
  const months = (namedValues(existing, old, NAMES.months)[0] ?? []).map(monthOf);
  const consensus = namedValues(existing, old, NAMES.demand);
  families.forEach((fam, f) => {
    if (typeof fam !== "string" || fam === "") return;
    months.forEach((m, j) => {
      const v = consensus[f]?.[j];
      if (m !== null && inPlan.has(m) && typeof v === "number") typed.set(keys.previousConsensus(fam, m), v);
    });
  });
  namedValues(existing, old, NAMES.kpis).forEach((row, i) => {
    const v = row[2];
    if (i < KPI_DEFS.length && typeof v === "number") typed.set(keys.kpi("previous", KPI_DEFS[i].id), v);
  });
}

/** The new workbook for `data`, with every value typed into `existing` kept. */
export function rebuildWorkbook(existing: ExistingSheets, data: CycleData): WorkbookSpec {
  const old = oldLayout(existing);
  const typed = new Map([...harvestInputs(existing, old)].filter(([k]) => !isStructuralKey(k)));
  const oldMonth = readCycleConfig(existing)?.cycleMonth;
  if (old !== null && oldMonth !== undefined && oldMonth < data.config.cycleMonth)
    carryForward(existing, old, oldMonth, typed, data);
  const spec = buildWorkbook(data, typed);
  const placed = new Map<string, CellValue>();
  for (const s of spec.sheets)
    for (const row of s.cells) for (const c of row) if (c?.key !== undefined) placed.set(c.key, c.value ?? null);
  // Kept: values whose cell is gone, and values the new cell could not hold (text typed into a number cell).
  const kept = [...typed].filter(([k, v]) => !placed.has(k) || placed.get(k) !== v);
  return kept.length === 0 ? spec : { sheets: [...spec.sheets, keptSheet(kept)], names: spec.names };
}

const str = (v: CellValue): string => (v === null ? "" : String(v));
const num = (v: CellValue): number => (typeof v === "number" ? v : Number(v) || 0);
const dateText = (v: CellValue): string => (typeof v === "number" ? isoFromSerial(v) : str(v));

/** Rows of a list sheet as records of their typed fields (rows with no value at all skipped). */
function listOf(typed: ReadonlyMap<string, CellValue>, sheet: string): Array<Map<string, CellValue>> {
  const rows = new Map<number, Map<string, CellValue>>();
  for (const [k, v] of typed) {
    const [s, i, field] = k.split("|");
    if (s !== sheet) continue;
    const n = Number(i);
    if (!rows.has(n)) rows.set(n, new Map());
    rows.get(n)?.set(field, v);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
}

/** The cycle (config and inputs) a workbook built earlier holds, or null when it has no Settings/Families to read. */
export function readCycleData(existing: ExistingSheets): CycleData | null {
  const config = readCycleConfig(existing);
  if (config === null) return null;
  const typed = harvestInputs(existing);
  const { history, plan } = cycleMonths(config.cycleMonth, config.historyMonths, config.horizonMonths);
  const actuals = config.families.flatMap((f) =>
    history.flatMap((m) => {
      const v = typed.get(`Actuals|actual|${f.name}|${m}`);
      return typeof v === "number" ? [{ family: f.name, month: m, quantity: v }] : [];
    }),
  );
  const overrides = config.families.flatMap((f) =>
    plan.flatMap((m) => {
      const v = typed.get(`Demand|override|${f.name}|${m}`);
      return typeof v === "number" ? [{ family: f.name, month: m, quantity: v }] : [];
    }),
  );
  const g = (r: Map<string, CellValue>, f: string): CellValue => r.get(f) ?? null;
  const pipeline: PipelineDeal[] = listOf(typed, "Pipeline").map((r) => ({
    deal: str(g(r, "deal")),
    family: str(g(r, "family")),
    quantity: num(g(r, "quantity")),
    stage: str(g(r, "stage")),
    winProbability: num(g(r, "winProbability")),
    closeMonth: monthOf(g(r, "closeMonth")) ?? str(g(r, "closeMonth")),
  }));
  const orders: OrderLine[] = listOf(typed, "Orders").map((r) => ({
    order: str(g(r, "order")),
    line: num(g(r, "line")),
    family: str(g(r, "family")),
    quantityOrdered: num(g(r, "quantityOrdered")),
    quantityDelivered: num(g(r, "quantityDelivered")),
    promisedDate: dateText(g(r, "promisedDate")),
    deliveredDate: isEmpty(g(r, "deliveredDate")) ? null : dateText(g(r, "deliveredDate")),
  }));
  const actions: ActionItem[] = listOf(typed, "Actions").map((r) => {
    const s = str(g(r, "status"));
    return {
      decision: str(g(r, "decision")),
      owner: str(g(r, "owner")),
      dueDate: dateText(g(r, "dueDate")),
      status: ACTION_STATUSES.find((x) => x.toLowerCase() === s.toLowerCase()) ?? DEFAULT_ACTION_STATUS,
    };
  });
  return { config, actuals, overrides, pipeline, orders, actions };
}
