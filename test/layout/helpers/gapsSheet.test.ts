/**
 * The Gaps sheet (src/layout/sheets/gaps.ts) without a workbook: `buildContext` then `gapsSheet`,
 * each cell at its Excel address with its formula, cached value, style and number format, worked
 * out by hand.
 *
 * Rows on the tiny two-family cycle (20 candidates, the 15 ranked rows): title (Excel 1),
 * subtitle (2), the bias line (3, ./forecastability.ts), the count and value of all gaps (4), the
 * agenda's header (5) and its 15 rows (6 to 20); the four grids by family and month titled at
 * Excel 22, 26, 30 and 34 (late, lost, over capacity, inventory above target; Pumps then Valves
 * below each title); the plan vs financial targets titled at 38 (revenue 39, margin 40,
 * inventory value 41); the candidates' header at 43 and the 20 candidates from 44: late, lost,
 * over capacity, inventory above target (Pumps 2026-04, Pumps 2026-05, Valves 2026-04, Valves
 * 2026-05 each), then revenue below target and inventory value above ceiling (all families,
 * 2026-04 and 2026-05).
 *
 * What the formulas read: Supply's rows (Pumps: capacity 17, supply 19, inventory 20, target
 * inventory 25, late 27, lost 28; Valves 32, 34, 35, 40, 42, 43), the plan months in columns C and
 * D; Finance's totals (revenue vs target Excel 12, margin 14, inventory value vs ceiling 16) and
 * each family's price and unit cost rows (Pumps 27 and 28, Valves 43 and 44).
 *
 * Each candidate's score = INT(value) + (20 - i) / 100 (i its index, 20 candidates: 0.2 down to
 * 0.01); the agenda's row k shows the candidate of the k-th largest score, its rank only when its
 * value is above 0.
 */
import { GAP_TYPES, type GapCandidate, type RankedGap } from "../../../src/core/plan-model/gaps";
import type { BuildContext } from "../../../src/layout/sheets/context";
import { gapsSheet } from "../../../src/layout/sheets/gaps";
import type { Cell } from "../../../src/layout/types";
import { buildContext } from "../../../src/layout/workbook";
import { formula, header, label, subtitle, title, totalFormula } from "../support/cells";
import { sheetShape } from "../support/spec";
import { fam, givenBaseline, tinyCycle } from "../support/tinyCycle";

const UNITS = "#,##0";
const CURRENCY = "#,##0";
const MONTHS = ["2026-04", "2026-05"];
const X = (j: number): string => String.fromCharCode(67 + j);

const RANK_HEADER = ["Rank", "Family", "Month", "Gap type", "Gap (units)", "Value at stake", "Candidate"].map(header);
const CANDIDATE_HEADER = ["Family", "Month", "Gap type", "Gap (units)", "Value at stake", "Rank score"].map(header);

/** Agenda row k (0-based) at Excel row r over candidates at Excel rows a to b: rank, family, month, type, units, value, position. */
function rankRow(
  k: number,
  a: number,
  b: number,
  position: number,
  shown: null | { rank: number; family: string; month: string; type: string; units: number | ""; value: number },
): Cell[] {
  const r = 6 + k;
  const list = (c: string): string => `$${c}$${a}:$${c}$${b}`;
  const show = (c: string): string => `INDEX(${list(c)},$G${r})`;
  const blank = (f: string, v: string | number | undefined, numberFormat?: string): Cell =>
    formula(f, shown === null ? "" : (v as string | number), numberFormat);
  return [
    formula(`=IF(${show("E")}>0,${k + 1},"")`, shown === null ? "" : shown.rank, "0"),
    blank(`=IF($A${r}="","",${show("A")})`, shown?.family),
    blank(`=IF($A${r}="","",${show("B")})`, shown?.month),
    blank(`=IF($A${r}="","",${show("C")})`, shown?.type),
    blank(`=IF($A${r}="","",IF(${show("D")}="","",${show("D")}))`, shown?.units, UNITS),
    blank(`=IF($A${r}="","",${show("E")})`, shown?.value, CURRENCY),
    {
      formula: `=MATCH(LARGE(${list("F")},${k + 1}),${list("F")},0)`,
      value: position,
      style: "note",
      numberFormat: "0",
    },
  ];
}

/** A candidate at Excel row r: its labels, units formula (none for a company-level gap), value and score. */
function candidateRow(
  r: number,
  family: string,
  month: string,
  type: string,
  units: [string, number] | null,
  value: [string, number],
  tie: string,
  score: number,
): Array<Cell | null> {
  return [
    label(family),
    label(month),
    label(type),
    units === null ? null : formula(units[0], units[1], UNITS),
    formula(value[0], value[1], CURRENCY),
    formula(`=INT(ROUND(E${r},6))+${tie}`, score, "0.000000"),
  ];
}

/** The two-family tiny cycle: Pumps' baseline 20 and 25, Valves' 8 and 9 (capacity 100 each, price 10, unit cost 6). */
const tinyContext = (pumpsCapacity = 100, pumps: number[] = [20, 25]): BuildContext =>
  buildContext(
    tinyCycle(
      {},
      {
        families: [
          { name: "Pumps", ...fam, capacityPerMonth: pumpsCapacity },
          { name: "Valves", ...fam },
        ],
      },
    ),
    new Map(),
    { baselines: [givenBaseline(pumps), givenBaseline([8, 9])] },
  );

/** The 16 family candidates' (type, family, month) in order, with the grid row (Excel) each reads and its value formula's factor. */
const FAMILY_CANDIDATES: Array<[string, string, number, number, string]> = [];
(
  [
    [GAP_TYPES.late, 23],
    [GAP_TYPES.lost, 27],
    [GAP_TYPES.overCapacity, 31],
    [GAP_TYPES.excessInventory, 35],
  ] as const
).forEach(([type, gridRow]) =>
  ["Pumps", "Valves"].forEach((family, f) =>
    MONTHS.forEach((_, j) => {
      const price = `Finance!${X(j)}${f === 0 ? 27 : 43}`;
      const cost = `Finance!${X(j)}${f === 0 ? 28 : 44}`;
      FAMILY_CANDIDATES.push([
        type,
        family,
        j,
        gridRow + f,
        type === GAP_TYPES.late || type === GAP_TYPES.lost ? price : cost,
      ]);
    }),
  ),
);

/** Candidate rows of the tiny cycle (Excel 44 to 63), with the values at stake `values` by index (0 elsewhere) and the units of each family gap. */
function tinyCandidates(values: Record<number, [number, number]> = {}): Array<Array<Cell | null>> {
  const tie = (i: number): [string, number] => [String((20 - i) / 100), (20 - i) / 100];
  const rows = FAMILY_CANDIDATES.map(([type, family, j, gridRow, factor], i) => {
    const r = 44 + i;
    const [units, value] = values[i] ?? [0, 0];
    return candidateRow(
      r,
      family,
      MONTHS[j],
      type,
      [`=${X(j)}${gridRow}`, units],
      [`=D${r}*${factor}`, value],
      tie(i)[0],
      Math.trunc(value) + tie(i)[1],
    );
  });
  const company = (i: number, j: number, type: string, f: string): Array<Cell | null> =>
    candidateRow(44 + i, "All families", MONTHS[j], type, null, [f, 0], tie(i)[0], tie(i)[1]);
  return [
    ...rows,
    company(16, 0, GAP_TYPES.revenue, "=MAX(0,-C39)"),
    company(17, 1, GAP_TYPES.revenue, "=MAX(0,-D39)"),
    company(18, 0, GAP_TYPES.inventoryCeiling, "=MAX(0,C41)"),
    company(19, 1, GAP_TYPES.inventoryCeiling, "=MAX(0,D41)"),
  ];
}

/** A grid by family and month titled at Excel row t: each family's formulas (by month) and cached values. */
function gridRows(t: string, rows: ReadonlyArray<readonly [string, string[], number[]]>): Array<Array<Cell | null>> {
  return [
    [header(t), header("Unit"), ...MONTHS.map(header)],
    ...rows.map(([name, fs, vs]) => [label(name), label("units"), ...fs.map((f, j) => formula(f, vs[j], UNITS))]),
  ];
}

describe("the Gaps sheet on the tiny cycle (no gap)", () => {
  it("writes the title, the subtitle, the bias line, the count and value of all gaps and the agenda's header", () => {
    const s = gapsSheet(tinyContext());
    expect(s.cells[0]).toStrictEqual([title("Gaps and the pre-S&OP agenda")]);
    expect(s.cells[1]).toStrictEqual([
      subtitle("Acme · S&OP cycle 2026-04 · where the plan does not hold, ranked by value at stake"),
    ]);
    expect(s.cells[2][0]).toStrictEqual(header("Bias exceptions: families with |tracking signal| above 4 (Demand)"));
    // No candidate is worth anything: 0 gaps, 0 at stake.
    expect(s.cells[3]).toStrictEqual([
      header("Largest gaps: the pre-S&OP agenda"),
      null,
      null,
      header("All gaps: count, value at stake"),
      totalFormula("=SUMPRODUCT(($E$44:$E$63>0)*1)", 0, "0"),
      totalFormula('=SUMIF($E$44:$E$63,">0")', 0, CURRENCY),
    ]);
    expect(s.cells[4]).toStrictEqual(RANK_HEADER);
  });

  it("lists the 15 largest scores on the agenda, every row blank (nothing worth more than 0)", () => {
    // All values 0: the scores are the tie-breakers, largest first: candidates 1 to 15 in order.
    const s = gapsSheet(tinyContext());
    expect(s.cells.slice(5, 21)).toStrictEqual([
      ...Array.from({ length: 15 }, (_, k) => rankRow(k, 44, 63, k + 1, null)),
      [],
    ]);
  });

  it("writes the four grids from Supply's rows, with the core's values (all 0)", () => {
    const s = gapsSheet(tinyContext());
    const ref = (row: number): string[] => MONTHS.map((_, j) => `=Supply!${X(j)}${row}`);
    const over = (a: number, b: number): string[] =>
      MONTHS.map((_, j) => `=MAX(0,Supply!${X(j)}${a}-Supply!${X(j)}${b})`);
    expect(s.cells.slice(21, 36)).toStrictEqual([
      ...gridRows("Late demand (units): shipped in a later month", [
        ["Pumps", ref(27), [0, 0]],
        ["Valves", ref(42), [0, 0]],
      ]),
      [],
      ...gridRows("Lost demand (units): not shipped by the end of the plan", [
        ["Pumps", ref(28), [0, 0]],
        ["Valves", ref(43), [0, 0]],
      ]),
      [],
      ...gridRows("Over capacity (units): supply plan above capacity", [
        ["Pumps", over(19, 17), [0, 0]],
        ["Valves", over(34, 32), [0, 0]],
      ]),
      [],
      ...gridRows("Inventory above target (units)", [
        ["Pumps", over(20, 25), [0, 0]],
        ["Valves", over(35, 40), [0, 0]],
      ]),
    ]);
  });

  it("writes the plan vs the financial targets from Finance's totals", () => {
    // Revenue (20 + 8) x 10 = 280 and (25 + 9) x 10 = 340 against a target of 0; margin
    // (10 - 6) / 10 = 40 % against 0; no inventory (0 x 6) against the 500 ceiling: -500.
    const s = gapsSheet(tinyContext());
    const fin = (name: string, unit: string, row: number, v: [number, number], fmt: string): Cell[] => [
      label(name),
      label(unit),
      formula(`=Finance!C${row}`, v[0], fmt),
      formula(`=Finance!D${row}`, v[1], fmt),
    ];
    expect(s.cells.slice(36, 41)).toStrictEqual([
      [],
      [header("Plan vs financial targets (all families)"), header(""), header("2026-04"), header("2026-05")],
      fin("Revenue vs target", "currency", 12, [280, 340], CURRENCY),
      fin("Margin % vs target", "%", 14, [0.4, 0.4], "0.0%"),
      fin("Inventory value vs ceiling", "currency", 16, [-500, -500], CURRENCY),
    ]);
  });

  it("lists the 20 candidates: late and lost at Finance's price, the rest at its unit cost, the company's gaps from the rows above", () => {
    const s = gapsSheet(tinyContext());
    expect(s.cells.slice(41, 43)).toStrictEqual([[], CANDIDATE_HEADER]);
    expect(s.cells.slice(43)).toStrictEqual(tinyCandidates());
  });

  it("flags the grids (late and lost bad, the others watch) and the financial rows, on a sheet 7 columns wide", () => {
    const s = gapsSheet(tinyContext());
    expect(sheetShape(s)).toStrictEqual({
      name: "Gaps",
      kind: "calc",
      tabColor: "#70AD47",
      columnWidths: [46, 24, 13, 26, 13, 15, 13],
      freeze: { rows: 2, columns: 0 },
      protect: true,
      validations: [],
      conditionalFormats: [
        { range: "C23:D24", formula: "=C23>0", style: "bad" },
        { range: "C27:D28", formula: "=C27>0", style: "bad" },
        { range: "C31:D32", formula: "=C31>0", style: "watch" },
        { range: "C35:D36", formula: "=C35>0", style: "watch" },
        { range: "C39:D39", formula: "=AND(ISNUMBER(C39),C39<0)", style: "bad" },
        { range: "C40:D40", formula: "=AND(ISNUMBER(C40),C40<0)", style: "watch" },
        { range: "C41:D41", formula: "=AND(ISNUMBER(C41),C41>0)", style: "bad" },
      ],
      charts: [],
    });
  });
});

describe("the Gaps sheet with Pumps short of capacity", () => {
  // Pumps: capacity 20, demand 30 then 25: supply 20 and 20 (2026-04 full, so nothing built
  // ahead), inventory -10 then -15. Lost: the 15 left at the end, from 2026-05's demand (2026-04's
  // 15 - 25 < 0). Late: 2026-04 min(30, 10) = 10 (shipped in 2026-05), 2026-05 min(25 - 15,
  // min(25, 15) - 15) = 0. At the price of 10: late 2026-04 worth 100 (candidate 1, score 100.2),
  // lost 2026-05 worth 150 (candidate 6, score 150.15). Nothing else is worth anything.
  it("counts 2 gaps worth 250 and ranks lost 2026-05 first, late 2026-04 second, the rest blank", () => {
    const s = gapsSheet(tinyContext(20, [30, 25]));
    expect(s.cells[3].slice(4)).toStrictEqual([
      totalFormula("=SUMPRODUCT(($E$44:$E$63>0)*1)", 2, "0"),
      totalFormula('=SUMIF($E$44:$E$63,">0")', 250, CURRENCY),
    ]);
    expect(s.cells.slice(5, 8)).toStrictEqual([
      rankRow(0, 44, 63, 6, { rank: 1, family: "Pumps", month: "2026-05", type: "Lost demand", units: 15, value: 150 }),
      rankRow(1, 44, 63, 1, { rank: 2, family: "Pumps", month: "2026-04", type: "Late demand", units: 10, value: 100 }),
      // Then the largest tie-breakers left: candidates 2, 3, 4, 5, 7, ... 15 on the 15th row.
      rankRow(2, 44, 63, 2, null),
    ]);
    expect(s.cells[19]).toStrictEqual(rankRow(14, 44, 63, 15, null));
  });

  it("shows the late and lost units in the grids and their value at stake among the candidates", () => {
    const s = gapsSheet(tinyContext(20, [30, 25]));
    expect(s.cells[22].slice(2)).toStrictEqual([formula("=Supply!C27", 10, UNITS), formula("=Supply!D27", 0, UNITS)]);
    expect(s.cells[26].slice(2)).toStrictEqual([formula("=Supply!C28", 0, UNITS), formula("=Supply!D28", 15, UNITS)]);
    expect(s.cells.slice(43)).toStrictEqual(
      tinyCandidates({
        0: [10, 100],
        5: [15, 150],
      }),
    );
  });
});

/**
 * Hand-made candidates (the plan's ranking replaced): a resource overload of the second resource
 * in 2026-05, a revenue shortfall in 2026-04 and an inventory value above the ceiling in 2026-05
 * worth nothing. Three ranked rows (Excel 6 to 8), so the grids are titled at Excel 10, 14, 18
 * and 22, the financial rows at 27 to 29, the candidates' header at 31 and the candidates at 32
 * to 34 (tie-breakers 0.3, 0.2, 0.1). Supply's resource tables with two families and two
 * resources: from Excel row 80 (two rows below the safety stock table's note at 78), the
 * hours-per-unit matrix (4 rows), then capacity, load, overload (titled at Excel 92: the second
 * resource on 94) and utilization (4 rows each), then value at stake (titled at 100: the second
 * resource on 102).
 */
function handMade(candidates: GapCandidate[], ranked: RankedGap[]): BuildContext {
  const ctx = tinyContext();
  return {
    ...ctx,
    plan: { ...ctx.plan, candidates, ranked },
    geo: { ...ctx.geo, candidates: candidates.length, ranked: ranked.length, resources: 2 },
  };
}

const overload: GapCandidate = {
  familyIndex: null,
  resourceIndex: 1,
  monthIndex: 1,
  family: "Line 2",
  month: "2026-05",
  type: GAP_TYPES.resourceOverload,
  units: 12,
  value: 72,
  score: 72.3,
};
const revenue: GapCandidate = {
  familyIndex: null,
  monthIndex: 0,
  family: "All families",
  month: "2026-04",
  type: GAP_TYPES.revenue,
  units: null,
  value: 40.5,
  score: 40.2,
};
const ceiling: GapCandidate = {
  familyIndex: null,
  monthIndex: 1,
  family: "All families",
  month: "2026-05",
  type: GAP_TYPES.inventoryCeiling,
  units: null,
  value: 0,
  score: 0.1,
};

describe("the Gaps sheet's candidates and agenda from hand-made candidates", () => {
  it("reads a resource overload from Supply's overload and value tables, at the resource's row and the month", () => {
    const s = gapsSheet(
      handMade(
        [overload, revenue, ceiling],
        [
          { position: 1, rank: 1, candidate: overload },
          { position: 2, rank: 2, candidate: revenue },
          { position: 3, rank: null, candidate: ceiling },
        ],
      ),
    );
    expect(s.cells.slice(30)).toStrictEqual([
      CANDIDATE_HEADER,
      candidateRow(
        32,
        "Line 2",
        "2026-05",
        "Resource overload",
        ["=Supply!D94", 12],
        ["=Supply!D102", 72],
        "0.3",
        72.3,
      ),
      candidateRow(33, "All families", "2026-04", "Revenue below target", null, ["=MAX(0,-C27)", 40.5], "0.2", 40.2),
      candidateRow(
        34,
        "All families",
        "2026-05",
        "Inventory value above ceiling",
        null,
        ["=MAX(0,D29)", 0],
        "0.1",
        0.1,
      ),
    ]);
    // Two gaps worth 72 + 40.5 = 112.5.
    expect(s.cells[3].slice(4)).toStrictEqual([
      totalFormula("=SUMPRODUCT(($E$32:$E$34>0)*1)", 2, "0"),
      totalFormula('=SUMIF($E$32:$E$34,">0")', 112.5, CURRENCY),
    ]);
  });

  it("shows a listed company-level gap's units blank, and an unlisted row blank", () => {
    const s = gapsSheet(
      handMade(
        [overload, revenue, ceiling],
        [
          { position: 1, rank: 1, candidate: overload },
          { position: 2, rank: 2, candidate: revenue },
          { position: 3, rank: null, candidate: ceiling },
        ],
      ),
    );
    expect(s.cells.slice(5, 9)).toStrictEqual([
      rankRow(0, 32, 34, 1, {
        rank: 1,
        family: "Line 2",
        month: "2026-05",
        type: "Resource overload",
        units: 12,
        value: 72,
      }),
      rankRow(1, 32, 34, 2, {
        rank: 2,
        family: "All families",
        month: "2026-04",
        type: "Revenue below target",
        units: "",
        value: 40.5,
      }),
      rankRow(2, 32, 34, 3, null),
      [],
    ]);
    expect(s.cells[9]).toStrictEqual([
      header("Late demand (units): shipped in a later month"),
      header("Unit"),
      ...MONTHS.map(header),
    ]);
  });

  it("without a candidate: the count and value read the first candidate row alone, no agenda row", () => {
    // No ranked row: the grids from Excel 7, the financial rows 24 to 26, the candidates' header
    // at 28, the (empty) first candidate row 29.
    const s = gapsSheet(handMade([], []));
    expect(s.cells[3].slice(4)).toStrictEqual([
      totalFormula("=SUMPRODUCT(($E$29:$E$29>0)*1)", 0, "0"),
      totalFormula('=SUMIF($E$29:$E$29,">0")', 0, CURRENCY),
    ]);
    expect(s.cells[4]).toStrictEqual(RANK_HEADER);
    expect(s.cells[5]).toStrictEqual([]);
    expect(s.cells.slice(27)).toStrictEqual([CANDIDATE_HEADER]);
  });
});

describe("the Gaps sheet without a family or without plan months", () => {
  it("without a family: titles only in the grids, no grid flag, the financial rows flagged", () => {
    // The grids titled at Excel 22, 24, 26 and 28, the financial title at 30, its rows 31 to 33.
    const ctx = tinyContext();
    const s = gapsSheet({
      ...ctx,
      inputs: { ...ctx.inputs, config: { ...ctx.inputs.config, families: [] } },
      geo: { ...ctx.geo, families: 0 },
    });
    expect(s.cells.slice(21, 24)).toStrictEqual([
      [header("Late demand (units): shipped in a later month"), header("Unit"), ...MONTHS.map(header)],
      [],
      [header("Lost demand (units): not shipped by the end of the plan"), header("Unit"), ...MONTHS.map(header)],
    ]);
    expect(s.conditionalFormats).toStrictEqual([
      { range: "C31:D31", formula: "=AND(ISNUMBER(C31),C31<0)", style: "bad" },
      { range: "C32:D32", formula: "=AND(ISNUMBER(C32),C32<0)", style: "watch" },
      { range: "C33:D33", formula: "=AND(ISNUMBER(C33),C33>0)", style: "bad" },
    ]);
  });

  it("without plan months: no month column, no flag, still 7 columns wide", () => {
    const ctx = tinyContext();
    const s = gapsSheet({ ...ctx, inputs: { ...ctx.inputs, plan: [] } });
    expect(s.cells.slice(21, 24)).toStrictEqual([
      [header("Late demand (units): shipped in a later month"), header("Unit")],
      [label("Pumps"), label("units")],
      [label("Valves"), label("units")],
    ]);
    expect(s.cells.slice(37, 40)).toStrictEqual([
      [header("Plan vs financial targets (all families)"), header("")],
      [label("Revenue vs target"), label("currency")],
      [label("Margin % vs target"), label("%")],
    ]);
    expect(s.conditionalFormats).toStrictEqual([]);
    expect(s.columnWidths).toStrictEqual([46, 24, 13, 26, 13, 15, 13]);
  });

  it("with six plan months, two more month columns", () => {
    const ctx = tinyContext();
    const months = ["2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"];
    const s = gapsSheet({ ...ctx, inputs: { ...ctx.inputs, plan: months } });
    expect(s.columnWidths).toStrictEqual([46, 24, 13, 26, 13, 15, 13, 13]);
  });
});
