/**
 * `buildWorkbook`: the monthly S&OP workbook as data. Input sheets (Settings, Families, Actuals,
 * Pipeline, Orders, Actions), calculation sheets of native formulas (Demand, Supply, Finance,
 * Gaps) and the KPIs sheet of SOP.* formulas, each formula written with its cached result from
 * the plan model. The executive summary sheet is added by the deck.
 */
import { CycleData, VOCABULARY } from "../core/model";
import { PlanOptions, computePlan } from "../core/plan-model/plan";
import type { Blank } from "../core/plan-model/types";
import { accuracyLags } from "./archive";
import { definedNames } from "./definedNames";
import { archiveNames, archiveSheet } from "./sheets/archive";
import { sheetAnchors } from "./names";
import { Geometry } from "./geometry";
import { TypedInputs, resolveInputs } from "./inputs";
import { cycleFooter, sheetPrint } from "./print";
import { BuildContext } from "./sheets/context";
import { budgetSheet } from "./sheets/budget";
import { pricesSheet } from "./sheets/prices";
import { productionSheet } from "./sheets/production";
import { demandSheet } from "./sheets/demand";
import { financeSheet } from "./sheets/finance";
import { gapsSheet } from "./sheets/gaps";
import { ARCHIVE_KPIS_TOP, kpisSheet } from "./sheets/kpis";
import { byReasonTop, fvaName, measuredFamilies } from "./sheets/kpisArchive";
import { byReasonName } from "./sheets/kpisByReason";
import { kpiTrendName } from "./sheets/kpisTrend";
import { overrideNames } from "./sheets/demandOverrides";
import { supplySheet } from "./sheets/supply";
import { resourcesSheet, routingsSheet } from "./sheets/resources";
import { actionsSheet, ordersSheet, pipelineSheet } from "./sheets/tables";
import { actualsSheet, familiesSheet, settingsSheet } from "./sheets/setup";
import { WorkbookSpec } from "./types";

/** The sheets buildWorkbook writes, in order. */
export const SHEET_NAMES = [
  "Settings",
  "Families",
  "Actuals",
  "Pipeline",
  "Orders",
  "Actions",
  "Budget",
  "Prices",
  "Production",
  "Resources",
  "Routings",
  "Demand",
  "Supply",
  "Finance",
  "Gaps",
  "KPIs",
  "Plan archive",
] as const;

/** Checks the shape of a cycle the layout needs; a task pane validates the form before this. */
function checkCycle(data: CycleData): void {
  const c = data.config;
  if (c.families.length === 0) throw new Error("the cycle needs at least one product family");
  if (!Number.isInteger(c.historyMonths) || c.historyMonths < 1)
    throw new Error("months of history must be a whole number of at least 1");
  if (!Number.isInteger(c.horizonMonths) || c.horizonMonths < 1)
    throw new Error("months of horizon must be a whole number of at least 1");
  const names = new Set<string>();
  for (const f of c.families) {
    const k = f.name.toLowerCase();
    if (names.has(k)) throw new Error(`family "${f.name}" appears twice`);
    names.add(k);
  }
}

/**
 * What each family's statistical baseline is computed from (`familyBaseline(actuals[i],
 * horizon)`), so a caller can compute the baselines elsewhere (in parallel) and pass them in
 * `PlanOptions.baselines`.
 */
export function baselineInputs(data: CycleData): {
  readonly actuals: ReadonlyArray<ReadonlyArray<Blank>>;
  readonly horizon: number;
} {
  checkCycle(data);
  const inputs = resolveInputs(data, new Map());
  return { actuals: inputs.actuals, horizon: inputs.plan.length };
}

/** The build context: resolved inputs, the plan model and the geometry. */
export function buildContext(data: CycleData, typed: TypedInputs = new Map(), opts: PlanOptions = {}): BuildContext {
  checkCycle(data);
  const inputs = resolveInputs(data, typed);
  const plan = computePlan(inputs, opts);
  const geo: Geometry = {
    families: inputs.config.families.length,
    history: inputs.history.length,
    plan: inputs.plan.length,
    pipelineRows: inputs.pipeline.length,
    orderRows: inputs.orders.length,
    actionRows: inputs.actions.length,
    candidates: plan.candidates.length,
    ranked: plan.ranked.length,
    resources: plan.resources.length,
  };
  return {
    inputs,
    plan,
    geo,
    vocab: VOCABULARY[inputs.config.businessType],
    archive: inputs.archive,
    ...accuracyLags(typed),
  };
}

/**
 * The workbook spec of a cycle. `typed` holds values a user typed earlier, by key (see
 * rebuildWorkbook); they win over the cycle data's values. `opts.forecast: false` writes a zero
 * baseline (only for reading the layout's shape).
 */
export function buildWorkbook(data: CycleData, typed: TypedInputs = new Map(), opts: PlanOptions = {}): WorkbookSpec {
  const ctx = buildContext(data, typed, opts);
  const sheets = [
    settingsSheet(ctx),
    familiesSheet(ctx),
    actualsSheet(ctx),
    pipelineSheet(ctx),
    ordersSheet(ctx),
    actionsSheet(ctx),
    budgetSheet(ctx),
    pricesSheet(ctx),
    productionSheet(ctx),
    resourcesSheet(ctx),
    routingsSheet(ctx),
    demandSheet(ctx),
    supplySheet(ctx),
    financeSheet(ctx),
    gapsSheet(ctx),
    kpisSheet(ctx),
    archiveSheet(ctx),
  ];
  const footer = cycleFooter(ctx.inputs.config.company, ctx.inputs.config.cycleMonth);
  const printed = sheets.map((s) => ({ ...s, print: s.print ?? sheetPrint(s, footer) }));
  return {
    sheets: printed,
    names: [
      ...definedNames(ctx.geo),
      ...archiveNames(ctx.archive.length),
      fvaName(ARCHIVE_KPIS_TOP, measuredFamilies(ctx).length),
      kpiTrendName(),
      ...overrideNames(ctx.geo),
      byReasonName(byReasonTop(ARCHIVE_KPIS_TOP, measuredFamilies(ctx).length)),
      ...sheetAnchors(sheets.map((s) => s.name)),
    ],
  };
}
