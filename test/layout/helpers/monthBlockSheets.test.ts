/**
 * The month-block input sheets (src/layout/sheets/monthBlocks.ts and its three users, Budget,
 * Prices and Production) built from the tiny two-family cycle's context, no workbook built: every
 * cell written out by hand (address, value, role, key, number format), each block's validation,
 * the widths, the frozen panes. Two families, so the blocks start at rows 5, 8 and 11 (Excel
 * rows: row 5 is the first data row, one blank row between blocks).
 */
import { CycleData } from "../../../src/core/model";
import { budgetSheet } from "../../../src/layout/sheets/budget";
import type { BuildContext } from "../../../src/layout/sheets/context";
import { monthBlocksSheet } from "../../../src/layout/sheets/monthBlocks";
import { pricesSheet } from "../../../src/layout/sheets/prices";
import { productionSheet } from "../../../src/layout/sheets/production";
import type { Cell, CellValue, SheetSpec } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { header, input as inputCell, label, subtitle, title } from "../support/cells";
import { sheetShape } from "../support/spec";
import { tinyCycle } from "../support/tinyCycle";

const input = (key: string, value: CellValue): Cell => inputCell(key, value, "#,##0");

const cycle = (over: Partial<CycleData>): CycleData => tinyCycle(over);

/** A family's row of one measure on `sheet`: its labels, then its inputs in the two months. */
const blockRow =
  (sheet: string, months: [string, string]) =>
  (family: string, measure: string, field: string, a: CellValue, b: CellValue): Cell[] => [
    label(family),
    label(measure),
    input(`${sheet}|${field}|${family}|${months[0]}`, a),
    input(`${sheet}|${field}|${family}|${months[1]}`, b),
  ];

/** An input sheet's properties other than its cells, with two month columns. */
const inputSheet = (name: string, validations: SheetSpec["validations"]) => ({
  name,
  kind: "input",
  tabColor: "#2E75B6",
  columnWidths: [24, 20, 13, 13],
  freeze: { rows: 4, columns: 2 },
  protect: false,
  validations,
  conditionalFormats: [],
  charts: [],
});

describe("the Budget sheet", () => {
  let sheet: SheetSpec;
  beforeEach(() => {
    sheet = budgetSheet(
      buildContext(
        cycle({
          budget: [
            { family: "Pumps", month: "2026-04", units: 100, revenue: 1000, grossMargin: 400 },
            { family: "Valves", month: "2026-05", units: 50, revenue: 600, grossMargin: 250 },
          ],
        }),
      ),
    );
  });

  it("writes a block of family rows per measure, plan months across, every value an input at its key", () => {
    const row = blockRow("Budget", ["2026-04", "2026-05"]);
    expect(sheet.cells).toStrictEqual([
      [title("Budget (annual operating plan)")],
      [
        subtitle(
          "Acme · S&OP cycle 2026-04 · units, revenue and gross margin by family and month; leave a month blank where there is no budget (a blank cell in a budgeted month counts as 0)",
        ),
      ],
      [],
      [header("Family"), header("Measure"), header("2026-04"), header("2026-05")],
      row("Pumps", "Budget units", "units", 100, null),
      row("Valves", "Budget units", "units", null, 50),
      [],
      row("Pumps", "Budget revenue", "revenue", 1000, null),
      row("Valves", "Budget revenue", "revenue", null, 600),
      [],
      row("Pumps", "Budget gross margin", "grossMargin", 400, null),
      row("Valves", "Budget gross margin", "grossMargin", null, 250),
    ]);
  });

  it("validates units as at least 0 and money as any number, block by block; an input sheet, unprotected", () => {
    expect(sheetShape(sheet)).toStrictEqual(
      inputSheet("Budget", [
        { kind: "decimal", range: "$C$5:$D$6", min: 0 },
        { kind: "decimal", range: "$C$8:$D$9" },
        { kind: "decimal", range: "$C$11:$D$12" },
      ]),
    );
  });
});

describe("the Prices sheet", () => {
  let sheet: SheetSpec;
  beforeEach(() => {
    sheet = pricesSheet(
      buildContext(
        cycle({
          prices: [
            { family: "Pumps", month: "2026-05", price: 12, unitCost: null },
            { family: "Valves", month: "2026-04", price: null, unitCost: 7 },
          ],
        }),
      ),
    );
  });

  it("writes a price block and a unit cost block, blank where the Families value holds", () => {
    const row = blockRow("Prices", ["2026-04", "2026-05"]);
    expect(sheet.cells).toStrictEqual([
      [title("Prices and unit costs by month")],
      [
        subtitle(
          "Acme · S&OP cycle 2026-04 · where a month's price or unit cost differs from the Families sheet; blank = the Families value",
        ),
      ],
      [],
      [header("Family"), header("Measure"), header("2026-04"), header("2026-05")],
      row("Pumps", "Price", "price", null, 12),
      row("Valves", "Price", "price", null, null),
      [],
      row("Pumps", "Unit cost", "unitCost", null, null),
      row("Valves", "Unit cost", "unitCost", 7, null),
    ]);
  });

  it("validates each block by the Families field's rule (at least 0)", () => {
    expect(sheetShape(sheet)).toStrictEqual(
      inputSheet("Prices", [
        { kind: "decimal", range: "$C$5:$D$6", min: 0 },
        { kind: "decimal", range: "$C$8:$D$9", min: 0 },
      ]),
    );
  });
});

describe("the Production sheet", () => {
  let sheet: SheetSpec;
  beforeEach(() => {
    sheet = productionSheet(
      buildContext(
        cycle({
          productionActuals: [
            { family: "Pumps", month: "2026-02", quantity: 9, planned: 10 },
            { family: "Valves", month: "2026-03", quantity: 6, planned: null },
          ],
        }),
      ),
    );
  });

  it("writes actual and planned production across the history months", () => {
    const row = blockRow("Production", ["2026-02", "2026-03"]);
    expect(sheet.cells).toStrictEqual([
      [title("Production actuals")],
      [
        subtitle(
          "Acme · S&OP cycle 2026-04 · units produced by family and history month, and what the month's own cycle planned to produce (filled from the Supply sheet when the next cycle is scaffolded); plan adherence compares the two; blank = not known",
        ),
      ],
      [],
      [header("Family"), header("Measure"), header("2026-02"), header("2026-03")],
      row("Pumps", "Actual production", "quantity", 9, null),
      row("Valves", "Actual production", "quantity", null, 6),
      [],
      row("Pumps", "Planned production (lag 1)", "planned", 10, null),
      row("Valves", "Planned production (lag 1)", "planned", null, null),
    ]);
  });

  it("validates both blocks as at least 0", () => {
    expect(sheetShape(sheet)).toStrictEqual(
      inputSheet("Production", [
        { kind: "decimal", range: "$C$5:$D$6", min: 0 },
        { kind: "decimal", range: "$C$8:$D$9", min: 0 },
      ]),
    );
  });
});

describe("a month-block sheet without months or without families", () => {
  const blocks = (ctx: BuildContext, months?: string[]): SheetSpec =>
    monthBlocksSheet(ctx, {
      sheet: "Blocks",
      title: "T",
      subtitle: "S",
      fields: ["a"],
      labels: { a: "A" },
      ...(months ? { months } : {}),
      values: {
        a: [
          [1, 2],
          [3, 4],
        ],
      },
      row: (_field, f) => 4 + f,
      key: (field, family, month) => `Blocks|${field}|${family}|${month}`,
      format: () => "0",
      validation: (_field, range) => ({ kind: "decimal", range }),
    });

  it("writes the labels but no month and no validation over an empty range", () => {
    const sheet = blocks(buildContext(cycle({})), []);
    expect(sheet.cells.slice(3)).toStrictEqual([
      [header("Family"), header("Measure")],
      [label("Pumps"), label("A")],
      [label("Valves"), label("A")],
    ]);
    expect(sheet.validations).toStrictEqual([]);
    expect(sheet.columnWidths).toStrictEqual([24, 20]);
  });

  it("writes the plan months' header but no row and no validation", () => {
    const ctx = buildContext(cycle({}));
    const none = { ...ctx, inputs: { ...ctx.inputs, config: { ...ctx.inputs.config, families: [] } } };
    const sheet = blocks(none);
    expect(sheet.cells.slice(3)).toStrictEqual([
      [header("Family"), header("Measure"), header("2026-04"), header("2026-05")],
    ]);
    expect(sheet.validations).toStrictEqual([]);
  });
});
