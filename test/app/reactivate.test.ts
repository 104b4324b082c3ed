import {
  addressOrigin,
  callsSopFunction,
  cellAddress,
  columnLetters,
  findStaleInAreas,
  findStaleSopFormulas,
  normaliseSopFormula,
} from "../../src/app/reactivate";

describe("finding SOP.* formulas that are not calculating", () => {
  it("recognises SOP calls in their shown and stored spellings, not look-alikes", () => {
    expect(callsSopFunction("=SOP.OTIF(Orders!A2:A9)")).toBe(true);
    expect(callsSopFunction("=ROUND(sop.wape(A1:A3,B1:B3),2)")).toBe(true);
    expect(callsSopFunction("=_xldudf_SOP_OTIF(A1:A3)")).toBe(true);
    expect(callsSopFunction("=SUM(A1:A3)")).toBe(false);
    expect(callsSopFunction("=MYSOP.OTIF(A1)")).toBe(false);
    expect(callsSopFunction("SOP.OTIF(A1)")).toBe(false); // text, not a formula
    expect(callsSopFunction(42)).toBe(false);
  });

  it("turns the stored spelling back into the one a user types", () => {
    expect(normaliseSopFormula("=IF(_xldudf_SOP_WAPE(A1:A3,B1:B3)>0.2,\"watch\",_xldudf_sop_bias(A1:A3,B1:B3))")).toBe(
      '=IF(SOP.WAPE(A1:A3,B1:B3)>0.2,"watch",SOP.BIAS(A1:A3,B1:B3))',
    );
  });

  it("drops the external-reference prefixes Excel leaves in front of the stored name", () => {
    expect(normaliseSopFormula("=[1]!_xldudf_SOP_OTIF(Orders!A5:A29,Orders!F5:F29)")).toBe("=SOP.OTIF(Orders!A5:A29,Orders!F5:F29)");
    expect(
      normaliseSopFormula("=IF('Orders'!A5=\"\",0,'C:\\Users\\ana\\AppData\\FUNCRES.XLAM'!_xldudf_SOP_WAPE('Orders'!A5:A9,B5:B9))"),
    ).toBe("=IF('Orders'!A5=\"\",0,SOP.WAPE('Orders'!A5:A9,B5:B9))");
    expect(normaliseSopFormula("=SOPADDIN.XLAM!_xldudf_SOP_MAPE(A1:A3,B1:B3)")).toBe("=SOP.MAPE(A1:A3,B1:B3)");
    expect(callsSopFunction("=[1]!_xldudf_SOP_OTIF(A1:A3)")).toBe(true);
  });

  it("picks the cells showing #NAME? or still stored as _xldudf_, and leaves calculating ones", () => {
    const formulas = [
      ["KPI", "=SOP.OTIF(A1:A3)", "=SUM(A1:A3)"],
      ["", "=SOP.WAPE(A1:A3,B1:B3)", "=_xldudf_SOP_MAPE(A1:A3,B1:B3)"],
      ["", "=SOP.BIAS(A1:A3,B1:B3)", "=A1"],
    ];
    const values = [
      ["KPI", "#NAME?", 6],
      ["", 0.12, 0.3],
      ["", "#DIV/0!", "#NAME?"], // #DIV/0! is the function's own answer: it calculates
    ];
    expect(findStaleSopFormulas(formulas, values)).toEqual([
      { row: 0, col: 1, formula: "=SOP.OTIF(A1:A3)" },
      { row: 1, col: 2, formula: "=SOP.MAPE(A1:A3,B1:B3)" },
    ]);
  });
});

describe("finding them in the areas of a sheet's formula cells that show an error", () => {
  it("re-enters per area at the area's own addresses, and counts every SOP.* formula read", () => {
    const areas = [
      { address: "KPIs!C3:C5", formulas: [["=SOP.OTIF(A1:A3)"], ["=SOP.WAPE(A1:A3,B1:B3)"], ["=_xldudf_SOP_BIAS(A1:A3,B1:B3)"]], values: [["#NAME?"], ["#DIV/0!"], ["#VALUE!"]] },
      { address: "KPIs!E9", formulas: [["=1/0"]], values: [["#DIV/0!"]] },
      { address: "KPIs!$AA$10:$AB$10", formulas: [["=A1", "=ROUND(SOP.MAPE(A1:A3,B1:B3),2)"]], values: [["#NAME?", "#NAME?"]] },
    ];
    expect(findStaleInAreas(areas)).toEqual({
      sopFormulas: 4,
      stale: [
        { address: "C3", formula: "=SOP.OTIF(A1:A3)" },
        { address: "C5", formula: "=SOP.BIAS(A1:A3,B1:B3)" },
        { address: "AB10", formula: "=ROUND(SOP.MAPE(A1:A3,B1:B3),2)" },
      ],
    });
    expect(findStaleInAreas([])).toEqual({ sopFormulas: 0, stale: [] });
  });

  it("reads addresses of sheets whose names need quotes", () => {
    const found = findStaleInAreas([{ address: "'Plan (v2)'!B7", formulas: [["=SOP.OTIF(A1)"]], values: [["#NAME?"]] }]);
    expect(found.stale).toEqual([{ address: "B7", formula: "=SOP.OTIF(A1)" }]);
  });
});

describe("addresses", () => {
  it("names columns like Excel", () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      "A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD",
    ]);
  });

  it("finds a used range's top-left and offsets from it", () => {
    expect(addressOrigin("KPIs!C4:H20")).toEqual({ row: 3, col: 2 });
    expect(addressOrigin("'My sheet'!$AA$10")).toEqual({ row: 9, col: 26 });
    expect(addressOrigin("A1")).toEqual({ row: 0, col: 0 });
    expect(cellAddress({ row: 3, col: 2 }, 2, 1)).toBe("D6");
  });
});
