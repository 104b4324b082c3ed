/** Every name of NAMES exists with the shape names.ts documents, over the right content. */
import { sampleCycle } from "../../src/data/sample";
import { cycleMonths } from "../../src/core/plan-model/months";
import { KPI_DEFS } from "../../src/core/plan-model/kpis";
import { readNamedRange } from "../../src/layout/lookup";
import { NAMES, sheetAnchor } from "../../src/layout/names";
import { buildWorkbook } from "../../src/layout/workbook";
import { CycleData } from "../../src/core/model";

function shape(v: unknown[][]): [number, number] {
  return [v.length, v.length === 0 ? 0 : v[0].length];
}

describe.each([
  ["the sample", sampleCycle()],
  ["a one-family, 3-month cycle", ((): CycleData => {
    const d = sampleCycle();
    return { ...d, config: { ...d.config, families: d.config.families.slice(0, 1), historyMonths: 4, horizonMonths: 3 } };
  })()],
])("workbook names of %s", (_label, data) => {
  const spec = buildWorkbook(data);
  const F = data.config.families.length;
  const H = data.config.horizonMonths;

  it("defines every name of NAMES once, pointing at sheets of the workbook", () => {
    const names = spec.names.map((n) => n.name).sort();
    const anchors = spec.sheets.map((s) => sheetAnchor(s.name));
    expect(names).toEqual([...Object.values(NAMES), ...anchors].sort());
    for (const n of spec.names) expect(spec.sheets.map((s) => s.name)).toContain(n.ref.split("!")[0].replace(/^'(.*)'$/, "$1"));
  });

  it("has the documented shapes", () => {
    for (const n of [NAMES.company, NAMES.cycleMonth, NAMES.businessType, NAMES.revenueTarget, NAMES.marginTarget, NAMES.inventoryCeiling]) {
      expect([n, shape(readNamedRange(spec, n))]).toEqual([n, [1, 1]]);
    }
    expect(shape(readNamedRange(spec, NAMES.months))).toEqual([1, H]);
    expect(shape(readNamedRange(spec, NAMES.families))).toEqual([F, 1]);
    // The Families columns, then the supply policy's lot size, minimum run and lead time.
    expect(shape(readNamedRange(spec, NAMES.familyTable))).toEqual([F, 12]);
    for (const n of [NAMES.supplyStrategy, NAMES.inventoryTarget]) expect([n, shape(readNamedRange(spec, n))]).toEqual([n, [1, 1]]);
    for (const n of [NAMES.demand, NAMES.supply, NAMES.capacity, NAMES.inventory, NAMES.late, NAMES.lost, NAMES.proposedSupply, NAMES.targetInventory, NAMES.revenue, NAMES.cogs, NAMES.grossMargin, NAMES.inventoryValue]) {
      expect([n, shape(readNamedRange(spec, n))]).toEqual([n, [F, H]]);
    }
    expect(shape(readNamedRange(spec, NAMES.kpis))).toEqual([KPI_DEFS.length, 7]);
    expect(shape(readNamedRange(spec, NAMES.gaps))[1]).toBe(6);
    expect(shape(readNamedRange(spec, NAMES.actions))[1]).toBe(4);
    expect(shape(readNamedRange(spec, NAMES.gapCount))).toEqual([1, 1]);
    expect(shape(readNamedRange(spec, NAMES.gapTotal))).toEqual([1, 1]);
  });

  it("holds the right content", () => {
    const { plan } = cycleMonths(data.config.cycleMonth, data.config.historyMonths, H);
    expect(readNamedRange(spec, NAMES.company)).toEqual([[data.config.company]]);
    expect(readNamedRange(spec, NAMES.cycleMonth)).toEqual([[data.config.cycleMonth]]);
    expect(readNamedRange(spec, NAMES.months)).toEqual([plan]);
    expect(readNamedRange(spec, NAMES.families)).toEqual(data.config.families.map((f) => [f.name]));
    const f0 = data.config.families[0];
    expect(readNamedRange(spec, NAMES.familyTable)[0]).toEqual([f0.name, f0.unit, f0.price, f0.unitCost, f0.openingInventory, f0.capacityPerMonth, f0.targetDaysOfSupply, f0.overtimePerMonth ?? null, f0.overtimePremium ?? null, f0.lotSize ?? null, f0.minimumRun ?? null, f0.leadTimeMonths ?? 1]);
    // The supply policy the deck re-plans with: the strategy and inventory target as Settings shows them (defaults when not given).
    expect(readNamedRange(spec, NAMES.supplyStrategy)).toEqual([[data.config.supplyPolicy?.strategy ?? "target-seeking"]]);
    expect(readNamedRange(spec, NAMES.inventoryTarget)).toEqual([[data.config.supplyPolicy?.inventoryTarget ?? "days of supply"]]);
    // the overtime columns: blank when not given, the family's inputs when given
    const withOvertime = data.config.families.findIndex((f) => f.overtimePerMonth !== undefined);
    if (withOvertime >= 0) {
      const f = data.config.families[withOvertime];
      expect(readNamedRange(spec, NAMES.familyTable)[withOvertime].slice(7, 9)).toEqual([f.overtimePerMonth, f.overtimePremium]);
    }
    const kpis = readNamedRange(spec, NAMES.kpis);
    expect(kpis.map((r) => r[0])).toEqual(KPI_DEFS.map((d) => d.name));
    for (const r of kpis) {
      expect(["Process health", "Plan quality", "Business impact"]).toContain(r[1]);
      expect(["On target", "Watch", "Off target", "n/a"]).toContain(r[4]);
      expect(["%", "x", "currency", "ratio"]).toContain(r[6]);
    }
    const capacity = readNamedRange(spec, NAMES.capacity);
    expect(capacity[0].every((v) => v === f0.capacityPerMonth)).toBe(true);
    // Revenue = consensus demand x price, cell by cell (hand rule, no formula engine).
    const demand = readNamedRange(spec, NAMES.demand);
    const revenue = readNamedRange(spec, NAMES.revenue);
    data.config.families.forEach((f, i) => demand[i].forEach((d, j) => expect(revenue[i][j]).toBeCloseTo((d as number) * f.price, 6)));
    const actions = readNamedRange(spec, NAMES.actions);
    expect(actions.slice(0, data.actions.length).map((r) => r[0])).toEqual(data.actions.map((a) => a.decision));
  });

  it("ranks gaps by value at stake, largest first, with ranks 1..n", () => {
    const gaps = readNamedRange(spec, NAMES.gaps).filter((r) => r[0] !== null);
    gaps.forEach((r, i) => expect(r[0]).toBe(i + 1));
    for (let i = 1; i < gaps.length; i++) expect(Math.floor(gaps[i - 1][5] as number)).toBeGreaterThanOrEqual(Math.floor(gaps[i][5] as number));
    for (const r of gaps) expect(r[5] as number).toBeGreaterThan(0);
  });
});

describe("readNamedRange", () => {
  it("returns [] for a name the workbook does not have", () => {
    expect(readNamedRange(buildWorkbook(sampleCycle()), "SOP_Nothing")).toEqual([]);
  });
});
