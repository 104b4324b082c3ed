/**
 * Scaffolding the next cycle: the old consensus becomes the "previous cycle consensus" and the
 * old KPI values the KPIs' "previous" values; demand volatility then measures the forecast
 * change between the two cycles, and a real formula engine agrees with the cached values.
 */
import { sampleCycle } from "../../src/data/sample";
import { CycleData } from "../../src/core/model";
import { keys } from "../../src/layout/keys";
import { readNamedRange } from "../../src/layout/lookup";
import { rebuildWorkbook } from "../../src/layout/rebuild";
import { buildWorkbook } from "../../src/layout/workbook";
import { keyedCells, valuesOf } from "./support/spec";
import { computePlan } from "../../src/core/plan-model/plan";
import { cycleMonths } from "../../src/core/plan-model/months";
import { resolveInputs } from "../../src/layout/inputs";
import { loadEngine, mismatches } from "./support/engine";

const VOLATILITY_ROW = 9; // the tenth KPI, in the seed article's order

describe("scaffolding the next cycle", () => {
  const data = sampleCycle(); // cycle 2026-03, 18 plan months 2026-03..2027-08
  const first = buildWorkbook(data);
  const next: CycleData = { ...data, config: { ...data.config, cycleMonth: "2026-04" } };
  const rebuilt = rebuildWorkbook(valuesOf(first), next);
  const cells = keyedCells(rebuilt);
  const oldMonths = readNamedRange(first, "SOP_Months")[0] as string[];
  const oldFamilies = readNamedRange(first, "SOP_Families").map((r) => r[0] as string);
  const oldDemand = readNamedRange(first, "SOP_Demand") as number[][];

  it("keeps last cycle's consensus as the previous consensus, for the months both plans cover and the month that became history", () => {
    oldFamilies.forEach((fam, f) => {
      oldMonths.forEach((m, j) => {
        const cell = cells.get(keys.previousConsensus(fam, m));
        // every old plan month: the months both plans cover, and 2026-03, now history (archived)
        expect([fam, m, cell?.value]).toEqual([fam, m, oldDemand[f][j]]);
      });
      // 2027-09 is new to the horizon (2026-04 + 17 months): no previous forecast for it
      expect(cells.get(keys.previousConsensus(fam, "2027-09"))?.value ?? null).toBeNull();
    });
  });

  it("measures the history with the archived consensus where there is one, else the lag-1 baseline", () => {
    const f0 = oldFamilies[0];
    const months = cycleMonths("2026-04", 24, 18).history;
    const inputs = resolveInputs(next, new Map([[keys.previousConsensus(f0, "2026-02"), 1234]]));
    const plan = computePlan(inputs);
    const j = months.indexOf("2026-02");
    expect(plan.families[0].demand.consensusHistory[j]).toBe(1234);
    expect(plan.families[0].demand.consensusHistory[j - 1]).toBe(plan.families[0].demand.baseline.history[j - 1]);
  });

  it("moves last cycle's KPI values into the Previous column", () => {
    const oldKpis = readNamedRange(first, "SOP_KPIs");
    expect(cells.get(keys.kpi("previous", "OTIF"))?.value).toBe(oldKpis[5][2]);
    expect(cells.get(keys.kpi("previous", "ACCURACY"))?.value).toBe(oldKpis[0][2]);
  });

  it("measures demand volatility as the change between the two cycles' forecasts", () => {
    // sum |F_now - F_prev| / sum F_prev over the families and the 17 months both plans cover
    const now = readNamedRange(rebuilt, "SOP_Demand") as number[][];
    const months = readNamedRange(rebuilt, "SOP_Months")[0] as string[];
    let change = 0;
    let base = 0;
    oldFamilies.forEach((_fam, f) => {
      months.forEach((m, j) => {
        const k = oldMonths.indexOf(m);
        if (k < 0) return;
        change += Math.abs(now[f][j] - oldDemand[f][k]);
        base += Math.abs(oldDemand[f][k]);
      });
    });
    const kpis = readNamedRange(rebuilt, "SOP_KPIs");
    expect(kpis[VOLATILITY_ROW][0]).toBe("Demand volatility");
    expect(kpis[VOLATILITY_ROW][2] as number).toBeCloseTo(change / base, 12);
  });

  it("computes every formula of the next cycle's workbook to its cached value under a real engine", () => {
    const engine = loadEngine(rebuilt);
    try {
      expect(mismatches(rebuilt, engine)).toEqual([]);
    } finally {
      engine.destroy();
    }
  });

  it("does not carry anything forward when the cycle month stays the same", () => {
    const key = keys.previousConsensus(oldFamilies[0], "2026-05");
    const same = keyedCells(rebuildWorkbook(valuesOf(first), data));
    expect(same.get(key)?.value).toBe(keyedCells(first).get(key)?.value);
    expect(same.get(key)?.value).not.toBe(oldDemand[0][2]);
  });
});

describe("forecast value added of the consensus", () => {
  it("is the baseline's WAPE minus the consensus's WAPE over the history months", () => {
    // Cycle 2026-04 whose newest history month 2026-03 has actual sales and an archived consensus
    // equal to them (a perfect plan), while every other history month's consensus is the baseline:
    // FVA = (sum|A - B| - sum|A - C|) / sum|A| = sum over families of |A - B| in 2026-03 / sum|A|.
    const base = sampleCycle();
    const months = cycleMonths("2026-04", 24, 18).history;
    const actuals = [
      ...base.actuals,
      ...base.config.families.map((f, i) => ({ family: f.name, month: "2026-03", quantity: 1000 + 100 * i })),
    ];
    const data: CycleData = {
      ...base,
      config: { ...base.config, cycleMonth: "2026-04" },
      actuals,
      previousConsensus: base.config.families.map((f, i) => ({ family: f.name, month: "2026-03", quantity: 1000 + 100 * i })),
    };
    const plan = computePlan(resolveInputs(data, new Map()));
    let sumA = 0;
    let gain = 0;
    plan.families.forEach((fp) => {
      months.forEach((_m, j) => {
        const a = fp.demand.actual[j];
        const b = fp.demand.baseline.history[j];
        if (a === null || b === null) return;
        sumA += Math.abs(a);
        if (j === months.length - 1) gain += Math.abs(a - b);
      });
    });
    const spec = buildWorkbook(data);
    const kpis = spec.sheets.find((s) => s.name === "KPIs")!;
    const row = kpis.cells.find((r) => r[2]?.formula?.startsWith("=SOP.FVA("))!;
    expect(row[2]!.value as number).toBeCloseTo(gain / sumA, 12);
    expect(gain).toBeGreaterThan(0);
  });
});
