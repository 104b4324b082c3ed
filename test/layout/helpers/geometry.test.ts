/**
 * Where everything sits (src/layout/geometry.ts) on a hand-made geometry, no workbook built:
 * 2 families, 3 history and 2 plan months, 3 ranked gaps. Rows and columns are counted from 0
 * (row 4 is Excel's row 5, column 2 is C); each expected value is worked out in its comment.
 */
import {
  Geometry,
  actionCol,
  actualSummaryRow,
  actualSummaryTitle,
  baselineSummaryRow,
  baselineSummaryTitle,
  budgetRow,
  demandBlockStart,
  demandBlocksEnd,
  demandCol,
  demandPlanCol,
  demandRow,
  demandSummaryRow,
  demandSummaryTitle,
  demandTotalRow,
  familyCol,
  financeBlockStart,
  financeBridgeRow,
  financeBridgeTitle,
  financeBridgeTotal,
  financeHistoryActual,
  financeHistoryPlanned,
  financeHistoryTitle,
  financeRevenueLagTitle,
  financeRow,
  financeSummaryRow,
  financeSummaryTitle,
  financeTotalRow,
  forecastabilityRow,
  forecastabilityTitle,
  gapCandidateHeader,
  gapCandidateRow,
  gapFinancialRow,
  gapFinancialTitle,
  gapGridRow,
  gapGridTitle,
  gapRankRow,
  orderCol,
  overrideSummaryRow,
  overrideSummaryTitle,
  pipelineCol,
  planCol,
  previousSummaryRow,
  previousSummaryTitle,
  priceRow,
  productionRow,
  spareRows,
  supplyBlockStart,
  supplyRow,
  supplySigmaRow,
  supplySigmaTitle,
  supplySummaryRow,
  supplySummaryTitle,
  supplyTotalRow,
} from "../../../src/layout/geometry";

const geo = (over: Partial<Geometry> = {}): Geometry => ({
  families: 2,
  history: 3,
  plan: 2,
  pipelineRows: 0,
  orderRows: 0,
  actionRows: 0,
  candidates: 0,
  ranked: 3,
  resources: 0,
  ...over,
});

describe("the layout's columns", () => {
  it("number each list's fields from column A in their order", () => {
    expect([familyCol("name"), familyCol("price"), familyCol("overtimePremium")]).toEqual([0, 2, 8]);
    expect([pipelineCol("deal"), pipelineCol("weighted")]).toEqual([0, 6]);
    expect([orderCol("family"), orderCol("deliveredDate")]).toEqual([2, 6]);
    expect(actionCol("status")).toBe(3);
  });

  it("put months from column C: history month j at C + j, plan month t after the history", () => {
    expect([demandCol(0), demandCol(4)]).toEqual([2, 6]);
    // 3 history months (C, D, E): the plan from F.
    expect([demandPlanCol(geo(), 0), demandPlanCol(geo(), 1)]).toEqual([5, 6]);
    expect([planCol(0), planCol(3)]).toEqual([2, 5]);
  });
});

describe("the spare rows below a list's data", () => {
  it("are the larger of a floor and a share of the rows, rounded up", () => {
    // Pipeline: 25, or half the deals.
    expect([spareRows.pipeline(0), spareRows.pipeline(50), spareRows.pipeline(51), spareRows.pipeline(60)]).toEqual([
      25, 25, 26, 30,
    ]);
    // Orders: 25, or a fifth of the lines.
    expect([spareRows.orders(0), spareRows.orders(125), spareRows.orders(126), spareRows.orders(200)]).toEqual([
      25, 25, 26, 40,
    ]);
    // Actions: 15, or as many as there are.
    expect([spareRows.actions(10), spareRows.actions(20)]).toEqual([15, 20]);
    // Resources: 5, or half; routings: 10, or half.
    expect([spareRows.resources(3), spareRows.resources(11), spareRows.resources(20)]).toEqual([5, 6, 10]);
    expect([spareRows.routings(20), spareRows.routings(21), spareRows.routings(40)]).toEqual([10, 11, 20]);
  });
});

describe("the Demand sheet's rows", () => {
  it("put the totals block, then a block of 14 rows per family", () => {
    // The totals' rows from 4 + 1 in DEMAND_TOTAL_ROWS' order (actual first, cumDiff sixth).
    expect([demandTotalRow("actual"), demandTotalRow("cumDiff")]).toEqual([5, 10]);
    // The totals block is 6 + 2 = 8 rows: family blocks start at 12, then every 12 + 2 = 14 rows.
    expect([demandBlockStart(0), demandBlockStart(1)]).toEqual([12, 26]);
    // A family's rows below its title row: actual the first, cumDiff the twelfth.
    expect([demandRow(0, "actual"), demandRow(1, "cumDiff")]).toEqual([13, 38]);
    // Two families: the blocks end at row 12 + 28 - 1.
    expect(demandBlocksEnd(geo())).toBe(39);
  });

  it("put the summaries by family one below another, each a title and the family rows", () => {
    const g = geo();
    expect([demandSummaryTitle(g), demandSummaryRow(g, 0), demandSummaryRow(g, 1)]).toEqual([41, 42, 43]);
    // Each next title two rows below the previous table's last family row.
    expect([previousSummaryTitle(g), previousSummaryRow(g, 0)]).toEqual([45, 46]);
    expect([actualSummaryTitle(g), actualSummaryRow(g, 1)]).toEqual([49, 51]);
    expect([baselineSummaryTitle(g), baselineSummaryRow(g, 0)]).toEqual([53, 54]);
    // Forecastability: title, header, then the family rows.
    expect([forecastabilityTitle(g), forecastabilityRow(g, 0), forecastabilityRow(g, 1)]).toEqual([57, 59, 60]);
    // The overrides: the difference's title 2 rows below the forecastability note (row 61), the
    // reasons' title 2 + 2 rows below the difference's family rows.
    expect([overrideSummaryTitle(g, "diff"), overrideSummaryRow(g, "diff", 0)]).toEqual([63, 64]);
    expect([overrideSummaryTitle(g, "reason"), overrideSummaryRow(g, "reason", 1)]).toEqual([67, 69]);
  });

  it("keep one family row's room in each summary when there is no family", () => {
    const g = geo({ families: 0 });
    // Blocks end before 4 + 8 = 12: the consensus summary's title 13, its (one) row 14.
    expect([demandSummaryTitle(g), demandSummaryRow(g, 0)]).toEqual([13, 14]);
    expect([previousSummaryTitle(g), actualSummaryTitle(g), baselineSummaryTitle(g)]).toEqual([16, 19, 22]);
    // Forecastability's title 25, its header 26, a row 27, its note 28: the difference's title
    // 30, its row 31; the reasons' title 30 + 1 + 2 = 33.
    expect([forecastabilityTitle(g), overrideSummaryTitle(g, "diff"), overrideSummaryTitle(g, "reason")]).toEqual([
      25, 30, 33,
    ]);
  });
});

describe("the Supply sheet's rows", () => {
  it("put the totals block, the family blocks of 15 rows, then the summaries of 2 + 2 rows", () => {
    expect([supplyTotalRow("demand"), supplyTotalRow("lost")]).toEqual([5, 12]);
    // The totals block is 8 + 2 = 10 rows: family blocks at 14, 29.
    expect([supplyBlockStart(0), supplyBlockStart(1)]).toEqual([14, 29]);
    expect([supplyRow(0, "demand"), supplyRow(1, "lost")]).toEqual([15, 42]);
    const g = geo();
    // After the blocks (row 44): summary s's title at 45 + 4 s, lost the fifth (s = 4).
    expect([supplySummaryTitle(g, "capacity"), supplySummaryRow(g, "lost", 1)]).toEqual([45, 63]);
    // The safety stock table two rows below the target inventory's rows (70, 71): title 73,
    // header 74, family rows from 75.
    expect([supplySigmaTitle(g), supplySigmaRow(g, 1)]).toEqual([73, 76]);
  });
});

describe("the Finance sheet's rows", () => {
  it("put the totals block, the family blocks of 16 rows, the revenue history and the summaries", () => {
    expect([financeTotalRow("revenue"), financeTotalRow("marginVsBudget")]).toEqual([5, 23]);
    // The totals block is 19 + 2 = 21 rows: family blocks at 25, 41.
    expect([financeBlockStart(0), financeBlockStart(1)]).toEqual([25, 41]);
    expect([financeRow(0, "price"), financeRow(1, "marginVsBudget")]).toEqual([26, 55]);
    const g = geo();
    // After the blocks (row 57): the revenue history's title, actual and planned rows.
    expect([financeHistoryTitle(g), financeHistoryActual(g), financeHistoryPlanned(g)]).toEqual([58, 59, 60]);
    // Summary s's title at 58 + 4 + 4 s: price the fifth, unit cost the sixth.
    expect([financeSummaryTitle(g, "revenue"), financeSummaryRow(g, "price", 1)]).toEqual([62, 80]);
    expect(financeSummaryRow(g, "unitCost", 0)).toBe(83);
  });

  it("put the two budget bridges below the summaries, then the revenue accuracy by lag", () => {
    const g = geo();
    // The unit cost summary's title 82, its rows 83, 84: the revenue bridge's title 82 + 2 + 2 = 86,
    // its header 87, family rows 88, 89, total 90; the margin bridge 2 + 4 rows further.
    expect([
      financeBridgeTitle(g, "revenue"),
      financeBridgeRow(g, "revenue", 0),
      financeBridgeTotal(g, "revenue"),
    ]).toEqual([86, 88, 90]);
    expect([financeBridgeTitle(g, "margin"), financeBridgeTotal(g, "margin")]).toEqual([92, 96]);
    expect(financeRevenueLagTitle(g)).toBe(98);
  });
});

describe("the Budget, Prices and Production sheets' rows", () => {
  it("put one block of family rows per measure, a blank row between", () => {
    // Block b's family f at 4 + b (2 + 1) + f.
    expect([budgetRow(geo(), "units", 0), budgetRow(geo(), "grossMargin", 1)]).toEqual([4, 11]);
    expect([priceRow(geo(), "price", 1), priceRow(geo(), "unitCost", 0)]).toEqual([5, 7]);
    expect([productionRow(geo(), "quantity", 0), productionRow(geo(), "planned", 1)]).toEqual([4, 8]);
    // No family: each block keeps one row and the blank one.
    expect(budgetRow({ families: 0 }, "revenue", 0)).toBe(6);
  });
});

describe("the Gaps sheet's rows", () => {
  it("put the agenda, the four grids, the financial gaps and the candidates", () => {
    const g = geo();
    // The agenda's rows from 5 (header 4).
    expect([gapRankRow(0), gapRankRow(2)]).toEqual([5, 7]);
    // Grid k's title one row after the agenda (5 + 3 = 8) and 4 k rows down: lost the second.
    expect([gapGridTitle(g, "late"), gapGridRow(g, "lost", 1)]).toEqual([9, 15]);
    // Excess inventory's title 21, rows 22, 23: the financial gaps' title 25, rows 26 to 28.
    expect([
      gapFinancialTitle(g),
      gapFinancialRow(g, "revenueVsTarget"),
      gapFinancialRow(g, "inventoryVsCeiling"),
    ]).toEqual([25, 26, 28]);
    // The candidates' header two rows below the financial gaps (25 + 3 + 2), rows from 31.
    expect([gapCandidateHeader(g), gapCandidateRow(g, 0), gapCandidateRow(g, 4)]).toEqual([30, 31, 35]);
  });
});
