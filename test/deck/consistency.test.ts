/**
 * One number for one thing: late and lost demand (units and revenue) are the same on the Supply
 * sheet, in the Gaps sheet's candidates, in the deck's supply summary, in the Base scenario
 * (the plan as is) and in the "Decisions required" lines; the gap count and total are the same
 * in the deck and the command line's summary; over capacity and inventory above target have the
 * same value at stake on the Gaps sheet and in the deck; plan vs budget (the budget, the
 * differences and the bridge's effects) is the same on the Finance sheet and in the deck. Over
 * the sample and 25 random cycles, without and with a budget, prices and unit costs by month.
 */
import fc from "fast-check";
import type { CycleData } from "../../src/core/model";
import { GAP_TYPES } from "../../src/core/plan-model/gaps";
import { sampleCycle } from "../../src/data/sample";
import { buildDeck, deckInputFromNames } from "../../src/deck";
import { issueFlow } from "../../src/deck/deck";
import { isSopError } from "../../src/core/errors";
import { gapSentence } from "../../src/cli/summary";
import { specReader } from "../../src/cli/named";
import { gapCountText } from "../../src/deck/risks";
import { fmtInt } from "../../src/deck/format";
import { buildWorkbook } from "../../src/layout/workbook";
import type { WorkbookSpec } from "../../src/layout/types";
import { randomCycle } from "../layout/support/randomCycle";
import { cycleMonths } from "../../src/core/plan-model/months";

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

/** A family's Price (or Unit cost) row on the Finance sheet (the month's: Prices, else Families), plan months. */
function financeRate(spec: WorkbookSpec, family: string, label: "Price" | "Unit cost" = "Price"): number[] {
  const sheet = spec.sheets.find((s) => s.name === "Finance")!;
  const top = sheet.cells.findIndex((r) => r[0]?.value === family && r[0]?.style === "header");
  const row = sheet.cells.find((r, i) => i > top && r[1]?.value === label)!;
  return row.slice(2).filter((c) => typeof c?.value === "number").map((c) => c?.value as number);
}

function check(data: CycleData): void {
  const spec = buildWorkbook(data);
  const input = deckInputFromNames(specReader(spec));
  if (isSopError(input)) throw new Error(input.message);
  const deck = buildDeck(input);
  const base = deck.scenarios[0];
  const close = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(a), Math.abs(b)));

  // The deck's month prices and unit costs are the Finance sheet's Price and Unit cost rows.
  input.families.forEach((f, i) => {
    expect(input.price?.[i]).toEqual(financeRate(spec, f.name));
    expect(input.unitCost?.[i]).toEqual(financeRate(spec, f.name, "Unit cost"));
  });
  // Over capacity and inventory above target: the deck values each family's months as the Gaps
  // sheet's candidates do (at the month's unit cost).
  for (const type of [GAP_TYPES.overCapacity, GAP_TYPES.excessInventory]) {
    for (const f of input.families) {
      const flow = issueFlow(input, type, f.name)!;
      const [units, value] = candidates(spec, type, f.name);
      close(sum(flow.units ?? []), units);
      close(sum(flow.value), value);
    }
  }
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
    // Valued at the month's price: the Finance sheet's Price row (the Prices sheet's, else Families).
    const price = financeRate(spec, m[2]);
    expect(m[4]).toBe(fmtInt(grid.reduce((s, u, t) => s + u * price[t], 0)));
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

  // Plan vs budget: the Finance sheet's totals over the months and its bridge are the deck's.
  const finance = spec.sheets.find((s) => s.name === "Finance")!;
  const financeTotal = (label: string): number => {
    const row = finance.cells.find((r) => r[1]?.value === label && r[1]?.style === "total")!;
    return sum(row.slice(2).map((c) => (typeof c?.value === "number" ? c.value : 0)));
  };
  const budget = deck.summaries.budget;
  if (data.budget === undefined) expect(budget).toBeNull();
  if (budget === null) {
    expect(financeTotal("Budget month (1 = budgeted)")).toBe(0);
  } else {
    const t = budget.bridge.total;
    expect(financeTotal("Budget month (1 = budgeted)")).toBe(budget.months.length);
    close(financeTotal("Budget revenue"), t.budgetRevenue);
    close(financeTotal("Budget gross margin"), t.budgetMargin);
    close(financeTotal("Budget units"), t.budgetUnits);
    close(financeTotal("Revenue vs budget"), t.revenueVsBudget);
    close(financeTotal("Gross margin vs budget"), t.marginVsBudget);
    close(financeTotal("Units vs budget"), t.planUnits - t.budgetUnits);
    // The bridge tables' "All families" rows, column by header.
    const bridgeTotals = (first: string): Map<string, number> => {
      const h = finance.cells.findIndex((r) => r[2]?.value === first && r[2]?.style === "header");
      const total = finance.cells.findIndex((r, i) => i > h && r[0]?.value === "All families");
      return new Map(finance.cells[h].slice(2).map((c, i) => [String(c?.value), finance.cells[total][i + 2]?.value as number]));
    };
    const rev = bridgeTotals("Plan units");
    const mar = bridgeTotals("Plan gross margin");
    close(rev.get("Plan revenue")!, t.planRevenue);
    close(rev.get("Budget revenue")!, t.budgetRevenue);
    close(rev.get("Volume effect")!, t.volume);
    close(rev.get("Mix effect")!, t.mix);
    close(rev.get("Price effect")!, t.price);
    close(mar.get("Volume effect")!, t.marginVolume);
    close(mar.get("Mix effect")!, t.marginMix);
    close(mar.get("Price effect")!, t.marginPrice);
    close(mar.get("Cost effect")!, t.marginCost);
    close(mar.get("Gross margin vs budget")!, t.marginVsBudget);
    // Plan revenue over the budget months is the Finance sheet's revenue in those months.
    const revenueRow = finance.cells.find((r) => r[1]?.value === "Revenue" && r[1]?.style === "total")!;
    close(sum(budget.bridge.months.map((b, j) => (b ? (revenueRow[2 + j]?.value as number) : 0))), t.planRevenue);
  }

  // The options that re-plan re-run the Supply sheet's proposal: under Base (multipliers 1),
  // "Build ahead" is the Supply sheet's plan, family by family and month by month, whatever the
  // strategy, inventory target, lot rules, typed months and shared resources.
  const ahead = deck.options.find((o) => o.policy === "buildAhead")!;
  expect(ahead.byScenario[0].detail.map((fam) => fam.map((m) => m.supply))).toEqual(input.supply);
  const byMargin = deck.options.find((o) => o.policy === "byMargin");
  if (byMargin !== undefined) expect(byMargin.byScenario[0].lostUnits).toBeGreaterThanOrEqual(0);

  // The count and total of gaps: the deck's risk view and the command line say the same.
  const text = gapCountText(deck.risks);
  expect(gapSentence(spec, 3).startsWith(text.replace(/\.$/, ""))).toBe(true);
}

/** Random cycles with a supply policy, typed supply months and a line shared by the families. */
const withPolicy = fc
  .tuple(
    randomCycle,
    fc.constantFrom("target-seeking" as const, "chase" as const, "level" as const),
    fc.constantFrom("days of supply" as const, "safety stock" as const),
    fc.array(fc.record({ lot: fc.constantFrom(0, 5, 50), run: fc.constantFrom(0, 10, 200), hours: fc.constantFrom(0, 0.5, 1, 2) }), { minLength: 3, maxLength: 3 }),
    fc.array(fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }), { minLength: 21, maxLength: 21 }),
    fc.integer({ min: 0, max: 4000 }),
  )
  .map(([data, strategy, inventoryTarget, fams, typed, line]) => {
    const plan = cycleMonths(data.config.cycleMonth, data.config.historyMonths, data.config.horizonMonths).plan;
    const families = data.config.families.map((f, i) => ({
      ...f,
      ...(fams[i].lot > 0 ? { lotSize: fams[i].lot } : {}),
      ...(fams[i].run > 0 ? { minimumRun: fams[i].run } : {}),
    }));
    const supplyPlan = families.flatMap((f, i) =>
      plan.flatMap((month, j) => {
        const q = typed[(i * 7 + j) % typed.length];
        return q === null || q % 3 !== 0 ? [] : [{ family: f.name, month, quantity: q }];
      }),
    );
    return {
      ...data,
      config: { ...data.config, families, supplyPolicy: { strategy, inventoryTarget } },
      supplyPlan,
      resources: [{ name: "Line", capacityPerMonth: line }],
      routings: families.flatMap((f, i) => (fams[i].hours > 0 ? [{ family: f.name, resource: "Line", hoursPerUnit: fams[i].hours }] : [])),
    };
  });

describe("one number for one thing across the workbook, the deck and the command line", () => {
  it("on 25 random cycles with a price and a unit cost of their own in some months (the gaps at the month's)", () => {
    const some = fc.array(fc.option(fc.integer({ min: 1, max: 900 }), { nil: null }), { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(randomCycle, some, some, (data, prices, costs) => {
        const plan = cycleMonths(data.config.cycleMonth, data.config.historyMonths, data.config.horizonMonths).plan;
        const rows = data.config.families.flatMap((f, i) =>
          plan.flatMap((month, j) => {
            const price = prices[(i * 3 + j) % prices.length];
            const unitCost = costs[(i * 5 + j) % costs.length];
            return price === null && unitCost === null ? [] : [{ family: f.name, month, price, unitCost }];
          }),
        );
        check({ ...data, prices: rows });
      }),
      { numRuns: 25, seed: 20261202 },
    );
  });

  it("on 25 random cycles with a supply policy, typed months and a shared line", () => {
    fc.assert(
      fc.property(withPolicy, (data) => {
        check(data);
      }),
      { numRuns: 25, seed: 20261201 },
    );
  });

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

  it("on 25 random cycles with a budget for their first plan months", () => {
    fc.assert(
      fc.property(randomCycle, fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 9, maxLength: 9 }), (data, units) => {
        const plan = cycleMonths(data.config.cycleMonth, data.config.historyMonths, data.config.horizonMonths).plan;
        const budget = data.config.families.flatMap((f, i) =>
          plan.slice(0, 3).map((month, j) => {
            const u = units[(i * 3 + j) % units.length];
            return { family: f.name, month, units: u, revenue: u * (f.price + 10), grossMargin: u * (f.price - f.unitCost) };
          }),
        );
        check({ ...data, budget });
      }),
      { numRuns: 25, seed: 20261130 },
    );
  });
});
