/**
 * What each declaration's computation adds to its core function (src/core/sop/*.ts): which
 * arguments a variant needs, single-value arguments, the shape a result spills in, and the
 * parser's checks of the declarations themselves. Messages and values written out by hand.
 */
import {
  DEMANDVOLATILITY,
  PROJECTEDINVENTORY,
  SERVICELEVEL,
  WEIGHTEDPIPELINE,
  WORKINGCAPITAL,
  declare,
  evaluate,
  parseArgs,
} from "../../../src/core/sop";
import { errorOf } from "../errorOf";

const col = (...xs: Array<number | string | null>): Array<Array<number | string | null>> => xs.map((x) => [x]);

describe("SOP.SERVICELEVEL's fill rates", () => {
  // Two lines of one order, promised 2025-01-10 (serial 45667), delivered on time.
  const lines = [col("A", "A"), col(45667, 45667), col(45667, 45667)];
  it("need both quantity columns: either one missing is #VALUE!", () => {
    const needed = { code: "#VALUE!", message: "qtyOrdered and qtyDelivered are needed for the LINE fill rate" };
    expect(errorOf(evaluate(SERVICELEVEL, [...lines, col(10, 10), null, "LINE"]))).toEqual(needed);
    expect(errorOf(evaluate(SERVICELEVEL, [...lines, null, col(10, 5), "LINE"]))).toEqual(needed);
  });
  it("answer a line without its promised date with the error", () => {
    expect(errorOf(evaluate(SERVICELEVEL, [col("A"), col(null), col(45667)]))).toEqual({
      code: "#VALUE!",
      message: "promisedDates: the promised date is missing in row 1",
    });
  });
  it("read them when both are given: LINE = lines filled / lines = 1 / 2", () => {
    expect(evaluate(SERVICELEVEL, [...lines, col(10, 10), col(10, 5), "LINE"])).toBe(0.5);
  });
});

describe("SOP.WORKINGCAPITAL's cash conversion cycle", () => {
  it("is DIO + DSO - DPO, each a single value: 45 + 30 - 40 = 35", () => {
    expect(evaluate(WORKINGCAPITAL, [[[45]], [[30]], "CCC", 40])).toBe(35);
  });
  it("names DIO or DSO given as a range", () => {
    const single = (name: string) => ({ code: "#VALUE!", message: `${name} must be a single value, not a range` });
    expect(errorOf(evaluate(WORKINGCAPITAL, [[[45, 46]], [[30]], "CCC", 40]))).toEqual(single("DIO"));
    expect(errorOf(evaluate(WORKINGCAPITAL, [[[45]], col(30, 31), "CCC", 40]))).toEqual(single("DSO"));
  });
  it("needs all three: any one blank is #VALUE!", () => {
    const needs = { code: "#VALUE!", message: "CCC needs DIO, DSO and DPO" };
    expect(errorOf(evaluate(WORKINGCAPITAL, [[[null]], [[30]], "CCC", 40]))).toEqual(needs);
    expect(errorOf(evaluate(WORKINGCAPITAL, [[[45]], [[""]], "CCC", 40]))).toEqual(needs);
    expect(errorOf(evaluate(WORKINGCAPITAL, [[[45]], [[30]], "CCC"]))).toEqual(needs);
    expect(errorOf(evaluate(WORKINGCAPITAL, [[], [[30]], "CCC", 40]))).toEqual(needs);
  });
  it("leaves DPO out of the NET variant: 500 - 400 = 100", () => {
    expect(evaluate(WORKINGCAPITAL, [col(300, 200), col(400), "NET", 40])).toBe(100);
  });
});

describe("SOP.DEMANDVOLATILITY", () => {
  it("reads one series for CV, whatever the previous cycle: STDEV.S(2, 4, 6) / 4 = 2 / 4", () => {
    expect(evaluate(DEMANDVOLATILITY, [col(2, 4, 6), col(1, 1, 1), "CV"])).toBeCloseTo(0.5, 12);
    expect(evaluate(DEMANDVOLATILITY, [col(2, 4, 6), null, "CV"])).toBeCloseTo(0.5, 12);
  });
  it("needs the previous cycle for CHANGE", () => {
    expect(errorOf(evaluate(DEMANDVOLATILITY, [col(2, 4, 6)]))).toEqual({
      code: "#VALUE!",
      message: "previousForecasts are needed for the CHANGE variant",
    });
  });
});

describe("SOP.WEIGHTEDPIPELINE's month filter", () => {
  it("needs both the close months and the month", () => {
    expect(errorOf(evaluate(WEIGHTEDPIPELINE, [col(100), col(0.5), col(45667)]))).toEqual({
      code: "#VALUE!",
      message: "month is needed with closeMonths",
    });
    expect(errorOf(evaluate(WEIGHTEDPIPELINE, [col(100), col(0.5), null, 45667]))).toEqual({
      code: "#VALUE!",
      message: "closeMonths are needed to total one month",
    });
  });
});

describe("SOP.PROJECTEDINVENTORY's spill", () => {
  it("spills a row for a block of supply: 10 + 1 = 11, + 2 = 13, + 3 = 16, + 4 = 20", () => {
    expect(
      evaluate(PROJECTEDINVENTORY, [
        10,
        [
          [1, 2],
          [3, 4],
        ],
        [[0, 0, 0, 0]],
      ]),
    ).toEqual([[11, 13, 16, 20]]);
  });
  it("spills a column for a column of supply, a row for a single cell", () => {
    expect(evaluate(PROJECTEDINVENTORY, [10, col(1, 2), [[0, 5]]])).toEqual([[11], [8]]);
    expect(evaluate(PROJECTEDINVENTORY, [10, 1, 4])).toEqual([[7]]);
  });
  it("answers an overflow with the error, not a spill", () => {
    expect(errorOf(evaluate(PROJECTEDINVENTORY, [1e308, [[1e308, 0]], [[0, 0]]]))).toEqual({
      code: "#NUM!",
      message: "projected inventory is too large to compute (period 1)",
    });
  });
});

describe("the parser and the declarations it reads", () => {
  const decl = <P extends ReadonlyArray<{ name: string; kind: string }>>(params: P) =>
    declare({
      name: "T",
      params: params as never,
      result: "scalar",
      formula: "",
      reading: "",
      compute: () => 0,
    });

  it("throws for a range paired with a parameter the declaration does not have", () => {
    const d = decl([{ name: "b", kind: "numbers", pairedWith: "a" }] as const);
    expect(() => parseArgs(d, [[[1]]])).toThrow("T: b is paired with an unknown parameter");
  });
  it("throws for a kind it does not know", () => {
    const d = decl([{ name: "x", kind: "matrix" }] as const);
    expect(() => parseArgs(d, [1])).toThrow("x: matrix is not a scalar kind");
  });
  it("skips the size check when either range of a pair is left out", () => {
    const d = decl([
      { name: "a", kind: "numbers", optional: true },
      { name: "b", kind: "numbers", optional: true, pairedWith: "a" },
    ] as const);
    expect(parseArgs(d, [null, [[1, 2]]])).toEqual({ a: undefined, b: new Float64Array([1, 2]) });
    expect(parseArgs(d, [[[1, 2, 3]], [[null]]])).toEqual({ a: new Float64Array([1, 2, 3]), b: undefined });
    expect(errorOf(parseArgs(d, [[[1, 2, 3]], [[1]]])).message).toBe("a and b must be the same size (3 and 1 cells)");
  });
  it("reads blank text and a blank option without defaults as empty, and a required date", () => {
    const d = decl([
      { name: "t", kind: "text" },
      { name: "o", kind: "option", optional: true, allowed: ["X"] },
      { name: "d", kind: "date" },
      { name: "ids", kind: "labels" },
      { name: "raw", kind: "cells" },
      { name: "when", kind: "dates" },
    ] as const);
    expect(parseArgs(d, [null, null, "2025-01-01", [[" a ", 7]], 5, [["2025-01-02"]]])).toEqual({
      t: "",
      o: "",
      d: 45658,
      ids: ["a", "7"],
      raw: [[5]],
      when: new Float64Array([45659]),
    });
    expect(errorOf(parseArgs(d, [null, null, null, [[1]], 1, [[1]]])).message).toBe("d: blank where a date belongs");
    expect(errorOf(parseArgs(d, [null, "y", null, [[1]], 1, [[1]]])).message).toBe('o must be one of X (got text "y")');
    const noWords = decl([{ name: "o", kind: "option", optional: true }] as const);
    expect(errorOf(parseArgs(noWords, ["y"])).message).toBe('o must be one of  (got text "y")');
  });
});
