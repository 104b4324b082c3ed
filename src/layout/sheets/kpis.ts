/**
 * The KPIs sheet: the twelve seed KPIs, each an `SOP.*` formula over the workbook's own ranges,
 * with target, status (a native IF formula: On target / Watch / Off target), category, previous
 * value (last cycle, an input) and unit: the SOP_KPIs name covers columns A..G. Beside them:
 * month-on-month change, the watch band (input), the rule and the definition. Below: the
 * working-capital inputs (receivables, payables).
 *
 * Status rules, with value v, target T and watch band b:
 * - higher is better: v >= T on target; v >= T - b watch; else off target.
 * - lower is better: v <= T on target; v <= T + b watch; else off target.
 * - band around target: |v - T| <= b on target; <= 2b watch; else off target.
 * A value that is not a number (an error, or #NAME? where the add-in is not loaded) -> "n/a".
 */
import { CellInput } from "../../core/cells";
import { isSopError } from "../../core/errors";
import {
  FVA_EXPR,
  KPI_DEFS,
  KpiDef,
  KpiRefs,
  KpiRule,
  KpiValues,
  NO_DATA,
  evaluateExpr,
  isNoData,
  exprFormula,
  kpiFormula,
  kpiStatus,
  kpiStatusFormula,
  kpiValue,
} from "../../core/plan-model/kpis";
import { excelSerialFromIso } from "../../core/dates";
import { NAMES } from "../names";
import { addr, range } from "../a1";
import {
  FIRST_MONTH_COL,
  FIRST_ROW,
  HEADER_ROW,
  actionCol,
  demandCol,
  demandSummaryRow,
  previousSummaryRow,
  actualSummaryRow,
  baselineSummaryRow,
  demandTotalRow,
  financeHistoryActual,
  financeHistoryPlanned,
  financeTotalRow,
  orderCol,
  planCol,
  ProductionField,
  productionRow,
  supplySummaryRow,
} from "../geometry";
import { FMT, KPI_FORMAT, TAB, WIDTH } from "../formats";
import { SheetGrid } from "../grid";
import { keys } from "../keys";
import { CellValue, SheetSpec } from "../types";
import { BuildContext } from "./context";
import { cycleSubtitle, tableHeader, titleRows } from "./common";
import { archiveKpis } from "./kpisArchive";
import { TREND_WIDTHS, kpiTrend } from "./kpisTrend";
import { PRODUCTION_SHEET } from "./production";

export const KPI_HEADERS = [
  "KPI",
  "Category",
  "Value",
  "Target",
  "Status",
  "Previous",
  "Unit",
  "Change",
  "Watch band",
  "Rule",
  "Definition",
];
const C = {
  name: 0,
  category: 1,
  value: 2,
  target: 3,
  status: 4,
  previous: 5,
  unit: 6,
  change: 7,
  band: 8,
  rule: 9,
  definition: 10,
} as const;
const RULE_TEXT: Record<KpiRule, string> = {
  higher: "higher is better",
  lower: "lower is better",
  band: "close to target",
};

/** Rows of the working-capital inputs block. */
export const WC_ROWS = {
  title: FIRST_ROW + KPI_DEFS.length + 1,
  inventory: FIRST_ROW + KPI_DEFS.length + 2,
  receivables: FIRST_ROW + KPI_DEFS.length + 3,
  payables: FIRST_ROW + KPI_DEFS.length + 4,
  fvaTitle: FIRST_ROW + KPI_DEFS.length + 6,
  fva: FIRST_ROW + KPI_DEFS.length + 7,
};

/** The first row of the Plan archive tables (./kpisArchive.ts). */
export const ARCHIVE_KPIS_TOP = WC_ROWS.fva + 3;

const unitFormat = (d: KpiDef): string => KPI_FORMAT[d.unit];

const blankAsEmpty = (v: number | null): CellInput => (v === null ? "" : v);
const cellOf = (v: CellInput): CellInput => (v === undefined ? null : v);

export function kpisSheet(ctx: BuildContext): SheetSpec {
  const { inputs, plan, geo } = ctx;
  const { config: cfg, history } = inputs;
  const F = Math.max(cfg.families.length, 1);
  const H = history.length;
  const P = inputs.plan.length;
  const turnsMonths = Math.min(12, P);
  const g = new SheetGrid("KPIs");
  titleRows(
    g,
    "S&OP KPIs",
    cycleSubtitle(cfg, "the twelve KPIs of the cycle; targets, watch bands and last cycle's values are inputs"),
  );
  tableHeader(g, KPI_HEADERS);

  // Ranges (addresses) and the same ranges' values.
  // Actual sales through the Demand summary, where a month not known yet is "" (not a 0 on desktop).
  const actualsRef = `Demand!${range(actualSummaryRow(geo, 0), demandCol(0), actualSummaryRow(geo, F - 1), demandCol(H - 1))}`;
  const baselineRef = `Demand!${range(baselineSummaryRow(geo, 0), demandCol(0), baselineSummaryRow(geo, F - 1), demandCol(H - 1))}`;
  const consensusRef = `Demand!${range(demandSummaryRow(geo, 0), demandCol(0), demandSummaryRow(geo, F - 1), demandCol(H - 1))}`;
  const consensusPlanRef = `Demand!${range(demandSummaryRow(geo, 0), demandCol(H), demandSummaryRow(geo, F - 1), demandCol(H + P - 1))}`;
  const previousRef = `Demand!${range(previousSummaryRow(geo, 0), demandCol(H), previousSummaryRow(geo, F - 1), demandCol(H + P - 1))}`;
  const totalActualRef = `Demand!${range(demandTotalRow("actual"), demandCol(0), demandTotalRow("actual"), demandCol(H - 1))}`;
  const finRow = (row: "cogs" | "inventoryValue"): string =>
    `Finance!${range(financeTotalRow(row), planCol(0), financeTotalRow(row), planCol(turnsMonths - 1))}`;
  const orderRows = inputs.orders.length;
  const ordersRef = (field: Parameters<typeof orderCol>[0]): string =>
    `Orders!${range(FIRST_ROW, orderCol(field), FIRST_ROW + orderRows - 1, orderCol(field))}`;
  const supplyRef = (s: "supply" | "capacity"): string =>
    `Supply!${range(supplySummaryRow(geo, s, 0), planCol(0), supplySummaryRow(geo, s, F - 1), planCol(P - 1))}`;
  const productionRef = (field: ProductionField): string =>
    `${PRODUCTION_SHEET}!${range(productionRow(geo, field, 0), FIRST_MONTH_COL, productionRow(geo, field, F - 1), FIRST_MONTH_COL + H - 1)}`;
  const histRef = (r: number): string => `Finance!${range(r, FIRST_MONTH_COL, r, FIRST_MONTH_COL + H - 1)}`;
  const statusRef = `Actions!${range(FIRST_ROW, actionCol("status"), FIRST_ROW + inputs.actions.length - 1, actionCol("status"))}`;
  const assetsRef = range(WC_ROWS.inventory, C.value, WC_ROWS.receivables, C.value);
  const liabilitiesRef = addr(WC_ROWS.payables, C.value);

  const fams = plan.families;
  const t = plan.totals;
  const receivables = inputs.kpiInputs.get("receivables") ?? null;
  const payables = inputs.kpiInputs.get("payables") ?? null;
  const values: KpiValues = {
    actuals: inputs.actuals.map((row) => row.map(blankAsEmpty)),
    consensusHistory: fams.map((f) => f.demand.consensusHistory.map(blankAsEmpty)),
    productionActual: inputs.productionActuals.map((row) => row.map(blankAsEmpty)),
    productionPlanned: inputs.productionPlanned.map((row) => row.map(blankAsEmpty)),
    baselineHistory: fams.map((f) => f.demand.baseline.history.map(blankAsEmpty)),
    totalActual: [t.actual.slice()],
    consensusPlan: fams.map((f) => f.demand.consensus.slice()),
    previousConsensus: inputs.previousConsensus.map((row) => row.map(blankAsEmpty)),
    cogs: [t.cogs.slice(0, turnsMonths)],
    inventoryValue: [t.inventoryValue.slice(0, turnsMonths)],
    orderIds: inputs.orders.map((o) => [cellOf(o.order)]),
    promised: inputs.orders.map((o) => [cellOf(o.promisedDate)]),
    delivered: inputs.orders.map((o) => [cellOf(o.deliveredDate)]),
    qtyOrdered: inputs.orders.map((o) => [cellOf(o.quantityOrdered)]),
    qtyDelivered: inputs.orders.map((o) => [cellOf(o.quantityDelivered)]),
    supply: fams.map((f) => f.supply.supply.slice()),
    capacity: fams.map((f) => f.supply.capacity.slice()),
    actualRevenue: [t.actualRevenueHistory.map(blankAsEmpty)],
    plannedRevenue: [t.plannedRevenueHistory.map(blankAsEmpty)],
    assets: [[t.inventoryValue[0] ?? 0], [receivables]],
    liabilities: [[payables]],
    statuses: inputs.actions.map((a) => [cellOf(a.status)]),
    cycleMonth: excelSerialFromIso(cfg.cycleMonth) ?? 0,
    annualMonths: turnsMonths,
  };
  const refs: KpiRefs = {
    actuals: actualsRef,
    consensusHistory: consensusRef,
    productionActual: productionRef("quantity"),
    productionPlanned: productionRef("planned"),
    baselineHistory: baselineRef,
    totalActual: totalActualRef,
    consensusPlan: consensusPlanRef,
    previousConsensus: previousRef,
    cogs: finRow("cogs"),
    inventoryValue: finRow("inventoryValue"),
    orderIds: ordersRef("order"),
    promised: ordersRef("promisedDate"),
    delivered: ordersRef("deliveredDate"),
    qtyOrdered: ordersRef("quantityOrdered"),
    qtyDelivered: ordersRef("quantityDelivered"),
    supply: supplyRef("supply"),
    capacity: supplyRef("capacity"),
    actualRevenue: histRef(financeHistoryActual(geo)),
    plannedRevenue: histRef(financeHistoryPlanned(geo)),
    assets: assetsRef,
    liabilities: liabilitiesRef,
    statuses: statusRef,
    cycleMonth: NAMES.cycleMonth,
    annualMonths: turnsMonths,
  };

  const trendValues = new Map<string, number>();
  KPI_DEFS.forEach((d, i) => {
    const r = FIRST_ROW + i;
    const fmt = unitFormat(d);
    const value = kpiValue(d, values);
    if (typeof value === "number") trendValues.set(d.id, value);
    const target = inputs.kpiInputs.get(`target|${d.id}`) ?? null;
    const band = inputs.kpiInputs.get(`band|${d.id}`) ?? null;
    const previous = inputs.kpiInputs.get(`previous|${d.id}`) ?? null;
    const cached: CellValue = isNoData(value) ? NO_DATA : isSopError(value) ? value.code : value;
    g.value(r, C.name, d.name, "label");
    g.value(r, C.category, d.category, "label");
    g.formula(r, C.value, kpiFormula(d, refs, values), cached, fmt);
    g.input(r, C.target, keys.kpi("target", d.id), target, fmt);
    g.formula(
      r,
      C.status,
      kpiStatusFormula(d.rule, addr(r, C.value), addr(r, C.target), addr(r, C.band)),
      kpiStatus(d.rule, value, target ?? 0, band ?? 0),
    );
    g.input(r, C.previous, keys.kpi("previous", d.id), previous, fmt);
    g.value(r, C.unit, d.unit, "label");
    const change = !isSopError(value) && previous !== null ? value - previous : null;
    g.formula(
      r,
      C.change,
      `=IF(AND(ISNUMBER(${addr(r, C.value)}),ISNUMBER(${addr(r, C.previous)})),${addr(r, C.value)}-${addr(r, C.previous)},"")`,
      change,
      fmt,
    );
    g.input(r, C.band, keys.kpi("band", d.id), band, fmt);
    g.value(r, C.rule, RULE_TEXT[d.rule], "note");
    g.value(r, C.definition, `${d.definition}. Period: ${d.period}`, "wrappedNote");
  });
  kpiTrend(
    g,
    cfg.cycleMonth,
    C.value,
    (id) => trendValues.get(id) ?? null,
    (id, m) => inputs.kpiInputs.get(`trend|${id}|${m}`) ?? null,
  );
  const lastKpi = FIRST_ROW + KPI_DEFS.length - 1;
  const statusRange = range(FIRST_ROW, C.status, lastKpi, C.status);
  const s0 = addr(FIRST_ROW, C.status, { absCol: true });
  g.conditionalFormats.push(
    { range: statusRange, formula: `=${s0}="On target"`, style: "good" },
    { range: statusRange, formula: `=${s0}="Watch"`, style: "watch" },
    { range: statusRange, formula: `=${s0}="Off target"`, style: "bad" },
  );
  g.validations.push(
    { kind: "decimal", range: range(FIRST_ROW, C.target, lastKpi, C.target, true) },
    { kind: "decimal", range: range(FIRST_ROW, C.band, lastKpi, C.band, true), min: 0 },
  );

  g.value(WC_ROWS.title, 0, "Working capital inputs", "header");
  g.value(WC_ROWS.inventory, 0, "Inventory value, end of first plan month", "label");
  g.formula(
    WC_ROWS.inventory,
    C.value,
    P > 0 ? `=Finance!${addr(financeTotalRow("inventoryValue"), planCol(0))}` : "=0",
    t.inventoryValue[0] ?? 0,
    FMT.currency,
  );
  g.value(WC_ROWS.receivables, 0, "Trade receivables", "label");
  g.input(WC_ROWS.receivables, C.value, keys.kpiInput("receivables"), receivables, FMT.currency);
  g.value(WC_ROWS.payables, 0, "Trade payables", "label");
  g.input(WC_ROWS.payables, C.value, keys.kpiInput("payables"), payables, FMT.currency);
  g.validations.push({
    kind: "decimal",
    range: range(WC_ROWS.receivables, C.value, WC_ROWS.payables, C.value, true),
    min: 0,
  });

  // Forecast value added of the consensus process over the statistical baseline (history months).
  const fva = evaluateExpr(FVA_EXPR, values);
  g.value(WC_ROWS.fvaTitle, 0, "Forecast value added", "header");
  g.value(WC_ROWS.fva, 0, "Consensus vs statistical baseline (WAPE points)", "label");
  g.formula(WC_ROWS.fva, C.value, `=${exprFormula(FVA_EXPR, refs)}`, isSopError(fva) ? fva.code : fva, "0.0%");
  g.value(
    WC_ROWS.fva,
    C.definition,
    "WAPE of the lag-1 statistical baseline minus WAPE of the consensus, over the history months: positive = overrides and pipeline made the plan more accurate. 0 until archived consensus exists (the next cycles).",
    "wrappedNote",
  );
  archiveKpis(g, ctx, ARCHIVE_KPIS_TOP);
  return g.toSpec({
    kind: "calc",
    tabColor: TAB.calc,
    columnWidths: [WIDTH.measure + 6, 18, 13, 12, 12, 12, 10, 11, 12, 18, 80, ...TREND_WIDTHS],
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    protect: true,
  });
}
