/**
 * The Demand sheet: a totals block (all families), then one block per family, months across
 * (history, then plan), then the consensus-by-family summary the names and KPIs read.
 *
 * Per family (formulas in words):
 * - Actual sales (history) = the Actuals cell (blank while it is blank).
 * - Statistical baseline: values from the forecasting core, a snapshot of this cycle (lag-1
 *   forecasts in history months, the forecast in plan months).
 * - Baseline 80 % low / high (plan): the 80 % prediction interval of the baseline, values from
 *   the same fit and snapshot (see ../../core/plan-model/baseline.ts for why not formulas);
 *   blank where the model has no band. Nothing else in the workbook reads them (the plan and the
 *   KPIs use the consensus).
 * - Sales override (plan): input; blank = use the baseline.
 * - Override reason and Override comment (plan): inputs beside the override: why sales overrode
 *   the baseline (a reason code from the validated list, OVERRIDE_REASONS) and a comment. An
 *   override typed without a reason shows its reason cell in the watch style. Scaffolding the
 *   next cycle month archives them with the override (Plan archive).
 * - Weighted pipeline (plan) = SUMPRODUCT over the Pipeline rows of this family closing this
 *   month of the weighted quantity (quantity x win probability).
 * - Consensus demand: plan = IF(override <> "", override, baseline) + pipeline; history = the
 *   archived consensus where there is one, else the lag-1 baseline.
 * - Previous consensus: input, filled when the next cycle is scaffolded. Plan months: last
 *   cycle's consensus (demand volatility compares the two plans). History months: the consensus
 *   that month's own cycle planned, which the history consensus then uses (so accuracy and
 *   bias measure the consensus, not only the baseline).
 * - Diff (history) = actual - consensus (positive = sold more than planned; blank when either is
 *   blank); cumulative diff = running sum.
 * Totals: SUMIF over the family blocks by measure label.
 */
import { addr, range } from "../a1";
import {
  DEMAND_ROWS,
  DEMAND_TOTAL_ROWS,
  DemandRow,
  FIRST_MONTH_COL,
  FIRST_ROW,
  HEADER_ROW,
  demandBlockStart,
  demandBlocksEnd,
  demandCol,
  demandRow,
  demandSummaryRow,
  demandSummaryTitle,
  demandTotalRow,
  previousSummaryRow,
  previousSummaryTitle,
  actualSummaryRow,
  actualSummaryTitle,
  baselineSummaryRow,
  baselineSummaryTitle,
  pipelineCol,
} from "../geometry";
import { FMT, TAB, monthSheetWidths } from "../formats";
import { OVERRIDE_REASONS } from "../../core/schema";
import { SheetGrid } from "../grid";
import { ALL_FAMILIES } from "../../core/plan-model/gaps";
import { keys } from "../keys";
import { SheetSpec } from "../types";
import { BuildContext } from "./context";
import { overrideSummaries } from "./demandOverrides";
import { cycleSubtitle, familySummary, monthHeader, titleRows } from "./common";
import { forecastabilityTable } from "./forecastability";

export const DEMAND_LABELS: Record<DemandRow, string> = {
  actual: "Actual sales",
  baseline: "Statistical baseline",
  bandLow: "Baseline 80 % low",
  bandHigh: "Baseline 80 % high",
  override: "Sales override",
  reason: "Override reason",
  comment: "Override comment",
  pipeline: "Weighted pipeline",
  consensus: "Consensus demand",
  previous: "Previous consensus",
  diff: "Diff (actual - consensus)",
  cumDiff: "Cumulative diff",
};

export function demandSheet(ctx: BuildContext): SheetSpec {
  const { inputs, plan, geo } = ctx;
  const { config: cfg, history, plan: months } = inputs;
  const H = history.length;
  const all = [...history, ...months];
  const g = new SheetGrid("Demand");
  titleRows(
    g,
    "Demand plan",
    cycleSubtitle(cfg, "units by family; consensus = (override or baseline) + weighted pipeline"),
  );
  g.value(2, FIRST_MONTH_COL, "History", "subtitle");
  g.value(2, FIRST_MONTH_COL + H, "Plan", "subtitle");
  monthHeader(g, HEADER_ROW, ["Family", "Measure"], all);

  const pipeRows = inputs.pipeline.length;
  const pipeRange = (field: "family" | "closeMonth" | "weighted"): string =>
    `Pipeline!${range(FIRST_ROW, pipelineCol(field), FIRST_ROW + pipeRows - 1, pipelineCol(field), true)}`;
  const monthHead = (c: number): string => addr(HEADER_ROW, c, { absRow: true });

  // Totals block.
  g.value(FIRST_ROW, 0, ALL_FAMILIES, "header");
  const first = demandBlockStart(0);
  const last = Math.max(first, demandBlocksEnd(geo));
  const t = plan.totals;
  const totalValues: Record<string, ReadonlyArray<number | null> | undefined> = {
    "actual:h": t.actual,
    "baseline:h": t.baselineHistory,
    "baseline:p": t.baselinePlan,
    "pipeline:p": t.pipeline,
    "consensus:h": t.consensusHistory,
    "consensus:p": t.consensus,
    "diff:h": t.diff,
    "cumDiff:h": t.cumDiff,
  };
  for (const row of DEMAND_TOTAL_ROWS) {
    const r = demandTotalRow(row);
    g.value(r, 1, DEMAND_LABELS[row], "total");
    all.forEach((_, j) => {
      const values = totalValues[`${row}:${j < H ? "h" : "p"}`];
      if (values === undefined) return;
      const c = demandCol(j);
      const labels = range(first, 1, last, 1, true);
      const column = `${addr(first, c, { absRow: true })}:${addr(last, c, { absRow: true })}`;
      const sum = `SUMIF(${labels},$B${r + 1},${column})`;
      // A history month where no family has a value (no baseline yet, actuals not in) stays blank
      // rather than showing a total of 0. The cumulative diff is a running figure: always a number.
      const f =
        j < H && row !== "cumDiff"
          ? `=IF(SUMPRODUCT((${labels}=$B${r + 1})*ISNUMBER(${column}))=0,"",${sum})`
          : `=${sum}`;
      g.formula(r, c, f, values[j < H ? j : j - H], FMT.units, "total");
    });
  }

  // Family blocks.
  cfg.families.forEach((fam, f) => {
    const fp = plan.families[f];
    const d = fp.demand;
    const top = demandBlockStart(f);
    g.value(top, 0, fam.name, "header");
    g.value(top, 1, fam.unit, "label");
    g.value(top, FIRST_MONTH_COL, `Baseline: ${d.baseline.method}, snapshot of cycle ${cfg.cycleMonth}`, "note");
    for (const row of DEMAND_ROWS) g.value(demandRow(f, row), 1, DEMAND_LABELS[row], "label");
    const R = (row: DemandRow): number => demandRow(f, row);
    const at = (row: DemandRow, c: number): string => addr(R(row), c);
    history.forEach((_m, j) => {
      const c = demandCol(j);
      const src = `Actuals!${addr(FIRST_ROW + f, FIRST_MONTH_COL + j)}`;
      g.formula(R("actual"), c, `=IF(${src}="","",${src})`, d.actual[j], FMT.units);
      const b = d.baseline.history[j];
      if (b !== null) g.value(R("baseline"), c, b, "formula", FMT.units);
      g.input(
        R("previous"),
        c,
        keys.previousConsensus(fam.name, history[j]),
        inputs.archivedConsensus[f][j],
        FMT.units,
      );
      g.formula(
        R("consensus"),
        c,
        `=IF(${at("previous", c)}<>"",${at("previous", c)},IF(${at("baseline", c)}="","",${at("baseline", c)}))`,
        d.consensusHistory[j],
        FMT.units,
      );
      g.formula(
        R("diff"),
        c,
        `=IF(OR(${at("consensus", c)}="",${at("actual", c)}=""),"",${at("actual", c)}-${at("consensus", c)})`,
        d.diff[j],
        FMT.units,
      );
      g.formula(
        R("cumDiff"),
        c,
        `=SUM(${addr(R("diff"), FIRST_MONTH_COL, { absCol: true })}:${at("diff", c)})`,
        d.cumDiff[j],
        FMT.units,
      );
    });
    months.forEach((m, t2) => {
      const c = demandCol(H + t2);
      g.value(R("baseline"), c, d.baseline.plan[t2], "formula", FMT.units);
      g.value(R("bandLow"), c, d.baseline.lower80[t2], "formula", FMT.units);
      g.value(R("bandHigh"), c, d.baseline.upper80[t2], "formula", FMT.units);
      g.input(R("override"), c, keys.override(fam.name, m), inputs.overrides[f][t2], FMT.units);
      g.input(R("reason"), c, keys.overrideNote("reason", fam.name, m), inputs.overrideNotes.reason[f][t2]);
      g.input(
        R("comment"),
        c,
        keys.overrideNote("comment", fam.name, m),
        inputs.overrideNotes.comment[f][t2],
        FMT.text,
      );
      g.input(R("previous"), c, keys.previousConsensus(fam.name, m), inputs.previousConsensus[f][t2], FMT.units);
      const pf = `=SUMPRODUCT((${pipeRange("family")}=$A$${top + 1})*(${pipeRange("closeMonth")}=${monthHead(c)})*${pipeRange("weighted")})`;
      g.formula(R("pipeline"), c, pf, d.pipeline[t2], FMT.units);
      g.formula(
        R("consensus"),
        c,
        `=IF(${at("override", c)}<>"",${at("override", c)},${at("baseline", c)})+${at("pipeline", c)}`,
        d.consensus[t2],
        FMT.units,
      );
    });
  });
  // Per family: the override cells take a number >= 0, the reason cells one of the reason codes;
  // an override without a reason shows its reason cell in the watch style.
  if (months.length > 0) {
    const [c0, c1] = [demandCol(H), demandCol(H + months.length - 1)];
    cfg.families.forEach((_fam, f) => {
      const [o, why] = [demandRow(f, "override"), demandRow(f, "reason")];
      g.validations.push(
        { kind: "decimal", range: range(o, c0, o, c1, true), min: 0 },
        { kind: "list", range: range(why, c0, why, c1, true), values: OVERRIDE_REASONS },
      );
    });
    // One rule over the blocks' plan columns: a reason cell (by its label) blank beside a typed override.
    if (cfg.families.length > 0)
      g.conditionalFormats.push({
        range: range(first, c0, last, c1),
        formula: `=AND(${addr(first, 1, { absCol: true })}="${DEMAND_LABELS.reason}",${addr(first - 1, c0)}<>"",${addr(first, c0)}="")`,
        style: "watch",
      });
  }

  const familyNames = cfg.families.map((fam) => fam.name);
  // Consensus by family (the SOP_Demand name and the KPI ranges).
  familySummary(g, {
    titleRow: demandSummaryTitle(geo),
    title: "Consensus demand by family",
    label: DEMAND_LABELS.consensus,
    families: familyNames,
    months: all,
    row: (f) => demandSummaryRow(geo, f),
    col: demandCol,
    formula: (f, j) => `=${addr(demandRow(f, "consensus"), demandCol(j))}`,
    value: (f, j) => {
      const d = plan.families[f].demand;
      return j < H ? d.consensusHistory[j] : d.consensus[j - H];
    },
    numberFormat: FMT.units,
  });
  // Previous cycle's consensus by family, plan months, and actual sales by family, history
  // months; "" where there is no value. The KPIs read these: Excel on desktop passes a blank
  // cell to a custom function as 0 (a month without actuals would count as zero sales), a
  // formula's "" as "".
  const blankAsEmpty = (ref: string): string => `=IF(${ref}="","",${ref})`;
  familySummary(g, {
    titleRow: previousSummaryTitle(geo),
    title: "Previous cycle consensus by family",
    label: DEMAND_LABELS.previous,
    families: familyNames,
    months,
    row: (f) => previousSummaryRow(geo, f),
    col: (t2) => demandCol(H + t2),
    formula: (f, t2) => blankAsEmpty(addr(demandRow(f, "previous"), demandCol(H + t2))),
    value: (f, t2) => inputs.previousConsensus[f][t2],
    numberFormat: FMT.units,
  });
  familySummary(g, {
    titleRow: actualSummaryTitle(geo),
    title: "Actual sales by family",
    label: DEMAND_LABELS.actual,
    families: familyNames,
    months: history,
    row: (f) => actualSummaryRow(geo, f),
    col: demandCol,
    formula: (f, j) => blankAsEmpty(`Actuals!${addr(FIRST_ROW + f, FIRST_MONTH_COL + j)}`),
    value: (f, j) => inputs.actuals[f][j],
    numberFormat: FMT.units,
  });
  // The lag-1 statistical baseline of the history months, for forecast value added on KPIs.
  familySummary(g, {
    titleRow: baselineSummaryTitle(geo),
    title: "Statistical baseline by family",
    label: DEMAND_LABELS.baseline,
    families: familyNames,
    months: history,
    row: (f) => baselineSummaryRow(geo, f),
    col: demandCol,
    formula: (f, j) => blankAsEmpty(addr(demandRow(f, "baseline"), demandCol(j))),
    value: (f, j) => plan.families[f].demand.baseline.history[j],
    numberFormat: FMT.units,
  });
  forecastabilityTable(g, ctx);
  overrideSummaries(g, ctx);
  return g.toSpec({
    kind: "calc",
    tabColor: TAB.calc,
    columnWidths: monthSheetWidths(all.length),
    freeze: { rows: HEADER_ROW + 1, columns: FIRST_MONTH_COL },
    protect: true,
  });
}
