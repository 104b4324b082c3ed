/**
 * The self-test a user runs in Excel, run here over the Excel double: the double plays an Excel
 * whose SOP.* functions answer as the core does (web blanks), or one that answers wrongly once.
 */
import { createExcelDouble } from "../doubles/excel";
import { SELF_TEST_SHEET, createHost, type ExcelRun } from "../../src/app/host";
import { expected, placeCases, selfTestCases, selfTestReport } from "../../src/app/selftest";
import { FUNCTIONS } from "../../src/core/sop";

const placed = placeCases(selfTestCases());
const answers = new Map(placed.map((p) => [p.formula, expected(p.test, null)]));

function excelAnswering(wrong?: string) {
  return createExcelDouble({
    formulaValue: (_s, _r, _c, formula) => {
      if (formula === '=""') return "";
      if (formula === wrong) return 42;
      const v = answers.get(formula);
      return v === undefined || v === null ? "" : v;
    },
  });
}

describe("the self-test", () => {
  it("checks every SOP.* function, at least once on blanks and empty text", () => {
    const fns = new Set(placed.map((p) => p.test.fn));
    for (const f of FUNCTIONS.filter((x) => !["FORECAST", "FORECASTINTERVAL", "FORECASTMETHOD", "PROJECTEDINVENTORY"].includes(x.name))) {
      expect([f.name, fns.has(f.name)]).toEqual([f.name, true]);
    }
    expect(placed.some((p) => p.test.rows.some((r) => r.includes(null) && r.includes("")))).toBe(true);
  });

  it("passes when Excel answers as the core does, removes its scratch sheet and counts its round trips", async () => {
    const double = excelAnswering();
    const host = createHost(double.run as unknown as ExcelRun, { wait: async () => undefined });
    const o = await host.selfTest();
    expect(o.rows).toHaveLength(placed.length);
    expect(o.rows.filter((r) => !r.pass)).toEqual([]);
    expect(double.state.findSheet(SELF_TEST_SHEET)).toBeUndefined();
    expect(o.syncs).toBe(double.stats.syncs);
    expect(o.syncs).toBe(4); // look, write, read, remove
    expect(o.environment.map((e) => e.what)).toEqual([
      "ExcelApi 1.9",
      "SharedRuntime 1.1",
      "CustomFunctionsRuntime 1.3",
      "Decimal / thousands separator",
    ]);
  });

  it("names the check that fails, with what was expected and what Excel showed", async () => {
    const wrong = placed.find((p) => p.test.name === "SAFETYSTOCK")!;
    const host = createHost(excelAnswering(wrong.formula).run as unknown as ExcelRun, { wait: async () => undefined });
    const o = await host.selfTest();
    const failed = o.rows.filter((r) => !r.pass);
    // z(0.95) x sigma 15 x sqrt(4): 1.6448536269514722 (R: qnorm(0.95)) x 15 x 2 = 49.345608809.
    expect(failed).toEqual([{ check: "SAFETYSTOCK", expected: "49.345608809", got: "42", pass: false }]);
    const report = selfTestReport(o.rows);
    expect(report.split("\n")[0]).toBe(`S&OP Planner self-test: ${placed.length - 1} passed, 1 failed`);
    expect(report).toContain("FAIL\tSAFETYSTOCK\texpected 49.345608809\tgot 42");
  });

  it("accepts a desktop Excel, where a blank cell reaches a function as 0", async () => {
    const desktop = new Map(placed.map((p) => [p.formula, expected(p.test, 0)]));
    const double = createExcelDouble({
      formulaValue: (_s, _r, _c, f) => (f === '=""' ? "" : (desktop.get(f) ?? "")),
    });
    const o = await createHost(double.run as unknown as ExcelRun).selfTest();
    expect(o.rows.every((r) => r.pass)).toBe(true);
  });
});
