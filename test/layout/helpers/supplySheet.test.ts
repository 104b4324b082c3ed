/**
 * The Supply sheet (src/layout/sheets/supply.ts) without a workbook: `buildContext` then
 * `supplySheet`, each cell at its Excel address with its formula, cached value, style and number
 * format, worked out by hand.
 *
 * Rows: title (Excel 1), subtitle (2), the month header (4); the totals block from Excel row 5
 * ("All families"), its eight rows 6 to 13 (demand, capacity, supply, inventory, target
 * inventory, utilization, late, lost); each family's block 15 rows from Excel row 15 (its name
 * row, then the 13 measures: demand 16, capacity 17, proposed 18, supply 19, inventory 20, target
 * days 21, safety stock 22, safety stock days 23, days of supply 24, target inventory 25,
 * utilization 26, late 27, lost 28 for the first family). Below the blocks, the seven summaries
 * by family (a title, a row per family, a blank row), then the safety stock by family table
 * (./supplySigma.test.ts).
 *
 * What the formulas read: Demand's consensus row (Pumps Excel 22, Valves 36; the plan months
 * after the two history months, so from column E); Families' row of the family (Excel 5, 6):
 * opening inventory E, capacity F, target days G, lot size J, minimum run K; Settings' inventory
 * target, Excel row 18, column B; the safety stock table's column I.
 *
 * The days-of-supply window of month j of P: months j+1 to min(j+3, P-1), n of them; the last
 * month uses its own demand.
 */
import { VOCABULARY } from "../../../src/core/model";
import type { FamilyBaseline } from "../../../src/core/plan-model/types";
import type { BuildContext } from "../../../src/layout/sheets/context";
import { proposalNote, supplyLabels, supplySheet } from "../../../src/layout/sheets/supply";
import type { Cell, CellValue } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { formula, header, input, label, note, subtitle, title, totalFormula, totalRow } from "../support/cells";
import { sheetShape } from "../support/spec";
import { fam, givenBaseline, tinyCycle } from "../support/tinyCycle";

const UNITS = "#,##0";
const DAYS = "0.0";
const PCT = "0.0%";
const NOTE_TAIL = "snapshot of cycle 2026-04; type over the plan to override a month";

/** Excel column of plan month j (months from column C). */
const X = (j: number): string => String.fromCharCode(67 + j);
const snapshot = (value: CellValue): Cell => ({ value, style: "formula", numberFormat: UNITS });

const MANUFACTURING = [
  "Consensus demand",
  "Production capacity",
  "Proposed production plan",
  "Production plan",
  "Projected inventory",
  "Target days of supply",
  "Safety stock",
  "Safety stock in days",
  "Days of supply",
  "Target inventory",
  "Capacity utilization",
  "Late demand",
  "Lost demand",
];

/** The measures of a family block, in order, with their number format. */
const MEASURES = [
  ["demand", UNITS],
  ["capacity", UNITS],
  ["proposed", UNITS],
  ["supply", UNITS],
  ["inventory", UNITS],
  ["targetDos", DAYS],
  ["safetyStock", UNITS],
  ["safetyStockDays", DAYS],
  ["dos", DAYS],
  ["targetInventory", UNITS],
  ["utilization", PCT],
  ["late", UNITS],
  ["lost", UNITS],
] as const;
type Measure = (typeof MEASURES)[number][0];

/**
 * The formulas of a family block whose name row is Excel row `b`, over P months: Families row
 * `fr`, Demand's consensus row `dr`, the safety stock table's row `sr`.
 */
function blockFormulas(b: number, fr: number, dr: number, sr: number, P: number): Record<Measure, string[]> {
  const row = (m: Measure): number => b + 1 + MEASURES.findIndex(([x]) => x === m);
  const at = (m: Measure, j: number): string => `${X(j)}${row(m)}`;
  const out = {} as Record<Measure, string[]>;
  for (const [m] of MEASURES) out[m] = [];
  for (let j = 0; j < P; j++) {
    const from = j < P - 1 ? j + 1 : j;
    const to = j < P - 1 ? Math.min(j + 3, P - 1) : j;
    const n = to - from + 1;
    const win = `SUM(${at("demand", from)}:${at("demand", to)})`;
    const ss = at("safetyStock", j);
    out.demand.push(`=Demand!${String.fromCharCode(69 + j)}${dr}`);
    out.capacity.push(`=Families!$F$${fr}`);
    out.proposed.push("");
    out.supply.push(`=${at("proposed", j)}`);
    out.inventory.push(
      `=${j === 0 ? `Families!$E$${fr}` : at("inventory", j - 1)}+(${at("supply", j)}-${at("demand", j)})`,
    );
    out.targetDos.push(`=Families!$G$${fr}`);
    out.safetyStock.push(j === 0 ? `=$I$${sr}` : `=${at("safetyStock", 0)}`);
    out.safetyStockDays.push(`=IF(OR(${ss}="",${win}<=0),"",${ss}/${win}*${n}*30.4375)`);
    out.dos.push(`=IF(${win}<=0,"",${at("inventory", j)}/${win}*${n}*30.4375)`);
    out.targetInventory.push(
      `=IF(Settings!$B$18="safety stock",IF(ISNUMBER(${ss}),${ss},0)+MAX(Families!$J$${fr},Families!$K$${fr})/2,${at("targetDos", j)}*${win}/${n}/30.4375)`,
    );
    out.utilization.push(`=IF(${at("capacity", j)}>0,${at("supply", j)}/${at("capacity", j)},"")`);
    const later = j < P - 1 ? `-SUM(${at("demand", j + 1)}:${at("demand", P - 1)})` : "";
    const d = at("demand", j);
    out.lost.push(`=MAX(0,MIN(${d},ROUND(MAX(0,-${at("inventory", P - 1)})${later},6)))`);
    out.late.push(`=MIN(${d}-${at("lost", j)},MAX(0,ROUND(MIN(${d},-${at("inventory", j)})-${at("lost", j)},6)))`);
  }
  return out;
}

/**
 * The rows of a family block (from its name row), given the cached values of each measure by
 * month; `proposed` null in a month = the plan is typed there (an input without a formula).
 */
function blockRows(
  o: {
    readonly name: string;
    readonly unit: string;
    readonly note: string;
    readonly labels: ReadonlyArray<string>;
    readonly formulas: Record<Measure, string[]>;
    readonly keyOf: (j: number) => string;
  },
  v: Record<Measure, ReadonlyArray<string | number | null>>,
): Array<Array<Cell | null>> {
  const rows: Array<Array<Cell | null>> = [[header(o.name), label(o.unit), note(o.note)]];
  MEASURES.forEach(([m, fmt], i) => {
    const cells = o.formulas[m].map((f, j): Cell => {
      const value = v[m][j];
      if (m === "proposed") return snapshot(value);
      if (m === "supply")
        return v.proposed[j] === null
          ? input(o.keyOf(j), value, UNITS)
          : { ...input(o.keyOf(j), value, UNITS), formula: f };
      return formula(f, value ?? "", fmt);
    });
    rows.push([null, label(o.labels[i]), ...cells]);
  });
  return rows;
}

/** The SUMIF formulas of the totals block over the blocks' rows `first` to `last` (Excel), month j, total row r. */
const sumif = (first: number, last: number, r: number, j: number): string =>
  `=SUMIF($B$${first}:$B$${last},$B${r},${X(j)}$${first}:${X(j)}$${last})`;

/** A summary by family: title row with the months, then a row per family. */
function summaryRows(
  t: string,
  lbl: string,
  months: ReadonlyArray<string>,
  rows: ReadonlyArray<readonly [string, ReadonlyArray<Cell>]>,
): Array<Array<Cell | null>> {
  return [
    [header(t), header("Measure"), ...months.map(header)],
    ...rows.map(([name, cells]) => [label(name), label(lbl), ...cells]),
  ];
}

/** The two-family tiny cycle: Pumps' baseline 20 and 25, Valves' 8 and 9; capacity 100, no opening inventory, target days 0. */
const tinyContext = (): BuildContext =>
  buildContext(tinyCycle(), new Map(), { baselines: [givenBaseline([20, 25]), givenBaseline([8, 9])] });

const plainNote = `Proposed: target-seeking, aiming at the target inventory, ${NOTE_TAIL}`;

describe("the Supply sheet on the tiny cycle", () => {
  it("writes the title, the subtitle and the month header", () => {
    const s = supplySheet(tinyContext());
    expect(s.cells.slice(0, 4)).toStrictEqual([
      [title("Supply plan")],
      [subtitle("Acme · S&OP cycle 2026-04 · production plan against production capacity, projected inventory")],
      [],
      [header("Family"), header("Measure"), header("2026-04"), header("2026-05")],
    ]);
  });

  it("totals the families' rows by label (SUMIF over Excel rows 15 to 44), utilization = supply / capacity", () => {
    // Demand 20 + 8 = 28 and 25 + 9 = 34; capacity 2 x 100; supply = demand (no opening
    // inventory, no target: the proposal makes each month's demand); utilization 28 / 200 = 0.14
    // and 34 / 200 = 0.17; nothing late or lost.
    const s = supplySheet(tinyContext());
    const row = (r: number, name: string, a: number, b: number): Array<Cell | null> =>
      totalRow(name, totalFormula(sumif(15, 44, r, 0), a, UNITS), totalFormula(sumif(15, 44, r, 1), b, UNITS));
    expect(s.cells.slice(4, 14)).toStrictEqual([
      [header("All families")],
      row(6, "Consensus demand", 28, 34),
      row(7, "Production capacity", 200, 200),
      row(8, "Production plan", 28, 34),
      row(9, "Projected inventory", 0, 0),
      row(10, "Target inventory", 0, 0),
      totalRow(
        "Capacity utilization",
        totalFormula('=IF(C7>0,C8/C7,"")', 0.14, PCT),
        totalFormula('=IF(D7>0,D8/D7,"")', 0.17, PCT),
      ),
      row(12, "Late demand", 0, 0),
      row(13, "Lost demand", 0, 0),
      [],
    ]);
  });

  it("writes each family's block: formulas over Demand, Families, Settings and the safety stock table", () => {
    // Pumps: supply = proposal = demand 20 and 25, inventory 0 + (20 - 20) = 0 and 0; days of
    // supply 0 / 25 x 1 x 30.4375 = 0 (both months' window is 2026-05); no actuals, so no sigma:
    // safety stock blank, and its days blank; target inventory 0 x 25 / 1 / 30.4375 = 0;
    // utilization 20 / 100 = 0.2 and 25 / 100 = 0.25. Valves the same with 8 and 9.
    const s = supplySheet(tinyContext());
    const values = (d: [number, number]): Record<Measure, Array<string | number | null>> => ({
      demand: d,
      capacity: [100, 100],
      proposed: d,
      supply: d,
      inventory: [0, 0],
      targetDos: [0, 0],
      safetyStock: ["", ""],
      safetyStockDays: ["", ""],
      dos: [0, 0],
      targetInventory: [0, 0],
      utilization: [d[0] / 100, d[1] / 100],
      late: [0, 0],
      lost: [0, 0],
    });
    const block = (name: string, b: number, fr: number, dr: number, sr: number) => ({
      name,
      unit: "units",
      note: plainNote,
      labels: MANUFACTURING,
      formulas: blockFormulas(b, fr, dr, sr, 2),
      keyOf: (j: number) => `Supply|plan|${name}|${["2026-04", "2026-05"][j]}`,
    });
    expect(s.cells.slice(14, 29)).toStrictEqual([...blockRows(block("Pumps", 15, 5, 22, 76), values([20, 25])), []]);
    expect(s.cells.slice(29, 44)).toStrictEqual([...blockRows(block("Valves", 30, 6, 36, 77), values([8, 9])), []]);
  });

  it("writes the seven summaries by family: formulas on the blocks' rows, the proposed plan as values", () => {
    const s = supplySheet(tinyContext());
    const months = ["2026-04", "2026-05"];
    const ref = (r: number, a: number, b: number): Cell[] => [formula(`=C${r}`, a, UNITS), formula(`=D${r}`, b, UNITS)];
    const summary = (t: string, lbl: string, p: Cell[], v: Cell[]) =>
      summaryRows(t, lbl, months, [
        ["Pumps", p],
        ["Valves", v],
      ]);
    expect(s.cells.slice(45, 72)).toStrictEqual([
      ...summary("Production capacity by family", "Production capacity", ref(17, 100, 100), ref(32, 100, 100)),
      [],
      ...summary("Production plan by family", "Production plan", ref(19, 20, 25), ref(34, 8, 9)),
      [],
      ...summary("Projected inventory by family", "Projected inventory", ref(20, 0, 0), ref(35, 0, 0)),
      [],
      ...summary("Late demand by family", "Late demand", ref(27, 0, 0), ref(42, 0, 0)),
      [],
      ...summary("Lost demand by family", "Lost demand", ref(28, 0, 0), ref(43, 0, 0)),
      [],
      ...summary(
        "Proposed production plan by family (blank where the plan is typed)",
        "Proposed production plan",
        [snapshot(20), snapshot(25)],
        [snapshot(8), snapshot(9)],
      ),
      [],
      ...summary("Target inventory by family", "Target inventory", ref(25, 0, 0), ref(40, 0, 0)),
    ]);
    // Then the safety stock by family table, title at Excel row 74 (./supplySigma.test.ts).
    expect(s.cells[73]?.[0]?.value).toMatch(/^Safety stock by family/);
    expect(s.cells).toHaveLength(78);
  });

  it("validates the blocks' month cells as numbers from 0 and flags late, lost, negative inventory, short days and overload", () => {
    const s = supplySheet(tinyContext());
    expect(sheetShape(s)).toStrictEqual({
      name: "Supply",
      kind: "calc",
      tabColor: "#70AD47",
      columnWidths: [24, 30, 11, 11],
      freeze: { rows: 4, columns: 2 },
      protect: true,
      validations: [{ kind: "decimal", range: "$C$15:$D$44", min: 0 }],
      conditionalFormats: [
        { range: "C15:D44", formula: '=AND(OR($B15="Late demand",$B15="Lost demand"),C15>0)', style: "bad" },
        { range: "C15:D44", formula: '=AND($B15="Projected inventory",C15<0)', style: "bad" },
        { range: "C15:D44", formula: '=AND($B15="Days of supply",ISNUMBER(C15),C15<C14)', style: "watch" },
        { range: "C15:D44", formula: '=AND($B15="Capacity utilization",ISNUMBER(C15),C15>1)', style: "watch" },
      ],
      charts: [],
    });
  });
});

/**
 * One family (Pumps), four plan months, professional services, a short capacity and a typed month:
 * capacity 20, opening backlog 5, demand 30, 25, 10 and 40, the plan typed at 15 in 2026-06.
 *
 * The proposal (target-seeking, target 0, capped at 20): 2026-04 wants 30 - 5 = 25, makes 20,
 * inventory -5; 2026-05 wants 25 + 5 = 30, makes 20, inventory -10 (nothing earlier to build
 * ahead in: 2026-04 is full); 2026-06 typed 15: inventory -10 + 15 - 10 = -5; 2026-07 wants
 * 40 + 5 = 45, makes 20, inventory -25. Lost: the 25 left at the end come from 2026-07's demand
 * (25 - 0 later); earlier months' later demand exceeds it. Late: 2026-04 min(30, 5) = 5,
 * 2026-05 min(25, 10) = 10, 2026-06 min(10, 5) = 5, 2026-07 MIN(40 - 25, MIN(40, 25) - 25) = 0.
 * Days of supply: 2026-04 -5 / (25 + 10 + 40) x 3 x 30.4375 = -6.0875; 2026-05 -10 / 50 x 2 x
 * 30.4375 = -12.175; 2026-06 -5 / 40 x 30.4375 = -3.8046875; 2026-07 -25 / 40 x 30.4375 =
 * -19.0234375. Utilization 20 / 20, 1, 15 / 20 = 0.75, 1.
 *
 * Rows with one family: the block Excel 15 to 28, the blocks' range to Excel 29, the summaries
 * titled at Excel 31, 34, ..., 49, the safety stock table's Pumps row at Excel 54.
 */
const shortContext = (): BuildContext => {
  const baseline: FamilyBaseline = {
    history: [null, null],
    plan: [30, 25, 10, 40],
    lower80: [null, null, null, null],
    upper80: [null, null, null, null],
    method: "given",
  };
  return buildContext(
    tinyCycle(
      { supplyPlan: [{ family: "Pumps", month: "2026-06", quantity: 15 }] },
      {
        businessType: "services",
        horizonMonths: 4,
        families: [{ name: "Pumps", ...fam, capacityPerMonth: 20, openingInventory: 5 }],
      },
    ),
    new Map(),
    { baselines: [baseline] },
  );
};

const SERVICES = [
  "Consensus demand",
  "Billable hours capacity",
  "Proposed billable hours plan",
  "Billable hours plan",
  "Projected project backlog",
  "Target days of supply",
  "Safety stock",
  "Safety stock in days",
  "Days of supply",
  "Target project backlog",
  "Capacity utilization",
  "Late demand",
  "Lost demand",
];
const MONTHS4 = ["2026-04", "2026-05", "2026-06", "2026-07"];

describe("the Supply sheet with one family, four months, a short capacity and a typed month", () => {
  it("names the measures after the business type", () => {
    const s = supplySheet(shortContext());
    expect(s.cells[1]).toStrictEqual([
      subtitle(
        "Acme · S&OP cycle 2026-04 · billable hours plan against billable hours capacity, projected project backlog",
      ),
    ]);
    expect(s.cells[3]).toStrictEqual([header("Family"), header("Measure"), ...MONTHS4.map(header)]);
  });

  it("totals the one family's rows (SUMIF over Excel rows 15 to 29)", () => {
    const s = supplySheet(shortContext());
    const row = (r: number, name: string, v: number[]): Array<Cell | null> =>
      totalRow(name, ...v.map((x, j) => totalFormula(sumif(15, 29, r, j), x, UNITS)));
    expect(s.cells.slice(5, 13)).toStrictEqual([
      row(6, "Consensus demand", [30, 25, 10, 40]),
      row(7, "Billable hours capacity", [20, 20, 20, 20]),
      row(8, "Billable hours plan", [20, 20, 15, 20]),
      row(9, "Projected project backlog", [-5, -10, -5, -25]),
      row(10, "Target project backlog", [0, 0, 0, 0]),
      totalRow(
        "Capacity utilization",
        ...[1, 1, 0.75, 1].map((x, j) => totalFormula(`=IF(${X(j)}7>0,${X(j)}8/${X(j)}7,"")`, x, PCT)),
      ),
      row(12, "Late demand", [5, 10, 5, 0]),
      row(13, "Lost demand", [0, 0, 0, 25]),
    ]);
  });

  it("leaves the typed month's proposal blank and its plan cell without a formula; windows of 3, 2, 1 and 1 months", () => {
    const s = supplySheet(shortContext());
    const rows = blockRows(
      {
        name: "Pumps",
        unit: "units",
        note: `Proposed: target-seeking, aiming at the target project backlog, ${NOTE_TAIL}`,
        labels: SERVICES,
        formulas: blockFormulas(15, 5, 22, 54, 4),
        keyOf: (j) => `Supply|plan|Pumps|${MONTHS4[j]}`,
      },
      {
        demand: [30, 25, 10, 40],
        capacity: [20, 20, 20, 20],
        proposed: [20, 20, null, 20],
        supply: [20, 20, 15, 20],
        inventory: [-5, -10, -5, -25],
        targetDos: [0, 0, 0, 0],
        safetyStock: ["", "", "", ""],
        safetyStockDays: ["", "", "", ""],
        dos: [-6.0875, -12.175, -3.8046875, -19.0234375],
        targetInventory: [0, 0, 0, 0],
        utilization: [1, 1, 0.75, 1],
        late: [5, 10, 5, 0],
        lost: [0, 0, 0, 25],
      },
    );
    const got = s.cells
      .slice(14, 28)
      .map((r) =>
        r.map((c) =>
          c !== null && typeof c.value === "number" && c.numberFormat === DAYS ? { ...c, value: round9(c.value) } : c,
        ),
      );
    expect(got).toStrictEqual(rows);
  });

  it("writes the summaries for the one family, the typed month blank in the proposed plan", () => {
    const s = supplySheet(shortContext());
    const refs = (r: number, v: number[]): Cell[] => v.map((x, j) => formula(`=${X(j)}${r}`, x, UNITS));
    const one = (t: string, lbl: string, cells: Cell[]) => summaryRows(t, lbl, MONTHS4, [["Pumps", cells]]);
    expect(s.cells.slice(30, 50)).toStrictEqual([
      ...one("Billable hours capacity by family", "Billable hours capacity", refs(17, [20, 20, 20, 20])),
      [],
      ...one("Billable hours plan by family", "Billable hours plan", refs(19, [20, 20, 15, 20])),
      [],
      ...one("Projected project backlog by family", "Projected project backlog", refs(20, [-5, -10, -5, -25])),
      [],
      ...one("Late demand by family", "Late demand", refs(27, [5, 10, 5, 0])),
      [],
      ...one("Lost demand by family", "Lost demand", refs(28, [0, 0, 0, 25])),
      [],
      ...one("Proposed billable hours plan by family (blank where the plan is typed)", "Proposed billable hours plan", [
        snapshot(20),
        snapshot(20),
        snapshot(null),
        snapshot(20),
      ]),
      [],
      ...one("Target project backlog by family", "Target project backlog", refs(25, [0, 0, 0, 0])),
    ]);
    expect(s.cells[51]?.[0]?.value).toMatch(/^Safety stock by family/);
    expect(s.cells[53]?.[0]).toStrictEqual(label("Pumps"));
  });

  it("validates and flags Excel rows 15 to 29 over the four months, with the business type's labels", () => {
    const s = supplySheet(shortContext());
    expect(sheetShape(s)).toMatchObject({
      columnWidths: [24, 30, 11, 11, 11, 11],
      validations: [{ kind: "decimal", range: "$C$15:$F$29", min: 0 }],
      conditionalFormats: [
        { range: "C15:F29", formula: '=AND(OR($B15="Late demand",$B15="Lost demand"),C15>0)', style: "bad" },
        { range: "C15:F29", formula: '=AND($B15="Projected project backlog",C15<0)', style: "bad" },
        { range: "C15:F29", formula: '=AND($B15="Days of supply",ISNUMBER(C15),C15<C14)', style: "watch" },
        { range: "C15:F29", formula: '=AND($B15="Capacity utilization",ISNUMBER(C15),C15>1)', style: "watch" },
      ],
    });
  });
});

const round9 = (x: number): number => Math.round(x * 1e9) / 1e9;

describe("the Supply sheet without a family or without plan months", () => {
  it("without a family: the totals sum an empty block range (Excel row 15 alone), no validation, no flags", () => {
    // A cycle needs a family; the inputs and the geometry say none here. The summaries then
    // have a title each from Excel row 16, two rows apart.
    const ctx = tinyContext();
    const s = supplySheet({
      ...ctx,
      inputs: { ...ctx.inputs, config: { ...ctx.inputs.config, families: [] } },
      geo: { ...ctx.geo, families: 0 },
    });
    expect(s.cells[5]).toStrictEqual(
      totalRow(
        "Consensus demand",
        totalFormula(sumif(15, 15, 6, 0), 28, UNITS),
        totalFormula(sumif(15, 15, 6, 1), 34, UNITS),
      ),
    );
    expect(s.cells.slice(14, 18)).toStrictEqual([
      [],
      [header("Production capacity by family"), header("Measure"), header("2026-04"), header("2026-05")],
      [],
      [header("Production plan by family"), header("Measure"), header("2026-04"), header("2026-05")],
    ]);
    expect(s.validations).toStrictEqual([]);
    expect(s.conditionalFormats).toStrictEqual([]);
  });

  it("without plan months: labels only, no validation, no flags, two columns wide", () => {
    const ctx = tinyContext();
    const s = supplySheet({ ...ctx, inputs: { ...ctx.inputs, plan: [] } });
    expect(s.cells[3]).toStrictEqual([header("Family"), header("Measure")]);
    expect(s.cells[5]).toStrictEqual(totalRow("Consensus demand"));
    expect(s.cells[10]).toStrictEqual(totalRow("Capacity utilization"));
    expect(s.cells[14]).toStrictEqual([header("Pumps"), label("units"), note(plainNote)]);
    expect(s.cells[15]).toStrictEqual([null, label("Consensus demand")]);
    expect(s.validations).toStrictEqual([]);
    expect(s.conditionalFormats).toStrictEqual([]);
    expect(s.columnWidths).toStrictEqual([24, 30]);
  });
});

describe("the proposal note on a family's name row", () => {
  it("names the lot size, the minimum run, or both, in that order", () => {
    const ctx = buildContext(
      tinyCycle(
        {},
        {
          families: [
            { name: "Pumps", ...fam, lotSize: 10 },
            { name: "Valves", ...fam, minimumRun: 5 },
            { name: "Gears", ...fam, lotSize: 4, minimumRun: 30 },
          ],
        },
      ),
    );
    expect([0, 1, 2].map((f) => proposalNote(ctx, f))).toStrictEqual([
      `Proposed: target-seeking (lot size 10), aiming at the target inventory, ${NOTE_TAIL}`,
      `Proposed: target-seeking (minimum run 5), aiming at the target inventory, ${NOTE_TAIL}`,
      `Proposed: target-seeking (lot size 4, minimum run 30), aiming at the target inventory, ${NOTE_TAIL}`,
    ]);
  });

  it("names the strategy from Settings", () => {
    const ctx = buildContext(tinyCycle({}, { supplyPolicy: { strategy: "chase" } }));
    expect(proposalNote(ctx, 0)).toBe(`Proposed: chase, aiming at the target inventory, ${NOTE_TAIL}`);
  });

  it("counts the units built ahead of a peak", () => {
    // Pumps: demand 10 then 150, capacity 100: 2026-05 makes 100 and is 50 short, so 2026-04
    // makes 10 + 50 = 60: 50 built ahead. Valves (8 and 9) builds nothing.
    const ctx = buildContext(tinyCycle(), new Map(), { baselines: [givenBaseline([10, 150]), givenBaseline([8, 9])] });
    expect(proposalNote(ctx, 0)).toBe(
      `Proposed: target-seeking, aiming at the target inventory, builds 50 ahead of peaks, ${NOTE_TAIL}`,
    );
    expect(proposalNote(ctx, 1)).toBe(plainNote);
  });

  it("says the proposal fits the resources' hours when the cycle has resources", () => {
    const ctx = buildContext(
      tinyCycle({
        resources: [{ name: "Line 1", capacityPerMonth: 1000 }],
        routings: [{ family: "Pumps", resource: "Line 1", hoursPerUnit: 1 }],
      }),
    );
    expect(proposalNote(ctx, 0)).toBe(
      `Proposed: target-seeking, aiming at the target inventory, within the hours the resources leave it (families in Families order), ${NOTE_TAIL}`,
    );
  });
});

describe("the Supply sheet's labels by business type", () => {
  it("follows each business type's vocabulary", () => {
    const rows = (b: keyof typeof VOCABULARY): string[] => Object.values(supplyLabels(VOCABULARY[b]));
    expect(rows("manufacturing")).toStrictEqual(MANUFACTURING);
    expect(rows("services")).toStrictEqual(SERVICES);
    expect(supplyLabels(VOCABULARY.saas)).toMatchObject({
      capacity: "Onboarding capacity",
      proposed: "Proposed onboarding plan",
      supply: "Onboarding plan",
      inventory: "Projected onboarding backlog",
      targetInventory: "Target onboarding backlog",
    });
    expect(supplyLabels(VOCABULARY.distribution)).toMatchObject({
      capacity: "Warehouse throughput",
      proposed: "Proposed fulfilment plan",
      supply: "Fulfilment plan",
      inventory: "Projected inventory",
      targetInventory: "Target inventory",
    });
  });
});
