/**
 * The Supply sheet's rows of one family on their own (src/core/plan-model/supply.ts): the
 * days-of-supply window, the target inventory both ways, late and lost demand, the resources'
 * limit on the proposal, and the safety stock from the history or the archive. Every expected
 * number is worked out in the comments; z(95 %) = 1.6448536269514722 is R's qnorm(0.95).
 */
import {
  NO_POLICY,
  SupplyOptions,
  dosWindow,
  familySafetyStock,
  familySupply,
  lateAndLost,
  proposeWithin,
  targetInventoryRow,
} from "../../src/core/plan-model/supply";
import { FamilyConfig } from "../../src/core/model";

const DPM = 30.4375;
const Z95 = 1.6448536269514722;

describe("dosWindow: the next three months, fewer near the end, the last month its own", () => {
  it("gives the window of each month of a 4- and a 6-month horizon", () => {
    expect([0, 1, 2, 3].map((t) => dosWindow(t, 4))).toEqual([
      { from: 1, to: 3 },
      { from: 2, to: 3 },
      { from: 3, to: 3 },
      { from: 3, to: 3 },
    ]);
    expect(dosWindow(0, 6)).toEqual({ from: 1, to: 3 });
    expect(dosWindow(2, 6)).toEqual({ from: 3, to: 5 });
    expect(dosWindow(0, 1)).toEqual({ from: 0, to: 0 });
  });
});

describe("targetInventoryRow", () => {
  const demand = [30, 60, 90, 0];

  it("is target days x the window's average daily demand", () => {
    // t0: window 60, 90, 0 -> 150 / 3 a month; t1: 90, 0 -> 90 / 2; t2: 0; t3: its own 0.
    const row = targetInventoryRow(demand, "days of supply", 30, 5);
    expect(row[0]).toBeCloseTo((30 * 50) / DPM, 12);
    expect(row[1]).toBeCloseTo((30 * 45) / DPM, 12);
    expect(row[2]).toBe(0);
    expect(row[3]).toBe(0);
  });

  it("is the buffer (safety stock + cycle stock) every month with the safety-stock target", () => {
    expect(targetInventoryRow(demand, "safety stock", 30, 5)).toEqual([5, 5, 5, 5]);
  });
});

describe("lateAndLost", () => {
  it("serves the backlog first in, first out: the last months' demand is what the horizon leaves unshipped", () => {
    // Backlog at the end 50: July's 30 and June's 20 are lost; May's 5 unserved at its end are shipped later.
    expect(lateAndLost([10, 20, 30], [-5, -15, -50])).toEqual({ late: [5, 0, 0], lost: [0, 20, 30] });
  });

  it("counts nothing lost when the horizon ends with stock", () => {
    // 4 of month 0 wait for month 1's supply; month 1 ends with 6 in stock.
    expect(lateAndLost([10, 10], [-4, 6])).toEqual({ late: [4, 0], lost: [0, 0] });
  });

  it("is empty for an empty horizon", () => {
    expect(lateAndLost([], [])).toEqual({ late: [], lost: [] });
  });

  it("never counts more late and lost than the month's demand, even where ROUND(x, 6) rounds the rest up", () => {
    // Demand 1.0000006 then 0; the horizon ends 1 short: month 0's lost = min(1.0000006, 1) = 1.
    // Its unserved 1.0000006 - lost 1 = 0.0000006, which ROUND(x, 6) makes 0.000001: late is
    // capped at demand - lost = 0.0000006.
    const r = lateAndLost([1.0000006, 0], [-1.0000006, -1]);
    expect(r.lost).toEqual([1, 0]);
    expect(r.late[0]).toBeCloseTo(0.0000006, 12);
    expect(r.late[1]).toBe(0);
  });
});

describe("proposeWithin", () => {
  const input = {
    demand: [40, 40],
    capacity: [50, 50],
    openingInventory: 0,
    targetInventory: [0, 0],
    strategy: "chase" as const,
  };

  it("lowers each month's capacity to what the resources leave, a month without a limit keeping its own", () => {
    // Month 0 can make 30 of its 40; month 1 makes its 40 and the 10 carried: 50.
    expect(proposeWithin(input, [30]).supply).toEqual([30, 50]);
    // A limit above the capacity changes nothing.
    expect(proposeWithin(input, [80, 80]).supply).toEqual([40, 40]);
  });

  it("is the plain proposal without resources", () => {
    expect(proposeWithin(input).supply).toEqual([40, 40]);
  });
});

describe("familySafetyStock", () => {
  const policy = (over: Partial<SupplyOptions>): SupplyOptions => ({ ...NO_POLICY, ...over });

  it("takes sigma from the history's pairs with both values when the archive has fewer than 6 errors", () => {
    // Errors 110 - 100 = 10 and 90 - 100 = -10 (the blank pairs left out): RMS 10.
    // Safety stock = z(95 %) x 10 x sqrt(4) = 20 z.
    const r = familySafetyStock(
      policy({
        family: { lotSize: null, minimumRun: null, leadTimeMonths: 4 },
        actual: [110, 90, null, 100],
        forecast: [100, 100, 100, null],
        archived: { actual: [100, 100, 100, 100, 100], forecast: [90, 90, 90, 90, 90] },
      }),
    );
    expect(r.sigma.source).toBe("history");
    expect(r.sigma.historyMonths).toBe(2);
    expect(r.sigma.archiveErrors).toBe(5);
    expect(r.safetyStock).toBeCloseTo(20 * Z95, 10);
  });

  it("takes sigma from the archive's 6 or more lag-1 errors, pairing only as many as both rows have", () => {
    // Archive errors +-3 six times: RMS 3 (the history's 40 is not used); lead time 1 month: 3 z.
    // The seventh actual has no consensus beside it and is left out.
    const r = familySafetyStock(
      policy({
        actual: [140, 60],
        forecast: [100, 100],
        archived: { actual: [100, 100, 100, 100, 100, 100, 500], forecast: [103, 97, 103, 97, 103, 97] },
      }),
    );
    expect(r.sigma.source).toBe("archive");
    expect(r.sigma.archiveErrors).toBe(6);
    expect(r.sigma.sigma).toBeCloseTo(3, 12);
    expect(r.safetyStock).toBeCloseTo(3 * Z95, 10);
  });

  it("is blank without any pair, and when the service level makes it an error", () => {
    expect(familySafetyStock(NO_POLICY).safetyStock).toBeNull();
    expect(familySafetyStock(NO_POLICY).sigma.source).toBe("none");
    const bad = familySafetyStock(policy({ serviceLevel: 1, actual: [110], forecast: [100] }));
    expect(bad.safetyStock).toBeNull();
    expect(bad.sigma.source).toBe("history");
  });
});

describe("familySupply", () => {
  const family: FamilyConfig = {
    name: "W",
    unit: "units",
    price: 10,
    unitCost: 6,
    openingInventory: 20,
    capacityPerMonth: 50,
    targetDaysOfSupply: 30,
  };
  const demand = [30, 60, 30];

  it("projects a typed plan: inventory, days of supply, target, utilization, nothing proposed", () => {
    // Typed 40 each month. Inventory 20 + 40 - 30 = 30, 30 + 40 - 60 = 10, 10 + 40 - 30 = 20.
    const s = familySupply(family, demand, [40, 40, 40]);
    expect(s.supply).toEqual([40, 40, 40]);
    expect(s.proposed).toEqual([null, null, null]);
    expect(s.capacity).toEqual([50, 50, 50]);
    expect(s.inventory).toEqual([30, 10, 20]);
    expect(s.utilization).toEqual([0.8, 0.8, 0.8]);
    // Windows: t0 60, 30 -> 45 a month; t1 30; t2 its own 30.
    const dos = [30 / (45 / DPM), 10 / (30 / DPM), 20 / (30 / DPM)];
    s.daysOfSupply.forEach((d, t) => expect(d).toBeCloseTo(dos[t], 10));
    const target = [(30 * 45) / DPM, (30 * 30) / DPM, (30 * 30) / DPM];
    s.targetInventory.forEach((x, t) => expect(x).toBeCloseTo(target[t], 10));
    expect(s.late).toEqual([0, 0, 0]);
    expect(s.lost).toEqual([0, 0, 0]);
    expect(s.safetyStock).toEqual([null, null, null]);
    expect(s.safetyStockDays).toEqual([null, null, null]);
    expect(s.strategy).toBe(NO_POLICY.strategy);
  });

  it("proposes the months not typed and shows them as proposed", () => {
    // Chase. Month 0 typed 40: inventory 30. Month 1: its demand 60 (no backlog) -> capacity 50; inventory 20.
    // Month 2 typed 10: inventory 0.
    const s = familySupply(family, demand, [40, null, 10], { ...NO_POLICY, strategy: "chase" });
    expect(s.supply).toEqual([40, 50, 10]);
    expect(s.proposed).toEqual([null, 50, null]);
    expect(s.inventory).toEqual([30, 20, 0]);
    expect(s.daysOfSupply[2]).toBe(0);
  });

  it("blanks days of supply and utilization where demand or capacity is 0, and counts a shortfall", () => {
    // Capacity 0, typed 0 every month, opening stock 5; demand 0, 10, 0.
    const none = { ...family, capacityPerMonth: 0, openingInventory: 5 };
    const s = familySupply(none, [0, 10, 0], [0, 0, 0]);
    // Inventory 5, -5, -5. Windows: t0 10, 0 -> 10 / 2 a month; t1 0 -> blank; t2 its own 0 -> blank.
    expect(s.inventory).toEqual([5, -5, -5]);
    expect(s.utilization).toEqual([null, null, null]);
    expect(s.daysOfSupply[0]).toBeCloseTo(5 / (5 / DPM), 10);
    expect(s.daysOfSupply.slice(1)).toEqual([null, null]);
    // Month 1's 10: 5 shipped from stock, 5 never: lost.
    expect(s.lost).toEqual([0, 5, 0]);
    expect(s.late).toEqual([0, 0, 0]);
  });

  // Typed 40 a month, the safety-stock target, sigma from the history: errors 10, -10 -> 10;
  // lead time 4: safety stock 20 z.
  const buffered = (lotSize: number, minimumRun: number) =>
    familySupply(family, demand, [40, 40, 40], {
      ...NO_POLICY,
      family: { lotSize, minimumRun, leadTimeMonths: 4 },
      inventoryTarget: "safety stock",
      actual: [110, 90],
      forecast: [100, 100],
    });

  it("buffers with safety stock + cycle stock, and states the safety stock in days", () => {
    // Cycle stock = max(lot 10, minimum run 30) / 2 = 15. Target = 20 z + 15 every month.
    const s = buffered(10, 30);
    s.targetInventory.forEach((x) => expect(x).toBeCloseTo(20 * Z95 + 15, 10));
    s.safetyStock.forEach((x) => expect(x).toBeCloseTo(20 * Z95, 10));
    // In days: safety stock / the window's average daily demand (45, 30, 30 a month).
    const days = [(20 * Z95) / (45 / DPM), (20 * Z95) / (30 / DPM), (20 * Z95) / (30 / DPM)];
    s.safetyStockDays.forEach((d, t) => expect(d).toBeCloseTo(days[t], 10));
  });

  it("takes the cycle stock from the lot size when it is the larger of the two", () => {
    // Safety stock 20 z; cycle stock = max(lot 40, minimum run 30) / 2 = 20.
    const s = buffered(40, 30);
    s.targetInventory.forEach((x) => expect(x).toBeCloseTo(20 * Z95 + 20, 10));
  });

  it("proposes whole lots and minimum runs within the capacity of 50", () => {
    // Chase, opening 20. Lot 20: month 0 wants 30 -> 40 (inventory 30); month 1 wants 60, above
    // 50 -> the most whole lots within 50, 40 (inventory 10); month 2 wants 30 -> 40 (inventory 20).
    const lots = familySupply(family, demand, [], {
      ...NO_POLICY,
      strategy: "chase",
      family: { lotSize: 20, minimumRun: null, leadTimeMonths: 1 },
    });
    expect(lots.supply).toEqual([40, 40, 40]);
    expect(lots.inventory).toEqual([30, 10, 20]);
    // Minimum run 45: month 0 wants 30 -> 45 (inventory 35); month 1 wants 60 -> 50, at least the
    // run (inventory 25); month 2 wants 30 -> 45 (inventory 40).
    const runs = familySupply(family, demand, [], {
      ...NO_POLICY,
      strategy: "chase",
      family: { lotSize: null, minimumRun: 45, leadTimeMonths: 1 },
    });
    expect(runs.supply).toEqual([45, 50, 45]);
    expect(runs.inventory).toEqual([35, 25, 40]);
  });

  it("proposes within what the resources leave", () => {
    // Chase, opening 20: month 0 makes its 30 (inventory 20); month 1 wants 60, the resources
    // leave 40 (inventory 0); month 2 makes its 30 (the limit of 35 is above it).
    const s = familySupply(family, demand, [], { ...NO_POLICY, strategy: "chase", resourceLimit: [50, 40, 35] });
    expect(s.supply).toEqual([30, 40, 30]);
    expect(s.inventory).toEqual([20, 0, 0]);
  });

  it("shows days of supply and utilization too large to compute as blank", () => {
    // Typed 1e308 in month 0 against a capacity of 0.5: 2e308 is beyond a double. The stock of
    // about 1e308 over a window of 1e-300 a month is beyond it too.
    const tiny = { ...family, capacityPerMonth: 0.5, openingInventory: 0 };
    const s = familySupply(tiny, [1e-300, 1e-300], [1e308, 0]);
    expect(s.utilization).toEqual([null, 0]);
    expect(s.daysOfSupply).toEqual([null, null]);
  });

  it("stops, naming the family, when the projected inventory is too large to compute", () => {
    // Opening 1.7e308 + typed 1e308 is beyond a double.
    const big = { ...family, openingInventory: 1.7e308 };
    expect(() => familySupply(big, [0], [1e308])).toThrow("projected inventory of W");
  });

  it("proposes the months beyond a typed row that is shorter than the plan", () => {
    // Chase. Month 0 typed 40: inventory 30. Month 1 untyped: its demand 60 -> capacity 50,
    // inventory 20. Month 2 untyped: its 30, inventory 20.
    const s = familySupply(family, demand, [40], { ...NO_POLICY, strategy: "chase" });
    expect(s.supply).toEqual([40, 50, 30]);
    expect(s.proposed).toEqual([null, 50, 30]);
  });

  it("has no safety stock in days where the window's demand is 0", () => {
    // Sigma 10 from the history, lead time 1: safety stock 10 z every month. Demand 0, 0, 30:
    // month 0's window (0, 30) averages 15 a month; month 1's (30) 30; month 2's own 30.
    // With demand 30, 0, 0: month 0's window (0, 0) and month 1's (0) are 0 -> blank; month 2's own 0 -> blank.
    const opts = { ...NO_POLICY, actual: [110, 90], forecast: [100, 100] };
    const some = familySupply(family, [0, 0, 30], [0, 0, 0], opts);
    const days = [(10 * Z95) / (15 / DPM), (10 * Z95) / (30 / DPM), (10 * Z95) / (30 / DPM)];
    some.safetyStockDays.forEach((d, t) => expect(d).toBeCloseTo(days[t], 10));
    const none = familySupply(family, [30, 0, 0], [0, 0, 0], opts);
    none.safetyStock.forEach((x) => expect(x).toBeCloseTo(10 * Z95, 10));
    expect(none.safetyStockDays).toEqual([null, null, null]);
  });
});
