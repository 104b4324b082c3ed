/**
 * The KPIs' hand-made cycle: two families, three history and three plan months, six order lines and
 * four actions, small enough to work out every KPI by hand (test/layout/kpisHandCalc.test.ts checks
 * it against a formula engine, test/layout/helpers/kpisSheet.test.ts cell by cell).
 */
import type { CycleData } from "../../../src/core/model";
import type { CellValue } from "../../../src/layout/types";

// Family W: price 10, cost 6, opening inventory 50, capacity 125, target 30 days.
// Family G: price 20, cost 12, opening inventory 0, capacity 40, target 0 days.
// History 2026-01..03: actuals W 80 100 120, G 20 30 40; the consensus planned for those months
// (archived last cycle) W 90 100 110, G 20 25 35.
// Plan 2026-04..06: overrides W 120 130 110, G 40 50 40 (no pipeline: consensus = override);
// last cycle's consensus for them W 100 100 (none for June), G 40 40 40.
// Production: made W 110 120 130, G 30 40; planned W 100 125, G 40 40.
// Last cycle's KPIs: ACCURACY 0.9, OTIF 0.2. Receivables 1,000 and payables 400 typed.
const monthly = (family: string, first: number, quantities: number[]) =>
  quantities.map((quantity, i) => ({ family, month: `2026-0${first + i}`, quantity }));

/** A fresh copy of the cycle. */
export const kpiHandCycle = (): CycleData => ({
  config: {
    company: "Tiny Co",
    cycleMonth: "2026-04",
    historyMonths: 3,
    horizonMonths: 3,
    businessType: "manufacturing",
    families: [
      {
        name: "W",
        unit: "units",
        price: 10,
        unitCost: 6,
        openingInventory: 50,
        capacityPerMonth: 125,
        targetDaysOfSupply: 30,
      },
      {
        name: "G",
        unit: "units",
        price: 20,
        unitCost: 12,
        openingInventory: 0,
        capacityPerMonth: 40,
        targetDaysOfSupply: 0,
      },
    ],
    targets: { revenuePerMonth: 2000, grossMarginPct: 0.4, inventoryValueCeiling: 1000 },
  },
  actuals: [...monthly("W", 1, [80, 100, 120]), ...monthly("G", 1, [20, 30, 40])],
  overrides: [...monthly("W", 4, [120, 130, 110]), ...monthly("G", 4, [40, 50, 40])],
  previousConsensus: [
    ...monthly("W", 1, [90, 100, 110]),
    ...monthly("G", 1, [20, 25, 35]),
    ...monthly("W", 4, [100, 100]),
    ...monthly("G", 4, [40, 40, 40]),
  ],
  productionActuals: [
    { family: "W", month: "2026-01", quantity: 110, planned: 100 },
    { family: "W", month: "2026-02", quantity: 120, planned: 125 },
    { family: "W", month: "2026-03", quantity: 130, planned: null },
    { family: "G", month: "2026-01", quantity: 30, planned: 40 },
    { family: "G", month: "2026-02", quantity: 40, planned: 40 },
  ],
  previousKpis: [
    { kpi: "ACCURACY", value: 0.9 },
    { kpi: "OTIF", value: 0.2 },
  ],
  pipeline: [],
  // Measured as of the cycle month, 2026-04-01.
  orders: [
    // O1: both lines on time and in full.
    {
      order: "O1",
      line: 1,
      family: "W",
      quantityOrdered: 10,
      quantityDelivered: 10,
      promisedDate: "2026-03-10",
      deliveredDate: "2026-03-09",
    },
    {
      order: "O1",
      line: 2,
      family: "G",
      quantityOrdered: 5,
      quantityDelivered: 5,
      promisedDate: "2026-03-10",
      deliveredDate: "2026-03-10",
    },
    // O2: in full, three days late.
    {
      order: "O2",
      line: 1,
      family: "W",
      quantityOrdered: 8,
      quantityDelivered: 8,
      promisedDate: "2026-03-15",
      deliveredDate: "2026-03-18",
    },
    // O3: on time, short (4 of 6).
    {
      order: "O3",
      line: 1,
      family: "G",
      quantityOrdered: 6,
      quantityDelivered: 4,
      promisedDate: "2026-03-20",
      deliveredDate: "2026-03-20",
    },
    // O4: not delivered, overdue by April 1st.
    {
      order: "O4",
      line: 1,
      family: "W",
      quantityOrdered: 5,
      quantityDelivered: 0,
      promisedDate: "2026-03-25",
      deliveredDate: null,
    },
    // O5: not delivered, not due until April 20th: left out of service level and OTIF.
    {
      order: "O5",
      line: 1,
      family: "W",
      quantityOrdered: 7,
      quantityDelivered: 0,
      promisedDate: "2026-04-20",
      deliveredDate: null,
    },
  ],
  actions: [
    { decision: "Raise W capacity", owner: "Ops", dueDate: "2026-03-01", status: "Closed" },
    { decision: "Price G", owner: "Sales", dueDate: "2026-03-15", status: "Open" },
    { decision: "Cut W stock", owner: "Supply", dueDate: "2026-03-20", status: "Closed" },
    { decision: "Review G mix", owner: "Finance", dueDate: "2026-04-10", status: "In progress" },
  ],
});

/** Receivables 1,000 and payables 400, typed on the KPIs sheet (its working-capital inputs). */
export const KPI_HAND_TYPED: ReadonlyArray<[string, CellValue]> = [
  ["KPIs|receivables", 1000],
  ["KPIs|payables", 400],
];
