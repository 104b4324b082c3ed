/**
 * The overtime inputs (families.csv overtime_per_month and overtime_premium; the Families sheet's
 * "Overtime units / month" and "Overtime premium / unit"): optional, blank = not given, imported
 * with file, line and column errors, kept by a rebuild whatever the pane's form holds, and read by
 * the deck, which offers the Overtime option only where they are given.
 */
import { formatIssue, importCycle } from "../../src/io";
import { cycleToCsv } from "../../src/io/export";
import { buildWorkbook } from "../../src/layout/workbook";
import { keys } from "../../src/layout/keys";
import { planRebuild } from "../../src/layout/rebuild";
import { readNamedRange } from "../../src/layout/lookup";
import { deckInputFromNames } from "../../src/deck/input";
import { buildDeck } from "../../src/deck/deck";
import { isSopError } from "../../src/core/errors";
import type { CycleData } from "../../src/core/model";
import type { WorkbookSpec } from "../../src/layout/types";
import { minimal } from "./minimalCycle";

const HEADER = "family,unit,price,unit_cost,opening_inventory,capacity_per_month,target_days_of_supply";

function imported(families: string): CycleData {
  const r = importCycle(minimal({ "families.csv": families }));
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
  return r.data;
}

const familiesCell = (spec: WorkbookSpec, key: string): unknown =>
  spec.sheets
    .find((s) => s.name === "Families")!
    .cells.flat()
    .find((c) => c?.key === key)?.value;

describe("overtime inputs in families.csv", () => {
  it("reads them when given, leaves them absent when blank or when the columns are missing", () => {
    const given = imported(`${HEADER},overtime_per_month,overtime_premium\nSeats,seats,10,4,0,100,0,25,1.5\n`);
    expect(given.config.families[0]).toMatchObject({ overtimePerMonth: 25, overtimePremium: 1.5 });
    const blank = imported(`${HEADER},overtime_per_month,overtime_premium\nSeats,seats,10,4,0,100,0,,\n`);
    expect("overtimePerMonth" in blank.config.families[0]).toBe(false);
    expect("overtimePremium" in blank.config.families[0]).toBe(false);
    const without = imported(`${HEADER}\nSeats,seats,10,4,0,100,0\n`);
    expect("overtimePerMonth" in without.config.families[0]).toBe(false);
  });

  it("refuses a negative or non-numeric value with file, line and column", () => {
    const r = importCycle(
      minimal({
        "families.csv": `${HEADER},overtime_per_month,overtime_premium\nSeats,seats,10,4,0,100,0,-5,lots\n`,
      }),
    );
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      'families.csv line 2, column overtime_per_month: expected a number of at least 0, got "-5"',
      'families.csv line 2, column overtime_premium: expected a number of at least 0, got "lots"',
    ]);
  });

  it("exports them back only when a family gives them", () => {
    const given = imported(`${HEADER},overtime_per_month,overtime_premium\nSeats,seats,10,4,0,100,0,25,1.5\n`);
    expect(cycleToCsv(given)["families.csv"]).toBe(
      `${HEADER},overtime_per_month,overtime_premium\r\nSeats,seats,10,4,0,100,0,25,1.5\r\n`,
    );
    const without = imported(`${HEADER}\nSeats,seats,10,4,0,100,0\n`);
    expect(cycleToCsv(without)["families.csv"]).toBe(`${HEADER}\r\nSeats,seats,10,4,0,100,0\r\n`);
  });
});

describe("overtime inputs on the Families sheet", () => {
  it("are input cells, blank when not given", () => {
    const given = buildWorkbook(
      imported(`${HEADER},overtime_per_month,overtime_premium\nSeats,seats,10,4,0,100,0,25,1.5\n`),
    );
    expect(familiesCell(given, keys.familyInput("overtimePerMonth", "Seats"))).toBe(25);
    expect(familiesCell(given, keys.familyInput("overtimePremium", "Seats"))).toBe(1.5);
    const blank = buildWorkbook(imported(`${HEADER}\nSeats,seats,10,4,0,100,0\n`));
    expect(familiesCell(blank, keys.familyInput("overtimePerMonth", "Seats"))).toBeNull();
  });

  it("keeps what was typed when the workbook is rebuilt from a form that does not hold them", () => {
    const data = imported(`${HEADER},overtime_per_month,overtime_premium\nSeats,seats,10,4,0,100,0,25,1.5\n`);
    const old = buildWorkbook(data);
    const grids = new Map(old.sheets.map((s) => [s.name, s.cells.map((row) => row.map((c) => c?.value ?? null))]));
    // The pane's form has no overtime fields: its families come without them.
    const fromPane: CycleData = {
      ...data,
      config: {
        ...data.config,
        families: data.config.families.map(({ overtimePerMonth: _o, overtimePremium: _p, ...f }) => f),
      },
    };
    const { spec } = planRebuild({ values: grids }, fromPane);
    expect(familiesCell(spec, keys.familyInput("overtimePerMonth", "Seats"))).toBe(25);
    expect(familiesCell(spec, keys.familyInput("overtimePremium", "Seats"))).toBe(1.5);
  });

  it("reach the deck: Overtime is costed when given, and named as missing when not", () => {
    const deckOf = (spec: WorkbookSpec) => {
      const input = deckInputFromNames((n) => readNamedRange(spec, n));
      if (isSopError(input)) throw new Error(input.message);
      return buildDeck(input);
    };
    const given = deckOf(
      buildWorkbook(imported(`${HEADER},overtime_per_month,overtime_premium\nSeats,seats,10,4,0,100,0,25,1.5\n`)),
    );
    expect(given.options.map((o) => o.name)).toEqual(["Plan as is", "Build ahead", "Overtime"]);
    expect(given.optionNotes).toEqual([]);
    const blank = deckOf(buildWorkbook(imported(`${HEADER}\nSeats,seats,10,4,0,100,0\n`)));
    expect(blank.options.map((o) => o.name)).toEqual(["Plan as is", "Build ahead"]);
    expect(blank.optionNotes[0]).toMatch(
      /^Overtime is not offered: .*Overtime units \/ month and Overtime premium \/ unit on the Families sheet/,
    );
  });
});
