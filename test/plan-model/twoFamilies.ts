/**
 * Test cycle: two families listed Zeta then Alpha (so alphabetical order would put Alpha
 * first), price 10, cost 6, no opening inventory, capacity 100, one plan month (2026-04) after
 * three history months of 100 each. Zeta's consensus is 150: supply min(150, 100) = 100,
 * lost demand 50 units = 500 (one plan month: what is not shipped in it is lost). Alpha's consensus is `alphaDemand`. No inventory ceiling; the
 * revenue target per month is `revenueTarget` (default 0: no revenue gap).
 */
import { CycleData } from "../../src/core/model";

export function twoFamilyCycle(alphaDemand: number, revenueTarget = 0): CycleData {
  const fam = { unit: "units", price: 10, unitCost: 6, openingInventory: 0, capacityPerMonth: 100, targetDaysOfSupply: 0 };
  return {
    config: {
      company: "Tie Co",
      cycleMonth: "2026-04",
      historyMonths: 3,
      horizonMonths: 1,
      businessType: "manufacturing",
      families: [
        { name: "Zeta", ...fam },
        { name: "Alpha", ...fam },
      ],
      targets: { revenuePerMonth: revenueTarget, grossMarginPct: 0, inventoryValueCeiling: 0 },
    },
    actuals: ["Zeta", "Alpha"].flatMap((family) =>
      ["2026-01", "2026-02", "2026-03"].map((month) => ({ family, month, quantity: 100 })),
    ),
    overrides: [
      { family: "Zeta", month: "2026-04", quantity: 150 },
      { family: "Alpha", month: "2026-04", quantity: alphaDemand },
    ],
    pipeline: [],
    orders: [],
    actions: [],
  };
}
