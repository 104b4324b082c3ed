/**
 * The rough-cut capacity inputs (capacity.ts in the core says what they feed):
 * - Resources: one row per resource (a line, a team, a warehouse): its name, its capacity per
 *   month (hours, or the unit its routings use), and across the plan months its capacity where a
 *   month differs (blank = the capacity per month).
 * - Routings: one row per family and resource: hours (or units) of the resource per unit of the
 *   family. A family on no routing loads no resource.
 * Both are lists with spare rows below (keys by row number); a rebuild finds each field by its
 * column header and each month by its header.
 */
import type { CellInput } from "../../core/cells";
import { range } from "../a1";
import { FIRST_MONTH_COL, FIRST_ROW, HEADER_ROW, ROUTING_COLS } from "../geometry";
import { FMT, TAB, WIDTH } from "../formats";
import { SheetGrid } from "../grid";
import { keys } from "../keys";
import { CellValue, SheetSpec } from "../types";
import { BuildContext } from "./context";
import { cycleSubtitle, monthHeader, tableHeader, titleRows } from "./common";

export const RESOURCES_SHEET = "Resources";
export const ROUTINGS_SHEET = "Routings";

/** The Resources sheet's headers of the resource and its capacity per month (the plan months follow). */
export const RESOURCE_HEADERS = { resource: "Resource", capacity: "Capacity / month" } as const;
/** The Routings sheet's headers, in ROUTING_COLS order. */
export const ROUTING_HEADERS = ["Family", "Resource", "Hours per unit"] as const;

const cellValue = (v: CellInput): CellValue => (v === undefined ? null : v);

/** Resources!A5:A(last): the names, absolute (the Supply sheet's load blocks read them). */
export const resourceRow = (i: number): number => FIRST_ROW + i;

export function resourcesSheet(ctx: BuildContext): SheetSpec {
  const { config: cfg, plan: months, resources } = ctx.inputs;
  const g = new SheetGrid(RESOURCES_SHEET);
  titleRows(
    g,
    "Resources (rough-cut capacity)",
    cycleSubtitle(
      cfg,
      "lines, teams, warehouses: capacity per month in hours (or the unit the routings use); a month typed across overrides it",
    ),
  );
  monthHeader(g, HEADER_ROW, [RESOURCE_HEADERS.resource, RESOURCE_HEADERS.capacity], months);
  resources.forEach((row, i) => {
    const r = resourceRow(i);
    g.input(r, 0, keys.resource(i + 1, "resource"), cellValue(row.resource));
    g.input(r, 1, keys.resource(i + 1, "capacity"), cellValue(row.capacity), FMT.units);
    months.forEach((m, j) =>
      g.input(r, FIRST_MONTH_COL + j, keys.resource(i + 1, m), cellValue(row.byMonth[j]), FMT.units),
    );
  });
  if (resources.length > 0) {
    const last = resourceRow(resources.length - 1);
    g.validations.push({
      kind: "decimal",
      range: range(FIRST_ROW, 1, last, FIRST_MONTH_COL + Math.max(months.length, 1) - 1, true),
      min: 0,
    });
  }
  return g.toSpec({
    kind: "input",
    tabColor: TAB.input,
    columnWidths: [WIDTH.family, 16, ...new Array<number>(months.length).fill(WIDTH.month + 2)],
    freeze: { rows: HEADER_ROW + 1, columns: FIRST_MONTH_COL },
    protect: false,
  });
}

export function routingsSheet(ctx: BuildContext): SheetSpec {
  const { config: cfg, routings } = ctx.inputs;
  const g = new SheetGrid(ROUTINGS_SHEET);
  titleRows(
    g,
    "Routings (rough-cut capacity)",
    cycleSubtitle(
      cfg,
      "hours (or units) of a resource one unit of a family takes; a family may load several resources",
    ),
  );
  tableHeader(g, ROUTING_HEADERS);
  routings.forEach((row, i) =>
    ROUTING_COLS.forEach((field, c) =>
      g.input(
        FIRST_ROW + i,
        c,
        keys.routing(i + 1, field),
        cellValue(row[field]),
        field === "hoursPerUnit" ? "#,##0.####" : undefined,
      ),
    ),
  );
  if (routings.length > 0) {
    const last = FIRST_ROW + routings.length - 1;
    g.validations.push({ kind: "decimal", range: range(FIRST_ROW, 2, last, 2, true), min: 0 });
    const names = cfg.families.map((f) => f.name);
    if (names.join(",").length <= 255 && names.every((n) => !n.includes(",")))
      g.validations.push({ kind: "list", range: range(FIRST_ROW, 0, last, 0, true), values: names });
  }
  return g.toSpec({
    kind: "input",
    tabColor: TAB.input,
    columnWidths: [WIDTH.family, WIDTH.family, 16],
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    protect: false,
  });
}

/** The Routings sheet's column `c` over its rows, absolute, for SUMIFS (at least one row). */
export function routingRange(rows: number, c: number): string {
  return `${ROUTINGS_SHEET}!${range(FIRST_ROW, c, FIRST_ROW + Math.max(rows, 1) - 1, c, true)}`;
}
