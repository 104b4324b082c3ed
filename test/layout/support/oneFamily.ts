/** A one-family cycle for the small rebuild suites, and old sheets by name. */
import { CycleData } from "../../../src/core/model";
import { fam, tinyCycle } from "./tinyCycle";
import type { CellValue } from "../../../src/layout/types";

export type Grid = CellValue[][];

/** Old sheets by name, as a renderer reads them back. */
export const book = (sheets: Record<string, Grid>): Map<string, Grid> => new Map(Object.entries(sheets));

/** Pumps; cycle month 2026-04, history 2026-02 and 2026-03, one plan month. */
export const pumpsCycle: CycleData = tinyCycle(
  {},
  {
    horizonMonths: 1,
    families: [{ name: "Pumps", ...fam }],
    targets: { revenuePerMonth: 0, grossMarginPct: 0, inventoryValueCeiling: 0 },
  },
);
