/**
 * The cycle a workbook built earlier describes, read by meaning (./harvest.ts): the settings by
 * their labels, every family row of the Families sheet (a blank row is skipped, not the end of
 * the table), and the inputs by key.
 */
import {
  ActionItem,
  CycleConfig,
  CycleData,
  FamilyConfig,
  KpiHistoryRow,
  OrderLine,
  PipelineDeal,
  Resource,
  Routing,
} from "../core/model";
import {
  ACTION_STATUSES,
  DEFAULT_ACTION_STATUS,
  DEFAULT_INVENTORY_TARGET,
  DEFAULT_SUPPLY_STRATEGY,
  INVENTORY_TARGETS,
  SCENARIO_FIELDS,
  SCENARIO_FIELD_NAMES,
  type ScenarioField,
  SETTING_FIELDS,
  SUPPLY_POLICY_FIELDS,
  SUPPLY_STRATEGIES,
  choiceOf,
  isBusinessType,
} from "../core/schema";
import { meetsNumberRule, type NumberRule } from "../core/numberRule";
import { cycleMonths } from "../core/plan-model/months";
import { SettingsField } from "./geometry";
import { Found, harvest } from "./harvest";
import { archiveOf } from "./archive";
import { keys } from "./keys";
import { asText, withFamilyInputs } from "./inputs";
import { ExistingSheets, isoFromSerial, monthOf, numberOr, text } from "./read";
import { isEmpty } from "./sheetReader";
import { CellValue } from "./types";

/** Every typed input value of a workbook built earlier (Kept inputs included), by key. */
export function harvestInputs(existing: ExistingSheets): Map<string, CellValue> {
  return typedOf(harvest({ values: existing }).found);
}

function typedOf(found: ReadonlyArray<Found>): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const f of found) if (!isEmpty(f.value)) out.set(f.key, f.value);
  return out;
}

/** The cycle described by the Settings and Families sheets, or null when there is none to read. */
export function readCycleConfig(existing: ExistingSheets): CycleConfig | null {
  return readCycle(existing).config;
}

/** What a workbook built earlier says about its cycle, and why it cannot be read when it cannot. */
export interface CycleReading {
  readonly config: CycleConfig | null;
  /** Why the cycle could not be read ("the Settings sheet is missing"); null when it was. */
  readonly problem: string | null;
  /** Typed values found in the input sheets (the cycle's settings and families aside; Kept inputs included). */
  readonly typedValues: number;
}

/** The cycle, or the reason it cannot be read, and how many typed values the workbook holds. */
export function readCycle(existing: ExistingSheets, all = harvest({ values: existing }).found): CycleReading {
  const typedValues = all.filter((f) => !f.key.startsWith("Settings|") && !f.key.startsWith("Families|")).length;
  const fail = (problem: string): CycleReading => ({ config: null, problem, typedValues });
  if (!existing.has("Settings")) return fail("the Settings sheet is missing (deleted or renamed)");
  if (!existing.has("Families")) return fail("the Families sheet is missing (deleted or renamed)");
  const found = all.filter((f) => f.key.startsWith("Settings|") || f.key.startsWith("Families|"));
  const byKey = new Map(found.map((f) => [f.key, f.value]));
  const setting = (f: SettingsField): CellValue => byKey.get(keys.settings(f)) ?? null;
  const cycleMonth = monthOf(setting("cycleMonth"));
  const businessType = text(setting("businessType"))?.toLowerCase();
  if (cycleMonth === null) return fail("the cycle month on Settings is not a month (YYYY-MM)");
  if (businessType === undefined || !isBusinessType(businessType))
    return fail("the business type on Settings is blank or not one of the business types");
  const families: FamilyConfig[] = [];
  const typed = typedOf(all);
  for (const f of found) {
    if (!f.key.startsWith("Families|name|")) continue;
    const name = f.key.slice("Families|name|".length);
    const num = (field: string): number => numberOr(byKey.get(keys.family(field, name)) ?? null, 0);
    families.push(
      withFamilyInputs(
        {
          name,
          unit: text(byKey.get(keys.family("unit", name)) ?? null) ?? "units",
          price: num("price"),
          unitCost: num("unitCost"),
          openingInventory: num("openingInventory"),
          capacityPerMonth: num("capacityPerMonth"),
          targetDaysOfSupply: num("targetDaysOfSupply"),
          ...familyPolicyOf(typed, name),
        },
        typed,
      ),
    );
  }
  if (families.length === 0) return fail("the Families sheet lists no family");
  // Any plausible month count (1..120) is read as typed, so that the pane's validation names a
  // value outside the schema's bounds rather than it being replaced silently.
  const whole = (v: CellValue, fallback: number): number => {
    const n = Math.round(numberOr(v, fallback));
    return n >= 1 && n <= 120 ? n : fallback;
  };
  const config: CycleConfig = {
    company: text(setting("company")) ?? "",
    cycleMonth,
    historyMonths: whole(setting("historyMonths"), SETTING_FIELDS.historyMonths.fallback),
    horizonMonths: whole(setting("horizonMonths"), SETTING_FIELDS.horizonMonths.fallback),
    businessType,
    families,
    targets: {
      revenuePerMonth: numberOr(setting("revenueTarget"), 0),
      grossMarginPct: numberOr(setting("marginTarget"), 0),
      inventoryValueCeiling: numberOr(setting("inventoryCeiling"), 0),
    },
    ...financeOf(all),
    ...supplyPolicyOf(typed),
    ...scenariosOf(typed),
  };
  return { config, problem: null, typedValues };
}

/** A policy number as typed when it meets its rule and differs from the default (absent means the default). */
function policyNumber(typed: ReadonlyMap<string, CellValue>, key: string, field: keyof typeof SUPPLY_POLICY_FIELDS) {
  const v = typed.get(key);
  const F: { readonly rule: NumberRule; readonly fallback?: number } = SUPPLY_POLICY_FIELDS[field];
  return typeof v === "number" && meetsNumberRule(v, F.rule) && v !== F.fallback ? v : undefined;
}

/** The scenario multipliers typed on Settings, each that meets its rule and differs from its default. */
function scenariosOf(typed: ReadonlyMap<string, CellValue>): Pick<CycleConfig, "scenarios"> {
  const given: Partial<Record<ScenarioField, number>> = {};
  for (const field of SCENARIO_FIELD_NAMES) {
    const v = typed.get(keys.scenario(field));
    const def = SCENARIO_FIELDS[field];
    if (typeof v === "number" && meetsNumberRule(v, def.rule) && v !== def.fallback) given[field] = v;
  }
  return Object.keys(given).length > 0 ? { scenarios: given } : {};
}

/**
 * The supply policy typed on Settings (strategy, service level, inventory target), each setting
 * that differs from its default: the Settings sheet shows the defaults, which absent means.
 */
function supplyPolicyOf(typed: ReadonlyMap<string, CellValue>): Pick<CycleConfig, "supplyPolicy"> {
  const strategy = choiceOf(typed.get(keys.supplyPolicy("strategy")), SUPPLY_STRATEGIES);
  const inventoryTarget = choiceOf(typed.get(keys.supplyPolicy("inventoryTarget")), INVENTORY_TARGETS);
  const serviceLevel = policyNumber(typed, keys.supplyPolicy("serviceLevel"), "serviceLevel");
  const policy = {
    ...(strategy !== undefined && strategy !== DEFAULT_SUPPLY_STRATEGY ? { strategy } : {}),
    ...(serviceLevel !== undefined ? { serviceLevel } : {}),
    ...(inventoryTarget !== undefined && inventoryTarget !== DEFAULT_INVENTORY_TARGET ? { inventoryTarget } : {}),
  };
  return Object.keys(policy).length > 0 ? { supplyPolicy: policy } : {};
}

/** A family's lot size, minimum run and lead time as typed on Families (a blank or the default lead time left out). */
function familyPolicyOf(
  typed: ReadonlyMap<string, CellValue>,
  name: string,
): Pick<FamilyConfig, "lotSize" | "minimumRun" | "leadTimeMonths"> {
  const out: { lotSize?: number; minimumRun?: number; leadTimeMonths?: number } = {};
  for (const field of ["lotSize", "minimumRun", "leadTimeMonths"] as const) {
    const v = policyNumber(typed, keys.familyPolicy(field, name), field);
    if (v !== undefined) out[field] = v;
  }
  return out;
}

/** Trade receivables and payables as typed on the KPIs sheet (absent when blank). */
function financeOf(
  all: ReadonlyArray<{ readonly key: string; readonly value: CellValue }>,
): Pick<CycleConfig, "finance"> {
  const at = (input: "receivables" | "payables"): number | undefined => {
    const v = all.find((f) => f.key === keys.kpiInput(input))?.value;
    return typeof v === "number" ? v : undefined;
  };
  const receivables = at("receivables");
  const payables = at("payables");
  if (receivables === undefined && payables === undefined) return {};
  return {
    finance: {
      ...(receivables !== undefined ? { receivables } : {}),
      ...(payables !== undefined ? { payables } : {}),
    },
  };
}

const str = (v: CellValue): string => (v === null ? "" : String(v));
const num = (v: CellValue): number => (typeof v === "number" ? v : Number(v) || 0);
const dateText = (v: CellValue): string => (typeof v === "number" ? isoFromSerial(v) : str(v));

/** Rows of a list sheet as records of their typed fields (rows with no value at all skipped). */
function listOf(typed: ReadonlyMap<string, CellValue>, sheet: string): Array<Map<string, CellValue>> {
  const rows = new Map<number, Map<string, CellValue>>();
  for (const [k, v] of typed) {
    const [s, i, field] = k.split("|");
    if (s !== sheet) continue;
    const n = Number(i);
    if (!rows.has(n)) rows.set(n, new Map());
    rows.get(n)?.set(field, v);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
}

/** The cycle (config and inputs) a workbook built earlier holds, or null when it has no Settings/Families to read. */
export function readCycleData(existing: ExistingSheets): CycleData | null {
  const found = harvest({ values: existing }).found;
  const config = readCycle(existing, found).config;
  if (config === null) return null;
  const typed = typedOf(found);
  const { history, plan } = cycleMonths(config.cycleMonth, config.historyMonths, config.horizonMonths);
  const actuals = config.families.flatMap((f) =>
    history.flatMap((m) => {
      const v = typed.get(`Actuals|actual|${f.name}|${m}`);
      return typeof v === "number" ? [{ family: f.name, month: m, quantity: v }] : [];
    }),
  );
  const overrides = config.families.flatMap((f) =>
    plan.flatMap((m) => {
      const v = typed.get(keys.override(f.name, m));
      if (typeof v !== "number") return [];
      const reason = asText(typed.get(keys.overrideNote("reason", f.name, m)) ?? null);
      const comment = asText(typed.get(keys.overrideNote("comment", f.name, m)) ?? null);
      return [
        {
          family: f.name,
          month: m,
          quantity: v,
          ...(reason !== null ? { reason } : {}),
          ...(comment !== null ? { comment } : {}),
        },
      ];
    }),
  );
  const g = (r: Map<string, CellValue>, f: string): CellValue => r.get(f) ?? null;
  const pipeline: PipelineDeal[] = listOf(typed, "Pipeline").map((r) => ({
    deal: str(g(r, "deal")),
    family: str(g(r, "family")),
    quantity: num(g(r, "quantity")),
    stage: str(g(r, "stage")),
    winProbability: num(g(r, "winProbability")),
    closeMonth: monthOf(g(r, "closeMonth")) ?? str(g(r, "closeMonth")),
  }));
  const orders: OrderLine[] = listOf(typed, "Orders").map((r) => ({
    order: str(g(r, "order")),
    line: num(g(r, "line")),
    family: str(g(r, "family")),
    quantityOrdered: num(g(r, "quantityOrdered")),
    quantityDelivered: num(g(r, "quantityDelivered")),
    promisedDate: dateText(g(r, "promisedDate")),
    deliveredDate: isEmpty(g(r, "deliveredDate")) ? null : dateText(g(r, "deliveredDate")),
  }));
  const actions: ActionItem[] = listOf(typed, "Actions").map((r) => {
    const s = str(g(r, "status"));
    return {
      decision: str(g(r, "decision")),
      owner: str(g(r, "owner")),
      dueDate: dateText(g(r, "dueDate")),
      status: ACTION_STATUSES.find((x) => x.toLowerCase() === s.toLowerCase()) ?? DEFAULT_ACTION_STATUS,
    };
  });
  const planArchive = archiveOf(typed);
  const { resources, routings } = capacityInputsOf(typed, plan);
  const kpiHistory: KpiHistoryRow[] = [];
  for (const [k, v] of typed) {
    const [sheet, field, kpi, month] = k.split("|");
    if (sheet === "KPIs" && field === "trend" && typeof v === "number") kpiHistory.push({ kpi, month, value: v });
  }
  kpiHistory.sort((a, b) => a.kpi.localeCompare(b.kpi) || a.month.localeCompare(b.month));
  return {
    config,
    actuals,
    overrides,
    pipeline,
    orders,
    actions,
    ...(planArchive.length > 0 ? { planArchive } : {}),
    ...(resources.length > 0 ? { resources } : {}),
    ...(routings.length > 0 ? { routings } : {}),
    ...(kpiHistory.length > 0 ? { kpiHistory } : {}),
  };
}

/** The Resources and Routings sheets' rows with a resource (and, for a routing, a family and a rate). */
function capacityInputsOf(
  typed: ReadonlyMap<string, CellValue>,
  plan: ReadonlyArray<string>,
): { resources: Resource[]; routings: Routing[] } {
  const g = (r: Map<string, CellValue>, f: string): CellValue => r.get(f) ?? null;
  const resources = listOf(typed, "Resources").flatMap((r): Resource[] => {
    const name = str(g(r, "resource")).trim();
    if (name === "") return [];
    const byMonth = plan.flatMap((m) => {
      const v = g(r, m);
      return typeof v === "number" ? [[m, v] as const] : [];
    });
    return [
      {
        name,
        capacityPerMonth: num(g(r, "capacity")),
        ...(byMonth.length > 0 ? { capacityByMonth: Object.fromEntries(byMonth) } : {}),
      },
    ];
  });
  const routings = listOf(typed, "Routings").flatMap((r): Routing[] => {
    const family = str(g(r, "family")).trim();
    const resource = str(g(r, "resource")).trim();
    const hours = g(r, "hoursPerUnit");
    return family === "" || resource === "" || typeof hours !== "number"
      ? []
      : [{ family, resource, hoursPerUnit: hours }];
  });
  return { resources, routings };
}
