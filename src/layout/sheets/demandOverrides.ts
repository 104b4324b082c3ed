/**
 * This cycle's sales overrides by family, at the foot of the Demand sheet, for the deck's
 * largest overrides (SOP_OverrideDiff, SOP_OverrideReason): per family and plan month the
 * override minus the statistical baseline ("" where no override is typed), then the override's
 * reason ("" where none is given).
 */
import { addr, range } from "../a1";
import { FMT } from "../formats";
import { Geometry, demandCol, demandRow, overrideSummaryRow, overrideSummaryTitle } from "../geometry";
import { SheetGrid } from "../grid";
import { NAMES } from "../names";
import { NamedRange } from "../types";
import { BuildContext } from "./context";
import { familySummary } from "./common";

export function overrideSummaries(g: SheetGrid, ctx: BuildContext): void {
  const { inputs, plan, geo } = ctx;
  const H = inputs.history.length;
  const families = inputs.config.families.map((f) => f.name);
  const col = (t2: number): number => demandCol(H + t2);
  familySummary(g, {
    titleRow: overrideSummaryTitle(geo, "diff"),
    title: "This cycle's sales overrides by family: override - statistical baseline",
    label: "Override - baseline",
    families,
    months: inputs.plan,
    row: (f) => overrideSummaryRow(geo, "diff", f),
    col,
    formula: (f, t2) => {
      const [o, b] = [addr(demandRow(f, "override"), col(t2)), addr(demandRow(f, "baseline"), col(t2))];
      return `=IF(${o}="","",${o}-${b})`;
    },
    value: (f, t2) => {
      const o = inputs.overrides[f][t2];
      return o === null ? "" : o - (plan.families[f].demand.baseline.plan[t2] ?? 0);
    },
    numberFormat: FMT.units,
  });
  familySummary(g, {
    titleRow: overrideSummaryTitle(geo, "reason"),
    title: "This cycle's override reasons by family",
    label: "Reason given",
    families,
    months: inputs.plan,
    row: (f) => overrideSummaryRow(geo, "reason", f),
    col,
    formula: (f, t2) => {
      const why = addr(demandRow(f, "reason"), col(t2));
      return `=IF(${why}="","",${why})`;
    },
    value: (f, t2) => inputs.overrideNotes.reason[f][t2] ?? "",
    numberFormat: FMT.text,
  });
}

/** SOP_OverrideDiff and SOP_OverrideReason: F x P each, the plan months of the two summaries. */
export function overrideNames(geo: Geometry): NamedRange[] {
  const F = Math.max(geo.families, 1);
  const ref = (s: "diff" | "reason"): string =>
    `Demand!${range(overrideSummaryRow(geo, s, 0), demandCol(geo.history), overrideSummaryRow(geo, s, F - 1), demandCol(geo.history + geo.plan - 1), true)}`;
  return [
    { name: NAMES.overrideDiff, ref: ref("diff") },
    { name: NAMES.overrideReason, ref: ref("reason") },
  ];
}
