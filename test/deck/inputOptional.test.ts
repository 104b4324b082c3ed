/**
 * What the deck reads beyond the fixture's required names (src/deck/input.ts): the optional
 * grids, the supply policy's words, the scenario multipliers, the business type, each reading
 * error word for word, and the month's price.
 */
import { isSopError } from "../../src/core/errors";
import { deckInputFromNames, monthPrice, monthUnitCost, readScenarios, type DeckInput } from "../../src/deck/input";
import type { CellValue } from "../../src/layout/types";
import { fixtureNames, reader, type Named } from "./fixture";
import type { SopName } from "../../src/layout/names";

const RANGE_FIX = ": rebuild the workbook or correct the range";

function read(change: (m: Named) => void = () => undefined): DeckInput | string {
  const m = fixtureNames();
  change(m);
  const r = deckInputFromNames(reader(m));
  return isSopError(r) ? r.message : r;
}

function ok(change: (m: Named) => void = () => undefined): DeckInput {
  const r = read(change);
  if (typeof r === "string") throw new Error(r);
  return r;
}

describe("the deck's optional inputs", () => {
  it("leaves every optional part out of a workbook without it", () => {
    const d = ok();
    for (const key of [
      "overCapacity",
      "excessInventory",
      "targetInventory",
      "price",
      "unitCost",
      "proposed",
      "supplyStrategy",
      "inventoryTarget",
      "gapTotals",
      "fva",
      "budget",
      "overrides",
      "forecastability",
      "resources",
      "scenarios",
    ])
      expect([key, key in d]).toEqual([key, false]);
    expect(d.late).toEqual([
      [0, 10, 0],
      [0, 0, 0],
    ]);
    expect(d.lost).toEqual([
      [0, 0, 0],
      [0, 0, 10],
    ]);
    expect(d.inventory).toEqual([
      [10, -10, 0],
      [0, 0, -10],
    ]);
    expect(d.capacity).toEqual([
      [100, 100, 100],
      [40, 40, 40],
    ]);
    expect(d.supply).toEqual([
      [90, 100, 100],
      [30, 40, 40],
    ]);
    expect(d.revenue).toEqual([
      [1000, 1200, 900],
      [1500, 2000, 2500],
    ]);
    expect(d.cogs).toEqual([
      [600, 720, 540],
      [900, 1200, 1500],
    ]);
    expect(d.grossMargin).toEqual([
      [400, 480, 360],
      [600, 800, 1000],
    ]);
    expect(d.inventoryValue).toEqual([
      [60, 0, 0],
      [0, 0, 0],
    ]);
    expect(d.actions).toHaveLength(5);
  });

  it("reads the optional grids, an empty one as absent, and names one of the wrong shape", () => {
    const grid = (a: number, b: number): CellValue[][] => [
      [a, a, a],
      [b, b, b],
    ];
    const d = ok((m) => {
      m.set("SOP_OverCapacity", grid(1, 2));
      m.set("SOP_ExcessInventory", grid(3, 4));
      m.set("SOP_TargetInventory", grid(5, 6));
      m.set("SOP_Price", []);
    });
    expect([d.overCapacity, d.excessInventory, d.targetInventory]).toEqual([grid(1, 2), grid(3, 4), grid(5, 6)]);
    expect("price" in d).toBe(false);
    expect(ok((m) => m.set("SOP_Price", grid(11, 55))).price).toEqual(grid(11, 55));
    expect(read((m) => m.set("SOP_Price", [[1, 2, 3]]))).toBe(
      `SOP_Price is 1 x 3 but the workbook has 2 families and 3 months${RANGE_FIX}`,
    );
    expect(ok((m) => m.set("SOP_UnitCost", grid(7, 31))).unitCost).toEqual(grid(7, 31));
    expect(read((m) => m.set("SOP_UnitCost", [[1, 2, 3]]))).toBe(
      `SOP_UnitCost is 1 x 3 but the workbook has 2 families and 3 months${RANGE_FIX}`,
    );
    expect(
      read((m) =>
        m.set("SOP_TargetInventory", [
          [1, 2, 3],
          [4, "x", 6],
        ]),
      ),
    ).toBe(`SOP_TargetInventory row 2, month 2 holds "x", not a number${RANGE_FIX}`);
  });

  it("reads the proposed plan with its blanks, and the supply policy's words in any case", () => {
    const d = ok((m) => {
      m.set("SOP_ProposedSupply", [
        [90, null, 100],
        [null, null, 40],
      ]);
      m.set("SOP_SupplyStrategy", [["Level"]]);
      m.set("SOP_InventoryTarget", [["SAFETY STOCK"]]);
    });
    expect(d.proposed).toEqual([
      [90, null, 100],
      [null, null, 40],
    ]);
    expect(d.supplyStrategy).toBe("level");
    expect(d.inventoryTarget).toBe("safety stock");
    expect(read((m) => m.set("SOP_ProposedSupply", [[1, 2, 3]]))).toBe(
      `SOP_ProposedSupply is 1 x 3 but the workbook has 2 families and 3 months${RANGE_FIX}`,
    );
    // Another word: absent, the defaults apply.
    expect("supplyStrategy" in ok((m) => m.set("SOP_SupplyStrategy", [["sometimes"]]))).toBe(false);
  });

  it("reads the business type in any case, and defaults it when blank, unknown or empty", () => {
    expect(ok((m) => m.set("SOP_BusinessType", [["SaaS"]])).businessType).toBe("saas");
    expect(ok((m) => m.set("SOP_BusinessType", [["Distribution"]])).businessType).toBe("distribution");
    for (const cells of [[["bakery"]], [[""]], [[]], []])
      expect(ok((m) => m.set("SOP_BusinessType", cells as CellValue[][])).businessType).toBe("manufacturing");
  });

  it("names each required setting that is missing or not usable", () => {
    expect(read((m) => m.set("SOP_CycleMonth", [["March"]]))).toBe(
      `SOP_CycleMonth holds "March", not a month YYYY-MM${RANGE_FIX}`,
    );
    expect(read((m) => m.delete("SOP_CycleMonth"))).toBe(
      "the workbook has no SOP_CycleMonth range: scaffold the workbook first",
    );
    expect(read((m) => m.set("SOP_Months", [["2026-03", "April", "2026-05"]]))).toBe(
      `SOP_Months holds "April", not a month YYYY-MM${RANGE_FIX}`,
    );
    expect(read((m) => m.set("SOP_Months", [[]]))).toBe(`SOP_Months is empty${RANGE_FIX}`);
    expect(read((m) => m.delete("SOP_Months"))).toBe(
      "the workbook has no SOP_Months range: scaffold the workbook first",
    );
    expect(read((m) => m.set("SOP_Families", [[""], [null]]))).toBe(`SOP_Families lists no families${RANGE_FIX}`);
    expect(read((m) => m.delete("SOP_Families"))).toBe(
      "the workbook has no SOP_Families range: scaffold the workbook first",
    );
    expect(read((m) => m.delete("SOP_FamilyTable"))).toBe(
      "the workbook has no SOP_FamilyTable range: scaffold the workbook first",
    );
    expect(read((m) => m.set("SOP_RevenueTarget", [["lots"]]))).toBe(
      `SOP_RevenueTarget holds "lots", not a number${RANGE_FIX}`,
    );
    expect(read((m) => m.set("SOP_MarginTarget", [["forty"]]))).toBe(
      `SOP_MarginTarget holds "forty", not a number${RANGE_FIX}`,
    );
    expect(read((m) => m.set("SOP_InventoryCeiling", [[""]]))).toBe(
      `SOP_InventoryCeiling holds "", not a number${RANGE_FIX}`,
    );
    expect(read((m) => m.set("SOP_Gaps", [[1, "Widgets", "2026-04", "Lost demand", "x", 1]]))).toBe(
      `SOP_Gaps row 1 has a gap or value that is not a number${RANGE_FIX}`,
    );
    expect(read((m) => m.set("SOP_GapCount", [["x"]]))).toBe(`SOP_GapCount holds "x", not a number${RANGE_FIX}`);
    expect(read((m) => m.set("SOP_Actions", [["Hire", "HR", "soon", ""]]))).toBe(
      `SOP_Actions row 1 has due date "soon", not a date${RANGE_FIX}`,
    );
    expect(read((m) => m.set("SOP_BudgetUnits", [[1, 2, 3]]))).toBe(
      `SOP_BudgetUnits is 1 x 3 but the workbook has 2 families and 3 months${RANGE_FIX}`,
    );
    // Each plan grid in turn: the first one missing is named.
    for (const name of [
      "SOP_Supply",
      "SOP_Capacity",
      "SOP_Inventory",
      "SOP_LateDemand",
      "SOP_LostDemand",
      "SOP_GrossMargin",
      "SOP_InventoryValue",
    ])
      expect(read((m) => m.delete(name as SopName))).toBe(
        `the workbook has no ${name} range: scaffold the workbook first`,
      );
  });

  it("reads the optional parts the deck's sections show when the workbook has them", () => {
    const d = ok((m) => {
      m.set("SOP_GapCount", [[7]]);
      m.set("SOP_GapTotal", [[2000]]);
      m.set("SOP_FVA", [["All families", 0.1, 0.09, 0.08, 0.07, 1, 1, 1, 3]]);
      m.set("SOP_BudgetUnits", [
        [100, null, null],
        [30, null, null],
      ]);
      m.set("SOP_BudgetRevenue", [
        [1000, null, null],
        [1500, null, null],
      ]);
      m.set("SOP_BudgetMargin", [
        [400, null, null],
        [600, null, null],
      ]);
      m.set("SOP_OverrideDiff", [
        [5, null, null],
        [null, null, null],
      ]);
      m.set("SOP_Forecastability", [["Widgets", 3100, "A", 0.2, "X", 1, ""]]);
      m.set("SOP_Resources", [["Line 1"]]);
      m.set("SOP_ResourceCapacity", [[100, 100, 100]]);
      m.set("SOP_ResourceLoad", [[90, 95, 80]]);
    });
    expect(d.gapTotals).toEqual({ count: 7, totalValueAtStake: 2000 });
    expect(d.fva).toEqual([{ family: "All families", wape: [0.1, 0.09, 0.08, 0.07], added: [1, 1, 1, 3] }]);
    expect(d.budget?.units).toEqual([
      [100, null, null],
      [30, null, null],
    ]);
    expect(d.overrides?.overrides).toEqual([
      { family: "Widgets", month: "2026-03", unit: "units", units: 5, value: 50, reason: "" },
    ]);
    expect(d.forecastability?.map((l) => [l.family, l.abc, l.xyz])).toEqual([["Widgets", "A", "X"]]);
    expect(d.resources?.map((r) => [r.name, r.capacity, r.load])).toEqual([["Line 1", [100, 100, 100], [90, 95, 80]]]);
  });
});

describe("the scenario multipliers", () => {
  const get =
    (cells: CellValue[][] | undefined) =>
    (name: SopName): CellValue[][] | undefined =>
      name === "SOP_ScenarioMultipliers" ? cells : undefined;

  it("makes Base, Upside and Downside from the four multipliers, in the schema's order", () => {
    // Upside demand 1.2, upside capacity 1.05, downside demand 0.8, downside capacity 0.9.
    expect(readScenarios(get([[1.2], [1.05], [0.8], [0.9]]))).toEqual([
      { name: "Base", demandMultiplier: 1, capacityMultiplier: 1 },
      { name: "Upside", demandMultiplier: 1.2, capacityMultiplier: 1.05 },
      { name: "Downside", demandMultiplier: 0.8, capacityMultiplier: 0.9 },
    ]);
  });

  it("takes the default for a blank, text or a value outside 0.01..10, and reads nothing without the name", () => {
    // Defaults: upside demand 1.10, capacity 1; downside demand 0.85, capacity 0.95.
    expect(readScenarios(get([[null], ["x"], [0], [10.5]]))).toEqual([
      { name: "Base", demandMultiplier: 1, capacityMultiplier: 1 },
      { name: "Upside", demandMultiplier: 1.1, capacityMultiplier: 1 },
      { name: "Downside", demandMultiplier: 0.85, capacityMultiplier: 0.95 },
    ]);
    // At the rule's bounds, and a range of two cells (the rest default).
    expect(readScenarios(get([[0.01], [10]]))).toEqual([
      { name: "Base", demandMultiplier: 1, capacityMultiplier: 1 },
      { name: "Upside", demandMultiplier: 0.01, capacityMultiplier: 10 },
      { name: "Downside", demandMultiplier: 0.85, capacityMultiplier: 0.95 },
    ]);
    expect(readScenarios(get(undefined))).toBeUndefined();
    expect(readScenarios(get([]))).toBeUndefined();
    // Read into the deck's input.
    expect(ok((m) => m.set("SOP_ScenarioMultipliers", [[1.2], [1.05], [0.8], [0.9]])).scenarios?.[1]).toEqual({
      name: "Upside",
      demandMultiplier: 1.2,
      capacityMultiplier: 1.05,
    });
  });
});

describe("the month's price and unit cost", () => {
  // Gadgets (family 1): Families price 50, unit cost 30.
  // Each reads its own grid: the other one's (the months' other rate) is there to be left alone.
  it.each([
    ["price", monthPrice, "price", "unitCost", 50],
    ["unit cost", monthUnitCost, "unitCost", "price", 30],
  ] as const)("is the workbook's month %s where it has one, else the family's", (_name, rate, own, other, fallback) => {
    const families = ok().families;
    const grid = (base: number) => [
      [base + 1, base + 2, base + 3],
      [base + 11, base + 12, base + 13],
    ];
    expect([0, 1, 2].map(rate({ families, [own]: grid(100), [other]: grid(200) }, 1))).toEqual([111, 112, 113]);
    // Without SOP_Price or SOP_UnitCost: the Families value every month.
    expect([0, 1, 2].map(rate({ families, [other]: grid(200) }, 1))).toEqual([fallback, fallback, fallback]);
  });
});
