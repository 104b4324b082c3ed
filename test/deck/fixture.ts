/**
 * A hand-made two-family, three-month workbook, as its named ranges read back.
 *
 *   Widgets: price 10, unit cost 6, opening inventory 20, capacity 100/month
 *   Gadgets: price 50, unit cost 30, opening inventory 0,  capacity 40/month
 *
 *                 2026-03  2026-04  2026-05
 *   demand   W      100      120       90       G   30   40   50
 *   supply   W       90      100      100       G   30   40   40
 *   capacity W      100      100      100       G   40   40   40
 *   inventory W: 20+90-100=10, 10+100-120=-10, -10+100-90=0;  G: 0, 0, -10
 *   revenue = demand x price: W 1000 1200 900 (3100); G 1500 2000 2500 (6000)
 *   COGS = demand x unit cost: W 600 720 540 (1860); G 900 1200 1500 (3600)
 *   gross margin: W 400 480 360 (1240); G 600 800 1000 (2400)
 */
import { isSopError } from "../../src/core/errors";
import { deckInputFromNames, type DeckInput } from "../../src/deck/input";
import type { SopName } from "../../src/layout/names";
import type { CellValue, SheetSpec } from "../../src/layout/types";

export type Named = Map<SopName, CellValue[][]>;

/** Excel serial of 2026-02-20: 2025-01-01 is 45658, +365 = 46023 (2026-01-01), +31 +19 = 46073. */
export const SERIAL_2026_02_20 = 46073;

export function fixtureNames(): Named {
  const m: Named = new Map();
  m.set("SOP_Company", [["Acme Tools"]]);
  m.set("SOP_CycleMonth", [["2026-03"]]);
  m.set("SOP_BusinessType", [["manufacturing"]]);
  m.set("SOP_Months", [["2026-03", "2026-04", "2026-05"]]);
  m.set("SOP_Families", [["Widgets"], ["Gadgets"]]);
  m.set("SOP_FamilyTable", [
    ["Widgets", "units", 10, 6, 20, 100, 30],
    ["Gadgets", "units", 50, 30, 0, 40, 15],
  ]);
  m.set("SOP_Demand", [
    [100, 120, 90],
    [30, 40, 50],
  ]);
  m.set("SOP_Supply", [
    [90, 100, 100],
    [30, 40, 40],
  ]);
  m.set("SOP_Capacity", [
    [100, 100, 100],
    [40, 40, 40],
  ]);
  m.set("SOP_Inventory", [
    [10, -10, 0],
    [0, 0, -10],
  ]);
  // Late and lost as the Supply sheet derives them from the inventory above: the first family's
  // 10 backordered in month 2 ship in month 3 (late); the second ends the plan 10 short (lost).
  m.set("SOP_LateDemand", [
    [0, 10, 0],
    [0, 0, 0],
  ]);
  m.set("SOP_LostDemand", [
    [0, 0, 0],
    [0, 0, 10],
  ]);
  m.set("SOP_Revenue", [
    [1000, 1200, 900],
    [1500, 2000, 2500],
  ]);
  m.set("SOP_COGS", [
    [600, 720, 540],
    [900, 1200, 1500],
  ]);
  m.set("SOP_GrossMargin", [
    [400, 480, 360],
    [600, 800, 1000],
  ]);
  m.set("SOP_InventoryValue", [
    [60, 0, 0],
    [0, 0, 0],
  ]);
  m.set("SOP_RevenueTarget", [[3000]]);
  m.set("SOP_MarginTarget", [[0.4]]);
  m.set("SOP_InventoryCeiling", [[1000]]);
  m.set("SOP_KPIs", [
    ["Forecast accuracy", "Plan quality", 0.82, 0.85, "Watch", 0.8, "%"],
    ["Forecast bias", "Plan quality", 0.06, 0, "Off target", 0.03, "%"],
    ["Demand volatility", "Plan quality", 0.12, 0.15, "", 0.14, "%"],
    ["Plan adherence", "Plan quality", 0.93, 0.95, "", "", "%"],
    ["Inventory turns", "Business impact", 5.2, 6, "", 5, "x"],
    ["Customer service level", "Business impact", 0.96, 0.95, "On target", 0.94, "%"],
    ["OTIF", "Business impact", "#N/A", 0.95, "n/a", null, "%"],
    ["Capacity utilization", "Business impact", 0.88, 0.85, "On target", 0.9, "%"],
    ["Revenue vs plan", "Business impact", 0.97, 1, "Watch", 1.01, "ratio"],
    ["Working capital", "Business impact", 120000, 100000, "", 110000, "currency"],
    ["Schedule adherence", "Process health", 0.9, 0.9, "", 0.92, "%"],
    ["Meeting decision closure", "Process health", 0.4, 0.8, "Off target", 0.5, "%"],
  ]);
  m.set("SOP_Gaps", [
    [1, "Widgets", "2026-04", "Supply shortfall", 10, 100],
    [2, "Gadgets", "2026-05", "Supply shortfall", 10, 500],
    [3, "Gadgets", "2026-04", "Inventory below target", 5, 150],
    [4, "Widgets", "2026-05", "Revenue below target", 0, 500],
    ["", "", "", "", "", ""],
  ]);
  m.set("SOP_Actions", [
    ["Add weekend shift", "Operations", "2026-04-15", "Open"],
    ["Review pricing", "Finance", SERIAL_2026_02_20, "In progress"],
    ["Approve capex", "CEO", "2026-01-10", "Closed"],
    ["Hire planner", "HR", "", "Open"],
    ["Clean master data", "Planning", "2026-02-01", "Closed"],
  ]);
  return m;
}

export const reader =
  (m: Named) =>
  (name: SopName): CellValue[][] | undefined =>
    m.get(name);

/** The fixture as the deck reads it (`deckInputFromNames`); throws on a reading error. */
export function fixtureInput(): DeckInput {
  const r = deckInputFromNames(reader(fixtureNames()));
  if (isSopError(r)) throw new Error(r.message);
  return r;
}

/** The 0-based row whose column A holds `text` on a sheet (-1 when none does). */
export function rowOf(sheet: SheetSpec, text: string): number {
  return sheet.cells.findIndex((row) => row[0]?.value === text);
}
