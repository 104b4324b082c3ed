/**
 * The response options' inputs, by hand: re-planning within the scenario's capacity, a resource
 * with a missing capacity as no limit, the margin order, overtime's two inputs and the notes on
 * the options left out.
 */
import {
  familyOvertime,
  marginCanDiffer,
  offeredOptions,
  replan,
  scenarioDemand,
  type ReplanPlan,
} from "../../src/deck/options";

const one: ReplanPlan = {
  families: [{ price: 10, unitCost: 6, openingInventory: 0 }],
  demand: [[100]],
  supply: [[80]],
  capacity: [[80]],
};

describe("re-planning under a scenario", () => {
  it("proposes within the family's capacity x the capacity multiplier, every month proposed when no month is typed", () => {
    // Capacity 80 x 0.5 = 40 < demand 100: the proposal makes 40 (not the plan's 80).
    expect(replan(one, 1, 0.5, false)).toEqual([[40]]);
  });

  it("takes a resource without a capacity (blank) as no limit, and reads no target inventory row as 0", () => {
    // 1 hour a unit, capacity unknown: the family's own capacity (80) binds, not 0 hours.
    const plan: ReplanPlan = { ...one, resources: [{ hours: [1], capacity: [null] }], targetInventory: [], inventoryTarget: "safety stock" };
    expect(replan(plan, 1, 1, false)).toEqual([[80]]);
  });

  it("makes at least the family's minimum run in a month it makes anything", () => {
    // Demand 10 within capacity 100, minimum run 30: the month makes 30.
    const plan: ReplanPlan = { ...one, families: [{ price: 10, unitCost: 6, openingInventory: 0, minimumRun: 30 }], demand: [[10]], capacity: [[100]] };
    expect(replan(plan, 1, 1, false)).toEqual([[30]]);
  });

  it("re-proposes the plan's proposed months under the scenario and keeps its typed months", () => {
    // 2026-03 proposed (80 in the plan), 2026-04 typed (50). Capacity 80 x 0.5 = 40 < demand 100:
    // the proposed month makes 40 (not the plan's 80); the typed month keeps 50.
    const plan: ReplanPlan = { ...one, demand: [[100, 100]], supply: [[80, 50]], capacity: [[80, 80]], proposed: [[80, null]] };
    expect(replan(plan, 1, 0.5, false)).toEqual([[40, 50]]);
  });

  it("proposes nothing for a plan without families", () => {
    expect(replan({ families: [], demand: [], supply: [], capacity: [] }, 1, 1, false)).toEqual([]);
  });
});

describe("a scenario's demand", () => {
  it("is the plan's demand x the multiplier, never below 0, worked out once per grid and multiplier", () => {
    const demand = [
      [100, -20],
      [0, 50],
    ];
    const up = scenarioDemand(demand, 1.1);
    expect(up).toEqual([
      [110.00000000000001, 0],
      [0, 55.00000000000001],
    ]);
    // Every option of the scenario reads the same grid; another multiplier or grid gets its own.
    expect(scenarioDemand(demand, 1.1)).toBe(up);
    expect(scenarioDemand(demand, 0.9)).not.toBe(up);
    expect(scenarioDemand(demand.map((r) => [...r]), 1.1)).not.toBe(up);
    expect(demand).toEqual([
      [100, -20],
      [0, 50],
    ]);
  });
});

describe("when allocating by margin can differ", () => {
  // One line of 100 hours a month, 1 hour a unit; demand 80 + 80 + 80 = 240 hours: short.
  // Margin per hour: A 10 - 9 = 1, B 6 - 1 = 5, C 2 - 1.5 = 0.5: margin order B, A, C.
  // (By price + cost it would be A 19, B 7, C 3.5: Families order.)
  const plan: ReplanPlan = {
    families: [
      { price: 10, unitCost: 9, openingInventory: 0 },
      { price: 6, unitCost: 1, openingInventory: 0 },
      { price: 2, unitCost: 1.5, openingInventory: 0 },
    ],
    demand: [[80], [80], [80]],
    supply: [[80], [20], [0]],
    capacity: [[100], [100], [100]],
    resources: [{ hours: [1, 1, 1], capacity: [100] }],
  };

  it("can differ where a shared resource is short and margin order is not Families order", () => {
    expect(marginCanDiffer(plan, [{ demandMultiplier: 1, capacityMultiplier: 1 }])).toBe(true);
  });

  it("cannot differ without resources", () => {
    expect(marginCanDiffer({ ...plan, resources: undefined }, [{ demandMultiplier: 1, capacityMultiplier: 1 }])).toBe(false);
  });
});

describe("overtime's inputs", () => {
  it("needs both, capacity above 0 and a premium of at least 0", () => {
    expect(familyOvertime({ overtimePerMonth: 10, overtimePremium: 2 })).toEqual({ perMonth: 10, premium: 2 });
    expect(familyOvertime({ overtimePerMonth: 10, overtimePremium: 0 })).toEqual({ perMonth: 10, premium: 0 });
    expect(
      [
        {},
        { overtimePremium: 2 },
        { overtimePerMonth: 10 },
        { overtimePerMonth: 0, overtimePremium: 2 },
        { overtimePerMonth: -5, overtimePremium: 2 },
        { overtimePerMonth: 10, overtimePremium: -1 },
        { overtimePerMonth: Number.NaN, overtimePremium: 2 },
        { overtimePerMonth: 10, overtimePremium: Number.NaN },
      ].map(familyOvertime),
    ).toEqual([null, null, null, null, null, null, null, null]);
  });

  it("offers overtime without a note when every family gives its inputs", () => {
    const both = { overtimePerMonth: 10, overtimePremium: 2 };
    const r = offeredOptions([both, both]);
    expect(r.offered.map((o) => o.policy)).toEqual(["asIs", "buildAhead", "overtime"]);
    expect(r.notes).toEqual([]);
  });
});
