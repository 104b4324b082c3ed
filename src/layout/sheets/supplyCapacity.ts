/**
 * The Supply sheet's rough-cut capacity section, below the summaries by family, when the cycle
 * has resources (the rows and their rule: src/core/plan-model/capacity.ts):
 * - Hours per unit by family (rows) and resource (columns): SUMIFS over the Routings sheet;
 * - one table per row of RESOURCE_ROWS (capacity, load, overload, utilization, value at stake),
 *   a row per resource and the plan months across; the load is SUMPRODUCT of the "supply plan by
 *   family" column of the month and the resource's hours-per-unit column; the value at stake the
 *   overload's share of the load x the production cost of the routed families' supply plan, at
 *   the month's unit cost (Finance's "Unit cost by family": Prices, else Families).
 * The workbook names SOP_Resources, SOP_ResourceCapacity and SOP_ResourceLoad read the tables.
 */
import { RESOURCE_ROWS, RESOURCE_ROW_LABELS, ResourceRow } from "../../core/plan-model/capacity";
import { abs, addr, range } from "../a1";
import {
  FIRST_MONTH_COL,
  Geometry,
  ROUTING_COLS,
  financeSummaryRow,
  planCol,
  supplySummaryRow,
  supplySigmaTitle,
} from "../geometry";
import { FMT } from "../formats";
import { SheetGrid } from "../grid";
import { BuildContext } from "./context";
import { RESOURCES_SHEET, resourceRow, routingRange } from "./resources";

/** The first row of the section: two rows below the safety stock by family table's note. */
const sectionTop = (g: Geometry): number => supplySigmaTitle(g) + g.families + 4;
/** The hours-per-unit matrix: title row, then F rows. */
export const capacityMatrixTitle = (g: Geometry): number => sectionTop(g);
export const capacityMatrixRow = (g: Geometry, f: number): number => capacityMatrixTitle(g) + 1 + f;
/** Column of resource k in the matrices. */
export const capacityMatrixCol = (k: number): number => FIRST_MONTH_COL + k;
/** The table of one RESOURCE_ROWS row: title row, then one row per resource. */
export const resourceTableTitle = (g: Geometry, row: ResourceRow): number =>
  sectionTop(g) + g.families + 2 + RESOURCE_ROWS.indexOf(row) * (g.resources + 2);
export const resourceTableRow = (g: Geometry, row: ResourceRow, k: number): number =>
  resourceTableTitle(g, row) + 1 + k;

const FORMATS: Readonly<Record<ResourceRow, string>> = {
  capacity: FMT.units,
  load: FMT.units,
  overload: FMT.units,
  utilization: FMT.percent,
  value: FMT.currency,
};

const TITLES: Readonly<Record<ResourceRow, string>> = {
  capacity: "Capacity by resource (hours)",
  load: "Load by resource: supply plan x hours per unit",
  overload: "Overload by resource: load above capacity",
  utilization: "Utilization by resource: load / capacity",
  value: "Overload value at stake: production cost of the load above capacity",
};

export function capacitySection(g: SheetGrid, ctx: BuildContext): void {
  const { inputs, plan, geo } = ctx;
  const loads = plan.resources;
  if (loads.length === 0) return;
  const F = geo.families;
  const P = inputs.plan.length;
  const routings = inputs.routings.length;
  const nameCell = (k: number): string => `${RESOURCES_SHEET}!${abs(resourceRow(loads[k].row), 0)}`;
  const col = (c: (typeof ROUTING_COLS)[number]): string => routingRange(routings, ROUTING_COLS.indexOf(c));

  // The hours-per-unit matrix: families down, resources across.
  const t = capacityMatrixTitle(geo);
  g.value(t, 0, "Hours per unit by family and resource", "header");
  g.value(t, 1, "Measure", "header");
  loads.forEach((r, k) => g.formula(t, capacityMatrixCol(k), `=${nameCell(k)}`, r.name, undefined, "header"));
  inputs.config.families.forEach((fam, f) => {
    const row = capacityMatrixRow(geo, f);
    g.value(row, 0, fam.name, "label");
    g.value(row, 1, "Hours per unit", "label");
    loads.forEach((r, k) => {
      const c = capacityMatrixCol(k);
      g.formula(
        row,
        c,
        `=SUMIFS(${col("hoursPerUnit")},${col("family")},$A${row + 1},${col("resource")},${addr(t, c, { absRow: true })})`,
        r.hoursPerUnit[f],
        "#,##0.####",
      );
    });
  });

  const supplyCol = (j: number): string =>
    range(supplySummaryRow(geo, "supply", 0), planCol(j), supplySummaryRow(geo, "supply", F - 1), planCol(j));
  const hoursCol = (k: number): string =>
    range(capacityMatrixRow(geo, 0), capacityMatrixCol(k), capacityMatrixRow(geo, F - 1), capacityMatrixCol(k), true);
  const unitCostCol = (j: number): string =>
    `Finance!${range(financeSummaryRow(geo, "unitCost", 0), planCol(j), financeSummaryRow(geo, "unitCost", F - 1), planCol(j))}`;
  const at = (row: ResourceRow, k: number, j: number): string => addr(resourceTableRow(geo, row, k), planCol(j));
  const formulas: Readonly<Record<ResourceRow, (k: number, j: number) => string>> = {
    capacity: (k, j) => {
      const month = `${RESOURCES_SHEET}!${abs(resourceRow(loads[k].row), FIRST_MONTH_COL + j)}`;
      const each = `${RESOURCES_SHEET}!${abs(resourceRow(loads[k].row), 1)}`;
      return `=IF(ISNUMBER(${month}),${month},IF(ISNUMBER(${each}),${each},0))`;
    },
    load: (k, j) => `=SUMPRODUCT(${supplyCol(j)},${hoursCol(k)})`,
    overload: (k, j) => `=MAX(0,ROUND(${at("load", k, j)}-${at("capacity", k, j)},6))`,
    utilization: (k, j) => `=IF(${at("capacity", k, j)}>0,${at("load", k, j)}/${at("capacity", k, j)},"")`,
    value: (k, j) =>
      `=IF(${at("load", k, j)}>0,${at("overload", k, j)}/${at("load", k, j)}*SUMPRODUCT(${supplyCol(j)},(${hoursCol(k)}>0)*${unitCostCol(j)}),0)`,
  };
  for (const row of RESOURCE_ROWS) {
    const t = resourceTableTitle(geo, row);
    g.value(t, 0, TITLES[row], "header");
    g.value(t, 1, "Measure", "header");
    inputs.plan.forEach((m, j) => g.value(t, planCol(j), m, "header"));
    loads.forEach((r, k) => {
      const rr = resourceTableRow(geo, row, k);
      g.formula(rr, 0, `=${nameCell(k)}`, r.name, undefined, "label");
      g.value(rr, 1, RESOURCE_ROW_LABELS[row], "label");
      for (let j = 0; j < P; j++) g.formula(rr, planCol(j), formulas[row](k, j), r[row][j], FORMATS[row]);
    });
  }
  if (P > 0) {
    const r0 = resourceTableRow(geo, "overload", 0);
    g.conditionalFormats.push({
      range: range(r0, planCol(0), r0 + loads.length - 1, planCol(P - 1)),
      formula: `=${addr(r0, planCol(0))}>0`,
      style: "bad",
    });
  }
}
