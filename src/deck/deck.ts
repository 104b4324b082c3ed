/**
 * The executive deck as data (seed 000, "What a good S&OP deck looks like"), in meeting order:
 * agenda and decisions required; KPI snapshot; demand, supply and financial
 * summaries; risk and issue view; scenario options; trade-offs and recommendation; final
 * decisions and owners. Detail goes to the appendix (see sheet.ts).
 */
import { biasDecision } from "./forecastability";
import { capList } from "./cap";
import { VOCABULARY, type BusinessVocabulary } from "../core/model";
import { actionsView, type ActionsView } from "./actions";
import { MONTHLY_AGENDA, type AgendaItem } from "./agenda";
import { fmtInt } from "./format";
import { monthPrice, monthUnitCost, type DeckInput } from "./input";
import { kpiSnapshot, type KpiLine } from "./kpis";
import {
  DEFAULT_UNMET_TOLERANCE,
  checkScenario,
  recommend,
  tradeOffs,
  type Recommendation,
  type ScenarioCheck,
} from "./recommend";
import { ALL_FAMILIES, GAP_TYPES, gapValueMeaning } from "../core/plan-model/gaps";
import { gapIssues, gapSizeText, gapUnit, riskView, type RiskView } from "./risks";
import { RESPONSE_OPTIONS, marginCanDiffer, offeredOptions, type ResponseOption } from "./options";
import {
  DEFAULT_SCENARIOS,
  runOptions,
  runScenarios,
  type OptionResult,
  type ScenarioResult,
  type ScenarioSpec,
} from "./scenarios";
import { planSummaries, type PlanSummaries } from "./summaries";

export interface DeckOptions {
  /** Scenarios, base first (default: the workbook's, `input.scenarios`, else base, upside demand x1.10, downside demand x0.85 & capacity x0.95). */
  readonly scenarios?: ReadonlyArray<ScenarioSpec>;
  /** Response options, each run under every scenario (default: plan as is, build ahead, allocate by margin where it can differ, overtime where its inputs are given). */
  readonly options?: ReadonlyArray<ResponseOption>;
  /** Unmet demand value allowed, as a fraction of demand value, for an option to be "within targets" (default 0.02). */
  readonly unmetTolerance?: number;
  /** How many coming months the summaries call "near" (default 3). */
  readonly nearMonths?: number;
  /** How many gaps the risk view shows (default 5). */
  readonly topGaps?: number;
  /** The meeting agenda (default: seed 000's monthly agenda). */
  readonly agenda?: ReadonlyArray<AgendaItem>;
}

export interface Deck {
  readonly title: string;
  readonly subtitle: string;
  readonly vocabulary: BusinessVocabulary;
  readonly agenda: ReadonlyArray<AgendaItem>;
  readonly decisionsRequired: ReadonlyArray<string>;
  readonly kpis: ReadonlyArray<KpiLine>;
  readonly summaries: PlanSummaries;
  readonly risks: RiskView;
  /** What might happen: the plan as it stands under each scenario. */
  readonly scenarios: ReadonlyArray<ScenarioResult>;
  /** Each scenario against the targets (the plan as it stands). */
  readonly scenarioChecks: ReadonlyArray<ScenarioCheck>;
  /** What the executives can decide: each response option under each scenario, with its checks against the targets. */
  readonly options: ReadonlyArray<OptionResult & { readonly checks: ReadonlyArray<ScenarioCheck> }>;
  /** Options left out or limited for want of an input, each with the input that would enable it. */
  readonly optionNotes: ReadonlyArray<string>;
  /** The recommended response option, judged under the first (base) scenario. */
  readonly recommendation: Recommendation;
  readonly tradeOffs: ReadonlyArray<string>;
  readonly actions: ActionsView;
}

/**
 * One gap issue (a family's gap of one type, or a company-level gap) over every plan month, as
 * the workbook computes it: units by month (null for the company-level gaps, measured in currency
 * only; hours for a resource overload) and value at stake by month. Late and lost demand come from
 * the Supply sheet's rows (x the month's price), over capacity and inventory above target from the
 * Gaps sheet's grids (x the month's unit cost), as the Gaps sheet values them; a resource overload
 * from the Supply sheet's overload and value at stake rows (SOP_ResourceOverload,
 * SOP_ResourceValue); revenue below target and inventory value above ceiling from the totals of
 * the Finance rows against the targets. Undefined when the workbook does not give it (an unknown
 * type, or a workbook built before the grids were named).
 */
export function issueFlow(
  input: DeckInput,
  type: string,
  family: string,
): { readonly units: ReadonlyArray<number> | null; readonly value: ReadonlyArray<number> } | undefined {
  const f = input.families.findIndex((x) => x.name === family);
  const total = (g: DeckInput["revenue"]): number[] => input.months.map((_, t) => g.reduce((s, row) => s + row[t], 0));
  const companyLevel = type === GAP_TYPES.revenue || type === GAP_TYPES.inventoryCeiling;
  if (companyLevel && family !== ALL_FAMILIES) return undefined;
  if (type === GAP_TYPES.revenue) {
    return { units: null, value: total(input.revenue).map((r) => Math.max(0, input.targets.revenuePerMonth - r)) };
  }
  if (type === GAP_TYPES.inventoryCeiling) {
    const ceiling = input.targets.inventoryValueCeiling;
    return { units: null, value: total(input.inventoryValue).map((v) => Math.max(0, v - ceiling)) };
  }
  if (type === GAP_TYPES.resourceOverload) {
    const r = (input.resources ?? []).find((x) => x.name === family);
    return r === undefined ? undefined : { units: r.overload.map((x) => x ?? 0), value: r.value };
  }
  if (f < 0) return undefined;
  const price = monthPrice(input, f);
  const cost = monthUnitCost(input, f);
  const byType: Record<string, [DeckInput["late"] | undefined, (t: number) => number]> = {
    [GAP_TYPES.late]: [input.late, price],
    [GAP_TYPES.lost]: [input.lost, price],
    [GAP_TYPES.overCapacity]: [input.overCapacity, cost],
    [GAP_TYPES.excessInventory]: [input.excessInventory, cost],
  };
  const [grid, rate] = byType[type] ?? [undefined, cost];
  if (grid === undefined) return undefined;
  return { units: grid[f], value: grid[f].map((u, t) => u * rate(t)) };
}

/** What a decision required is about: the plan, a gap issue, a target missed, a bias exception. */
type DecisionKind = "approve" | "gap" | "revenue" | "inventory" | "bias";

/** The most lines the decisions required take on the summary, the line counting the rest included. */
export const MAX_DECISION_LINES = 6;

/**
 * The decisions the executives are asked to take, derived from the numbers: approve the
 * recommended option; close each of the largest gap issues (up to 3; the months of one
 * family's gap of one type taken together); and, where the base plan misses them, the revenue
 * target and the inventory ceiling. Each issue states its whole horizon (every month with a gap
 * of that type, `issueFlow`), so it says what the workbook's rows say, not only the months the
 * agenda lists; a workbook that does not give the rows (built before them) adds up the listed
 * months, and says so. Last, each bias exception of the Demand sheet (|tracking signal| above 4,
 * SOP_Forecastability), the largest first. At most `max` lines: beyond them, the last line counts
 * the rest by kind and says where they are listed (`capList`).
 */
export function decisionsRequired(
  input: DeckInput,
  summaries: PlanSummaries,
  recommendation: Recommendation,
  max = MAX_DECISION_LINES,
): string[] {
  const out: Array<{ readonly kind: DecisionKind; readonly text: string }> = [
    {
      kind: "approve",
      text: `Approve the operating plan: the ${recommendation.name} option is recommended${recommendation.withinTargets ? "" : " but misses a target"}.`,
    },
  ];
  const sum = (xs: ReadonlyArray<number>): number => xs.reduce((s, x) => s + x, 0);
  for (const g of gapIssues(input.gaps).slice(0, 3)) {
    const unit = gapUnit(g, input.families);
    const flow = issueFlow(input, g.type, g.family);
    if (flow !== undefined) {
      const months = input.months.filter((_, t) => flow.value[t] > 0);
      const size = flow.units === null ? "" : gapSizeText(sum(flow.units), unit);
      out.push({
        kind: "gap",
        text: `Close the ${g.type.toLowerCase()} gap for ${g.family} in ${monthSpan(months)}: ${size === "" ? "" : `${size}, `}${fmtInt(sum(flow.value))} ${gapValueMeaning(g.type)}.`,
      });
      continue;
    }
    const size = gapSizeText(g.gap, unit);
    const partial = (input.gapTotals?.count ?? 0) > input.gaps.length;
    out.push({
      kind: "gap",
      text: `Close the ${g.type.toLowerCase()} gap for ${g.family} in ${monthSpan(g.months)}: ${size === "" ? "" : `${size}, `}${fmtInt(g.valueAtStake)} ${gapValueMeaning(g.type)}${partial ? ` (the months among the ${input.gaps.length} largest gaps)` : ""}.`,
    });
  }
  const revenueGap = summaries.revenueTargetHorizon - summaries.financialTotal.revenueHorizon;
  if (revenueGap > 0) {
    out.push({
      kind: "revenue",
      text: `Accept or close the revenue gap: plan ${fmtInt(summaries.financialTotal.revenueHorizon)} vs target ${fmtInt(summaries.revenueTargetHorizon)} over the horizon (${fmtInt(revenueGap)} short).`,
    });
  }
  const ceiling = input.targets.inventoryValueCeiling;
  if (ceiling > 0 && summaries.peakInventoryValue > ceiling) {
    out.push({
      kind: "inventory",
      text: `Bring inventory value under the ceiling: peak ${fmtInt(summaries.peakInventoryValue)} in ${summaries.peakInventoryMonth} vs ceiling ${fmtInt(ceiling)}.`,
    });
  }
  const biased = (input.forecastability ?? []).filter((x) => x.bias !== "");
  const bySignal = [...biased].sort((a, b) => Math.abs(b.trackingSignal ?? 0) - Math.abs(a.trackingSignal ?? 0));
  out.push(...bySignal.map((l) => ({ kind: "bias" as const, text: biasDecision(l) })));
  const { shown, hidden } = capList(out, max);
  return hidden.length === 0 ? shown.map((d) => d.text) : [...shown.map((d) => d.text), moreDecisions(hidden)];
}

/** The line counting the decisions left off the summary, by kind: "And 7 more decisions (...): 1 gap to close, 6 bias exceptions." */
export function moreDecisions(hidden: ReadonlyArray<{ readonly kind: DecisionKind }>): string {
  const count = (k: DecisionKind): number => hidden.filter((d) => d.kind === k).length;
  const parts = [
    count("gap") > 0 ? `${count("gap")} ${count("gap") === 1 ? "gap" : "gaps"} to close` : "",
    count("revenue") > 0 ? "the revenue target" : "",
    count("inventory") > 0 ? "the inventory ceiling" : "",
    count("bias") > 0 ? `${count("bias")} bias ${count("bias") === 1 ? "exception" : "exceptions"}` : "",
  ].filter((p) => p !== "");
  return `And ${hidden.length} more ${hidden.length === 1 ? "decision" : "decisions"} (the Gaps sheet lists them): ${parts.join(", ")}.`;
}

/** "2026-05", "2026-05 and 2026-07", or "4 months from 2026-05 to 2026-08". */
function monthSpan(m: ReadonlyArray<string>): string {
  if (m.length === 1) return m[0];
  if (m.length === 2) return `${m[0]} and ${m[1]}`;
  return `${m.length} months from ${m[0]} to ${m[m.length - 1]}`;
}

/** Computes every section of the deck from the workbook's numbers. Pure. */
export function buildDeck(input: DeckInput, opts: DeckOptions = {}): Deck {
  const specs = opts.scenarios && opts.scenarios.length > 0 ? opts.scenarios : (input.scenarios ?? DEFAULT_SCENARIOS);
  const summaries = planSummaries(input, opts.nearMonths ?? 3);
  const risks = riskView(input.gaps, opts.topGaps ?? 5, input.gapTotals);
  const scenarios = runScenarios(input, specs);
  const tolerance = opts.unmetTolerance ?? DEFAULT_UNMET_TOLERANCE;
  const ceiling = input.targets.inventoryValueCeiling;
  const offer = offeredOptions(
    input.families,
    opts.options && opts.options.length > 0 ? opts.options : RESPONSE_OPTIONS,
    {
      offered: marginCanDiffer(input, specs),
      resources: (input.resources ?? []).length > 0,
    },
  );
  const options = runOptions(input, specs, offer.offered);
  // The recommendation is something the business can choose: a response option, under the base scenario.
  const recommendation = recommend(
    options.map((o) => ({ ...o.byScenario[0], name: o.name })),
    ceiling,
    tolerance,
  );
  const months = input.months;
  return {
    title: `${input.company}: S&OP executive summary, ${input.cycleMonth}`,
    subtitle: `Plan ${months[0]} to ${months[months.length - 1]} (${months.length} months), ${input.families.length} product ${input.families.length === 1 ? "family" : "families"}. Values are a snapshot of the workbook when the deck was built; detail in the appendix.`,
    vocabulary: VOCABULARY[input.businessType],
    agenda: opts.agenda ?? MONTHLY_AGENDA,
    decisionsRequired: decisionsRequired(input, summaries, recommendation),
    kpis: kpiSnapshot(input.kpis),
    summaries,
    risks,
    scenarios,
    scenarioChecks: scenarios.map((s) => checkScenario(s, ceiling, tolerance)),
    options: options.map((o) => ({ ...o, checks: o.byScenario.map((s) => checkScenario(s, ceiling, tolerance)) })),
    optionNotes: offer.notes,
    recommendation,
    tradeOffs: tradeOffs(scenarios),
    actions: actionsView(input.actions, input.cycleMonth),
  };
}
