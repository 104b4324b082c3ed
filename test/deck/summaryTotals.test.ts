/** The summaries' total lines and their ratios without capacity or revenue, by hand on the fixture (fixture.ts). */
import { isSopError } from "../../src/core/errors";
import { deckInputFromNames, type DeckInput } from "../../src/deck/input";
import { planSummaries } from "../../src/deck/summaries";
import { fixtureNames, reader } from "./fixture";

function input(): DeckInput {
  const r = deckInputFromNames(reader(fixtureNames()));
  if (isSopError(r)) throw new Error(r.message);
  return r;
}

describe("the summaries' totals", () => {
  it("label the total lines Total, without a unit (they add units as they stand)", () => {
    const s = planSummaries(input());
    expect([s.demandTotal.family, s.demandTotal.unit]).toEqual(["Total", ""]);
    expect([s.supplyTotal.family, s.supplyTotal.unit]).toEqual(["Total", ""]);
    expect(s.financialTotal.family).toBe("Total");
  });

  it("give no utilisation without capacity and no margin % without revenue", () => {
    const i = input();
    const s = planSummaries({
      ...i,
      capacity: [
        [0, 0, 0],
        [0, 0, 0],
      ],
      revenue: [
        [0, 0, 0],
        [0, 0, 0],
      ],
    });
    expect(s.supply.map((l) => l.utilisation)).toEqual([null, null]);
    expect(s.supplyTotal.utilisation).toBeNull();
    expect(s.financial.map((l) => l.marginPct)).toEqual([null, null]);
    expect(s.financialTotal.marginPct).toBeNull();
  });
});
