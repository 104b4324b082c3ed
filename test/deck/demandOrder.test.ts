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

  it("adds the class column to the header only, puts a family without a class after class C, and leaves one the table does not list blank", () => {
    const i = input();
    // Widgets unclassed (""), Gadgets C: Gadgets first.
    const s = buildDeckSheet({ ...i, forecastability: [line("Widgets", "", ""), line("Gadgets", "C", "Y")] });
    const r = s.cells.findIndex((row) => row[0]?.value === "3. Demand plan summary");
    expect(s.cells[r + 1].slice(5).map((c) => c?.value)).toEqual([
      "Next 3 months",
      "Horizon (3 months)",
      "Average per month",
      "ABC/XYZ",
    ]);
    expect(s.cells.slice(r + 2, r + 4).map((row) => [row[0]?.value, row[8]?.value])).toEqual([
      ["Gadgets", "C/Y"],
      ["Widgets", "/"],
    ]);
    // The total has no class cell.
    expect(s.cells[r + 4]).toHaveLength(8);
    // Only Gadgets listed, class B: Widgets after it, its class cell empty text.
    const one = buildDeckSheet({ ...i, forecastability: [line("Gadgets", "B", "X")] });
    expect(one.cells.slice(r + 2, r + 4).map((row) => [row[0]?.value, row[8]])).toEqual([
      ["Gadgets", { value: "B/X" }],
      ["Widgets", { value: "" }],
    ]);
  });
});
