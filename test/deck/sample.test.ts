/**
 * The deck built from the bundled sample workbook, read back by name from the layout's spec
 * (as the headless pack does), cross-checked against the sample's own named ranges.
 */
import { KPI_DEFS } from "../../src/core/plan-model/kpis";
import { isSopError } from "../../src/core/errors";
import { sampleCycle } from "../../src/data/sample";
import { addDeck } from "../../src/deck/addDeck";
import { deckInputFromNames, type DeckInput } from "../../src/deck/input";
import { DECK_SHEET_NAME } from "../../src/deck/sheet";
import { readNamedRange } from "../../src/layout/lookup";
import type { SopName } from "../../src/layout/names";
import { buildWorkbook } from "../../src/layout/workbook";

const spec = buildWorkbook(sampleCycle());
const read = (name: SopName) => readNamedRange(spec, name);
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
