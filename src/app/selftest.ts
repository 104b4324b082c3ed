/**
 * The self-test a user runs in their own Excel (no Excel exists where this add-in is built and
 * tested): every `SOP.*` function is entered on a scratch sheet over cells holding numbers,
 * blanks, empty text and text, and what Excel shows is compared with what the calculation core
 * computes for the same cells. A blank cell reaches a custom function as null on the web and as 0
 * on desktop, so both answers are accepted and the one seen is reported.
 *
 * Pure: the cases and the comparison. The host (./host.ts) writes, waits and reads.
 */
import { isSopError } from "../core/errors";
import { AnyFunctionDecl, FUNCTIONS, evaluate, functionNamed } from "../core/sop";
import { addr } from "../layout/a1";
import type { CellValue } from "../layout/types";

/** A cell of a case's input rows: a value, a blank cell (null: nothing written), or "" (written as the formula =""). */
export type CaseCell = number | string | null;

/** One check: input rows (one per range argument) and the formula over them. */
export interface SelfTestCase {
  readonly name: string;
  readonly fn: string;
  /** Range arguments, one row of cells each, in the order the formula uses them. */
  readonly rows: ReadonlyArray<ReadonlyArray<CaseCell>>;
  /** The formula's arguments: a row index (that row's cells) or literal text ("0.95", '"MEAN"', ""). */
  readonly args: ReadonlyArray<number | string>;
}

const A = [100, 120, null, 90, ""];
const F = [110, 100, 95, "", 80];

/** The cases: each function on numbers with blanks and "", and a text cell where a number belongs. */
export function selfTestCases(): SelfTestCase[] {
  const paired = (fn: string): SelfTestCase[] => [
    { name: `${fn}: numbers, blanks, ""`, fn, rows: [A, F], args: [0, 1] },
    {
      name: `${fn}: text where a number belongs`,
      fn,
      rows: [
        [100, "n/a"],
        [90, 80],
      ],
      args: [0, 1],
    },
  ];
  // Functions of two paired number ranges (MASE and the pipeline have their own cases below).
  const pairedNames = FUNCTIONS.filter(
    (f) =>
      f.params.length >= 2 &&
      f.params[1].pairedWith === f.params[0].name &&
      f.params[0].kind === "numbers" &&
      f.name !== "MASE" &&
      f.name !== "WEIGHTEDPIPELINE",
  ).map((f) => f.name);
  const own: SelfTestCase[] = [
    { name: "MASE: with a history", fn: "MASE", rows: [A, F, [80, 95, 100, 110, 105, 98]], args: [0, 1, 2] },
    { name: "FORECASTBIAS MEAN", fn: "FORECASTBIAS", rows: [A, F], args: [0, 1, '"MEAN"'] },
    {
      name: "INVENTORYTURNS",
      fn: "INVENTORYTURNS",
      rows: [
        [500, 600, null],
        [1000, 1200, 1100],
      ],
      args: [0, 1],
    },
    {
      name: "WORKINGCAPITAL NET",
      fn: "WORKINGCAPITAL",
      rows: [
        [500, 300, ""],
        [400, 100],
      ],
      args: [0, 1],
    },
    {
      name: "DEMANDVOLATILITY CHANGE",
      fn: "DEMANDVOLATILITY",
      rows: [
        [110, 90, null],
        [100, 100, 50],
      ],
      args: [0, 1],
    },
    { name: "DEMANDVOLATILITY CV", fn: "DEMANDVOLATILITY", rows: [[2, 4, 6, null]], args: [0, "", '"CV"'] },
    { name: "DECISIONCLOSURE", fn: "DECISIONCLOSURE", rows: [["Closed", "open", null, "CLOSED", ""]], args: [0] },
    {
      name: "OTIF by order",
      fn: "OTIF",
      rows: [
        ["A", "A", "B", null],
        ["2026-01-10", "2026-01-10", "2026-01-20", null],
        ["2026-01-09", "2026-01-12", null, null],
        [5, 5, 2, null],
        [5, 5, 2, null],
      ],
      args: [0, 1, 2, 3, 4],
    },
    {
      name: "SERVICELEVEL on time",
      fn: "SERVICELEVEL",
      rows: [
        ["A", "B", "C"],
        ["2026-01-10", "2026-01-20", "2026-01-20"],
        ["2026-01-09", "2026-01-25", ""],
      ],
      args: [0, 1, 2],
    },
    {
      name: "WEIGHTEDPIPELINE",
      fn: "WEIGHTEDPIPELINE",
      rows: [
        [1000, 500, null],
        [0.5, 0.2, 0.9],
      ],
      args: [0, 1],
    },
    { name: "DAYSOFSUPPLY", fn: "DAYSOFSUPPLY", rows: [[300], [300, 300, null, 300]], args: [0, 1, "30"] },
    {
      name: "SAFETYSTOCK",
      fn: "SAFETYSTOCK",
      rows: [
        [100, 120, 80, 110],
        [100, 100, 100, 100],
      ],
      args: [0, 1, "0.95", "4"],
    },
    { name: "FVA over a baseline", fn: "FVA", rows: [A, F, [100, 100, 100, 100, 100]], args: [0, 1, 2] },
  ];
  return [...pairedNames.flatMap(paired), ...own];
}

/** Where a case's block starts on the scratch sheet, and its formula (in column A of that row). */
export interface PlacedCase {
  readonly test: SelfTestCase;
  /** 0-based row of the formula; the input rows follow it. */
  readonly row: number;
  readonly formula: string;
}

/** Lays the cases out: each formula in column A, its input rows below it from column B. */
export function placeCases(cases: ReadonlyArray<SelfTestCase>): PlacedCase[] {
  let row = 1;
  return cases.map((test) => {
    const rangeOf = (i: number): string => {
      const r = row + 1 + i;
      const width = Math.max(1, test.rows[i].length);
      return `${addr(r, 1)}:${addr(r, width)}`;
    };
    const args = test.args.map((a) => (typeof a === "number" ? rangeOf(a) : a));
    while (args.length > 0 && args[args.length - 1] === "") args.pop();
    const placed = { test, row, formula: `=SOP.${test.fn}(${args.join(",")})` };
    row += test.rows.length + 2;
    return placed;
  });
}

/** What the core answers for a case when a blank cell arrives as `blank` (null on the web, 0 on desktop). */
export function expected(test: SelfTestCase, blank: null | 0): CellValue {
  const decl = functionNamed(test.fn) as AnyFunctionDecl;
  const raw = test.args.map((a) => {
    if (typeof a === "number") return [test.rows[a].map((c) => (c === null ? blank : c))];
    if (a === "") return undefined;
    if (a.startsWith('"')) return a.slice(1, -1);
    return Number(a);
  });
  const r = evaluate(decl, raw);
  if (isSopError(r)) return r.code;
  if (typeof r === "number") return r;
  if (typeof r === "string") return r;
  return null;
}

export interface SelfTestRow {
  readonly check: string;
  readonly expected: string;
  readonly got: string;
  readonly pass: boolean;
}

const show = (v: CellValue | undefined): string =>
  v === null || v === undefined ? "(blank)" : typeof v === "number" ? String(Math.round(v * 1e9) / 1e9) : String(v);

const same = (a: CellValue, b: CellValue | undefined): boolean =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b;

/** Each case's verdict: what Excel showed against the core's answer (web or desktop blanks). */
export function judge(placed: ReadonlyArray<PlacedCase>, got: ReadonlyArray<CellValue>): SelfTestRow[] {
  return placed.map((p, i) => {
    const web = expected(p.test, null);
    const desktop = expected(p.test, 0);
    const v = got[i];
    const pass = same(web, v) || same(desktop, v);
    const exp = same(web, desktop) ? show(web) : `${show(web)} (web) or ${show(desktop)} (desktop)`;
    return { check: p.test.name, expected: exp, got: show(v), pass };
  });
}

/** The results as plain text, to paste into a bug report. */
export function selfTestReport(rows: ReadonlyArray<SelfTestRow>): string {
  const passed = rows.filter((r) => r.pass).length;
  return [
    `S&OP Planner self-test: ${passed} passed, ${rows.length - passed} failed`,
    ...rows.map((r) => `${r.pass ? "PASS" : "FAIL"}\t${r.check}\texpected ${r.expected}\tgot ${r.got}`),
  ].join("\n");
}

/** The scratch sheet's cells as formulas: each case's formula in column A, its inputs below it from B (null = leave blank). */
export function scratchGrid(placed: ReadonlyArray<PlacedCase>): Array<Array<string | number | null>> {
  const last = placed.length === 0 ? 0 : placed[placed.length - 1].row + placed[placed.length - 1].test.rows.length;
  const width = 1 + Math.max(1, ...placed.flatMap((p) => p.test.rows.map((r) => r.length)));
  const grid: Array<Array<string | number | null>> = Array.from({ length: last + 1 }, () =>
    new Array<string | number | null>(width).fill(null),
  );
  grid[0][0] = "SOP self-test (this sheet is removed when the test ends)";
  for (const p of placed) {
    grid[p.row][0] = p.formula;
    p.test.rows.forEach((cells, i) =>
      cells.forEach((c, j) => {
        // Empty text in a cell comes from a formula (as on the KPIs sheet); a blank stays unwritten.
        grid[p.row + 1 + i][1 + j] = c === "" ? '=""' : c;
      }),
    );
  }
  return grid;
}
