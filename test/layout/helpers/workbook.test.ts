/**
 * The build itself (src/layout/workbook.ts) on the tiny two-family cycle: the cycle's shape it
 * refuses, what a caller computes the baselines from, the build context (inputs, geometry,
 * vocabulary, lags) and the workbook's sheets, page setup and names. Each expected value is read
 * off the cycle written here (Pumps and Valves, history 2026-02 and 2026-03, plan 2026-04 and
 * 2026-05, company Acme).
 */
import { CycleData, VOCABULARY } from "../../../src/core/model";
import { NAMES } from "../../../src/layout/names";
import { SHEET_NAMES, baselineInputs, buildContext, buildWorkbook } from "../../../src/layout/workbook";
import { fam, tinyCycle } from "../support/tinyCycle";

const actuals: CycleData["actuals"] = [
  { family: "Pumps", month: "2026-02", quantity: 10 },
  { family: "Pumps", month: "2026-03", quantity: 12 },
  { family: "Valves", month: "2026-03", quantity: 7 },
];

describe("the cycle's shape the build refuses", () => {
  const build = (config: Partial<CycleData["config"]>) => () => buildWorkbook(tinyCycle({}, config));

  it("needs a family", () => {
    expect(build({ families: [] })).toThrow(new Error("the cycle needs at least one product family"));
  });

  it("needs whole months of history and horizon, at least 1 each", () => {
    const history = new Error("months of history must be a whole number of at least 1");
    const horizon = new Error("months of horizon must be a whole number of at least 1");
    expect(build({ historyMonths: 0 })).toThrow(history);
    expect(build({ historyMonths: 1.5 })).toThrow(history);
    expect(build({ horizonMonths: 0 })).toThrow(horizon);
    expect(build({ horizonMonths: 2.5 })).toThrow(horizon);
    // The same checks where a caller asks only for the baselines' inputs.
    expect(() => baselineInputs(tinyCycle({}, { historyMonths: -1 }))).toThrow(history);
    expect(() => buildContext(tinyCycle({}, { horizonMonths: 0 }))).toThrow(horizon);
  });

  it("takes one month of history and one of horizon", () => {
    const ctx = buildContext(tinyCycle({}, { historyMonths: 1, horizonMonths: 1 }));
    expect(ctx.inputs.history).toStrictEqual(["2026-03"]);
    expect(ctx.inputs.plan).toStrictEqual(["2026-04"]);
  });

  it("refuses a family named twice, in any case, and takes names that only upper-case alike", () => {
    const twice = [
      { name: "Pumps", ...fam },
      { name: "PUMPS", ...fam },
    ];
    expect(build({ families: twice })).toThrow(new Error('family "PUMPS" appears twice'));
    // "Maß" and "MASS" are two names: lower-cased "maß" and "mass", though both upper-case to "MASS".
    const two = [
      { name: "Maß", ...fam },
      { name: "MASS", ...fam },
    ];
    expect(buildContext(tinyCycle({}, { families: two })).inputs.config.families.map((f) => f.name)).toStrictEqual([
      "Maß",
      "MASS",
    ]);
  });
});

describe("what a caller computes the baselines from", () => {
  it("gives each family's history, a blank where no actual was given, and the horizon", () => {
    expect(baselineInputs(tinyCycle({ actuals }))).toStrictEqual({
      actuals: [
        [10, 12],
        [null, 7],
      ],
      horizon: 2,
    });
  });
});

describe("the build context", () => {
  it("sizes the geometry from the cycle: families, months, each table's rows with its spare rows", () => {
    const ctx = buildContext(tinyCycle({ actuals }));
    // No pipeline, order or action rows given: 25, 25 and 15 spare rows; no resources.
    expect(ctx.geo).toStrictEqual({
      families: 2,
      history: 2,
      plan: 2,
      pipelineRows: 25,
      orderRows: 25,
      actionRows: 15,
      candidates: ctx.plan.candidates.length,
      ranked: ctx.plan.ranked.length,
      resources: 0,
    });
    expect(ctx.vocab).toBe(VOCABULARY.manufacturing);
    expect(ctx.archive).toStrictEqual([]);
    expect(ctx.lags).toStrictEqual([1, 3]);
    expect(ctx.lagsInput).toBe("1, 3");
  });

  it("takes the values typed earlier: the lags, an actual", () => {
    const typed = new Map<string, string | number>([
      ["Lags|accuracy", "2; 6"],
      ["Actuals|actual|Valves|2026-02", 5],
    ]);
    const ctx = buildContext(tinyCycle({ actuals }), typed);
    expect(ctx.lags).toStrictEqual([2, 6]);
    expect(ctx.lagsInput).toBe("2; 6");
    expect(ctx.inputs.actuals).toStrictEqual([
      [10, 12],
      [5, 7],
    ]);
  });

  it("words the supply side by business type", () => {
    const ctx = buildContext(tinyCycle({}, { businessType: "distribution" }));
    expect(ctx.vocab).toBe(VOCABULARY.distribution);
  });
});

describe("the workbook", () => {
  let spec: ReturnType<typeof buildWorkbook>;
  beforeEach(() => {
    spec = buildWorkbook(tinyCycle({ actuals }));
  });

  it("writes the 17 sheets in order", () => {
    const order = [
      "Settings",
      "Families",
      "Actuals",
      "Pipeline",
      "Orders",
      "Actions",
      "Budget",
      "Prices",
      "Production",
      "Resources",
      "Routings",
      "Demand",
      "Supply",
      "Finance",
      "Gaps",
      "KPIs",
      "Plan archive",
    ];
    expect(spec.sheets.map((s) => s.name)).toStrictEqual(order);
    expect([...SHEET_NAMES]).toStrictEqual(order);
  });

  it("prints every sheet landscape, one page wide, with the cycle's footer", () => {
    for (const s of spec.sheets) {
      expect(s.print).toMatchObject({ landscape: true, fitToWidth: true, footer: "Acme · S&OP cycle 2026-04" });
    }
  });

  it("names each sheet's A1, quoted where the name has a space, after the other names", () => {
    const anchors = spec.names.slice(-17).map((n) => n.ref);
    expect(anchors).toStrictEqual([
      "Settings!$A$1",
      "Families!$A$1",
      "Actuals!$A$1",
      "Pipeline!$A$1",
      "Orders!$A$1",
      "Actions!$A$1",
      "Budget!$A$1",
      "Prices!$A$1",
      "Production!$A$1",
      "Resources!$A$1",
      "Routings!$A$1",
      "Demand!$A$1",
      "Supply!$A$1",
      "Finance!$A$1",
      "Gaps!$A$1",
      "KPIs!$A$1",
      "'Plan archive'!$A$1",
    ]);
  });

  it("names the KPIs' tables and the override summary", () => {
    const names = spec.names.map((n) => n.name);
    for (const n of [NAMES.fva, NAMES.kpiTrend, NAMES.overrideDiff, NAMES.overrideReason, NAMES.fvaByReason])
      expect(names).toContain(n);
    expect(new Set(names).size).toBe(names.length);
  });
});
