/**
 * The deck's financial summary against the budget: plan vs budget over the budget months and the
 * bridge (volume, mix, price, and cost for margin) that adds up from budget to plan; or one line
 * saying there is no budget. The budget is read from the workbook's names, blanks kept blank.
 * The deck's budget lines on the sample workbook are checked in sample.test.ts.
 */
import { isSopError } from "../../src/core/errors";
import { budgetSummary, readBudget } from "../../src/deck/budget";
import { NAMES } from "../../src/layout/names";
import type { CellValue } from "../../src/layout/types";

describe("the deck against the budget", () => {
  it("reads no budget from a workbook built before the Budget sheet, and names a cell that is not a number", () => {
    const names = new Map<string, CellValue[][]>([
      [NAMES.budgetUnits, [[1, null]]],
      [NAMES.budgetRevenue, [[10, "ten"]]],
      [NAMES.budgetMargin, [[null, null]]],
    ]);
    const get = (n: string): CellValue[][] | undefined => names.get(n);
    const bad = readBudget(get, 1, 2);
    expect(isSopError(bad) ? bad.message : "").toMatch(/^SOP_BudgetRevenue row 1, month 2 holds "ten", not a number/);
    expect(readBudget(() => undefined, 1, 2)).toBeUndefined();
    names.set(NAMES.budgetRevenue, [[10, null]]);
    expect(readBudget(get, 1, 2)).toEqual({ units: [[1, null]], revenue: [[10, null]], grossMargin: [[null, null]] });
    const blank = new Map<string, CellValue[][]>([[NAMES.budgetUnits, [[null, ""]]], [NAMES.budgetRevenue, [[null, null]]], [NAMES.budgetMargin, [[null, null]]]]);
    expect(readBudget((n) => blank.get(n), 1, 2)).toBeUndefined();
  });

  it("names a cell that is not a number in the units and in the margin budget too", () => {
    const grids = (units: CellValue[][], margin: CellValue[][]) =>
      new Map<string, CellValue[][]>([
        [NAMES.budgetUnits, units],
        [NAMES.budgetRevenue, [[10, 20]]],
        [NAMES.budgetMargin, margin],
      ]);
    const units = grids([[1, "x"]], [[2, 3]]);
    const u = readBudget((n) => units.get(n), 1, 2);
    expect(isSopError(u) ? u.message : "").toMatch(/^SOP_BudgetUnits row 1, month 2 holds "x", not a number/);
    const margin = grids([[1, 2]], [["y", 3]]);
    const m = readBudget((n) => margin.get(n), 1, 2);
    expect(isSopError(m) ? m.message : "").toMatch(/^SOP_BudgetMargin row 1, month 1 holds "y", not a number/);
  });

  it("reads no budget when any of the three names is missing", () => {
    const all: Array<[string, CellValue[][]]> = [
      [NAMES.budgetUnits, [[1, 2]]],
      [NAMES.budgetRevenue, [[10, 20]]],
      [NAMES.budgetMargin, [[4, 8]]],
    ];
    for (const left of all.map(([n]) => n)) {
      const names = new Map(all.filter(([n]) => n !== left));
      expect(readBudget((n) => names.get(n), 1, 2)).toBeUndefined();
    }
  });

  it("is a budget when one family's row of one grid holds a number, the rest blank", () => {
    const names = new Map<string, CellValue[][]>([
      [NAMES.budgetUnits, [[5, null], [null, null]]],
      [NAMES.budgetRevenue, [[null, null], [null, null]]],
      [NAMES.budgetMargin, [[null, null], [null, null]]],
    ]);
    expect(readBudget((n) => names.get(n), 2, 2)).toEqual({
      units: [[5, null], [null, null]],
      revenue: [[null, null], [null, null]],
      grossMargin: [[null, null], [null, null]],
    });
  });
});

describe("plan vs budget over the budget months", () => {
  // Two families, three months; a budget for the first two months only.
  const plan = {
    demand: [[100, 120, 90], [30, 40, 50]],
    revenue: [[1000, 1200, 900], [1500, 2000, 2500]],
    grossMargin: [[400, 480, 360], [600, 800, 1000]],
  };
  const months = ["2026-03", "2026-04", "2026-05"];

  it("compares the plan with the budget over the months the budget covers", () => {
    const s = budgetSummary(months, plan, {
      units: [[100, 100, null], [40, 40, null]],
      revenue: [[1000, 1000, null], [2000, 2000, null]],
      grossMargin: [[400, 400, null], [800, 800, null]],
    });
    expect(s?.months).toEqual(["2026-03", "2026-04"]);
    // Plan revenue over March and April: 1,000 + 1,200 + 1,500 + 2,000 = 5,700; budget 6,000.
    expect(s?.bridge.total.planRevenue).toBe(5700);
    expect(s?.bridge.total.budgetRevenue).toBe(6000);
  });

  it("is null without a budget", () => {
    expect(budgetSummary(months, plan, undefined)).toBeNull();
  });
});
