/**
 * The deck's financial summary against the budget: plan vs budget over the budget months and the
 * bridge (volume, mix, price, and cost for margin) that adds up from budget to plan; or one line
 * saying there is no budget. The budget is read from the workbook's names, blanks kept blank.
 * The deck's budget lines on the sample workbook are checked in sample.test.ts.
 */
import { isSopError } from "../../src/core/errors";
import { readBudget } from "../../src/deck/budget";
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
});
