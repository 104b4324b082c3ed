/**
 * The one-paragraph summary `npm run pack` prints: sheets, families, months and the largest
 * gaps (read from the workbook's names, as any reader of the workbook would).
 */
import type { CycleData } from "../core/model";
import { addMonths } from "../core/plan-model/months";
import { NAMES } from "../layout/names";
import type { CellValue, WorkbookSpec } from "../layout/types";
import { specReader } from "./named";

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");

/** The largest gaps of SOP_Gaps, as "Controllers 2026-05 supply shortfall: 120 units, 76,800 at stake". */
export function largestGaps(rows: ReadonlyArray<ReadonlyArray<CellValue>> | undefined, count: number): string[] {
  if (!rows) return [];
  return rows
    .filter((r) => typeof r[1] === "string" && r[1] !== "" && typeof r[4] === "number")
    .slice(0, count)
    .map((r) => {
      const stake = typeof r[5] === "number" ? `, ${fmt(r[5])} at stake` : "";
      const kind = typeof r[3] === "string" && r[3] !== "" ? ` ${r[3].toLowerCase()}` : "";
      return `${r[1]} ${r[2] ?? ""}${kind}: ${fmt(r[4] as number)} units${stake}`;
    });
}

/** The summary paragraph for a written pack. */
export function packSummary(path: string, data: CycleData, spec: WorkbookSpec): string {
  const c = data.config;
  const sheets = spec.sheets.map((s) => s.name);
  const lastPlan = addMonths(c.cycleMonth, c.horizonMonths - 1);
  const gaps = largestGaps(specReader(spec)(NAMES.gaps), 3);
  const gapText =
    gaps.length > 0 ? ` Largest gaps: ${gaps.join("; ")}.` : " No gaps between demand, supply and targets.";
  return (
    `Wrote ${path}: the ${c.cycleMonth} S&OP cycle of ${c.company}, ${sheets.length} sheets (${sheets.join(", ")}), ` +
    `${c.families.length} product ${c.families.length === 1 ? "family" : "families"}, ${c.historyMonths} months of history ` +
    `and ${c.horizonMonths} plan months (${c.cycleMonth} to ${lastPlan}).${gapText}`
  );
}
