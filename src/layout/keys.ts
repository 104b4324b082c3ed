/**
 * Stable keys of input cells: "Sheet|row|family|month" and similar. Rebuilding the workbook
 * finds a typed value by its key wherever the cell moves to.
 */
export const keys = {
  settings: (field: string): string => `Settings|${field}`,
  family: (field: string, family: string): string => `Families|${field}|${family}`,
  /**
   * An optional family input (overtime): typed on the Families sheet, but not part of the cycle
   * the pane edits, so a rebuild keeps what was typed, like any other input.
   */
  familyInput: (field: string, family: string): string => `FamilyInputs|${field}|${family}`,
  actual: (family: string, month: string): string => `Actuals|actual|${family}|${month}`,
  override: (family: string, month: string): string => `Demand|override|${family}|${month}`,
  /** Why sales overrode the baseline, and their comment, beside the override (field "reason" or "comment"). */
  overrideNote: (field: "reason" | "comment", family: string, month: string): string =>
    `Demand|${field}|${family}|${month}`,
  previousConsensus: (family: string, month: string): string => `Demand|previous|${family}|${month}`,
  supplyPlan: (family: string, month: string): string => `Supply|plan|${family}|${month}`,
  /** A Budget cell: field "units", "revenue" or "grossMargin". */
  budget: (field: string, family: string, month: string): string => `Budget|${field}|${family}|${month}`,
  /** A Production cell: field "quantity" (actual production by family and history month). */
  production: (field: string, family: string, month: string): string => `Production|${field}|${family}|${month}`,
  /** A Prices cell: field "price" or "unitCost". */
  price: (field: string, family: string, month: string): string => `Prices|${field}|${family}|${month}`,
  pipeline: (row: number, field: string): string => `Pipeline|${row}|${field}`,
  /** A Resources row's field ("resource", "capacity"), or its capacity in a plan month (field "YYYY-MM"). */
  resource: (row: number, field: string): string => `Resources|${row}|${field}`,
  routing: (row: number, field: string): string => `Routings|${row}|${field}`,
  order: (row: number, field: string): string => `Orders|${row}|${field}`,
  action: (row: number, field: string): string => `Actions|${row}|${field}`,
  kpi: (field: string, id: string): string => `KPIs|${field}|${id}`,
  kpiInput: (field: string): string => `KPIs|${field}`,
  /** A KPI's value in an earlier cycle month (its trend cells). */
  kpiTrend: (id: string, month: string): string => `KPIs|trend|${id}|${month}`,
  /** A plan archive cell: the family last, so a name holding "|" still reads back whole. */
  archive: (cycle: string, target: string, field: string, family: string): string =>
    `Archive|${cycle}|${target}|${field}|${family}`,
  /** A supply policy setting (Settings: strategy, service level, inventory target), typed like any input. */
  supplyPolicy: (field: string): string => `Policy|${field}`,
  /** A family's supply policy (Families: lot size, minimum run, lead time), the family last. */
  familyPolicy: (field: string, family: string): string => `Policy|${field}|${family}`,
  /** A scenario multiplier (Settings: upside and downside demand and capacity), typed like any input. */
  scenario: (field: string): string => `Scenario|${field}`,
  /** The lags the KPIs sheet measures (a Settings row, typed like any input). */
  accuracyLags: (): string => "Lags|accuracy",
} as const;

/** Keys of the Settings and Families sheets describe the cycle itself: a rebuild takes them from the new cycle, not from the old cells. */
export function isStructuralKey(key: string): boolean {
  return key.startsWith("Settings|") || key.startsWith("Families|");
}
