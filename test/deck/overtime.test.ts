import { recommend } from "../../src/deck/recommend";
import { OVERTIME_INPUTS, RESPONSE_OPTIONS, offeredOptions, overtimeWhereShort } from "../../src/deck/options";
import { runOptions, simulateScenario, type ScenarioPlan } from "../../src/deck/scenarios";

/**
 * One family over three months, worked by hand:
 *   price 10, unit cost 6, opening inventory 10; demand 100 100 100; supply plan 80 80 120;
 *   capacity 200 a month (the plan is not capped); overtime 15 units a month at a premium of 2 a unit.
 */
const oneFamily = (overtime: { overtimePerMonth?: number; overtimePremium?: number }): ScenarioPlan => ({
  families: [{ price: 10, unitCost: 6, openingInventory: 10, ...overtime }],
  demand: [[100, 100, 100]],
  supply: [[80, 80, 120]],
  capacity: [[200, 200, 200]],
});
const plan = oneFamily({ overtimePerMonth: 15, overtimePremium: 2 });
const base = { name: "Base", demandMultiplier: 1, capacityMultiplier: 1 };

describe("overtime where the plan runs short, worked by hand", () => {
  it("adds overtime only in months that would end with backorders, at most the overtime capacity", () => {
    // Month 1: 10 + 80 - 100 = -10 -> overtime min(15, 10) = 10 -> inventory 0.
    // Month 2: 0 + 80 - 100 = -20 -> overtime min(15, 20) = 15 -> inventory -5.
    // Month 3: -5 + 120 - 100 = 15 -> ends with stock: no overtime.
    expect(overtimeWhereShort([100, 100, 100], [80, 80, 120], [15, 15, 15], 10)).toEqual([10, 15, 0]);
  });

  it("Overtime in the base scenario: revenue, margin net of the premium, late and lost demand", () => {
    // Supply 80+10, 80+15, 120 = 90, 95, 120; inventory 0, -5, 15.
    // Shipped: 100; 100 - 5 = 95; 100 + 5 = 105 -> 300 -> revenue 3,000, COGS 1,800.
    // Overtime 25 units x premium 2 = 50 -> gross margin 3,000 - 1,800 - 50 = 1,150.
    // Month 2 ends 5 short, served in month 3: late 5; nothing owed at the end: lost 0.
    // On hand 0, 0, 15 -> peak inventory value 15 x 6 = 90.
    const r = simulateScenario(plan, { ...base, supplyPolicy: "overtime" });
    expect(r.detail[0].map((m) => m.supply)).toEqual([90, 95, 120]);
    expect(r.shipped).toBe(300);
    expect(r.revenue).toBe(3000);
    expect(r.cogs).toBe(1800);
    expect(r.overtimeUnits).toBe(25);
    expect(r.overtimeCost).toBe(50);
    expect(r.grossMargin).toBe(1150);
    expect(r.lateUnits).toBe(5);
    expect(r.lostUnits).toBe(0);
    expect(r.peakInventoryValue).toBe(90);
  });

  it("Plan as is on the same plan: more margin, but 10 units lost", () => {
    // Inventory 10+80-100 = -10; -10+80-100 = -30; -30+120-100 = -10: 10 still owed at the end.
    // Lost: the latest demand is served last, so the 10 owed are month 3's: lost 0 0 10.
    // Late: month 1 10; month 2 30; month 3 min(100, 10) - 10 = 0 -> 40.
    // Shipped 300 - 10 = 290 -> revenue 2,900, COGS 1,740, margin 1,160, no overtime.
    const r = simulateScenario(plan, { ...base, supplyPolicy: "asIs" });
    expect(r.overtimeUnits).toBe(0);
    expect(r.overtimeCost).toBe(0);
    expect(r.grossMargin).toBe(1160);
    expect(r.lateUnits).toBe(40);
    expect(r.lostUnits).toBe(10);
    expect(r.lostValue).toBe(100);
  });

  it("scales overtime capacity with the scenario's capacity multiplier", () => {
    // Capacity x0.5: capacity 100 -> supply 80, 80, min(120, 100) = 100; overtime 15 x 0.5 = 7.5.
    // Month 1: 10 + 80 - 100 = -10 -> +7.5 -> -2.5. Month 2: -2.5 + 80 - 100 = -22.5 -> +7.5 -> -15.
    // Month 3: -15 + 100 - 100 = -15 -> +7.5 -> -7.5. Overtime 22.5 units, premium 45.
    // Owed at the end 7.5 (month 3's): lost 7.5; late 2.5 + 15 + 0 = 17.5.
    // Shipped 300 - 7.5 = 292.5 -> revenue 2,925, COGS 1,755, margin 2,925 - 1,755 - 45 = 1,125.
    const r = simulateScenario(plan, {
      name: "Short",
      demandMultiplier: 1,
      capacityMultiplier: 0.5,
      supplyPolicy: "overtime",
    });
    expect(r.overtimeUnits).toBeCloseTo(22.5, 9);
    expect(r.overtimeCost).toBeCloseTo(45, 9);
    expect(r.lostUnits).toBeCloseTo(7.5, 9);
    expect(r.lateUnits).toBeCloseTo(17.5, 9);
    expect(r.revenue).toBeCloseTo(2925, 9);
    expect(r.grossMargin).toBeCloseTo(1125, 9);
  });

  it("the recommendation weighs the premium: Overtime wins here because Plan as is loses too much demand", () => {
    // Base: Plan as is margin 1,160 but lost 100 of 3,000 demand value = 3.3 % > 2 %: not within targets.
    // Build ahead re-proposes every month (target-seeking, target 0, capacity 200): 100 - 10 = 90,
    //   then 100, 100 -> inventory 0, 0, 0; shipped 300; margin 3,000 - 1,800 = 1,200; lost 0.
    // Overtime: margin 1,150, lost 0. Both within targets (no ceiling): Build ahead has the higher margin.
    const options = runOptions(plan, [base]);
    const byName = new Map(options.map((o) => [o.name, o.byScenario[0]]));
    expect(byName.get("Build ahead")?.grossMargin).toBe(1200);
    expect(byName.get("Overtime")?.grossMargin).toBe(1150);
    expect(
      recommend(
        options.map((o) => ({ ...o.byScenario[0], name: o.name })),
        0,
      ).name,
    ).toBe("Build ahead");
    // Without spare regular capacity (capacity = the plan's supply: 80 80 120), the re-proposal
    // makes 80, 80, 120 (the months before each shortfall are full): Plan as is again, and
    // Overtime is the only option within 2 % of lost demand.
    const tight: ScenarioPlan = { ...plan, capacity: [[80, 80, 120]] };
    const tightOptions = runOptions(tight, [base]);
    const rec = recommend(
      tightOptions.map((o) => ({ ...o.byScenario[0], name: o.name })),
      0,
    );
    expect(rec.name).toBe("Overtime");
    expect(rec.withinTargets).toBe(true);
  });
});

describe("the Overtime option needs its inputs", () => {
  it("is not offered when no family gives them, and says which inputs would enable it", () => {
    const { offered, notes } = offeredOptions(oneFamily({}).families);
    expect(offered.map((o) => o.name)).toEqual(["Plan as is", "Build ahead"]);
    expect(notes).toEqual([`Overtime is not offered: no family gives its inputs; type ${OVERTIME_INPUTS} to cost it.`]);
    expect(OVERTIME_INPUTS).toContain("Overtime units / month");
    expect(OVERTIME_INPUTS).toContain("overtime_premium");
  });

  it("treats a family with overtime capacity but no premium as not giving them (no premium is assumed)", () => {
    const half = oneFamily({ overtimePerMonth: 15 });
    expect(offeredOptions(half.families).offered.map((o) => o.name)).not.toContain("Overtime");
    // Run anyway, the option adds nothing for that family: the same as the plan as is.
    const r = simulateScenario(half, { ...base, supplyPolicy: "overtime" });
    expect(r.overtimeUnits).toBe(0);
    expect(r.grossMargin).toBe(1160);
  });

  it("is offered with a premium of 0, and names the families it covers when only some give the inputs", () => {
    const two: ScenarioPlan["families"] = [
      { price: 10, unitCost: 6, openingInventory: 0, overtimePerMonth: 5, overtimePremium: 0 },
      { price: 10, unitCost: 6, openingInventory: 0 },
    ];
    const { offered, notes } = offeredOptions(two);
    // Without resources, Allocate by margin is not offered (nothing shared to allocate), and not mentioned.
    expect(offered.map((o) => o.name)).toEqual(RESPONSE_OPTIONS.map((o) => o.name).filter((n) => n !== "Allocate by margin"));
    expect(notes).toEqual([`Overtime uses overtime only in the 1 of 2 families that give ${OVERTIME_INPUTS}.`]);
  });
});
