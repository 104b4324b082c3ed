/**
 * The deck built from the bundled sample workbook, read back by name from the layout's spec
 * (as the headless pack does), cross-checked against the sample's own named ranges: its plan vs
 * budget lines and its forecast value added section. Each test builds the whole sample workbook
 * (seconds a test); the sections' own suites use small hand-made inputs.
 */
import { KPI_DEFS } from "../../src/core/plan-model/kpis";
import { isSopError } from "../../src/core/errors";
import { specReader } from "../../src/cli/named";
import { sampleCycle } from "../../src/data/sample";
import { addDeck } from "../../src/deck/addDeck";
import { deckInputFromNames, type DeckInput } from "../../src/deck/input";
import { DECK_SHEET_NAME, buildDeckSheet } from "../../src/deck/sheet";
import { BUDGET_MISSING } from "../../src/deck/sheetPlan";
import { readNamedRange } from "../../src/layout/lookup";
import type { SopName } from "../../src/layout/names";
import type { CellValue, SheetSpec } from "../../src/layout/types";
import { buildWorkbook } from "../../src/layout/workbook";

const spec = buildWorkbook(sampleCycle());
const read = (name: SopName) => readNamedRange(spec, name);
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

const sum = (g: ReadonlyArray<ReadonlyArray<number>>) => g.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);

describe("the deck from the sample workbook", () => {
  it("reads every name the deck needs from the built workbook", () => {
    const input = deckInputFromNames(read);
    if (isSopError(input)) throw new Error(input.message);
    const cfg = sampleCycle().config;
    expect(input.company).toBe(cfg.company);
    expect(input.cycleMonth).toBe(cfg.cycleMonth);
    expect(input.families.map((f) => f.name)).toEqual(cfg.families.map((f) => f.name));
    expect(input.months).toHaveLength(cfg.horizonMonths);
    expect(input.kpis).toHaveLength(KPI_DEFS.length);
    expect(sum(input.demand)).toBeGreaterThan(0);
  });

  it("adds the Executive Summary first, and its revenue chart data adds up to SOP_Revenue", () => {
    const r = addDeck(spec, read);
    if (isSopError(r)) throw new Error(r.message);
    expect(r.sheets[0].name).toBe(DECK_SHEET_NAME);
    expect(r.sheets.slice(1)).toEqual(spec.sheets);
    const deck = r.sheets[0];
    const input = deckInputFromNames(read) as DeckInput;
    const [from, to] = deck.charts[1].sourceRange.split(":");
    const header = Number(/\d+/.exec(from)![0]) - 1; // 0-based row of the month header
    const row = header + 1; // the plan revenue series
    const last = Number(/\d+/.exec(to)![0]) - 1;
    expect(last).toBe(row + 1);
    const plan = deck.cells[row];
    expect(plan[0]?.value).toBe("Revenue (plan)");
    const chartTotal = plan.slice(1).reduce((s, c) => s + (typeof c?.value === "number" ? c.value : 0), 0);
    expect(chartTotal).toBeCloseTo(sum(input.revenue), 6);
  });

  it("says to scaffold first when the names are absent", () => {
    const r = addDeck({ sheets: [], names: [] }, (name) => readNamedRange({ sheets: [], names: [] }, name));
    expect(isSopError(r) && r.message).toBe("the workbook has no SOP_Company range: scaffold the workbook first");
  });
});

describe("the sample deck against the budget", () => {
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
});

describe("the sample deck's forecast value added section", () => {
  it("appears in the sample deck with the workbook's numbers, all families first", () => {
    const spec = buildWorkbook(sampleCycle());
    const input = deckInputFromNames((n) => readNamedRange(spec, n));
    if (isSopError(input)) throw new Error(input.message);
    const fva = readNamedRange(spec, "SOP_FVA");
    expect(input.fva?.map((l) => l.family)).toEqual(fva.map((r) => r[0]));
    const deck = buildDeckSheet(input);
    const rows = deck.cells.map((r) => r.map((c) => c?.value));
    // the title says what the consensus meeting added (the All families row's 8th column), then
    // the largest overrides and the value added by reason, the table's header and its rows
    const title = rows.findIndex((r) => r[0] === `Forecast value added: the consensus meeting added ${(fva[0][7] as number).toFixed(1)} points of accuracy`);
    expect(title).toBeGreaterThan(0);
    expect(String(rows[title + 1][0])).toMatch(/^Largest overrides this cycle: /);
    expect(String(rows[title + 2][0])).toMatch(/^Past value added by override reason /);
    expect(rows[title + 4].slice(0, 9)).toEqual(fva[0]);
  });
});
