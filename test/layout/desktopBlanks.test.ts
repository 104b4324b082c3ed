/**
 * Excel on desktop passes a blank cell to a custom function as 0. The KPI formulas must
 * therefore never read input cells that may be blank: a history month whose actual sales are
 * not typed yet would count as a month with zero sales. They read formula cells that return ""
 * for an unknown value instead, which every platform passes as "" (skipped).
 */
import { sampleCycle } from "../../src/data/sample";
import { CycleData } from "../../src/core/model";
import { parseRef } from "../../src/layout/a1";
import { buildWorkbook } from "../../src/layout/workbook";
import { WorkbookSpec } from "../../src/layout/types";

/** The first range argument of the KPI formula in row `row` of the SOP_KPIs name. */
function firstRangeOf(spec: WorkbookSpec, kpiIndex: number): string {
  const kpis = spec.sheets.find((s) => s.name === "KPIs")!;
  const ref = spec.names.find((n) => n.name === "SOP_KPIs")!.ref;
  const { r1, c1 } = parseRef(ref);
  const formula = kpis.cells[r1 + kpiIndex][c1 + 2]!.formula!;
  return /\(([^,]+),/.exec(formula)![1];
}

describe("KPI ranges and desktop blanks", () => {
  // The last history month (2026-02) of one family has no actual yet.
  const base = sampleCycle();
  const gap = base.config.families[1].name;
  const data: CycleData = { ...base, actuals: base.actuals.filter((a) => !(a.family === gap && a.month === "2026-02")) };
  const spec = buildWorkbook(data);

  it.each([
    [0, "forecast accuracy"],
    [1, "forecast bias"],
  ])("reads actual sales for KPI %i (%s) from formula cells that show an unknown month as empty text", (index) => {
    const ref = parseRef(firstRangeOf(spec, index));
    const sheet = spec.sheets.find((s) => s.name === ref.sheet)!;
    let unknown = 0;
    for (let r = ref.r1; r <= ref.r2; r++) {
      for (let c = ref.c1; c <= ref.c2; c++) {
        const cell = sheet.cells[r]?.[c];
        expect(cell?.formula).toBeDefined();
        if (cell?.value === "") unknown++;
      }
    }
    expect(unknown).toBe(1);
  });

  // Plan adherence does not read sales: actual vs planned production, straight from the
  // Production sheet's input cells, each passed as IF(ISBLANK(r),"",r) so that an empty cell
  // reaches SOP.PLANADHERENCE as "" on desktop too (./desktopBlanksHosts.test.ts plays both hosts);
  // the formula's "no data" guard counts numbers.
  it("reads plan adherence (KPI 2) from the Production sheet's actual and planned production, blanks as \"\"", () => {
    const kpis = spec.sheets.find((s) => s.name === "KPIs")!;
    const { r1, c1 } = parseRef(spec.names.find((n) => n.name === "SOP_KPIs")!.ref);
    expect(kpis.cells[r1 + 2][c1 + 2]!.formula).toMatch(
      /^=IF\(OR\(COUNT\((Production!C5:Z9)\)=0,COUNT\((Production!C11:Z15)\)=0\),"no data",SOP\.PLANADHERENCE\(IF\(ISBLANK\(\1\),"",\1\),IF\(ISBLANK\(\2\),"",\2\)\)\)$/,
    );
  });
});
