/**
 * The deck's scenarios as workbook inputs: the Upside and Downside demand and capacity
 * multipliers are Settings rows (SOP_ScenarioMultipliers), typed like any input, kept by a
 * rebuild, read back with the cycle, given or exported by settings.csv, and read by the deck.
 *
 * Two families (test/plan-model/twoFamilies.ts, Alpha demand 80 a month), Upside demand typed
 * as 1.25: the Upside scenario's demand is the plan's demand x 1.25, month by month, so its total
 * is 1.25 x the Base total; Downside capacity typed as 0.8.
 */
import { buildDeck } from "../../src/deck/deck";
import { deckInputFromNames } from "../../src/deck/input";
import { isSopError } from "../../src/core/errors";
import { formatIssue, importCycle } from "../../src/io";
import { cycleToCsv } from "../../src/io/export";
import { keys } from "../../src/layout/keys";
import { readNamedRange } from "../../src/layout/lookup";
import { readCycleData } from "../../src/layout/rebuild";
import { buildWorkbook } from "../../src/layout/workbook";
import { twoFamilyCycle } from "../plan-model/twoFamilies";
import { keyedCells, valuesOf } from "./support/spec";

const base = twoFamilyCycle(80);
const typed = new Map<string, number>([
  [keys.scenario("upsideDemand"), 1.25],
  [keys.scenario("downsideCapacity"), 0.8],
]);

describe("scenario multipliers on the Settings sheet", () => {
  it("show the defaults: Upside demand x1.10 and capacity x1.00, Downside demand x0.85 and capacity x0.95", () => {
    const spec = buildWorkbook(base, new Map(), { forecast: false });
    expect(readNamedRange(spec, "SOP_ScenarioMultipliers")).toEqual([[1.1], [1], [0.85], [0.95]]);
  });

  it("keep a typed multiplier through a rebuild, even one outside 0.01 to 10, which the deck reads as the default", () => {
    const spec = buildWorkbook(base, new Map([...typed, [keys.scenario("upsideCapacity"), 0]]), { forecast: false });
    expect(readNamedRange(spec, "SOP_ScenarioMultipliers")).toEqual([[1.25], [0], [0.85], [0.8]]);
    const input = deckInputFromNames((n) => readNamedRange(spec, n));
    if (isSopError(input)) throw new Error(input.message);
    expect(input.scenarios?.map((s) => s.capacityMultiplier)).toEqual([1, 1, 0.8]);
  });

  it("drive the deck's Upside and Downside scenarios: Upside demand = 1.25 x Base demand", () => {
    const spec = buildWorkbook(base, typed, { forecast: false });
    const input = deckInputFromNames((n) => readNamedRange(spec, n));
    if (isSopError(input)) throw new Error(input.message);
    const deck = buildDeck(input);
    expect(deck.scenarios.map((s) => [s.name, s.demandMultiplier, s.capacityMultiplier])).toEqual([
      ["Base", 1, 1],
      ["Upside", 1.25, 1],
      ["Downside", 0.85, 0.8],
    ]);
    const [baseResult, upside] = deck.scenarios;
    expect(upside.demand).toBeCloseTo(1.25 * baseResult.demand, 9);
    expect(baseResult.demand).toBeGreaterThan(0);
  });

  it("are read back with the cycle (only those that differ from the default) and round-trip through settings.csv", () => {
    const spec = buildWorkbook(base, new Map(), { forecast: false });
    const values = valuesOf(spec);
    const cells = keyedCells(spec);
    for (const [key, v] of typed) {
      const c = cells.get(key)!;
      values.get(c.sheet)![c.row][c.col] = v;
    }
    const back = readCycleData(values)!;
    expect(back.config.scenarios).toEqual({ upsideDemand: 1.25, downsideCapacity: 0.8 });
    const csv = cycleToCsv(back);
    expect(csv["settings.csv"]).toContain("upside_demand_multiplier,1.25\r\ndownside_capacity_multiplier,0.8\r\n");
    const again = importCycle(csv);
    if (!again.ok) throw new Error(again.issues.map(formatIssue).join("\n"));
    expect(again.data.config.scenarios).toEqual(back.config.scenarios);
    expect(readCycleData(valuesOf(buildWorkbook(base, new Map(), { forecast: false })))!.config.scenarios).toBeUndefined();
  });

  it("refuse a multiplier outside its rule in settings.csv, naming the line", () => {
    const csv = cycleToCsv(base);
    const bad = { ...csv, "settings.csv": `${csv["settings.csv"]}downside_demand_multiplier,0\r\n` };
    const r = importCycle(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const line = csv["settings.csv"].trimEnd().split("\r\n").length + 1;
    expect(r.issues.map(formatIssue)).toEqual([
      `settings.csv line ${line}, column value: expected a number from 0.01 to 10, got "0"`,
    ]);
  });
});
