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

export function writeKpis(w: RowWriter, deck: Deck): void {
  w.row([text(SECTION_TITLES.kpis, "title")]);
  w.row(headers(["KPI", "Category", "Value", "Target", "Status", "Previous", "Change", "Period"]));
  for (const k of deck.kpis) {
    w.row([
      text(k.name, "label"),
      text(k.category),
      k.value === null ? text(k.noData === true ? "no data" : "n/a", "note") : num(k.value, kpiFormat(k.unit)),
      num(k.target, kpiFormat(k.unit)),
      statusCell(k.statusStyle, k.status),
      num(k.previous, kpiFormat(k.unit)),
      num(k.change, kpiChangeFormat(k.unit)),
      text(k.period, "note"),
    ]);
  }
  for (const k of deck.kpis) if (k.missing !== null) w.row([text(`No data for ${k.name}: ${k.missing}.`, "note")]);
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
  const lines = classOf.size === 0 ? s.demand : [...s.demand].sort((a, b) => rank(a.family) - rank(b.family));
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

export function writeSupply(w: RowWriter, deck: Deck): void {
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
  for (const l of s.supply) w.row(line(l, l.family, l.unit));
  w.row(totalRow(line(s.supplyTotal, "Total (all units)", "")));
  w.blank();
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
  for (const f of s.financial) w.row(line(f));
  w.row(totalRow(line(s.financialTotal)));
  w.blank();
  const t = input.targets;
  const ceiling = t.inventoryValueCeiling;
  w.row(headers(["Plan vs financial targets", "Plan", "Target", "Status"]));
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
  w.blank();
}
