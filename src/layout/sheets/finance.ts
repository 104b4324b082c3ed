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
 * margin (volume, mix, price, cost), per family and for all families.
 */
import { abs, addr, range } from "../a1";
import {
  BudgetField,
  FINANCE_ROWS,
  PRICE_FIELDS,
  priceRow,
  FinanceBridge,
  budgetRow,
  financeBridgeRow,
  financeBridgeTitle,
  financeBridgeTotal,
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
import type { BridgeLine, FamilyVsBudget } from "../../core/plan-model/budget";
import { SheetSpec } from "../types";
import { BuildContext } from "./context";
import { cycleSubtitle, familySummary, monthHeader, titleRows } from "./common";

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
  const widths = monthSheetWidths(Math.max(P, history.length)).map((w, i) => (i >= FIRST_MONTH_COL ? 13 : w));
  return g.toSpec({
    kind: "calc",
    tabColor: TAB.calc,
    columnWidths: widths,
    freeze: { rows: HEADER_ROW + 1, columns: FIRST_MONTH_COL },
    protect: true,
  });
}

/** Revenue bridge columns from column C, in order. */
const REVENUE_BRIDGE: ReadonlyArray<[keyof BridgeLine, string, string]> = [
  ["planUnits", "Plan units", FMT.units],
  ["budgetUnits", "Budget units", FMT.units],
  ["planRevenue", "Plan revenue", FMT.currency],
  ["budgetRevenue", "Budget revenue", FMT.currency],
  ["budgetPrice", "Budget price", FMT.ratio],
  ["budgetShare", "Budget share of units", FMT.percent],
  ["volume", "Volume effect", FMT.currency],
  ["mix", "Mix effect", FMT.currency],
  ["price", "Price effect", FMT.currency],
  ["revenueVsBudget", "Revenue vs budget", FMT.currency],
];

/** Gross margin bridge columns from column C, in order. */
const MARGIN_BRIDGE: ReadonlyArray<[keyof BridgeLine, string, string]> = [
  ["planMargin", "Plan gross margin", FMT.currency],
  ["budgetMargin", "Budget gross margin", FMT.currency],
  ["budgetUnitMargin", "Budget margin per unit", FMT.ratio],
  ["marginVolume", "Volume effect", FMT.currency],
  ["marginMix", "Mix effect", FMT.currency],
  ["marginPrice", "Price effect", FMT.currency],
  ["marginCost", "Cost effect", FMT.currency],
  ["marginVsBudget", "Gross margin vs budget", FMT.currency],
];

/** The two bridge tables' headers (a test and the docs read them). */
export const BRIDGE_HEADERS = {
  revenue: REVENUE_BRIDGE.map(([, h]) => h),
  margin: MARGIN_BRIDGE.map(([, h]) => h),
} as const;

/**
 * The budget bridge (src/core/plan-model/budget.ts): over the budget months, per family and for
 * all families, from budget to plan revenue (volume, mix, price) and gross margin (volume, mix,
 * price, cost). Sums over the budget months are SUMPRODUCTs of a family's month rows with the
 * budget-month flags; the effects are the core's formulas, so each row adds up exactly.
 */
function bridgeTables(g: SheetGrid, ctx: BuildContext): void {
  const { inputs, plan, geo } = ctx;
  const F = inputs.config.families.length;
  const P = inputs.plan.length;
  const { bridge } = plan.budget;
  const span =
    P > 0
      ? range(financeTotalRow("budgetMonth"), planCol(0), financeTotalRow("budgetMonth"), planCol(P - 1), true)
      : "";
  const over = (row: number): string =>
    P > 0 ? `SUMPRODUCT(${range(row, planCol(0), row, planCol(P - 1))},${span})` : "0";
  const budgetOver = (field: BudgetField, f: number): string =>
    P > 0
      ? `SUMPRODUCT(Budget!${range(budgetRow(geo, field, f), planCol(0), budgetRow(geo, field, f), planCol(P - 1))},${span})`
      : "0";
  const rev = (f: number, col: keyof BridgeLine): string =>
    addr(
      f === F ? financeBridgeTotal(geo, "revenue") : financeBridgeRow(geo, "revenue", f),
      bridgeCol(REVENUE_BRIDGE, col),
    );
  const mar = (f: number, col: keyof BridgeLine): string =>
    addr(
      f === F ? financeBridgeTotal(geo, "margin") : financeBridgeRow(geo, "margin", f),
      bridgeCol(MARGIN_BRIDGE, col),
    );
  const total = (col: keyof BridgeLine): string =>
    abs(financeBridgeTotal(geo, "revenue"), bridgeCol(REVENUE_BRIDGE, col));

  const header = (b: FinanceBridge, title: string, cols: ReadonlyArray<[keyof BridgeLine, string, string]>): void => {
    const t = financeBridgeTitle(geo, b);
    g.value(t, 0, title, "header");
    g.value(t + 1, 0, "Family", "header");
    g.value(t + 1, 1, "Over the budget months", "header");
    cols.forEach(([, h], i) => g.value(t + 1, FIRST_MONTH_COL + i, h, "header"));
  };
  const months = bridge.months.filter((m) => m).length;
  header("revenue", `Budget bridge: revenue (volume, mix, price) over the ${months} budget months`, REVENUE_BRIDGE);
  header(
    "margin",
    `Budget bridge: gross margin (volume, mix, price, cost) over the ${months} budget months`,
    MARGIN_BRIDGE,
  );

  const put = (
    b: FinanceBridge,
    f: number,
    cols: ReadonlyArray<[keyof BridgeLine, string, string]>,
    formulas: Partial<Record<keyof BridgeLine, string>>,
  ): void => {
    const r = f === F ? financeBridgeTotal(geo, b) : financeBridgeRow(geo, b, f);
    const line = f === F ? bridge.total : bridge.families[f];
    const style = f === F ? "total" : "formula";
    g.value(r, 0, f === F ? ALL_FAMILIES : inputs.config.families[f].name, f === F ? "total" : "label");
    g.value(r, 1, "", f === F ? "total" : "label");
    for (const [col, , fmt] of cols)
      g.formula(r, bridgeCol(cols, col), `=${formulas[col] ?? "0"}`, line[col], fmt, style);
  };

  for (let f = 0; f < F; f++) {
    const R = (col: keyof BridgeLine): string => rev(f, col);
    const M = (col: keyof BridgeLine): string => mar(f, col);
    const has = `${R("budgetUnits")}>0`;
    put("revenue", f, REVENUE_BRIDGE, {
      planUnits: over(financeRow(f, "units")),
      budgetUnits: budgetOver("units", f),
      planRevenue: over(financeRow(f, "revenue")),
      budgetRevenue: budgetOver("revenue", f),
      budgetPrice: `IF(${has},${R("budgetRevenue")}/${R("budgetUnits")},"")`,
      budgetShare: `IF(${total("budgetUnits")}>0,${R("budgetUnits")}/${total("budgetUnits")},0)`,
      volume: `ROUND(IF(${has},${total("planUnits")}*${R("budgetShare")}*${R("budgetPrice")}-${R("budgetRevenue")},-${R("budgetRevenue")}),6)`,
      mix: `ROUND(IF(${has},(${R("planUnits")}-${total("planUnits")}*${R("budgetShare")})*${R("budgetPrice")},${R("planRevenue")}),6)`,
      price: `ROUND(IF(${has},${R("planRevenue")}-${R("planUnits")}*${R("budgetPrice")},0),6)`,
      revenueVsBudget: `${R("planRevenue")}-${R("budgetRevenue")}`,
    });
    put("margin", f, MARGIN_BRIDGE, {
      planMargin: over(financeRow(f, "grossMargin")),
      budgetMargin: budgetOver("grossMargin", f),
      budgetUnitMargin: `IF(${has},${M("budgetMargin")}/${R("budgetUnits")},"")`,
      marginVolume: `ROUND(IF(${has},${total("planUnits")}*${R("budgetShare")}*${M("budgetUnitMargin")}-${M("budgetMargin")},-${M("budgetMargin")}),6)`,
      marginMix: `ROUND(IF(${has},(${R("planUnits")}-${total("planUnits")}*${R("budgetShare")})*${M("budgetUnitMargin")},${M("planMargin")}),6)`,
      marginPrice: R("price"),
      marginCost: `ROUND(IF(${has},${M("planMargin")}-${R("planUnits")}*${M("budgetUnitMargin")}-${M("marginPrice")},0),6)`,
      marginVsBudget: `${M("planMargin")}-${M("budgetMargin")}`,
    });
  }
  const sumOf = (
    b: FinanceBridge,
    col: keyof BridgeLine,
    cols: ReadonlyArray<[keyof BridgeLine, string, string]>,
  ): string =>
    F > 0
      ? `SUM(${range(financeBridgeRow(geo, b, 0), bridgeCol(cols, col), financeBridgeRow(geo, b, F - 1), bridgeCol(cols, col))})`
      : "0";
  const R = (col: keyof BridgeLine): string => rev(F, col);
  // Effects are rounded to 6 decimals, as in the core: a price effect of 0 stays 0 in every engine.
  const rounded = (col: keyof BridgeLine, f: string): string => (EFFECTS.includes(col) ? `ROUND(${f},6)` : f);
  const revTotals = Object.fromEntries(
    REVENUE_BRIDGE.map(([col]) => [col, rounded(col, sumOf("revenue", col, REVENUE_BRIDGE))]),
  );
  put("revenue", F, REVENUE_BRIDGE, {
    ...revTotals,
    budgetPrice: `IF(${R("budgetUnits")}>0,${R("budgetRevenue")}/${R("budgetUnits")},"")`,
    budgetShare: `IF(${R("budgetUnits")}>0,1,"")`,
  });
  const marTotals = Object.fromEntries(
    MARGIN_BRIDGE.map(([col]) => [col, rounded(col, sumOf("margin", col, MARGIN_BRIDGE))]),
  );
  put("margin", F, MARGIN_BRIDGE, {
    ...marTotals,
    budgetUnitMargin: `IF(${R("budgetUnits")}>0,${mar(F, "budgetMargin")}/${R("budgetUnits")},"")`,
  });
}

const EFFECTS: ReadonlyArray<keyof BridgeLine> = [
  "volume",
  "mix",
  "price",
  "marginVolume",
  "marginMix",
  "marginPrice",
  "marginCost",
];

const bridgeCol = (cols: ReadonlyArray<[keyof BridgeLine, string, string]>, col: keyof BridgeLine): number =>
  FIRST_MONTH_COL + cols.findIndex(([c]) => c === col);
