import { loadOf, marginOrder, proposeInOrder, rateAllocator } from "../../src/core/plan-model/capacity";

describe("marginOrder: who takes a scarce resource's hours first", () => {
  // Three families on one line of 100 hours: margins 4, 1, 20; hours per unit 1, 0 (not routed), 2.
  // Margin per hour of the line: 4, (none: it takes no hours), 10.
  const rates = [{ hours: [1, 0, 2], capacity: [100] }];

  it("ranks by gross margin per hour of the binding resource, families that do not load it first", () => {
    // Load 60 x 1 + 40 x 2 = 140 > 100: the line binds -> Gamma (10 / h), then Alpha (4 / h), Beta first.
    expect(loadOf(rates, [[60], [500], [40]])).toEqual([[140]]);
    expect(marginOrder(rates, [[140]], [4, 1, 20])).toEqual([1, 2, 0]);
  });

  it("keeps Families order when no resource is overloaded", () => {
    expect(marginOrder(rates, [[100]], [4, 1, 20])).toEqual([0, 1, 2]);
  });

  it("takes the resource with the most hours above capacity over the horizon as the binding one", () => {
    // Line A: 10 hours over in month 1; line B: 5 + 10 = 15 over -> B binds. On B, family 0 takes
    // 1 hour a unit (margin 4 / h), family 1 4 hours (margin 20 / 4 = 5 / h): family 1 first.
    const two = [
      { hours: [2, 1], capacity: [100, 100] },
      { hours: [1, 4], capacity: [100, 100] },
    ];
    expect(marginOrder(two, [[110, 90], [105, 110]], [4, 20])).toEqual([1, 0]);
  });

  it("proposeInOrder books each family's plan before the next one is limited", () => {
    const alloc = rateAllocator([{ hours: [1, 2], capacity: [100] }], 1);
    // Family 1 first wants 40 (80 h): limit 50, takes 40; family 0 then has 20 hours: limit 20.
    const limits: number[][] = [];
    const plans = proposeInOrder([1, 0], alloc, (f, limit) => {
      limits[f] = limit;
      return { supply: [Math.min([60, 40][f], limit[0])] };
    });
    expect(limits).toEqual([[20], [50]]);
    expect(plans.map((p) => p.supply)).toEqual([[20], [40]]);
  });
});
