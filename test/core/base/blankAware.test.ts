/**
 * The blank-aware range argument (src/core/blankAware.ts): the exact text a formula passes for a
 * range whose empty cells must reach a function as "" on every host, and which formulas the file
 * writer must store as array formulas. Expected texts written out by hand.
 */
import { blankAware, passesArrays } from "../../../src/core/blankAware";

describe("blankAware", () => {
  it('wraps a range as IF(ISBLANK(r),"",r), the range written twice as given', () => {
    expect(blankAware("Demand!$C$5:$C$40")).toBe('IF(ISBLANK(Demand!$C$5:$C$40),"",Demand!$C$5:$C$40)');
    expect(blankAware("Archive_Forecast")).toBe('IF(ISBLANK(Archive_Forecast),"",Archive_Forecast)');
  });
});

describe("passesArrays", () => {
  it("is true for a formula that passes a range through the wrap, wherever it sits", () => {
    expect(passesArrays(`=SOP.BIAS(A1:A3,${blankAware("B1:B3")})`)).toBe(true);
    expect(passesArrays('=IF(C1=0,"",SOP.LAGWAPE(A1:A9,IF(ISBLANK(B1:B9),"",B1:B9),C1:C9,1))')).toBe(true);
  });

  it("is false for a formula without it, even one that tests a blank another way", () => {
    expect(passesArrays("=SOP.WAPE(A1:A3,B1:B3)")).toBe(false);
    expect(passesArrays('=IFS(ISBLANK(A1),"",TRUE,A1)')).toBe(false);
    expect(passesArrays("=ISBLANK(A1)")).toBe(false);
    expect(passesArrays("")).toBe(false);
  });
});
