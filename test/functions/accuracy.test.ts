/** SOP.* accuracy functions as a cell sees them (hand-calculated values; errors as Excel shows them). */
import { fva, mape, mase, smape, trackingSignal, wape } from "../../src/functions/accuracy";
import { cell, col, row } from "./excel";

describe("SOP.WAPE and friends", () => {
  it("computes WAPE over a row of actuals and a column of forecasts", () => {
    // (10 + 30) / 300
    expect(cell(() => wape(row(100, 200), col(110, 170)))).toBeCloseTo(40 / 300, 12);
  });
  it("skips web blanks pair-wise", () => {
    // only the first pair: 10 / 100
    expect(cell(() => wape(col(100, null as unknown as number), col(110, 50)))).toBeCloseTo(0.1, 12);
  });
  it("returns #VALUE! naming actuals and forecasts when the ranges differ in size", () => {
    expect(cell(() => wape(col(1, 2, 3), col(1, 2)))).toEqual({
      error: "#VALUE!",
      message: "actuals and forecasts must be the same size (3 and 2 cells)",
    });
  });
  it("returns #VALUE! naming the cell when text sits among the forecasts", () => {
    const r = cell(() => mape(col(1, 2), [[1], ["n/a" as unknown as number]])) as { error: string; message: string };
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toContain("forecasts: text \"n/a\" in cell 2 (row 2, column 1)");
  });
  it("returns #DIV/0! when every actual is zero", () => {
    expect(cell(() => wape(col(0, 0), col(1, 2)))).toEqual({ error: "#DIV/0!", message: "" });
  });
  it("SMAPE counts a 0/0 pair as zero", () => {
    expect(cell(() => smape(col(100, 0), col(110, 0)))).toBeCloseTo(20 / 210 / 2, 12);
  });
  it("TRACKINGSIGNAL is positive when forecasts run low", () => {
    // errors 10, 20, -10 -> 20 / (40/3) = 1.5
    expect(cell(() => trackingSignal(col(100, 120, 90), col(90, 100, 100)))).toBeCloseTo(1.5, 12);
  });
});

describe("SOP.MASE", () => {
  it("scales by the seasonal naive error with a season length", () => {
    // history 10, 20, 12, 24, 13 with m = 2: Q = (2 + 4 + 1) / 3; MAE = 3 -> 9/7
    expect(cell(() => mase(col(30), col(27), col(10, 20, 12, 24, 13), 2))).toBeCloseTo(9 / 7, 12);
  });
  it("defaults to the naive scale when the season length is omitted", () => {
    // naive errors 2, 1, 4 -> Q = 7/3; MAE = 1.5
    expect(cell(() => mase(col(16, 18), col(14, 17), col(10, 12, 11, 15)))).toBeCloseTo(1.5 / (7 / 3), 12);
  });
  it("returns #NUM! for a season length of 0", () => {
    expect(cell(() => mase(col(1), col(2), col(1, 2, 3), 0))).toEqual({ error: "#NUM!", message: "" });
  });
});

describe("SOP.FVA", () => {
  it("is positive when the forecast beats the naive baseline", () => {
    // see test/core/accuracy/measures.test.ts: 41 / 360
    expect(cell(() => fva(col(100, 120, 110, 130), col(999, 118, 112, 125)))).toBeCloseTo(41 / 360, 12);
  });
  it("takes a baseline range and a metric word in any case", () => {
    // MAE: baseline 10, forecast 15 -> -5
    expect(cell(() => fva(col(100, 100), col(105, 75), col(110, 90), "mae"))).toBeCloseTo(-5, 12);
  });
  it("returns #VALUE! listing the metrics for an unknown word", () => {
    expect(cell(() => fva(col(1, 2), col(1, 2), undefined, "RMSE"))).toEqual({
      error: "#VALUE!",
      message: 'metric must be one of WAPE, MAPE, SMAPE, MAE (got text "RMSE")',
    });
  });
});
