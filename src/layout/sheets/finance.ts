/**
 * The Finance sheet (plan months): a totals block with the targets, one block per family, the
 * revenue history (actual vs planned, for Revenue vs plan), and summaries by family.
 *
 * Per family (formulas in words): price and unit cost = the Prices sheet's value for the month,
 * else the Families value; revenue = consensus demand x price; COGS = consensus demand x
 * unit cost; gross margin = revenue - COGS; margin % = gross margin / revenue (blank when no
 * revenue); inventory value = MAX(0, projected inventory) x unit cost.
 * Totals: SUMIF by label; revenue vs target = revenue - target (negative = below); margin %
 * vs target; inventory value vs ceiling (positive = above).
 * History: actual revenue = SUMPRODUCT(actuals of the month, prices); planned revenue =
 * SUMPRODUCT(consensus of the month, prices); blank when the month has no numbers.
 * Plan vs budget (src/core/plan-model/budget.ts): budget month = 1 when any Budget cell of the
 * month holds a number; per family, budget = IF(budget month, SUM(the Budget cell), "") (a blank
 * counts 0) and the gap = plan - budget; totals = IF(budget month, SUMIF by label, ""). Below the
 * summaries, the bridge tables over the budget months: revenue (volume, mix, price) and gross
 * margin (volume, mix, price, cost), per family and for all families; then revenue accuracy and
 * bias by lag over the Plan archive (./financeRevenueLag.ts) and what would close the gap to
 * budget (./financeCloseGap.ts).
 */
import { abs, addr, range } from "../a1";
import {
  BudgetField,
  FINANCE_ROWS,
  PRICE_FIELDS,
  priceRow,
  budgetRow,
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
import type { FamilyVsBudget } from "../../core/plan-model/budget";
import { SheetSpec } from "../types";
import { BuildContext } from "./context";
import { cycleSubtitle, familySummary, monthHeader, titleRows } from "./common";
import { bridgeTables } from "./financeBridge";
import { revenueLagTable } from "./financeRevenueLag";
import { closeGapTable } from "./financeCloseGap";

export const FINANCE_LABELS: Record<FinanceTotalRow | "price" | "unitCost", string> = {
  price: "Price",
  unitCost: "Unit cost",
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
  budgetMonth: "Budget month (1 = budgeted)",
  units: "Plan units (consensus demand)",
  budgetUnits: "Budget units",
  unitsVsBudget: "Units vs budget",
  budgetRevenue: "Budget revenue",
  revenueVsBudget: "Revenue vs budget",
  budgetMargin: "Budget gross margin",
  marginVsBudget: "Gross margin vs budget",
};

const isUnits = (row: string): boolean => row === "units" || row === "budgetUnits" || row === "unitsVsBudget";

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
    const fmt = isPct(row) ? FMT.percent : isUnits(row) || row === "budgetMonth" ? FMT.units : FMT.currency;
    for (let j = 0; j < P; j++) {
      const c = planCol(j);
      const at = (x: FinanceTotalRow): string => addr(financeTotalRow(x), c);
      const sumifOf = `SUMIF(${range(first, 1, last, 1, true)},$B${r + 1},${addr(first, c, { absRow: true })}:${addr(last, c, { absRow: true })})`;
      const sumif = `=${sumifOf}`;
      const inBudget = `=IF(${addr(financeTotalRow("budgetMonth"), c)}=0,"",${sumifOf})`;
      const bt = plan.budget.totals;
      const budgetCells = `Budget!${range(budgetRow(geo, "units", 0), c, budgetRow(geo, "grossMargin", Math.max(F, 1) - 1), c)}`;
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
        budgetMonth: [`=IF(COUNT(${budgetCells})>0,1,0)`, plan.budget.bridge.months[j] ? 1 : 0],
        units: [sumif, t.consensus[j]],
        budgetUnits: [inBudget, bt.budgetUnits[j]],
        unitsVsBudget: [inBudget, bt.unitsVsBudget[j]],
        budgetRevenue: [inBudget, bt.budgetRevenue[j]],
        revenueVsBudget: [inBudget, bt.revenueVsBudget[j]],
        budgetMargin: [inBudget, bt.budgetMargin[j]],
        marginVsBudget: [inBudget, bt.marginVsBudget[j]],
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
      for (const field of PRICE_FIELDS) {
        const typed = `Prices!${addr(priceRow(geo, field, f), c)}`;
        g.formula(
          financeRow(f, field),
          c,
          `=IF(ISNUMBER(${typed}),${typed},${famCell(field)})`,
          fp[field][j],
          FMT.ratio,
        );
      }
      g.formula(financeRow(f, "revenue"), c, `=${demand}*${at("price", j)}`, fp.revenue[j], FMT.currency);
      g.formula(financeRow(f, "cogs"), c, `=${demand}*${at("unitCost", j)}`, fp.cogs[j], FMT.currency);
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
        `=MAX(0,${inv})*${at("unitCost", j)}`,
        fp.inventoryValue[j],
        FMT.currency,
      );
      // Plan vs budget: the budget counts in budget months (a blank cell as 0), blank outside them.
      const vb = plan.families[f].vsBudget;
      const flag = addr(financeTotalRow("budgetMonth"), c, { absRow: true });
      const budgetCell = (field: BudgetField): string => `Budget!${addr(budgetRow(geo, field, f), c)}`;
      g.formula(financeRow(f, "units"), c, `=${demand}`, plan.families[f].demand.consensus[j], FMT.units);
      const pairs: ReadonlyArray<[BudgetField, keyof FamilyVsBudget, keyof FamilyVsBudget, FinanceRow, string]> = [
        ["units", "budgetUnits", "unitsVsBudget", "units", FMT.units],
        ["revenue", "budgetRevenue", "revenueVsBudget", "revenue", FMT.currency],
        ["grossMargin", "budgetMargin", "marginVsBudget", "grossMargin", FMT.currency],
      ];
      for (const [field, budgetRowName, gapRow, planRow, fmt] of pairs) {
        const b = at(budgetRowName, j);
        g.formula(
          financeRow(f, budgetRowName),
          c,
          `=IF(${flag}=0,"",SUM(${budgetCell(field)}))`,
          vb[budgetRowName][j],
          fmt,
        );
        g.formula(financeRow(f, gapRow), c, `=IF(${b}="","",${at(planRow, j)}-${b})`, vb[gapRow][j], fmt);
      }
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
  bridgeTables(g, ctx);
  revenueLagTable(g, ctx);
  closeGapTable(g, ctx);
  const widths = monthSheetWidths(Math.max(P, history.length)).map((w, i) => (i >= FIRST_MONTH_COL ? 13 : w));
  return g.toSpec({
    kind: "calc",
    tabColor: TAB.calc,
    columnWidths: widths,
    freeze: { rows: HEADER_ROW + 1, columns: FIRST_MONTH_COL },
    protect: true,
  });
}
