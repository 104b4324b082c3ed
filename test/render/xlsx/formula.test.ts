import { callsCustomFunction, toStoredFormula } from "../../../src/render/xlsx";

describe("toStoredFormula", () => {
  it("drops the leading '='", () => {
    expect(toStoredFormula("=SUM(A1:A3)")).toBe("SUM(A1:A3)");
  });
  it("spells SOP.* calls as _xldudf_SOP_*", () => {
    expect(toStoredFormula("=IFERROR(SOP.OTIF(Orders!F2:F40,Orders!G2:G40),0)")).toBe("IFERROR(_xldudf_SOP_OTIF(Orders!F2:F40,Orders!G2:G40),0)");
    expect(toStoredFormula("=sop.wape(A1:A2,B1:B2)")).toBe("_xldudf_SOP_wape(A1:A2,B1:B2)");
  });
  it("prefixes functions added after Excel 2007", () => {
    expect(toStoredFormula("=IFS(A1>0,1,TRUE,0)+MAXIFS(B:B,C:C,\"x\")")).toBe("_xlfn.IFS(A1>0,1,TRUE,0)+_xlfn.MAXIFS(B:B,C:C,\"x\")");
    expect(toStoredFormula("=STDEV.S(A1:A9)")).toBe("_xlfn.STDEV.S(A1:A9)");
    expect(toStoredFormula("=SORT(A1:A9)")).toBe("_xlfn._xlws.SORT(A1:A9)");
  });
  it("leaves string literals, quoted sheet names and names without a call alone", () => {
    expect(toStoredFormula('="SOP.OTIF(x)"&IFS_TOTAL')).toBe('="SOP.OTIF(x)"&IFS_TOTAL'.slice(1));
    expect(toStoredFormula("='IFS(1)'!A1+SOP_Demand")).toBe("'IFS(1)'!A1+SOP_Demand");
    expect(toStoredFormula('="a""SOP.X(""b"&SUM(A1)')).toBe('"a""SOP.X(""b"&SUM(A1)');
  });
  it("does not touch functions that only end like a future one", () => {
    expect(toStoredFormula("=MYIFS(A1)+A1IFS")).toBe("MYIFS(A1)+A1IFS");
  });
  it("spells SOP.* calls as written under plain storage, whichever storage saw the name first", () => {
    // Which calls are renamed is remembered by name and storage: the same name, both ways, in turn.
    expect(toStoredFormula("=SOP.BIAS(A1:A2,B1:B2)", "plain")).toBe("SOP.BIAS(A1:A2,B1:B2)");
    expect(toStoredFormula("=SOP.BIAS(A1:A2,B1:B2)", "xldudf")).toBe("_xldudf_SOP_BIAS(A1:A2,B1:B2)");
    expect(toStoredFormula("=SOP.BIAS(A1:A2,B1:B2)+IFS(A1>0,1)", "plain")).toBe("SOP.BIAS(A1:A2,B1:B2)+_xlfn.IFS(A1>0,1)");
    expect(toStoredFormula("=SOP.BIAS(A1:A2,B1:B2)", "plain")).toBe("SOP.BIAS(A1:A2,B1:B2)");
  });
  it("detects custom-function calls", () => {
    expect(callsCustomFunction("=1+SOP.OTIF(A1,B1)")).toBe(true);
    expect(callsCustomFunction('="SOP.OTIF("')).toBe(false);
    expect(callsCustomFunction("=SUM(A1)")).toBe(false);
  });
});
