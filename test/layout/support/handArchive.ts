/**
 * The hand-made cycle the plan archive tests share: families A and B (price 10 unless given,
 * unit cost 6), and their actual sales from 2025-10 to 2026-03:
 * A 100, 100, 100, 100, 120, 90; B 50, 50, 50, 50, 40, 60.
 */
import { ActualRow, ArchiveRow, CycleConfig, CycleData, FamilyConfig } from "../../../src/core/model";

export const handFamily = (name: string, price = 10): FamilyConfig => ({
  name,
  unit: "units",
  price,
  unitCost: 6,
  openingInventory: 100,
  capacityPerMonth: 200,
  targetDaysOfSupply: 30,
});

const sold: Array<[string, string, number]> = [
  ["A", "2025-10", 100],
  ["A", "2025-11", 100],
  ["A", "2025-12", 100],
  ["A", "2026-01", 100],
  ["A", "2026-02", 120],
  ["A", "2026-03", 90],
  ["B", "2025-10", 50],
  ["B", "2025-11", 50],
  ["B", "2025-12", 50],
  ["B", "2026-01", 50],
  ["B", "2026-02", 40],
  ["B", "2026-03", 60],
];

export const HAND_ACTUALS: ReadonlyArray<ActualRow> = sold.map(([family, month, quantity]) => ({
  family,
  month,
  quantity,
}));

/** The hand-made cycle's settings: cycle 2026-04, 6 history months (2025-10 .. 2026-03), 3 plan months. */
export const handConfig = (families: ReadonlyArray<FamilyConfig>): CycleConfig => ({
  company: "Hand Co",
  cycleMonth: "2026-04",
  historyMonths: 6,
  horizonMonths: 3,
  businessType: "manufacturing",
  families,
  targets: { revenuePerMonth: 1000, grossMarginPct: 0.4, inventoryValueCeiling: 10000 },
});

/** An archive row of `family` for `targetMonth` planned in `cycleMonth`: every field blank but those of `over`. */
export const archiveRow = (
  cycleMonth: string,
  family: string,
  targetMonth: string,
  over: Partial<ArchiveRow> = {},
): ArchiveRow => ({
  cycleMonth,
  family,
  targetMonth,
  naive: null,
  baseline: null,
  override: null,
  reason: null,
  comment: null,
  consensus: null,
  ...over,
});

/** An archive row with only a consensus (and the baseline it came from: the consensus, else `baseline`). */
/**
 * The plan archive test/layout/lagKpis.test.ts recalculates in a formula engine and
 * test/layout/helpers/kpisArchive.test.ts works out cell by cell: A and B planned in the cycles
 * 2026-01 to 2026-03 for those months, at lags 1 and 3 (an override's reason "Other").
 */
export const LAG_ARCHIVE: ReadonlyArray<ArchiveRow> = (
  [
    ["2026-01", "A", "2026-01", 100, 110, null, 105],
    ["2026-01", "A", "2026-03", 100, 100, 80, 85],
    ["2026-02", "A", "2026-02", 100, 110, 125, 118],
    ["2026-03", "A", "2026-03", 120, 95, null, 92],
    ["2026-01", "B", "2026-01", 50, 45, null, 48],
    ["2026-01", "B", "2026-03", 50, 55, null, 58],
    ["2026-02", "B", "2026-02", 50, 46, 35, 38],
    ["2026-03", "B", "2026-03", 40, 57, null, 63],
  ] as const
).map(([cycleMonth, family, targetMonth, naive, baseline, override, consensus]) =>
  archiveRow(cycleMonth, family, targetMonth, {
    naive,
    baseline,
    override,
    reason: override === null ? null : "Other",
    consensus,
  }),
);

export const consensusRow = (
  cycleMonth: string,
  family: string,
  targetMonth: string,
  consensus: number | null,
  baseline = 45,
): ArchiveRow => archiveRow(cycleMonth, family, targetMonth, { baseline: consensus ?? baseline, consensus });

/** An archive row with a baseline, an override (or none) and its reason; the consensus is the override, else the baseline. */
export const overrideRow = (
  cycleMonth: string,
  family: string,
  targetMonth: string,
  baseline: number,
  override: number | null,
  reason: string | null,
): ArchiveRow =>
  archiveRow(cycleMonth, family, targetMonth, { baseline, override, reason, consensus: override ?? baseline });

/** The hand-made cycle of `families` (default A and B at price 10) with `planArchive`, and nothing else given. */
export const handArchiveCycle = (
  planArchive: ReadonlyArray<ArchiveRow>,
  families: ReadonlyArray<FamilyConfig> = [handFamily("A"), handFamily("B")],
  rest: Partial<CycleData> = {},
): CycleData => ({
  config: handConfig(families),
  actuals: HAND_ACTUALS,
  overrides: [],
  pipeline: [],
  orders: [],
  actions: [],
  planArchive,
  ...rest,
});

/**
 * The revenue-by-lag cycle (test/layout/revenueAccuracy.test.ts works it out): families A (price
 * 10) and B (price 100); consensus at lag 1: A 2026-02 110, A 2026-03 100, B 2026-02 50,
 * B 2026-03 54; at lag 2 (cycle 2026-02): A 2026-03 80, B 2026-03 70; A 2026-04 at lag 1 (no
 * actual yet) and Gone 2026-03 (not on Families, no price), both left out.
 */
export const revenueArchiveCycle = (): CycleData =>
  handArchiveCycle(
    [
      consensusRow("2026-02", "A", "2026-02", 110),
      consensusRow("2026-03", "A", "2026-03", 100),
      consensusRow("2026-02", "B", "2026-02", 50),
      consensusRow("2026-03", "B", "2026-03", 54),
      consensusRow("2026-02", "A", "2026-03", 80),
      consensusRow("2026-02", "B", "2026-03", 70),
      consensusRow("2026-04", "A", "2026-04", 100),
      consensusRow("2026-03", "Gone", "2026-03", 10),
    ],
    [handFamily("A", 10), handFamily("B", 100)],
  );
