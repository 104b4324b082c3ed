/**
 * What the executive deck needs from the workbook, and how it is read there: by workbook
 * name (src/layout/names.ts), never by cell address.
 */
import { SopError, naError, valueError, isSopError, type Result } from "../core/errors";
import type { BusinessType } from "../core/model";
import { NAMES, type SopName } from "../layout/names";
import type { CellValue } from "../layout/types";
import { cellDate, cellMonth, cellNumber, cellText, flatten, isBlank } from "./cells";

/** One product family as the family table holds it. */
export interface DeckFamily {
  readonly name: string;
  readonly unit: string;
  readonly price: number;
  readonly unitCost: number;
  readonly openingInventory: number;
  readonly capacityPerMonth: number;
  readonly targetDaysOfSupply: number;
}

/** One of the twelve KPIs: value and previous value are `null` where the workbook shows an error or a blank. */
export interface DeckKpi {
  readonly name: string;
  readonly category: string;
  readonly value: number | null;
  readonly target: number | null;
  readonly status: string;
  readonly previous: number | null;
  /** "%", "x", "currency" or "ratio". */
  readonly unit: string;
}

/** A supply/demand/financial gap from the Gaps sheet. */
export interface DeckGap {
  readonly rank: number;
  readonly family: string;
  readonly month: string;
  readonly type: string;
  /** Gap in the family's units. */
  readonly gap: number;
  /** Value at stake in currency. */
  readonly valueAtStake: number;
}

/** A decision or action item from the actions log. */
export interface DeckAction {
  readonly decision: string;
  readonly owner: string;
  /** "YYYY-MM-DD", or "" when no due date is set. */
  readonly dueDate: string;
  readonly status: string;
}

/** A families x months grid (F x H). */
export type PlanGrid = ReadonlyArray<ReadonlyArray<number>>;

/** Everything the deck shows, as read from the workbook. Grids are F x H in the order of `families` and `months`. */
export interface DeckInput {
  readonly company: string;
  readonly cycleMonth: string;
  readonly businessType: BusinessType;
  readonly months: ReadonlyArray<string>;
  readonly families: ReadonlyArray<DeckFamily>;
  readonly demand: PlanGrid;
  readonly supply: PlanGrid;
  readonly capacity: PlanGrid;
  readonly inventory: PlanGrid;
  readonly shortfall: PlanGrid;
  readonly revenue: PlanGrid;
  readonly cogs: PlanGrid;
  readonly grossMargin: PlanGrid;
  readonly inventoryValue: PlanGrid;
  readonly targets: {
    readonly revenuePerMonth: number;
    readonly grossMarginPct: number;
    readonly inventoryValueCeiling: number;
  };
  readonly kpis: ReadonlyArray<DeckKpi>;
  readonly gaps: ReadonlyArray<DeckGap>;
  readonly actions: ReadonlyArray<DeckAction>;
}

/** Reads a workbook name's values; `undefined` when the workbook has no such name. */
export type NamedReader = (name: SopName) => ReadonlyArray<ReadonlyArray<CellValue>> | undefined;

type Grid = ReadonlyArray<ReadonlyArray<CellValue>>;

const BUSINESS_TYPES: ReadonlyArray<BusinessType> = ["manufacturing", "saas", "services", "distribution"];

function missing(name: SopName): SopError {
  return naError(`the workbook has no ${name} range: scaffold the workbook first`);
}

function bad(name: SopName, what: string): SopError {
  return valueError(`${name} ${what}: rebuild the workbook or correct the range`);
}

function range(get: NamedReader, name: SopName): Result<Grid> {
  const g = get(name);
  return g === undefined ? missing(name) : g;
}

function single(get: NamedReader, name: SopName): Result<CellValue> {
  const g = range(get, name);
  if (isSopError(g)) return g;
  if (g.length < 1 || g[0].length < 1) return bad(name, "is empty");
  return g[0][0];
}

function singleNumber(get: NamedReader, name: SopName): Result<number> {
  const v = single(get, name);
  if (isSopError(v)) return v;
  const n = cellNumber(v);
  if (n === null || n === undefined) return bad(name, `holds "${cellText(v)}", not a number`);
  return n;
}

function list(get: NamedReader, name: SopName): Result<ReadonlyArray<CellValue>> {
  const g = range(get, name);
  if (isSopError(g)) return g;
  const flat = flatten(g);
  if (flat === undefined) return bad(name, "should be one row or one column");
  return flat;
}

/** A families x months grid; blanks read as 0, text or errors are reported with their position. */
function planGrid(get: NamedReader, name: SopName, f: number, h: number): Result<PlanGrid> {
  const g = range(get, name);
  if (isSopError(g)) return g;
  const width = g.length > 0 ? g[0].length : 0;
  if (g.length !== f || g.some((row) => row.length !== h)) {
    return bad(name, `is ${g.length} x ${width} but the workbook has ${f} families and ${h} months`);
  }
  let blanks = 0;
  const out: number[][] = [];
  for (let r = 0; r < f; r++) {
    const row: number[] = [];
    for (let c = 0; c < h; c++) {
      const n = cellNumber(g[r][c]);
      if (n === undefined) return bad(name, `row ${r + 1}, month ${c + 1} holds "${cellText(g[r][c])}", not a number`);
      if (n === null) blanks++;
      row.push(n ?? 0);
    }
    out.push(row);
  }
  if (f * h > 0 && blanks === f * h) return bad(name, "holds no numbers (recalculate the workbook)");
  return out;
}

function table(get: NamedReader, name: SopName, columns: number): Result<ReadonlyArray<ReadonlyArray<CellValue>>> {
  const g = range(get, name);
  if (isSopError(g)) return g;
  if (g.some((row) => row.length !== columns)) return bad(name, `should have ${columns} columns`);
  return g.filter((row) => !row.every(isBlank));
}

function familyTable(get: NamedReader, names: ReadonlyArray<string>): Result<DeckFamily[]> {
  const rows = table(get, NAMES.familyTable, 7);
  if (isSopError(rows)) return rows;
  if (rows.length !== names.length) {
    return bad(NAMES.familyTable, `has ${rows.length} rows but ${NAMES.families} lists ${names.length} families`);
  }
  const out: DeckFamily[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const name = cellText(row[0]);
    if (name !== names[i]) return bad(NAMES.familyTable, `row ${i + 1} is "${name}" but ${NAMES.families} says "${names[i]}"`);
    const nums: number[] = [];
    for (let c = 2; c < 7; c++) {
      const n = cellNumber(row[c]);
      if (n === undefined) return bad(NAMES.familyTable, `row ${i + 1}, column ${c + 1} holds "${cellText(row[c])}", not a number`);
      nums.push(n ?? 0);
    }
    out.push({
      name,
      unit: cellText(row[1]) || "units",
      price: nums[0],
      unitCost: nums[1],
      openingInventory: nums[2],
      capacityPerMonth: nums[3],
      targetDaysOfSupply: nums[4],
    });
  }
  return out;
}

function kpiTable(get: NamedReader): Result<DeckKpi[]> {
  const rows = table(get, NAMES.kpis, 7);
  if (isSopError(rows)) return rows;
  const num = (v: CellValue): number | null => cellNumber(v) ?? null; // an error or text reads as "no value"
  return rows.map((row) => ({
    name: cellText(row[0]),
    category: cellText(row[1]),
    value: num(row[2]),
    target: num(row[3]),
    status: cellText(row[4]),
    previous: num(row[5]),
    unit: cellText(row[6]),
  }));
}

function gapTable(get: NamedReader): Result<DeckGap[]> {
  const rows = table(get, NAMES.gaps, 6);
  if (isSopError(rows)) return rows;
  const out: DeckGap[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const gap = cellNumber(row[4]);
    const value = cellNumber(row[5]);
    if (gap === undefined || value === undefined) return bad(NAMES.gaps, `row ${i + 1} has a gap or value that is not a number`);
    out.push({
      rank: cellNumber(row[0]) ?? i + 1,
      family: cellText(row[1]),
      month: cellMonth(row[2]) ?? cellText(row[2]),
      type: cellText(row[3]),
      gap: gap ?? 0,
      valueAtStake: value ?? 0,
    });
  }
  return out;
}

function actionTable(get: NamedReader): Result<DeckAction[]> {
  const rows = table(get, NAMES.actions, 4);
  if (isSopError(rows)) return rows;
  const out: DeckAction[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const due = cellDate(row[2]);
    if (due === undefined) return bad(NAMES.actions, `row ${i + 1} has due date "${cellText(row[2])}", not a date`);
    out.push({ decision: cellText(row[0]), owner: cellText(row[1]), dueDate: due, status: cellText(row[3]) || "Open" });
  }
  return out;
}

/**
 * Reads the deck's numbers from the workbook names. A missing name gives `#N/A` naming it
 * ("the workbook has no SOP_Demand range: scaffold the workbook first"); a malformed one gives
 * `#VALUE!` naming it and the offending cell. SOP_BusinessType is optional (default manufacturing).
 */
export function deckInputFromNames(get: NamedReader): Result<DeckInput> {
  const company = single(get, NAMES.company);
  if (isSopError(company)) return company;
  const cycle = single(get, NAMES.cycleMonth);
  if (isSopError(cycle)) return cycle;
  const cycleMonth = cellMonth(cycle);
  if (cycleMonth === undefined) return bad(NAMES.cycleMonth, `holds "${cellText(cycle)}", not a month YYYY-MM`);
  const bt = get(NAMES.businessType);
  const btText = bt && bt.length > 0 && bt[0].length > 0 ? cellText(bt[0][0]).toLowerCase() : "";
  const businessType = BUSINESS_TYPES.find((t) => t === btText) ?? "manufacturing";

  const monthCells = list(get, NAMES.months);
  if (isSopError(monthCells)) return monthCells;
  const months: string[] = [];
  for (const v of monthCells) {
    const m = cellMonth(v);
    if (m === undefined) return bad(NAMES.months, `holds "${cellText(v)}", not a month YYYY-MM`);
    months.push(m);
  }
  if (months.length === 0) return bad(NAMES.months, "is empty");

  const familyCells = list(get, NAMES.families);
  if (isSopError(familyCells)) return familyCells;
  const familyNames = familyCells.map(cellText).filter((s) => s !== "");
  if (familyNames.length === 0) return bad(NAMES.families, "lists no families");
  const families = familyTable(get, familyNames);
  if (isSopError(families)) return families;

  const f = families.length;
  const h = months.length;
  const grids: Record<string, PlanGrid> = {};
  const gridNames = {
    demand: NAMES.demand,
    supply: NAMES.supply,
    capacity: NAMES.capacity,
    inventory: NAMES.inventory,
    shortfall: NAMES.shortfall,
    revenue: NAMES.revenue,
    cogs: NAMES.cogs,
    grossMargin: NAMES.grossMargin,
    inventoryValue: NAMES.inventoryValue,
  } as const;
  for (const [key, name] of Object.entries(gridNames)) {
    const g = planGrid(get, name, f, h);
    if (isSopError(g)) return g;
    grids[key] = g;
  }

  const revenuePerMonth = singleNumber(get, NAMES.revenueTarget);
  if (isSopError(revenuePerMonth)) return revenuePerMonth;
  const grossMarginPct = singleNumber(get, NAMES.marginTarget);
  if (isSopError(grossMarginPct)) return grossMarginPct;
  const inventoryValueCeiling = singleNumber(get, NAMES.inventoryCeiling);
  if (isSopError(inventoryValueCeiling)) return inventoryValueCeiling;

  const kpis = kpiTable(get);
  if (isSopError(kpis)) return kpis;
  const gaps = gapTable(get);
  if (isSopError(gaps)) return gaps;
  const actions = actionTable(get);
  if (isSopError(actions)) return actions;

  return {
    company: cellText(company),
    cycleMonth,
    businessType,
    months,
    families,
    demand: grids.demand,
    supply: grids.supply,
    capacity: grids.capacity,
    inventory: grids.inventory,
    shortfall: grids.shortfall,
    revenue: grids.revenue,
    cogs: grids.cogs,
    grossMargin: grids.grossMargin,
    inventoryValue: grids.inventoryValue,
    targets: { revenuePerMonth, grossMarginPct, inventoryValueCeiling },
    kpis,
    gaps,
    actions,
  };
}
