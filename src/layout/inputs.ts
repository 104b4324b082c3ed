/**
 * Resolves every input cell of the workbook: the value a user typed (by key) when there is one,
 * else the default from the cycle data. The plan model computes from exactly these values, so
 * cached formula results match the inputs written next to them.
 */
import { CellInput } from "../core/cells";
import { excelSerialFromIso } from "../core/dates";
import { CycleConfig, CycleData, FamilyConfig } from "../core/model";
import {
  FAMILY_OPTIONAL_FIELDS,
  SCENARIO_FIELDS,
  SCENARIO_FIELD_NAMES,
  type FamilyOptionalField,
  type ScenarioField,
} from "../core/schema";
import { KPI_DEFS } from "../core/plan-model/kpis";
import { trendMonths } from "../core/plan-model/kpiTrend";
import { cycleMonths } from "../core/plan-model/months";
import {
  ActionRowInput,
  Blank,
  OrderRowInput,
  PipelineRowInput,
  PlanInputs,
  ResolvedSupplyPolicy,
} from "../core/plan-model/types";
import { meetsNumberRule } from "../core/numberRule";
import type { ResourceRowInput, RoutingRowInput } from "../core/plan-model/capacity";
import {
  DEFAULT_INVENTORY_TARGET,
  DEFAULT_SUPPLY_STRATEGY,
  INVENTORY_TARGETS,
  SUPPLY_POLICY_FIELDS,
  SUPPLY_STRATEGIES,
  choiceOf,
} from "../core/schema";
import {
  ACTION_COLS,
  BudgetField,
  ORDER_COLS,
  PIPELINE_COLS,
  PriceField,
  ProductionField,
  ROUTING_COLS,
  spareRows,
} from "./geometry";
import { keys } from "./keys";
import { resolveArchive } from "./archive";
import { TypedInputs, asText, isEmpty, pick } from "./typed";

export type { TypedInputs } from "./typed";
export { asText, pick } from "./typed";
import { CellValue } from "./types";

const asBlank = (v: CellValue): Blank => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Highest 1-based row index typed for a table sheet ("Pipeline|17|deal" -> 17). */
function maxTypedRow(typed: TypedInputs, sheet: string): number {
  let max = 0;
  for (const [k, v] of typed) {
    if (isEmpty(v) || !k.startsWith(`${sheet}|`)) continue;
    const n = Number(k.split("|")[1]);
    if (Number.isInteger(n) && n > max) max = n;
  }
  return max;
}

/** Rows of a table sheet: data rows (or as many as were typed) plus spare rows. */
export function tableRows(dataRows: number, typed: TypedInputs, sheet: string, spare: (n: number) => number): number {
  const used = Math.max(dataRows, maxTypedRow(typed, sheet));
  return used + spare(used);
}

const serial = (iso: string | null): CellValue => (iso === null ? null : (excelSerialFromIso(iso) ?? iso));

function tableRowsOf<C extends string>(
  count: number,
  cols: ReadonlyArray<C>,
  keyOf: (row: number, field: string) => string,
  typed: TypedInputs,
  defaults: (i: number) => Partial<Record<C, CellValue>> | undefined,
): Array<Record<C, CellInput>> {
  const out: Array<Record<C, CellInput>> = [];
  for (let i = 0; i < count; i++) {
    const d: Partial<Record<C, CellValue>> = defaults(i) ?? {};
    const row = {} as Record<C, CellInput>;
    for (const c of cols) row[c] = pick(typed, keyOf(i + 1, c), (d[c] ?? null) as CellValue);
    out.push(row);
  }
  return out;
}

/**
 * A family with its optional inputs (overtime) as typed on the Families sheet, else as the cycle
 * gives them; a blank stays absent (nothing is assumed in its place).
 */
export function withFamilyInputs(f: FamilyConfig, typed: TypedInputs): FamilyConfig {
  const out: { -readonly [K in keyof FamilyConfig]: FamilyConfig[K] } = { ...f };
  for (const field of Object.keys(FAMILY_OPTIONAL_FIELDS) as FamilyOptionalField[]) {
    const v = asBlank(pick(typed, keys.familyInput(field, f.name), f[field] ?? null));
    if (v === null) delete out[field];
    else out[field] = v;
  }
  return out;
}

/**
 * The scenario multipliers: typed on Settings (keys `Scenario|...`), else the cycle's
 * (settings.csv), else SCENARIO_FIELDS' fallbacks. A value outside its rule counts as not given.
 */
export function resolveScenarios(data: CycleData, typed: TypedInputs): Pick<PlanInputs, "scenarios" | "scenarioCells"> {
  const given = data.config.scenarios ?? {};
  const scenarios = {} as Record<ScenarioField, number>;
  const scenarioCells = {} as Record<ScenarioField, CellInput>;
  for (const field of SCENARIO_FIELD_NAMES) {
    const def = SCENARIO_FIELDS[field];
    const v = pick(typed, keys.scenario(field), given[field] ?? null);
    scenarios[field] = typeof v === "number" && meetsNumberRule(v, def.rule) ? v : def.fallback;
    scenarioCells[field] = v === null || v === undefined || v === "" ? scenarios[field] : v;
  }
  return { scenarios, scenarioCells };
}

/**
 * The supply policy: typed on Settings and Families (keys `Policy|...`), else the cycle's
 * (settings.csv, families.csv), else the defaults (target-seeking, 95 %, days of supply; no lot
 * size, no minimum run, lead time 1 month). A value outside its rule counts as not given.
 */
export function resolveSupplyPolicy(data: CycleData, typed: TypedInputs): ResolvedSupplyPolicy {
  const cfg = data.config;
  const given = cfg.supplyPolicy;
  const F = SUPPLY_POLICY_FIELDS;
  const num = (key: string, fallback: number | undefined, field: keyof typeof F): number | null => {
    const v = pick(typed, key, fallback ?? null);
    return typeof v === "number" && meetsNumberRule(v, F[field].rule) ? v : null;
  };
  const positive = (v: number | null): number | null => (v !== null && v > 0 ? v : null);
  return {
    strategy:
      choiceOf(pick(typed, keys.supplyPolicy("strategy"), given?.strategy ?? null), SUPPLY_STRATEGIES) ??
      DEFAULT_SUPPLY_STRATEGY,
    serviceLevel:
      num(keys.supplyPolicy("serviceLevel"), given?.serviceLevel, "serviceLevel") ?? F.serviceLevel.fallback,
    inventoryTarget:
      choiceOf(pick(typed, keys.supplyPolicy("inventoryTarget"), given?.inventoryTarget ?? null), INVENTORY_TARGETS) ??
      DEFAULT_INVENTORY_TARGET,
    families: cfg.families.map((f) => ({
      lotSize: positive(num(keys.familyPolicy("lotSize", f.name), f.lotSize, "lotSize")),
      minimumRun: positive(num(keys.familyPolicy("minimumRun", f.name), f.minimumRun, "minimumRun")),
      leadTimeMonths:
        num(keys.familyPolicy("leadTimeMonths", f.name), f.leadTimeMonths, "leadTimeMonths") ??
        F.leadTimeMonths.fallback,
    })),
  };
}

export function resolveInputs(data: CycleData, typed: TypedInputs): PlanInputs {
  const cfg: CycleConfig = {
    ...data.config,
    families: data.config.families.map((f) => withFamilyInputs(f, typed)),
  };
  const { history, plan } = cycleMonths(cfg.cycleMonth, cfg.historyMonths, cfg.horizonMonths);
  const actualOf = new Map(data.actuals.map((a) => [`${a.family}|${a.month}`, a.quantity]));
  const overrideOf = new Map(data.overrides.map((o) => [`${o.family}|${o.month}`, o.quantity]));
  const actuals = cfg.families.map((f) =>
    history.map((m) => asBlank(pick(typed, keys.actual(f.name, m), actualOf.get(`${f.name}|${m}`) ?? null))),
  );
  const overrides = cfg.families.map((f) =>
    plan.map((m) => asBlank(pick(typed, keys.override(f.name, m), overrideOf.get(`${f.name}|${m}`) ?? null))),
  );
  // The reason and comment beside each override: typed, else given with the override (overrides.csv).
  const overrideRowOf = new Map(data.overrides.map((o) => [`${o.family}|${o.month}`, o]));
  const noteGrid = (field: "reason" | "comment"): CellValue[][] =>
    cfg.families.map((f) =>
      plan.map((m) => {
        const v = pick(
          typed,
          keys.overrideNote(field, f.name, m),
          overrideRowOf.get(`${f.name}|${m}`)?.[field] ?? null,
        );
        return asText(v) === null ? null : v;
      }),
    );
  const overrideNotes = { reason: noteGrid("reason"), comment: noteGrid("comment") };
  // The supply plan: typed in the workbook, else given with the cycle (supply_plan.csv), else
  // blank (the Supply sheet then starts it at the proposal of the supply policy).
  const givenSupply = new Map((data.supplyPlan ?? []).map((r) => [`${r.family}|${r.month}`, r.quantity]));
  const supplyPlan = cfg.families.map((f) =>
    plan.map((m) => asBlank(pick(typed, keys.supplyPlan(f.name, m), givenSupply.get(`${f.name}|${m}`) ?? null))),
  );
  // The budget: typed on the Budget sheet, else given with the cycle (budget.csv), else blank.
  const givenBudget = new Map((data.budget ?? []).map((r) => [`${r.family}|${r.month}`, r]));
  const budgetGrid = (field: BudgetField): Blank[][] =>
    cfg.families.map((f) =>
      plan.map((m) =>
        asBlank(pick(typed, keys.budget(field, f.name, m), givenBudget.get(`${f.name}|${m}`)?.[field] ?? null)),
      ),
    );
  const budget = { units: budgetGrid("units"), revenue: budgetGrid("revenue"), grossMargin: budgetGrid("grossMargin") };
  // Prices and unit costs by month: typed on the Prices sheet, else given (prices.csv), else blank.
  const givenPrices = new Map((data.prices ?? []).map((r) => [`${r.family}|${r.month}`, r]));
  const priceGrid = (field: PriceField): Blank[][] =>
    cfg.families.map((f) =>
      plan.map((m) =>
        asBlank(pick(typed, keys.price(field, f.name, m), givenPrices.get(`${f.name}|${m}`)?.[field] ?? null)),
      ),
    );
  const prices = { price: priceGrid("price"), unitCost: priceGrid("unitCost") };
  // Actual production by history month: typed on the Production sheet, else given
  // (production_actuals.csv), else blank.
  const givenProduction = new Map((data.productionActuals ?? []).map((r) => [`${r.family}|${r.month}`, r]));
  const productionGrid = (field: ProductionField): Blank[][] =>
    cfg.families.map((f) =>
      history.map((m) =>
        asBlank(pick(typed, keys.production(field, f.name, m), givenProduction.get(`${f.name}|${m}`)?.[field] ?? null)),
      ),
    );
  const productionActuals = productionGrid("quantity");
  const productionPlanned = productionGrid("planned");
  const previousOf = new Map((data.previousConsensus ?? []).map((o) => [`${o.family}|${o.month}`, o.quantity]));
  const previousIn = (months: ReadonlyArray<string>) =>
    cfg.families.map((f) =>
      months.map((m) =>
        asBlank(pick(typed, keys.previousConsensus(f.name, m), previousOf.get(`${f.name}|${m}`) ?? null)),
      ),
    );
  const previousConsensus = previousIn(plan);
  const archivedConsensus = previousIn(history);

  const pipeCols = PIPELINE_COLS.filter((c) => c !== "weighted") as Array<keyof PipelineRowInput>;
  const pipeline: PipelineRowInput[] = tableRowsOf(
    tableRows(data.pipeline.length, typed, "Pipeline", spareRows.pipeline),
    pipeCols,
    keys.pipeline,
    typed,
    (i) => data.pipeline[i],
  );
  const orders: OrderRowInput[] = tableRowsOf(
    tableRows(data.orders.length, typed, "Orders", spareRows.orders),
    ORDER_COLS as ReadonlyArray<keyof OrderRowInput>,
    keys.order,
    typed,
    (i) => {
      const o = data.orders[i];
      return o === undefined
        ? undefined
        : { ...o, promisedDate: serial(o.promisedDate), deliveredDate: serial(o.deliveredDate) };
    },
  );
  const actions: ActionRowInput[] = tableRowsOf(
    tableRows(data.actions.length, typed, "Actions", spareRows.actions),
    ACTION_COLS as ReadonlyArray<keyof ActionRowInput>,
    keys.action,
    typed,
    (i) => {
      const a = data.actions[i];
      return a === undefined ? undefined : { ...a, dueDate: serial(a.dueDate) };
    },
  );

  // Resources and routings (rough-cut capacity): typed on their sheets, else the cycle's, plus spare rows.
  const resources: ResourceRowInput[] = Array.from(
    { length: tableRows((data.resources ?? []).length, typed, "Resources", spareRows.resources) },
    (_, i) => {
      const given = data.resources?.[i];
      return {
        resource: pick(typed, keys.resource(i + 1, "resource"), given?.name ?? null),
        capacity: pick(typed, keys.resource(i + 1, "capacity"), given?.capacityPerMonth ?? null),
        byMonth: plan.map((m) => pick(typed, keys.resource(i + 1, m), given?.capacityByMonth?.[m] ?? null)),
      };
    },
  );
  const routings: RoutingRowInput[] = tableRowsOf(
    tableRows((data.routings ?? []).length, typed, "Routings", spareRows.routings),
    ROUTING_COLS,
    keys.routing,
    typed,
    (i) => data.routings?.[i],
  );

  const kpiInputs = new Map<string, Blank>();
  const t = cfg.targets;
  // Receivables and payables are inputs (typed, or from the cycle's finance inputs): never
  // made up. Without them the working-capital KPI says "no data" and has no default target.
  const receivables = asBlank(pick(typed, keys.kpiInput("receivables"), cfg.finance?.receivables ?? null));
  const payables = asBlank(pick(typed, keys.kpiInput("payables"), cfg.finance?.payables ?? null));
  kpiInputs.set("receivables", receivables);
  kpiInputs.set("payables", payables);
  const recorded = new Map((data.kpiHistory ?? []).map((h) => [`${h.kpi}|${h.month}`, h.value]));
  for (const d of KPI_DEFS) {
    const wc = d.id === "WORKINGCAPITAL";
    const wcTarget =
      typeof receivables === "number" && typeof payables === "number"
        ? Math.round(t.inventoryValueCeiling + receivables - payables)
        : null;
    const target = wc ? wcTarget : d.target;
    const band = wc ? (wcTarget === null ? null : Math.round(wcTarget * 0.05)) : d.band;
    kpiInputs.set(`target|${d.id}`, asBlank(pick(typed, keys.kpi("target", d.id), target)));
    kpiInputs.set(`band|${d.id}`, asBlank(pick(typed, keys.kpi("band", d.id), band)));
    const previous = data.previousKpis?.find((p) => p.kpi === d.id)?.value ?? null;
    kpiInputs.set(`previous|${d.id}`, asBlank(pick(typed, keys.kpi("previous", d.id), previous)));
    for (const m of trendMonths(cfg.cycleMonth)) {
      const v = recorded.get(`${d.id}|${m}`) ?? null;
      kpiInputs.set(`trend|${d.id}|${m}`, asBlank(pick(typed, keys.kpiTrend(d.id, m), v)));
    }
  }
  return {
    config: cfg,
    history,
    plan,
    actuals,
    overrides,
    overrideNotes,
    previousConsensus,
    archivedConsensus,
    archive: resolveArchive(
      data.planArchive ?? [],
      cfg.families.map((f) => f.name),
      typed,
    ),
    supplyPlan,
    budget,
    prices,
    productionActuals,
    productionPlanned,
    supplyPolicy: resolveSupplyPolicy(data, typed),
    ...resolveScenarios(data, typed),
    resources,
    routings,
    pipeline,
    orders,
    actions,
    kpiInputs,
  };
}
