/**
 * Writes `CycleData` as a folder of CSV files in the import format (the inverse of
 * `importCycle`: importing the files gives back the same data). Text that a spreadsheet would
 * read as a formula gets a leading apostrophe (`neutraliseFormula`), which the import removes;
 * numbers are written as they are.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { CycleData } from "../core/model";
import { formatCsv, neutraliseFormula as text } from "./csv";
import {
  FAMILY_OPTIONAL_FIELDS,
  SCENARIO_CSV_KEYS,
  SCENARIO_FIELD_NAMES,
  type FamilyOptionalField,
} from "../core/schema";
import { COLUMNS, OVERRIDE_NOTE_COLUMNS } from "./readers";
import { FAMILY_OPTIONAL_COLUMNS, FAMILY_POLICY_COLUMNS } from "./families";
import { PRODUCTION_FILE, productionCsv } from "./production";
import { PLAN_HISTORY_FILE, planHistoryCsv } from "./planHistory";
import { KPI_HISTORY_FILE, kpiHistoryCsv } from "./kpiHistory";
import { BUDGET_FILE, budgetCsv } from "./budget";
import { PRICES_FILE, pricesCsv } from "./prices";
import { RESOURCES_FILE, ROUTINGS_FILE, resourcesCsv, routingsCsv } from "./capacity";

const num = (n: number): string => String(n);

const OVERTIME_FIELDS = Object.keys(FAMILY_OPTIONAL_FIELDS) as FamilyOptionalField[];
const OVERTIME_COLUMNS = OVERTIME_FIELDS.map((k) => FAMILY_OPTIONAL_COLUMNS[k]);

const opt = (n: number | undefined): string => (n === undefined ? "" : num(n));

/** families.csv; the overtime and supply policy columns only when a family has one. */
function familiesCsv(families: CycleData["config"]["families"]): string {
  const overtime = families.some((f) => OVERTIME_FIELDS.some((k) => f[k] !== undefined));
  const withPolicy = families.some(
    (f) => f.lotSize !== undefined || f.minimumRun !== undefined || f.leadTimeMonths !== undefined,
  );
  return formatCsv(
    [
      ...COLUMNS["families.csv"],
      ...(overtime ? OVERTIME_COLUMNS : []),
      ...(withPolicy ? Object.values(FAMILY_POLICY_COLUMNS) : []),
    ],
    families.map((f) => [
      text(f.name),
      text(f.unit),
      num(f.price),
      num(f.unitCost),
      num(f.openingInventory),
      num(f.capacityPerMonth),
      num(f.targetDaysOfSupply),
      ...(overtime ? OVERTIME_FIELDS.map((k) => opt(f[k])) : []),
      ...(withPolicy ? [opt(f.lotSize), opt(f.minimumRun), opt(f.leadTimeMonths)] : []),
    ]),
  );
}

/** overrides.csv; the reason and comment columns only when an override has one. */
function overridesCsv(rows: CycleData["overrides"]): string {
  const notes = rows.some((o) => (o.reason ?? null) !== null || (o.comment ?? null) !== null);
  const opt = (v: string | null | undefined): string => (v === null || v === undefined ? "" : text(v));
  return formatCsv(
    notes ? [...COLUMNS["overrides.csv"], ...OVERRIDE_NOTE_COLUMNS] : COLUMNS["overrides.csv"],
    rows.map((o) => [text(o.family), o.month, num(o.quantity), ...(notes ? [opt(o.reason), opt(o.comment)] : [])]),
  );
}

/** File name -> CSV text for every file of the import format. */
export function cycleToCsv(data: CycleData): Record<string, string> {
  const c = data.config;
  // The optional family columns are written only when a family gives one of them.
  return {
    "settings.csv": formatCsv(
      ["key", "value"],
      [
        ["company", text(c.company)],
        ["cycle_month", c.cycleMonth],
        ["history_months", num(c.historyMonths)],
        ["horizon_months", num(c.horizonMonths)],
        ["business_type", c.businessType],
        ["revenue_target_per_month", num(c.targets.revenuePerMonth)],
        ["gross_margin_target", num(c.targets.grossMarginPct)],
        ["inventory_value_ceiling", num(c.targets.inventoryValueCeiling)],
        ...(c.finance?.receivables !== undefined ? [["trade_receivables", num(c.finance.receivables)]] : []),
        ...(c.finance?.payables !== undefined ? [["trade_payables", num(c.finance.payables)]] : []),
        ...(c.supplyPolicy?.strategy !== undefined ? [["supply_strategy", c.supplyPolicy.strategy]] : []),
        ...(c.supplyPolicy?.serviceLevel !== undefined ? [["service_level", num(c.supplyPolicy.serviceLevel)]] : []),
        ...(c.supplyPolicy?.inventoryTarget !== undefined
          ? [["inventory_target", c.supplyPolicy.inventoryTarget]]
          : []),
        ...SCENARIO_FIELD_NAMES.flatMap((f) => {
          const v = c.scenarios?.[f];
          return v !== undefined ? [[SCENARIO_CSV_KEYS[f], num(v)]] : [];
        }),
      ],
    ),
    "families.csv": familiesCsv(c.families),
    "actuals.csv": formatCsv(
      COLUMNS["actuals.csv"],
      data.actuals.map((a) => [text(a.family), a.month, num(a.quantity)]),
    ),
    ...(data.productionActuals !== undefined && data.productionActuals.length > 0
      ? { [PRODUCTION_FILE]: productionCsv(data.productionActuals) }
      : {}),
    "overrides.csv": overridesCsv(data.overrides),
    ...(data.supplyPlan !== undefined && data.supplyPlan.length > 0
      ? {
          "supply_plan.csv": formatCsv(
            COLUMNS["supply_plan.csv"],
            data.supplyPlan.map((o) => [text(o.family), o.month, num(o.quantity)]),
          ),
        }
      : {}),
    "previous_consensus.csv": formatCsv(
      COLUMNS["previous_consensus.csv"],
      (data.previousConsensus ?? []).map((o) => [text(o.family), o.month, num(o.quantity)]),
    ),
    "pipeline.csv": formatCsv(
      COLUMNS["pipeline.csv"],
      data.pipeline.map((d) => [
        text(d.deal),
        text(d.family),
        num(d.quantity),
        text(d.stage),
        num(d.winProbability),
        d.closeMonth,
      ]),
    ),
    "orders.csv": formatCsv(
      COLUMNS["orders.csv"],
      data.orders.map((o) => [
        text(o.order),
        num(o.line),
        text(o.family),
        num(o.quantityOrdered),
        num(o.quantityDelivered),
        o.promisedDate,
        o.deliveredDate ?? "",
      ]),
    ),
    "actions.csv": formatCsv(
      COLUMNS["actions.csv"],
      data.actions.map((a) => [text(a.decision), text(a.owner), a.dueDate, a.status]),
    ),
    "kpis.csv": formatCsv(
      COLUMNS["kpis.csv"],
      (data.previousKpis ?? []).map((k) => [k.kpi, num(k.value)]),
    ),
    ...(data.kpiHistory !== undefined && data.kpiHistory.length > 0
      ? { [KPI_HISTORY_FILE]: kpiHistoryCsv(data.kpiHistory) }
      : {}),
    [PLAN_HISTORY_FILE]: planHistoryCsv(data.planArchive ?? []),
    ...(data.budget !== undefined && data.budget.length > 0 ? { [BUDGET_FILE]: budgetCsv(data.budget) } : {}),
    ...(data.prices !== undefined && data.prices.length > 0 ? { [PRICES_FILE]: pricesCsv(data.prices) } : {}),
    ...(data.resources !== undefined && data.resources.length > 0
      ? { [RESOURCES_FILE]: resourcesCsv(data.resources) }
      : {}),
    ...(data.routings !== undefined && data.routings.length > 0 ? { [ROUTINGS_FILE]: routingsCsv(data.routings) } : {}),
  };
}

/** Writes the CSV files of `data` into `dir` (created if needed). */
export async function writeCsvFolder(data: CycleData, dir: string): Promise<ReadonlyArray<string>> {
  await fs.mkdir(dir, { recursive: true });
  const files = cycleToCsv(data);
  const names = Object.keys(files).sort();
  await Promise.all(names.map((n) => fs.writeFile(path.join(dir, n), files[n], "utf8")));
  return names.map((n) => path.join(dir, n));
}
