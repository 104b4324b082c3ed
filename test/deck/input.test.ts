import { isSopError, SopError } from "../../src/core/errors";
import { deckInputFromNames, type DeckInput } from "../../src/deck/input";
import { fixtureNames, reader } from "./fixture";

function ok(): DeckInput {
  const r = deckInputFromNames(reader(fixtureNames()));
  if (isSopError(r)) throw new Error(r.message);
  return r;
}

function err(mutate: (m: ReturnType<typeof fixtureNames>) => void): SopError {
  const m = fixtureNames();
  mutate(m);
  const r = deckInputFromNames(reader(m));
  if (!isSopError(r)) throw new Error("expected an error");
  return r;
}

describe("deckInputFromNames", () => {
  it("reads the settings, families and plan grids from the workbook names", () => {
    const d = ok();
    expect(d.company).toBe("Acme Tools");
    expect(d.cycleMonth).toBe("2026-03");
    expect(d.businessType).toBe("manufacturing");
    expect(d.months).toEqual(["2026-03", "2026-04", "2026-05"]);
    expect(d.families.map((f) => f.name)).toEqual(["Widgets", "Gadgets"]);
    expect(d.families[1]).toEqual({ name: "Gadgets", unit: "units", price: 50, unitCost: 30, openingInventory: 0, capacityPerMonth: 40, targetDaysOfSupply: 15 });
    expect(d.demand).toEqual([
      [100, 120, 90],
      [30, 40, 50],
    ]);
    expect(d.targets).toEqual({ revenuePerMonth: 3000, grossMarginPct: 0.4, inventoryValueCeiling: 1000 });
  });

  it("reads a KPI error or blank as no value, and skips blank gap rows", () => {
    const d = ok();
    expect(d.kpis).toHaveLength(12);
    const otif = d.kpis.find((k) => k.name === "OTIF");
    expect(otif?.value).toBeNull();
    expect(otif?.previous).toBeNull();
    expect(d.kpis.find((k) => k.name === "Plan adherence")?.previous).toBeNull();
    expect(d.gaps).toHaveLength(4);
  });

  it("reads the plan's gap count and total, and no units for a gap measured in currency", () => {
    const d = ok();
    expect(d.gapTotals).toBeUndefined(); // a workbook without SOP_GapCount / SOP_GapTotal
    expect(d.gaps.find((g) => g.type === "Revenue below target")?.gap).toBeNull();
    expect(d.gaps.find((g) => g.type === "Inventory below target")?.gap).toBe(5);
    const m = fixtureNames();
    m.set("SOP_GapCount", [[53]]);
    m.set("SOP_GapTotal", [[8390411.4]]);
    const r = deckInputFromNames(reader(m));
    if (isSopError(r)) throw new Error(r.message);
    expect(r.gapTotals).toEqual({ count: 53, totalValueAtStake: 8390411.4 });
    m.set("SOP_GapTotal", [["#REF!"]]);
    const bad = deckInputFromNames(reader(m));
    expect(isSopError(bad) && bad.message).toBe('SOP_GapTotal holds "#REF!", not a number: rebuild the workbook or correct the range');
  });

  it("skips reserved rows of the gaps and actions tables (a rank or owner with nothing else)", () => {
    const m = fixtureNames();
    m.set("SOP_Gaps", [...m.get("SOP_Gaps")!, [6, "", "", "", "", ""]]);
    m.set("SOP_Actions", [...m.get("SOP_Actions")!, ["", "HR", "", ""]]);
    const r = deckInputFromNames(reader(m));
    if (isSopError(r)) throw new Error(r.message);
    expect(r.gaps).toHaveLength(4);
    expect(r.actions).toHaveLength(5);
  });

  it("reads due dates written as Excel date serials and as text", () => {
    const d = ok();
    expect(d.actions[1].dueDate).toBe("2026-02-20");
    expect(d.actions[0].dueDate).toBe("2026-04-15");
    expect(d.actions[3].dueDate).toBe("");
  });

  it("reads months given as date serials (Office.js returns dates as numbers)", () => {
    const m = fixtureNames();
    // 2026-03-01 = 46023 (2026-01-01) + 31 + 28 = 46082; 2026-04-01 = 46113; 2026-05-01 = 46143.
    m.set("SOP_Months", [[46082, 46113, 46143]]);
    m.set("SOP_CycleMonth", [[46082]]);
    const r = deckInputFromNames(reader(m));
    if (isSopError(r)) throw new Error(r.message);
    expect(r.months).toEqual(["2026-03", "2026-04", "2026-05"]);
    expect(r.cycleMonth).toBe("2026-03");
  });

  it("defaults the business type to manufacturing when the name is absent", () => {
    const m = fixtureNames();
    m.delete("SOP_BusinessType");
    const r = deckInputFromNames(reader(m));
    expect(isSopError(r) ? r.message : r.businessType).toBe("manufacturing");
  });

  it("says which range is missing and what to do", () => {
    const e = err((m) => m.delete("SOP_Demand"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe("the workbook has no SOP_Demand range: scaffold the workbook first");
    expect(err((m) => m.delete("SOP_Actions")).message).toContain("SOP_Actions");
    expect(err((m) => m.delete("SOP_Company")).message).toContain("SOP_Company");
  });

  it("names a plan grid whose shape does not match families x months", () => {
    const e = err((m) => m.set("SOP_Revenue", [[1, 2]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("SOP_Revenue is 1 x 2 but the workbook has 2 families and 3 months");
  });

  it("names the cell that holds text or an error inside a plan grid", () => {
    const e = err((m) =>
      m.set("SOP_Supply", [
        [90, "#REF!", 100],
        [30, 40, 40],
      ]),
    );
    expect(e.message).toContain('SOP_Supply row 1, month 2 holds "#REF!", not a number');
  });

  it("reads blanks in a plan grid as zero but refuses a grid with no numbers at all", () => {
    const m = fixtureNames();
    m.set("SOP_LateDemand", [
      ["", 10, null],
      [0, 0, 10],
    ]);
    const r = deckInputFromNames(reader(m));
    expect(isSopError(r) ? r.message : r.late[0]).toEqual([0, 10, 0]);
    const e = err((mm) =>
      mm.set("SOP_COGS", [
        [null, null, null],
        ["", "", ""],
      ]),
    );
    expect(e.message).toContain("SOP_COGS holds no numbers");
  });

  it("rejects a KPI table without seven columns, a bad cycle month and a non-numeric target", () => {
    expect(err((m) => m.set("SOP_KPIs", [["Forecast accuracy", "Plan quality", 0.8, 0.85, "Watch", 0.8]])).message).toContain(
      "SOP_KPIs should have 7 columns",
    );
    expect(err((m) => m.set("SOP_CycleMonth", [["March"]])).message).toContain("SOP_CycleMonth");
    expect(err((m) => m.set("SOP_MarginTarget", [["forty"]])).message).toContain("SOP_MarginTarget");
  });

  it("rejects a family table that disagrees with the family list", () => {
    const e = err((m) => m.set("SOP_Families", [["Widgets"], ["Sprockets"]]));
    expect(e.message).toContain("SOP_FamilyTable row 2");
  });
});
