/**
 * Close the gap to budget (src/core/plan-model/closeTheGap.ts) at each of its edges: the price
 * when the plan has no units, a gap that rounds to 0, a price of 0, units that exactly fit the
 * spare capacity, and spare capacity counted only in budget months and never below 0.
 */
import { closeTheGap } from "../../src/core/plan-model/closeTheGap";

const line = (planUnits: number, planRevenue: number, revenueVsBudget: number) => ({
  planUnits,
  planRevenue,
  revenueVsBudget,
});

describe("closeTheGap", () => {
  it("prices the units at plan revenue / plan units, and says yes when they exactly fit the spare capacity", () => {
    // Price 400 / 40 = 10; short 50 -> 5 units; spare (10 - 5) + (10 - 10) = 5: yes.
    expect(closeTheGap(line(40, 400, -50), 99, [10, 10], [5, 10], [true, true])).toEqual({
      gap: -50,
      price: 10,
      units: 5,
      spare: 5,
      allows: "yes",
    });
  });

  it("takes the Families price when the plan has no units, and says partly when some spare capacity is left", () => {
    // Price 20; short 100 -> 5 units; spare 2 + 0 = 2 < 5: partly.
    expect(closeTheGap(line(0, 0, -100), 20, [10, 10], [8, 10], [true, true])).toEqual({
      gap: -100,
      price: 20,
      units: 5,
      spare: 2,
      allows: "partly",
    });
  });

  it("counts spare capacity only in budget months, and a month over capacity as 0", () => {
    // Month 0 over capacity (12 > 10): 0; month 1: 6; month 2 is not a budget month. Short 30 at 10: 3 units.
    expect(closeTheGap(line(10, 100, -30), 10, [10, 10, 10], [12, 4, 0], [true, true, false])).toMatchObject({
      spare: 6,
      units: 3,
      allows: "yes",
    });
  });

  it("says no at a price of 0, whatever the spare capacity", () => {
    expect(closeTheGap(line(10, 0, -30), 10, [10], [0], [true])).toEqual({
      gap: -30,
      price: 0,
      units: 0,
      spare: 10,
      allows: "no",
    });
  });

  it("says no gap when the plan is not short, or short by less than ROUND(x, 6) sees", () => {
    expect(closeTheGap(line(10, 100, 25), 10, [10], [0], [true])).toMatchObject({ units: 0, allows: "no gap" });
    expect(closeTheGap(line(10, 100, 0), 10, [10], [0], [true])).toMatchObject({ units: 0, allows: "no gap" });
    expect(closeTheGap(line(10, 100, -1e-9), 10, [10], [0], [true])).toMatchObject({ units: 0, allows: "no gap" });
  });

  it("says no budget without a budget month, before anything else", () => {
    expect(closeTheGap(line(10, 100, -30), 10, [10], [0], [false]).allows).toBe("no budget");
    expect(closeTheGap(line(10, 100, 30), 10, [10], [0], []).allows).toBe("no budget");
  });
});
