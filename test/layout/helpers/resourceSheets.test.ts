/**
 * The rough-cut capacity input sheets, Resources and Routings (src/layout/sheets/resources.ts),
 * built from the tiny two-family cycle's context (plan months 2026-04 and 2026-05), no workbook
 * built: every cell written out by hand (value, role, key, number format), the validations, the
 * widths and the frozen panes. Both are lists from Excel row 5 with spare rows below the given
 * ones: Resources at least 5 spare (2 given + 5 = 7 rows, Excel rows 5 to 11), Routings at least
 * 10 (2 given + 10 = 12 rows, Excel rows 5 to 16).
 */
import { CycleData } from "../../../src/core/model";
import type { BuildContext } from "../../../src/layout/sheets/context";
import { resourceRow, resourcesSheet, routingRange, routingsSheet } from "../../../src/layout/sheets/resources";
import type { Cell, CellValue } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { sheetShape } from "../support/spec";
import { header, input, subtitle, title } from "../support/cells";
import { fam, tinyCycle } from "../support/tinyCycle";

const given: Partial<CycleData> = {
  resources: [
    { name: "Line A", capacityPerMonth: 160, capacityByMonth: { "2026-05": 120 } },
    { name: "Team B", capacityPerMonth: 80 },
  ],
  routings: [
    { family: "Pumps", resource: "Line A", hoursPerUnit: 1.5 },
    { family: "Valves", resource: "Team B", hoursPerUnit: 0.25 },
  ],
};

/** Resources row `n` (1-based): name, capacity, then the two plan months, all inputs. */
const resourceCells = (n: number, name: CellValue, capacity: CellValue, apr: CellValue, may: CellValue): Cell[] => [
  input(`Resources|${n}|resource`, name),
  input(`Resources|${n}|capacity`, capacity, "#,##0"),
  input(`Resources|${n}|2026-04`, apr, "#,##0"),
  input(`Resources|${n}|2026-05`, may, "#,##0"),
];

/** Routings row `n` (1-based): family, resource, hours per unit, all inputs. */
const routingCells = (n: number, family: CellValue, resource: CellValue, hours: CellValue): Cell[] => [
  input(`Routings|${n}|family`, family),
  input(`Routings|${n}|resource`, resource),
  input(`Routings|${n}|hoursPerUnit`, hours, "#,##0.####"),
];

describe("the Resources sheet", () => {
  let ctx: BuildContext;
  beforeEach(() => {
    ctx = buildContext(tinyCycle(given));
  });

  it("writes each resource's name, capacity and monthly capacities as inputs, spare rows blank", () => {
    expect(resourcesSheet(ctx).cells).toStrictEqual([
      [title("Resources (rough-cut capacity)")],
      [
        subtitle(
          "Acme · S&OP cycle 2026-04 · lines, teams, warehouses: capacity per month in hours (or the unit the routings use); a month typed across overrides it",
        ),
      ],
      [],
      [header("Resource"), header("Capacity / month"), header("2026-04"), header("2026-05")],
      resourceCells(1, "Line A", 160, null, 120),
      resourceCells(2, "Team B", 80, null, null),
      ...[3, 4, 5, 6, 7].map((n) => resourceCells(n, null, null, null, null)),
    ]);
  });

  it("validates the capacities and months as at least 0; an input sheet, unprotected, frozen at the months", () => {
    expect(sheetShape(resourcesSheet(ctx))).toStrictEqual({
      name: "Resources",
      kind: "input",
      tabColor: "#2E75B6",
      columnWidths: [24, 16, 13, 13],
      freeze: { rows: 4, columns: 2 },
      protect: false,
      validations: [{ kind: "decimal", range: "$B$5:$D$11", min: 0 }],
      conditionalFormats: [],
      charts: [],
    });
  });

  it("has no validation without a row", () => {
    const sheet = resourcesSheet({ ...ctx, inputs: { ...ctx.inputs, resources: [] } });
    expect(sheet.validations).toStrictEqual([]);
    expect(sheet.cells).toHaveLength(4);
  });

  it("writes a value the inputs leave undefined as a blank input", () => {
    // The rows' cells are CellInput, which allows undefined: a month missing from byMonth.
    const sheet = resourcesSheet({
      ...ctx,
      inputs: { ...ctx.inputs, resources: [{ resource: "Line C", capacity: undefined, byMonth: [40] }] },
    });
    expect(sheet.cells.slice(4)).toStrictEqual([resourceCells(1, "Line C", null, 40, null)]);
  });

  it("puts resource i on row 5 + i (Excel)", () => {
    expect([resourceRow(0), resourceRow(3)]).toStrictEqual([4, 7]);
  });
});

describe("the Routings sheet", () => {
  let ctx: BuildContext;
  beforeEach(() => {
    ctx = buildContext(tinyCycle(given));
  });

  it("writes each routing's family, resource and hours per unit as inputs, spare rows blank", () => {
    expect(routingsSheet(ctx).cells).toStrictEqual([
      [title("Routings (rough-cut capacity)")],
      [
        subtitle(
          "Acme · S&OP cycle 2026-04 · hours (or units) of a resource one unit of a family takes; a family may load several resources",
        ),
      ],
      [],
      [header("Family"), header("Resource"), header("Hours per unit")],
      routingCells(1, "Pumps", "Line A", 1.5),
      routingCells(2, "Valves", "Team B", 0.25),
      ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => routingCells(n, null, null, null)),
    ]);
  });

  it("validates hours as at least 0 and the family from the Families list; unprotected, frozen below the header", () => {
    expect(sheetShape(routingsSheet(ctx))).toStrictEqual({
      name: "Routings",
      kind: "input",
      tabColor: "#2E75B6",
      columnWidths: [24, 24, 16],
      freeze: { rows: 4, columns: 0 },
      protect: false,
      validations: [
        { kind: "decimal", range: "$C$5:$C$16", min: 0 },
        { kind: "list", range: "$A$5:$A$16", values: ["Pumps", "Valves"] },
      ],
      conditionalFormats: [],
      charts: [],
    });
  });

  it("has no validation without a row", () => {
    const sheet = routingsSheet({ ...ctx, inputs: { ...ctx.inputs, routings: [] } });
    expect(sheet.validations).toStrictEqual([]);
    expect(sheet.cells).toHaveLength(4);
  });

  it("drops the family list where Excel cannot hold it: a name with a comma, or over 255 characters joined", () => {
    const lists = (names: string[]) =>
      routingsSheet(buildContext(tinyCycle({}, { families: names.map((name) => ({ name, ...fam })) })))
        .validations.filter((v) => v.kind === "list")
        .map((v) => v.range);
    // Joined with one comma: 127 + 1 + 127 = 255 characters fit, 127 + 1 + 128 = 256 do not.
    expect(lists(["P".repeat(127), "V".repeat(127)])).toStrictEqual(["$A$5:$A$14"]);
    expect(lists(["P".repeat(127), "V".repeat(128)])).toStrictEqual([]);
    expect(lists(["Pumps, small", "Valves"])).toStrictEqual([]);
    expect(lists(["Pumps", "Valves, large"])).toStrictEqual([]);
  });
});

describe("the Routings ranges", () => {
  it("spans a column's rows from Excel row 5, at least one row", () => {
    expect(routingRange(3, 2)).toBe("Routings!$C$5:$C$7");
    expect(routingRange(1, 0)).toBe("Routings!$A$5:$A$5");
    expect(routingRange(0, 1)).toBe("Routings!$B$5:$B$5");
  });
});
