/**
 * The list input sheets: Pipeline (CRM deals, with a weighted-quantity helper column), Orders
 * (order lines for OTIF and service level) and Actions (the decisions log). Each leaves spare
 * input rows below the data for new entries; keys are by row number.
 */
import { CellInput } from "../../core/cells";
import { weightedQuantity } from "../../core/plan-model/demand";
import { ACTION_STATUSES } from "../../core/schema";
import { addr, range } from "../a1";
import { ACTION_COLS, FIRST_ROW, HEADER_ROW, ORDER_COLS, PIPELINE_COLS, pipelineCol } from "../geometry";
import { FMT, TAB, WIDTH } from "../formats";
import { SheetGrid } from "../grid";
import { keys } from "../keys";
import { CellValue, SheetSpec } from "../types";
import { BuildContext } from "./context";
import { cycleSubtitle, tableHeader, titleRows } from "./common";

/** Column headers of the lists, in PIPELINE_COLS / ORDER_COLS / ACTION_COLS order (a rebuild finds fields by them). */
export const PIPELINE_HEADERS = [
  "Deal",
  "Family",
  "Quantity",
  "Stage",
  "Win probability",
  "Close month",
  "Weighted quantity",
] as const;
export const ORDER_HEADERS = [
  "Order",
  "Line",
  "Family",
  "Qty ordered",
  "Qty delivered",
  "Promised date",
  "Delivered date",
] as const;
export const ACTION_HEADERS = ["Decision", "Owner", "Due date", "Status"] as const;

const cellValue = (v: CellInput): CellValue => (v === undefined ? null : v);

/** A list validation only when Excel can hold it (a literal list is limited to 255 characters). */
function listIfFits(g: SheetGrid, rangeRef: string, values: ReadonlyArray<string>): void {
  if (values.length > 0 && values.join(",").length <= 255 && values.every((v) => !v.includes(","))) {
    g.validations.push({ kind: "list", range: rangeRef, values });
  }
}

export function pipelineSheet(ctx: BuildContext): SheetSpec {
  const { config: cfg, pipeline } = ctx.inputs;
  const g = new SheetGrid("Pipeline");
  titleRows(
    g,
    "CRM pipeline",
    cycleSubtitle(cfg, "open deals; win probability as a fraction (40 % = 0.4); close month as YYYY-MM"),
  );
  tableHeader(g, PIPELINE_HEADERS);
  const fmt: Record<string, string | undefined> = {
    quantity: FMT.units,
    winProbability: FMT.probability,
    closeMonth: FMT.text,
  };
  const q = pipelineCol("quantity");
  const p = pipelineCol("winProbability");
  pipeline.forEach((row, i) => {
    const r = FIRST_ROW + i;
    PIPELINE_COLS.forEach((field, c) => {
      if (field === "weighted") return;
      g.input(r, c, keys.pipeline(i + 1, field), cellValue(row[field]), fmt[field]);
    });
    g.formula(r, pipelineCol("weighted"), `=${addr(r, q)}*${addr(r, p)}`, weightedQuantity(row), FMT.units);
  });
  const last = FIRST_ROW + pipeline.length - 1;
  g.validations.push(
    { kind: "decimal", range: range(FIRST_ROW, q, last, q, true), min: 0 },
    { kind: "decimal", range: range(FIRST_ROW, p, last, p, true), min: 0, max: 1 },
  );
  listIfFits(
    g,
    range(FIRST_ROW, pipelineCol("family"), last, pipelineCol("family"), true),
    cfg.families.map((f) => f.name),
  );
  return g.toSpec({
    kind: "input",
    tabColor: TAB.input,
    columnWidths: [32, WIDTH.family, 12, 14, 16, 14, 18],
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    protect: true,
  });
}

export function ordersSheet(ctx: BuildContext): SheetSpec {
  const { config: cfg, orders } = ctx.inputs;
  const g = new SheetGrid("Orders");
  titleRows(
    g,
    "Order lines",
    cycleSubtitle(cfg, "for OTIF and customer service level; a blank delivered date = not delivered yet"),
  );
  tableHeader(g, ORDER_HEADERS);
  const fmt: Record<string, string | undefined> = {
    quantityOrdered: FMT.units,
    quantityDelivered: FMT.units,
    promisedDate: FMT.date,
    deliveredDate: FMT.date,
  };
  orders.forEach((row, i) => {
    ORDER_COLS.forEach((field, c) =>
      g.input(FIRST_ROW + i, c, keys.order(i + 1, field), cellValue(row[field]), fmt[field]),
    );
  });
  const last = FIRST_ROW + orders.length - 1;
  g.validations.push(
    { kind: "whole", range: range(FIRST_ROW, 1, last, 1, true), min: 1 },
    { kind: "decimal", range: range(FIRST_ROW, 3, last, 4, true), min: 0 },
    { kind: "date", range: range(FIRST_ROW, 5, last, 6, true) },
  );
  listIfFits(
    g,
    range(FIRST_ROW, 2, last, 2, true),
    cfg.families.map((f) => f.name),
  );
  return g.toSpec({
    kind: "input",
    tabColor: TAB.input,
    columnWidths: [14, 8, WIDTH.family, 13, 13, 14, 14],
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    protect: false,
  });
}

export function actionsSheet(ctx: BuildContext): SheetSpec {
  const { config: cfg, actions } = ctx.inputs;
  const g = new SheetGrid("Actions");
  titleRows(
    g,
    "Actions and decisions",
    cycleSubtitle(cfg, "decisions from the S&OP meetings, with owners and due dates"),
  );
  tableHeader(g, ACTION_HEADERS);
  actions.forEach((row, i) => {
    ACTION_COLS.forEach((field, c) =>
      g.input(
        FIRST_ROW + i,
        c,
        keys.action(i + 1, field),
        cellValue(row[field]),
        field === "dueDate" ? FMT.date : undefined,
      ),
    );
  });
  const last = FIRST_ROW + actions.length - 1;
  g.validations.push(
    { kind: "date", range: range(FIRST_ROW, 2, last, 2, true) },
    { kind: "list", range: range(FIRST_ROW, 3, last, 3, true), values: ACTION_STATUSES },
  );
  return g.toSpec({
    kind: "input",
    tabColor: TAB.input,
    columnWidths: [WIDTH.wide + 10, 24, 14, 14],
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    protect: false,
  });
}
