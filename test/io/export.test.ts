import fc from "fast-check";
import type { CycleData } from "../../src/core/model";
import { cycleToCsv, formatIssue, importCycle, neutraliseFormula, restoreFormulaText } from "../../src/io";
import { minimal } from "./minimalCycle";

const base = (): CycleData => {
  const files = minimal({ "kpis.csv": "kpi,previous\nBIAS,-0.05\n" });
  const r = importCycle(files);
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
  return r.data;
};

const roundTrip = (data: CycleData): CycleData => {
  const r = importCycle(cycleToCsv(data));
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
  return r.data;
};

describe("--export-csv neutralises formula triggers", () => {
  it("puts an apostrophe before =, +, -, @, tab and CR (and before apostrophes already in front of one)", () => {
    expect(["=1+1", "+1", "-x", "@SUM(A1)", "\tx", "\rx", "'=x", "''@x", "'tis", "a=b", ""].map(neutraliseFormula)).toEqual(
      ["'=1+1", "'+1", "'-x", "'@SUM(A1)", "'\tx", "'\rx", "''=x", "'''@x", "'tis", "a=b", ""],
    );
    expect(["'=1+1", "=1+1", "''=x", "'tis", "'"].map(restoreFormulaText)).toEqual(["=1+1", "=1+1", "'=x", "'tis", "'"]);
  });

  it("writes text cells with the apostrophe and numbers as they are", () => {
    const data = base();
    const files = cycleToCsv({
      ...data,
      pipeline: [{ deal: '=HYPERLINK("http://evil.example","click")', family: "Seats", quantity: 1, stage: "@stage", winProbability: 0.4, closeMonth: "2026-04" }],
      actions: [{ decision: "-Cut price", owner: "+Ann", dueDate: "2026-04-01", status: "Open" }],
    });
    expect(files["pipeline.csv"].split("\r\n")[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")",Seats,1,'@stage,0.4,2026-04`);
    expect(files["actions.csv"].split("\r\n")[1]).toBe("'-Cut price,'+Ann,2026-04-01,Open");
    expect(files["kpis.csv"].split("\r\n")[1]).toBe("BIAS,-0.05");
  });

  it("round-trips any text exactly through export and import (property)", () => {
    // Text as the import yields it: trimmed, non-empty, only characters a workbook can hold.
    const prefix = fc.constantFrom("", "=", "+", "-", "@", "'", "''", "'=", "''-", "'@");
    const body = fc.string({ unit: "binary", maxLength: 30 });
    const text = fc
      .tuple(prefix, body)
      .map(([p, b]) => `${p}${b}`.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/g, "").trim())
      .filter((t) => t !== "");
    const data = base();
    fc.assert(
      fc.property(text, text, text, (decision, owner, deal) => {
        const edited: CycleData = {
          ...data,
          config: { ...data.config, company: decision.slice(0, 80).trim() },
          actions: [{ decision, owner, dueDate: "2026-04-01", status: "Open" }],
          pipeline: [{ deal, family: "Seats", quantity: 1, stage: owner, winProbability: 0.4, closeMonth: "2026-04" }],
          orders: [{ order: deal, line: 1, family: "Seats", quantityOrdered: 1, quantityDelivered: 0, promisedDate: "2026-04-01", deliveredDate: null }],
        };
        expect(roundTrip(edited)).toEqual(edited);
      }),
      { numRuns: 300 },
    );
  });
});
