/**
 * One number for one thing: late and lost demand (units and revenue) are the same on the Supply
 * sheet, in the Gaps sheet's candidates, in the deck's supply summary, in the Base scenario
 * (the plan as is) and in the "Decisions required" lines; the gap count and total are the same
 * in the deck and the command line's summary. Over the sample and 25 random cycles.
 */
import fc from "fast-check";
import type { CycleData } from "../../src/core/model";
import { GAP_TYPES } from "../../src/core/plan-model/gaps";
import { sampleCycle } from "../../src/data/sample";
import { buildDeck, deckInputFromNames } from "../../src/deck";
import { isSopError } from "../../src/core/errors";
import { gapSentence } from "../../src/cli/summary";
import { specReader } from "../../src/cli/named";
import { gapCountText } from "../../src/deck/risks";
import { fmtInt } from "../../src/deck/format";
import { buildWorkbook } from "../../src/layout/workbook";
import type { WorkbookSpec } from "../../src/layout/types";
import { randomCycle } from "../layout/support/randomCycle";

const sum = (xs: ReadonlyArray<number>): number => xs.reduce((s, x) => s + x, 0);

/** The Supply sheet's "All families" row `label` (the totals block), summed over the plan months. */
function supplyTotal(spec: WorkbookSpec, label: string): number {
  const sheet = spec.sheets.find((s) => s.name === "Supply")!;
  const row = sheet.cells.find((r) => r[1]?.value === label && r[1]?.style === "total")!;
  return sum(row.slice(2).map((c) => (typeof c?.value === "number" ? c.value : 0)));
}

/** The Gaps sheet's candidate rows of one type (and one family, when given): [units, value at stake] summed over every month. */
function candidates(spec: WorkbookSpec, type: string, family?: string): [number, number] {
  const sheet = spec.sheets.find((s) => s.name === "Gaps")!;
  const rows = sheet.cells.filter(
    (r) => r[2]?.value === type && typeof r[4]?.value === "number" && (family === undefined || r[0]?.value === family),
  );
  return [sum(rows.map((r) => r[3]?.value as number)), sum(rows.map((r) => r[4]?.value as number))];
}

function check(data: CycleData): void {
  const spec = buildWorkbook(data);
  const input = deckInputFromNames(specReader(spec));
  if (isSopError(input)) throw new Error(input.message);
  const deck = buildDeck(input);
  const base = deck.scenarios[0];
  const close = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(a), Math.abs(b)));

  const lateUnits = supplyTotal(spec, "Late demand");
  const lostUnits = supplyTotal(spec, "Lost demand");
  const [lateGapUnits, lateGapValue] = candidates(spec, GAP_TYPES.late);
  const [lostGapUnits, lostGapValue] = candidates(spec, GAP_TYPES.lost);
  for (const units of [lateGapUnits, sum(input.late.flat()), deck.summaries.supplyTotal.lateHorizon, base.lateUnits]) close(units, lateUnits);
  for (const units of [lostGapUnits, sum(input.lost.flat()), deck.summaries.supplyTotal.lostHorizon, base.lostUnits]) close(units, lostUnits);
  close(base.lateValue, lateGapValue);
  for (const value of [deck.summaries.supplyTotal.lostValue, base.lostValue]) close(value, lostGapValue);

  // The decisions name late and lost demand with the same units and revenue as the summary
  // (by family), whichever months the agenda lists.
  for (const line of deck.decisionsRequired) {
    const m = /^Close the (late|lost) demand gap for (.+?) in .*?: ([\d,.]+) \S+, ([\d,.]+) revenue (delayed|lost)/.exec(line);
    if (!m) continue;
    const f = input.families.findIndex((x) => x.name === m[2]);
    const grid = m[1] === "late" ? input.late[f] : input.lost[f];
    expect(m[3]).toBe(fmtInt(sum(grid)));
    expect(m[4]).toBe(fmtInt(sum(grid) * input.families[f].price));
  }

  // Every gap issue among the decisions, whatever its type, states the value of all its months
  // (the Gaps sheet's candidates of that family and type, every plan month), never only the
  // months the agenda lists.
  const types = Object.values(GAP_TYPES) as string[];
  let issues = 0;
  for (const line of deck.decisionsRequired) {
    const m = /^Close the (.+?) gap for (.+?) in .*?: (?:([\d,.]+) \S+, )?([\d,.]+) [a-z]/.exec(line);
    if (!m) continue;
    issues++;
    const type = types.find((t) => t.toLowerCase() === m[1])!;
    expect(type).toBeDefined();
    expect(line).not.toContain("the months among");
    const [units, value] = candidates(spec, type, m[2]);
    expect(m[4]).toBe(fmtInt(value));
    if (m[3] !== undefined) expect(m[3]).toBe(fmtInt(units));
  }
  expect(issues).toBe(Math.min(3, new Set(input.gaps.map((g) => `${g.family}|${g.type}`)).size));

  // The count and total of gaps: the deck's risk view and the command line say the same.
  const text = gapCountText(deck.risks);
  expect(gapSentence(spec, 3).startsWith(text.replace(/\.$/, ""))).toBe(true);
}

describe("one number for one thing across the workbook, the deck and the command line", () => {
  it("on the sample cycle", () => {
    check(sampleCycle());
  });

  it("on 25 random cycles", () => {
    fc.assert(
      fc.property(randomCycle, (data) => {
        check(data);
      }),
      { numRuns: 25, seed: 20261129 },
    );
  });
});
