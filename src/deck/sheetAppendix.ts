/**
 * Deck sheet appendix: the charts' source tables (months across, series in rows, as
 * ChartSpec expects), the plan by family and month, every gap, and the scenarios by family.
 */
import type { Cell } from "../layout/types";
import type { Deck } from "./deck";
import type { DeckInput, PlanGrid } from "./input";
import { fmtInt } from "./format";
import { rankGaps } from "./risks";
import { SECTION_TITLES } from "./sheetPlan";
import { monthTotals } from "./summaries";
import { FMT, RowWriter, headers, num, text } from "./writer";

/** Where the chart source tables landed: 0-based first and last rows, and the last column. */
export interface ChartSources {
  readonly planRows: readonly [number, number];
  readonly revenueRows: readonly [number, number];
  readonly lastCol: number;
}

const sum = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0);

function series(label: string, values: ReadonlyArray<number>, fmt: string): Array<Cell | null> {
  return [text(label, "label"), ...values.map((v) => num(v, fmt))];
}

export function writeAppendix(w: RowWriter, deck: Deck, input: DeckInput): ChartSources {
  const h = input.months.length;
  const v = deck.vocabulary;
  w.row([text(SECTION_TITLES.appendix, "title")]);
  w.row([text("A1. Chart data, all families by month", "subtitle")]);
  const planStart = w.row(headers(["Month", ...input.months]));
  w.row(series("Demand", monthTotals(input.demand, h), FMT.int));
  w.row(series(v.supplyPlan, monthTotals(input.supply, h), FMT.int));
  const planEnd = w.row(series(v.capacity, monthTotals(input.capacity, h), FMT.int));
  w.blank();
  const revStart = w.row(headers(["Month", ...input.months]));
  w.row(series("Revenue (plan)", monthTotals(input.revenue, h), FMT.money));
  const revEnd = w.row(
    series(
      "Revenue target",
      input.months.map(() => input.targets.revenuePerMonth),
      FMT.money,
    ),
  );
  w.blank();

  w.row([text("A2. Plan by family and month", "subtitle")]);
  const blocks: ReadonlyArray<readonly [string, PlanGrid, string, boolean]> = [
    ["Demand (consensus)", input.demand, FMT.int, true],
    [v.supplyPlan, input.supply, FMT.int, true],
    [v.capacity, input.capacity, FMT.int, true],
    [`Projected ${v.inventory.toLowerCase()} (month end)`, input.inventory, FMT.int, false],
    ["Late demand (shipped in a later month)", input.late, FMT.int, true],
    ["Lost demand (not shipped within the plan)", input.lost, FMT.int, true],
    ["Revenue", input.revenue, FMT.money, true],
    ["COGS", input.cogs, FMT.money, true],
    ["Gross margin", input.grossMargin, FMT.money, true],
    ["Inventory value (month end)", input.inventoryValue, FMT.money, false],
  ];
  for (const [label, grid, fmt, additive] of blocks) {
    w.row(headers([label, ...input.months, additive ? "Total" : "End"]));
    input.families.forEach((f, i) => {
      const row = grid[i];
      w.row([...series(f.name, row, fmt), num(additive ? sum(row) : row[h - 1], fmt)]);
    });
    const totals = monthTotals(grid, h);
    w.row(
      [...series("Total", totals, fmt), num(additive ? sum(totals) : totals[h - 1], fmt)].map((c) => ({
        ...(c ?? {}),
        style: "total" as const,
      })),
    );
    w.blank();
  }

  const listed = rankGaps(input.gaps);
  const count = input.gapTotals?.count ?? listed.length;
  const a3 =
    listed.length < count
      ? `A3. The ${listed.length} largest of ${fmtInt(count)} gaps, ranked by value at stake`
      : "A3. Every gap, ranked by value at stake";
  w.row([text(a3, "subtitle")]);
  w.row(headers(["Rank and family", "Month", "Gap type", "Gap", "Value at stake"]));
  for (const g of listed) {
    w.row([
      text(`${g.rank}. ${g.family}`, "label"),
      text(g.month),
      text(g.type),
      g.gap === null ? text("") : num(g.gap, FMT.int),
      num(g.valueAtStake, FMT.money),
    ]);
  }
  w.blank();

  w.row([text("A4. Scenario options by family", "subtitle")]);
  w.row(
    headers([
      "Scenario",
      "Family",
      "Demand",
      "Shipped",
      "Late demand",
      "Lost demand",
      "Revenue",
      "Gross margin",
      `Ending ${v.inventory.toLowerCase()}`,
    ]),
  );
  for (const s of deck.scenarios) {
    input.families.forEach((f, i) => {
      const d = s.detail[i];
      const shipped = sum(d.map((m) => m.shipped));
      w.row([
        text(s.name, "label"),
        text(f.name),
        num(sum(d.map((m) => m.demand)), FMT.int),
        num(shipped, FMT.int),
        num(sum(d.map((m) => m.late)), FMT.int),
        num(sum(d.map((m) => m.lost)), FMT.int),
        num(sum(d.map((m) => m.revenue)), FMT.money),
        num(sum(d.map((m) => m.grossMargin)), FMT.money),
        num(d.length > 0 ? d[d.length - 1].inventory : 0, FMT.int),
      ]);
    });
  }
  return { planRows: [planStart, planEnd], revenueRows: [revStart, revEnd], lastCol: h };
}
