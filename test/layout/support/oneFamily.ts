/** A one-family cycle for the small rebuild suites, and old sheets by name. */
import { CycleData } from "../../../src/core/model";
import type { CellValue } from "../../../src/layout/types";

export type Grid = CellValue[][];

/** Old sheets by name, as a renderer reads them back. */
export const book = (sheets: Record<string, Grid>): Map<string, Grid> => new Map(Object.entries(sheets));

/** Pumps; cycle month 2026-04, history 2026-02 and 2026-03, one plan month. */
export const pumpsCycle: CycleData = {
  config: {
    company: "Acme",
    cycleMonth: "2026-04",
    historyMonths: 2,
    horizonMonths: 1,
    businessType: "manufacturing",
    families: [
      {
        name: "Pumps",
        unit: "units",
        price: 10,
        unitCost: 6,
        openingInventory: 0,
        capacityPerMonth: 100,
        targetDaysOfSupply: 0,
      },
    ],
    targets: { revenuePerMonth: 0, grossMarginPct: 0, inventoryValueCeiling: 0 },
  },
  actuals: [],
  overrides: [],
  pipeline: [],
  orders: [],
  actions: [],
};
