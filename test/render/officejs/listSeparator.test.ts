/**
 * Excel on desktop in a locale whose list separator is ";" (German, Czech...) rejects the
 * documented ","-joined `getRanges` address (OfficeDev/office-js#1167, #1985). The writer learns
 * it from the rejection, writes the workbook again with ";" and keeps ";" for the session.
 */
import { createExcelDouble, type ExcelDouble } from "../../doubles/excel";
import { writeWorkbook } from "../../../src/render/officejs";
import { buildWorkbook } from "../../../src/layout/workbook";
import { sampleCycle } from "../../../src/data/sample";

const spec = buildWorkbook(sampleCycle());

async function scaffoldInto(double: ExcelDouble) {
  return double.run(async (context) => writeWorkbook(context as unknown as Excel.RequestContext, spec));
}

describe("the list separator of getRanges addresses", () => {
  it("writes the whole workbook in a ';' locale: the first request is rejected, the write starts again with ';'", async () => {
    const double = createExcelDouble({ listSeparator: ";" });
    const report = await scaffoldInto(double);
    expect(double.stats.requests.filter((r) => r.error !== undefined).map((r) => r.error)).toEqual([
      "InvalidArgument: The argument is invalid or missing or has an incorrect format.",
    ]);
    expect(report.syncs).toBe(double.stats.syncs);
    for (const s of spec.sheets) expect(double.state.findSheet(s.name)).toBeDefined();
    // Styles were applied: an input cell of Actuals is unlocked, a header is bold.
    const actuals = double.state.sheet("Actuals");
    expect(actuals.cellAt(4, 2).format.locked).toBe(false);
    // The next write in the same session uses ';' at once: no rejected request.
    const before = double.stats.requests.length;
    await scaffoldInto(double);
    expect(double.stats.requests.slice(before).every((r) => r.error === undefined)).toBe(true);
  });
});
