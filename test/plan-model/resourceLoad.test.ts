/**
 * Rough-cut capacity in the core: load vs capacity by resource on the two-resource example
 * worked out by hand in twoResources.ts, the overloads as gap candidates, and nothing for a
 * cycle without resources.
 */
import { computePlan } from "../../src/core/plan-model/plan";
import { GAP_TYPES } from "../../src/core/plan-model/gaps";
import { worstOverloads } from "../../src/core/plan-model/capacity";
import { resolveInputs } from "../../src/layout/inputs";
import { twoResourceCycle } from "./twoResources";
import { twoFamilyCycle } from "./twoFamilies";

describe("load vs capacity by resource", () => {
  const data = twoResourceCycle();
  const plan = computePlan(resolveInputs(data, new Map()), { forecast: false });

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
});
