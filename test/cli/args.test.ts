import { DEFAULT_OUT, parseArgs } from "../../src/cli/args";
import { specReader } from "../../src/cli/named";
import type { WorkbookSpec } from "../../src/layout/types";

describe("parseArgs", () => {
  it("defaults to the sample company written to out/sop-pack.xlsx with the deck", () => {
    expect(parseArgs([])).toEqual({ ok: true, args: { help: false, out: DEFAULT_OUT, csv: undefined, exportCsv: undefined, deck: true, plainFunctions: false, pdf: false, quiet: false } });
  });
  it("reads --out, --csv and flags in both spellings", () => {
    const r = parseArgs(["--out", "a/b.xlsx", "--csv=data dir", "--no-deck", "--plain-functions"]);
    expect(r).toEqual({ ok: true, args: { help: false, out: "a/b.xlsx", csv: "data dir", exportCsv: undefined, deck: false, plainFunctions: true, pdf: false, quiet: false } });
    expect(parseArgs(["--pdf"])).toEqual({ ok: true, args: expect.objectContaining({ pdf: true, deck: true }) });
    expect(parseArgs(["-h"])).toEqual(expect.objectContaining({ ok: true, args: expect.objectContaining({ help: true }) }));
  });
  it("reads --quiet and -q", () => {
    for (const flag of ["--quiet", "-q"]) {
      expect(parseArgs([flag])).toEqual({ ok: true, args: { help: false, out: DEFAULT_OUT, csv: undefined, exportCsv: undefined, deck: true, plainFunctions: false, pdf: false, quiet: true } });
    }
  });
  it("rejects unknown options, missing values and outputs that are not .xlsx", () => {
    expect(parseArgs(["--outt", "x.xlsx"])).toEqual({ ok: false, error: 'unknown option "--outt"' });
    expect(parseArgs(["--out"])).toEqual({ ok: false, error: "--out needs a value" });
    expect(parseArgs(["--csv", "--out", "x.xlsx"])).toEqual({ ok: false, error: "--csv needs a value" });
    expect(parseArgs(["--out", "plan.csv"])).toEqual({ ok: false, error: '--out must name an .xlsx file, got "plan.csv"' });
  });
  it("rejects --pdf with nothing to print", () => {
    expect(parseArgs(["--pdf", "--no-deck"])).toEqual({ ok: false, error: "--pdf prints the executive summary, which --no-deck leaves out" });
    expect(parseArgs(["--pdf", "--export-csv", "d"])).toEqual({ ok: false, error: "--pdf prints the workbook, which --export-csv does not write" });
  });
});

describe("named ranges of a spec", () => {
  it("reads the cached values of a name, null for empty cells", () => {
    const spec: WorkbookSpec = {
      sheets: [{ name: "S", kind: "calc", columnWidths: [], validations: [], conditionalFormats: [], charts: [], protect: false,
        cells: [[{ value: "x" }, { formula: "=1+1", value: 2 }], [null, { value: 3 }]] }],
      names: [{ name: "N", ref: "S!$A$1:$B$2" }, { name: "Gone", ref: "Missing!$A$1" }],
    };
    const read = specReader(spec);
    expect(read("N")).toEqual([["x", 2], [null, 3]]);
    expect(read("Gone")).toBeUndefined();
    expect(read("Nope")).toBeUndefined();
  });
});
