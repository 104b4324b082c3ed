/**
 * The Finance sheet (plan months): a totals block with the targets, one block per family, the
 * revenue history (actual vs planned, for Revenue vs plan), and summaries by family.
 *
 * Per family (formulas in words): revenue = consensus demand x price; COGS = consensus demand x
 * unit cost; gross margin = revenue - COGS; margin % = gross margin / revenue (blank when no
 * revenue); inventory value = MAX(0, projected inventory) x unit cost.
 * Totals: SUMIF by label; revenue vs target = revenue - target (negative = below); margin %
 * vs target; inventory value vs ceiling (positive = above).
 * History: actual revenue = SUMPRODUCT(actuals of the month, prices); planned revenue =
 * SUMPRODUCT(consensus of the month, prices); blank when the month has no numbers.
 */
import { abs, addr, range } from "../a1";
import {
  FINANCE_ROWS,
  FINANCE_SUMMARIES,
  FINANCE_TOTAL_ROWS,
  FIRST_MONTH_COL,
  FIRST_ROW,
  FinanceRow,
  FinanceTotalRow,
  HEADER_ROW,
  SETTINGS_ROWS,
  SETTINGS_VALUE_COL,
  demandCol,
  demandSummaryRow,
  familyCol,
  financeBlockStart,
  financeHistoryActual,
  financeHistoryPlanned,
  financeHistoryTitle,
  financeRow,
  financeSummaryRow,
  financeSummaryTitle,
  financeTotalRow,
  planCol,
  supplyRow,
} from "../geometry";
import { FMT, TAB, monthSheetWidths } from "../formats";
import { SheetGrid } from "../grid";
import { ALL_FAMILIES } from "../../core/plan-model/gaps";
import { SheetSpec } from "../types";
import { BuildContext } from "./context";
import { cycleSubtitle, familySummary, monthHeader, titleRows } from "./common";

export const FINANCE_LABELS: Record<FinanceTotalRow, string> = {
  revenue: "Revenue",
  cogs: "COGS",
  grossMargin: "Gross margin",
  marginPct: "Gross margin %",
  inventoryValue: "Inventory value",
  revenueTarget: "Revenue target",
  revenueVsTarget: "Revenue vs target",
  marginTarget: "Gross margin % target",
  marginVsTarget: "Margin % vs target",
  inventoryCeiling: "Inventory value ceiling",
  inventoryVsCeiling: "Inventory value vs ceiling",
};

const isPct = (row: string): boolean => row === "marginPct" || row === "marginTarget" || row === "marginVsTarget";

export function financeSheet(ctx: BuildContext): SheetSpec {
  const { inputs, plan, geo } = ctx;
  const { config: cfg, plan: months, history } = inputs;
  const P = months.length;
  const F = cfg.families.length;
  const g = new SheetGrid("Finance");
  titleRows(
    g,
    "Financial plan",
    cycleSubtitle(cfg, "revenue = consensus demand x price; against the targets on Settings"),
  );
  monthHeader(g, HEADER_ROW, ["Family", "Measure"], months);
  const first = financeBlockStart(0);
  const last = Math.max(first, financeBlockStart(F) - 1);
  const setting = (f: keyof typeof SETTINGS_ROWS): string => `Settings!${abs(SETTINGS_ROWS[f], SETTINGS_VALUE_COL)}`;
  const t = plan.totals;
  const tgt = cfg.targets;

  g.value(FIRST_ROW, 0, ALL_FAMILIES, "header");
  for (const row of FINANCE_TOTAL_ROWS) {
    const r = financeTotalRow(row);
    g.value(r, 1, FINANCE_LABELS[row], "total");
    const fmt = isPct(row) ? FMT.percent : FMT.currency;
    for (let j = 0; j < P; j++) {
      const c = planCol(j);
      const at = (x: FinanceTotalRow): string => addr(financeTotalRow(x), c);
      const sumif = `=SUMIF(${range(first, 1, last, 1, true)},$B${r + 1},${addr(first, c, { absRow: true })}:${addr(last, c, { absRow: true })})`;
      const cells: Record<FinanceTotalRow, [string, number | null]> = {
        revenue: [sumif, t.revenue[j]],
        cogs: [sumif, t.cogs[j]],
        grossMargin: [sumif, t.grossMargin[j]],
        marginPct: [`=IF(${at("revenue")}=0,"",${at("grossMargin")}/${at("revenue")})`, t.marginPct[j]],
        inventoryValue: [sumif, t.inventoryValue[j]],
        revenueTarget: [`=${setting("revenueTarget")}`, tgt.revenuePerMonth],
        revenueVsTarget: [`=${at("revenue")}-${at("revenueTarget")}`, t.revenueVsTarget[j]],
        marginTarget: [`=${setting("marginTarget")}`, tgt.grossMarginPct],
        marginVsTarget: [`=IF(${at("marginPct")}="","",${at("marginPct")}-${at("marginTarget")})`, t.marginVsTarget[j]],
        inventoryCeiling: [`=${setting("inventoryCeiling")}`, tgt.inventoryValueCeiling],
        inventoryVsCeiling: [`=${at("inventoryValue")}-${at("inventoryCeiling")}`, t.inventoryVsCeiling[j]],
      };
      g.formula(r, c, cells[row][0], cells[row][1], fmt, "total");
    }
  }
  if (P > 0) {
    const cf = (row: FinanceTotalRow, op: string, style: "bad" | "watch"): void => {
      const r = financeTotalRow(row);
      g.conditionalFormats.push({
        range: range(r, planCol(0), r, planCol(P - 1)),
        formula: `=AND(ISNUMBER(${addr(r, planCol(0))}),${addr(r, planCol(0))}${op}0)`,
        style,
      });
    };
    cf("revenueVsTarget", "<", "bad");
    cf("marginVsTarget", "<", "watch");
    cf("inventoryVsCeiling", ">", "bad");
  }

  cfg.families.forEach((fam, f) => {
    const fp = plan.families[f].finance;
    const top = financeBlockStart(f);
    const famCell = (field: "price" | "unitCost"): string => `Families!${abs(FIRST_ROW + f, familyCol(field))}`;
    g.value(top, 0, fam.name, "header");
    for (const row of FINANCE_ROWS) g.value(financeRow(f, row), 1, FINANCE_LABELS[row], "label");
    const at = (row: FinanceRow, j: number): string => addr(financeRow(f, row), planCol(j));
    months.forEach((_, j) => {
      const c = planCol(j);
      const demand = `Supply!${addr(supplyRow(f, "demand"), c)}`;
      const inv = `Supply!${addr(supplyRow(f, "inventory"), c)}`;
      g.formula(financeRow(f, "revenue"), c, `=${demand}*${famCell("price")}`, fp.revenue[j], FMT.currency);
      g.formula(financeRow(f, "cogs"), c, `=${demand}*${famCell("unitCost")}`, fp.cogs[j], FMT.currency);
      g.formula(
        financeRow(f, "grossMargin"),
        c,
        `=${at("revenue", j)}-${at("cogs", j)}`,
        fp.grossMargin[j],
        FMT.currency,
      );
      g.formula(
        financeRow(f, "marginPct"),
        c,
        `=IF(${at("revenue", j)}=0,"",${at("grossMargin", j)}/${at("revenue", j)})`,
        fp.marginPct[j],
        FMT.percent,
      );
      g.formula(
        financeRow(f, "inventoryValue"),
        c,
        `=MAX(0,${inv})*${famCell("unitCost")}`,
        fp.inventoryValue[j],
        FMT.currency,
      );
    });
  });

  // Revenue history: actual vs planned revenue by history month (for Revenue vs plan).
  const ht = financeHistoryTitle(geo);
  g.value(ht, 0, "Revenue history", "header");
  g.value(ht, 1, "Measure", "header");
  history.forEach((m, j) => g.value(ht, FIRST_MONTH_COL + j, m, "header"));
  g.value(financeHistoryActual(geo), 1, "Actual revenue", "label");
  g.value(financeHistoryPlanned(geo), 1, "Planned revenue (consensus x price)", "label");
  const prices = `Families!${range(FIRST_ROW, familyCol("price"), FIRST_ROW + Math.max(F, 1) - 1, familyCol("price"), true)}`;
  history.forEach((_, j) => {
    const c = FIRST_MONTH_COL + j;
    const act = `Actuals!${range(FIRST_ROW, c, FIRST_ROW + Math.max(F, 1) - 1, c)}`;
    const con = `Demand!${range(demandSummaryRow(geo, 0), demandCol(j), demandSummaryRow(geo, Math.max(F, 1) - 1), demandCol(j))}`;
    g.formula(
      financeHistoryActual(geo),
      c,
      `=IF(COUNT(${act})=0,"",SUMPRODUCT(${act},${prices}))`,
      t.actualRevenueHistory[j],
      FMT.currency,
    );
    g.formula(
      financeHistoryPlanned(geo),
      c,
      `=IF(COUNT(${con})=0,"",SUMPRODUCT(${con},${prices}))`,
      t.plannedRevenueHistory[j],
      FMT.currency,
    );
  });

  for (const sName of FINANCE_SUMMARIES) {
    familySummary(g, {
      titleRow: financeSummaryTitle(geo, sName),
      title: `${FINANCE_LABELS[sName]} by family`,
      label: FINANCE_LABELS[sName],
      families: cfg.families.map((fam) => fam.name),
      months,
      row: (f) => financeSummaryRow(geo, sName, f),
      col: planCol,
      formula: (f, j) => `=${addr(financeRow(f, sName), planCol(j))}`,
      value: (f, j) => plan.families[f].finance[sName][j],
      numberFormat: FMT.currency,
    });
  }
  const widths = monthSheetWidths(Math.max(P, history.length)).map((w, i) => (i >= FIRST_MONTH_COL ? 13 : w));
  return g.toSpec({
    kind: "calc",
    tabColor: TAB.calc,
    columnWidths: widths,
    freeze: { rows: HEADER_ROW + 1, columns: FIRST_MONTH_COL },
    protect: true,
  });
}
