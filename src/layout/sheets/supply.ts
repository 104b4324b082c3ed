/**
 * The Supply sheet (plan months): a totals block, one block per family, then summaries by
 * family (capacity, supply plan, projected inventory, shortfall) for the workbook names.
 *
 * Per family (formulas in words):
 * - Consensus demand = the Demand sheet's consensus.
 * - Capacity = the family's capacity per month (Families).
 * - Proposed supply plan: values, the core's proposal (`proposeSupply`) under the supply policy
 *   (Settings: strategy, default target-seeking; Families: lot size, minimum run), aiming at the
 *   target inventory below. A snapshot of this cycle, like the statistical baseline, not a
 *   formula: the proposal looks ahead (a month builds ahead for a later peak), which a row of
 *   month-by-month formulas cannot say. Blank where the plan is typed. The block's name row says
 *   which strategy proposed it.
 * - Supply plan: input. A month not typed holds `=` its proposed cell (so a rebuild knows it was
 *   not typed and proposes it again for the new cycle); a typed value overrides it, cell by cell,
 *   and the proposal of the other months adapts to it (builds ahead of it, clears what it leaves).
 * - Projected inventory = previous month's (opening inventory for the first) + (supply - demand).
 * - Days of supply = inventory / SUM(demand of the next 3 months) x months x 30.4375 (blank when that demand is 0).
 * - Safety stock = the family's row of the "Safety stock by family" table below the summaries
 *   (./supplySigma.ts): NORM.S.INV(service level) x sigma x SQRT(lead time), sigma from the Plan
 *   archive's lag-1 consensus errors (at least 6), else from the Demand sheet's history Diff row;
 *   the same every month. Safety stock in days = safety stock / SUM(demand of the next 3 months)
 *   x months x 30.4375.
 * - Target inventory = target days of supply x SUM(same demand) / months / 30.4375; with the
 *   inventory target (Settings) "safety stock": safety stock + MAX(lot size, minimum run) / 2.
 * - Capacity utilization = supply / capacity.
 * - Lost demand = MAX(0, MIN(demand, ROUND(MAX(0, -last month's inventory) - SUM(demand of the
 *   later months), 6))): this month's demand still not shipped when the plan ends (backorders are
 *   served first in, first out, so what is left at the end is the latest demand).
 * - Late demand = MIN(demand - lost, MAX(0, ROUND(MIN(demand, -inventory) - lost, 6))): this
 *   month's demand unserved at month end but shipped later. Both flows: months add up, each unit
 *   counted once (`lateAndLost`).
 * Labels follow the business type (production, onboarding, billable hours, fulfilment).
 */
import { BusinessVocabulary } from "../../core/model";
import { DAYS_PER_MONTH } from "../../core/plan";
import { dosWindow } from "../../core/plan-model/supply";
import { FamilySupply } from "../../core/plan-model/types";
import { abs, addr, range } from "../a1";
import {
  FIRST_MONTH_COL,
  FIRST_ROW,
  HEADER_ROW,
  SUPPLY_ROWS,
  SUPPLY_SUMMARIES,
  SUPPLY_TOTAL_ROWS,
  SupplyRow,
  demandPlanCol,
  demandRow,
  familyCol,
  planCol,
  supplyBlockStart,
  supplyRow,
  supplySummaryRow,
  supplySigmaRow,
  supplySummaryTitle,
  supplyTotalRow,
} from "../geometry";
import { FMT, TAB, monthSheetWidths } from "../formats";
import { SheetGrid } from "../grid";
import { ALL_FAMILIES } from "../../core/plan-model/gaps";
import { keys } from "../keys";
import { SETTINGS_VALUE_COL } from "../geometry";
import { SUPPLY_POLICY_ROWS, SupplyPolicySetting, familyPolicyCol } from "./setup";
import { SheetSpec } from "../types";
import { BuildContext } from "./context";
import { cycleSubtitle, familySummary, monthHeader, titleRows } from "./common";
import { capacitySection } from "./supplyCapacity";
import { sigmaCol, sigmaTable } from "./supplySigma";

export function supplyLabels(v: BusinessVocabulary): Record<SupplyRow, string> {
  const inv = v.inventory.toLowerCase();
  return {
    demand: "Consensus demand",
    capacity: v.capacity,
    proposed: `Proposed ${v.supplyPlan.toLowerCase()}`,
    supply: v.supplyPlan,
    inventory: `Projected ${inv}`,
    targetDos: "Target days of supply",
    safetyStock: "Safety stock",
    safetyStockDays: "Safety stock in days",
    dos: "Days of supply",
    targetInventory: `Target ${inv}`,
    utilization: "Capacity utilization",
    late: "Late demand",
    lost: "Lost demand",
  };
}

const SUMMARY_TITLES: Record<(typeof SUPPLY_SUMMARIES)[number], (l: Record<SupplyRow, string>) => string> = {
  capacity: (l) => `${l.capacity} by family`,
  supply: (l) => `${l.supply} by family`,
  inventory: (l) => `${l.inventory} by family`,
  late: () => "Late demand by family",
  lost: () => "Lost demand by family",
  proposed: (l) => `${l.proposed} by family (blank where the plan is typed)`,
  targetInventory: (l) => `${l.targetInventory} by family`,
};

const rowFormat = (row: SupplyRow): string =>
  row === "utilization"
    ? FMT.percent
    : row === "dos" || row === "targetDos" || row === "safetyStockDays"
      ? FMT.days
      : FMT.units;

const policyCell = (field: SupplyPolicySetting): string =>
  `Settings!${abs(SUPPLY_POLICY_ROWS[field], SETTINGS_VALUE_COL)}`;

/** What the family's name row says about the proposal: the strategy, the lot rules and the pre-builds. */
export function proposalNote(ctx: BuildContext, f: number): string {
  const { config: cfg, supplyPolicy } = ctx.inputs;
  const p = supplyPolicy.families[f];
  const rules = [
    p.lotSize !== null ? `lot size ${p.lotSize}` : null,
    p.minimumRun !== null ? `minimum run ${p.minimumRun}` : null,
  ].filter((x): x is string => x !== null);
  const built = ctx.plan.families[f].supply.buildAhead.reduce((n, b) => n + b.units, 0);
  return [
    `Proposed: ${supplyPolicy.strategy}${rules.length > 0 ? ` (${rules.join(", ")})` : ""}`,
    `aiming at the target ${ctx.vocab.inventory.toLowerCase()}`,
    ...(ctx.plan.resources.length > 0 ? ["within the hours the resources leave it (families in Families order)"] : []),
    ...(built > 0 ? [`builds ${built} ahead of peaks`] : []),
    `snapshot of cycle ${cfg.cycleMonth}; type over the plan to override a month`,
  ].join(", ");
}

export function supplySheet(ctx: BuildContext): SheetSpec {
  const { inputs, plan, geo } = ctx;
  const { config: cfg, plan: months } = inputs;
  const P = months.length;
  const L = supplyLabels(ctx.vocab);
  const g = new SheetGrid("Supply");
  titleRows(
    g,
    "Supply plan",
    cycleSubtitle(
      cfg,
      `${ctx.vocab.supplyPlan.toLowerCase()} against ${ctx.vocab.capacity.toLowerCase()}, projected ${ctx.vocab.inventory.toLowerCase()}`,
    ),
  );
  monthHeader(g, HEADER_ROW, ["Family", "Measure"], months);
  const first = supplyBlockStart(0);
  const last = Math.max(first, supplyBlockStart(geo.families) - 1);

  g.value(FIRST_ROW, 0, ALL_FAMILIES, "header");
  const t = plan.totals;
  const totals: Partial<Record<SupplyRow, ReadonlyArray<number | null>>> = {
    demand: t.consensus,
    capacity: t.capacity,
    supply: t.supply,
    inventory: t.inventory,
    targetInventory: t.targetInventory,
    late: t.late,
    lost: t.lost,
  };
  for (const row of SUPPLY_TOTAL_ROWS) {
    const r = supplyTotalRow(row);
    g.value(r, 1, L[row], "total");
    for (let j = 0; j < P; j++) {
      const c = planCol(j);
      if (row === "utilization") {
        const cap = addr(supplyTotalRow("capacity"), c);
        g.formula(
          r,
          c,
          `=IF(${cap}>0,${addr(supplyTotalRow("supply"), c)}/${cap},"")`,
          t.utilization[j],
          FMT.percent,
          "total",
        );
      } else {
        const f = `=SUMIF(${range(first, 1, last, 1, true)},$B${r + 1},${addr(first, c, { absRow: true })}:${addr(last, c, { absRow: true })})`;
        g.formula(r, c, f, (totals[row] ?? [])[j] ?? null, rowFormat(row), "total");
      }
    }
  }

  cfg.families.forEach((fam, f) => {
    const s: FamilySupply = plan.families[f].supply;
    const top = supplyBlockStart(f);
    const famRow = FIRST_ROW + f;
    const famCell = (field: Parameters<typeof familyCol>[0]): string => `Families!${abs(famRow, familyCol(field))}`;
    g.value(top, 0, fam.name, "header");
    g.value(top, 1, fam.unit, "label");
    g.value(top, FIRST_MONTH_COL, proposalNote(ctx, f), "note");
    for (const row of SUPPLY_ROWS) g.value(supplyRow(f, row), 1, L[row], "label");
    const at = (row: SupplyRow, j: number): string => addr(supplyRow(f, row), planCol(j));
    const put = (row: SupplyRow, j: number, formula: string, v: number | null): void =>
      g.formula(supplyRow(f, row), planCol(j), formula, v, rowFormat(row));
    months.forEach((m, j) => {
      put(
        "demand",
        j,
        `=Demand!${addr(demandRow(f, "consensus"), demandPlanCol(geo, j))}`,
        plan.families[f].demand.consensus[j],
      );
      put("capacity", j, `=${famCell("capacityPerMonth")}`, s.capacity[j]);
      const proposed = s.proposed[j];
      g.value(supplyRow(f, "proposed"), planCol(j), proposed, "formula", FMT.units);
      if (proposed === null)
        g.input(supplyRow(f, "supply"), planCol(j), keys.supplyPlan(fam.name, m), s.supply[j], FMT.units);
      else
        g.input(
          supplyRow(f, "supply"),
          planCol(j),
          keys.supplyPlan(fam.name, m),
          s.supply[j],
          FMT.units,
          `=${at("proposed", j)}`,
        );
      const prevInv = j === 0 ? famCell("openingInventory") : at("inventory", j - 1);
      put("inventory", j, `=${prevInv}+(${at("supply", j)}-${at("demand", j)})`, s.inventory[j]);
      put("targetDos", j, `=${famCell("targetDaysOfSupply")}`, fam.targetDaysOfSupply);
      const w = dosWindow(j, P);
      const n = w.to - w.from + 1;
      const win = `SUM(${addr(supplyRow(f, "demand"), planCol(w.from))}:${addr(supplyRow(f, "demand"), planCol(w.to))})`;
      const ssCell = abs(supplySigmaRow(geo, f), sigmaCol("safetyStock"));
      put("safetyStock", j, j === 0 ? `=${ssCell}` : `=${at("safetyStock", 0)}`, s.safetyStock[j]);
      const ss = at("safetyStock", j);
      put(
        "safetyStockDays",
        j,
        `=IF(OR(${ss}="",${win}<=0),"",${ss}/${win}*${n}*${DAYS_PER_MONTH})`,
        s.safetyStockDays[j],
      );
      put("dos", j, `=IF(${win}<=0,"",${at("inventory", j)}/${win}*${n}*${DAYS_PER_MONTH})`, s.daysOfSupply[j]);
      const lot = `Families!${abs(famRow, familyPolicyCol("lotSize"))}`;
      const run = `Families!${abs(famRow, familyPolicyCol("minimumRun"))}`;
      put(
        "targetInventory",
        j,
        `=IF(${policyCell("inventoryTarget")}="safety stock",IF(ISNUMBER(${ss}),${ss},0)+MAX(${lot},${run})/2,${at("targetDos", j)}*${win}/${n}/${DAYS_PER_MONTH})`,
        s.targetInventory[j],
      );
      put("utilization", j, `=IF(${at("capacity", j)}>0,${at("supply", j)}/${at("capacity", j)},"")`, s.utilization[j]);
      const lastInv = at("inventory", P - 1);
      const later = j < P - 1 ? `-SUM(${at("demand", j + 1)}:${at("demand", P - 1)})` : "";
      const d = at("demand", j);
      const lost = at("lost", j);
      put("lost", j, `=MAX(0,MIN(${d},ROUND(MAX(0,-${lastInv})${later},6)))`, s.lost[j]);
      put("late", j, `=MIN(${d}-${lost},MAX(0,ROUND(MIN(${d},-${at("inventory", j)})-${lost},6)))`, s.late[j]);
    });
  });
  if (P > 0 && cfg.families.length > 0) {
    // Only the supply plan cells are unlocked, so this validation only ever checks them.
    g.validations.push({ kind: "decimal", range: range(first, planCol(0), last, planCol(P - 1), true), min: 0 });
    const area = range(first, FIRST_MONTH_COL, last, planCol(P - 1));
    const b = `$B${first + 1}`;
    const c = addr(first, FIRST_MONTH_COL);
    const above = addr(first - 1, FIRST_MONTH_COL);
    g.conditionalFormats.push(
      { range: area, formula: `=AND(OR(${b}="${L.late}",${b}="${L.lost}"),${c}>0)`, style: "bad" },
      { range: area, formula: `=AND(${b}="${L.inventory}",${c}<0)`, style: "bad" },
      { range: area, formula: `=AND(${b}="${L.dos}",ISNUMBER(${c}),${c}<${above})`, style: "watch" },
      { range: area, formula: `=AND(${b}="${L.utilization}",ISNUMBER(${c}),${c}>1)`, style: "watch" },
    );
  }

  for (const sName of SUPPLY_SUMMARIES) {
    familySummary(g, {
      titleRow: supplySummaryTitle(geo, sName),
      title: SUMMARY_TITLES[sName](L),
      label: L[sName],
      families: cfg.families.map((fam) => fam.name),
      months,
      row: (f) => supplySummaryRow(geo, sName, f),
      col: planCol,
      // The proposed plan is a snapshot (values), like each block's proposed row; the rest are formulas.
      formula: (f, j) => (sName === "proposed" ? null : `=${addr(supplyRow(f, sName), planCol(j))}`),
      value: (f, j) => plan.families[f].supply[sName][j],
      numberFormat: FMT.units,
    });
  }
  sigmaTable(g, ctx);
  capacitySection(g, ctx);
  return g.toSpec({
    kind: "calc",
    tabColor: TAB.calc,
    columnWidths: monthSheetWidths(P),
    freeze: { rows: HEADER_ROW + 1, columns: FIRST_MONTH_COL },
    protect: true,
  });
}
