/**
 * The workbook names (src/layout/definedNames.ts) and the sheets' anchor names
 * (src/layout/names.ts) on hand-made geometries, no workbook built: every reference below is
 * worked out by hand from the layout's rules (geometry.ts, the Settings rows, the Supply sheet's
 * capacity section), rows counted from 0 in the comments and from 1 in the references.
 */
import { KPI_DEFS } from "../../../src/core/plan-model/kpis";
import { definedNames } from "../../../src/layout/definedNames";
import { Geometry } from "../../../src/layout/geometry";
import { NAMES, sheetAnchor, sheetAnchors } from "../../../src/layout/names";

const geometry = (over: Partial<Geometry>): Geometry => ({
  families: 2,
  history: 3,
  plan: 2,
  pipelineRows: 0,
  orderRows: 0,
  actionRows: 15,
  candidates: 0,
  ranked: 3,
  resources: 2,
  ...over,
});

const refs = (geo: Geometry): Map<string, string> => new Map(definedNames(geo).map((n) => [n.name, n.ref]));

describe("the workbook names of 2 families, 3 history and 2 plan months, 3 ranked gaps, 2 resources, 15 action rows", () => {
  let names: Map<string, string>;
  beforeEach(() => {
    names = refs(geometry({}));
  });

  it("gives each name once, in the order written", () => {
    const list = definedNames(geometry({})).map((n) => n.name);
    expect(new Set(list).size).toBe(list.length);
    expect(list.slice(0, 5)).toEqual([
      NAMES.company,
      NAMES.cycleMonth,
      NAMES.businessType,
      NAMES.months,
      NAMES.families,
    ]);
    expect(list[list.length - 1]).toBe(NAMES.actions);
    expect(list).toHaveLength(43);
  });

  it("points the single Settings cells at column B of their rows", () => {
    // Settings rows 4 company, 5 cycle month, 8 business type, 9 revenue target, 10 margin
    // target, 11 inventory ceiling; the accuracy lags two below the last (13), then the supply
    // strategy at 13 + 2 = 15 and the inventory target at 13 + 4 = 17.
    expect(names.get(NAMES.company)).toBe("Settings!$B$5");
    expect(names.get(NAMES.cycleMonth)).toBe("Settings!$B$6");
    expect(names.get(NAMES.businessType)).toBe("Settings!$B$9");
    expect(names.get(NAMES.revenueTarget)).toBe("Settings!$B$10");
    expect(names.get(NAMES.marginTarget)).toBe("Settings!$B$11");
    expect(names.get(NAMES.inventoryCeiling)).toBe("Settings!$B$12");
    expect(names.get(NAMES.supplyStrategy)).toBe("Settings!$B$16");
    expect(names.get(NAMES.inventoryTarget)).toBe("Settings!$B$18");
    // The four multipliers from two rows below the inventory target: rows 19 to 22.
    expect(names.get(NAMES.scenarioMultipliers)).toBe("Settings!$B$20:$B$23");
  });

  it("points the months, families and family table at their header row and rows", () => {
    // The plan months on Supply's header row 3, columns C and D.
    expect(names.get(NAMES.months)).toBe("Supply!$C$4:$D$4");
    // Families rows 4 and 5; the 9 family columns then lot size, minimum run, lead time: A to L.
    expect(names.get(NAMES.families)).toBe("Families!$A$5:$A$6");
    expect(names.get(NAMES.familyTable)).toBe("Families!$A$5:$L$6");
  });

  it("points the consensus by family at the Demand summary's plan months", () => {
    // Totals block 6 + 2 = 8 rows from row 4, then 2 family blocks of 12 + 2 = 14: the blocks end
    // before row 4 + 8 + 28 = 40; the summary's title at 41, its rows 42 and 43. The plan months
    // follow the 3 history months from column C: F and G.
    expect(names.get(NAMES.demand)).toBe("Demand!$F$43:$G$44");
  });

  it("points the Supply summaries at their tables, one after another", () => {
    // Totals block 8 + 2 = 10 rows from row 4, 2 family blocks of 13 + 2 = 15: row 44. Summary s
    // (in the order capacity, supply, inventory, late, lost, proposed, target inventory) has its
    // title at 45 + 4 s and its family rows at 46 + 4 s and 47 + 4 s; months in C and D.
    expect(names.get(NAMES.capacity)).toBe("Supply!$C$47:$D$48");
    expect(names.get(NAMES.supply)).toBe("Supply!$C$51:$D$52");
    expect(names.get(NAMES.inventory)).toBe("Supply!$C$55:$D$56");
    expect(names.get(NAMES.late)).toBe("Supply!$C$59:$D$60");
    expect(names.get(NAMES.lost)).toBe("Supply!$C$63:$D$64");
    expect(names.get(NAMES.proposedSupply)).toBe("Supply!$C$67:$D$68");
    expect(names.get(NAMES.targetInventory)).toBe("Supply!$C$71:$D$72");
  });

  it("points the Finance summaries at their tables below the revenue history", () => {
    // Totals block 19 + 2 = 21 rows from row 4, 2 family blocks of 14 + 2 = 16: row 57; the
    // revenue history's title at 58; summary s (revenue, COGS, gross margin, inventory value,
    // price, unit cost) has its title at 58 + 4 + 4 s and its rows at 63 + 4 s and 64 + 4 s.
    expect(names.get(NAMES.revenue)).toBe("Finance!$C$64:$D$65");
    expect(names.get(NAMES.cogs)).toBe("Finance!$C$68:$D$69");
    expect(names.get(NAMES.grossMargin)).toBe("Finance!$C$72:$D$73");
    expect(names.get(NAMES.inventoryValue)).toBe("Finance!$C$76:$D$77");
    expect(names.get(NAMES.price)).toBe("Finance!$C$80:$D$81");
    expect(names.get(NAMES.unitCost)).toBe("Finance!$C$84:$D$85");
  });

  it("points the budget at its three blocks of 2 family rows with a blank row between", () => {
    // Block b's family f at row 4 + b (2 + 1) + f.
    expect(names.get(NAMES.budgetUnits)).toBe("Budget!$C$5:$D$6");
    expect(names.get(NAMES.budgetRevenue)).toBe("Budget!$C$8:$D$9");
    expect(names.get(NAMES.budgetMargin)).toBe("Budget!$C$11:$D$12");
  });

  it("points the Gaps names at the agenda, its summary row and the grids below it", () => {
    // The agenda's rows from 5: 5, 6, 7 for 3 ranked gaps, rank to value (columns A to F).
    expect(names.get(NAMES.gaps)).toBe("Gaps!$A$6:$F$8");
    // The summary row above the agenda's header (row 3): units (E) and value (F).
    expect(names.get(NAMES.gapCount)).toBe("Gaps!$E$4");
    expect(names.get(NAMES.gapTotal)).toBe("Gaps!$F$4");
    // The grids from the row after the agenda (5 + 3 = 8) + 1, each 2 + 2 rows: grid g's title
    // at 9 + 4 g, its rows at 10 + 4 g and 11 + 4 g; over capacity is the third (g = 2), excess
    // inventory the fourth.
    expect(names.get(NAMES.overCapacity)).toBe("Gaps!$C$19:$D$20");
    expect(names.get(NAMES.excessInventory)).toBe("Gaps!$C$23:$D$24");
  });

  it("points the KPIs, the actions and the forecastability table at their rows", () => {
    // The KPI rows from row 4, name to unit (A to G).
    expect(KPI_DEFS).toHaveLength(13);
    expect(names.get(NAMES.kpis)).toBe("KPIs!$A$5:$G$17");
    // 15 action rows from row 4 (4 to 18), decision to status (A to D).
    expect(names.get(NAMES.actions)).toBe("Actions!$A$5:$D$19");
    // Demand below the consensus summary (rows 42, 43): previous consensus title 45, rows 46, 47;
    // actuals title 49, rows 50, 51; baseline title 53, rows 54, 55; forecastability title 57,
    // its header 58, family rows 59 and 60, columns A to G.
    expect(names.get(NAMES.forecastability)).toBe("Demand!$A$60:$G$61");
  });

  it("points the capacity section's names at its matrices and resource tables", () => {
    // The safety stock table's title 2 rows below the last summary's family rows (69 + 2 + 2 =
    // 73); the section 2 + 4 rows below it: 79. The hours-per-unit matrix: title 79, family rows
    // 80 and 81, resources in C and D.
    expect(names.get(NAMES.hoursPerUnit)).toBe("Supply!$C$81:$D$82");
    // After the matrix (2 + 2 rows), table r of capacity, load, overload, utilization, value has
    // its title at 83 + 4 r and its resource rows at 84 + 4 r, 85 + 4 r.
    expect(names.get(NAMES.resourceCapacity)).toBe("Supply!$C$85:$D$86");
    expect(names.get(NAMES.resourceLoad)).toBe("Supply!$C$89:$D$90");
    expect(names.get(NAMES.resources)).toBe("Supply!$A$89:$A$90");
    expect(names.get(NAMES.resourceOverload)).toBe("Supply!$C$93:$D$94");
    expect(names.get(NAMES.resourceValue)).toBe("Supply!$C$101:$D$102");
  });
});

describe("the workbook names of 1 family and 3 plan months, no ranked gap, no resource", () => {
  let names: Map<string, string>;
  beforeEach(() => {
    names = refs(geometry({ families: 1, history: 2, plan: 3, ranked: 0, resources: 0, actionRows: 1 }));
  });

  it("keeps one agenda row and one resource row", () => {
    expect(names.get(NAMES.gaps)).toBe("Gaps!$A$6:$F$6");
    // Supply: blocks end at 4 + 10 + 15 = 29; the target inventory's title 29 + 1 + 6 x 3 = 48;
    // the safety stock table's title 48 + 1 + 2 = 51; the section 51 + 1 + 4 = 56; the matrix
    // rows from 57; the tables after its 3 rows, 0 + 2 rows each without a resource (a title and
    // the one row kept): capacity's title 59, its row 60; load's title 61, its row 62.
    expect(names.get(NAMES.hoursPerUnit)).toBe("Supply!$C$58:$C$58");
    expect(names.get(NAMES.resourceCapacity)).toBe("Supply!$C$61:$E$61");
    expect(names.get(NAMES.resources)).toBe("Supply!$A$63:$A$63");
    expect(names.get(NAMES.actions)).toBe("Actions!$A$5:$D$5");
    // One family: the consensus summary's row 4 + 8 + 14 + 2 = 28, plan months after the 2
    // history months: E to G.
    expect(names.get(NAMES.demand)).toBe("Demand!$E$29:$G$29");
  });
});

describe("a sheet's anchor name", () => {
  it("is SOP_Sheet_ and the sheet's letters and digits", () => {
    expect(sheetAnchor("Supply")).toBe("SOP_Sheet_Supply");
    expect(sheetAnchor("Kept inputs")).toBe("SOP_Sheet_Keptinputs");
    expect(sheetAnchor("Plan archive (old) 2")).toBe("SOP_Sheet_Planarchiveold2");
    expect(sheetAnchor("Q1_P&L")).toBe("SOP_Sheet_Q1PL");
  });

  it("refers to A1 of its sheet, the name quoted unless it is letters, digits and _", () => {
    expect(sheetAnchors(["Supply", "Kept inputs", "Q1_2", "P&L"])).toEqual([
      { name: "SOP_Sheet_Supply", ref: "Supply!$A$1" },
      { name: "SOP_Sheet_Keptinputs", ref: "'Kept inputs'!$A$1" },
      { name: "SOP_Sheet_Q12", ref: "Q1_2!$A$1" },
      { name: "SOP_Sheet_PL", ref: "'P&L'!$A$1" },
    ]);
    expect(sheetAnchors([])).toEqual([]);
  });
});
