/**
 * The deck's demand review in ABC order (the workbook's SOP_Forecastability classes): A first,
 * then B, C and unclassed, each with its ABC/XYZ class; without the table, the workbook's order.
 */
import { isSopError } from "../../src/core/errors";
import { deckInputFromNames, type DeckInput } from "../../src/deck/input";
import { buildDeckSheet } from "../../src/deck/sheet";
import type { ForecastabilityLine } from "../../src/deck/forecastability";
import { fixtureNames, reader } from "./fixture";

function input(): DeckInput {
  const r = deckInputFromNames(reader(fixtureNames()));
  if (isSopError(r)) throw new Error(r.message);
  return r;
}
const line = (family: string, abc: string, xyz: string): ForecastabilityLine => ({
  family,
  revenue: null,
  abc,
  cv: null,
  xyz,
  trackingSignal: null,
  bias: "",
});

/** The demand section's family rows: [family, last cell]. */
function demandRows(i: DeckInput): Array<[unknown, unknown]> {
  const cells = buildDeckSheet(i).cells;
  const top = cells.findIndex((r) => r[0]?.value === "3. Demand plan summary");
  const header = cells.slice(top).findIndex((r) => r[0]?.value === "Family") + top;
  const out: Array<[unknown, unknown]> = [];
  for (let r = header + 1; cells[r]?.[0]?.value !== "Total (all units)"; r++)
    out.push([cells[r][0]?.value, cells[r][cells[r].length - 1]?.value]);
  return out;
}

describe("the demand review order", () => {
  it("keeps the workbook's order without the forecastability table", () => {
    const i = input();
    expect(demandRows(i).map((r) => r[0])).toEqual(i.families.map((f) => f.name));
  });

  it("puts A families first, then B, C and unclassed, with their ABC/XYZ class", () => {
    const i = input();
    const names = i.families.map((f) => f.name);
    expect(names.length).toBeGreaterThanOrEqual(2);
    // The first family is C, the second A: the second comes first.
    const lines = [line(names[0], "C", "Z"), line(names[1], "A", "X"), ...names.slice(2).map((n) => line(n, "", ""))];
    const rows = demandRows({ ...i, forecastability: lines });
    expect(rows.slice(0, 2)).toEqual([
      [names[1], "A/X"],
      [names[0], "C/Z"],
    ]);
  });
});
