/**
 * The declaration-driven argument parser (src/core/sop/parse.ts): what each parameter kind
 * receives, defaults, left-out optional arguments and the order in which problems are reported.
 */
import { isSopError } from "../../../src/core/errors";
import { FORECASTBIAS, FVA, PROJECTEDINVENTORY, SERVICELEVEL, WAPE, declare, evaluate, parseArgs, syntax } from "../../../src/core/sop";

const ok = <T>(r: T): Exclude<T, { code: string }> => {
  if (isSopError(r)) throw new Error(`unexpected ${r.code} ${r.message}`);
  return r as Exclude<T, { code: string }>;
};

describe("parseArgs", () => {
  it("pairs a row with a column cell by cell and converts both to numbers, NaN for blanks", () => {
    const a = ok(parseArgs(WAPE, [[[1, 2, null]], [[3], [""], [4]]]));
    expect(Array.from(a.actuals as Float64Array)).toEqual([1, 2, NaN]);
    expect(Array.from(a.forecasts as Float64Array)).toEqual([3, NaN, 4]);
  });

  it("fills an optional option with its default when omitted, null, blank or a desktop 0", () => {
    for (const v of [undefined, null, "", 0]) expect(ok(parseArgs(FORECASTBIAS, [[[1]], [[1]], v])).variant).toBe("PERCENT");
    expect(ok(parseArgs(FORECASTBIAS, [[[1]], [[1]], " mean "])).variant).toBe("MEAN");
  });

  it("passes a left-out optional range as undefined, and an all-blank one too", () => {
    expect(ok(parseArgs(FVA, [[[1, 2]], [[1, 2]]])).baseline).toBeUndefined();
    expect(ok(parseArgs(FVA, [[[1, 2]], [[1, 2]], [[null, ""]]])).baseline).toBeUndefined();
  });

  it("uses a required number's default for a blank (opening inventory blank = 0)", () => {
    expect(ok(parseArgs(PROJECTEDINVENTORY, [null, [[1]], [[1]]])).opening).toBe(0);
  });

  it("answers #VALUE! naming a required number left blank when it has no default", () => {
    const d = declare({
      name: "T",
      params: [{ name: "horizon", kind: "number" }],
      result: "scalar",
      formula: "",
      reading: "",
      compute: (a) => a.horizon,
    });
    expect(evaluate(d, [null])).toMatchObject({ code: "#VALUE!", message: "horizon is needed" });
    expect(evaluate(d, [7])).toBe(7);
  });

  it("reports scalar problems first, then sizes, then cells", () => {
    // A bad option word, ranges of different sizes and text in a range: the option is reported.
    expect(parseArgs(FORECASTBIAS, [[["x", 1]], [[1]], "median"])).toMatchObject({
      code: "#VALUE!",
      message: 'variant must be one of PERCENT, MEAN (got text "median")',
    });
    // Sizes differ and a cell holds text: the sizes are reported.
    expect(parseArgs(WAPE, [[["x", 1]], [[1]]])).toMatchObject({
      message: "actuals and forecasts must be the same size (2 and 1 cells)",
    });
    expect(parseArgs(WAPE, [[["x", 1]], [[1, 2]]])).toMatchObject({
      message: 'actuals: text "x" in cell 1 (row 1, column 1) where a number belongs',
    });
  });

  it("reads an optional date as undefined when blank or a desktop 0, else as an Excel serial", () => {
    const lines = [[["A"]], [["2026-01-31"]], [[null]]];
    expect(ok(parseArgs(SERVICELEVEL, [...lines])).asOfDate).toBeUndefined();
    expect(ok(parseArgs(SERVICELEVEL, [...lines, null, null, null, null, null, 0])).asOfDate).toBeUndefined();
    // 2026-02-01 is Excel serial 46054 (days since 1899-12-30).
    expect(ok(parseArgs(SERVICELEVEL, [...lines, null, null, null, null, null, "2026-02-01"])).asOfDate).toBe(46054);
  });
});

describe("syntax", () => {
  it("writes optional parameters in brackets", () => {
    expect(syntax(FORECASTBIAS)).toBe("SOP.FORECASTBIAS(actuals, forecasts, [variant])");
    expect(syntax(PROJECTEDINVENTORY)).toBe("SOP.PROJECTEDINVENTORY(opening, supply, demand)");
  });
});
