/**
 * The workbook's tables as the deck reads them (src/deck/tables.ts): the family table with its
 * optional columns, the KPIs with their trend, the gaps, the gap totals and the actions log.
 * Each expected value is written out from the cells each test gives.
 */
import { isSopError } from "../../src/core/errors";
import { actionTable, familyTable, gapTable, gapTotalsTable, kpiTable } from "../../src/deck/tables";
import type { NamedReader } from "../../src/deck/read";
import type { CellValue } from "../../src/layout/types";

function reader(names: Record<string, CellValue[][]>): NamedReader {
  return (name) => names[name];
}

function message(r: unknown): string {
  return isSopError(r) ? r.message : "no error";
}

const RANGE_FIX = ": rebuild the workbook or correct the range";

describe("the family table", () => {
  it("reads the seven columns, a blank unit as units and a blank number as 0", () => {
    const get = reader({
      SOP_FamilyTable: [
        ["Widgets", "", 10, 6, null, 100, ""],
        ["Gadgets", "cases", 50, 30, 5, 40, 15],
      ],
    });
    expect(familyTable(get, ["Widgets", "Gadgets"])).toEqual([
      {
        name: "Widgets",
        unit: "units",
        price: 10,
        unitCost: 6,
        openingInventory: 0,
        capacityPerMonth: 100,
        targetDaysOfSupply: 0,
      },
      {
        name: "Gadgets",
        unit: "cases",
        price: 50,
        unitCost: 30,
        openingInventory: 5,
        capacityPerMonth: 40,
        targetDaysOfSupply: 15,
      },
    ]);
  });

  it("reads overtime (columns H and I) and the lot size and minimum run (J and K) where they hold numbers", () => {
    const get = reader({
      SOP_FamilyTable: [
        ["Widgets", "units", 10, 6, 0, 100, 30, 20, 1.5, 25, 50, 2],
        ["Gadgets", "units", 50, 30, 0, 40, 15, "n/a", "", null, 0],
        ["Gizmos", "units", 5, 3, 0, 10, 15],
      ],
    });
    const r = familyTable(get, ["Widgets", "Gadgets", "Gizmos"]);
    if (isSopError(r)) throw new Error(r.message);
    expect(r[0]).toEqual({
      name: "Widgets",
      unit: "units",
      price: 10,
      unitCost: 6,
      openingInventory: 0,
      capacityPerMonth: 100,
      targetDaysOfSupply: 30,
      overtimePerMonth: 20,
      overtimePremium: 1.5,
      lotSize: 25,
      minimumRun: 50,
    });
    // Text (in the first optional column) and blanks leave the field out; a 0 is a number.
    expect(r[1]).toEqual({
      name: "Gadgets",
      unit: "units",
      price: 50,
      unitCost: 30,
      openingInventory: 0,
      capacityPerMonth: 40,
      targetDaysOfSupply: 15,
      minimumRun: 0,
    });
    // A table seven columns wide has no optional columns at all.
    expect(r[2]).toEqual({
      name: "Gizmos",
      unit: "units",
      price: 5,
      unitCost: 3,
      openingInventory: 0,
      capacityPerMonth: 10,
      targetDaysOfSupply: 15,
    });
  });

  it("names a table that disagrees with the family list, or a cell that is not a number", () => {
    const two = [
      ["Widgets", "units", 10, 6, 0, 100, 30],
      ["Gadgets", "units", 50, 30, 0, 40, 15],
    ];
    expect(message(familyTable(reader({ SOP_FamilyTable: two }), ["Widgets"]))).toBe(
      `SOP_FamilyTable has 2 rows but SOP_Families lists 1 families${RANGE_FIX}`,
    );
    expect(message(familyTable(reader({ SOP_FamilyTable: two }), ["Widgets", "Gizmos"]))).toBe(
      `SOP_FamilyTable row 2 is "Gadgets" but SOP_Families says "Gizmos"${RANGE_FIX}`,
    );
    const text = [["Widgets", "units", 10, 6, 0, 100, "thirty"]];
    expect(message(familyTable(reader({ SOP_FamilyTable: text }), ["Widgets"]))).toBe(
      `SOP_FamilyTable row 1, column 7 holds "thirty", not a number${RANGE_FIX}`,
    );
    const price = [["Widgets", "units", "#REF!", 6, 0, 100, 30]];
    expect(message(familyTable(reader({ SOP_FamilyTable: price }), ["Widgets"]))).toBe(
      `SOP_FamilyTable row 1, column 3 holds "#REF!", not a number${RANGE_FIX}`,
    );
    expect(message(familyTable(reader({ SOP_FamilyTable: [["Widgets", "units", 10, 6, 0, 100]] }), ["Widgets"]))).toBe(
      `SOP_FamilyTable should have at least 7 columns${RANGE_FIX}`,
    );
  });
});

describe("the KPI table", () => {
  const kpi = (name: string, value: CellValue): CellValue[] => [name, "Plan quality", value, 0.85, "Watch", 0.8, "%"];

  it("reads each KPI's fields, an error or text as no value, and no data where the workbook says so", () => {
    const get = reader({
      SOP_KPIs: [
        kpi("Forecast accuracy", 0.82),
        ["", "", "", "", "", "", ""],
        kpi("OTIF", "#N/A"),
        kpi("Plan adherence", "  No Data "),
      ],
    });
    expect(kpiTable(get)).toEqual([
      {
        name: "Forecast accuracy",
        category: "Plan quality",
        value: 0.82,
        target: 0.85,
        status: "Watch",
        previous: 0.8,
        unit: "%",
      },
      { name: "OTIF", category: "Plan quality", value: null, target: 0.85, status: "Watch", previous: 0.8, unit: "%" },
      {
        name: "Plan adherence",
        category: "Plan quality",
        value: null,
        target: 0.85,
        status: "Watch",
        previous: 0.8,
        unit: "%",
        noData: true,
      },
    ]);
  });

  it("reads the trend beside each KPI row, skipping the rows without a name", () => {
    const get = reader({
      SOP_KPIs: [
        kpi("Forecast accuracy", 0.82),
        [null, "x", 1, 1, "", 1, "%"],
        kpi("OTIF", 0.9),
        kpi("Plan adherence", 0.9),
      ],
      // The second row (no name) has a trend of its own, which is dropped with it; the last KPI's trend is blank.
      SOP_KPITrend: [["▁▂"], ["skipped"], ["▃▄"], [""]],
    });
    const r = kpiTable(get);
    if (isSopError(r)) throw new Error(r.message);
    expect(r.map((k) => [k.name, k.trend])).toEqual([
      ["Forecast accuracy", "▁▂"],
      ["OTIF", "▃▄"],
      ["Plan adherence", undefined],
    ]);
    expect("trend" in r[2]).toBe(false);
    // A workbook without SOP_KPITrend: no trend.
    const plain = kpiTable(reader({ SOP_KPIs: [kpi("OTIF", 0.9)] }));
    expect(isSopError(plain) ? plain : "trend" in plain[0]).toBe(false);
  });
});

describe("the gaps table", () => {
  it("reads rank, family, month, type, gap and value; a currency gap has no units; reserved rows are skipped", () => {
    const get = reader({
      SOP_Gaps: [
        [1, "Widgets", "2026-04", "Lost demand", 10, 100],
        // A month as a date serial (2026-05-01 = 46143), a blank rank (its row number), a blank value (0).
        ["", "Gadgets", 46143, "Over capacity", 5, null],
        [3, "", "", "", "", ""],
        // Company-level gaps, in any case: measured in currency only.
        [4, "All families", "2026-05", "revenue below target", 0, 500],
        [5, "All families", "Q2", "Inventory value above ceiling", 3, 70],
        // A type without a family is still a gap.
        [6, "", "2026-03", "Late demand", null, 20],
        // So is a family without a type.
        [7, "Widgets", "2026-03", "", 1, 10],
      ],
    });
    expect(gapTable(get)).toEqual([
      { rank: 1, family: "Widgets", month: "2026-04", type: "Lost demand", gap: 10, valueAtStake: 100 },
      { rank: 2, family: "Gadgets", month: "2026-05", type: "Over capacity", gap: 5, valueAtStake: 0 },
      { rank: 4, family: "All families", month: "2026-05", type: "revenue below target", gap: null, valueAtStake: 500 },
      {
        rank: 5,
        family: "All families",
        month: "Q2",
        type: "Inventory value above ceiling",
        gap: null,
        valueAtStake: 70,
      },
      { rank: 6, family: "", month: "2026-03", type: "Late demand", gap: null, valueAtStake: 20 },
      { rank: 7, family: "Widgets", month: "2026-03", type: "", gap: 1, valueAtStake: 10 },
    ]);
  });

  it("names the row whose gap or value is not a number", () => {
    const gap = reader({
      SOP_Gaps: [
        [1, "Widgets", "2026-04", "Lost demand", 10, 100],
        [2, "Widgets", "2026-05", "Lost demand", "ten", 100],
      ],
    });
    expect(message(gapTable(gap))).toBe(`SOP_Gaps row 2 has a gap or value that is not a number${RANGE_FIX}`);
    const value = reader({ SOP_Gaps: [[1, "Widgets", "2026-04", "Lost demand", 10, "#REF!"]] });
    expect(message(gapTable(value))).toBe(`SOP_Gaps row 1 has a gap or value that is not a number${RANGE_FIX}`);
    expect(message(gapTable(reader({ SOP_Gaps: [[1, "Widgets"]] })))).toBe(
      `SOP_Gaps should have 6 columns${RANGE_FIX}`,
    );
  });
});

describe("the gap totals", () => {
  it("reads the count and total, or nothing when the workbook has neither", () => {
    expect(gapTotalsTable(reader({ SOP_GapCount: [[53]], SOP_GapTotal: [[1250]] }))).toEqual({
      count: 53,
      totalValueAtStake: 1250,
    });
    expect(gapTotalsTable(reader({}))).toBeUndefined();
    expect(gapTotalsTable(reader({ SOP_GapCount: [], SOP_GapTotal: [] }))).toBeUndefined();
  });

  it("names the one that is missing or not a number when the other is there", () => {
    expect(message(gapTotalsTable(reader({ SOP_GapCount: [[53]] })))).toBe(
      "the workbook has no SOP_GapTotal range: scaffold the workbook first",
    );
    expect(message(gapTotalsTable(reader({ SOP_GapTotal: [[1250]] })))).toBe(
      "the workbook has no SOP_GapCount range: scaffold the workbook first",
    );
    expect(message(gapTotalsTable(reader({ SOP_GapCount: [["many"]], SOP_GapTotal: [[1250]] })))).toBe(
      `SOP_GapCount holds "many", not a number${RANGE_FIX}`,
    );
  });
});

describe("the actions log", () => {
  it("reads decision, owner, due date and status (blank = Open), skipping rows without a decision", () => {
    const get = reader({
      SOP_Actions: [
        ["Add shift", "Ops", "2026-04-15", ""],
        ["", "HR", "2026-04-01", "Open"],
        ["Review pricing", "", 46073, "Closed"],
      ],
    });
    expect(actionTable(get)).toEqual([
      { decision: "Add shift", owner: "Ops", dueDate: "2026-04-15", status: "Open" },
      // 46073 is 2026-02-20 (fixture.ts).
      { decision: "Review pricing", owner: "", dueDate: "2026-02-20", status: "Closed" },
    ]);
  });

  it("names the row whose due date is not a date", () => {
    const get = reader({
      SOP_Actions: [
        ["Add shift", "Ops", "2026-04-15", ""],
        ["Hire", "HR", "soon", ""],
      ],
    });
    expect(message(actionTable(get))).toBe(`SOP_Actions row 2 has due date "soon", not a date${RANGE_FIX}`);
  });
});
