import { monthSheetWidths, signed } from "../../../src/layout/formats";
import { isStructuralKey, keys } from "../../../src/layout/keys";

describe("formats", () => {
  it("gives a month sheet its family and measure columns, then one width a month", () => {
    expect(monthSheetWidths(3)).toEqual([24, 30, 11, 11, 11]);
    expect(monthSheetWidths(0)).toEqual([24, 30]);
  });

  it("signs a format: positive, negative, zero", () => {
    expect(signed("0.0%")).toBe("+0.0%;-0.0%;0.0%");
  });
});

describe("input keys", () => {
  it("spells every key out, field by field", () => {
    expect(keys.settings("company")).toBe("Settings|company");
    expect(keys.family("price", "Pumps")).toBe("Families|price|Pumps");
    expect(keys.familyInput("overtimePerMonth", "Pumps")).toBe("FamilyInputs|overtimePerMonth|Pumps");
    expect(keys.actual("Pumps", "2026-01")).toBe("Actuals|actual|Pumps|2026-01");
    expect(keys.override("Pumps", "2026-04")).toBe("Demand|override|Pumps|2026-04");
    expect(keys.overrideNote("reason", "Pumps", "2026-04")).toBe("Demand|reason|Pumps|2026-04");
    expect(keys.overrideNote("comment", "Pumps", "2026-04")).toBe("Demand|comment|Pumps|2026-04");
    expect(keys.previousConsensus("Pumps", "2026-04")).toBe("Demand|previous|Pumps|2026-04");
    expect(keys.supplyPlan("Pumps", "2026-04")).toBe("Supply|plan|Pumps|2026-04");
    expect(keys.budget("revenue", "Pumps", "2026-04")).toBe("Budget|revenue|Pumps|2026-04");
    expect(keys.production("quantity", "Pumps", "2026-01")).toBe("Production|quantity|Pumps|2026-01");
    expect(keys.price("unitCost", "Pumps", "2026-04")).toBe("Prices|unitCost|Pumps|2026-04");
    expect(keys.pipeline(3, "amount")).toBe("Pipeline|3|amount");
    expect(keys.resource(2, "2026-04")).toBe("Resources|2|2026-04");
    expect(keys.routing(1, "hoursPerUnit")).toBe("Routings|1|hoursPerUnit");
    expect(keys.order(7, "due")).toBe("Orders|7|due");
    expect(keys.action(4, "owner")).toBe("Actions|4|owner");
    expect(keys.kpi("target", "wape")).toBe("KPIs|target|wape");
    expect(keys.kpiInput("asOf")).toBe("KPIs|asOf");
    expect(keys.kpiTrend("wape", "2025-12")).toBe("KPIs|trend|wape|2025-12");
    expect(keys.archive("2026-02", "2026-04", "consensus", "A|B")).toBe("Archive|2026-02|2026-04|consensus|A|B");
    expect(keys.supplyPolicy("strategy")).toBe("Policy|strategy");
    expect(keys.familyPolicy("lotSize", "Pumps")).toBe("Policy|lotSize|Pumps");
    expect(keys.scenario("upsideDemand")).toBe("Scenario|upsideDemand");
    expect(keys.accuracyLags()).toBe("Lags|accuracy");
  });

  it("calls only the Settings and Families keys structural", () => {
    expect(isStructuralKey("Settings|company")).toBe(true);
    expect(isStructuralKey("Families|price|Pumps")).toBe(true);
    expect(isStructuralKey("FamilyInputs|overtimePerMonth|Pumps")).toBe(false);
    expect(isStructuralKey("Actuals|actual|Settings|2026-01")).toBe(false);
    expect(isStructuralKey("Policy|strategy")).toBe(false);
    // the sheet's name alone, without the separator, is not a key of it
    expect(isStructuralKey("Settings")).toBe(false);
    expect(isStructuralKey("Families")).toBe(false);
  });
});
