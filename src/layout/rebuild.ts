/**
 * Rebuilding never loses work. `planRebuild(grids, data)` finds every typed input of the old
 * workbook by meaning (./harvest.ts: family by name, month by header, list rows by content),
 * builds the new layout for `data` with each value (or the formula the user typed) in the cell
 * of the same meaning, and reports where every value went: in place, moved with its row or
 * column, or to the "Kept inputs" sheet when the new layout has no cell for it (a removed
 * family, a shorter horizon, text typed into a number cell). What the user wrote outside the
 * layout (a note, a helper formula) goes to Kept inputs with the address it was at. Values on
 * Kept inputs stay there across later rebuilds, and go back into the layout when their cell
 * exists again.
 *
 * The Settings and Families cells describe the cycle; they come from `data` (the task pane's
 * form, itself prefilled from the workbook by `readCycleConfig`).
 */
import { CycleData } from "../core/model";
import { addMonths, cycleMonths } from "../core/plan-model/months";
import { trendMonths } from "../core/plan-model/kpiTrend";
import { ArchiveField } from "./archive";
import { FIRST_ROW } from "./geometry";
import { SheetGrid } from "./grid";
import { ExistingSheets } from "./read";
import { readCycle } from "./cycle";
import { Found, Grids, KEPT_SHEET, Orphan, harvest, kpiValues, measureValues } from "./harvest";
import { addr } from "./a1";
import { isStructuralKey, keys } from "./keys";
import { sheetAnchors } from "./names";
import { TAB, WIDTH } from "./formats";
import { buildWorkbook } from "./workbook";
import { DEMAND_LABELS } from "./sheets/demand";
import { supplyLabels } from "./sheets/supply";
import { isEmpty } from "./sheetReader";
import { BUSINESS_TYPES } from "../core/schema";
import { Cell, CellValue, SheetSpec, WorkbookSpec } from "./types";

export { readCycleConfig, readCycleData } from "./cycle";
export type { ExistingSheets } from "./read";
export { KEPT_SHEET } from "./harvest";
export type { Found, Grids, Orphan } from "./harvest";

/**
 * Whether a cell of the new layout holds what the user's cell showed: the same value, or both
 * blank (an input left blank is written as null; a formula such as =IF(A1>0,A1,"") shows "").
 */
const holdsValue = (cell: Cell, shown: CellValue): boolean =>
  cell.value === shown || (isEmpty(cell.value) && isEmpty(shown));

export { harvestInputs } from "./cycle";

/** A typed value the rebuild wrote to another cell of the layout (its row or column moved). */
export interface Move {
  readonly key: string;
  readonly from: string;
  readonly to: string;
}

/** Where every typed value of the old workbook goes in the rebuilt one. */
export interface RebuildReport {
  /** Typed values found in the layout's input cells (the cycle's settings and families aside). */
  readonly found: number;
  /** Written back to the cell they were found in. */
  readonly inPlace: number;
  /** Written to another cell with the same meaning (the layout moved, or the user had moved them). */
  readonly moved: ReadonlyArray<Move>;
  /** Newly put on Kept inputs: the new layout has no cell for them, or the cell cannot hold them. */
  readonly toKept: ReadonlyArray<Found>;
  /** Were on Kept inputs and stay there. */
  readonly stillKept: number;
  /** Were on Kept inputs and are back in the layout. */
  readonly restored: ReadonlyArray<Move>;
  /** What the user wrote outside the layout: put on Kept inputs with its address. */
  readonly notes: ReadonlyArray<Orphan>;
  /** Addresses (in the new workbook) of the formulas users typed into input cells, kept as formulas. */
  readonly formulas: ReadonlyArray<string>;
  /** Why the old workbook's own settings could not be read, when they could not (./cycle.ts). */
  readonly settingsProblem: string | null;
}

/** The Kept inputs sheet: key, sheet, value, the formula typed (if any) and where it was found. */
function keptSheet(kept: ReadonlyArray<Found>): SheetSpec {
  const g = new SheetGrid(KEPT_SHEET);
  g.value(0, 0, "Kept inputs", "title");
  g.value(
    1,
    0,
    "Values the rebuilt layout has no cell for (a removed family, a shorter horizon, text typed into a number cell), and notes written beside the layout. Copy back what you need; a value goes back into the layout by itself when its cell exists again.",
    "subtitle",
  );
  ["Key (sheet | row | family | month)", "Sheet", "Value", "Formula typed", "Found at"].forEach((h, c) =>
    g.value(3, c, h, "header"),
  );
  kept.forEach((f, i) => {
    const r = FIRST_ROW + i;
    g.value(r, 0, f.key, "label");
    g.value(r, 1, f.key.split("|")[0], "label");
    g.input(r, 2, f.key, f.value);
    if (f.formula !== undefined) g.value(r, 3, f.formula, "note");
    g.value(r, 4, f.origin ?? f.address, "note");
  });
  return g.toSpec({
    kind: "input",
    tabColor: TAB.input,
    columnWidths: [WIDTH.wide + 10, 14, 18, 24, 18],
    freeze: { rows: FIRST_ROW, columns: 0 },
    protect: false,
  });
}

/** The key a note outside the layout is kept under: "Note|Actuals!H12". */
const noteKey = (o: Orphan): string => `Note|${o.address}`;

/** The Supply sheet's plan row label of every business type (the old workbook's may differ from the new one's). */
const SUPPLY_LABELS = [...new Set(BUSINESS_TYPES.map((t) => supplyLabels(t.vocabulary).supply))];

/**
 * Scaffolding the next cycle starts from the last one: the old consensus (as the workbook
 * computed it) becomes each family's "previous consensus": for the months both plans cover
 * (demand volatility compares them) and for the months that became history (the consensus
 * accuracy is then measured against). The old supply plan of the months that became history is
 * their planned production on the Production sheet (the lag-1 plan, what plan adherence compares
 * actual production with). The old KPI values become the KPIs' "previous" values and join
 * their 12-cycle trend under the old cycle month; trend values of months the trend no longer
 * covers are dropped.
 * Archived consensus of older history months stays as it was.
 */
function carryForward(grids: Grids, oldMonth: string, typed: Map<string, CellValue>, data: CycleData): Set<string> {
  const replaced = new Set<string>();
  const trendStart = trendMonths(data.config.cycleMonth)[0];
  const lastOf = (k: string): string => k.slice(k.lastIndexOf("|") + 1);
  for (const k of [...typed.keys()]) {
    const month = k.startsWith("Demand|previous|") ? lastOf(k) : null;
    // A KPI's value of a cycle month that has left the 12-cycle trend is dropped with it.
    const pastTrend = k.startsWith("KPIs|trend|") && lastOf(k) < trendStart;
    if ((month !== null && month >= oldMonth) || k.startsWith("KPIs|previous|") || pastTrend) {
      typed.delete(k);
      replaced.add(k);
    }
  }
  const { history, plan } = cycleMonths(data.config.cycleMonth, data.config.historyMonths, data.config.horizonMonths);
  const inPlan = new Set([...history.filter((m) => m >= oldMonth), ...plan]);
  for (const [fm, v] of measureValues(grids, "Demand", DEMAND_LABELS.consensus)) {
    const i = fm.lastIndexOf("|");
    const [fam, m] = [fm.slice(0, i), fm.slice(i + 1)];
    if (inPlan.has(m)) typed.set(keys.previousConsensus(fam, m), v);
  }
  const nowHistory = new Set(history.filter((m) => m >= oldMonth));
  for (const label of SUPPLY_LABELS)
    for (const [fm, v] of measureValues(grids, "Supply", label)) {
      const i = fm.lastIndexOf("|");
      const [fam, m] = [fm.slice(0, i), fm.slice(i + 1)];
      if (nowHistory.has(m)) typed.set(keys.production("planned", fam, m), v);
    }
  for (const [id, v] of kpiValues(grids)) {
    typed.set(keys.kpi("previous", id), v);
    // The value the KPI showed in the cycle being left joins its trend (a value typed there stays).
    const trend = keys.kpiTrend(id, oldMonth);
    if (oldMonth >= trendStart && !typed.has(trend)) typed.set(trend, v);
  }
  archiveCycle(grids, oldMonth, typed);
  return replaced;
}

/**
 * The cycle being left goes into the plan archive: per family and plan month of that cycle, its
 * statistical baseline, sales override (with its reason and comment) and consensus as the workbook showed them, and the naive
 * forecast of the time (the actual of the month before it, as typed on Actuals). What the archive already holds for
 * that cycle (typed, or imported) is kept as it is.
 */
function archiveCycle(grids: Grids, oldMonth: string, typed: Map<string, CellValue>): void {
  const before = addMonths(oldMonth, -1);
  const fields: Array<[ArchiveField, string]> = [
    ["baseline", DEMAND_LABELS.baseline],
    ["override", DEMAND_LABELS.override],
    ["consensus", DEMAND_LABELS.consensus],
  ];
  const put = (key: string, v: CellValue | undefined): void => {
    if (v !== undefined && v !== null && !typed.has(key)) typed.set(key, v);
  };
  for (const [field, label] of fields) {
    for (const [fm, v] of measureValues(grids, "Demand", label)) {
      const i = fm.lastIndexOf("|");
      const [fam, m] = [fm.slice(0, i), fm.slice(i + 1)];
      if (m < oldMonth) continue;
      put(keys.archive(oldMonth, m, field, fam), v);
      put(keys.archive(oldMonth, m, "naive", fam), typed.get(keys.actual(fam, before)));
    }
  }
  // The reason and comment typed beside each override of that cycle.
  for (const [k, v] of [...typed]) {
    const note = /^Demand\|(reason|comment)\|(.*)\|([^|]*)$/.exec(k);
    if (note === null || note[3] < oldMonth) continue;
    put(keys.archive(oldMonth, note[3], note[1], note[2]), typeof v === "string" && v.trim() === "" ? null : v);
  }
}

/** Addresses of every keyed cell of a layout, by key. */
function keyedAddresses(spec: WorkbookSpec): Map<string, { address: string; cell: Cell }> {
  const out = new Map<string, { address: string; cell: Cell }>();
  for (const s of spec.sheets)
    s.cells.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c?.key !== undefined) out.set(c.key, { address: `${s.name}!${addr(r, col)}`, cell: c });
      }),
    );
  return out;
}

/** The new workbook for `data`, every typed value of `grids` kept, and where each went. */
export function planRebuild(grids: Grids, data: CycleData): { spec: WorkbookSpec; report: RebuildReport } {
  const { found, orphans } = harvest(grids);
  const fromKept = found.filter(
    (f) => f.address.startsWith(`${KEPT_SHEET}!`) || f.address.startsWith(`'${KEPT_SHEET}'!`),
  );
  const inLayout = found.filter((f) => !fromKept.includes(f) && !isStructuralKey(f.key));
  // A value typed in the layout wins over an older copy of the same key on Kept inputs.
  const byKey = new Map<string, Found>();
  for (const f of [...fromKept, ...inLayout]) byKey.set(f.key, f);
  const typed = new Map([...byKey].map(([k, f]) => [k, f.value] as [string, CellValue]));
  const old = readCycle(grids.values, found);
  const oldMonth = old.config?.cycleMonth;
  // Rolling to a later cycle month replaces last cycle's "previous" values on purpose.
  const rolled =
    oldMonth !== undefined && oldMonth < data.config.cycleMonth
      ? carryForward(grids, oldMonth, typed, data)
      : new Set<string>();
  const built = buildWorkbook(data, typed);
  const placed = keyedAddresses(built);

  // Typed formulas stay formulas: the cell gets the formula back, with the value Excel showed
  // (a formula showing a blank included, or it would be counted as kept and be lost).
  const formulaAt = new Map<string, string>();
  for (const [k, f] of byKey) {
    const at = placed.get(k);
    if (f.formula !== undefined && at !== undefined && holdsValue(at.cell, f.value)) formulaAt.set(k, f.formula);
  }
  const sheets = built.sheets.map((s) =>
    s.cells.some((row) => row.some((c) => c?.key !== undefined && formulaAt.has(c.key)))
      ? {
          ...s,
          cells: s.cells.map((row) =>
            row.map((c) =>
              c?.key !== undefined && formulaAt.has(c.key) ? { ...c, formula: formulaAt.get(c.key) } : c,
            ),
          ),
        }
      : s,
  );

  let inPlace = 0;
  const moved: Move[] = [];
  const restored: Move[] = [];
  const toKept: Found[] = [];
  let stillKept = 0;
  const kept: Found[] = [];
  for (const [k, f] of byKey) {
    if (rolled.has(k)) continue;
    const at = placed.get(k);
    const holds = at !== undefined && holdsValue(at.cell, f.value);
    const wasKept = fromKept.includes(f);
    if (!holds) {
      kept.push(f);
      if (wasKept) stillKept++;
      else toKept.push(f);
    } else if (wasKept) restored.push({ key: k, from: f.address, to: at.address });
    else if (at.address === f.address) inPlace++;
    else moved.push({ key: k, from: f.address, to: at.address });
  }
  for (const o of orphans)
    kept.push({ key: noteKey(o), value: o.value, address: o.address, ...(o.formula ? { formula: o.formula } : {}) });
  const spec: WorkbookSpec = {
    sheets: kept.length === 0 ? sheets : [...sheets, keptSheet(kept)],
    names: kept.length === 0 ? built.names : [...built.names, ...sheetAnchors([KEPT_SHEET])],
  };
  const formulas = [...formulaAt.keys()].map((k) => placed.get(k)?.address ?? k);
  return {
    spec,
    report: {
      found: inLayout.length,
      inPlace,
      moved,
      toKept,
      stillKept,
      restored,
      notes: orphans,
      formulas,
      settingsProblem: old.problem,
    },
  };
}

/** The new workbook for `data`, with every value typed into `existing` kept. */
export function rebuildWorkbook(existing: ExistingSheets, data: CycleData): WorkbookSpec {
  return planRebuild({ values: existing }, data).spec;
}
