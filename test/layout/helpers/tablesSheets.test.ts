/**
 * The list input sheets (src/layout/sheets/tables.ts): Pipeline, Orders and Actions on the tiny
 * two-family cycle, no workbook built: every cell of the data rows at its address, a spare row,
 * the validations over the data and spare rows, and the sheets' shape.
 *
 * All three: the title in A1, the subtitle in A2, the column header on Excel row 4, data from
 * Excel row 5; keys by row number from 1. Spare rows (src/layout/geometry.ts, spareRows): 25 below
 * the Pipeline's and the Orders' data, 15 below the Actions', so with 2 deals the Pipeline runs
 * to Excel row 4 + 2 + 25 = 31, with 1 order line the Orders to 4 + 1 + 25 = 30, with 1 action
 * the Actions to 4 + 1 + 15 = 20.
 *
 * Dates are Excel serial numbers (days since 1899-12-30): 2026-01-01 is 46023 (2025-01-01 =
 * 45658, + 365), so 2026-03-15 = 46023 + 31 + 28 + 14 = 46096, 2026-03-20 = 46101 and
 * 2026-04-30 = 46023 + 31 + 28 + 31 + 29 = 46142.
 */
import type { CycleData } from "../../../src/core/model";
import type { BuildContext } from "../../../src/layout/sheets/context";
import {
  ACTION_HEADERS,
  ORDER_HEADERS,
  PIPELINE_HEADERS,
  actionsSheet,
  ordersSheet,
  pipelineSheet,
} from "../../../src/layout/sheets/tables";
import type { Cell } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { formula, header, input, subtitle, title } from "../support/cells";
import { sheetShape } from "../support/spec";
import { fam, tinyCycle } from "../support/tinyCycle";

const context = (over: Partial<CycleData> = {}): BuildContext => buildContext(tinyCycle(over));

/** The context with other families on Settings (only their names matter to these sheets). */
const withFamilies = (ctx: BuildContext, names: ReadonlyArray<string>): BuildContext => ({
  ...ctx,
  inputs: {
    ...ctx.inputs,
    config: { ...ctx.inputs.config, families: names.map((name) => ({ name, ...fam })) },
  },
});

const FAMILY_LIST = { kind: "list", values: ["Pumps", "Valves"] };

describe("the Pipeline sheet", () => {
  const deals: CycleData["pipeline"] = [
    {
      deal: "Big pump deal",
      family: "Pumps",
      quantity: 40,
      stage: "Proposal",
      winProbability: 0.5,
      closeMonth: "2026-05",
    },
    {
      deal: "Valve retrofit",
      family: "Valves",
      quantity: 10,
      stage: "Qualified",
      winProbability: 0.25,
      closeMonth: "2026-04",
    },
  ];

  it("writes the titles, the header and each deal's inputs with its weighted quantity", () => {
    const s = pipelineSheet(context({ pipeline: deals }));
    expect(s.cells).toHaveLength(31);
    expect(s.cells[0]).toStrictEqual([title("CRM pipeline")]);
    expect(s.cells[1]).toStrictEqual([
      subtitle(
        "Acme · S&OP cycle 2026-04 · open deals; win probability as a fraction (40 % = 0.4); close month as YYYY-MM",
      ),
    ]);
    expect(s.cells[2]).toStrictEqual([]);
    expect(PIPELINE_HEADERS).toStrictEqual([
      "Deal",
      "Family",
      "Quantity",
      "Stage",
      "Win probability",
      "Close month",
      "Weighted quantity",
    ]);
    expect(s.cells[3]).toStrictEqual(PIPELINE_HEADERS.map(header));
    // Weighted quantity = quantity x win probability: 40 x 0.5 = 20, 10 x 0.25 = 2.5.
    expect(s.cells[4]).toStrictEqual([
      input("Pipeline|1|deal", "Big pump deal"),
      input("Pipeline|1|family", "Pumps"),
      input("Pipeline|1|quantity", 40, "#,##0"),
      input("Pipeline|1|stage", "Proposal"),
      input("Pipeline|1|winProbability", 0.5, "0%"),
      input("Pipeline|1|closeMonth", "2026-05", "@"),
      formula("=C5*E5", 20, "#,##0"),
    ]);
    expect(s.cells[5]).toStrictEqual([
      input("Pipeline|2|deal", "Valve retrofit"),
      input("Pipeline|2|family", "Valves"),
      input("Pipeline|2|quantity", 10, "#,##0"),
      input("Pipeline|2|stage", "Qualified"),
      input("Pipeline|2|winProbability", 0.25, "0%"),
      input("Pipeline|2|closeMonth", "2026-04", "@"),
      formula("=C6*E6", 2.5, "#,##0"),
    ]);
  });

  it("leaves spare rows below the deals: blank inputs, the weighted quantity 0", () => {
    const s = pipelineSheet(context({ pipeline: deals }));
    const spare = (r: number): Cell[] => [
      input(`Pipeline|${r - 4}|deal`, null),
      input(`Pipeline|${r - 4}|family`, null),
      input(`Pipeline|${r - 4}|quantity`, null, "#,##0"),
      input(`Pipeline|${r - 4}|stage`, null),
      input(`Pipeline|${r - 4}|winProbability`, null, "0%"),
      input(`Pipeline|${r - 4}|closeMonth`, null, "@"),
      formula(`=C${r}*E${r}`, 0, "#,##0"),
    ];
    expect(s.cells[6]).toStrictEqual(spare(7));
    expect(s.cells[30]).toStrictEqual(spare(31));
  });

  it("validates quantities, probabilities and families over every row, frozen below the header", () => {
    expect(sheetShape(pipelineSheet(context({ pipeline: deals })))).toStrictEqual({
      name: "Pipeline",
      kind: "input",
      tabColor: "#2E75B6",
      columnWidths: [32, 24, 12, 14, 16, 14, 18],
      freeze: { rows: 4, columns: 1 },
      protect: true,
      validations: [
        { kind: "decimal", range: "$C$5:$C$31", min: 0 },
        { kind: "decimal", range: "$E$5:$E$31", min: 0, max: 1 },
        { range: "$B$5:$B$31", ...FAMILY_LIST },
      ],
      conditionalFormats: [],
      charts: [],
    });
  });

  it("writes a value left out of a row (undefined) as a blank input", () => {
    // Only a hand-made context can hold undefined: the inputs resolve a missing value to null.
    const ctx = context();
    const s = pipelineSheet({
      ...ctx,
      inputs: {
        ...ctx.inputs,
        pipeline: [
          {
            deal: undefined,
            family: "Pumps",
            quantity: 8,
            stage: undefined,
            winProbability: 1,
            closeMonth: undefined,
          },
        ],
      },
    });
    expect(s.cells).toHaveLength(5);
    expect(s.cells[4]).toStrictEqual([
      input("Pipeline|1|deal", null),
      input("Pipeline|1|family", "Pumps"),
      input("Pipeline|1|quantity", 8, "#,##0"),
      input("Pipeline|1|stage", null),
      input("Pipeline|1|winProbability", 1, "0%"),
      input("Pipeline|1|closeMonth", null, "@"),
      formula("=C5*E5", 8, "#,##0"),
    ]);
    // One row: the validations cover Excel row 5 alone.
    expect(s.validations.map((v) => v.range)).toStrictEqual(["$C$5:$C$5", "$E$5:$E$5", "$B$5:$B$5"]);
  });

  describe("the family list validation", () => {
    const familyRule = (names: ReadonlyArray<string>) =>
      pipelineSheet(withFamilies(context(), names)).validations.filter((v) => v.kind === "list");

    it("is left out without a family", () => {
      expect(familyRule([])).toStrictEqual([]);
    });

    it("holds a list of exactly 255 characters, not 256", () => {
      // 127 + "," + 127 = 255 characters; 127 + "," + 128 = 256.
      const [a, b] = ["A".repeat(127), "B".repeat(127)];
      expect(familyRule([a, b])).toStrictEqual([{ kind: "list", range: "$B$5:$B$29", values: [a, b] }]);
      expect(familyRule([a, `${b}B`])).toStrictEqual([]);
    });

    it("is left out when a family's name holds a comma (Excel would split it)", () => {
      expect(familyRule(["Pumps", "Valves, brass"])).toStrictEqual([]);
      expect(familyRule(["Valves, brass"])).toStrictEqual([]);
    });
  });
});

describe("the Orders sheet", () => {
  const orders: CycleData["orders"] = [
    {
      order: "SO-1",
      line: 1,
      family: "Pumps",
      quantityOrdered: 10,
      quantityDelivered: 8,
      promisedDate: "2026-03-15",
      deliveredDate: "2026-03-20",
    },
  ];

  it("writes the titles, the header and each line's inputs, dates as serial numbers", () => {
    const s = ordersSheet(context({ orders }));
    expect(s.cells).toHaveLength(30);
    expect(s.cells[0]).toStrictEqual([title("Order lines")]);
    expect(s.cells[1]).toStrictEqual([
      subtitle(
        "Acme · S&OP cycle 2026-04 · for OTIF and customer service level; a blank delivered date = not delivered yet",
      ),
    ]);
    expect(ORDER_HEADERS).toStrictEqual([
      "Order",
      "Line",
      "Family",
      "Qty ordered",
      "Qty delivered",
      "Promised date",
      "Delivered date",
    ]);
    expect(s.cells[3]).toStrictEqual(ORDER_HEADERS.map(header));
    expect(s.cells[4]).toStrictEqual([
      input("Orders|1|order", "SO-1"),
      input("Orders|1|line", 1),
      input("Orders|1|family", "Pumps"),
      input("Orders|1|quantityOrdered", 10, "#,##0"),
      input("Orders|1|quantityDelivered", 8, "#,##0"),
      input("Orders|1|promisedDate", 46096, "yyyy-mm-dd"),
      input("Orders|1|deliveredDate", 46101, "yyyy-mm-dd"),
    ]);
    // A spare row: blank inputs with the same formats; the last one on Excel row 30.
    const spare = (n: number): Cell[] => [
      input(`Orders|${n}|order`, null),
      input(`Orders|${n}|line`, null),
      input(`Orders|${n}|family`, null),
      input(`Orders|${n}|quantityOrdered`, null, "#,##0"),
      input(`Orders|${n}|quantityDelivered`, null, "#,##0"),
      input(`Orders|${n}|promisedDate`, null, "yyyy-mm-dd"),
      input(`Orders|${n}|deliveredDate`, null, "yyyy-mm-dd"),
    ];
    expect(s.cells[5]).toStrictEqual(spare(2));
    expect(s.cells[29]).toStrictEqual(spare(26));
  });

  it("writes a value left out of a row (undefined) as a blank input", () => {
    const ctx = context();
    const s = ordersSheet({
      ...ctx,
      inputs: {
        ...ctx.inputs,
        orders: [
          {
            order: undefined,
            line: 2,
            family: undefined,
            quantityOrdered: 5,
            quantityDelivered: undefined,
            promisedDate: 46096,
            deliveredDate: undefined,
          },
        ],
      },
    });
    expect(s.cells[4]).toStrictEqual([
      input("Orders|1|order", null),
      input("Orders|1|line", 2),
      input("Orders|1|family", null),
      input("Orders|1|quantityOrdered", 5, "#,##0"),
      input("Orders|1|quantityDelivered", null, "#,##0"),
      input("Orders|1|promisedDate", 46096, "yyyy-mm-dd"),
      input("Orders|1|deliveredDate", null, "yyyy-mm-dd"),
    ]);
  });

  it("validates line numbers, quantities, dates and families; not protected, frozen below the header", () => {
    expect(sheetShape(ordersSheet(context({ orders })))).toStrictEqual({
      name: "Orders",
      kind: "input",
      tabColor: "#2E75B6",
      columnWidths: [14, 8, 24, 13, 13, 14, 14],
      freeze: { rows: 4, columns: 0 },
      protect: false,
      validations: [
        { kind: "whole", range: "$B$5:$B$30", min: 1 },
        { kind: "decimal", range: "$D$5:$E$30", min: 0 },
        { kind: "date", range: "$F$5:$G$30" },
        { range: "$C$5:$C$30", ...FAMILY_LIST },
      ],
      conditionalFormats: [],
      charts: [],
    });
  });

  it("leaves the family list out when the names do not fit one", () => {
    const lists = (names: ReadonlyArray<string>) =>
      ordersSheet(withFamilies(context(), names)).validations.filter((v) => v.kind === "list");
    expect(lists([])).toStrictEqual([]);
    expect(lists(["Pumps", "Valves, brass"])).toStrictEqual([]);
    expect(lists(["A".repeat(255)])).toStrictEqual([{ kind: "list", range: "$C$5:$C$29", values: ["A".repeat(255)] }]);
    expect(lists(["A".repeat(256)])).toStrictEqual([]);
  });
});

describe("the Actions sheet", () => {
  const actions: CycleData["actions"] = [
    { decision: "Add a second shift", owner: "Operations", dueDate: "2026-04-30", status: "Open" },
  ];

  it("writes the titles, the header and each action's inputs, the due date as a serial number", () => {
    const s = actionsSheet(context({ actions }));
    expect(s.cells).toHaveLength(20);
    expect(s.cells[0]).toStrictEqual([title("Actions and decisions")]);
    expect(s.cells[1]).toStrictEqual([
      subtitle("Acme · S&OP cycle 2026-04 · decisions from the S&OP meetings, with owners and due dates"),
    ]);
    expect(ACTION_HEADERS).toStrictEqual(["Decision", "Owner", "Due date", "Status"]);
    expect(s.cells[3]).toStrictEqual(ACTION_HEADERS.map(header));
    expect(s.cells[4]).toStrictEqual([
      input("Actions|1|decision", "Add a second shift"),
      input("Actions|1|owner", "Operations"),
      input("Actions|1|dueDate", 46142, "yyyy-mm-dd"),
      input("Actions|1|status", "Open"),
    ]);
    expect(s.cells[19]).toStrictEqual([
      input("Actions|16|decision", null),
      input("Actions|16|owner", null),
      input("Actions|16|dueDate", null, "yyyy-mm-dd"),
      input("Actions|16|status", null),
    ]);
  });

  it("writes a value left out of a row (undefined) as a blank input", () => {
    const ctx = context();
    const s = actionsSheet({
      ...ctx,
      inputs: {
        ...ctx.inputs,
        actions: [{ decision: "Review prices", owner: undefined, dueDate: undefined, status: "Closed" }],
      },
    });
    expect(s.cells).toHaveLength(5);
    expect(s.cells[4]).toStrictEqual([
      input("Actions|1|decision", "Review prices"),
      input("Actions|1|owner", null),
      input("Actions|1|dueDate", null, "yyyy-mm-dd"),
      input("Actions|1|status", "Closed"),
    ]);
  });

  it("validates due dates and statuses; not protected, frozen below the header", () => {
    expect(sheetShape(actionsSheet(context({ actions })))).toStrictEqual({
      name: "Actions",
      kind: "input",
      tabColor: "#2E75B6",
      columnWidths: [58, 24, 14, 14],
      freeze: { rows: 4, columns: 0 },
      protect: false,
      validations: [
        { kind: "date", range: "$C$5:$C$20" },
        { kind: "list", range: "$D$5:$D$20", values: ["Open", "In progress", "Closed"] },
      ],
      conditionalFormats: [],
      charts: [],
    });
  });
});
