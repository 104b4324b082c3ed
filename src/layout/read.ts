/**
 * Reading a workbook built earlier back into a cycle: `existing` is each sheet's values from A1
 * (as a renderer reads them). The Settings and Families sheets give the old cycle's shape; from
 * it the old layout is rebuilt (without forecasting) to learn where every keyed input cell was.
 */
import { isoDateFromExcelSerial } from "../core/dates";
import { CycleConfig, CycleData, FamilyConfig } from "../core/model";
import { isMonth } from "../core/plan-model/months";
import { FAMILY_COLS, FIRST_ROW, SETTINGS_ROWS, SETTINGS_VALUE_COL } from "./geometry";
import { DEFAULT_ACTION_STATUS, isBusinessType, SETTING_FIELDS } from "../core/schema";
import { CellValue } from "./types";

/** Sheet values by sheet name, each grid from A1. */
export type ExistingSheets = ReadonlyMap<string, ReadonlyArray<ReadonlyArray<CellValue>>>;

/** ISO date "YYYY-MM-DD" of an Excel serial. */
export const isoFromSerial = isoDateFromExcelSerial;

export function cellAt(existing: ExistingSheets, sheet: string, row: number, col: number): CellValue {
  const v = existing.get(sheet)?.[row]?.[col];
  return v === undefined ? null : v;
}

const text = (v: CellValue): string | null => (v === null ? null : typeof v === "string" ? v.trim() : String(v));
const numberOr = (v: CellValue, fallback: number): number => {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return fallback;
};

/** A month cell: "YYYY-MM" text, or a date serial Excel made of it. */
export function monthOf(v: CellValue): string | null {
  if (typeof v === "number" && v > 0) return isoFromSerial(v).slice(0, 7);
  const t = text(v);
  if (t === null) return null;
  if (isMonth(t)) return t;
  return /^\d{4}-\d{2}-\d{2}/.test(t) && isMonth(t.slice(0, 7)) ? t.slice(0, 7) : null;
}

/** The cycle described by the Settings and Families sheets, or null when there is none to read. */
export function readCycleConfig(existing: ExistingSheets): CycleConfig | null {
  if (!existing.has("Settings") || !existing.has("Families")) return null;
  const setting = (f: keyof typeof SETTINGS_ROWS): CellValue =>
    cellAt(existing, "Settings", SETTINGS_ROWS[f], SETTINGS_VALUE_COL);
  const cycleMonth = monthOf(setting("cycleMonth"));
  const businessType = text(setting("businessType"))?.toLowerCase();
  if (cycleMonth === null || businessType === undefined || !isBusinessType(businessType)) return null;
  const families: FamilyConfig[] = [];
  const grid = existing.get("Families") ?? [];
  for (let r = FIRST_ROW; r < grid.length; r++) {
    const name = text(cellAt(existing, "Families", r, 0));
    if (name === null || name === "") break;
    const num = (field: (typeof FAMILY_COLS)[number]): number =>
      numberOr(cellAt(existing, "Families", r, FAMILY_COLS.indexOf(field)), 0);
    families.push({
      name,
      unit: text(cellAt(existing, "Families", r, 1)) ?? "units",
      price: num("price"),
      unitCost: num("unitCost"),
      openingInventory: num("openingInventory"),
      capacityPerMonth: num("capacityPerMonth"),
      targetDaysOfSupply: num("targetDaysOfSupply"),
    });
  }
  if (families.length === 0) return null;
  // Any plausible month count (1..120) is read as typed, so that the pane's validation names a
  // value outside the schema's bounds rather than it being replaced silently.
  const whole = (v: CellValue, fallback: number): number => {
    const n = Math.round(numberOr(v, fallback));
    return n >= 1 && n <= 120 ? n : fallback;
  };
  return {
    company: text(setting("company")) ?? "",
    cycleMonth,
    historyMonths: whole(setting("historyMonths"), SETTING_FIELDS.historyMonths.fallback),
    horizonMonths: whole(setting("horizonMonths"), SETTING_FIELDS.horizonMonths.fallback),
    businessType,
    families,
    targets: {
      revenuePerMonth: numberOr(setting("revenueTarget"), 0),
      grossMarginPct: numberOr(setting("marginTarget"), 0),
      inventoryValueCeiling: numberOr(setting("inventoryCeiling"), 0),
    },
  };
}

/** Rows below the header of a list sheet (Pipeline, Orders, Actions) in `existing`. */
export function listRows(existing: ExistingSheets, sheet: string): number {
  return Math.max(0, (existing.get(sheet)?.length ?? 0) - FIRST_ROW);
}

/** A cycle with the given config and `n` placeholder rows per list: the shape of a workbook, for locating its cells. */
export function skeleton(config: CycleConfig, pipeline: number, orders: number, actions: number): CycleData {
  const fam = config.families[0].name;
  return {
    config,
    actuals: [],
    overrides: [],
    pipeline: Array.from({ length: pipeline }, () => ({
      deal: "",
      family: fam,
      quantity: 0,
      stage: "",
      winProbability: 0,
      closeMonth: "",
    })),
    orders: Array.from({ length: orders }, () => ({
      order: "",
      line: 1,
      family: fam,
      quantityOrdered: 0,
      quantityDelivered: 0,
      promisedDate: "",
      deliveredDate: null,
    })),
    actions: Array.from({ length: actions }, () => ({
      decision: "",
      owner: "",
      dueDate: "",
      status: DEFAULT_ACTION_STATUS,
    })),
  };
}
