/**
 * Deck sheet, first half: agenda and decisions required, KPI snapshot, demand, supply and
 * financial summaries (the "summarised first" part of the meeting).
 */
import type { Cell, StyleName } from "../layout/types";
import { agendaMinutes } from "./agenda";
import type { Deck } from "./deck";
import type { DeckInput } from "./input";
import type { ForecastabilityLine } from "./forecastability";
import { kpiChangeFormat, kpiFormat, statusVsTarget, type Status } from "./kpis";
import { FMT, RowWriter, headers, num, text } from "./writer";
import { fmtInt } from "./format";
import { capList } from "./cap";
import { familiesShown, otherDemand, otherFinancial, otherSupply, withOthers } from "./others";
import { resourceLine } from "./resources";

export const SECTION_TITLES = {
  agenda: "1. Agenda and decisions required",
  kpis: "2. KPI snapshot (each KPI over the period shown)",
  demand: "3. Demand plan summary",
  supply: "4. Supply planning summary",
  financial: "5. Financial planning summary",
  charts: "Plan at a glance",
  risks: "6. Risk and issue view",
  scenarios: "7. Scenario options",
  recommendation: "8. Trade-offs and recommendation",
  decisions: "9. Final decisions and owners",
  appendix: "Appendix: detail",
} as const;

/** What the KPI table's trend column shows (the KPIs sheet's sparkline), said once in the section title. */
export const KPI_TREND_LEGEND = "trend: the last 12 cycles, oldest first, \u00b7 = not recorded";

const STATUS_TEXT: Readonly<Record<Status, string>> = { good: "On target", watch: "Watch", bad: "Off target" };

function statusCell(s: Status | null, label?: string): Cell | null {
  if (s === null) return label ? text(label) : text("n/a", "note");
  return text(label && label !== "" ? label : STATUS_TEXT[s], s);
}

export function writeAgenda(w: RowWriter, deck: Deck): void {
  w.row([text(SECTION_TITLES.agenda, "title")]);
  w.row(headers(["Agenda item", "Minutes", "Presenter", "Purpose"]));
  for (const a of deck.agenda) w.row([text(a.item, "label"), num(a.minutes, "0"), text(a.presenter), text(a.purpose)]);
  w.row([text("Total", "total"), num(agendaMinutes(deck.agenda), "0", "total"), text("", "total"), text("", "total")]);
  w.blank();
  w.row(headers(["Decisions required"]));
  deck.decisionsRequired.forEach((d, i) => w.row([text(`${i + 1}. ${d}`)]));
  w.blank();
}

/** The most lines saying which input a KPI showing "no data" needs: one names the input, more are named together. */
export const MAX_NO_DATA_LINES = 1;

export function writeKpis(w: RowWriter, deck: Deck): void {
  const trend = deck.kpis.some((k) => k.trend !== undefined);
  w.row([text(trend ? `${SECTION_TITLES.kpis}; ${KPI_TREND_LEGEND}` : SECTION_TITLES.kpis, "title")]);
  // With the workbook's trend, the trend takes the Previous column's place (the Change column
  // still gives value - previous), so the Period notes keep their width on the printed page.
  w.row(headers(["KPI", "Category", "Value", "Target", "Status", trend ? "Trend" : "Previous", "Change", "Period"]));
  for (const k of deck.kpis) {
    w.row([
      text(k.name, "label"),
      text(k.category),
      k.value === null ? text(k.noData === true ? "no data" : "n/a", "note") : num(k.value, kpiFormat(k.unit)),
      num(k.target, kpiFormat(k.unit)),
      statusCell(k.statusStyle, k.status),
      trend ? text(k.trend ?? "") : num(k.previous, kpiFormat(k.unit)),
      num(k.change, kpiChangeFormat(k.unit)),
      text(k.period, "note"),
    ]);
  }
  const { shown, hidden } = capList(
    deck.kpis.filter((k) => k.missing !== null),
    MAX_NO_DATA_LINES,
  );
  for (const k of shown) w.row([text(`No data for ${k.name}: ${k.missing}.`, "note")]);
  if (hidden.length > 0) {
    w.row([
      text(
        `${shown.length === 0 ? "No data" : `And ${hidden.length} more ${hidden.length === 1 ? "KPI" : "KPIs"} without data`} for ${hidden.map((k) => k.name).join(", ")}: the KPIs sheet names the inputs each needs.`,
        "note",
      ),
    ]);
  }
  w.blank();
}

function totalRow(cells: ReadonlyArray<Cell | null>): Cell[] {
  const style: StyleName = "total";
  return cells.map((c) => ({ ...(c ?? {}), style }));
}

/**
 * The demand review, one row per family; with the workbook's forecastability table the families
 * come in ABC order (A, then B, then C, then unclassed; the workbook's order within a class)
 * with their ABC/XYZ class in the last column (A = the families making the first 80 % of
 * last-12-months revenue: the Demand sheet's forecastability table).
 */
export function writeDemand(w: RowWriter, deck: Deck, forecastability: ReadonlyArray<ForecastabilityLine> = []): void {
  const s = deck.summaries;
  const classOf = new Map(forecastability.map((l) => [l.family, l]));
  const rank = (family: string): number => {
    const abc = classOf.get(family)?.abc ?? "";
    return abc === "" ? 3 : "ABC".indexOf(abc);
  };
  const ordered = classOf.size === 0 ? s.demand : [...s.demand].sort((a, b) => rank(a.family) - rank(b.family));
  const lines = withOthers(ordered, familiesShown(s), otherDemand);
  w.row([text(SECTION_TITLES.demand, "title")]);
  w.row(
    headers([
      "Family",
      "Unit",
      ...s.nearMonths,
      `Next ${s.nearMonths.length} months`,
      `Horizon (${s.horizonMonths} months)`,
      "Average per month",
      ...(classOf.size > 0 ? ["ABC/XYZ"] : []),
    ]),
  );
  for (const d of lines) {
    const c = classOf.get(d.family);
    w.row([
      text(d.family, "label"),
      text(d.unit),
      ...d.nearMonths.map((v) => num(v, FMT.int)),
      num(d.near, FMT.int),
      num(d.horizon, FMT.int),
      num(d.averagePerMonth, FMT.int),
      ...(classOf.size > 0 ? [text(c === undefined ? "" : `${c.abc}/${c.xyz}`)] : []),
    ]);
  }
  const t = s.demandTotal;
  w.row(
    totalRow([
      text("Total (all units)"),
      text(""),
      ...t.nearMonths.map((v) => num(v, FMT.int)),
      num(t.near, FMT.int),
      num(t.horizon, FMT.int),
      num(t.averagePerMonth, FMT.int),
    ]),
  );
  w.blank();
}

/**
 * The pre-build the plan makes, on one line (the summary stays on its pages): the largest,
 * "Pre-build, Widgets: 100 units built ahead in 2026-06 (60), 2026-05 (40) for the 2026-07 peak
 * (demand 200, capacity 100)", then how many more there are and their units in total.
 */
export function prebuildLine(deck: Deck): string {
  const months = deck.summaries.planMonths;
  const all = deck.summaries.prebuilds.flatMap((p) =>
    p.prebuilds.map((b) => ({ ...b, family: p.family, unit: p.unit })),
  );
  if (all.length === 0) return "Pre-build: none (no month's demand above its capacity draws on stock built ahead)";
  const [top, ...rest] = [...all].sort((a, b) => b.units - a.units || a.peak - b.peak);
  const from = top.from.map((x) => `${months[x.month]} (${fmtInt(x.units)})`).join(", ");
  const more =
    rest.length > 0
      ? `; ${rest.length} more pre-build${rest.length > 1 ? "s" : ""} (${fmtInt(rest.reduce((s, b) => s + b.units, 0))} units)`
      : "";
  return `Pre-build, ${top.family}: ${fmtInt(top.units)} ${top.unit} built ahead in ${from} for the ${months[top.peak]} peak (demand ${fmtInt(top.demand)}, capacity ${fmtInt(top.capacity)})${more}`;
}

export function writeSupply(w: RowWriter, deck: Deck, input: DeckInput): void {
  const s = deck.summaries;
  const v = deck.vocabulary;
  const n = s.nearMonths.length;
  w.row([text(SECTION_TITLES.supply, "title")]);
  w.row(
    headers([
      "Family",
      "Unit",
      `${v.supplyPlan}, next ${n} months`,
      `${v.supplyPlan}, horizon`,
      `${v.capacity}, horizon`,
      "Utilisation",
      `Late demand, next ${n} months`,
      "Late demand, horizon",
      "Lost demand, horizon",
      `Ending ${v.inventory.toLowerCase()}`,
    ]),
  );
  const line = (l: (typeof s.supply)[number], label: string, unit: string): Array<Cell | null> => [
    text(label, "label"),
    text(unit),
    num(l.supplyNear, FMT.int),
    num(l.supplyHorizon, FMT.int),
    num(l.capacityHorizon, FMT.int),
    num(l.utilisation, FMT.pct),
    num(l.lateNear, FMT.int),
    num(l.lateHorizon, FMT.int),
    num(l.lostHorizon, FMT.int),
    num(l.endingInventory, FMT.int),
  ];
  for (const l of withOthers(s.supply, familiesShown(s), otherSupply)) w.row(line(l, l.family, l.unit));
  w.row(totalRow(line(s.supplyTotal, "Total (all units)", "")));
  // The pre-build line takes the place of the blank row after the table (the summary keeps its size).
  w.row([text(prebuildLine(deck), "note")]);
  // Rough-cut capacity, when the workbook has resources: one more line, the worst overloads.
  const overloads = resourceLine(input.resources ?? [], deck.summaries.planMonths);
  if (overloads !== undefined) w.row([text(overloads, "note")]);
}

export function writeFinancial(w: RowWriter, deck: Deck, input: DeckInput): void {
  const s = deck.summaries;
  const n = s.nearMonths.length;
  w.row([text(SECTION_TITLES.financial, "title")]);
  w.row(
    headers([
      "Family",
      `Revenue, next ${n} months`,
      "Revenue, horizon",
      "COGS, horizon",
      "Gross margin, horizon",
      "Gross margin %",
      "Ending inventory value",
    ]),
  );
  const line = (f: (typeof s.financial)[number]): Array<Cell | null> => [
    text(f.family, "label"),
    num(f.revenueNear, FMT.money),
    num(f.revenueHorizon, FMT.money),
    num(f.cogsHorizon, FMT.money),
    num(f.marginHorizon, FMT.money),
    num(f.marginPct, FMT.pct),
    num(f.endingInventoryValue, FMT.money),
  ];
  for (const f of withOthers(s.financial, familiesShown(s), otherFinancial)) w.row(line(f));
  w.row(totalRow(line(s.financialTotal)));
  // With a budget, its two lines take the place of the blank rows around the targets table, so
  // the printed summary keeps its size.
  if (s.budget === null) w.blank();
  const t = input.targets;
  const ceiling = t.inventoryValueCeiling;
  const bridge = s.budget === null ? [] : ["Volume", "Mix", "Price", "Cost"];
  w.row(
    headers([
      "Plan vs financial targets",
      "Plan",
      s.budget === null ? "Target" : "Target / budget",
      "Status",
      ...bridge,
    ]),
  );
  const vsTarget = (
    label: string,
    plan: number | null,
    target: number | null,
    fmt: string,
    dir: "higher" | "lower",
  ): void => {
    w.row([text(label, "label"), num(plan, fmt), num(target, fmt), statusCell(statusVsTarget(plan, target, dir))]);
  };
  vsTarget(`Revenue, next ${n} months`, s.financialTotal.revenueNear, s.revenueTargetNear, FMT.money, "higher");
  vsTarget("Revenue, horizon", s.financialTotal.revenueHorizon, s.revenueTargetHorizon, FMT.money, "higher");
  vsTarget("Gross margin %, horizon", s.financialTotal.marginPct, t.grossMarginPct, FMT.pct, "higher");
  vsTarget(
    `Peak inventory value (${s.peakInventoryMonth})`,
    s.peakInventoryValue,
    ceiling > 0 ? ceiling : null,
    FMT.money,
    "lower",
  );
  writeBudget(w, deck);
  if (s.budget === null) w.blank();
}

/**
 * Plan vs budget over the budget months, as two more lines of the targets table (the budget in
 * its Target column) with the bridge from budget to plan beside them; or a line saying there is
 * no budget. Two lines, so the printed summary keeps its size.
 */
function writeBudget(w: RowWriter, deck: Deck): void {
  const b = deck.summaries.budget;
  if (b === null) {
    w.row([text(BUDGET_MISSING, "note")]);
    return;
  }
  const t = b.bridge.total;
  const m = b.months;
  const span = m.length === 1 ? m[0] : `${m[0]} to ${m[m.length - 1]}`;
  const line = (label: string, plan: number, budget: number, effects: ReadonlyArray<number | null>): void => {
    w.row([
      text(`${label} vs budget, ${span}`, "label"),
      num(plan, FMT.money),
      num(budget, FMT.money),
      statusCell(statusVsTarget(plan, budget, "higher")),
      ...effects.map((e) => num(e, FMT.money)),
    ]);
  };
  line("Revenue", t.planRevenue, t.budgetRevenue, [t.volume, t.mix, t.price, null]);
  line("Gross margin", t.planMargin, t.budgetMargin, [t.marginVolume, t.marginMix, t.marginPrice, t.marginCost]);
}

export const BUDGET_MISSING =
  "No budget: type the annual operating plan on the Budget sheet (or give budget.csv) to compare the plan with it.";
