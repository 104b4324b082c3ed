import { isSopError } from "../../src/core/errors";
import { actionsView } from "../../src/deck/actions";
import { deckInputFromNames, type DeckInput } from "../../src/deck/input";
import { kpiSnapshot, statusFromTarget, statusFromText, statusVsTarget, type KpiLine } from "../../src/deck/kpis";
import { rankGaps, riskView } from "../../src/deck/risks";
import { planSummaries, type PlanSummaries } from "../../src/deck/summaries";
import { fixtureNames, reader } from "./fixture";

function input(): DeckInput {
  const r = deckInputFromNames(reader(fixtureNames()));
  if (isSopError(r)) throw new Error(r.message);
  return r;
}

describe("plan summaries (hand-checked against the fixture's table)", () => {
  // Near = the next 2 months here, so near and horizon differ.
  let s: PlanSummaries;
  beforeEach(() => {
    s = planSummaries(input(), 2);
  });

  it("sums demand by family and in total for the next months and the horizon", () => {
    expect(s.nearMonths).toEqual(["2026-03", "2026-04"]);
    // Widgets 100+120 = 220 near, +90 = 310 horizon, 310/3 = 103.33 a month.
    expect(s.demand[0]).toMatchObject({ family: "Widgets", nearMonths: [100, 120], near: 220, horizon: 310 });
    expect(s.demand[0].averagePerMonth).toBeCloseTo(103.3333, 4);
    // Gadgets 30+40 = 70, +50 = 120, 40 a month.
    expect(s.demand[1]).toMatchObject({ near: 70, horizon: 120, averagePerMonth: 40 });
    // Total: months 130, 160; near 290; horizon 430.
    expect(s.demandTotal).toMatchObject({ nearMonths: [130, 160], near: 290, horizon: 430 });
  });

  it("sums supply, capacity, late and lost demand, with utilisation = supply / capacity", () => {
    // Widgets: supply 90+100 = 190 near, 290 horizon; capacity 300; 290/300; month 2's 10 are late, none lost.
    expect(s.supply[0]).toMatchObject({ supplyNear: 190, supplyHorizon: 290, capacityHorizon: 300, lateNear: 10, lateHorizon: 10, lostHorizon: 0, lostValue: 0, endingInventory: 0, minInventory: -10 });
    expect(s.supply[0].utilisation).toBeCloseTo(290 / 300, 10);
    // Gadgets: 70 near, 110 horizon, capacity 120; ends 10 short: 10 lost (x price 50 = 500), none late.
    expect(s.supply[1]).toMatchObject({ supplyNear: 70, supplyHorizon: 110, capacityHorizon: 120, lateNear: 0, lateHorizon: 0, lostHorizon: 10, lostValue: 500, endingInventory: -10 });
    // Total: 400 / 420; inventory by month 10, -10, -10 -> lowest -10.
    expect(s.supplyTotal).toMatchObject({ supplyNear: 260, supplyHorizon: 400, capacityHorizon: 420, lateNear: 10, lateHorizon: 10, lostHorizon: 10, lostValue: 500, endingInventory: -10, minInventory: -10 });
    expect(s.supplyTotal.utilisation).toBeCloseTo(400 / 420, 10);
  });

  it("sums revenue, COGS and margin, with margin % = margin / revenue, and targets x months", () => {
    expect(s.financial[0]).toMatchObject({ revenueNear: 2200, revenueHorizon: 3100, cogsHorizon: 1860, marginHorizon: 1240, marginPct: 0.4 });
    expect(s.financial[1]).toMatchObject({ revenueNear: 3500, revenueHorizon: 6000, cogsHorizon: 3600, marginHorizon: 2400, marginPct: 0.4 });
    expect(s.financialTotal).toMatchObject({ revenueNear: 5700, revenueHorizon: 9100, cogsHorizon: 5460, marginHorizon: 3640, endingInventoryValue: 0 });
    expect(s.financialTotal.marginPct).toBeCloseTo(0.4, 12);
    // Revenue target 3,000 a month: 6,000 for 2 months, 9,000 for 3.
    expect(s.revenueTargetNear).toBe(6000);
    expect(s.revenueTargetHorizon).toBe(9000);
    // Inventory value by month, all families: 60, 0, 0.
    expect(s.peakInventoryValue).toBe(60);
    expect(s.peakInventoryMonth).toBe("2026-03");
  });

  it("uses the whole horizon when asked for more near months than there are", () => {
    expect(planSummaries(input(), 12).demandTotal.near).toBe(430);
  });
});

describe("risk and issue view", () => {
  it("ranks gaps by value at stake, ties by month then family, and re-numbers them", () => {
    const ranked = rankGaps(input().gaps);
    expect(ranked.map((g) => [g.rank, g.family, g.month, g.valueAtStake])).toEqual([
      [1, "Gadgets", "2026-05", 500],
      [2, "Widgets", "2026-05", 500],
      [3, "Gadgets", "2026-04", 150],
      [4, "Widgets", "2026-04", 100],
    ]);
  });

  it("keeps the n largest and totals all of them", () => {
    const v = riskView(input().gaps, 2);
    expect(v.top).toHaveLength(2);
    expect(v.count).toBe(4);
    expect(v.totalValueAtStake).toBe(500 + 500 + 150 + 100);
  });
});

describe("KPI snapshot", () => {
  let lines: KpiLine[];
  beforeEach(() => {
    lines = kpiSnapshot(input().kpis);
  });
  const byName = (n: string) => lines.find((l) => l.name === n)!;

  it("computes month-on-month change as value minus previous", () => {
    expect(byName("Forecast accuracy").change).toBeCloseTo(0.02, 12);
    expect(byName("Inventory turns").change).toBeCloseTo(0.2, 12);
    expect(byName("Working capital").change).toBe(10000);
    expect(byName("Plan adherence").change).toBeNull();
    expect(byName("OTIF").change).toBeNull();
  });

  it("takes the workbook's status text when there is one", () => {
    expect(byName("Forecast accuracy").statusStyle).toBe("watch");
    expect(byName("Forecast bias").statusStyle).toBe("bad");
    expect(byName("Customer service level").statusStyle).toBe("good");
    expect(byName("OTIF").statusStyle).toBeNull();
  });

  it("derives status from value and target otherwise, by each KPI's declared rule and band", () => {
    expect(byName("Demand volatility").statusStyle).toBe("good"); // lower is better: 0.12 <= 0.15
    expect(byName("Plan adherence").statusStyle).toBe("good"); // close to target, band 0.05: |0.93 - 0.95| = 0.02
    expect(byName("Inventory turns").statusStyle).toBe("watch"); // higher, band 1: 5.2 >= 6 - 1
    expect(byName("Working capital").statusStyle).toBe("bad"); // lower, band 0: 120,000 > 100,000
    expect(byName("Schedule adherence").statusStyle).toBe("good"); // higher: exactly on target
  });

  it("reads close-to-target KPIs both ways: 110 % capacity utilization is not good", () => {
    // Capacity utilization: target 0.85, band 0.1; |1.10 - 0.85| = 0.25 > 2 x 0.1 -> off target.
    expect(statusFromTarget("Capacity utilization", 1.1, 0.85)).toBe("bad");
    // |0.99 - 0.85| = 0.14: beyond the band, within twice the band -> watch.
    expect(statusFromTarget("Capacity utilization", 0.99, 0.85)).toBe("watch");
    expect(statusFromTarget("Capacity utilization", 0.8, 0.85)).toBe("good");
    // Plan adherence: target 1, band 0.05; 1.12 is 0.12 away, more than twice the band.
    expect(statusFromTarget("Plan adherence", 1.12, 1)).toBe("bad");
  });

  it("gives no status without a value or without a target", () => {
    // Working capital is lower-is-better with band 0: a missing value is not "0, on target", a
    // missing target not "0, off target".
    expect(statusFromTarget("Working capital", null, 100000)).toBeNull();
    expect(statusFromTarget("Working capital", 100000, null)).toBeNull();
    expect(statusFromTarget("Inventory turns", null, 6)).toBeNull();
  });

  it("derives the status only when the status text says nothing recognisable, and then from value and target", () => {
    const base = { category: "c", unit: "currency", previous: null };
    const [text, derived] = kpiSnapshot([
      // The text says on target although 120,000 > 100,000 would be off target: the text wins.
      { ...base, name: "Working capital", value: 120000, target: 100000, status: "On target" },
      // No status text: lower is better, band 0, 120,000 > 100,000 -> off target.
      { ...base, name: "Working capital", value: 120000, target: 100000, status: "" },
    ]);
    expect(text.statusStyle).toBe("good");
    expect(derived.statusStyle).toBe("bad");
  });

  it("gives no status to a KPI it has no declaration for, instead of guessing from the label", () => {
    expect(statusFromTarget("Customer churn", 0.5, 0.1)).toBeNull();
  });

  it("reads common status words", () => {
    expect(statusFromText("Off target")).toBe("bad");
    expect(statusFromText("Not on target")).toBe("bad");
    expect(statusFromText("On target")).toBe("good");
    expect(statusFromText("At risk")).toBe("watch");
    expect(statusFromText("Not measured")).toBeNull();
    expect(statusVsTarget(-0.03, 0.05, "zero")).toBe("good");
    expect(statusVsTarget(-0.08, 0.05, "zero")).toBe("bad");
  });
});

describe("status against a target and the snapshot's lines (hand-computed, WATCH_BAND = 5 %)", () => {
  it("is good on or past the target, watch when missed by at most 5 % of it, else bad", () => {
    // Higher is better, target 100: band 5.
    expect(statusVsTarget(100, 100, "higher")).toBe("good");
    expect(statusVsTarget(101, 100, "higher")).toBe("good");
    expect(statusVsTarget(95, 100, "higher")).toBe("watch"); // short by 5 = band
    expect(statusVsTarget(94.9, 100, "higher")).toBe("bad");
    // Lower is better, target 100.
    expect(statusVsTarget(99, 100, "lower")).toBe("good");
    expect(statusVsTarget(105, 100, "lower")).toBe("watch");
    expect(statusVsTarget(105.1, 100, "lower")).toBe("bad");
    // Towards zero, target -10: distances 10, band 0.5.
    expect(statusVsTarget(10.5, -10, "zero")).toBe("watch");
    expect(statusVsTarget(-10.6, -10, "zero")).toBe("bad");
    // Only "zero" compares sizes: lower is better, target -5 (band 0.25): -6 is under it (good),
    // although |-6| = 6 is over |-5|; -4.5 is 0.5 over it (bad).
    expect(statusVsTarget(-6, -5, "lower")).toBe("good");
    expect(statusVsTarget(-4.5, -5, "lower")).toBe("bad");
    // Higher is better, target -10 (band 0.5): 5 is past it (good), although |-10| = 10 > 5.
    expect(statusVsTarget(5, -10, "higher")).toBe("good");
    expect(statusVsTarget(null, 100, "higher")).toBeNull();
    expect(statusVsTarget(100, null, "higher")).toBeNull();
  });

  it("gives each line its declared period, its missing input when it shows no data, and no change without a value", () => {
    const base = { category: "c", target: 0, status: "", unit: "currency" };
    const [wc, turns, unknown, filled] = kpiSnapshot([
      { ...base, name: "Working capital", value: null, previous: 5, noData: true },
      { ...base, name: "Inventory turns", value: 4, previous: null },
      { ...base, name: "Customer churn", value: null, previous: null, noData: true },
      { ...base, name: "Working capital", value: 10, previous: 4, status: "Off target", noData: false },
    ]);
    expect(wc.change).toBeNull();
    expect(wc.period).toBe("the first plan month (a point in time)");
    expect(wc.missing).toBe(
      "type Trade receivables and Trade payables on the KPIs sheet (or receivables and payables in settings.csv)",
    );
    expect(turns.change).toBeNull();
    expect(turns.missing).toBeNull();
    expect(turns.period).toBe("next 12 plan months (or the horizon), annualised");
    expect(unknown.period).toBe("");
    expect(unknown.missing).toBe("an input it needs is blank");
    expect(unknown.statusStyle).toBeNull();
    // 10 - 4 = 6; the status text wins over value vs target.
    expect(filled.change).toBe(6);
    expect(filled.missing).toBeNull();
    expect(filled.statusStyle).toBe("bad");
  });
});

describe("final decisions and owners", () => {
  it("lists open items first by due date (undated last), then closed ones, and flags overdue", () => {
    const v = actionsView(input().actions, "2026-03");
    expect(v.lines.map((l) => l.decision)).toEqual(["Review pricing", "Add weekend shift", "Hire planner", "Approve capex", "Clean master data"]);
    expect(v.lines.map((l) => l.overdue)).toEqual([true, false, false, false, false]);
    expect(v.openCount).toBe(3);
    expect(v.closedCount).toBe(2);
    expect(v.closure).toBeCloseTo(0.4, 12);
  });

  it("has no closure rate for an empty log", () => {
    expect(actionsView([], "2026-03").closure).toBeNull();
  });
});
