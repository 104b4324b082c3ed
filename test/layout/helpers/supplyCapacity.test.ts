/**
 * The Supply sheet's rough-cut capacity section (src/layout/sheets/supplyCapacity.ts) on the tiny
 * two-family cycle, no workbook built: the two matrices (hours per unit, routed unit cost) and
 * the five tables by resource, each formula and cached value at its address, worked out from the
 * sheets' rows by hand; without resources nothing is written.
 *
 * Supply's rows with two families (see supplySigma.test.ts): the supply plan by family on Excel
 * rows 51 (Pumps) and 52 (Valves), titled at 50; the safety stock by family table titled at 74,
 * its note on 78. This section starts two rows below the note: the hours-per-unit matrix titled
 * at Excel row 80 (Pumps 81, Valves 82), the routed unit cost matrix at 84 (85, 86), then one
 * table per measure, a title and a row per resource: capacity at 88 (Line A 89, Team B 90), load
 * at 92, overload at 96, utilization at 100, value at stake at 104. Resources across the matrices
 * from column C (Line A C, Team B D); the plan months 2026-04 and 2026-05 in C and D of the
 * tables.
 *
 * The cycle: resources typed on the Resources sheet with its first row left blank (so Line A is
 * on Excel row 6, Team B on 7): Line A 40 a month, typed 30 in 2026-05; Team B no capacity at
 * all. Routings (13 rows with the spare ones, Excel rows 5 to 17): Pumps 1.5 h on Line A, Valves
 * 0.5 h on Line A and 2 h on Team B. Supply plan typed: Pumps 20 and 30, Valves 10 and 40; unit
 * cost Pumps 6 (Families row 5), Valves 4 (row 6).
 *
 * Cached values (by hand):
 * - Hours per unit: Pumps 1.5 on Line A, 0 on Team B; Valves 0.5 and 2. Routed unit cost: Pumps
 *   6 and 0, Valves 4 and 4.
 * - Line A: capacity 40, 30; load 20 x 1.5 + 10 x 0.5 = 35 and 30 x 1.5 + 40 x 0.5 = 65;
 *   overload 0 and 35; utilization 35/40 = 87.5 % and 65/30; value 0, then 35/65 of the routed
 *   cost 30 x 6 + 40 x 4 = 340: 183.08.
 * - Team B: capacity 0, 0; load 10 x 2 = 20 and 40 x 2 = 80; overload 20 and 80; utilization
 *   blank; value 20/20 x 10 x 4 = 40 and 80/80 x 40 x 4 = 160.
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
    expect([capacityMatrixTitle(geo, 0), capacityMatrixRow(geo, 0, 0), capacityMatrixRow(geo, 0, 1)]).toStrictEqual([
      79, 80, 81,
    ]);
    expect([capacityMatrixTitle(geo, 1), capacityMatrixRow(geo, 1, 0), capacityMatrixRow(geo, 1, 1)]).toStrictEqual([
      83, 84, 85,
    ]);
    expect([capacityMatrixCol(0), capacityMatrixCol(1)]).toStrictEqual([2, 3]);
    expect(
      (["capacity", "load", "overload", "utilization", "value"] as const).map((r) => resourceTableTitle(geo, r)),
    ).toStrictEqual([87, 91, 95, 99, 103]);
    expect([resourceTableRow(geo, "capacity", 0), resourceTableRow(geo, "value", 1)]).toStrictEqual([88, 105]);
  });
});

describe("the capacity section", () => {
  it("writes nothing above it", () => {
    const rows = rowsOf(context());
    expect(rows).toHaveLength(106);
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

  it("writes the routed unit cost: the family's unit cost where it loads the resource, else 0", () => {
    const rows = rowsOf(context());
    const cost = (hours: string, fr: number) => `=IF(${hours}>0,Families!$D$${fr},0)`;
    expect(rows.slice(83, 87)).toStrictEqual([
      [header("Routed unit cost by family and resource"), header("Measure"), ...names("header")],
      [
        label("Pumps"),
        label("Routed unit cost"),
        formula(cost("C81", 5), 6, CURRENCY),
        formula(cost("D81", 5), 0, CURRENCY),
      ],
      [
        label("Valves"),
        label("Routed unit cost"),
        formula(cost("C82", 6), 4, CURRENCY),
        formula(cost("D82", 6), 4, CURRENCY),
      ],
      [],
    ]);
  });

  it("writes the capacity by resource: the month's typed capacity, else the capacity per month, else 0", () => {
    const rows = rowsOf(context());
    const capacity = (r: number, c: string) =>
      `=IF(ISNUMBER(Resources!$${c}$${r}),Resources!$${c}$${r},IF(ISNUMBER(Resources!$B$${r}),Resources!$B$${r},0))`;
    const [lineA, teamB] = names("label");
    expect(rows.slice(87, 91)).toStrictEqual([
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
    expect(rows.slice(91, 95)).toStrictEqual([
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
    expect(rows.slice(95, 103)).toStrictEqual([
      [header("Overload by resource: load above capacity"), header("Measure"), ...MONTHS],
      [lineA, label("Overload"), formula(over("C", 89), 0, UNITS), formula(over("D", 89), 35, UNITS)],
      [teamB, label("Overload"), formula(over("C", 90), 20, UNITS), formula(over("D", 90), 80, UNITS)],
      [],
      [header("Utilization by resource: load / capacity"), header("Measure"), ...MONTHS],
      [
        lineA,
        label("Resource utilization"),
        formula(util("C", 89), 0.875, PERCENT),
        formula(util("D", 89), 65 / 30, PERCENT),
      ],
      [teamB, label("Resource utilization"), formula(util("C", 90), "", PERCENT), formula(util("D", 90), "", PERCENT)],
      [],
    ]);
  });

  it("writes the value at stake: the overload's share of the load x the routed cost of the supply plan", () => {
    const rows = rowsOf(context());
    const value = (c: string, r: number, cost: string) =>
      `=IF(${c}${r}>0,${c}${r + 4}/${c}${r}*SUMPRODUCT(${c}51:${c}52,${cost}),0)`;
    const [lineA, teamB] = names("label");
    expect(rows.slice(103)).toStrictEqual([
      [header("Overload value at stake: production cost of the load above capacity"), header("Measure"), ...MONTHS],
      [
        lineA,
        label("Overload value at stake"),
        formula(value("C", 93, "$C$85:$C$86"), 0, CURRENCY),
        formula(value("D", 93, "$C$85:$C$86"), expect.closeTo((35 / 65) * 340, 9) as number, CURRENCY),
      ],
      [
        teamB,
        label("Overload value at stake"),
        formula(value("C", 94, "$D$85:$D$86"), 40, CURRENCY),
        formula(value("D", 94, "$D$85:$D$86"), 160, CURRENCY),
      ],
    ]);
  });

  it("flags each resource's overload in the plan months", () => {
    expect(conditionalFormatsOf(context())).toStrictEqual([{ range: "C97:D98", formula: "=C97>0", style: "bad" }]);
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
    expect(rows.slice(87, 91)).toStrictEqual([
      [header("Capacity by resource (hours)"), header("Measure")],
      [lineA, label("Resource capacity")],
      [teamB, label("Resource capacity")],
      [],
    ]);
    expect(conditionalFormatsOf(short)).toStrictEqual([]);
  });

  it("with one resource, sizes the tables and the conditional format to it", () => {
    // Line A alone: the tables are 3 rows apart (title, Line A, a blank row): capacity at Excel
    // row 88, load 91, overload 94, utilization 97, value at stake 100.
    const ctx = buildContext(
      tinyCycle({
        resources: [{ name: "Line A", capacityPerMonth: 40 }],
        routings: [{ family: "Pumps", resource: "Line A", hoursPerUnit: 1 }],
      }),
      new Map(),
      { baselines: [givenBaseline([20, 25]), givenBaseline([8, 9])] },
    );
    const rows = rowsOf(ctx);
    expect(rows).toHaveLength(101);
    expect(rows[90].slice(0, 2)).toStrictEqual([
      header("Load by resource: supply plan x hours per unit"),
      header("Measure"),
    ]);
    // Pumps' supply plan is its demand, 20 and 25, an hour a unit; Line A on Resources row 5.
    expect(rows[91]).toStrictEqual([
      { formula: "=Resources!$A$5", value: "Line A", style: "label" },
      label("Load"),
      formula("=SUMPRODUCT(C51:C52,$C$81:$C$82)", 20, UNITS),
      formula("=SUMPRODUCT(D51:D52,$C$81:$C$82)", 25, UNITS),
    ]);
    expect(conditionalFormatsOf(ctx)).toStrictEqual([{ range: "C95:D95", formula: "=C95>0", style: "bad" }]);
  });
});
