/**
 * The Finance sheet's budget bridge tables (src/core/plan-model/budget.ts): over the budget
 * months, per family and for all families, from budget to plan revenue (volume, mix, price) and
 * gross margin (volume, mix, price, cost).
 *
 * Sums over the budget months are SUMPRODUCTs of a family's month rows with the budget-month
 * flags. The effects are the core's formulas, written once here for both tables: with u the
 * budget value per unit (price, or margin per unit), B the budget value and P the plan value,
 *   volume = total plan units x budget share x u - B   (no budget units: -B)
 *   mix    = (plan units - total plan units x budget share) x u   (no budget units: P)
 * so each row adds up exactly. Effects are rounded to 6 decimals, as in the core: a price effect
 * of 0 stays 0 in every engine.
 */
import { abs, addr, range } from "../a1";
import {
  BudgetField,
  FinanceBridge,
  FIRST_MONTH_COL,
  budgetRow,
  financeBridgeRow,
  financeBridgeTitle,
  financeBridgeTotal,
  financeRow,
  financeTotalRow,
  planCol,
} from "../geometry";
import { FMT } from "../formats";
import { SheetGrid } from "../grid";
import { ALL_FAMILIES } from "../../core/plan-model/gaps";
import type { BridgeLine } from "../../core/plan-model/budget";
import { BuildContext } from "./context";

type Column = readonly [keyof BridgeLine, string, string];

/** Revenue bridge columns from column C, in order. */
const REVENUE_BRIDGE: ReadonlyArray<Column> = [
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
const MARGIN_BRIDGE: ReadonlyArray<Column> = [
  ["planMargin", "Plan gross margin", FMT.currency],
  ["budgetMargin", "Budget gross margin", FMT.currency],
  ["budgetUnitMargin", "Budget margin per unit", FMT.ratio],
  ["marginVolume", "Volume effect", FMT.currency],
  ["marginMix", "Mix effect", FMT.currency],
  ["marginPrice", "Price effect", FMT.currency],
  ["marginCost", "Cost effect", FMT.currency],
  ["marginVsBudget", "Gross margin vs budget", FMT.currency],
];

const TABLES: Record<FinanceBridge, { columns: ReadonlyArray<Column>; title: string }> = {
  revenue: { columns: REVENUE_BRIDGE, title: "revenue (volume, mix, price)" },
  margin: { columns: MARGIN_BRIDGE, title: "gross margin (volume, mix, price, cost)" },
};

const EFFECTS: ReadonlyArray<keyof BridgeLine> = [
  "volume",
  "mix",
  "price",
  "marginVolume",
  "marginMix",
  "marginPrice",
  "marginCost",
];

/** Column of a bridge table's column. */
export const bridgeCol = (b: FinanceBridge, col: keyof BridgeLine): number =>
  FIRST_MONTH_COL + TABLES[b].columns.findIndex(([c]) => c === col);

const rounded = (f: string): string => `ROUND(${f},6)`;

export function bridgeTables(g: SheetGrid, ctx: BuildContext): void {
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
  const rowOf = (b: FinanceBridge, f: number): number =>
    f === F ? financeBridgeTotal(geo, b) : financeBridgeRow(geo, b, f);
  /** The cell of a bridge column for family f (f = F: the all-families row). */
  const cell = (b: FinanceBridge, f: number, col: keyof BridgeLine): string => addr(rowOf(b, f), bridgeCol(b, col));
  const total = (col: keyof BridgeLine): string => abs(financeBridgeTotal(geo, "revenue"), bridgeCol("revenue", col));
  const totalUnits = total("planUnits");

  const months = bridge.months.filter((m) => m).length;
  for (const b of ["revenue", "margin"] as const) {
    const t = financeBridgeTitle(geo, b);
    g.value(t, 0, `Budget bridge: ${TABLES[b].title} over the ${months} budget months`, "header");
    g.value(t + 1, 0, "Family", "header");
    g.value(t + 1, 1, "Over the budget months", "header");
    TABLES[b].columns.forEach(([, h], i) => g.value(t + 1, FIRST_MONTH_COL + i, h, "header"));
  }

  const put = (b: FinanceBridge, f: number, formulas: Partial<Record<keyof BridgeLine, string>>): void => {
    const r = rowOf(b, f);
    const line = f === F ? bridge.total : bridge.families[f];
    const style = f === F ? "total" : "formula";
    g.value(r, 0, f === F ? ALL_FAMILIES : inputs.config.families[f].name, f === F ? "total" : "label");
    g.value(r, 1, "", f === F ? "total" : "label");
    for (const [col, , fmt] of TABLES[b].columns)
      g.formula(r, bridgeCol(b, col), `=${formulas[col] ?? "0"}`, line[col], fmt, style);
  };

  for (let f = 0; f < F; f++) {
    const R = (col: keyof BridgeLine): string => cell("revenue", f, col);
    const M = (col: keyof BridgeLine): string => cell("margin", f, col);
    const has = `${R("budgetUnits")}>0`;
    const expected = `${totalUnits}*${R("budgetShare")}`;
    const volume = (unit: string, budget: string): string =>
      rounded(`IF(${has},${expected}*${unit}-${budget},-${budget})`);
    const mix = (unit: string, planValue: string): string =>
      rounded(`IF(${has},(${R("planUnits")}-${expected})*${unit},${planValue})`);
    put("revenue", f, {
      planUnits: over(financeRow(f, "units")),
      budgetUnits: budgetOver("units", f),
      planRevenue: over(financeRow(f, "revenue")),
      budgetRevenue: budgetOver("revenue", f),
      budgetPrice: `IF(${has},${R("budgetRevenue")}/${R("budgetUnits")},"")`,
      budgetShare: `IF(${total("budgetUnits")}>0,${R("budgetUnits")}/${total("budgetUnits")},0)`,
      volume: volume(R("budgetPrice"), R("budgetRevenue")),
      mix: mix(R("budgetPrice"), R("planRevenue")),
      price: rounded(`IF(${has},${R("planRevenue")}-${R("planUnits")}*${R("budgetPrice")},0)`),
      revenueVsBudget: `${R("planRevenue")}-${R("budgetRevenue")}`,
    });
    put("margin", f, {
      planMargin: over(financeRow(f, "grossMargin")),
      budgetMargin: budgetOver("grossMargin", f),
      budgetUnitMargin: `IF(${has},${M("budgetMargin")}/${R("budgetUnits")},"")`,
      marginVolume: volume(M("budgetUnitMargin"), M("budgetMargin")),
      marginMix: mix(M("budgetUnitMargin"), M("planMargin")),
      marginPrice: R("price"),
      marginCost: rounded(
        `IF(${has},${M("planMargin")}-${R("planUnits")}*${M("budgetUnitMargin")}-${M("marginPrice")},0)`,
      ),
      marginVsBudget: `${M("planMargin")}-${M("budgetMargin")}`,
    });
  }

  /** All families: each column the sum of the family rows (effects rounded), then the ratios. */
  const totals = (b: FinanceBridge): Partial<Record<keyof BridgeLine, string>> =>
    Object.fromEntries(
      TABLES[b].columns.map(([col]) => {
        const sum =
          F > 0
            ? `SUM(${range(financeBridgeRow(geo, b, 0), bridgeCol(b, col), financeBridgeRow(geo, b, F - 1), bridgeCol(b, col))})`
            : "0";
        return [col, EFFECTS.includes(col) ? rounded(sum) : sum];
      }),
    );
  const R = (col: keyof BridgeLine): string => cell("revenue", F, col);
  put("revenue", F, {
    ...totals("revenue"),
    budgetPrice: `IF(${R("budgetUnits")}>0,${R("budgetRevenue")}/${R("budgetUnits")},"")`,
    budgetShare: `IF(${R("budgetUnits")}>0,1,"")`,
  });
  put("margin", F, {
    ...totals("margin"),
    budgetUnitMargin: `IF(${R("budgetUnits")}>0,${cell("margin", F, "budgetMargin")}/${R("budgetUnits")},"")`,
  });
}
