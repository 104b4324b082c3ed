/** A tiny two-family cycle for the inputs' unit tests: nothing given unless a test gives it. */
import { CycleData } from "../../../src/core/model";
import type { FamilyBaseline } from "../../../src/core/plan-model/types";

/** A family's required fields (price 10, unit cost 6, capacity 100). */
export const fam = {
  unit: "units",
  price: 10,
  unitCost: 6,
  openingInventory: 0,
  capacityPerMonth: 100,
  targetDaysOfSupply: 0,
};

/** Pumps and Valves; history 2026-02 and 2026-03, plan 2026-04 and 2026-05; an inventory ceiling of 500. */
export function tinyCycle(over: Partial<CycleData> = {}, config: Partial<CycleData["config"]> = {}): CycleData {
  return {
    config: {
      company: "Acme",
      cycleMonth: "2026-04",
      historyMonths: 2,
      horizonMonths: 2,
      businessType: "manufacturing",
      families: [
        { name: "Pumps", ...fam },
        { name: "Valves", ...fam },
      ],
      targets: { revenuePerMonth: 0, grossMarginPct: 0, inventoryValueCeiling: 500 },
      ...config,
    },
    actuals: [],
    overrides: [],
    pipeline: [],
    orders: [],
    actions: [],
    ...over,
  };
}

/** A family's baseline given for the two plan months (and the two history months, blank unless given), no band. */
export const givenBaseline = (plan: number[], history: Array<number | null> = [null, null]): FamilyBaseline => ({
  history,
  plan,
  lower80: [null, null],
  upper80: [null, null],
  method: "given",
});
