/**
 * The deck's financial summary against the budget: plan vs budget over the budget months and the
 * bridge (volume, mix, price, and cost for margin) that adds up from budget to plan; or one line
 * saying there is no budget. The budget is read from the workbook's names, blanks kept blank.
 */
import { isSopError } from "../../src/core/errors";
import { sampleCycle } from "../../src/data/sample";
import { specReader } from "../../src/cli/named";
import { readBudget } from "../../src/deck/budget";
import { deckInputFromNames } from "../../src/deck/input";
import { DECK_SHEET_NAME, buildDeckSheet } from "../../src/deck/sheet";
import { BUDGET_MISSING } from "../../src/deck/sheetPlan";
import { NAMES } from "../../src/layout/names";
import type { CellValue, SheetSpec } from "../../src/layout/types";
import { buildWorkbook } from "../../src/layout/workbook";

function deckOf(budget: boolean): SheetSpec {
  const data = sampleCycle();
  const input = deckInputFromNames(specReader(buildWorkbook(budget ? data : { ...data, budget: undefined })));
  if (isSopError(input)) throw new Error(input.message);
  const sheet = buildDeckSheet(input);
  expect(sheet.name).toBe(DECK_SHEET_NAME);
  return sheet;
}

const rowStarting = (sheet: SheetSpec, text: string): ReadonlyArray<CellValue | undefined> =>
  sheet.cells.find((r) => typeof r[0]?.value === "string" && (r[0].value as string).startsWith(text))!.map((c) => c?.value);

describe("the deck against the budget", () => {
  it("shows plan vs budget over the budget months, with a bridge that adds up from budget to plan", () => {
    const sheet = deckOf(true);
    const header = sheet.cells.findIndex((r) => r[0]?.value === "Plan vs financial targets");
    expect(sheet.cells[header].map((c) => c?.value)).toEqual(["Plan vs financial targets", "Plan", "Target / budget", "Status", "Volume", "Mix", "Price", "Cost"]);
    // Label, plan, budget, status, volume, mix, price, cost.
    const rev = rowStarting(sheet, "Revenue vs budget");
    expect(rev[0]).toBe("Revenue vs budget, 2026-03 to 2026-12");
    const [, plan, budget, , volume, mix, price, cost] = rev as [string, number, number, string, number, number, number, undefined];
    expect(cost).toBeUndefined();
    expect(Math.abs(budget + volume + mix + price - plan)).toBeLessThan(1e-5);
    const m = rowStarting(sheet, "Gross margin vs budget") as [string, number, number, string, number, number, number, number];
    expect(Math.abs(m[2] + m[4] + m[5] + m[6] + m[7] - m[1])).toBeLessThan(1e-5);
    // The sample plans less revenue than its budget: off target, with a negative volume effect.
    expect(rev[3]).toBe("Off target");
    expect(volume).toBeLessThan(0);
    expect(sheet.cells.some((r) => r[0]?.value === BUDGET_MISSING)).toBe(false);
  });

  it("says the budget is missing when there is none", () => {
    const sheet = deckOf(false);
    expect(sheet.cells.some((r) => r[0]?.value === BUDGET_MISSING)).toBe(true);
    expect(sheet.cells.some((r) => String(r[0]?.value).startsWith("Revenue vs budget"))).toBe(false);
    expect(sheet.cells.find((r) => r[0]?.value === "Plan vs financial targets")?.map((c) => c?.value)).toEqual(["Plan vs financial targets", "Plan", "Target", "Status"]);
  });

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
