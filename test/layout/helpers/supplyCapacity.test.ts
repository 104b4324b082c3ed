/**
 * The Supply sheet's rough-cut capacity section (src/layout/sheets/supplyCapacity.ts) on the tiny
 * two-family cycle, no workbook built: the hours-per-unit matrix and the five tables by resource, each formula and cached value at its address, worked out from the
 * sheets' rows by hand; without resources nothing is written.
 *
 * Supply's rows with two families (see supplySigma.test.ts): the supply plan by family on Excel
 * rows 51 (Pumps) and 52 (Valves), titled at 50; the safety stock by family table titled at 74,
 * its note on 78. This section starts two rows below the note: the hours-per-unit matrix titled
 * at Excel row 80 (Pumps 81, Valves 82), then one table per measure, a title and a row per
 * resource: capacity at 84 (Line A 85, Team B 86), load at 88, overload at 92, utilization at 96,
 * value at stake at 100. Resources across the matrix from column C (Line A C, Team B D); the plan
 * months 2026-04 and 2026-05 in C and D of the tables. Finance's unit cost by family (the month's:
 * Prices, else Families) on Excel rows 84 (Pumps) and 85 (Valves).
 *
 * The cycle: resources typed on the Resources sheet with its first row left blank (so Line A is
 * on Excel row 6, Team B on 7): Line A 40 a month, typed 30 in 2026-05; Team B no capacity at
 * all. Routings (13 rows with the spare ones, Excel rows 5 to 17): Pumps 1.5 h on Line A, Valves
 * 0.5 h on Line A and 2 h on Team B. Supply plan typed: Pumps 20 and 30, Valves 10 and 40; unit
 * cost Pumps 6, Valves 4 (Families), but 5 in 2026-05 (Prices).
 *
 * Cached values (by hand):
 * - Hours per unit: Pumps 1.5 on Line A, 0 on Team B; Valves 0.5 and 2.
 * - Line A: capacity 40, 30; load 20 x 1.5 + 10 x 0.5 = 35 and 30 x 1.5 + 40 x 0.5 = 65;
 *   overload 0 and 35; utilization 35/40 = 87.5 % and 65/30; value 0, then 35/65 of the routed
 *   families' cost in 2026-05, 30 x 6 + 40 x 5 = 380: 204.62.
 * - Team B: capacity 0, 0; load 10 x 2 = 20 and 40 x 2 = 80; overload 20 and 80; utilization
 *   blank; value 20/20 x 10 x 4 = 40 and 80/80 x 40 x 5 = 200 (Pumps is not routed on it).
 */
import { SheetGrid } from "../../../src/layout/grid";
import type { BuildContext } from "../../../src/layout/sheets/context";
import {
  capacityMatrixCol,
  capacityMatrixRow,
  capacityMatrixTitle,
  capacitySection,
  resourceTableRow,
  resourceTableTitle,
} from "../../../src/layout/sheets/supplyCapacity";
import type { Cell, CellValue } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { formula, header, label } from "../support/cells";
import { fam, givenBaseline, tinyCycle } from "../support/tinyCycle";

const context = (): BuildContext =>
  buildContext(
    tinyCycle(
      {
        routings: [
          { family: "Pumps", resource: "Line A", hoursPerUnit: 1.5 },
          { family: "Valves", resource: "Line A", hoursPerUnit: 0.5 },
          { family: "Valves", resource: "Team B", hoursPerUnit: 2 },
        ],
        supplyPlan: [
          { family: "Pumps", month: "2026-04", quantity: 20 },
          { family: "Pumps", month: "2026-05", quantity: 30 },
          { family: "Valves", month: "2026-04", quantity: 10 },
          { family: "Valves", month: "2026-05", quantity: 40 },
        ],
        prices: [{ family: "Valves", month: "2026-05", price: null, unitCost: 5 }],
      },
      {
        families: [
          { name: "Pumps", ...fam },
          { name: "Valves", ...fam, unitCost: 4 },
        ],
      },
    ),
    new Map<string, CellValue>([
      ["Resources|2|resource", "Line A"],
      ["Resources|2|capacity", 40],
      ["Resources|2|2026-05", 30],
      ["Resources|3|resource", "Team B"],
    ]),
    { baselines: [givenBaseline([20, 25]), givenBaseline([8, 9])] },
  );

const rowsOf = (ctx: BuildContext): ReadonlyArray<ReadonlyArray<Cell | null>> => {
  const g = new SheetGrid("Supply");
  capacitySection(g, ctx);
  return g.toSpec({ kind: "calc", columnWidths: [], protect: true }).cells;
};

const conditionalFormatsOf = (ctx: BuildContext) => {
  const g = new SheetGrid("Supply");
  capacitySection(g, ctx);
  return g.conditionalFormats;
};

const HOURS = "#,##0.####";
const UNITS = "#,##0";
const CURRENCY = "#,##0";
const PERCENT = "0.0%";

/** The resources' names, each read from the Resources sheet (Line A row 6, Team B row 7), in a cell of `style`. */
const names = (style: "header" | "label"): Cell[] => [
  { formula: "=Resources!$A$6", value: "Line A", style },
  { formula: "=Resources!$A$7", value: "Team B", style },
];

const MONTHS = [header("2026-04"), header("2026-05")];

/** The Routings columns (13 rows): rate, family, resource. */
const RATE = "Routings!$C$5:$C$17";
const FAMILY = "Routings!$A$5:$A$17";
const RESOURCE = "Routings!$B$5:$B$17";

describe("where the capacity section sits", () => {
  it("starts two rows below the safety stock table's note, a matrix per family block, a table per resource block", () => {
    const { geo } = context();
    expect([capacityMatrixTitle(geo), capacityMatrixRow(geo, 0), capacityMatrixRow(geo, 1)]).toStrictEqual([
      79, 80, 81,
    ]);
    expect([capacityMatrixCol(0), capacityMatrixCol(1)]).toStrictEqual([2, 3]);
    expect(
      (["capacity", "load", "overload", "utilization", "value"] as const).map((r) => resourceTableTitle(geo, r)),
    ).toStrictEqual([83, 87, 91, 95, 99]);
    expect([resourceTableRow(geo, "capacity", 0), resourceTableRow(geo, "value", 1)]).toStrictEqual([84, 101]);
  });
});

describe("the capacity section", () => {
  it("writes nothing above it", () => {
    const rows = rowsOf(context());
    expect(rows).toHaveLength(102);
    expect(rows.slice(0, 79).every((r) => r.length === 0)).toBe(true);
  });

  it("writes the hours per unit by family and resource: SUMIFS over the Routings", () => {
    const rows = rowsOf(context());
    const sumifs = (r: number, c: string) => `=SUMIFS(${RATE},${FAMILY},$A${r},${RESOURCE},${c}$80)`;
    expect(rows.slice(79, 83)).toStrictEqual([
      [header("Hours per unit by family and resource"), header("Measure"), ...names("header")],
      [
        label("Pumps"),
        label("Hours per unit"),
        formula(sumifs(81, "C"), 1.5, HOURS),
        formula(sumifs(81, "D"), 0, HOURS),
      ],
      [
        label("Valves"),
        label("Hours per unit"),
        formula(sumifs(82, "C"), 0.5, HOURS),
        formula(sumifs(82, "D"), 2, HOURS),
      ],
      [],
    ]);
  });

  it("writes the capacity by resource: the month's typed capacity, else the capacity per month, else 0", () => {
    const rows = rowsOf(context());
    const capacity = (r: number, c: string) =>
      `=IF(ISNUMBER(Resources!$${c}$${r}),Resources!$${c}$${r},IF(ISNUMBER(Resources!$B$${r}),Resources!$B$${r},0))`;
    const [lineA, teamB] = names("label");
    expect(rows.slice(83, 87)).toStrictEqual([
      [header("Capacity by resource (hours)"), header("Measure"), ...MONTHS],
      [lineA, label("Resource capacity"), formula(capacity(6, "C"), 40, UNITS), formula(capacity(6, "D"), 30, UNITS)],
      [teamB, label("Resource capacity"), formula(capacity(7, "C"), 0, UNITS), formula(capacity(7, "D"), 0, UNITS)],
      [],
    ]);
  });

  it("writes the load: the supply plan by family x the resource's hours per unit", () => {
    const rows = rowsOf(context());
    const load = (c: string, hours: string) => `=SUMPRODUCT(${c}51:${c}52,${hours})`;
    const [lineA, teamB] = names("label");
    expect(rows.slice(87, 91)).toStrictEqual([
      [header("Load by resource: supply plan x hours per unit"), header("Measure"), ...MONTHS],
      [
        lineA,
        label("Load"),
        formula(load("C", "$C$81:$C$82"), 35, UNITS),
        formula(load("D", "$C$81:$C$82"), 65, UNITS),
      ],
      [
        teamB,
        label("Load"),
        formula(load("C", "$D$81:$D$82"), 20, UNITS),
        formula(load("D", "$D$81:$D$82"), 80, UNITS),
      ],
      [],
    ]);
  });

  it("writes the overload above capacity and the utilization, blank without capacity", () => {
    const rows = rowsOf(context());
    const over = (c: string, r: number) => `=MAX(0,ROUND(${c}${r + 4}-${c}${r},6))`;
    const util = (c: string, r: number) => `=IF(${c}${r}>0,${c}${r + 4}/${c}${r},"")`;
    const [lineA, teamB] = names("label");
    expect(rows.slice(91, 99)).toStrictEqual([
      [header("Overload by resource: load above capacity"), header("Measure"), ...MONTHS],
      [lineA, label("Overload"), formula(over("C", 85), 0, UNITS), formula(over("D", 85), 35, UNITS)],
      [teamB, label("Overload"), formula(over("C", 86), 20, UNITS), formula(over("D", 86), 80, UNITS)],
      [],
      [header("Utilization by resource: load / capacity"), header("Measure"), ...MONTHS],
      [
        lineA,
        label("Resource utilization"),
        formula(util("C", 85), 0.875, PERCENT),
        formula(util("D", 85), 65 / 30, PERCENT),
      ],
      [teamB, label("Resource utilization"), formula(util("C", 86), "", PERCENT), formula(util("D", 86), "", PERCENT)],
      [],
    ]);
  });

  it("writes the value at stake: the overload's share of the load x the routed supply plan at the month's unit cost", () => {
    const rows = rowsOf(context());
    // The families with hours on the resource (its column of the matrix above 0), at Finance's unit cost of the month.
    const value = (c: string, r: number, hours: string) =>
      `=IF(${c}${r}>0,${c}${r + 4}/${c}${r}*SUMPRODUCT(${c}51:${c}52,(${hours}>0)*Finance!${c}84:${c}85),0)`;
    const [lineA, teamB] = names("label");
    expect(rows.slice(99)).toStrictEqual([
      [header("Overload value at stake: production cost of the load above capacity"), header("Measure"), ...MONTHS],
      [
        lineA,
        label("Overload value at stake"),
        formula(value("C", 89, "$C$81:$C$82"), 0, CURRENCY),
        formula(value("D", 89, "$C$81:$C$82"), expect.closeTo((35 / 65) * 380, 9) as number, CURRENCY),
      ],
      [
        teamB,
        label("Overload value at stake"),
        formula(value("C", 90, "$D$81:$D$82"), 40, CURRENCY),
        formula(value("D", 90, "$D$81:$D$82"), 200, CURRENCY),
      ],
    ]);
  });

  it("flags each resource's overload in the plan months", () => {
    expect(conditionalFormatsOf(context())).toStrictEqual([{ range: "C93:D94", formula: "=C93>0", style: "bad" }]);
  });
});

describe("the capacity section in other cycles", () => {
  it("writes nothing without a resource", () => {
    const ctx = buildContext(tinyCycle());
    expect(rowsOf(ctx)).toStrictEqual([]);
    expect(conditionalFormatsOf(ctx)).toStrictEqual([]);
  });

  it("without plan months, writes the matrices and the tables' labels, no month and no conditional format", () => {
    // A cycle has plan months; the inputs say none here.
    const ctx = context();
    const short = { ...ctx, inputs: { ...ctx.inputs, plan: [] } };
    const rows = rowsOf(short);
    const [lineA, teamB] = names("label");
    expect(rows[80].slice(0, 2)).toStrictEqual([label("Pumps"), label("Hours per unit")]);
    expect(rows.slice(83, 87)).toStrictEqual([
      [header("Capacity by resource (hours)"), header("Measure")],
      [lineA, label("Resource capacity")],
      [teamB, label("Resource capacity")],
      [],
    ]);
    expect(conditionalFormatsOf(short)).toStrictEqual([]);
  });

  it("with one resource, sizes the tables and the conditional format to it", () => {
    // Line A alone: the tables are 3 rows apart (title, Line A, a blank row): capacity at Excel
    // row 84, load 87, overload 90, utilization 93, value at stake 96.
    const ctx = buildContext(
      tinyCycle({
        resources: [{ name: "Line A", capacityPerMonth: 40 }],
        routings: [{ family: "Pumps", resource: "Line A", hoursPerUnit: 1 }],
      }),
      new Map(),
      { baselines: [givenBaseline([20, 25]), givenBaseline([8, 9])] },
    );
    const rows = rowsOf(ctx);
    expect(rows).toHaveLength(97);
    expect(rows[86].slice(0, 2)).toStrictEqual([
      header("Load by resource: supply plan x hours per unit"),
      header("Measure"),
    ]);
    // Pumps' supply plan is its demand, 20 and 25, an hour a unit; Line A on Resources row 5.
    expect(rows[87]).toStrictEqual([
      { formula: "=Resources!$A$5", value: "Line A", style: "label" },
      label("Load"),
      formula("=SUMPRODUCT(C51:C52,$C$81:$C$82)", 20, UNITS),
      formula("=SUMPRODUCT(D51:D52,$C$81:$C$82)", 25, UNITS),
    ]);
    expect(conditionalFormatsOf(ctx)).toStrictEqual([{ range: "C91:D91", formula: "=C91>0", style: "bad" }]);
  });
});
