/**
 * The Gaps sheet: the ranked agenda of the largest gaps at the top, then the gaps by family and
 * month (shortfall, over capacity, inventory above target) and against the financial targets,
 * flagged with conditional formats, and at the bottom the candidate list the ranking reads.
 *
 * The ranking is native formulas, so it reorders when an input changes: each candidate's score
 * is INT(value at stake) + a unique tie-breaker literal; agenda row k finds its candidate with
 * MATCH(LARGE(scores, k), scores, 0) and shows it through INDEX (blank when the value is 0).
 */
import { GAP_TYPES, GapCandidate, gapTotals, tieBreaker } from "../../core/plan-model/gaps";
import { addr, range } from "../a1";
import {
  GAP_CANDIDATE_COLS,
  GAP_FINANCIAL_ROWS,
  GAP_GRIDS,
  GAP_RANK_COLS,
  GAP_RANK_HEADER,
  GAP_SUMMARY_ROW,
  GapGrid,
  financeRow,
  financeTotalRow,
  gapCandidateHeader,
  gapCandidateRow,
  gapFinancialRow,
  gapFinancialTitle,
  gapGridRow,
  gapGridTitle,
  gapRankRow,
  planCol,
  supplyRow,
} from "../geometry";
import { FMT, TAB, WIDTH } from "../formats";
import { SheetGrid } from "../grid";
import { CellValue, SheetSpec } from "../types";
import { BuildContext } from "./context";
import { cycleSubtitle, titleRows } from "./common";
import { biasLine } from "./forecastability";
import { resourceTableRow } from "./supplyCapacity";

const GRID_TITLES: Record<GapGrid, string> = {
  late: "Late demand (units): shipped in a later month",
  lost: "Lost demand (units): not shipped by the end of the plan",
  overCapacity: "Over capacity (units): supply plan above capacity",
  excessInventory: "Inventory above target (units)",
};
const FIN_TITLES: Record<(typeof GAP_FINANCIAL_ROWS)[number], string> = {
  revenueVsTarget: "Revenue vs target",
  marginVsTarget: "Margin % vs target",
  inventoryVsCeiling: "Inventory value vs ceiling",
};
const col = (name: (typeof GAP_CANDIDATE_COLS)[number]): number => GAP_CANDIDATE_COLS.indexOf(name);
const rcol = (name: (typeof GAP_RANK_COLS)[number]): number => GAP_RANK_COLS.indexOf(name);

export function gapsSheet(ctx: BuildContext): SheetSpec {
  const { inputs, plan, geo } = ctx;
  const { config: cfg, plan: months } = inputs;
  const P = months.length;
  const F = cfg.families.length;
  const g = new SheetGrid("Gaps");
  titleRows(
    g,
    "Gaps and the pre-S&OP agenda",
    cycleSubtitle(cfg, "where the plan does not hold, ranked by value at stake"),
  );

  // Grids by family and month.
  const gridOf: Record<GapGrid, (f: number, j: number) => [string, number]> = {
    late: (f, j) => [`=Supply!${addr(supplyRow(f, "late"), planCol(j))}`, plan.families[f].gaps.late[j]],
    lost: (f, j) => [`=Supply!${addr(supplyRow(f, "lost"), planCol(j))}`, plan.families[f].gaps.lost[j]],
    overCapacity: (f, j) => [
      `=MAX(0,Supply!${addr(supplyRow(f, "supply"), planCol(j))}-Supply!${addr(supplyRow(f, "capacity"), planCol(j))})`,
      plan.families[f].gaps.overCapacity[j],
    ],
    excessInventory: (f, j) => [
      `=MAX(0,Supply!${addr(supplyRow(f, "inventory"), planCol(j))}-Supply!${addr(supplyRow(f, "targetInventory"), planCol(j))})`,
      plan.families[f].gaps.excessInventory[j],
    ],
  };
  for (const grid of GAP_GRIDS) {
    const tr = gapGridTitle(geo, grid);
    g.value(tr, 0, GRID_TITLES[grid], "header");
    g.value(tr, 1, "Unit", "header");
    months.forEach((m, j) => g.value(tr, planCol(j), m, "header"));
    cfg.families.forEach((fam, f) => {
      const r = gapGridRow(geo, grid, f);
      g.value(r, 0, fam.name, "label");
      g.value(r, 1, fam.unit, "label");
      months.forEach((_, j) => {
        const [formula, v] = gridOf[grid](f, j);
        g.formula(r, planCol(j), formula, v, FMT.units);
      });
    });
    if (F > 0 && P > 0) {
      const r0 = gapGridRow(geo, grid, 0);
      g.conditionalFormats.push({
        range: range(r0, planCol(0), r0 + F - 1, planCol(P - 1)),
        formula: `=${addr(r0, planCol(0))}>0`,
        style: grid === "late" || grid === "lost" ? "bad" : "watch",
      });
    }
  }
  const ft = gapFinancialTitle(geo);
  g.value(ft, 0, "Plan vs financial targets (all families)", "header");
  g.value(ft, 1, "", "header");
  months.forEach((m, j) => g.value(ft, planCol(j), m, "header"));
  const t = plan.totals;
  const finValues = {
    revenueVsTarget: t.revenueVsTarget,
    marginVsTarget: t.marginVsTarget,
    inventoryVsCeiling: t.inventoryVsCeiling,
  };
  for (const row of GAP_FINANCIAL_ROWS) {
    const r = gapFinancialRow(geo, row);
    g.value(r, 0, FIN_TITLES[row], "label");
    g.value(r, 1, row === "marginVsTarget" ? "%" : "currency", "label");
    months.forEach((_, j) =>
      g.formula(
        r,
        planCol(j),
        `=Finance!${addr(financeTotalRow(row), planCol(j))}`,
        finValues[row][j],
        row === "marginVsTarget" ? FMT.percent : FMT.currency,
      ),
    );
    if (P > 0) {
      const c0 = addr(r, planCol(0));
      const rule = row === "inventoryVsCeiling" ? `${c0}>0` : `${c0}<0`;
      g.conditionalFormats.push({
        range: range(r, planCol(0), r, planCol(P - 1)),
        formula: `=AND(ISNUMBER(${c0}),${rule})`,
        style: row === "marginVsTarget" ? "watch" : "bad",
      });
    }
  }

  // Candidates: every gap by type, family and month, with its value at stake and ranking score.
  const ch = gapCandidateHeader(geo);
  ["Family", "Month", "Gap type", "Gap (units)", "Value at stake", "Rank score"].forEach((h, c) =>
    g.value(ch, c, h, "header"),
  );
  const n = plan.candidates.length;
  const gridKey: Record<string, GapGrid> = {
    [GAP_TYPES.late]: "late",
    [GAP_TYPES.lost]: "lost",
    [GAP_TYPES.overCapacity]: "overCapacity",
    [GAP_TYPES.excessInventory]: "excessInventory",
  };
  plan.candidates.forEach((c: GapCandidate, i) => {
    const r = gapCandidateRow(geo, i);
    g.value(r, col("family"), c.family, "label");
    g.value(r, col("month"), c.month, "label");
    g.value(r, col("type"), c.type, "label");
    const units = addr(r, col("units"));
    let valueFormula: string;
    if (c.resourceIndex !== undefined) {
      const at = (row: "overload" | "value"): string =>
        `Supply!${addr(resourceTableRow(geo, row, c.resourceIndex ?? 0), planCol(c.monthIndex))}`;
      g.formula(r, col("units"), `=${at("overload")}`, c.units, FMT.units);
      valueFormula = `=${at("value")}`;
    } else if (c.familyIndex !== null) {
      const grid = gridKey[c.type];
      g.formula(
        r,
        col("units"),
        `=${addr(gapGridRow(geo, grid, c.familyIndex), planCol(c.monthIndex))}`,
        c.units,
        FMT.units,
      );
      // Late and lost demand at the month's price, over-capacity and excess inventory at the
      // month's unit cost (the Finance sheet's: Prices, else Families).
      const rate = c.type === GAP_TYPES.late || c.type === GAP_TYPES.lost ? "price" : "unitCost";
      valueFormula = `=${units}*Finance!${addr(financeRow(c.familyIndex, rate), planCol(c.monthIndex))}`;
    } else {
      const fin = addr(
        gapFinancialRow(geo, c.type === GAP_TYPES.revenue ? "revenueVsTarget" : "inventoryVsCeiling"),
        planCol(c.monthIndex),
      );
      valueFormula = c.type === GAP_TYPES.revenue ? `=MAX(0,-${fin})` : `=MAX(0,${fin})`;
    }
    g.formula(r, col("value"), valueFormula, c.value, FMT.currency);
    g.formula(r, col("score"), `=INT(ROUND(${addr(r, col("value"))},6))+${tieBreaker(i, n)}`, c.score, "0.000000");
  });

  // The ranked agenda.
  g.value(GAP_SUMMARY_ROW, 0, "Largest gaps: the pre-S&OP agenda", "header");
  // Every gap, not only the ranked rows: how many there are and what is at stake in total.
  const totals = gapTotals(plan.candidates);
  const values = range(
    gapCandidateRow(geo, 0),
    col("value"),
    gapCandidateRow(geo, Math.max(n, 1) - 1),
    col("value"),
    true,
  );
  g.value(GAP_SUMMARY_ROW, rcol("type"), "All gaps: count, value at stake", "header");
  g.formula(GAP_SUMMARY_ROW, rcol("units"), `=SUMPRODUCT((${values}>0)*1)`, totals.count, "0", "total");
  g.formula(GAP_SUMMARY_ROW, rcol("value"), `=SUMIF(${values},">0")`, totals.total, FMT.currency, "total");
  ["Rank", "Family", "Month", "Gap type", "Gap (units)", "Value at stake", "Candidate"].forEach((h, c) =>
    g.value(GAP_RANK_HEADER, c, h, "header"),
  );
  const cr = (name: (typeof GAP_CANDIDATE_COLS)[number]): string =>
    range(gapCandidateRow(geo, 0), col(name), gapCandidateRow(geo, Math.max(n, 1) - 1), col(name), true);
  plan.ranked.forEach((rk, k) => {
    const r = gapRankRow(k);
    const pos = addr(r, rcol("position"), { absCol: true });
    const rank = addr(r, rcol("rank"), { absCol: true });
    const show = (name: (typeof GAP_CANDIDATE_COLS)[number]): string => `INDEX(${cr(name)},${pos})`;
    const c = rk.candidate;
    const listed = rk.rank !== null;
    const blankIf = (v: CellValue): CellValue => (listed ? v : "");
    g.formula(r, rcol("position"), `=MATCH(LARGE(${cr("score")},${k + 1}),${cr("score")},0)`, rk.position, "0", "note");
    g.formula(r, rcol("rank"), `=IF(${show("value")}>0,${k + 1},"")`, rk.rank, "0");
    g.formula(r, rcol("family"), `=IF(${rank}="","",${show("family")})`, blankIf(c.family));
    g.formula(r, rcol("month"), `=IF(${rank}="","",${show("month")})`, blankIf(c.month));
    g.formula(r, rcol("type"), `=IF(${rank}="","",${show("type")})`, blankIf(c.type));
    g.formula(
      r,
      rcol("units"),
      `=IF(${rank}="","",IF(${show("units")}="","",${show("units")}))`,
      blankIf(c.units === null ? "" : c.units),
      FMT.units,
    );
    g.formula(r, rcol("value"), `=IF(${rank}="","",${show("value")})`, blankIf(c.value), FMT.currency);
  });
  biasLine(g, ctx);
  const widths = [WIDTH.measure + 16, WIDTH.family, 13, 26, 13, 15, ...new Array<number>(Math.max(1, P - 4)).fill(13)];
  return g.toSpec({
    kind: "calc",
    tabColor: TAB.calc,
    columnWidths: widths,
    freeze: { rows: 2, columns: 0 },
    protect: true,
  });
}
