/**
 * Rough-cut capacity's rules on their own (src/core/plan-model/capacity.ts): which Resources
 * rows count, how routings are matched and added, each month's capacity, the load, overload,
 * utilization and value rows, the worst overloads' order, and the allocator's limits. Every
 * expected number is worked out in the comments.
 */
import {
  hoursPerUnit,
  proposeInOrder,
  loadOf,
  marginOrder,
  namedResources,
  rateAllocator,
  resourceAllocator,
  resourceLoads,
  worstOverloads,
} from "../../src/core/plan-model/capacity";
import { ResourceRowInput, RoutingRowInput } from "../../src/core/plan-model/types";

const resource = (
  name: ResourceRowInput["resource"],
  capacity: ResourceRowInput["capacity"],
  byMonth: ResourceRowInput["byMonth"] = [],
): ResourceRowInput => ({
  resource: name,
  capacity,
  byMonth,
});
const routing = (
  family: RoutingRowInput["family"],
  res: RoutingRowInput["resource"],
  hours: RoutingRowInput["hoursPerUnit"],
): RoutingRowInput => ({
  family,
  resource: res,
  hoursPerUnit: hours,
});

describe("namedResources", () => {
  it("keeps the rows with a name, with their row on the sheet", () => {
    const rows = [resource(null, 100), resource("Line", 100), resource("   ", 50), resource(7, 10), resource(undefined, 5)];
    expect(namedResources(rows).map((r) => r.row)).toEqual([1, 3]);
  });
});

describe("hoursPerUnit (SUMIFS)", () => {
  it("adds the numeric rates of the family on the resource, names trimmed and compared without case", () => {
    const routings = [
      routing("Pumps", "Line", 2),
      routing(" pumps ", "LINE ", 0.5), // the same family and resource
      routing("Pumps", "Line", "3"), // text: SUMIFS adds numbers only
      routing("Pumps", "Line", Infinity), // not a finite number
      routing("Valves", "Line", 4), // another family
      routing("Pumps", "Oven", 8), // another resource
      routing(null, "Line", 1), // no family
    ];
    expect(hoursPerUnit(routings, "PUMPS", "line")).toBe(2.5);
    expect(hoursPerUnit(routings, "Valves", "Line")).toBe(4);
    expect(hoursPerUnit(routings, "Gears", "Line")).toBe(0);
  });
});

describe("resourceLoads", () => {
  // Unit costs by month (Finance's): A 5 and B 8 every month.
  const families = [
    { name: "A", unitCost: [5, 5, 5] },
    { name: "B", unitCost: [8, 8, 8] },
  ];

  it("takes each month's typed capacity, else the capacity per month, else 0", () => {
    const loads = resourceLoads(
      [resource("Line", 100, [null, 80, "x"]), resource("Oven", "none", [30])],
      [routing("A", "Line", 1), routing("A", "Oven", 1)],
      families,
      [
        [10, 10, 10],
        [0, 0, 0],
      ],
      3,
    );
    expect(loads.map((l) => l.capacity)).toEqual([
      [100, 80, 100],
      [30, 0, 0],
    ]);
    // The oven without capacity: utilization blank; load 10 > 0: overload 10, all of A's cost 10 x 5 = 50 at stake.
    expect(loads[1].utilization).toEqual([10 / 30, null, null]);
    expect(loads[1].overload).toEqual([0, 10, 10]);
    expect(loads[1].value).toEqual([0, 50, 50]);
  });

  it("values the overload at the routed families' production cost, shared by load", () => {
    // Line of 100 h; A 2 h/unit, B not routed (h = 0). Month 0: A 60 -> 120 h, overload 20, routed cost
    // 60 x 5 = 300 (B's 40 units are not routed): value 20 / 120 x 300 = 50. Month 1: A 0, B 40: no load, value 0.
    const [line] = resourceLoads(
      [resource("Line", 100)],
      [routing("A", "Line", 2)],
      families,
      [
        [60, 0],
        [40, 40],
      ],
      2,
    );
    expect(line.row).toBe(0);
    expect(line.hoursPerUnit).toEqual([2, 0]);
    expect(line.load).toEqual([120, 0]);
    expect(line.overload).toEqual([20, 0]);
    expect(line.utilization).toEqual([1.2, 0]);
    expect(line.value[0]).toBeCloseTo(50, 12);
    expect(line.value[1]).toBe(0);
  });

  it("costs each month's routed supply at that month's unit cost", () => {
    // Line of 100 h; A 2 h/unit at 5 then 7, B 1 h/unit at 8 then 6. Month 0: A 50, B 20: load
    // 120, overload 20, routed cost 50 x 5 + 20 x 8 = 410: value 20 / 120 x 410. Month 1: A 40,
    // B 40: load 120, overload 20, routed cost 40 x 7 + 40 x 6 = 520: value 20 / 120 x 520.
    const [line] = resourceLoads(
      [resource("Line", 100)],
      [routing("A", "Line", 2), routing("B", "Line", 1)],
      [
        { name: "A", unitCost: [5, 7] },
        { name: "B", unitCost: [8, 6] },
      ],
      [
        [50, 40],
        [20, 40],
      ],
      2,
    );
    expect(line.load).toEqual([120, 120]);
    expect(line.value[0]).toBeCloseTo((20 / 120) * 410, 12);
    expect(line.value[1]).toBeCloseTo((20 / 120) * 520, 12);
  });

  it("rounds a float hair of overload away (ROUND(load - capacity, 6))", () => {
    // 0.1 + 0.2 hours against 0.3: 0.30000000000000004 - 0.3 rounds to 0.
    const [line] = resourceLoads(
      [resource("Line", 0.3)],
      [routing("A", "Line", 0.1), routing("B", "Line", 0.2)],
      families,
      [[1], [1]],
      1,
    );
    expect(line.overload).toEqual([0]);
    expect(line.value).toEqual([0]);
  });
});

describe("worstOverloads", () => {
  const months = ["2026-04", "2026-05"];

  it("orders by overload relative to capacity, then by overload, keeps n, and puts a capacity of 0 first", () => {
    const loads = [
      { name: "Line", capacity: [100, 100], load: [120, 150], overload: [20, 50] }, // 20 %, 50 %
      { name: "Oven", capacity: [40, 0], load: [60, 5], overload: [20, 5] }, // 50 %, no capacity
      { name: "Team", capacity: [10, 10], load: [10, 8], overload: [0, 0] }, // none
    ];
    expect(worstOverloads(loads, months, 10).map((w) => [w.resource, w.month, w.overload])).toEqual([
      ["Oven", "2026-05", 5],
      ["Line", "2026-05", 50], // 50 % and 50 units
      ["Oven", "2026-04", 20], // 50 % and 20 units
      ["Line", "2026-04", 20],
    ]);
    expect(worstOverloads(loads, months, 2).map((w) => w.resource)).toEqual(["Oven", "Line"]);
    expect(worstOverloads(loads, months, 1)[0]).toEqual({
      resource: "Oven",
      month: "2026-05",
      load: 5,
      capacity: 0,
      overload: 5,
    });
  });

  it("puts the larger overload first at the same share of capacity, whatever the sheet order", () => {
    // Oven 20 over 40 and Line 50 over 100: both 50 %; the line's 50 units come first.
    const loads = [
      { name: "Oven", capacity: [40], load: [60], overload: [20] },
      { name: "Line", capacity: [100], load: [150], overload: [50] },
    ];
    expect(worstOverloads(loads, ["2026-04"], 10).map((w) => w.resource)).toEqual(["Line", "Oven"]);
  });

  it("ranks an overload against a capacity below 0 (typed in error) as against none: first", () => {
    // Oven: capacity -10, load 5, overload 15: no capacity to compare with, so it comes before
    // the line's 30 over 100 (30 %).
    const loads = [
      { name: "Line", capacity: [100], load: [130], overload: [30] },
      { name: "Oven", capacity: [-10], load: [5], overload: [15] },
    ];
    expect(worstOverloads(loads, ["2026-04"], 10).map((w) => w.resource)).toEqual(["Oven", "Line"]);
  });
});

describe("rateAllocator", () => {
  it("limits each family by the hours the families before it left, on every resource it loads", () => {
    // Line 100 h (A 1 h, B 2 h); Oven 30 h (B 1 h). A first: limit 100 (the oven does not limit it).
    const alloc = rateAllocator(
      [
        { hours: [1, 2], capacity: [100, 100] },
        { hours: [0, 1], capacity: [30] },
      ],
      2,
    );
    expect(alloc.limit(0)).toEqual([100, 100]);
    alloc.consume(0, [60, 120]);
    // B: line left 40 and -20 (-> 0) over 2 h = 20 and 0; oven 30 and 0 (no capacity typed) over 1 h.
    expect(alloc.limit(1)).toEqual([20, 0]);
    alloc.consume(1, [10]);
    // The line has 40 - 20 = 20 left in month 0, the oven 20; month 1 nothing was booked by B.
    expect(alloc.limit(1)).toEqual([10, 0]);
  });

  it("does not limit a family that loads no resource, nor any family without resources", () => {
    const alloc = rateAllocator([{ hours: [0], capacity: [10] }], 1);
    expect(alloc.limit(0)).toEqual([Infinity]);
    expect(resourceAllocator([], [], [{ name: "A" }], 2).limit(0)).toEqual([Infinity, Infinity]);
  });

  it("books nothing for a family without hours on a resource", () => {
    // Hours for family 0 only: family 1 is not limited and its 5 units take none of the 10 hours.
    const alloc = rateAllocator([{ hours: [1], capacity: [10] }], 1);
    expect(alloc.limit(1)).toEqual([Infinity]);
    alloc.consume(1, [5]);
    expect(alloc.limit(0)).toEqual([10]);
  });

  it("proposeInOrder returns a plan for the families in the order only, at their index", () => {
    const alloc = rateAllocator([{ hours: [1, 1], capacity: [10] }], 1);
    const plans = proposeInOrder([1], alloc, (_f, limit) => ({ supply: limit }));
    expect(plans[0]).toBeUndefined();
    expect(plans[1]).toEqual({ supply: [10] });
  });

  it("reads the Resources and Routings sheets' rows", () => {
    // Line of 50 a month, A 2 h/unit: at most 25 a month.
    const alloc = resourceAllocator([resource("Line", 50)], [routing("a", "line", 2)], [{ name: "A" }], 2);
    expect(alloc.limit(0)).toEqual([25, 25]);
  });
});

describe("loadOf and marginOrder", () => {
  it("is no months of load without families", () => {
    expect(loadOf([{ hours: [], capacity: [10] }], [])).toEqual([[]]);
  });

  it("counts a family without hours, or a month beyond its row, as no load", () => {
    // Hours 2 and 1; supply 3, 5 and 4, (none): month 0 3 x 2 + 4 x 1 = 10, month 1 5 x 2 = 10.
    expect(loadOf([{ hours: [2, 1], capacity: [] }], [[3, 5], [4]])).toEqual([[10, 10]]);
    // Hours for family 0 only: family 1's 4 units take none.
    expect(loadOf([{ hours: [2], capacity: [] }], [[3], [4]])).toEqual([[6]]);
  });

  it("reads a resource without a load row as not over, and a month without capacity as 0", () => {
    // The first resource, 20 h on 10, binds; the second has no load row. Margins per hour of the
    // first: 1 / 1 and 8 / 2 -> family 1 first.
    const rates = [
      { hours: [1, 2], capacity: [10] },
      { hours: [2, 1], capacity: [10] },
    ];
    expect(marginOrder(rates, [[20]], [1, 8])).toEqual([1, 0]);
    // No capacity typed: 0, so a load of 5 is 5 over; the same margins per hour.
    expect(marginOrder([{ hours: [1, 2], capacity: [] }], [[5]], [1, 8])).toEqual([1, 0]);
  });

  it("keeps Families order for equal margins per hour, and picks the first of equally overloaded resources", () => {
    // One line of 100 h, loaded 150: margins 6 and 3 on 2 and 1 h/unit = 3 a hour each: a tie.
    expect(marginOrder([{ hours: [2, 1], capacity: [100] }], [[150]], [6, 3])).toEqual([0, 1]);
    // Two resources 10 h over each: the first binds, where family 1 earns 8 a hour and family 0 3;
    // on the second, family 0 earns 3 / 1 and family 1 8 / 4 = 2.
    const rates = [
      { hours: [1, 1], capacity: [100] },
      { hours: [1, 4], capacity: [100] },
    ];
    expect(marginOrder(rates, [[110], [110]], [3, 8])).toEqual([1, 0]);
    expect(marginOrder(rates, [[100], [110]], [3, 8])).toEqual([0, 1]); // only the second is over
  });

  it("takes the resource furthest over as the binding one even when an earlier one is over too", () => {
    // Over by 5 and 20 hours: the second binds, where family 0 earns 3 / 1 = 3 a hour and family 1
    // 8 / 4 = 2 (on the first, 3 and 8 a hour, the other order).
    const rates = [
      { hours: [1, 1], capacity: [100] },
      { hours: [1, 4], capacity: [100] },
    ];
    expect(marginOrder(rates, [[105], [120]], [3, 8])).toEqual([0, 1]);
  });

  it("puts a family that does not load the binding resource first even when it sells below cost", () => {
    // One line of 100 h loaded 150; family 1 is not routed there and loses 2 a unit. Per hour of
    // the line: family 0 6 / 2 = 3, family 2 4 / 1 = 4; family 1 takes none of its hours: first.
    expect(marginOrder([{ hours: [2, 0, 1], capacity: [100] }], [[150]], [6, -2, 4])).toEqual([1, 2, 0]);
  });
});
