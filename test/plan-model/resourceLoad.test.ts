/**
 * Rough-cut capacity in the core: load vs capacity by resource on the two-resource example
 * worked out by hand in twoResources.ts, the overloads as gap candidates, and nothing for a
 * cycle without resources.
 */
import { PlanModel, computePlan } from "../../src/core/plan-model/plan";
import { GAP_TYPES } from "../../src/core/plan-model/gaps";
import { worstOverloads } from "../../src/core/plan-model/capacity";
import { resolveInputs } from "../../src/layout/inputs";
import { twoResourceCycle } from "./twoResources";
import { twoFamilyCycle } from "./twoFamilies";
import { CycleData } from "../../src/core/model";

describe("load vs capacity by resource", () => {
  // Computed in each test (not at load), so that mutation testing's per-test coverage sees it.
  let plan: PlanModel;
  beforeEach(() => {
    plan = computePlan(resolveInputs(twoResourceCycle(), new Map()), { forecast: false });
  });

  it("loads each resource with supply x hours per unit, against its capacity of the month (hand calculation)", () => {
    const [line, assembly] = plan.resources;
    expect(line.name).toBe("Line 1");
    expect(line.hoursPerUnit).toEqual([2, 1]);
    expect(line.capacity).toEqual([400, 300, 400]);
    expect(line.load).toEqual([250, 440, 220]);
    expect(line.overload).toEqual([0, 140, 0]);
    expect(line.utilization[0]).toBeCloseTo(0.625, 12);
    expect(line.utilization[1]).toBeCloseTo(440 / 300, 12);
    expect(line.value[1]).toBeCloseTo(2800, 9);
    expect([line.value[0], line.value[2]]).toEqual([0, 0]);
    expect(assembly.name).toBe("Assembly team");
    expect(assembly.hoursPerUnit).toEqual([0, 0.5]);
    expect(assembly.load).toEqual([25, 100, 30]);
    expect(assembly.overload).toEqual([0, 10, 0]);
    expect(assembly.value[1]).toBeCloseTo(400, 9);
  });

  it("puts every resource-month on the gap candidate list, valued at the production cost beyond capacity", () => {
    const overloads = plan.candidates.filter((c) => c.type === GAP_TYPES.resourceOverload && c.value > 0);
    expect(overloads.map((c) => [c.family, c.month, c.units, Math.round(c.value)])).toEqual([
      ["Line 1", "2026-05", 140, 2800],
      ["Assembly team", "2026-05", 10, 400],
    ]);
    const ranked = plan.ranked.filter((r) => r.rank !== null && r.candidate.type === GAP_TYPES.resourceOverload);
    expect(ranked.map((r) => r.candidate.family)).toEqual(["Line 1", "Assembly team"]);
  });

  it("ranks the worst overloads by their share of capacity", () => {
    const worst = worstOverloads(plan.resources, ["2026-04", "2026-05", "2026-06"], 5);
    expect(worst.map((w) => [w.resource, w.month, w.overload])).toEqual([
      ["Line 1", "2026-05", 140],
      ["Assembly team", "2026-05", 10],
    ]);
  });

  it("adds nothing to a cycle without resources", () => {
    const plain = computePlan(resolveInputs(twoFamilyCycle(80), new Map()), { forecast: false });
    expect(plain.resources).toEqual([]);
    expect(plain.candidates.some((c) => c.type === GAP_TYPES.resourceOverload)).toBe(false);
  });

  it("matches routings without regard to case and adds up a family's rates on one resource (SUMIFS)", () => {
    const d = twoResourceCycle();
    const routed = {
      ...d,
      routings: [...(d.routings ?? []), { family: "pumps", resource: "LINE 1", hoursPerUnit: 0.5 }],
    };
    const p = computePlan(resolveInputs(routed, new Map()), { forecast: false });
    expect(p.resources[0].hoursPerUnit).toEqual([2.5, 1]);
    expect(p.resources[0].load[0]).toBe(100 * 2.5 + 50);
  });

  describe("the proposal within the resources' capacity", () => {
    // Two families on one line of 300 hours a month, opening inventory 0, target days 0, family
    // capacities (1,000) never binding. A takes 2 h/unit, B 1 h/unit; demand A 100, 100 and
    // B 50, 150. Families order: A is proposed first, 100 and 100 (200 h), leaving 100 h a month,
    // so B may make at most 100 a month: its 150 in the second month is met by 100 then and 50
    // built ahead in the first month (50 + 50 = 100). Load 300 and 300: no overload. Without the
    // routings B would be proposed 50, 150 and load the line 350 h in the second month.
    const cycle = (routed: boolean): CycleData => {
      const fam = { unit: "units", price: 10, unitCost: 5, openingInventory: 0, capacityPerMonth: 1000, targetDaysOfSupply: 0 };
      return {
        config: {
          company: "Line Co",
          cycleMonth: "2026-04",
          historyMonths: 3,
          horizonMonths: 2,
          businessType: "manufacturing",
          families: [
            { name: "A", ...fam },
            { name: "B", ...fam },
          ],
          targets: { revenuePerMonth: 0, grossMarginPct: 0, inventoryValueCeiling: 1e9 },
        },
        actuals: [],
        overrides: [
          { family: "A", month: "2026-04", quantity: 100 },
          { family: "A", month: "2026-05", quantity: 100 },
          { family: "B", month: "2026-04", quantity: 50 },
          { family: "B", month: "2026-05", quantity: 150 },
        ],
        pipeline: [],
        orders: [],
        actions: [],
        resources: [{ name: "Line", capacityPerMonth: 300 }],
        routings: routed
          ? [
              { family: "A", resource: "Line", hoursPerUnit: 2 },
              { family: "B", resource: "Line", hoursPerUnit: 1 },
            ]
          : [],
      };
    };

    it("proposes each family within the hours the families before it leave, building ahead where the line has spare hours", () => {
      const p = computePlan(resolveInputs(cycle(true), new Map()), { forecast: false });
      expect(p.families.map((f) => f.supply.proposed)).toEqual([
        [100, 100],
        [100, 100],
      ]);
      expect(p.resources[0].load).toEqual([300, 300]);
      expect(p.resources[0].overload).toEqual([0, 0]);
      expect(p.families[1].supply.late).toEqual([0, 0]);
    });

    it("leaves the proposal as the families' own capacity makes it when no routing loads the resource", () => {
      const p = computePlan(resolveInputs(cycle(false), new Map()), { forecast: false });
      expect(p.families.map((f) => f.supply.proposed)).toEqual([
        [100, 100],
        [50, 150],
      ]);
    });
  });
});
