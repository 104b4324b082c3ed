/**
 * Test cycle for rough-cut capacity: two families sharing a line, three plan months
 * (2026-04..2026-06), the supply plan typed:
 *   Pumps  (unit cost 40): 100, 120,  80
 *   Valves (unit cost 20):  50, 200,  60
 * Resources: "Line 1", 400 hours a month but 300 in 2026-05; "Assembly team", 90 hours a month.
 * Routings: Pumps 2 h/unit and Valves 1 h/unit on Line 1; Valves 0.5 h/unit on Assembly team.
 * Family capacities (1,000) never bind. By hand:
 *   Line 1 load     = 100x2 + 50x1 = 250;  120x2 + 200x1 = 440;  80x2 + 60x1 = 220
 *   Line 1 capacity = 400, 300, 400  -> overload 0, 140, 0; utilization 0.625, 440/300, 0.55
 *   Line 1 value in 2026-05 = 140 / 440 x (120x40 + 200x20) = 140 / 440 x 8,800 = 2,800
 *   Assembly load   = 25, 100, 30; capacity 90 -> overload 0, 10, 0
 *   Assembly value in 2026-05 = 10 / 100 x (200x20) = 400 (Pumps is not routed there)
 */
import { CycleData } from "../../src/core/model";

export function twoResourceCycle(): CycleData {
  const fam = { unit: "units", price: 100, openingInventory: 0, capacityPerMonth: 1000, targetDaysOfSupply: 0 };
  const plan = ["2026-04", "2026-05", "2026-06"];
  return {
    config: {
      company: "Line Co",
      cycleMonth: "2026-04",
      historyMonths: 3,
      horizonMonths: 3,
      businessType: "manufacturing",
      families: [
        { name: "Pumps", ...fam, unitCost: 40 },
        { name: "Valves", ...fam, unitCost: 20 },
      ],
      targets: { revenuePerMonth: 0, grossMarginPct: 0, inventoryValueCeiling: 0 },
    },
    actuals: ["Pumps", "Valves"].flatMap((family) =>
      ["2026-01", "2026-02", "2026-03"].map((month) => ({ family, month, quantity: 100 })),
    ),
    overrides: [],
    supplyPlan: [
      ...[100, 120, 80].map((quantity, j) => ({ family: "Pumps", month: plan[j], quantity })),
      ...[50, 200, 60].map((quantity, j) => ({ family: "Valves", month: plan[j], quantity })),
    ],
    pipeline: [],
    orders: [],
    actions: [],
    resources: [
      { name: "Line 1", capacityPerMonth: 400, capacityByMonth: { "2026-05": 300 } },
      { name: "Assembly team", capacityPerMonth: 90 },
    ],
    routings: [
      { family: "Pumps", resource: "Line 1", hoursPerUnit: 2 },
      { family: "Valves", resource: "Line 1", hoursPerUnit: 1 },
      { family: "Valves", resource: "Assembly team", hoursPerUnit: 0.5 },
    ],
  };
}
