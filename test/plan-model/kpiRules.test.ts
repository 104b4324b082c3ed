/**
 * The KPI declarations' rules on their own (src/core/plan-model/kpis.ts and kpiExpr.ts): the
 * status bands at their edges, the status formula's text, the lookup by label, the annualised
 * value and its formula factor, the "no data" guards and the formula text of each kind of
 * expression. Expected values are worked out in the comments.
 */
import {
  FVA_EXPR,
  KPI_DEFS,
  KpiDef,
  KpiRefs,
  KpiValues,
  evaluateExpr,
  exprFormula,
  isNoData,
  kpiFormula,
  kpiMissingInput,
  kpiNamed,
  kpiStatus,
  kpiStatusFormula,
  kpiValue,
  noData,
} from "../../src/core/plan-model/kpis";
import { call, omit, r } from "../../src/core/plan-model/kpiExpr";
import { FVA } from "../../src/core/sop";
import { naError, numError } from "../../src/core/errors";

const def = (id: string): KpiDef => {
  const d = KPI_DEFS.find((k) => k.id === id);
  if (d === undefined) throw new Error(`no KPI ${id}`);
  return d;
};

/** Each range's address is its own name in capitals; the cycle month's name is CYCLE. */
const refs = (annualMonths: number): KpiRefs =>
  ({
    ...Object.fromEntries(
      [
        "actuals",
        "consensusHistory",
        "baselineHistory",
        "productionActual",
        "productionPlanned",
        "totalActual",
        "consensusPlan",
        "previousConsensus",
        "cogs",
        "inventoryValue",
        "orderIds",
        "promised",
        "delivered",
        "qtyOrdered",
        "qtyDelivered",
        "supply",
        "capacity",
        "actualRevenue",
        "plannedRevenue",
        "assets",
        "liabilities",
        "statuses",
      ].map((k) => [k, k.toUpperCase()]),
    ),
    cycleMonth: "CYCLE",
    annualMonths,
  }) as KpiRefs;

/** Values for the ranges a test reads (the others are not read). */
const values = (v: Record<string, unknown>, annualMonths = 12): KpiValues =>
  ({ cycleMonth: 46113, annualMonths, ...v }) as unknown as KpiValues;

describe("kpiStatus", () => {
  it("higher is better: on target at the target, watch down to target - band, off below", () => {
    expect(kpiStatus("higher", 12, 10, 2)).toBe("On target");
    expect(kpiStatus("higher", 10, 10, 2)).toBe("On target");
    expect(kpiStatus("higher", 9, 10, 2)).toBe("Watch");
    expect(kpiStatus("higher", 8, 10, 2)).toBe("Watch");
    expect(kpiStatus("higher", 7.5, 10, 2)).toBe("Off target");
  });

  it("lower is better: on target at the target, watch up to target + band, off above", () => {
    expect(kpiStatus("lower", 3, 10, 2)).toBe("On target");
    expect(kpiStatus("lower", 10, 10, 2)).toBe("On target");
    expect(kpiStatus("lower", 12, 10, 2)).toBe("Watch");
    expect(kpiStatus("lower", 12.5, 10, 2)).toBe("Off target");
  });

  it("band: on target within the band either side, watch within twice the band, off beyond", () => {
    expect(kpiStatus("band", 12, 10, 2)).toBe("On target");
    expect(kpiStatus("band", 8, 10, 2)).toBe("On target");
    expect(kpiStatus("band", 13, 10, 2)).toBe("Watch");
    expect(kpiStatus("band", 14, 10, 2)).toBe("Watch");
    expect(kpiStatus("band", 6, 10, 2)).toBe("Watch");
    expect(kpiStatus("band", 14.5, 10, 2)).toBe("Off target");
    expect(kpiStatus("band", 5, 10, 2)).toBe("Off target");
  });

  it("is n/a for an error", () => {
    expect(kpiStatus("higher", numError("x"), 10, 2)).toBe("n/a");
    expect(kpiStatus("band", noData("y"), 0, 1)).toBe("n/a");
  });
});

describe("kpiStatusFormula", () => {
  it("writes each rule as nested IFs inside ISNUMBER", () => {
    expect(kpiStatusFormula("higher", "C5", "D5", "E5")).toBe(
      '=IF(ISNUMBER(C5),IF(C5>=D5,"On target",IF(C5>=D5-E5,"Watch","Off target")),"n/a")',
    );
    expect(kpiStatusFormula("lower", "C5", "D5", "E5")).toBe(
      '=IF(ISNUMBER(C5),IF(C5<=D5,"On target",IF(C5<=D5+E5,"Watch","Off target")),"n/a")',
    );
    expect(kpiStatusFormula("band", "C5", "D5", "E5")).toBe(
      '=IF(ISNUMBER(C5),IF(ABS(C5-D5)<=E5,"On target",IF(ABS(C5-D5)<=2*E5,"Watch","Off target")),"n/a")',
    );
  });
});

describe("kpiNamed and kpiMissingInput", () => {
  it("finds a KPI by its label, case and surrounding spaces ignored", () => {
    expect(kpiNamed("  forecast ACCURACY ")?.id).toBe("ACCURACY");
    expect(kpiNamed("OTIF")?.id).toBe("OTIF");
    expect(kpiNamed("Forecast")).toBeUndefined();
  });

  it("says what a KPI needs typed, and null for one that needs nothing", () => {
    expect(kpiMissingInput(def("WORKINGCAPITAL"))).toBe(
      "type Trade receivables and Trade payables on the KPIs sheet (or receivables and payables in settings.csv)",
    );
    expect(kpiMissingInput(def("ACCURACY"))).toBeNull();
  });
});

describe("annualised KPIs", () => {
  // Inventory turns = COGS / average inventory value: 120 / ((100 + 140) / 2) = 1 over 2 months.
  const v = { cogs: [[60, 60]], inventoryValue: [[100, 140]] };

  it("scales a value over fewer than 12 months by 12 / months", () => {
    expect(kpiValue(def("TURNS"), values(v, 2))).toBeCloseTo(6, 12); // 1 x 12 / 2
    expect(kpiValue(def("TURNS"), values(v, 12))).toBeCloseTo(1, 12);
    expect(kpiValue(def("TURNS"), values(v, 24))).toBeCloseTo(1, 12);
    // Not annualised: capacity utilization 50 / 100 over 2 months stays 0.5.
    expect(kpiValue(def("UTILIZATION"), values({ supply: [[20, 30]], capacity: [[50, 50]] }, 2))).toBeCloseTo(0.5, 12);
  });

  it("leaves a value over exactly 12 months as the function gives it, as the formula without a factor does", () => {
    // 1 / 10 is 0.1 exactly as a double; 0.1 x 12 / 12 is not (0.10000000000000002 after rounding twice).
    expect(kpiValue(def("TURNS"), values({ cogs: [[1]], inventoryValue: [[10]] }, 12))).toBe(0.1);
  });

  it("passes an error through unscaled", () => {
    const x = kpiValue(def("TURNS"), values({ cogs: [[60]], inventoryValue: [[0]] }, 2));
    expect(x).toMatchObject({ code: "#DIV/0!" });
  });

  it("writes the factor into the formula only below 12 months", () => {
    expect(kpiFormula(def("TURNS"), refs(6))).toBe("=SOP.INVENTORYTURNS(COGS,INVENTORYVALUE)*12/6");
    expect(kpiFormula(def("TURNS"), refs(12))).toBe("=SOP.INVENTORYTURNS(COGS,INVENTORYVALUE)");
    expect(kpiFormula(def("UTILIZATION"), refs(6))).toBe("=SOP.CAPACITYUTILIZATION(SUPPLY,CAPACITY)");
  });
});

describe("KPI expressions", () => {
  it("writes left-out arguments as empty, drops trailing ones, quotes words and names the scalar", () => {
    expect(exprFormula(def("SERVICE").expr, refs(12))).toBe("SOP.SERVICELEVEL(ORDERIDS,PROMISED,DELIVERED,,,,,,CYCLE)");
    expect(exprFormula(call(FVA, r("actuals"), omit, omit), refs(12))).toBe("SOP.FVA(ACTUALS)");
    expect(exprFormula(FVA_EXPR, refs(12))).toBe("SOP.FVA(ACTUALS,CONSENSUSHISTORY,BASELINEHISTORY)");
  });

  it("chooses on whether a range holds a number: first cycle CV of sales, else the change between cycles", () => {
    expect(exprFormula(def("VOLATILITY").expr, refs(12))).toBe(
      'IF(COUNT(PREVIOUSCONSENSUS)=0,SOP.DEMANDVOLATILITY(TOTALACTUAL,,"CV"),SOP.DEMANDVOLATILITY(CONSENSUSPLAN,PREVIOUSCONSENSUS))',
    );
    // First cycle: actual sales 90, 110: mean 100, STDEV.S sqrt((100 + 100) / 1) = 14.142...: CV 0.14142...
    const first = evaluateExpr(
      def("VOLATILITY").expr,
      values({ totalActual: [[90, 110]], previousConsensus: [["", ""]] }),
    );
    expect(first).toBeCloseTo(Math.sqrt(200) / 100, 12);
    // Later: |110 - 100| + |90 - 100| over 200 = 0.1.
    const later = evaluateExpr(
      def("VOLATILITY").expr,
      values({ consensusPlan: [[110, 90]], previousConsensus: [[100, 100]], totalActual: [[90, 110]] }),
    );
    expect(later).toBeCloseTo(0.1, 12);
    // Last cycle's consensus known for one family (row) only: still "has a number", the change
    // between cycles: |110 - 100| + |90 - 100| over 200 = 0.1 (the blank row's pairs skipped).
    const oneFamily = evaluateExpr(
      def("VOLATILITY").expr,
      values({
        consensusPlan: [
          [110, 90],
          [50, 50],
        ],
        previousConsensus: [
          [100, 100],
          ["", ""],
        ],
        totalActual: [[90, 110]],
      }),
    );
    expect(oneFamily).toBeCloseTo(0.1, 12);
  });

  it("passes the cycle month as the as-of date: a line promised after it and still open is not yet due", () => {
    // Two order lines of 10 units. The first, promised 2026-02-18 (serial 46071), was delivered
    // in full; the second, promised 2026-03-08 (46119, after the cycle month 2026-03-01 = 46113),
    // has shipped nothing yet. As of the cycle month only the first is due: 10 / 10 = 1. Were
    // the cycle month not passed, both would count: (10 + 0) / (10 + 10) = 0.5.
    const lines = values({ qtyDelivered: [[10, 0]], qtyOrdered: [[10, 10]], promised: [[46071, 46119]] });
    expect(evaluateExpr(def("SCHEDULE").expr, lines)).toBe(1);
  });

  it("needs every cell of its inputs: 'no data' while one is blank, the value once all are typed", () => {
    const wc = def("WORKINGCAPITAL").expr;
    expect(() => exprFormula(wc, refs(12))).toThrow(
      "exprFormula: a KPI that needs inputs needs the ranges' values for their sizes",
    );
    // Three cells in all (two assets, one liability).
    expect(exprFormula(wc, refs(12), values({ assets: [[1, 2]], liabilities: [[3]] }))).toBe(
      'IF(COUNT(ASSETS)+COUNT(LIABILITIES)<3,"no data",SOP.WORKINGCAPITAL(ASSETS,LIABILITIES))',
    );
    const missing = evaluateExpr(wc, values({ assets: [[500, null]], liabilities: [[200]] }));
    expect(isNoData(missing)).toBe(true);
    expect(missing).toMatchObject({ code: "#N/A", message: `no data: ${kpiMissingInput(def("WORKINGCAPITAL"))}` });
    // A blank in any row is missing, even when another row is whole.
    expect(
      isNoData(
        evaluateExpr(
          wc,
          values({
            assets: [
              [500, 300],
              [100, null],
            ],
            liabilities: [[200]],
          }),
        ),
      ),
    ).toBe(true);
    // 500 + 300 - 200 = 600.
    expect(evaluateExpr(wc, values({ assets: [[500, 300]], liabilities: [[200]] }))).toBe(600);
  });

  it("needs, when partial, only one number in each input range", () => {
    const pa = def("PLANADHERENCE").expr;
    expect(exprFormula(pa, refs(12))).toBe(
      'IF(OR(COUNT(PRODUCTIONACTUAL)=0,COUNT(PRODUCTIONPLANNED)=0),"no data",' +
        'SOP.PLANADHERENCE(IF(ISBLANK(PRODUCTIONACTUAL),"",PRODUCTIONACTUAL),IF(ISBLANK(PRODUCTIONPLANNED),"",PRODUCTIONPLANNED)))',
    );
    // Actual 90 of planned 100 (the blank pair skipped): 0.9.
    const v = values({ productionActual: [[90, null]], productionPlanned: [[100, 80]] });
    expect(evaluateExpr(pa, v)).toBeCloseTo(0.9, 12);
    expect(isNoData(evaluateExpr(pa, values({ productionActual: [[null, ""]], productionPlanned: [[100, 80]] })))).toBe(
      true,
    );
  });

  it("tells 'no data' from other #N/A errors", () => {
    expect(isNoData(noData("x"))).toBe(true);
    expect(isNoData(naError("nothing to match"))).toBe(false);
    expect(isNoData(numError("no data: x"))).toBe(false);
    expect(isNoData("no data: x")).toBe(false);
  });
});
