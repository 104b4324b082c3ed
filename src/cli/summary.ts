/**
 * The one-paragraph summary `npm run pack` prints: sheets, families, months, how many gaps the
 * plan has and the largest ones (read from the workbook's names, as the deck reads them).
 */
import type { CycleData } from "../core/model";
import { addMonths } from "../core/plan-model/months";
import { isSopError } from "../core/errors";
import { deckInputFromNames } from "../deck/input";
import { gapCountText, gapLine, riskView } from "../deck/risks";
import type { WorkbookSpec } from "../layout/types";
import { specReader } from "./named";

/**
 * The gaps sentence: the same count and total as the deck's risk view (one function, `riskView`,
 * over the same workbook names), then the largest gaps, e.g. "38 gaps in the plan, 7,311,263
 * value at stake in total; largest: Controllers 2027-08 shortfall: 1,108 units, 709,318 at stake; ...".
 */
export function gapSentence(spec: WorkbookSpec, count: number): string {
  const input = deckInputFromNames(specReader(spec));
  if (isSopError(input)) return "";
  const risks = riskView(input.gaps, count, input.gapTotals);
  if (risks.count === 0) return gapCountText(risks);
  return `${gapCountText(risks)}; largest: ${risks.top.map((g) => gapLine(g, input.families)).join("; ")}.`;
}

/** The summary paragraph for a written pack. */
export function packSummary(path: string, data: CycleData, spec: WorkbookSpec): string {
  const c = data.config;
  const sheets = spec.sheets.map((s) => s.name);
  const lastPlan = addMonths(c.cycleMonth, c.horizonMonths - 1);
  const gaps = gapSentence(spec, 3);
  const gapText = gaps === "" ? "" : ` ${gaps}`;
  return (
    `Wrote ${path}: the ${c.cycleMonth} S&OP cycle of ${c.company}, ${sheets.length} sheets (${sheets.join(", ")}), ` +
    `${c.families.length} product ${c.families.length === 1 ? "family" : "families"}, ${c.historyMonths} months of history ` +
    `and ${c.horizonMonths} plan months (${c.cycleMonth} to ${lastPlan}).${gapText}`
  );
}
